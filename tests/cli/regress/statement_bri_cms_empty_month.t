A BRI CMS export of a month with no transactions holds the header and "Transaksi tidak
ditemukan" (no transactions found): it reads as an empty statement that covers the period given,
so that the month can be closed.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ M="$ROOT/mappings"; cp "$ROOT"/tests/io/statements/bri-cms*.csv .
  $ fundledger -f j.jsonl init --ledger-id empty --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-3204 --kind cso --name "Yayasan Karsa" --district "Kabupaten Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-BRI --cso CSO-3204 --bank BRI --number 003401000123456 --currency IDR --account Assets:Bank:BRI-3204 --opened 2026-07-31 --opening-balance 4116652.00 > /dev/null
  $ fundledger -f j.jsonl statement import "bri-cms.csv" --bank-account BA-BRI --mapping "$M/bri-cms.json" --from 2026-08-01 --to 2026-08-31 | sed 's/; head .*//'
  statement ST-4d73078e138f9ff4: 6 new events (statement and lines), 0 already recorded
  booked statement ST-4d73078e138f9ff4 on 2026-08-31: BRI CMS CSV statement 2026-08-01 to 2026-08-31
    BA-BRI 2026-08-01 to 2026-08-31, 5 line(s)
  head <hash>

September's export: no transactions. BRI CMS states no period, so it is given:

  $ fp=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl statement import "bri-cms-empty.csv" --bank-account BA-BRI --mapping "$M/bri-cms.json"
  bri-cms-empty.csv: error: --from: the statement has no settled rows and states no period: give the period it covers with --from and --to
  [1]
  $ test "$(fingerprint j.jsonl)" = "$fp" && echo unchanged
  unchanged
  $ fundledger -f j.jsonl statement import "bri-cms-empty.csv" --bank-account BA-BRI --mapping "$M/bri-cms.json" --from 2026-09-01 --to 2026-09-30 | sed 's/; head .*//'
  statement ST-f11324f76790ce37: 1 new event (statement and lines), 0 already recorded
  booked statement ST-f11324f76790ce37 on 2026-09-30: BRI CMS CSV statement 2026-09-01 to 2026-09-30
    BA-BRI 2026-09-01 to 2026-09-30, 0 line(s)
  head <hash>

August and September close; the bank balance at the end of September is August's closing
balance, nothing having moved:

  $ fundledger -f j.jsonl reconcile close --bank-account BA-BRI --as-of 2026-08-31 | sed 's/; head .*//'
  reconciled BA-BRI through 2026-08-31 (RECON-BA-BRI-2026-08-31)
  booked reconcile RECON-BA-BRI-2026-08-31 on 2026-08-31: Reconciled BA-BRI as of 2026-08-31
    BA-BRI: bank 29,114,362.55 IDR = ledger 4,116,652.00 IDR + in bank, not recorded 24,997,710.55 IDR - recorded, not in bank 0.00 IDR
  head <hash>
  close: 1 event appended
  $ fundledger -f j.jsonl reconcile statement --bank-account BA-BRI --as-of 2026-09-30 | grep -E '^(bank_balance|Unexplained)'
  bank_balance: 29114362.55
  bank_balance_source: closing balance of statement ST-4d73078e138f9ff4 (2026-08-31)
  Unexplained difference           IDR                0.00
  $ fundledger -f j.jsonl reconcile close --bank-account BA-BRI --as-of 2026-09-30 | sed 's/; head .*//'
  reconciled BA-BRI through 2026-09-30 (RECON-BA-BRI-2026-09-30)
  booked reconcile RECON-BA-BRI-2026-09-30 on 2026-09-30: Reconciled BA-BRI as of 2026-09-30
    BA-BRI: bank 29,114,362.55 IDR = ledger 4,116,652.00 IDR + in bank, not recorded 24,997,710.55 IDR - recorded, not in bank 0.00 IDR
  head <hash>
  close: 1 event appended
