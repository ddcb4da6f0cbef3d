Replay checks every valuation against the journal's own rates: a valuation names the rate event
it used, which must be the latest quote of the pair on or before the event's date, within the age
limit, and say exactly the rate recorded. Changing an agreement's rate and value together and
recomputing every hash used to pass both verifiers and moved the programme total; now both
refuse such a journal, naming the line.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id forged --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-1 --kind cso --name Warga --district "Kab Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f j.jsonl party add --id GOV --kind government --level district --name Pemkab > /dev/null
  $ fundledger -f j.jsonl rate add --date 2024-01-04 --base USD --quote IDR --value 15500 --source JISDOR > /dev/null
  $ fundledger -f j.jsonl rate add --date 2024-01-05 --base USD --quote IDR --value 15525 --source JISDOR > /dev/null
  $ fundledger -f j.jsonl agreement sign --id AG-1 --cso CSO-1 --counterparty GOV --signed 2024-01-05 --currency IDR --amount 155250000 --tranche "1 2024-03-01 155250000" | grep valued
    valued at 15,525 IDR per USD (RATE-USD-IDR-2024-01-05, JISDOR of 2024-01-05): 10,000.00 USD
  $ cat > forge.py <<PY
  > """Rewrites line 6 (AG-1) with the edit named, recomputing every hash after it."""
  > import sys
  > from fractions import Fraction
  > sys.path.insert(0, "$TESTDIR/..")
  > from rehash import rewrite
  > def revalue(v, obj):        # the value recomputed from the forged rate, exactly
  >     cents = round(Fraction(obj["data"]["amount"]) * 100 / Fraction(v["rate"]))
  >     v["value"] = "%d.%02d" % divmod(cents, 100)
  > def rate_and_value(v, obj):
  >     v["rate"] = "10350"; revalue(v, obj)
  > def not_the_latest(v, obj):
  >     v.update(rate_event="RATE-USD-IDR-2024-01-04", rate_date="2024-01-04", rate="15500"); revalue(v, obj)
  > def another_pair(v, obj):
  >     v["rate_event"] = "RATE-USD-EUR-2024-01-05"
  > edit = globals()[sys.argv[3]]
  > rewrite(sys.argv[1], sys.argv[2], lambda i, obj: edit(obj["data"]["valuation"], obj) if i == 5 else None)
  > PY
  $ check() {
  >   $PYTHON forge.py j.jsonl "$1.jsonl" "$1"
  >   fundledger -f "$1.jsonl" verify 2>&1 | sed 's/byte [0-9]*/byte N/'
  >   $PYTHON "$ROOT/tools/verify_journal.py" "$1.jsonl" | python3 -c 'import json,sys; r=json.load(sys.stdin)["first_bad"]; print("verify_journal.py: line", r["line"], "-", r["reason"])'
  > }

The rate and the value changed together (USD 10,000.00 becomes USD 15,000.00):

  $ check rate_and_value
  rate_and_value.jsonl:6: error: verification failed at line 6 (seq 5, byte N): data.valuation.rate: is 10350 of 2024-01-05 (JISDOR) but rate event RATE-USD-IDR-2024-01-05 says 15525 of 2024-01-05 (JISDOR)
  verify_journal.py: line 6 - data.valuation does not say what rate event RATE-USD-IDR-2024-01-05 says (15525 of 2024-01-05, JISDOR)

A rate event that is not the latest quote on the date:

  $ check not_the_latest
  not_the_latest.jsonl:6: error: verification failed at line 6 (seq 5, byte N): data.valuation.rate_event: "RATE-USD-IDR-2024-01-04" is not the latest USD/IDR rate on or before 2024-01-05 (RATE-USD-IDR-2024-01-05 of 2024-01-05 is)
  verify_journal.py: line 6 - data.valuation.rate_event RATE-USD-IDR-2024-01-04 is not the latest USD/IDR rate on or before 2024-01-05 (RATE-USD-IDR-2024-01-05 is)

A rate event that does not exist (the pair USD/EUR was never quoted):

  $ check another_pair
  another_pair.jsonl:6: error: verification failed at line 6 (seq 5, byte N): data.valuation.rate_event: "RATE-USD-EUR-2024-01-05" is not a recorded rate event
  verify_journal.py: line 6 - data.valuation.rate_event 'RATE-USD-EUR-2024-01-05' is not a rate event in force
