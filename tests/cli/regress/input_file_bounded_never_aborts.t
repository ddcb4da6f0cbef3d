Input files are read whole, so each is bounded: a device such as /dev/zero, a pipe or a file
over 256 MiB (docs/limits.md) is refused with its name, exit 1, where reading /dev/zero used to
end in an abort or never end. A mapping holding a number beyond a double (1e400) is an error of
that file, not an abort. Nothing is written.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000 > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl post /dev/zero
  /dev/zero: error: is not a regular file (a device or a pipe); give the file itself
  [1]
  $ mkfifo pipe
  $ fundledger -f j.jsonl post pipe
  pipe: error: is not a regular file (a device or a pipe); give the file itself
  [1]
  $ truncate -s 300M big.json
  $ fundledger -f j.jsonl post big.json
  big.json: error: holds more than 268435456 bytes (256 MiB), the limit of an input file
  [1]
  $ head -c 268435457 /dev/zero | fundledger -f j.jsonl post -
  <stdin>: error: holds more than 268435456 bytes (256 MiB), the limit of an input file
  [1]
  $ mkdir in && ln -s /dev/zero in/parties.csv
  $ fundledger -f j.jsonl import in
  in/parties.csv: error: is not a regular file (a device or a pipe); give the file itself
  [1]
  $ fundledger -f j.jsonl statement import /dev/zero --bank-account BA-X --mapping "$ROOT/mappings/bca-klikbca.json"
  /dev/zero: error: is not a regular file (a device or a pipe); give the file itself
  [1]
  $ sed 's/"date": 0/"date": 1e400/' "$ROOT/mappings/bca-klikbca.json" > m.json
  $ fundledger -f j.jsonl statement import "$ROOT/tests/io/statements/klikbca.csv" --bank-account BA-X --mapping m.json
  m.json: error: the mapping is not valid JSON: number overflow parsing '1e400'
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
