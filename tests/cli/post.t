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
  posted as seq 1; head 658455f72902393967013eb536c70adf86e88efdefbbf8c6e4dc3f313f2014c6
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
  posted as seq 2; head 8ec3d20c1bf0fe4f3261be8de985b41f8f5614c62d4f1e26199de5f59f0784a0
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
  posted as seq 3; head fc79bb4db30c43c16b0c862d1cfe4a7a91725fd9f6b28e2259d0b6a832de63c4
  $ fundledger -f j.jsonl verify
  ok: 3 events in 4 lines; hash chain intact
  head: fc79bb4db30c43c16b0c862d1cfe4a7a91725fd9f6b28e2259d0b6a832de63c4
  $ tail -n 1 j.jsonl
  {"seq":3,"prev":"8ec3d20c1bf0fe4f3261be8de985b41f8f5614c62d4f1e26199de5f59f0784a0","frame":"one","type":"txn","id":"FX-1","recorded_at":"2026-11-28T01:02:03Z","date":"2024-03-01","posting_date":"2024-03-01","description":"Convert USD grant to IDR","postings":[{"account":"Assets:Bank:USD-3204","amount":"-100.00","currency":"USD","cso":"CSO-3204"},{"account":"Equity:Conversion","amount":"100.00","currency":"USD","cso":"CSO-3204"},{"account":"Equity:Conversion","amount":"-1560000.00","currency":"IDR","cso":"CSO-3204"},{"account":"Assets:Bank:BJB-3204","amount":"1560000.00","currency":"IDR","cso":"CSO-3204"}],"hash":"73e070d3a55ad03306204785e4f703e61795e517108d2c7fdc281205979ffd56"}

The same id with the same content is a no-op that says so, whatever the clock says.

  $ fingerprint j.jsonl
  49f3a5a9ef4d01cb
  $ fundledger --now 2027-01-01T00:00:00Z -f j.jsonl post receipt.json
  already in the journal at seq 2 with the same content; nothing written
  $ fingerprint j.jsonl
  49f3a5a9ef4d01cb

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
  posted as seq 4; head cf5739d7da1c31f9882d077e26ec019cc04796e1816b7ef4af33b29784857d4f
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
