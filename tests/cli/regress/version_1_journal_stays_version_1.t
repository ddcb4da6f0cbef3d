A version-1 journal keeps verifying, replaying to the same figures, and is written to in version 1
(every posting complete, posting_date always); `init` writes version 2, where what all postings of
an event share is written once on the event and posting_date only when it differs
(docs/format/journal.md §3.2). A line in the other version's form is damage.

  $ . "$TESTDIR/../setup.sh"
  $ cp "$ROOT/examples/small/journal.jsonl" v1.jsonl
  $ fundledger -f v1.jsonl verify | head -1
  ok: 6 events in 7 lines; hash chain intact
  $ fundledger -f v2.jsonl init --ledger-id v2 > /dev/null
  $ for j in v1 v2; do fundledger -f $j.jsonl post --id RC-9 --date 2024-04-01 --description "Receipt" --posting "Assets:Bank:BJB-3204 100 IDR cso=CSO-3204 tranche=1" --posting "Income:Grants:Government -100 IDR cso=CSO-3204 tranche=2" > /dev/null; tail -n 1 $j.jsonl | cut -d, -f4-; done
  "type":"txn","id":"RC-9","recorded_at":"2026-11-27T00:00:00Z","date":"2024-04-01","posting_date":"2024-04-01","description":"Receipt","postings":[{"account":"Assets:Bank:BJB-3204","amount":"100.00","currency":"IDR","cso":"CSO-3204","tranche":"1"},{"account":"Income:Grants:Government","amount":"-100.00","currency":"IDR","cso":"CSO-3204","tranche":"2"}],"hash":"*"} (glob)
  "type":"txn","id":"RC-9","recorded_at":"2026-11-27T00:00:00Z","date":"2024-04-01","description":"Receipt","currency":"IDR","cso":"CSO-3204","postings":[{"account":"Assets:Bank:BJB-3204","amount":"100.00","tranche":"1"},{"account":"Income:Grants:Government","amount":"-100.00","tranche":"2"}],"hash":"*"} (glob)
  $ $PYTHON "$ROOT/tools/verify_journal.py" v1.jsonl | cut -c1-12; $PYTHON "$ROOT/tools/verify_journal.py" v2.jsonl | cut -c1-12
  {"ok": true,
  {"ok": true,

The version-2 line sealed into the version-1 journal is refused by both verifiers:

  $ head -n -1 v1.jsonl > mixed.jsonl; tail -n 1 v2.jsonl >> mixed.jsonl
  $ $PYTHON -c 'import sys; sys.path.insert(0, sys.argv[1]); from rehash import rewrite; rewrite("mixed.jsonl", "mixed.jsonl", lambda i, o: o.update(seq=i))' "$TESTDIR/.."
  $ fundledger -f mixed.jsonl verify
  mixed.jsonl:8: error: verification failed at line 8 (seq 7, byte 4560): the line is not in the canonical form of journal format version 1, the header's
  [3]
  $ $PYTHON "$ROOT/tools/verify_journal.py" mixed.jsonl | $PYTHON -c 'import json,sys; r=json.load(sys.stdin); print(r["first_bad"]["line"], r["first_bad"]["reason"])'
  8 members not in the writer's order
