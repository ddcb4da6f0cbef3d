Statement import through the shipped mapping files: every layout read end to end, identity
(re-import, overlap, two equal transfers on one day), and refusals that leave the journal as it
was.

  $ . "$TESTDIR/setup.sh"; hide_hashes
  $ M="$ROOT/mappings"; cp "$ROOT"/tests/io/statements/*.csv .
  $ fundledger -f j.jsonl init --ledger-id stmt --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-3204 --kind cso --name "Yayasan Lingkar Desa" --district "Kabupaten Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-KLIK --cso CSO-3204 --bank BCA --number 1234567890 --currency IDR --account Assets:Bank:BCA-3204 --opened 2026-09-30 --opening-balance 10000000 > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-BIZ --cso CSO-3204 --bank BCA --number 0663012345 --currency IDR --account Assets:Bank:BCA-BIZ-3204 --opened 2026-10-31 --opening-balance 20000000 > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-MCM --cso CSO-3204 --bank Mandiri --number 1370012345678 --currency IDR --account Assets:Bank:MANDIRI-3204 --opened 2026-08-31 --opening-balance 0 > /dev/null

Each layout's sample export, preamble and trailer included:

  $ fundledger -f j.jsonl statement import "klikbca.csv" --bank-account BA-KLIK --mapping "$M/bca-klikbca.json"
  fundledger: warning: 1 pending row is kept apart until a statement shows it settled
  statement ST-6bd4333631c17be0: 8 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-6bd4333631c17be0 on 2026-10-31: BCA KlikBCA CSV statement 2026-10-01 to 2026-10-31
    BA-KLIK 2026-10-01 to 2026-10-31, 7 line(s)
  head <hash>
  $ fundledger -f j.jsonl statement import "bca-business.csv" --bank-account BA-BIZ --mapping "$M/bca-business.json"
  statement ST-4ae4347155b840d3: 6 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-4ae4347155b840d3 on 2026-11-30: BCA business CSV statement 2026-11-01 to 2026-11-30
    BA-BIZ 2026-11-01 to 2026-11-30, 5 line(s)
  head <hash>
  $ fundledger -f j.jsonl statement import "mandiri-mcm.csv" --bank-account BA-MCM --mapping "$M/mandiri-mcm.json"
  statement ST-a94fffb2b5e34fac: 6 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-a94fffb2b5e34fac on 2026-09-30: Bank Mandiri MCM CSV statement 2026-09-02 to 2026-09-30
    BA-MCM 2026-09-02 to 2026-09-30, 5 line(s)
  head <hash>
  $ fundledger -f j.jsonl reconcile statement --bank-account BA-KLIK --as-of 2026-10-31 | grep -E '^(bank_balance|Add:)'
  bank_balance: 30244876.54
  bank_balance_source: closing balance of statement ST-6bd4333631c17be0 (2026-10-31)
  Add: in the bank, not recorded   IDR       20,244,876.54
  $ fundledger -f j.jsonl reconcile statement --bank-account BA-BIZ --as-of 2026-11-30 | grep -E '^(bank_balance|Add:)'
  bank_balance: 103940932.10
  bank_balance_source: closing balance of statement ST-4ae4347155b840d3 (2026-11-30)
  Add: in the bank, not recorded   IDR        83,940,932.10
  $ fundledger -f j.jsonl reconcile statement --bank-account BA-MCM --as-of 2026-09-30 | grep -E '^(bank_balance|Add:)'
  bank_balance: 225075116.00
  bank_balance_source: opening balance + 5 statement lines after it
  Add: in the bank, not recorded   IDR       225,075,116.00

A statement of another account, or the same file again, is refused or adds nothing; the journal
stays as it was:

  $ fp=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl statement import "klikbca.csv" --bank-account BA-BIZ --mapping "$M/bca-klikbca.json"
  klikbca.csv:2:17: error: account_number: the statement is of account 1234567890, but bank account BA-BIZ is 0663012345
  [1]
  $ fundledger -f j.jsonl statement import "klikbca.csv" --bank-account BA-KLIK --mapping "$M/bca-klikbca.json"
  statement ST-6bd4333631c17be0: 0 new events (statement and lines), 8 already recorded
  $ test "$(fingerprint j.jsonl)" = "$fp" && echo unchanged
  unchanged

Two equal transfers on one day stay two lines; an export overlapping it adds only its new days.

  $ cat > oct-a.csv <<'CSV'
  > Informasi Rekening - Mutasi Rekening
  > No. rekening,=,'1234567890
  > Periode,=,01/11/2026 - 03/11/2026
  > Kode Mata Uang,=,IDR
  > 
  > Tanggal,Keterangan,Cabang,Jumlah,,Saldo
  > '02/11/2026,SETORAN TUNAI KAS KECIL,'0000,500000.00,CR,30744876.54
  > '02/11/2026,SETORAN TUNAI KAS KECIL,'0000,500000.00,CR,31244876.54
  > '03/11/2026,BIAYA ADM,'0000,15000.00,DB,31229876.54
  > 
  > Saldo Awal,=,30244876.54
  > Mutasi Kredit,=,1000000.00
  > Mutasi Debet,=,15000.00
  > Saldo Akhir,=,31229876.54
  > CSV
  $ fundledger -f j.jsonl statement import oct-a.csv --bank-account BA-KLIK --mapping "$M/bca-klikbca.json"
  statement ST-aa9aeff55ec52e86: 4 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-aa9aeff55ec52e86 on 2026-11-03: BCA KlikBCA CSV statement 2026-11-01 to 2026-11-03
    BA-KLIK 2026-11-01 to 2026-11-03, 3 line(s)
  head <hash>
  $ cat > oct-b.csv <<'CSV'
  > Informasi Rekening - Mutasi Rekening
  > No. rekening,=,'1234567890
  > Periode,=,02/11/2026 - 04/11/2026
  > Kode Mata Uang,=,IDR
  > 
  > Tanggal,Keterangan,Cabang,Jumlah,,Saldo
  > '02/11/2026,SETORAN TUNAI KAS KECIL,'0000,500000.00,CR,30744876.54
  > '02/11/2026,SETORAN TUNAI KAS KECIL,'0000,500000.00,CR,31244876.54
  > '03/11/2026,BIAYA ADM,'0000,15000.00,DB,31229876.54
  > '04/11/2026,SETORAN TUNAI KAS KECIL,'0000,500000.00,CR,31729876.54
  > 
  > Saldo Awal,=,30244876.54
  > Mutasi Kredit,=,1500000.00
  > Mutasi Debet,=,15000.00
  > Saldo Akhir,=,31729876.54
  > CSV
  $ fundledger -f j.jsonl statement import oct-b.csv --bank-account BA-KLIK --mapping "$M/bca-klikbca.json"
  statement ST-acc6fb7513c4c543: 2 new events (statement and lines), 3 already recorded; head <hash>
  booked statement ST-acc6fb7513c4c543 on 2026-11-04: BCA KlikBCA CSV statement 2026-11-02 to 2026-11-04
    BA-KLIK 2026-11-02 to 2026-11-04, 4 line(s)
  head <hash>
  $ fundledger -f j.jsonl reconcile statement --bank-account BA-KLIK --as-of 2026-11-04 --format csv | grep -c 'SETORAN TUNAI'
  3

A statement whose lines do not add up to its closing balance is refused, naming the line, and
nothing is written:

  $ fp=$(fingerprint j.jsonl)
  $ sed 's/^Saldo Akhir,=,31729876.54/Saldo Akhir,=,31729877.54/' oct-b.csv > oct-c.csv
  $ fundledger -f j.jsonl statement import oct-c.csv --bank-account BA-KLIK --mapping "$M/bca-klikbca.json"
  oct-c.csv:15:15: error: closing_balance: the closing balance is 31729877.54 but the opening balance 30244876.54 plus the settled rows' net 1485000.00 gives 31729876.54: they differ by 1.00
  [1]
  $ fundledger -f j.jsonl statement import "klikbca-bad-balance.csv" --bank-account BA-KLIK --mapping "$M/bca-klikbca.json"
  klikbca-bad-balance.csv:10:89: error: balance: the running balance is 22705000.00 but the balance before it, 27500000.00, plus the amount -4750000.00 gives 22750000.00: they differ by 45000.00
  [1]
  $ test "$(fingerprint j.jsonl)" = "$fp" && echo unchanged
  unchanged
  $ fundledger -f j.jsonl verify | head -1
  ok: 30 events in 36 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" j.jsonl > /dev/null && echo independent verifier agrees
  independent verifier agrees

A statement that does not follow on from the lines recorded (one for the days between was not
imported) is taken, with a warning; the reconciliation shows the gap as unexplained, and the
account cannot be closed until it is explained:

  $ cat > nov-gap.csv <<'CSV'
  > Informasi Rekening - Mutasi Rekening
  > No. rekening,=,'1234567890
  > Periode,=,10/11/2026 - 11/11/2026
  > Kode Mata Uang,=,IDR
  > 
  > Tanggal,Keterangan,Cabang,Jumlah,,Saldo
  > '11/11/2026,BIAYA ADM,'0000,15000.00,DB,31814876.54
  > 
  > Saldo Awal,=,31829876.54
  > Mutasi Kredit,=,0.00
  > Mutasi Debet,=,15000.00
  > Saldo Akhir,=,31814876.54
  > CSV
  $ fundledger -f j.jsonl statement import nov-gap.csv --bank-account BA-KLIK --mapping "$M/bca-klikbca.json" 2>&1 | sed 's/; head .*//'
  fundledger: warning: the statement opens at 31829876.54 IDR but the lines recorded before 2026-11-10 give 31729876.54 IDR: a statement for the days before may be missing; the reconciliation will show the difference
  statement ST-5f4c96fc048f56ff: 2 new events (statement and lines), 0 already recorded
  booked statement ST-5f4c96fc048f56ff on 2026-11-11: BCA KlikBCA CSV statement 2026-11-10 to 2026-11-11
    BA-KLIK 2026-11-10 to 2026-11-11, 1 line(s)
  head <hash>
  $ fundledger -f j.jsonl reconcile statement --bank-account BA-KLIK --as-of 2026-11-11 | grep -E '^(bank_balance|Unexplained)'
  bank_balance: 31814876.54
  bank_balance_source: closing balance of statement ST-5f4c96fc048f56ff (2026-11-11)
  Unexplained difference           IDR          100,000.00
  $ fundledger -f j.jsonl reconcile close --bank-account BA-KLIK --as-of 2026-11-11
  error: the reconciliation of BA-KLIK as of 2026-11-11 leaves 100000.00 IDR unexplained (see reconcile statement); nothing was written
  [1]

A row dated outside the period its statement states is refused, naming the line:

  $ sed 's/^.11\/11\/2026,BIAYA/'"'"'12\/11\/2026,BIAYA/' nov-gap.csv > nov-late.csv
  $ fundledger -f j.jsonl statement import nov-late.csv --bank-account BA-KLIK --mapping "$M/bca-klikbca.json"
  nov-late.csv:7: error: date: is 2026-11-12, outside the statement's period 2026-11-10 to 2026-11-11
  [1]

Exports newest first, with a zero row and a standing order whose reference repeats every month:
the rows are read whatever their order, the zero row is left out, and a reference identifies a
line together with its date.

  $ fundledger -f j.jsonl bank-account open --id BA-MCM2 --cso CSO-3204 --bank Mandiri --number 1370099999999 --currency IDR --account Assets:Bank:MANDIRI2-3204 --opened 2026-08-31 --opening-balance 0 > /dev/null
  $ cat > mcm-jan-feb.csv <<'CSV'
  > Account No,Date,Val. Date,Transaction Code,Description,Description,Reference No.,Debit,Credit,
  > 1370099999999,02/02/27,02/02/27,7820,"SEWA KANTOR","STANDING ORDER",SO-RENT-01,"1,500,000.00",".00",
  > 1370099999999,15/01/27,15/01/27,8888,"KOREKSI","",,".00",".00",
  > 1370099999999,10/01/27,10/01/27,1010,"TRANSFER DARI PEMPROV NTB","HIBAH",SP2D-0110,".00","25,000,000.00",
  > 1370099999999,02/01/27,02/01/27,7820,"SEWA KANTOR","STANDING ORDER",SO-RENT-01,"1,500,000.00",".00",
  > CSV
  $ fundledger -f j.jsonl statement import mcm-jan-feb.csv --bank-account BA-MCM2 --mapping "$M/mandiri-mcm.json" --from 2027-01-01 --to 2027-02-28 2>&1 | sed 's/; head .*//'
  fundledger: warning: 1 row moves no money and is left out
  statement ST-2bf31a1d031bac1b: 4 new events (statement and lines), 0 already recorded
  booked statement ST-2bf31a1d031bac1b on 2027-02-28: Bank Mandiri MCM CSV statement 2027-01-01 to 2027-02-28
    BA-MCM2 2027-01-01 to 2027-02-28, 3 line(s)
  head <hash>
  $ cat > mcm-feb-mar.csv <<'CSV'
  > Account No,Date,Val. Date,Transaction Code,Description,Description,Reference No.,Debit,Credit,
  > 1370099999999,02/03/27,02/03/27,7820,"SEWA KANTOR","STANDING ORDER",SO-RENT-01,"1,500,000.00",".00",
  > 1370099999999,02/02/27,02/02/27,7820,"SEWA KANTOR","STANDING ORDER",SO-RENT-01,"1,500,000.00",".00",
  > CSV
  $ fundledger -f j.jsonl statement import mcm-feb-mar.csv --bank-account BA-MCM2 --mapping "$M/mandiri-mcm.json" --from 2027-02-01 --to 2027-03-31 2>&1 | sed 's/; head .*//'
  statement ST-ecfd4661bf22fe5c: 2 new events (statement and lines), 1 already recorded
  booked statement ST-ecfd4661bf22fe5c on 2027-03-31: Bank Mandiri MCM CSV statement 2027-02-01 to 2027-03-31
    BA-MCM2 2027-02-01 to 2027-03-31, 2 line(s)
  head <hash>
  $ fundledger -f j.jsonl statement import mcm-feb-mar.csv --bank-account BA-MCM2 --mapping "$M/mandiri-mcm.json" --from 2027-02-02 --to 2027-03-31 2>&1 | sed 's/; head .*//'
  mcm-feb-mar.csv: error: --from: this file is recorded already, as statement ST-ecfd4661bf22fe5c of 2027-02-01 to 2027-03-31, not 2027-02-02 to 2027-03-31 (--from 2027-02-01 recorded, 2027-02-02 given); to correct the recorded period, import it again with --correct-period
  $ fundledger -f j.jsonl reconcile statement --bank-account BA-MCM2 --as-of 2027-03-31 | grep -E '^(bank_balance|Add:)'
  bank_balance: 20500000.00
  bank_balance_source: opening balance + 4 statement lines after it
  Add: in the bank, not recorded   IDR       20,500,000.00

An account is closed only with a statement covering the date:

  $ fundledger -f j.jsonl reconcile close --bank-account BA-MCM2 --as-of 2027-04-30
  error: date: no statement of bank account BA-MCM2 covers 2027-04-30: import the bank's statement of that day first
  [1]
