`fundledger migrate` writes a version-1 journal anew in format version 2 (docs/format/journal.md
§3.2): every report gives byte for byte the same output on the new journal as on the old one,
for the small example and for the madani example (a version-1 journal, as an older fundledger
wrote it: its header says version 1, and every write after it appends in version 1).

  $ . "$TESTDIR/../setup.sh"
  $ cp "$ROOT/examples/small/journal.jsonl" small.jsonl
  $ fundledger -f small.jsonl migrate --output small-v2.jsonl | sed 's/head [0-9a-f]*/head .../'
  migrated 6 events from format version 1 (7 lines, head ...)
  to format version 2 in small-v2.jsonl (7 lines, head ...)
  check it with: fundledger -f small-v2.jsonl verify --migrated-from small.jsonl
  $ fundledger -f madani.jsonl init --ledger-id madani --target 700000 > /dev/null
  $ $PYTHON -c 'import sys; sys.path.insert(0, sys.argv[1]); from rehash import rewrite; rewrite("madani.jsonl", "madani.jsonl", lambda i, o: o.update(version=1))' "$TESTDIR/.."
  $ fundledger -f madani.jsonl import "$ROOT/examples/madani" > /dev/null
  $ head -c 200 madani.jsonl | grep -o '"version":1'
  "version":1
  $ grep -c '"posting_date"' madani.jsonl
  1390
  $ fundledger -f madani.jsonl migrate --output madani-v2.jsonl | sed 's/head [0-9a-f]*/head .../'
  migrated 1390 events from format version 1 (1392 lines, head ...)
  to format version 2 in madani-v2.jsonl (1392 lines, head ...)
  check it with: fundledger -f madani-v2.jsonl verify --migrated-from madani.jsonl
  $ wc -c < madani.jsonl; wc -c < madani-v2.jsonl
  781644
  716776
  $ for j in small madani; do
  >   for args in balance trial-balance "register Assets" "report progress" "report csos" "report agreements" \
  >               "report counterparties" "report provinces" "report quarters" "report aging" "export --format beancount" \
  >               "balance --format json" "report csos --format csv"; do
  >     fundledger -f $j.jsonl $args > old.out 2>&1; echo "exit $?" >> old.out
  >     fundledger -f $j-v2.jsonl $args > new.out 2>&1; echo "exit $?" >> new.out
  >     cmp -s old.out new.out && echo "$j $args: same" || { echo "$j $args: DIFFERS"; diff old.out new.out | head -5; }
  >   done
  > done
  small balance: same
  small trial-balance: same
  small register Assets: same
  small report progress: same
  small report csos: same
  small report agreements: same
  small report counterparties: same
  small report provinces: same
  small report quarters: same
  small report aging: same
  small export --format beancount: same
  small balance --format json: same
  small report csos --format csv: same
  madani balance: same
  madani trial-balance: same
  madani register Assets: same
  madani report progress: same
  madani report csos: same
  madani report agreements: same
  madani report counterparties: same
  madani report provinces: same
  madani report quarters: same
  madani report aging: same
  madani export --format beancount: same
  madani balance --format json: same
  madani report csos --format csv: same
