The worked example of docs/booking.md: one rupiah agreement from signing to its last tranche.

  $ . "$TESTDIR/setup.sh"; hide_hashes
  $ fundledger -f b.jsonl init --ledger-id booking --target 700000 > /dev/null
  $ fundledger -f b.jsonl import "$ROOT/examples/booking"
  imported 9 event(s); head <hash>
    agreement: 1, valued at 10,500.53 USD
    bank-account: 1
    party: 2
    rate: 3
    receipt: 2, valued at 10,497.60 USD
  $ grep '"type":"agreement"' b.jsonl | "$PYTHON" -c 'import json,sys; l=json.loads(sys.stdin.read()); print(json.dumps(l["data"]["valuation"])); [print(p["account"], p["amount"], p.get("currency", l.get("currency"))) for p in l["postings"]]'
  {"rate_event": "RATE-USD-IDR-2021-03-01", "rate_date": "2021-03-01", "rate": "14285", "source": "JISDOR", "currency": "USD", "value": "10500.53"}
  Assets:Receivable:Agreements 150000000.00 IDR
  Income:Mobilised:Government -150000000.00 IDR
  $ grep '"id":"RC-0001"' b.jsonl | "$PYTHON" -c 'import json,sys; l=json.loads(sys.stdin.read()); print(json.dumps(l["data"]["allocation"])); [print(p["account"], p["amount"], p.get("currency", l.get("currency")), p.get("tranche", "")) for p in l["postings"]]'
  [{"tranche": "1", "amount": "90000000.00"}]
  Assets:Bank:BJB-3204 89993500.00 IDR 
  Expenses:BankCharges 6500.00 IDR 
  Assets:Receivable:Agreements -90000000.00 IDR 1
  $ fundledger -f b.jsonl balance --as-of 2021-06-30
  Account                       Currency          Balance
  -------------------------------------------------------
  Assets                        IDR        149,993,500.00
  Assets:Bank                   IDR         89,993,500.00
  Assets:Bank:BJB-3204          IDR         89,993,500.00
  Assets:Receivable             IDR         60,000,000.00
  Assets:Receivable:Agreements  IDR         60,000,000.00
  Expenses                      IDR              6,500.00
  Expenses:BankCharges          IDR              6,500.00
  Income                        IDR       -150,000,000.00
  Income:Mobilised              IDR       -150,000,000.00
  Income:Mobilised:Government   IDR       -150,000,000.00
  -------------------------------------------------------
  Total                         IDR                  0.00
  $ fundledger -f b.jsonl report progress --as-of 2021-06-30 | sed -n '/^Counterparty/,/^Total/p'
  Counterparty kind  Agreements  Committed  Received  Written off  Outstanding  Received at receipt rate  FX difference
  ---------------------------------------------------------------------------------------------------------------------
  government                  1  10,500.53  6,300.32         0.00     4,200.21                  6,303.85           3.53
  company                     0       0.00      0.00         0.00         0.00                      0.00           0.00
  philanthropy                0       0.00      0.00         0.00         0.00                      0.00           0.00
  ---------------------------------------------------------------------------------------------------------------------
  Total                       1  10,500.53  6,300.32         0.00     4,200.21                  6,303.85           3.53
  $ fundledger -f b.jsonl report progress | sed -n '/^Counterparty/,/^Total/p'
  Counterparty kind  Agreements  Committed   Received  Written off  Outstanding  Received at receipt rate  FX difference
  ----------------------------------------------------------------------------------------------------------------------
  government                  1  10,500.53  10,500.53         0.00         0.00                 10,497.60          -2.93
  company                     0       0.00       0.00         0.00         0.00                      0.00           0.00
  philanthropy                0       0.00       0.00         0.00         0.00                      0.00           0.00
  ----------------------------------------------------------------------------------------------------------------------
  Total                       1  10,500.53  10,500.53         0.00         0.00                 10,497.60          -2.93
