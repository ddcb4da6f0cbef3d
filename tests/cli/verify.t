verify checks every line's hash, the chain, the units and every transaction. Any damage exits 3
and names the first bad line; the independent verifier (tools/verify_journal.py) agrees.

  $ . "$TESTDIR/setup.sh"
  $ cp "$ROOT/examples/small/journal.jsonl" j.jsonl
  $ fundledger -f j.jsonl verify
  ok: 6 events in 7 lines; hash chain intact
  head: e2b2513d97f70dd0f867bbc669750fd69172778623f4c6a4c8492b6d764fc10b
  $ head=$(fundledger -f j.jsonl verify --format json | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["head"])')
  $ both() { f=$1; shift; fundledger -f "$f" verify "$@"; echo "fundledger: $?"; "$PYTHON" "$ROOT/tools/verify_journal.py" "$f" "$@" > py.json; echo "verify_journal.py: $?"; "$PYTHON" -c 'import json; d=json.load(open("py.json")); b=d["first_bad"]; print("first bad:", b and (b["seq"], b["line"], b["offset"]))'; }

One byte changed in the middle of a line, and an amount changed in the last line:

  $ cp j.jsonl flip.jsonl; printf 'X' | dd of=flip.jsonl bs=1 seek=600 conv=notrunc status=none
  $ both flip.jsonl
  flip.jsonl:2: error: verification failed at line 2 (seq 1, byte 414): its hash does not match its bytes: the line was altered or damaged
  fundledger: 3
  verify_journal.py: 3
  first bad: (1, 2, 414)
  $ sed '$ s/"7500000.00"/"7600000.00"/' j.jsonl > last.jsonl
  $ cmp -s j.jsonl last.jsonl || echo changed
  changed
  $ both last.jsonl
  last.jsonl:7: error: verification failed at line 7 (seq 6, byte 3852): its hash does not match its bytes: the line was altered or damaged
  fundledger: 3
  verify_journal.py: 3
  first bad: (6, 7, 3852)

A line deleted, two lines swapped:

  $ sed '3d' j.jsonl > deleted.jsonl
  $ both deleted.jsonl
  deleted.jsonl:3: error: verification failed at line 3 (seq 2, byte 933): seq is 3 where 2 was expected: a line is missing, repeated or out of order
  fundledger: 3
  verify_journal.py: 3
  first bad: (2, 3, 933)
  $ { sed -n 1,2p j.jsonl; sed -n 4p j.jsonl; sed -n 3p j.jsonl; sed -n '5,$p' j.jsonl; } > swapped.jsonl
  $ both swapped.jsonl
  swapped.jsonl:3: error: verification failed at line 3 (seq 2, byte 933): seq is 3 where 2 was expected: a line is missing, repeated or out of order
  fundledger: 3
  verify_journal.py: 3
  first bad: (2, 3, 933)

A truncated tail passes on its own but not against the head an auditor kept:

  $ head -n -1 j.jsonl > cut.jsonl
  $ fundledger -f cut.jsonl verify > /dev/null; echo $?
  0
  $ both cut.jsonl --expect-head "$head"
  cut.jsonl:7: error: verification failed at line 7 (seq 6, byte 3852): expected head not found: the journal was truncated or its tail rewritten
  fundledger: 3
  verify_journal.py: 3
  first bad: (6, 7, 3852)
  $ fundledger -f j.jsonl verify --expect-head "$head" > /dev/null; echo $?
  0

Reports refuse a damaged journal too:

  $ fundledger -f flip.jsonl balance
  flip.jsonl:2: error: journal damaged at line 2 (seq 1, byte 414): its hash does not match its bytes: the line was altered or damaged
  [3]
