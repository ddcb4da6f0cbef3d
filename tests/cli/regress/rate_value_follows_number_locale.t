A rate is a number like any other: it follows the number rules of amounts (docs/format/csv.md,
"Numbers"). JISDOR's 15.525 is fifteen thousand five hundred and twenty-five rupiah per dollar
in Indonesian numbers; without a declared locale it is ambiguous and refused.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id rates --target 700000 > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl rate add --date 2024-01-05 --base USD --quote IDR --value 15.525 --source JISDOR
  error: --value: "15.525" is ambiguous: it reads as 15.525 with en numbers and 15525 with id numbers; declare the number locale
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged

With --number-locale id it is 15525, and 15.525,50 is 15525.50; with en, 15,525.50 is accepted.

  $ fundledger -f j.jsonl rate add --date 2024-01-05 --base USD --quote IDR --value 15.525 --source JISDOR --number-locale id | head -2
  booked rate RATE-USD-IDR-2024-01-05 on 2024-01-05: USD/IDR 15525 (JISDOR)
    1 USD = 15,525 IDR (JISDOR)
  $ fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 15.525,50 --source JISDOR --number-locale id | head -1
  booked rate RATE-USD-IDR-2024-01-08 on 2024-01-08: USD/IDR 15525.50 (JISDOR)
  $ fundledger -f j.jsonl rate add --date 2024-01-09 --base USD --quote IDR --value 15,530.25 --source JISDOR --number-locale en | head -1
  booked rate RATE-USD-IDR-2024-01-09 on 2024-01-09: USD/IDR 15530.25 (JISDOR)
  $ fundledger -f j.jsonl rate add --date 2024-01-10 --base USD --quote IDR --value 15.5 --source JISDOR --number-locale id
  error: --value: "15.5" is not a number (id numbers: 15.525,50)
  [1]

A rates.csv that declares its locale is read the same way.

  $ mkdir id
  $ printf '# number-locale: id\ndate,base,quote,value,source\n2024-01-10,USD,IDR,15.540,JISDOR\n2024-01-11,USD,IDR,"15.545,75",JISDOR\n' > id/rates.csv
  $ fundledger -f j.jsonl import id
  imported 2 event(s); head * (glob)
    rate: 2
  $ grep -o '"id":"RATE-USD-IDR-2024-01-1[01]"\|"value":"[0-9.]*"' j.jsonl | tail -4
  "id":"RATE-USD-IDR-2024-01-10"
  "value":"15540"
  "id":"RATE-USD-IDR-2024-01-11"
  "value":"15545.75"

The figure that matters: an Rp120.000.000 agreement is about USD 7,700, not USD 7.7 million.

  $ fundledger -f j.jsonl party add --id CSO-1 --kind cso --name Warga --district "Kab Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f j.jsonl party add --id GOV --kind government --level district --name Pemkab > /dev/null
  $ fundledger -f j.jsonl agreement sign --id AG-1 --cso CSO-1 --counterparty GOV --signed 2024-01-11 --currency IDR --amount 120.000.000 --number-locale id --tranche "1 2024-03-01 120.000.000" | grep valued
    valued at 15,545.75 IDR per USD (RATE-USD-IDR-2024-01-11, JISDOR of 2024-01-11): 7,719.15 USD
  $ fundledger -f j.jsonl report progress --format json | python3 -c 'import json,sys; m=json.load(sys.stdin)["meta"]; print(m["committed"], m["percent_of_target"])'
  7719.15 1.10
