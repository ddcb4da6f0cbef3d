A header error names the header's own line: the second line when a `# number-locale:` line
comes first. A file that lacks a required column is refused before any of its rows is read.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ mkdir in
  $ printf '# number-locale: en\ndate,base,quote,source\n2021-03-01,USD,IDR,JISDOR\n' > in/rates.csv
  $ fundledger -f j.jsonl import in
  in/rates.csv:2: error: the header has no column "value"
  fundledger: 1 row(s) refused; nothing was imported
  [1]

Every missing required column is named, once, for a file of many rows:

  $ printf 'id,name,level\nCSO-1,Perkumpulan A,\nCSO-2,Perkumpulan B,\n' > in/parties.csv
  $ rm in/rates.csv
  $ fundledger -f j.jsonl import in
  in/parties.csv:1: error: the header has no column "kind"
  fundledger: 1 row(s) refused; nothing was imported
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
