Every refused input exits 1 with a located error and leaves the journal byte for byte as it was.

  $ . "$TESTDIR/setup.sh"
  $ fundledger -f j.jsonl init --ledger-id demo > /dev/null
  $ fundledger -f j.jsonl post --id T-1 --date 2024-01-05 --posting "Assets:Bank:BJB 100 IDR" --posting "Equity:Opening -100 IDR" > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ check() { [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged || echo CHANGED; }

Unbalanced:

  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Assets:Bank:BJB 100 IDR" --posting "Equity:Opening -99.99 IDR"
  error: postings: transaction does not balance: IDR postings add up to 0.01 (use Equity:Conversion legs to convert between currencies)
  [1]
  $ check
  unchanged

Malformed amounts:

  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Assets:Bank:BJB 1e5 IDR" --posting "Equity:Opening -1e5 IDR"
  error: --posting 1: amount: "1e5" is not an amount: exponent notation is not accepted
  [1]
  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Assets:Bank:USD 1.005 USD" --posting "Equity:Opening -1.005 USD"
  error: --posting 1: amount: "1.005" is ambiguous: it reads as 1.005 with en numbers and 1005 with id numbers; declare the number locale
  [1]
  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --number-locale en --posting "Assets:Bank:USD 1.005 USD" --posting "Equity:Opening -1.005 USD"
  error: --posting 1: amount: "1.005" has 3 decimal places; USD allows at most 2
  [1]
  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Assets:Bank:USD NaN USD" --posting "Equity:Opening 0 USD"
  error: --posting 1: amount: "NaN" is not an amount
  [1]
  $ printf '{"id":"T-2","date":"2024-01-05","postings":[{"account":"Assets:Bank:USD","amount":5,"currency":"USD"},{"account":"Equity:Opening","amount":"-5","currency":"USD"}]}' > number.json
  $ fundledger -f j.jsonl post number.json
  number.json:1:83: error: postings[0].amount: must be a decimal string such as "1500000.00", not a JSON number
  [1]
  $ check
  unchanged

An impossible date:

  $ fundledger -f j.jsonl post --id T-2 --date 2024-02-30 --posting "Assets:Bank:BJB 1 IDR" --posting "Equity:Opening -1 IDR"
  error: --date: 2024-02-30 is not a calendar date
  [1]
  $ cat > date.json <<'JSON'
  > {"id": "T-2",
  >  "date": "2024-02-30",
  >  "postings": []}
  > JSON
  $ fundledger -f j.jsonl post date.json
  date.json:2:10: error: date: 2024-02-30 is not a calendar date
  [1]
  $ check
  unchanged

An amount beyond the limit:

  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Assets:Bank:USD 1000000000000000000000000000 USD" --posting "Equity:Opening -1000000000000000000000000000 USD"
  error: --posting 1: amount: "1000000000000000000000000000" is beyond the limit of 27 integer digits
  [1]
  $ check
  unchanged

A reused id with different content names the field that differs:

  $ fundledger -f j.jsonl post --id T-1 --date 2024-01-05 --posting "Assets:Bank:BJB 101 IDR" --posting "Equity:Opening -101 IDR"
  j.jsonl:2: error: postings[0].amount: differs from transaction "T-1" already at seq 1; an id names one transaction (nothing was written)
  [1]
  $ fundledger -f j.jsonl post --id T-1 --date 2024-01-06 --posting "Assets:Bank:BJB 100 IDR" --posting "Equity:Opening -100 IDR"
  j.jsonl:2: error: date: differs from transaction "T-1" already at seq 1; an id names one transaction (nothing was written)
  [1]
  $ check
  unchanged

Bad accounts, currencies, dimensions and JSON:

  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Cash:Box 1 IDR" --posting "Equity:Opening -1 IDR"
  error: --posting 1: account: account "Cash:Box" must start with Assets, Liabilities, Equity, Income or Expenses
  [1]
  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Assets:Box 1 XYZ" --posting "Equity:Opening -1 XYZ"
  error: --posting 1: currency: unknown currency "XYZ" (expected an ISO 4217 code such as IDR or USD)
  [1]
  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Assets:Box 1 IDR colour=red" --posting "Equity:Opening -1 IDR"
  error: --posting 1: unknown dimension "colour" (expected cso, agreement, counterparty or tranche)
  [1]
  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --reverses T-404 --posting "Assets:Box 1 IDR" --posting "Equity:Opening -1 IDR"
  error: reverses: names "T-404", which is not an earlier transaction
  [1]
  $ printf '{"id": "T-2", "date": "2024-01-05",\n "postings": [\n' > broken.json
  $ fundledger -f j.jsonl post broken.json
  broken.json:3:1: error: not valid JSON: JSON document ended early in the middle of an object or array.
  [1]
  $ printf '{"id": "T-2", "date": "2024-01-05", "postings": [], "memo": "x"}' > unknown.json
  $ fundledger -f j.jsonl post unknown.json
  unknown.json:1:49: error: postings: a transaction needs postings
  [1]
  $ fundledger -f j.jsonl post missing.json
  missing.json: error: cannot read this file
  [1]
  $ check
  unchanged

A raw post to an account that agreements control:

  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Assets:Receivable:Agreements 1 IDR" --posting "Income:Mobilised:Government -1 IDR"
  error: postings[0].account: "Assets:Receivable:Agreements" is controlled by agreements: only agreement events post to it
  [1]
  $ check
  unchanged

Text that a journal line cannot hold:

  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --description $'bad \xff byte' --posting "Assets:Box 1 IDR" --posting "Equity:Opening -1 IDR"
  error: description: is not valid UTF-8 text
  [1]
  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-05 --description "$(printf 'x%.0s' $(seq 1 1001))" --posting "Assets:Box 1 IDR" --posting "Equity:Opening -1 IDR"
  error: description: is longer than 1000 bytes
  [1]
  $ check
  unchanged

Usage errors exit 2:

  $ fundledger -f j.jsonl post --date 2024-01-05 --posting "Assets:Box 1 IDR"
  error: --id: is required when the transaction is given as flags
  [2]
  $ fundledger -f j.jsonl balance --format xml
  fundledger: error: --format: xml not in {table,csv,json}
  (run `fundledger --help` for usage)
  [2]
  $ fundledger -f j.jsonl balance --as-of 2024-13-01
  error: --as-of: 2024-13-01 is not a calendar date
  [2]
  $ fundledger -f j.jsonl balance --by colour
  error: --by: unknown dimension "colour" (expected cso, agreement, counterparty or tranche)
  [2]
  $ check
  unchanged
