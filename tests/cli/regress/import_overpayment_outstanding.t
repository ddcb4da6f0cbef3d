A receipt whose allocation leaves a tranche outstanding while the rest of the gross would be an
over-payment is refused by the over-payment rule, naming what is still outstanding — not as a
transaction that does not balance. Nothing is written.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ cp -r "$ROOT/examples/booking" in
  $ rm in/receipts.csv
  $ fundledger -f j.jsonl import in > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ mkdir pay
  $ printf 'id,cso,agreement,date,gross,bank_charges,tax_withheld,bank_account,bank_reference,allocation\n' > pay/receipts.csv
  $ printf 'RC-0001,CSO-3204,AG-3204-01,2021-06-03,100000000,6500,,BA-3204-BJB,BJB1,1:90000000\n' >> pay/receipts.csv
  $ fundledger -f j.jsonl import pay
  pay/receipts.csv:2:1: error: allocation: 10000000.00 IDR of the gross would be an over-payment while 60000000.00 IDR is still outstanding (tranche 2: 60000000.00 IDR); allocate it to the tranches first
  fundledger: 1 row(s) refused; nothing was imported
  [1]

An explicit allocation short of tranche 1 with an over-payment names both tranches:

  $ printf 'id,cso,agreement,date,gross,bank_charges,tax_withheld,bank_account,bank_reference,allocation\n' > pay/receipts.csv
  $ printf 'RC-0001,CSO-3204,AG-3204-01,2021-06-03,160000000,6500,,BA-3204-BJB,BJB1,1:80000000|2:60000000\n' >> pay/receipts.csv
  $ fundledger -f j.jsonl import pay
  pay/receipts.csv:2:1: error: allocation: 20000000.00 IDR of the gross would be an over-payment while 10000000.00 IDR is still outstanding (tranche 1: 10000000.00 IDR); allocate it to the tranches first
  fundledger: 1 row(s) refused; nothing was imported
  [1]

The same as a single record, by flags:

  $ fundledger -f j.jsonl receipt record --id RC-0001 --cso CSO-3204 --agreement AG-3204-01 --date 2021-06-03 --gross 100000000 --bank-account BA-3204-BJB --allocate 1:90000000
  error: --allocate: 10000000.00 IDR of the gross would be an over-payment while 60000000.00 IDR is still outstanding (tranche 2: 60000000.00 IDR); allocate it to the tranches first
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged

An allocation that adds up to more than the gross is refused as such:

  $ fundledger -f j.jsonl receipt record --id RC-0001 --cso CSO-3204 --agreement AG-3204-01 --date 2021-06-03 --gross 1000 --bank-account BA-3204-BJB --allocate 1:2000
  error: --allocate: the allocation adds up to 2000.00 IDR, more than the gross 1000.00 IDR
  [1]

Once every tranche is allocated, the rest is an over-payment and is recorded:

  $ fundledger -f j.jsonl receipt record --id RC-0001 --cso CSO-3204 --agreement AG-3204-01 --date 2021-06-03 --gross 160000000 --bank-account BA-3204-BJB --allocate 1:90000000 --allocate 2:60000000 > /dev/null
  $ fundledger -f j.jsonl balance | grep Overpayments
  Liabilities:Overpayments      IDR        -10,000,000.00
