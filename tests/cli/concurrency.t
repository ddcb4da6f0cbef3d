Two processes posting at once lose nothing: 2 writers x 500 transactions = 1000 events, chain valid.

  $ . "$TESTDIR/setup.sh"
  $ fundledger -f j.jsonl init --ledger-id race > /dev/null
  $ writer() { for i in $(seq 1 500); do fundledger -f j.jsonl post --id "$1-$i" --date 2024-01-05 --posting "Assets:Bank:$1 1 USD" --posting "Equity:Opening -1 USD" > /dev/null || echo "failed $1-$i"; done; }
  $ writer A & writer B & wait
  $ fundledger -f j.jsonl verify | head -n 1
  ok: 1000 events in 1001 lines; hash chain intact
  $ "$PYTHON" "$ROOT/tools/verify_journal.py" j.jsonl | "$PYTHON" -c 'import json,sys; d=json.load(sys.stdin); print(d["ok"], d["events"])'
  True 1000
  $ fundledger -f j.jsonl balance --format csv
  row,account,currency,amount\r (esc)
  subtotal,Assets,USD,1000.00\r (esc)
  subtotal,Assets:Bank,USD,1000.00\r (esc)
  line,Assets:Bank:A,USD,500.00\r (esc)
  line,Assets:Bank:B,USD,500.00\r (esc)
  subtotal,Equity,USD,-1000.00\r (esc)
  line,Equity:Opening,USD,-1000.00\r (esc)
  total,Total,USD,0.00\r (esc)
