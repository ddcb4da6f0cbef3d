An agreement imported again with its schedule rows in another order is the same content: the
import is a no-op, and the journal is unchanged.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ cp -r "$ROOT/examples/booking" in
  $ fundledger -f j.jsonl import in > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ printf '# number-locale: id\nagreement,tranche,due,amount\nAG-3204-01,2,2021-10-01,60.000.000\nAG-3204-01,1,2021-06-01,90.000.000\n' > in/schedule.csv
  $ fundledger -f j.jsonl import in
  nothing new: all 9 event(s) are in the journal already
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged

A schedule that really differs is still refused, naming the tranche, the field and both values:

  $ printf '# number-locale: id\nagreement,tranche,due,amount\nAG-3204-01,2,2021-11-01,60.000.000\nAG-3204-01,1,2021-06-01,90.000.000\n' > in/schedule.csv
  $ fundledger -f j.jsonl import in
  in/agreements.csv:3:1: error: schedule: differs from "AG-3204-01" already in the journal: tranche 2's due date is 2021-10-01 in the journal, 2021-11-01 in the file; an id names one event
  fundledger: 1 row(s) refused; nothing was imported
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
