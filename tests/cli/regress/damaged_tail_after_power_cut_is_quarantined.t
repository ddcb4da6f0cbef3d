A power cut can leave the bytes of a write that was never acknowledged as zeros, stale bytes or
a run longer than the line limit after the last committed unit. They are a tail wherever they
are damaged: readers ignore them with a warning, both verifiers agree, and the next writer
moves them to the quarantine file. Nothing committed is touched.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ cp "$ROOT/examples/small/journal.jsonl" j.jsonl
  $ cp j.jsonl good.jsonl
  $ head -c 8192 /dev/zero >> j.jsonl
  $ printf 'stale bytes from an old block\n' >> j.jsonl
  $ fundledger -f j.jsonl verify
  fundledger: warning: ignoring 8222 byte(s) after the last committed unit (damaged: not whole journal lines): a write was interrupted; the next writer moves them to the quarantine file
  ok: 6 events in 7 lines; hash chain intact
  head: <hash>
  $ "$PYTHON" "$ROOT/tools/verify_journal.py" j.jsonl | "$PYTHON" -c 'import json,sys; d=json.load(sys.stdin); print(d["ok"], d["events"], d["lines"])'
  warning: damaged tail: 8222 bytes after the last committed unit (offset 4560) ignored: never acknowledged
  True 6 7
  $ fundledger -f j.jsonl post --id T-NEXT --date 2024-03-01 --posting "Assets:Bank:BJB-3204 1 IDR cso=CSO-3204" --posting "Equity:Opening -1 IDR cso=CSO-3204"
  fundledger: warning: repaired the journal: moved 8222 byte(s) after byte 4560 (damaged: not whole journal lines) to j.jsonl.quarantine
  booked txn T-NEXT on 2024-03-01
    postings:
      Assets:Bank:BJB-3204                1.00 IDR
      Equity:Opening                     -1.00 IDR
  posted as seq 7; head <hash>
  $ stat -c %s j.jsonl.quarantine
  8222
  $ head -c $(stat -c %s good.jsonl) j.jsonl | cmp - good.jsonl && echo "committed bytes unchanged"
  committed bytes unchanged
  $ fundledger -f j.jsonl verify
  ok: 7 events in 8 lines; hash chain intact
  head: <hash>

A tail longer than the line limit (2 MiB of zeros, no line feed) is a tail for both verifiers:

  $ cp good.jsonl big.jsonl
  $ head -c 2097152 /dev/zero >> big.jsonl
  $ fundledger -f big.jsonl verify > /dev/null; echo "fundledger: $?"
  fundledger: warning: ignoring 2097152 byte(s) after the last committed unit (damaged: not whole journal lines): a write was interrupted; the next writer moves them to the quarantine file
  fundledger: 0
  $ "$PYTHON" "$ROOT/tools/verify_journal.py" big.jsonl > /dev/null; echo "verify_journal.py: $?"
  warning: torn tail: 2097152 bytes after the last LF (offset 4560) ignored
  verify_journal.py: 0

But a whole line that was altered stays damage, even the last one, and so does damage with an
intact line after it:

  $ sed '$ s/"7500000.00"/"7600000.00"/' good.jsonl > last.jsonl
  $ fundledger -f last.jsonl verify > /dev/null; echo "fundledger: $?"
  last.jsonl:7: error: verification failed at line 7 (seq 6, byte 3852): its hash does not match its bytes: the line was altered or damaged
  fundledger: 3
  $ cp good.jsonl zeros-then-line.jsonl
  $ head -c 100 /dev/zero >> zeros-then-line.jsonl; echo >> zeros-then-line.jsonl; sed -n 2p good.jsonl >> zeros-then-line.jsonl
  $ fundledger -f zeros-then-line.jsonl verify > /dev/null; echo "fundledger: $?"
  zeros-then-line.jsonl:8: error: verification failed at line 8 (seq 7, byte 4560): line is not in journal shape: it does not begin with {"seq":
  fundledger: 3
  $ "$PYTHON" "$ROOT/tools/verify_journal.py" zeros-then-line.jsonl > /dev/null; echo "verify_journal.py: $?"
  verify_journal.py: 3
