A crash can leave a torn last line or an uncommitted unit. Readers ignore it with a warning;
the next writer moves it to a quarantine file and says so. Nothing committed is lost.

  $ . "$TESTDIR/setup.sh"
  $ cp "$ROOT/examples/small/journal.jsonl" j.jsonl
  $ cp j.jsonl good.jsonl
  $ printf '{"seq":9,"prev":"00' >> j.jsonl
  $ fundledger -f j.jsonl verify
  fundledger: warning: ignoring 19 byte(s) after the last committed unit (a torn line): a write was interrupted; the next writer moves them to the quarantine file
  ok: 6 events in 7 lines; hash chain intact
  head: 6e13d3d2aa074a2123eaa4de22f88c2f782ab671b164fed36c991497733c9eb5
  $ fundledger -f j.jsonl balance --format csv | tail -n 2
  fundledger: warning: ignoring 19 byte(s) after the last committed unit (a torn line): a write was interrupted; the next writer moves them to the quarantine file
  total,Total,IDR,0.00\r (esc)
  total,Total,USD,0.00\r (esc)
  $ fundledger -f j.jsonl post --id T-NEXT --date 2024-03-01 --posting "Assets:Bank:BJB-3204 1 IDR cso=CSO-3204" --posting "Equity:Opening -1 IDR cso=CSO-3204"
  fundledger: warning: repaired the journal: moved 19 byte(s) after byte 4569 to j.jsonl.quarantine
  posted as seq 7; head 11ddfdbae29e2ac53ac666919999a115a5794d74c60a9f787b15d63cbe2b53a8
  $ cat j.jsonl.quarantine; echo
  {"seq":9,"prev":"00
  $ head -c $(stat -c %s good.jsonl) j.jsonl | cmp - good.jsonl && echo "committed bytes unchanged"
  committed bytes unchanged
  $ fundledger -f j.jsonl verify
  ok: 7 events in 8 lines; hash chain intact
  head: 11ddfdbae29e2ac53ac666919999a115a5794d74c60a9f787b15d63cbe2b53a8

An uncommitted unit (part lines with no commit) is treated the same way:

  $ cp good.jsonl u.jsonl
  $ "$PYTHON" "$ROOT/tests/cli/append_part_lines.py" u.jsonl 2
  $ fundledger -f u.jsonl verify
  fundledger: warning: ignoring 872 byte(s) after the last committed unit (2 uncommitted line(s)): a write was interrupted; the next writer moves them to the quarantine file
  ok: 6 events in 7 lines; hash chain intact
  head: 6e13d3d2aa074a2123eaa4de22f88c2f782ab671b164fed36c991497733c9eb5
  $ "$PYTHON" "$ROOT/tools/verify_journal.py" u.jsonl > /dev/null
  warning: uncommitted unit: 2 part line(s) from line 8 (offset 4569) ignored
  $ fundledger -f u.jsonl post --id T-NEXT --date 2024-03-01 --posting "Assets:Bank:BJB-3204 1 IDR cso=CSO-3204" --posting "Equity:Opening -1 IDR cso=CSO-3204"
  fundledger: warning: repaired the journal: moved 872 byte(s) after byte 4569 (2 uncommitted line(s)) to u.jsonl.quarantine
  posted as seq 7; head 11ddfdbae29e2ac53ac666919999a115a5794d74c60a9f787b15d63cbe2b53a8
  $ wc -l < u.jsonl.quarantine
  2
  $ fundledger -f u.jsonl verify
  ok: 7 events in 8 lines; hash chain intact
  head: 11ddfdbae29e2ac53ac666919999a115a5794d74c60a9f787b15d63cbe2b53a8
