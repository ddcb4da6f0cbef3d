A row whose id is already in the journal with other content is refused, naming the column
that differs and both values: the one recorded and the file's. Nothing is written.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ cp -r "$ROOT/examples/booking" in
  $ fundledger -f j.jsonl import in > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ sed -i 's/,Rp90.000.000,Rp6.500,/,Rp90.000.000,Rp7.500,/' in/receipts.csv
  $ sed -i 's/2021-06-01,USD,IDR,14277/2021-06-01,USD,IDR,14278/' in/rates.csv
  $ sed -i 's/^BA-3204-BJB,CSO-3204,Bank BJB,0012345678,/BA-3204-BJB,CSO-3204,Bank BJB,0012345679,/' in/bank_accounts.csv
  $ sed -i 's/,2021-03-02,IDR,Rp150.000.000,contribution,cash,,no,,leverage,/,2021-03-03,IDR,Rp150.000.000,contribution,cash,,no,,leverage,/' in/agreements.csv
  $ fundledger -f j.jsonl import in
  in/bank_accounts.csv:2:1: error: number: differs from "BA-3204-BJB" already in the journal: 0012345678 in the journal, 0012345679 in the file; an id names one event
  in/rates.csv:4:1: error: value: a USD/IDR rate for 2021-06-01 is recorded already: RATE-USD-IDR-2021-06-01, 14277 (JISDOR), not 14278; if the recorded one is wrong and no event has used it, withdraw it first: fundledger rate withdraw RATE-USD-IDR-2021-06-01 --note "why" (docs/booking.md, "Correcting a rate")
  in/agreements.csv:3:1: error: signed: differs from "AG-3204-01" already in the journal: 2021-03-02 in the journal, 2021-03-03 in the file; an id names one event
  in/receipts.csv:3:1: error: bank_charges: differs from "RC-0001" already in the journal: 6500.00 in the journal, 7500.00 in the file; an id names one event
  fundledger: 4 row(s) refused; nothing was imported
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
