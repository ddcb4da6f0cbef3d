A journal written before valuations named their rate event (no `rate_event` member) still
verifies, in both verifiers, and can be written to; its valuations are checked against the
journal's quote in force on their date, so a rewrite of a rate and a value together is still
caught.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f new.jsonl init --ledger-id legacy > /dev/null
  $ fundledger -f new.jsonl party add --id CSO-1 --kind cso --name Warga --district "Kab Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f new.jsonl party add --id GOV --kind government --level district --name Pemkab > /dev/null
  $ fundledger -f new.jsonl rate add --date 2024-01-05 --base USD --quote IDR --value 15525 --source JISDOR > /dev/null
  $ fundledger -f new.jsonl agreement sign --id AG-1 --cso CSO-1 --counterparty GOV --signed 2024-01-05 --currency IDR --amount 155250000 --tranche "1 2024-03-01 155250000" > /dev/null
  $ cat > old.py <<PY
  > """Writes the journal as a writer before rate events wrote it (no rate_event), and optionally
  > forges the agreement's rate and value together; every hash recomputed."""
  > import sys
  > sys.path.insert(0, "$TESTDIR/..")
  > from rehash import rewrite
  > def edit(i, obj):
  >     v = obj["data"].get("valuation") if isinstance(obj.get("data"), dict) else None
  >     if v is not None:
  >         del v["rate_event"]
  >         if len(sys.argv) > 3:
  >             v["rate"], v["value"] = "10350", "15000.00"
  > rewrite(sys.argv[1], sys.argv[2], edit)
  > PY
  $ $PYTHON old.py new.jsonl old.jsonl
  $ grep -c rate_event old.jsonl
  0
  [1]
  $ fundledger -f old.jsonl verify | head -1
  ok: 4 events in 5 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" old.jsonl | python3 -c 'import json,sys; print(json.load(sys.stdin)["ok"])'
  True
  $ fundledger -f old.jsonl report progress --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["committed"])'
  10000.00

New events are written with their rate event, beside the old ones; a cancellation of the old
agreement is valued at its signing rate as it was written:

  $ fundledger -f old.jsonl agreement change cancel --id CX-1 --agreement AG-1 --date 2024-01-06 --amount 55250000 | grep valued
    valued at 15,525 IDR per USD (JISDOR of 2024-01-05): 3,558.78 USD
  $ fundledger -f old.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 15530 --source JISDOR > /dev/null
  $ fundledger -f old.jsonl agreement sign --id AG-2 --cso CSO-1 --counterparty GOV --signed 2024-01-08 --currency IDR --amount 15530000 --tranche "1 2024-03-01 15530000" | grep valued
    valued at 15,530 IDR per USD (RATE-USD-IDR-2024-01-08, JISDOR of 2024-01-08): 1,000.00 USD
  $ fundledger -f old.jsonl verify | head -1
  ok: 7 events in 8 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" old.jsonl | python3 -c 'import json,sys; print(json.load(sys.stdin)["ok"])'
  True

The rate and value of the old agreement rewritten together (USD 10,000.00 made 15,000.00):

  $ $PYTHON old.py new.jsonl forged.jsonl forge
  $ fundledger -f forged.jsonl verify 2>&1 | sed 's/byte [0-9]*/byte N/'
  forged.jsonl:5: error: verification failed at line 5 (seq 4, byte N): data.valuation.rate: is 10350 of 2024-01-05 but the USD/IDR quote in force on 2024-01-05 is RATE-USD-IDR-2024-01-05, 15525
  $ $PYTHON "$ROOT/tools/verify_journal.py" forged.jsonl | python3 -c 'import json,sys; r=json.load(sys.stdin)["first_bad"]; print(r["line"], r["reason"])'
  5 data.valuation does not say what rate event RATE-USD-IDR-2024-01-05 says (15525 of 2024-01-05, JISDOR)
