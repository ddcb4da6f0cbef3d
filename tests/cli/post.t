Posting transactions: from flags, from a JSON file, from standard input.

  $ . "$TESTDIR/setup.sh"
  $ fundledger -f j.jsonl init --ledger-id demo > /dev/null
  $ fundledger -f j.jsonl post --id OB-3204 --date 2024-01-02 --description "Opening balance, BJB" \
  >   --posting "Assets:Bank:BJB-3204 25000000 IDR cso=CSO-3204" \
  >   --posting "Equity:Opening -25000000 IDR cso=CSO-3204"
  booked txn OB-3204 on 2024-01-02: Opening balance, BJB
    postings:
      Assets:Bank:BJB-3204       25,000,000.00 IDR
      Equity:Opening            -25,000,000.00 IDR
  posted as seq 1; head 1564c8216fe870671c0a750fd67dff32a0cea85c9a21e3cdcee593b8df1b626f
  $ cat > receipt.json <<'JSON'
  > {
  >   "id": "RC-0001",
  >   "date": "2024-02-15",
  >   "posting_date": "2024-02-16",
  >   "description": "First tranche, Pemkab Bandung",
  >   "postings": [
  >     {"account": "Assets:Bank:BJB-3204", "amount": "14997500", "currency": "IDR",
  >      "cso": "CSO-3204", "agreement": "AG-3204-01", "counterparty": "PEMKAB-BANDUNG", "tranche": "1"},
  >     {"account": "Expenses:BankCharges", "amount": "2500", "currency": "IDR", "cso": "CSO-3204"},
  >     {"account": "Equity:Opening", "amount": "-15000000", "currency": "IDR",
  >      "cso": "CSO-3204", "agreement": "AG-3204-01", "counterparty": "PEMKAB-BANDUNG", "tranche": "1"}
  >   ]
  > }
  > JSON
  $ fundledger -f j.jsonl post receipt.json
  booked txn RC-0001 on 2024-02-15 (posted 2024-02-16): First tranche, Pemkab Bandung
    postings:
      Assets:Bank:BJB-3204       14,997,500.00 IDR
      Expenses:BankCharges            2,500.00 IDR
      Equity:Opening            -15,000,000.00 IDR
  posted as seq 2; head ad044fb598b754b901172380f0e81f78a617d5eddbe2699f773ac950d33e3648
  $ fundledger --now 2026-11-28T01:02:03Z -f j.jsonl post - <<'JSON'
  > {"id": "FX-1", "date": "2024-03-01", "description": "Convert USD grant to IDR",
  >  "postings": [
  >   {"account": "Assets:Bank:USD-3204", "amount": "-100", "currency": "USD", "cso": "CSO-3204"},
  >   {"account": "Equity:Conversion", "amount": "100", "currency": "USD", "cso": "CSO-3204"},
  >   {"account": "Equity:Conversion", "amount": "-1560000", "currency": "IDR", "cso": "CSO-3204"},
  >   {"account": "Assets:Bank:BJB-3204", "amount": "1560000", "currency": "IDR", "cso": "CSO-3204"}]}
  > JSON
  booked txn FX-1 on 2024-03-01: Convert USD grant to IDR
    postings:
      Assets:Bank:USD-3204             -100.00 USD
      Equity:Conversion                 100.00 USD
      Equity:Conversion          -1,560,000.00 IDR
      Assets:Bank:BJB-3204        1,560,000.00 IDR
  posted as seq 3; head 9854d48da4f194c282ad46727555ce8c7a8280b3b9b19ca953ff3461deae03c2
  $ fundledger -f j.jsonl verify
  ok: 3 events in 4 lines; hash chain intact
  head: 9854d48da4f194c282ad46727555ce8c7a8280b3b9b19ca953ff3461deae03c2
  $ tail -n 1 j.jsonl
  {"seq":3,"prev":"ad044fb598b754b901172380f0e81f78a617d5eddbe2699f773ac950d33e3648","frame":"one","type":"txn","id":"FX-1","recorded_at":"2026-11-28T01:02:03Z","date":"2024-03-01","description":"Convert USD grant to IDR","cso":"CSO-3204","postings":[{"account":"Assets:Bank:USD-3204","amount":"-100.00","currency":"USD"},{"account":"Equity:Conversion","amount":"100.00","currency":"USD"},{"account":"Equity:Conversion","amount":"-1560000.00","currency":"IDR"},{"account":"Assets:Bank:BJB-3204","amount":"1560000.00","currency":"IDR"}],"hash":"78d787381fdb87f84e035c09b234e0688fdbd8c790bc321a73d477e4a675428f"}

The same id with the same content is a no-op that says so, whatever the clock says.

  $ fingerprint j.jsonl
  2bb5171b9508f54f
  $ fundledger --now 2027-01-01T00:00:00Z -f j.jsonl post receipt.json
  already in the journal at seq 2 with the same content; nothing written
  $ fingerprint j.jsonl
  2bb5171b9508f54f

A correction is a new transaction that names what it reverses.

  $ fundledger --now 2026-11-28T01:02:03Z -f j.jsonl post --id RC-0001-REV --date 2024-02-20 --reverses RC-0001 \
  >   --description "Reverse: posted to the wrong account" \
  >   --posting "Assets:Bank:BJB-3204 -14997500 IDR cso=CSO-3204" \
  >   --posting "Expenses:BankCharges -2500 IDR cso=CSO-3204" \
  >   --posting "Equity:Opening 15000000 IDR cso=CSO-3204"
  booked txn RC-0001-REV on 2024-02-20: Reverse: posted to the wrong account
    postings:
      Assets:Bank:BJB-3204      -14,997,500.00 IDR
      Expenses:BankCharges           -2,500.00 IDR
      Equity:Opening             15,000,000.00 IDR
  posted as seq 4; head e6e36ae4645c29ebcfd1a99c7716471e175470c733ff82b8de9968222d86518c
  $ fundledger -f j.jsonl balance
  Account               Currency         Balance
  ----------------------------------------------
  Assets                IDR        26,560,000.00
  Assets:Bank           IDR        26,560,000.00
  Assets:Bank:BJB-3204  IDR        26,560,000.00
  Equity                IDR       -26,560,000.00
  Equity:Conversion     IDR        -1,560,000.00
  Equity:Opening        IDR       -25,000,000.00
  Expenses              IDR                 0.00
  Expenses:BankCharges  IDR                 0.00
  Assets                USD              -100.00
  Assets:Bank           USD              -100.00
  Assets:Bank:USD-3204  USD              -100.00
  Equity                USD               100.00
  Equity:Conversion     USD               100.00
  ----------------------------------------------
  Total                 IDR                 0.00
  Total                 USD                 0.00
