A journal-wide number locale is set once (at init, or later with `setting set`) so an officer in
Indonesia does not type --number-locale on every command. It applies only where nothing is
declared: a file's own `# number-locale` line or a command's flag wins, and a flag that
contradicts a file's own line is refused.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id id-office --target 700.000 --number-locale id
  created j.jsonl; head * (glob)
  $ fundledger -f j.jsonl setting show
  number-locale    id
  rate-jump-limit  10 %
  rate-age-days-max 7 (header)
  $ grep -c '"type":"setting"' j.jsonl
  1
  $ fundledger -f j.jsonl report progress --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["target"])'
  700000.00

`post` takes amounts in the journal's locale (and takes --number-locale):

  $ fundledger -f j.jsonl post --id OB-1 --date 2024-01-02 --description "Saldo awal" \
  >   --posting "Assets:Bank:BJB 1.500.000,50 IDR cso=CSO-1" --posting "Equity:Opening -1.500.000,50 IDR cso=CSO-1" | grep -A2 postings:
    postings:
      Assets:Bank:BJB        1,500,000.50 IDR
      Equity:Opening        -1,500,000.50 IDR
  $ fundledger -f j.jsonl post --id OB-2 --date 2024-01-02 --number-locale en \
  >   --posting "Assets:Bank:BRI 2,500.75 IDR" --posting "Equity:Opening -2,500.75 IDR" | grep BRI
      Assets:Bank:BRI            2,500.75 IDR
  $ fundledger -f j.jsonl post --id OB-3 --date 2024-01-02 --number-locale fr \
  >   --posting "Assets:Bank:BRI 1 IDR" --posting "Equity:Opening -1 IDR"
  error: --number-locale: "fr" is not a number locale (en or id)
  [2]

A rate typed as JISDOR prints it is read in the journal's locale; a file's own line wins:

  $ fundledger -f j.jsonl rate add --date 2024-01-05 --base USD --quote IDR --value 15.525 --source JISDOR | head -1
  booked rate RATE-USD-IDR-2024-01-05 on 2024-01-05: USD/IDR 15525 (JISDOR)
  $ mkdir en
  $ printf '# number-locale: en\ndate,base,quote,value,source\n2024-01-08,USD,IDR,"15,530.50",JISDOR\n' > en/rates.csv
  $ fundledger -f j.jsonl import en
  imported 1 event(s); head * (glob)
    rate: 1
  $ before=$(fingerprint j.jsonl)
  $ printf '# number-locale: en\ndate,base,quote,value,source\n2024-01-09,USD,IDR,"15,531.50",JISDOR\n' > en/rates.csv
  $ fundledger -f j.jsonl import en --number-locale id
  en/rates.csv:1:1: error: the file declares another number locale than --number-locale (en in the file, id given)
  fundledger: 1 row(s) refused; nothing was imported
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged

The setting can change later; a journal without one refuses what the two locales read differently.

  $ fundledger -f j.jsonl setting set number-locale en | head -2
  booked setting SETTING-number-locale-2 on 2026-11-27: Setting number-locale = en
    number-locale = en
  $ fundledger -f j.jsonl setting set number-locale en
  error: VALUE: number-locale is en already; nothing was written
  [1]
  $ fundledger -f j.jsonl post --id OB-4 --date 2024-01-02 --posting "Assets:Bank:BRI 1,000.25 IDR" --posting "Equity:Opening -1,000.25 IDR" | grep BRI
      Assets:Bank:BRI            1,000.25 IDR
  $ fundledger -f plain.jsonl init --ledger-id plain > /dev/null
  $ fundledger -f plain.jsonl rate add --date 2024-01-05 --base USD --quote IDR --value 15.525 --source JISDOR
  error: --value: "15.525" is ambiguous: it reads as 15.525 with en numbers and 15525 with id numbers; declare the number locale
  [1]
  $ fundledger -f j.jsonl verify | head -1
  ok: 7 events in 8 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" j.jsonl | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["ok"], r["events"])'
  True 7

A locale line saved from a spreadsheet keeps the empty cells of the other columns; they are
ignored:

  $ mkdir padded
  $ printf '# number-locale: id,,,,\ndate,base,quote,value,source\n2024-01-10,USD,IDR,15.540,JISDOR\n' > padded/rates.csv
  $ fundledger -f j.jsonl import padded | head -1
  imported 1 event(s); head * (glob)
