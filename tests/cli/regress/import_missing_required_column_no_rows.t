Every import file's header is checked for all its required columns before any row is read, and
even when the file has no rows: the error names the file, the header's line and each missing
column (`kind`, `agreement`, `change`, …), where a missing column used to be read past the end
of a row. Nothing is imported.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ mkdir in
  $ printf 'id,name\n' > in/parties.csv
  $ printf 'id,cso,date,gross\n' > in/receipts.csv
  $ printf 'id,agreement,date,amount\nCH-1,AG-1,2026-01-05,100\n' > in/changes.csv
  $ fundledger -f j.jsonl import in
  in/parties.csv:1: error: the header has no column "kind"
  in/receipts.csv:1: error: the header has no column "agreement"
  in/changes.csv:1: error: the header has no column "change"
  fundledger: 3 row(s) refused; nothing was imported
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
