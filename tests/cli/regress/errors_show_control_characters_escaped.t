An error or warning that quotes what the user typed or wrote in a file shows its control
characters escaped, as tables do: an ANSI escape or a carriage return in a bad id cannot clear
the screen or overwrite the message. The message's own line breaks stay.

  $ . "$TESTDIR/../setup.sh"
  $ cp "$ROOT/examples/small/journal.jsonl" j.jsonl
  $ fundledger -f j.jsonl post --id "$(printf 'T-1\033[2J\rX')" --date 2024-03-01 --posting "Assets:Bank:BJB-3204 1 IDR cso=CSO-3204" --posting "Equity:Opening -1 IDR cso=CSO-3204" 2>&1 | od -c | grep -c '033' || true
  0
  $ fundledger -f j.jsonl post --id "$(printf 'T-1\033[2J\rX')" --date 2024-03-01 --posting "Assets:Bank:BJB-3204 1 IDR cso=CSO-3204" --posting "Equity:Opening -1 IDR cso=CSO-3204"
  error: --id: "T-1\x1b[2J\rX" may contain only letters, digits and . _ : / -
  [1]
  $ fundledger -f j.jsonl balance --as-of "$(printf '2024\033[31m')"
  error: --as-of: "2024\x1b[31m" is not a date (expected YYYY-MM-DD)
  [2]
