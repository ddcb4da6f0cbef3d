An import keeps, per row, the day the fact became known where the file has it (the optional
recorded_on column of every import file), so that history is not flattened to the import day.
Without it, all that is known is when the import was written (recorded_at).

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id known > /dev/null
  $ mkdir d
  $ printf 'id,kind,name,level,district,province,region_code,recorded_on\nCSO-1,cso,Warga,,Kab Bandung,Jawa Barat,32.04,2024-01-02\nGOV,government,Pemkab,district,,,,\n' > d/parties.csv
  $ printf 'date,base,quote,value,source,recorded_on\n2024-01-05,USD,IDR,15525,JISDOR,2024-01-05\n' > d/rates.csv
  $ printf 'id,cso,counterparty,signed,currency,amount,nature,form,conditional,counts_as,recorded_on\nAG-1,CSO-1,GOV,2024-01-05,IDR,15525000,contribution,cash,no,leverage,2024-01-20\n' > d/agreements.csv
  $ printf 'agreement,tranche,due,amount\nAG-1,1,2024-03-01,15525000\n' > d/schedule.csv
  $ fundledger -f j.jsonl import d > /dev/null
  $ grep -o '"id":"[A-Z0-9-]*","recorded_at":"[^"]*"\(,"recorded_on":"[^"]*"\)\?' j.jsonl
  "id":"CSO-1","recorded_at":"2026-11-27T00:00:00Z","recorded_on":"2024-01-02"
  "id":"GOV","recorded_at":"2026-11-27T00:00:00Z"
  "id":"RATE-USD-IDR-2024-01-05","recorded_at":"2026-11-27T00:00:00Z","recorded_on":"2024-01-05"
  "id":"AG-1","recorded_at":"2026-11-27T00:00:00Z","recorded_on":"2024-01-20"
  $ fundledger -f j.jsonl import d
  nothing new: all 4 event(s) are in the journal already
  $ fundledger -f j.jsonl verify | head -1
  ok: 4 events in 6 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" j.jsonl | python3 -c 'import json,sys; print(json.load(sys.stdin)["ok"])'
  True

A day after the one it is recorded on (in the journal's time zone, Asia/Jakarta) is refused, as is
a day that is not a date; the record commands take --recorded-on:

  $ before=$(fingerprint j.jsonl)
  $ printf 'date,base,quote,value,source,recorded_on\n2024-01-08,USD,IDR,15530,JISDOR,2026-11-28\n' > d/rates.csv
  $ fundledger -f j.jsonl import d
  d/rates.csv:2:1: error: recorded_on: is 2026-11-28, after the day it was recorded (2026-11-27 in Asia/Jakarta)
  fundledger: 1 row(s) refused; nothing was imported
  [1]
  $ printf 'date,base,quote,value,source,recorded_on\n2024-01-08,USD,IDR,15530,JISDOR,28/11/2026\n' > d/rates.csv
  $ fundledger -f j.jsonl import d
  d/rates.csv:2:33: error: recorded_on: "28/11/2026" is not a date (expected YYYY-MM-DD)
  fundledger: 1 row(s) refused; nothing was imported
  [1]
  $ printf 'date,base,quote,value,source,recorded_on\n2024-01-08,USD,IDR,15530,JISDOR,2020-01-01\n' > d/rates.csv
  $ fundledger -f j.jsonl import d
  d/rates.csv:2:1: error: recorded_on: is 2020-01-01, before the event's date 2024-01-08: a fact is not known before it happens
  fundledger: 1 row(s) refused; nothing was imported
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
  $ FUNDLEDGER_NOW=2026-11-27T20:00:00Z fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 15530 --source JISDOR --recorded-on 2026-11-28 | head -1
  booked rate RATE-USD-IDR-2024-01-08 on 2024-01-08 (known on 2026-11-28): USD/IDR 15530 (JISDOR)
