A statement whose `Saldo Awal` or account-number line carries tens of thousands of digits is
refused with the line and field, exit 1, not a stack overflow (std::regex recursed once per
character; mapping patterns are RE2 now, and a line and a key row's value are capped before
they are matched or read: docs/limits.md). Nothing is written.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ fundledger -f j.jsonl init --ledger-id stmt --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-3204 --kind cso --name "Yayasan Lingkar Desa" --district "Kabupaten Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-KLIK --cso CSO-3204 --bank BCA --number 1234567890 --currency IDR --account Assets:Bank:BCA-3204 --opened 2026-09-30 --opening-balance 10000000 > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ long() { "$PYTHON" -c 'import re, sys; t = open(sys.argv[1]).read(); print(re.sub(sys.argv[2], lambda m: m.group(1) + "1" * int(sys.argv[3]), t), end="")' "$ROOT/tests/io/statements/klikbca.csv" "$@"; }
  $ long '(Saldo Awal,=,).*' 100000 > opening.csv
  $ fundledger -f j.jsonl statement import opening.csv --bank-account BA-KLIK --mapping "$ROOT/mappings/bca-klikbca.json"
  opening.csv:17: error: line: is 100013 bytes long, beyond the limit of 16384 bytes of a statement line
  [1]
  $ long "(No. rekening,=,')[0-9]*" 30000 > account.csv
  $ fundledger -f j.jsonl statement import account.csv --bank-account BA-KLIK --mapping "$ROOT/mappings/bca-klikbca.json"
  account.csv:2: error: line: is 30016 bytes long, beyond the limit of 16384 bytes of a statement line
  [1]
  $ long '(Saldo Awal,=,).*' 10000 > within.csv
  $ fundledger -f j.jsonl statement import within.csv --bank-account BA-KLIK --mapping "$ROOT/mappings/bca-klikbca.json"
  within.csv:17:14: error: opening_balance: is 10000 bytes long, beyond the limit of 100 bytes of a key row's value
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
