A file in an import folder that is not one of the documented names is refused, naming it and,
when it is close to one (another case, a missing or extra `s`), the name it should have;
nothing is imported. Files that are not CSV (a README) are ignored.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ check() { [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged || echo CHANGED; }
  $ cp -r "$ROOT/examples/booking" in
  $ mv in/receipts.csv in/Receipts.csv
  $ fundledger -f j.jsonl import in
  in/Receipts.csv: error: is not a file fundledger imports; did you mean receipts.csv? (the names are parties.csv, bank_accounts.csv, rates.csv, agreements.csv, schedule.csv, receipts.csv, changes.csv)
  fundledger: 1 file(s) refused; nothing was imported
  [1]
  $ check
  unchanged

A missing `s`, and a file that is close to no name:

  $ mv in/Receipts.csv in/receipt.csv
  $ printf 'id,amount\n' > in/pledges.csv
  $ fundledger -f j.jsonl import in
  in/pledges.csv: error: is not a file fundledger imports (the names are parties.csv, bank_accounts.csv, rates.csv, agreements.csv, schedule.csv, receipts.csv, changes.csv)
  in/receipt.csv: error: is not a file fundledger imports; did you mean receipts.csv? (the names are parties.csv, bank_accounts.csv, rates.csv, agreements.csv, schedule.csv, receipts.csv, changes.csv)
  fundledger: 2 file(s) refused; nothing was imported
  [1]
  $ check
  unchanged

With the documented names the folder imports; a README beside the files is not read:

  $ rm in/pledges.csv && mv in/receipt.csv in/receipts.csv
  $ echo "Notes for the auditor" > in/README.txt
  $ fundledger -f j.jsonl import in
  imported 9 event(s); head <hash>
    agreement: 1, valued at 10,500.53 USD
    bank-account: 1
    party: 2
    rate: 3
    receipt: 2, valued at 10,497.60 USD
