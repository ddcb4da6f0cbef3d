Every write says what it booked: the event id, the amounts, the rate and its date, the USD value,
the schedule and the postings; --format json gives the same as one object. (Before, a record
command printed only "recorded; head …".)

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id booked > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-1 --kind cso --name Warga --district "Kab Bandung" --province "Jawa Barat" --region-code 32.04
  booked party CSO-1 on 2026-11-27: Warga
    cso: Warga
  head * (glob)
  $ fundledger -f j.jsonl party add --id GOV --kind government --level district --name Pemkab > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-1 --cso CSO-1 --bank BJB --number 0012 --currency IDR --account Assets:Bank:BJB --opened 2024-01-02 > /dev/null
  $ fundledger -f j.jsonl rate add --date 2024-01-05 --base USD --quote IDR --value 15525 --source JISDOR > /dev/null
  $ fundledger -f j.jsonl agreement sign --id AG-1 --cso CSO-1 --counterparty GOV --signed 2024-01-05 --currency IDR --amount 155250000 --tranche "1 2024-03-01 55250000" --tranche "2 2024-06-01 100000000"
  booked agreement AG-1 on 2024-01-05: Agreement AG-1
    CSO-1 with GOV: 155,250,000.00 IDR, contribution, cash
    valued at 15,525 IDR per USD (RATE-USD-IDR-2024-01-05, JISDOR of 2024-01-05): 10,000.00 USD
    schedule:
      tranche 1 due 2024-03-01  55,250,000.00 IDR
      tranche 2 due 2024-06-01  100,000,000.00 IDR
    postings:
      Assets:Receivable:Agreements      155,250,000.00 IDR
      Income:Mobilised:Government      -155,250,000.00 IDR
  head * (glob)
  $ fundledger -f j.jsonl receipt record --id RC-1 --cso CSO-1 --agreement AG-1 --date 2024-01-08 --gross 60000000 --bank-charges 6500 --bank-account BA-1 --format json > rc.json
  $ python3 - <<'PY'
  > import json
  > r = json.load(open("rc.json"))
  > e = r["events"][0]
  > print(e["type"], e["id"], e["date"], r["already"], len(r["head"]))
  > v = e["data"]["valuation"]
  > print(v["rate_event"], v["rate_date"], v["rate"], v["value"], v["currency"])
  > print([(a["tranche"], a["amount"]) for a in e["data"]["allocation"]], e["data"]["overpayment"])
  > for p in e["postings"]:
  >     print(p["account"], p["amount"], p["currency"], p.get("tranche", ""))
  > PY
  receipt RC-1 2024-01-08 0 64
  RATE-USD-IDR-2024-01-05 2024-01-05 15525 3864.73 USD
  [('1', '55250000.00'), ('2', '4750000.00')] 0.00
  Assets:Bank:BJB 59993500.00 IDR 
  Expenses:BankCharges 6500.00 IDR 
  Assets:Receivable:Agreements -55250000.00 IDR 1
  Assets:Receivable:Agreements -4750000.00 IDR 2
  $ fundledger -f j.jsonl receipt record --id RC-1 --cso CSO-1 --agreement AG-1 --date 2024-01-08 --gross 60000000 --bank-charges 6500 --bank-account BA-1 --format json
  {"events":[],"already":1,"head":"*"} (glob)

`post` and `import` say it too (import: a summary by event type; every event with --format json):

  $ fundledger -f j.jsonl post --id T-1 --date 2024-01-09 --description "Honor" --posting "Expenses:Honoraria 500000 IDR cso=CSO-1" --posting "Assets:Bank:BJB -500000 IDR cso=CSO-1"
  booked txn T-1 on 2024-01-09: Honor
    postings:
      Expenses:Honoraria          500,000.00 IDR
      Assets:Bank:BJB            -500,000.00 IDR
  posted as seq 7; head 4adf9fb3e5fe256dcaef79441c5c01bdc89f0c652a4721d0d18d4d2dd4cbdaf0
  $ mkdir more
  $ printf 'date,base,quote,value,source\n2024-01-08,USD,IDR,15530,JISDOR\n2024-01-09,USD,IDR,15535,JISDOR\n' > more/rates.csv
  $ fundledger -f j.jsonl import more --format json | python3 -c 'import json,sys; r=json.load(sys.stdin); print([e["id"] for e in r["events"]], r["already"])'
  ['RATE-USD-IDR-2024-01-08', 'RATE-USD-IDR-2024-01-09'] 0
