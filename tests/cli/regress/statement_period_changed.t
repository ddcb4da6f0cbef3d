A statement first imported without --from/--to spans its rows; importing the same file again
with another period is refused, naming the period field and both values, and the journal stays
as it was. --correct-period records the file again, as a new statement with the period given
(docs/reconcile.md, "Correcting a recorded period"), so that the month can be closed.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ M="$ROOT/mappings"
  $ fundledger -f j.jsonl init --ledger-id period --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-5201 --kind cso --name "Perkumpulan Panca Karsa" --district "Kota Mataram" --province "Nusa Tenggara Barat" --region-code 52.71 > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-MCM --cso CSO-5201 --bank Mandiri --number 1370012345678 --currency IDR --account Assets:Bank:MANDIRI-5201 --opened 2026-09-30 --opening-balance 0 > /dev/null
  $ cat > mcm-oct.csv <<'CSV'
  > Account No,Date,Val. Date,Transaction Code,Description,Description,Reference No.,Debit,Credit,
  > 1370012345678,02/10/26,02/10/26,1010,"TRANSFER DARI PEMPROV NTB","HIBAH BANSOS 2026",SP2D-1002-0042,".00","75,500,000.00"
  > 1370012345678,12/10/26,12/10/26,6902,"DR 1370012345678 KR 0060003911777 ","HONOR FASILITATOR/OKTOBER          ",,"453,684.00",".00"
  > 1370012345678,28/10/26,28/10/26,8888,"BIAYA ADM","",,"12,500.00",".00"
  > CSV

Imported without a period (Mandiri MCM states none), the statement spans its rows, 2 to 28
October, and October cannot be closed:

  $ fundledger -f j.jsonl statement import mcm-oct.csv --bank-account BA-MCM --mapping "$M/mandiri-mcm.json" | sed 's/; head .*//'
  statement ST-d2bfa4e867fa742d: 4 new events (statement and lines), 0 already recorded
  booked statement ST-d2bfa4e867fa742d on 2026-10-28: Bank Mandiri MCM CSV statement 2026-10-02 to 2026-10-28
    BA-MCM 2026-10-02 to 2026-10-28, 3 line(s)
  head <hash>
  $ fundledger -f j.jsonl reconcile close --bank-account BA-MCM --as-of 2026-10-31
  error: date: no statement of bank account BA-MCM covers 2026-10-31: import the bank's statement of that day first
  [1]

The same file with the month's period is refused, naming --from and both dates:

  $ fp=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl statement import mcm-oct.csv --bank-account BA-MCM --mapping "$M/mandiri-mcm.json" --from 2026-10-01 --to 2026-10-31
  mcm-oct.csv: error: --from: this file is recorded already, as statement ST-d2bfa4e867fa742d of 2026-10-02 to 2026-10-28, not 2026-10-01 to 2026-10-31 (--from 2026-10-02 recorded, 2026-10-01 given); to correct the recorded period, import it again with --correct-period
  [1]
  $ test "$(fingerprint j.jsonl)" = "$fp" && echo unchanged
  unchanged

With --correct-period the file is recorded again under a new statement id, with the period given;
its lines are recorded already and are not added twice:

  $ fundledger -f j.jsonl statement import mcm-oct.csv --bank-account BA-MCM --mapping "$M/mandiri-mcm.json" --from 2026-10-01 --to 2026-10-31 --correct-period | sed 's/; head .*//'
  fundledger: warning: statement ST-ee2219d3d04483af records this file again with the period 2026-10-01 to 2026-10-31; it corrects statement ST-d2bfa4e867fa742d (2026-10-02 to 2026-10-28)
  statement ST-ee2219d3d04483af: 1 new event (statement and lines), 3 already recorded
  booked statement ST-ee2219d3d04483af on 2026-10-31: Bank Mandiri MCM CSV statement 2026-10-01 to 2026-10-31 (corrects the period of ST-d2bfa4e867fa742d)
    BA-MCM 2026-10-01 to 2026-10-31, 3 line(s)
  head <hash>
  $ fundledger -f j.jsonl reconcile close --bank-account BA-MCM --as-of 2026-10-31 | sed 's/; head .*//'
  reconciled BA-MCM through 2026-10-31 (RECON-BA-MCM-2026-10-31)
  booked reconcile RECON-BA-MCM-2026-10-31 on 2026-10-31: Reconciled BA-MCM as of 2026-10-31
    BA-MCM: bank 75,033,816.00 IDR = ledger 0.00 IDR + in bank, not recorded 75,033,816.00 IDR - recorded, not in bank 0.00 IDR
  head <hash>
  close: 1 event appended

Importing the file again, with either period, adds nothing:

  $ fp=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl statement import mcm-oct.csv --bank-account BA-MCM --mapping "$M/mandiri-mcm.json" --from 2026-10-01 --to 2026-10-31
  statement ST-ee2219d3d04483af: 0 new events (statement and lines), 4 already recorded
  $ fundledger -f j.jsonl statement import mcm-oct.csv --bank-account BA-MCM --mapping "$M/mandiri-mcm.json"
  statement ST-d2bfa4e867fa742d: 0 new events (statement and lines), 4 already recorded
  $ test "$(fingerprint j.jsonl)" = "$fp" && echo unchanged
  unchanged
  $ fundledger -f j.jsonl verify | head -1
  ok: 8 events in 10 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" j.jsonl > /dev/null && echo independent verifier agrees
  independent verifier agrees
