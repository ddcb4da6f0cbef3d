A migrated journal's header records the old journal's line count and head (docs/format/journal.md
§4.1): `verify --migrated-from OLD` and the independent verifier check the old journal in full and
that it is the one recorded, so the chain of custody runs on from the old head to the new one.

  $ . "$TESTDIR/../setup.sh"
  $ cp "$ROOT/examples/small/journal.jsonl" old.jsonl
  $ fundledger -f old.jsonl migrate --output new.jsonl > /dev/null
  $ head -n 1 new.jsonl | $PYTHON -c 'import json,sys; h=json.loads(sys.stdin.read()); print(h["version"], h["migrated_from"]["version"], h["migrated_from"]["lines"], h["migrated_from"]["head"] == sys.argv[1])' "$(fundledger -f old.jsonl verify --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["head"])')"
  2 1 7 True
  $ fundledger -f new.jsonl verify --migrated-from old.jsonl | head -1
  ok: 6 events in 7 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" new.jsonl --migrated-from old.jsonl | cut -c1-12
  {"ok": true,

The old journal written to after the migration is no longer the one recorded:

  $ fundledger -f old.jsonl post --id LATE-1 --date 2024-03-05 --description "after the migration" --posting "Assets:Bank:BJB-3204 1 IDR" --posting "Equity:Opening -1 IDR" > /dev/null
  $ fundledger -f new.jsonl verify --migrated-from old.jsonl 2>&1 | sed 's/head [0-9a-f]*/head .../g'
  new.jsonl:1: error: verification failed at line 1 (seq 0, byte 0): migrated_from records version 1, 7 lines, head ..., but old.jsonl has version 1, 8 lines, head ...
  $ $PYTHON "$ROOT/tools/verify_journal.py" new.jsonl --migrated-from old.jsonl | $PYTHON -c 'import json,sys; r=json.load(sys.stdin); print(r["ok"], r["first_bad"]["line"])'
  False 1

A journal that was not migrated records nothing to check against:

  $ fundledger -f old.jsonl verify --migrated-from new.jsonl 2>&1 | cut -c1-120
  old.jsonl:1: error: verification failed at line 1 (seq 0, byte 0): the header records no migration (no migrated_from), s
