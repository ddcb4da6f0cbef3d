A crash can leave a torn last line or an uncommitted unit. Readers ignore it with a warning;
the next writer moves it to a quarantine file and says so. Nothing committed is lost.

  $ . "$TESTDIR/setup.sh"
  $ cp "$ROOT/examples/small/journal.jsonl" j.jsonl
  $ cp j.jsonl good.jsonl
  $ printf '{"seq":9,"prev":"00' >> j.jsonl
  $ fundledger -f j.jsonl verify
  fundledger: warning: ignoring 19 byte(s) after the last committed unit (a torn line): a write was interrupted; the next writer moves them to the quarantine file
  ok: 6 events in 7 lines; hash chain intact
  head: e2b2513d97f70dd0f867bbc669750fd69172778623f4c6a4c8492b6d764fc10b
  $ fundledger -f j.jsonl balance --format csv | tail -n 2
  fundledger: warning: ignoring 19 byte(s) after the last committed unit (a torn line): a write was interrupted; the next writer moves them to the quarantine file
  total,Total,IDR,0.00\r (esc)
  total,Total,USD,0.00\r (esc)
  $ fundledger -f j.jsonl post --id T-NEXT --date 2024-03-01 --posting "Assets:Bank:BJB-3204 1 IDR cso=CSO-3204" --posting "Equity:Opening -1 IDR cso=CSO-3204"
  fundledger: warning: repaired the journal: moved 19 byte(s) after byte 4560 to j.jsonl.quarantine
  booked txn T-NEXT on 2024-03-01
    postings:
      Assets:Bank:BJB-3204                1.00 IDR
      Equity:Opening                     -1.00 IDR
  posted as seq 7; head 12b518d7a0832cdc8e1f98b700cdddd81b4982b476e18f32945178c07f59148c
  $ cat j.jsonl.quarantine; echo
  {"seq":9,"prev":"00
  $ head -c $(stat -c %s good.jsonl) j.jsonl | cmp - good.jsonl && echo "committed bytes unchanged"
  committed bytes unchanged
  $ fundledger -f j.jsonl verify
  ok: 7 events in 8 lines; hash chain intact
  head: 12b518d7a0832cdc8e1f98b700cdddd81b4982b476e18f32945178c07f59148c

An uncommitted unit (part lines with no commit) is treated the same way:

  $ cp good.jsonl u.jsonl
  $ "$PYTHON" "$ROOT/tests/cli/append_part_lines.py" u.jsonl 2
  $ fundledger -f u.jsonl verify
  fundledger: warning: ignoring 872 byte(s) after the last committed unit (2 uncommitted line(s)): a write was interrupted; the next writer moves them to the quarantine file
  ok: 6 events in 7 lines; hash chain intact
  head: e2b2513d97f70dd0f867bbc669750fd69172778623f4c6a4c8492b6d764fc10b
  $ "$PYTHON" "$ROOT/tools/verify_journal.py" u.jsonl > /dev/null
  warning: uncommitted unit: 2 part line(s) from line 8 (offset 4560) ignored
  $ fundledger -f u.jsonl post --id T-NEXT --date 2024-03-01 --posting "Assets:Bank:BJB-3204 1 IDR cso=CSO-3204" --posting "Equity:Opening -1 IDR cso=CSO-3204"
  fundledger: warning: repaired the journal: moved 872 byte(s) after byte 4560 (2 uncommitted line(s)) to u.jsonl.quarantine
  booked txn T-NEXT on 2024-03-01
    postings:
      Assets:Bank:BJB-3204                1.00 IDR
      Equity:Opening                     -1.00 IDR
  posted as seq 7; head 12b518d7a0832cdc8e1f98b700cdddd81b4982b476e18f32945178c07f59148c
  $ wc -l < u.jsonl.quarantine
  2
  $ fundledger -f u.jsonl verify
  ok: 7 events in 8 lines; hash chain intact
  head: 12b518d7a0832cdc8e1f98b700cdddd81b4982b476e18f32945178c07f59148c
