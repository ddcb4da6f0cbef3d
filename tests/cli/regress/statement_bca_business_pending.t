The BCA business (KlikBCA Bisnis) layout keeps PEND rows apart, as KlikBCA does: they are in no
sum and no check, and become lines only when a later statement shows them settled.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ M="$ROOT/mappings"; cp "$ROOT"/tests/io/statements/bca-business*.csv .
  $ fundledger -f j.jsonl init --ledger-id pend --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-3204 --kind cso --name "Yayasan Pendidikan Cerdas Nusantara" --district "Kota Bogor" --province "Jawa Barat" --region-code 32.71 > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-BIZ --cso CSO-3204 --bank BCA --number 0663012345 --currency IDR --account Assets:Bank:BCA-BIZ-3204 --opened 2026-10-31 --opening-balance 20000000 > /dev/null
  $ fundledger -f j.jsonl statement import "bca-business.csv" --bank-account BA-BIZ --mapping "$M/bca-business.json" | sed 's/; head .*//'
  statement ST-4ae4347155b840d3: 6 new events (statement and lines), 0 already recorded
  booked statement ST-4ae4347155b840d3 on 2026-11-30: BCA business CSV statement 2026-11-01 to 2026-11-30
    BA-BIZ 2026-11-01 to 2026-11-30, 5 line(s)
  head <hash>

December's export ends with two PEND rows (a credit and a debit not settled yet):

  $ fundledger -f j.jsonl statement import "bca-business-pend.csv" --bank-account BA-BIZ --mapping "$M/bca-business.json" 2>&1 | sed 's/; head .*//'
  fundledger: warning: 2 pending rows are kept apart until a statement shows them settled
  statement ST-838a1fe582293c81: 5 new events (statement and lines), 0 already recorded
  booked statement ST-838a1fe582293c81 on 2026-12-31: BCA business CSV statement 2026-12-01 to 2026-12-31
    BA-BIZ 2026-12-01 to 2026-12-31, 4 line(s)
  head <hash>
  $ fundledger -f j.jsonl reconcile statement --bank-account BA-BIZ --as-of 2026-12-31 | grep -E '^(bank_balance|Add:)'
  bank_balance: 140516050.55
  bank_balance_source: closing balance of statement ST-838a1fe582293c81 (2026-12-31)
  Add: in the bank, not recorded   IDR       120,516,050.55
  $ $PYTHON -c 'import json,sys
  > for l in open("j.jsonl"):
  >     b = json.loads(l)
  >     if b.get("type") == "statement" and b["data"]["pending"]: print(b["data"]["lines"], b["data"]["pending"])'
  4 [{'description': 'TRSF E-BANKING CR 3112/FTSCY/WS95051 12500000.00 DESA SUKAMAJU', 'amount': '12500000.00'}, {'description': 'TRSF E-BANKING DB 3112/FTFVA/WS95031 SEWA GEDUNG JANUARI', 'amount': '-2000000.00'}]
