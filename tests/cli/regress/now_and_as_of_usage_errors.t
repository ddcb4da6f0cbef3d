A --now (or FUNDLEDGER_NOW) that is not a time is a usage error, exit 2, for every command —
readers too, which used to ignore it — and it used to be exit 1. An empty --as-of is refused
(exit 2) instead of meaning "no date".

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ fundledger --now garbage -f j.jsonl post --id T-1 --date 2024-01-05 --posting "Assets:Bank:BJB 2 USD" --posting "Equity:Opening -2 USD"
  error: --now: "garbage" is not a UTC time (expected YYYY-MM-DDThh:mm:ssZ)
  [2]
  $ fundledger --now garbage -f j.jsonl balance
  error: --now: "garbage" is not a UTC time (expected YYYY-MM-DDThh:mm:ssZ)
  [2]
  $ fundledger --now garbage -f j.jsonl verify 2> /dev/null
  [2]
  $ FUNDLEDGER_NOW=2026-13-45T99:00:00Z fundledger -f j.jsonl report progress 2> /dev/null
  [2]
  $ fundledger -f j.jsonl balance --as-of ""
  fundledger: error: --as-of: must not be empty
  (run `fundledger --help` for usage)
  [2]
  $ fundledger -f j.jsonl export --format ledger --as-of "" > /dev/null
  fundledger: error: --as-of: must not be empty
  (run `fundledger --help` for usage)
  [2]
  $ fundledger -f j.jsonl balance --as-of 2024-01-31 > /dev/null
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
