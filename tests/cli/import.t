An import reports every bad row at once, with its file, line and column, and imports nothing.

  $ . "$TESTDIR/setup.sh"; hide_hashes
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ cp -r "$ROOT/examples/madani" bad
  $ sed -i 's/^AG-3201-01,CSO-3201,YDKN,2020-08-04,IDR,Rp240.000.000,/AG-3201-01,CSO-3201,YDKN,2020-08-04,IDR,Rp240.000.00x,/' bad/agreements.csv
  $ sed -i 's/^RC-0001,CSO-7371,AG-7371-01,2020-03-30,/RC-0001,CSO-7371,AG-7371-01,2020-02-30,/' bad/receipts.csv
  $ sed -i 's/^CH-001,AG-3374-01,2020-04-14,cancel,/CH-001,AG-3374-01,2020-04-14,cancell,/' bad/changes.csv
  $ before=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl import bad
  bad/agreements.csv:3:41: error: amount: "Rp240.000.00x" is not an amount (id numbers: 1.500.000,00)
  bad/receipts.csv:3:29: error: date: 2020-02-30 is not a calendar date
  bad/changes.csv:3:30: error: change: "cancell" is not a change (amend, cancel, condition-met, condition-lapsed, refund, write-off)
  fundledger: 3 row(s) refused; nothing was imported
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged

Rows that read well but break a rule are reported the same way:

  $ cp -r "$ROOT/examples/madani" rules
  $ sed -i 's/^AG-3201-01,1,2020-08-11,96.000.000/AG-3201-01,1,2020-08-11,96.000.001/' rules/schedule.csv
  $ sed -i 's/^RC-0001,CSO-7371,AG-7371-01,/RC-0001,CSO-7371,AG-9999-99,/' rules/receipts.csv
  $ fundledger -f j.jsonl import rules
  rules/receipts.csv:3:1: error: agreement: "AG-9999-99" is not a recorded agreement
  rules/agreements.csv:3:1: error: schedule: the tranches add up to 240000001.00 IDR, not the agreement's 240000000.00 IDR
  rules/receipts.csv:11:1: error: agreement: "AG-3201-01" is not a recorded agreement
  rules/receipts.csv:16:1: error: agreement: "AG-3201-01" is not a recorded agreement
  fundledger: 4 row(s) refused; nothing was imported
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged

Without a declared number locale, an ambiguous amount is refused:

  $ mkdir amb && printf 'date,base,quote,value,source\n2020-01-02,USD,IDR,13985,JISDOR\n' > amb/rates.csv
  $ printf 'id,kind,name,level,district,province,region_code,aliases\nCSO-3204,cso,Perkumpulan,,Kabupaten Bandung,Jawa Barat,32.04,\n' > amb/parties.csv
  $ printf 'id,cso,bank,number,currency,account,opened,opening_balance\nBA-1,CSO-3204,Bank BJB,001,IDR,Assets:Bank:BJB-3204,2020-01-02,1.500\n' > amb/bank_accounts.csv
  $ fundledger -f j.jsonl import amb
  amb/bank_accounts.csv:2:64: error: opening_balance: "1.500" is ambiguous: it reads as 1.500 with en numbers and 1500 with id numbers; declare the number locale
  fundledger: 1 row(s) refused; nothing was imported
  [1]
  $ fundledger -f j.jsonl import amb --number-locale id
  imported 3 event(s); head <hash>
    bank-account: 1
    party: 1
    rate: 1
  $ fundledger -f j.jsonl balance --format csv | grep BJB
  line,Assets:Bank:BJB-3204,IDR,1500.00\r (esc)
