A receipt recorded on the payment-order date (the SP2D), credited by the bank three weeks later,
on an agreement of equal tranches: the credit matches the recorded receipt's payer and amount,
so it is not an exact proposal for the next tranche. The receipt is proposed too, and the two
proposals compete: `confirm --exact` takes neither, the officer decides.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ M="$ROOT/mappings"
  $ fundledger -f j.jsonl init --ledger-id late --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-3204 --kind cso --name "Yayasan Lingkar Desa" --district "Kabupaten Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f j.jsonl party add --id PEMKAB-BDG --kind government --level district --name "Pemerintah Kabupaten Bandung" --alias "PEMKAB BANDUNG" > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-1 --cso CSO-3204 --bank BCA --number 1234567890 --currency IDR --account Assets:Bank:BCA-3204 --opened 2026-06-01 --opening-balance 0 > /dev/null
  $ fundledger -f j.jsonl rate add --date 2026-06-01 --base USD --quote IDR --value 16250 --source JISDOR > /dev/null
  $ fundledger -f j.jsonl rate add --date 2026-06-24 --base USD --quote IDR --value 16310 --source JISDOR > /dev/null
  $ fundledger -f j.jsonl rate add --date 2026-07-15 --base USD --quote IDR --value 16285 --source JISDOR > /dev/null
  $ fundledger -f j.jsonl agreement sign --id AG-1 --cso CSO-3204 --counterparty PEMKAB-BDG --signed 2026-06-02 --currency IDR --amount 100000000 --tranche "1 2026-07-01 50000000" --tranche "2 2026-08-01 50000000" > /dev/null

The finance officer records tranche 1 on the SP2D's date, 25 June; the bank credits it on 16 July:

  $ fundledger -f j.jsonl receipt record --id RC-T1 --cso CSO-3204 --agreement AG-1 --date 2026-06-25 --gross 50000000 --bank-account BA-1 > /dev/null
  $ cat > jul.csv <<'CSV'
  > Informasi Rekening - Mutasi Rekening
  > No. rekening,=,'1234567890
  > Periode,=,01/07/2026 - 31/07/2026
  > Kode Mata Uang,=,IDR
  > 
  > Tanggal,Keterangan,Cabang,Jumlah,,Saldo
  > '16/07/2026,TRSF E-BANKING CR 1607/FTSCY/WS95051         50000000.00PEMKAB BANDUNG,'0000,50000000.00,CR,50000000.00
  > 
  > Saldo Awal,=,0.00
  > Mutasi Kredit,=,50000000.00
  > Mutasi Debet,=,0.00
  > Saldo Akhir,=,50000000.00
  > CSV
  $ fundledger -f j.jsonl statement import jul.csv --bank-account BA-1 --mapping "$M/bca-klikbca.json" | sed 's/; head .*//'
  statement ST-25c85b786542eed2: 2 new events (statement and lines), 0 already recorded
  booked statement ST-25c85b786542eed2 on 2026-07-31: BCA KlikBCA CSV statement 2026-07-01 to 2026-07-31
    BA-1 2026-07-01 to 2026-07-31, 1 line(s)
  head <hash>
  $ fundledger -f j.jsonl reconcile proposals
  proposals: 2
  exact: 0
  ambiguous: 2
  
  Match proposals
  Proposal        Status     Kind     Bank account  Date        Statement lines      Target  Tranches  Currency         Amount       Expected  Deducted  Evidence
  ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  P-0062074dd4a0  ambiguous  tranche  BA-1          2026-07-16  SL-b22e6c0df25d8e27  AG-1    2         IDR       50,000,000.00  50,000,000.00      0.00  payer PEMKAB BANDUNG; amount; due 2026-08-01
  P-ce2039d555e4  ambiguous  entry    BA-1          2026-07-16  SL-b22e6c0df25d8e27  RC-T1             IDR       50,000,000.00  50,000,000.00      0.00  amount; payer PEMKAB BANDUNG; date +21d
  
  Statement lines whose proposals compete
  Statement line       Date        Description                                                     Competing proposals
  ------------------------------------------------------------------------------------------------------------------------------
  SL-b22e6c0df25d8e27  2026-07-16  TRSF E-BANKING CR 1607/FTSCY/WS95051 50000000.00PEMKAB BANDUNG  P-0062074dd4a0 P-ce2039d555e4
  $ fp=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl reconcile confirm --exact
  confirm: nothing new; nothing written
  $ test "$(fingerprint j.jsonl)" = "$fp" && echo unchanged
  unchanged

The officer confirms the recorded receipt: the line is explained, nothing is left to propose, and
July closes.

  $ fundledger -f j.jsonl reconcile confirm P-ce2039d555e4 | sed 's/; head .*//'
  confirmed P-ce2039d555e4
  booked match M-5a42ac9306b36008 on 2026-07-16: Proposal P-ce2039d555e4: entry RC-T1
    1 line(s) with 1 entry
  head <hash>
  confirm: 1 event appended
  $ fundledger -f j.jsonl reconcile proposals | head -1
  proposals: 0
  $ fundledger -f j.jsonl reconcile close --bank-account BA-1 --as-of 2026-07-31 | sed 's/; head .*//'
  reconciled BA-1 through 2026-07-31 (RECON-BA-1-2026-07-31)
  booked reconcile RECON-BA-1-2026-07-31 on 2026-07-31: Reconciled BA-1 as of 2026-07-31
    BA-1: bank 50,000,000.00 IDR = ledger 50,000,000.00 IDR + in bank, not recorded 0.00 IDR - recorded, not in bank 0.00 IDR
  head <hash>
  close: 1 event appended
