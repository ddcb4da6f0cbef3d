Recording time never goes backwards: a write whose clock is earlier than the journal's last
recorded_at is refused, naming both, and both verifiers refuse a journal whose recorded_at
decreases. (--now and FUNDLEDGER_NOW are the clock for reproducible runs and tests.)

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id clock > /dev/null
  $ fundledger --now 2026-11-28T08:00:00Z -f j.jsonl post --id T-1 --date 2024-01-05 --posting "Assets:Bank:BJB 100 IDR" --posting "Equity:Opening -100 IDR" | head -1
  booked txn T-1 on 2024-01-05
  $ before=$(fingerprint j.jsonl)
  $ fundledger --now 2019-01-01T00:00:00Z -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Assets:Bank:BJB 100 IDR" --posting "Equity:Opening -100 IDR"
  error: recorded_at: the clock says 2019-01-01T00:00:00Z, earlier than 2026-11-28T08:00:00Z, when the journal last recorded; recording time never goes backwards (nothing was written)
  [1]
  $ fundledger --now 2026-11-28T07:59:59Z -f j.jsonl party add --id GOV --kind government --level district --name Pemkab
  error: recorded_at: the clock says 2026-11-28T07:59:59Z, earlier than 2026-11-28T08:00:00Z, when the journal last recorded; recording time never goes backwards (nothing was written)
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
  $ fundledger --now 2026-11-28T08:00:00Z -f j.jsonl post --id T-2 --date 2024-01-05 --posting "Assets:Bank:BJB 100 IDR" --posting "Equity:Opening -100 IDR" | head -1
  booked txn T-2 on 2024-01-05

A rewrite that moves a recorded_at back (hashes recomputed) is caught by both verifiers at that line:

  $ $PYTHON - <<PY
  > import sys; sys.path.insert(0, "$TESTDIR/.."); from rehash import rewrite
  > rewrite("j.jsonl", "forged.jsonl", lambda i, obj: obj.update(recorded_at="2020-01-01T00:00:00Z") if i == 2 else None)
  > PY
  $ fundledger -f forged.jsonl verify
  forged.jsonl:3: error: verification failed at line 3 (seq 2, byte *): recorded_at: is 2020-01-01T00:00:00Z, earlier than 2026-11-28T08:00:00Z recorded before it; recording time never goes backwards (glob)
  [3]
  $ $PYTHON "$ROOT/tools/verify_journal.py" forged.jsonl | python3 -c 'import json,sys; r=json.load(sys.stdin)["first_bad"]; print(r["line"], r["reason"])'
  3 recorded_at 2020-01-01T00:00:00Z is earlier than 2026-11-28T08:00:00Z recorded before it
