A carriage return or an ANSI escape in a description is shown escaped in table output (\r,
\x1b; every C0 and C1 control and DEL), so it cannot overwrite or recolour a row on screen. CSV
and JSON keep the text as it was recorded.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ fundledger -f j.jsonl post --id T-1 --date 2024-01-05 --description "$(printf 'Paid\r\033[2KRefund approved\033[0m')" --posting "Assets:Bank:BJB 2 USD" --posting "Equity:Opening -2 USD"
  booked txn T-1 on 2024-01-05: Paid\r\x1b[2KRefund approved\x1b[0m
    postings:
      Assets:Bank:BJB                2.00 USD
      Equity:Opening                -2.00 USD
  posted as seq 1; head <hash>
  $ fundledger -f j.jsonl register Assets
  Date        Seq  Id   Description                          Account          Currency  Amount  Balance
  -----------------------------------------------------------------------------------------------------
  2024-01-05    1  T-1  Paid\r\x1b[2KRefund approved\x1b[0m  Assets:Bank:BJB  USD         2.00     2.00
  -----------------------------------------------------------------------------------------------------
                                                             Total            USD         2.00     2.00
  $ fundledger -f j.jsonl register Assets --format csv | tr -d -c '\033' | wc -c
  2
