Re-importing a statement that is recorded already, after its period was closed, changes nothing
and says so (exit 0); a statement that would add or change something in the closed period is
refused, and the journal stays as it was.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ M="$ROOT/mappings"; cp "$ROOT"/tests/io/statements/klikbca.csv .
  $ fundledger -f j.jsonl init --ledger-id reimport --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-3204 --kind cso --name "Yayasan Lingkar Desa" --district "Kabupaten Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-KLIK --cso CSO-3204 --bank BCA --number 1234567890 --currency IDR --account Assets:Bank:BCA-3204 --opened 2026-09-30 --opening-balance 10000000 > /dev/null
  $ fundledger -f j.jsonl statement import klikbca.csv --bank-account BA-KLIK --mapping "$M/bca-klikbca.json" 2>&1 | sed 's/; head .*//'
  fundledger: warning: 1 pending row is kept apart until a statement shows it settled
  statement ST-6bd4333631c17be0: 8 new events (statement and lines), 0 already recorded
  booked statement ST-6bd4333631c17be0 on 2026-10-31: BCA KlikBCA CSV statement 2026-10-01 to 2026-10-31
    BA-KLIK 2026-10-01 to 2026-10-31, 7 line(s)
  head <hash>

October is closed: the bank says Rp30.244.876,54, the ledger Rp10.000.000 plus the seven lines
not recorded yet.

  $ fundledger -f j.jsonl reconcile close --bank-account BA-KLIK --as-of 2026-10-31 | sed 's/; head .*//'
  reconciled BA-KLIK through 2026-10-31 (RECON-BA-KLIK-2026-10-31)
  booked reconcile RECON-BA-KLIK-2026-10-31 on 2026-10-31: Reconciled BA-KLIK as of 2026-10-31
    BA-KLIK: bank 30,244,876.54 IDR = ledger 10,000,000.00 IDR + in bank, not recorded 20,244,876.54 IDR - recorded, not in bank 0.00 IDR
  head <hash>
  close: 1 event appended
  $ fp=$(fingerprint j.jsonl)

The same export again (an officer re-running last month's import) is recognised, line by line:

  $ fundledger -f j.jsonl statement import klikbca.csv --bank-account BA-KLIK --mapping "$M/bca-klikbca.json"
  statement ST-6bd4333631c17be0: 0 new events (statement and lines), 8 already recorded
  $ test "$(fingerprint j.jsonl)" = "$fp" && echo unchanged
  unchanged

An export of the closed month with one row more (a correction by the bank) would change the
reconciled period: refused, nothing written.

  $ sed -e "s/^'31\/10\/2026,BIAYA ADM,'0000,15000.00,DB,30244876.54/&\n'31\/10\/2026,BIAYA MATERAI,'0000,10000.00,DB,30234876.54/" \
  >     -e 's/^Mutasi Debet,=,4767469.13/Mutasi Debet,=,4777469.13/' -e 's/^Saldo Akhir,=,30244876.54/Saldo Akhir,=,30234876.54/' klikbca.csv > klikbca-more.csv
  $ fundledger -f j.jsonl statement import klikbca-more.csv --bank-account BA-KLIK --mapping "$M/bca-klikbca.json"
  klikbca-more.csv: error: the statement ends on 2026-10-31, inside the period bank account BA-KLIK is reconciled through (2026-10-31); it would change what was reconciled
  [1]
  $ test "$(fingerprint j.jsonl)" = "$fp" && echo unchanged
  unchanged

Another file of the closed month (saved again, the holder's name written differently) holds no
new line, but it is another statement ending in the closed period: refused too.

  $ sed 's/^Nama,=,.*/Nama,=,YAY LINGKAR DESA MANDIRI/' klikbca.csv > klikbca-saved-again.csv
  $ fundledger -f j.jsonl statement import klikbca-saved-again.csv --bank-account BA-KLIK --mapping "$M/bca-klikbca.json"
  klikbca-saved-again.csv: error: the statement ends on 2026-10-31, inside the period bank account BA-KLIK is reconciled through (2026-10-31); it would change what was reconciled
  [1]
  $ test "$(fingerprint j.jsonl)" = "$fp" && echo unchanged
  unchanged
  $ fundledger -f j.jsonl verify | head -1
  ok: 11 events in 13 lines; hash chain intact
