A column an import file does not have (a misspelt `bank_charge`) is refused at the header's
line, naming it and the documented column when it is close, instead of being ignored and its
values lost. Nothing is imported.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ cp -r "$ROOT/examples/booking" in
  $ sed -i 's/^id,cso,agreement,date,gross,bank_charges,/id,cso,agreement,date,gross,bank_charge,/' in/receipts.csv
  $ sed -i 's/^date,base,quote,value,source/date,base,quote,value,source,remark/' in/rates.csv
  $ sed -i 's/,JISDOR$/,JISDOR,/' in/rates.csv
  $ fundledger -f j.jsonl import in
  in/rates.csv:2: error: the header has a column "remark" that rates.csv does not have
  in/receipts.csv:2: error: the header has a column "bank_charge" that receipts.csv does not have; did you mean "bank_charges"?
  fundledger: 2 row(s) refused; nothing was imported
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
