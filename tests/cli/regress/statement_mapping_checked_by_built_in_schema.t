A statement mapping is checked against schemas/statement-mapping.schema.json built into the
program, so an installed fundledger needs no source tree: a mapping copied away from the
repository is still validated, and what only the schema refuses names the file and the member
as the mapping writes it. Nothing is written to the journal.

  $ . "$TESTDIR/../setup.sh"
  $ cp "$ROOT"/tests/io/statements/klikbca.csv .
  $ fundledger -f j.jsonl init --ledger-id schema --target 700000 > /dev/null
  $ fp=$(fingerprint j.jsonl)
  $ "$PYTHON" -c 'import json,sys; m=json.load(open(sys.argv[1])); m["skip"]=m.get("skip",[])+[""]; json.dump(m,open("bank.json","w"))' "$ROOT/mappings/bca-klikbca.json"
  $ fundledger -f j.jsonl statement import klikbca.csv --bank-account BA-KLIK --mapping bank.json
  bank.json: error: skip[0]: is refused by the mapping schema: String should be no fewer than 1 characters in length.
  [1]
  $ test "$(fingerprint j.jsonl)" = "$fp" && echo unchanged
  unchanged

Our own reader's message stays where it has one:

  $ "$PYTHON" -c 'import json,sys; m=json.load(open(sys.argv[1])); m["pendng"]=m.pop("pending"); json.dump(m,open("bank.json","w"))' "$ROOT/mappings/bca-klikbca.json"
  $ fundledger -f j.jsonl statement import klikbca.csv --bank-account BA-KLIK --mapping bank.json 2>&1 | cut -c1-60
  bank.json: error: pendng: is not a member of this object (kn
