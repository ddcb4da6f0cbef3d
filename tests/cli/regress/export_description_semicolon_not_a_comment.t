A description holding `  ;` (or a tab then `;`) used to end at the `;` in the ledger-cli export,
the rest read as a comment; hledger ends a description at any `;`. A `;` of a description is
written as U+FF1B FULLWIDTH SEMICOLON (docs/cli.md, "export"), so the real `ledger` and
`hledger` read the description whole.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ fundledger -f j.jsonl post --id T-1 --date 2024-01-05 --description 'Refund  ; approved by board' --posting "Assets:Bank:BJB 2 USD" --posting "Equity:Opening -2 USD" > /dev/null
  $ fundledger -f j.jsonl post --id T-2 --date 2024-01-06 --description "$(printf 'Fee\t;bank;charge')" --posting "Assets:Bank:BJB -1 USD" --posting "Equity:Opening 1 USD" > /dev/null
  $ fundledger -f j.jsonl export --format ledger > j.ledger
  $ grep '^2024' j.ledger
  2024-01-05 (T-1) Refund  \xef\xbc\x9b approved by board (esc)
  2024-01-06 (T-2) Fee \xef\xbc\x9bbank\xef\xbc\x9bcharge (esc)
  $ ledger -f j.ledger register Assets --format '%P\n'
  Refund  \xef\xbc\x9b approved by board (esc)
  Fee \xef\xbc\x9bbank\xef\xbc\x9bcharge (esc)
  $ LC_ALL=C.UTF-8 hledger -f j.ledger register Assets -O csv | cut -d, -f4
  "description"
  "Refund  \xef\xbc\x9b approved by board" (esc)
  "Fee \xef\xbc\x9bbank\xef\xbc\x9bcharge" (esc)
