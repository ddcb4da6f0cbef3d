Bank reconciliation on the reference example, end to end: the walkthrough of
examples/madani/README.md ("Reconciling the bank statements") on a journal built from
examples/madani and the statement exports in examples/madani/statements/:

- BA-3602-BRI (CSO-3602, BRI CMS): two exports whose periods overlap (April 2022); a real double
- BA-3573-BNI (CSO-3573, BNIDirect, read through examples/madani/statements/bni-direct.json):
- BA-3273-BCA (CSO-3273, KlikBCA, one file per month with movements): receipts net of tax

  $ . "$TESTDIR/setup.sh"
  $ S="$ROOT/examples/madani/statements"
  $ M="$ROOT/mappings"
  $ fundledger -f m.jsonl init --ledger-id madani --target 700000 > /dev/null
  $ fundledger -f m.jsonl import "$ROOT/examples/madani"
  imported 1390 event(s); head 71c50de6aa729c3e81be88ebf0a89583d3074c602ec5e118a7b701ca15ffa628

Before: CSO-3573 has Rp204.750.000 outstanding (AG-3573-04 tranches 2 and 3, due 2024-01-06
and 2024-05-02, so current on 2023-12-31); the IDR total is Rp643.350.000.

  $ fundledger -f m.jsonl report aging --as-of 2023-12-31 | grep -E '^(CSO-3573|Total +IDR)' | head -n 2
  CSO-3573  IDR       204,750,000.00  0.00   0.00            0.00            0.00  204,750,000.00      13,451.81        0.00         0.00         0.00           0.00          13,451.81
  Total     IDR       311,700,000.00  0.00   0.00  119,700,000.00  211,950,000.00  643,350,000.00      20,589.60        0.00         0.00     7,967.67      14,384.36          42,941.63

## Import

BRI CMS, 2020-01-02 to 2022-04-30: six rows, a statement event and six lines. The second
export (2022-04-01 to 2023-12-31) repeats the four April 2022 rows: only its one new line (and
the statement) is added. Importing the first again adds nothing.

  $ fundledger -f m.jsonl statement import "$S/bri-cms-3602-2020-01-02-2022-04-30.csv" --bank-account BA-3602-BRI --mapping "$M/bri-cms.json"
  statement ST-aa1c5a6733d40749: 7 new events (statement and lines), 0 already recorded; head 73ea950b3c8ea3a77560f3cf681d59f82e2e146b71f516b1c9f0a28e1a9bbee1
  $ fundledger -f m.jsonl statement import "$S/bri-cms-3602-2022-04-01-2023-12-31.csv" --bank-account BA-3602-BRI --mapping "$M/bri-cms.json"
  statement ST-b43633bd2d0b6732: 2 new events (statement and lines), 4 already recorded; head 49b50ca9abab565800e76e66ec4fff5a292b80dcffe71a230b5d5471f78dffcc
  $ fp=$(fingerprint m.jsonl)
  $ fundledger -f m.jsonl statement import "$S/bri-cms-3602-2020-01-02-2022-04-30.csv" --bank-account BA-3602-BRI --mapping "$M/bri-cms.json"
  statement ST-aa1c5a6733d40749: 0 new events (statement and lines), 7 already recorded
  $ test "$(fingerprint m.jsonl)" = "$fp" && echo unchanged
  unchanged

BNIDirect, two quarters' exports; KlikBCA, one file per month with movements (the PEND row of
December is kept apart).

  $ for f in "$S"/bni-3573-*.csv; do fundledger -f m.jsonl statement import "$f" --bank-account BA-3573-BNI --mapping "$S/bni-direct.json"; done
  statement ST-7206e57a51c042c1: 4 new events (statement and lines), 0 already recorded; head e7c15cfd08336699f04e8c1c19dd103b6d7bd97e1d803acdfab3c788bfabfbd0
  statement ST-bc96350b7eecb46f: 6 new events (statement and lines), 0 already recorded; head 63db6202b8b00a5349c91d20889e970fef911e0c01321b8c38d730b180f76d51
  $ for f in "$S"/klikbca-3273-*.csv; do fundledger -f m.jsonl statement import "$f" --bank-account BA-3273-BCA --mapping "$M/bca-klikbca.json"; done
  statement ST-1ed12ae333a99215: 2 new events (statement and lines), 0 already recorded; head 94b90a3780d2d23db5259e5e68ea9611fce0cf3be1bd8e0264db97cecd617de8
  statement ST-014ac9827fa40564: 2 new events (statement and lines), 0 already recorded; head 418b32c82bfedde65c7a37e0a2d8fb06a6578ba4606168163748262acd99ec46
  statement ST-3b04fa3a2cf48d86: 2 new events (statement and lines), 0 already recorded; head 36300c158707a76ac70378463c7e42d26d8948d2b66c340e13112d8a36ecdf11
  statement ST-c5b3845b8fed3d5f: 2 new events (statement and lines), 0 already recorded; head b51d8400c90e4d44d00af7ce627c6b799077b50b54eba625bda4c87702714a8a
  fundledger: warning: 1 pending row is kept apart until a statement shows it settled
  statement ST-7a0b3ec3339d9edf: 4 new events (statement and lines), 0 already recorded; head 907fa0256a4cc112fe62516153a0a2de556fecf5cb1de60ce460c00c6b8754df

A December export whose "Saldo Akhir" does not add up (Rp100.000 too much) is refused, naming
its trailer line, and nothing is written:

  $ sed 's/^Saldo Akhir,=,275994463.72/Saldo Akhir,=,276094463.72/' "$S/klikbca-3273-2023-12.csv" > klikbca-3273-2023-12-edited.csv
  $ fp=$(fingerprint m.jsonl)
  $ fundledger -f m.jsonl statement import klikbca-3273-2023-12-edited.csv --bank-account BA-3273-BCA --mapping "$M/bca-klikbca.json"
  klikbca-3273-2023-12-edited.csv:16:15: error: closing_balance: the closing balance is 276094463.72 but the opening balance 275825580.00 plus the settled rows' net 168883.72 gives 275994463.72: they differ by 100000.00
  [1]
  $ test "$(fingerprint m.jsonl)" = "$fp" && echo unchanged
  unchanged

The two honoraria the CSO paid in December 2023 (Rp3.000.000 each, a day apart) are recorded in
the ledger:

  $ fundledger -f m.jsonl post --id PAY-3573-2312-01 --date 2023-12-11 --description "Honor fasilitator Desember 2023: Siti Aminah" --posting "Assets:Bank:BNI-3573 -3000000 IDR cso=CSO-3573" --posting "Expenses:Programme:Honoraria 3000000 IDR cso=CSO-3573"
  posted as seq 1432; head 378d3045cec154fe7f91e57b80ee1e4d9d4da57ec8eacfb093b3d2fe3ba0adc3
  $ fundledger -f m.jsonl post --id PAY-3573-2312-02 --date 2023-12-12 --description "Honor fasilitator Desember 2023: Bambang Haryanto" --posting "Assets:Bank:BNI-3573 -3000000 IDR cso=CSO-3573" --posting "Expenses:Programme:Honoraria 3000000 IDR cso=CSO-3573"
  posted as seq 1433; head 34b2e9fade7899fc61b328b8c7a5ef071ff40fe9b0b88c471f0b4abe0ff7e937

## Proposals

Twelve exact: the eleven recorded receipts into these accounts (same net amount, their bank
reference in the text; RC-0103 is 4 days later in the bank, RC-0124 3 days) and the two RKUD
PROV JATIM transfers (Rp70.200.000 + Rp46.800.000 = Rp117.000.000, tranche 2 of AG-3573-04).
Four ambiguous: each honorarium line could be either payment. One for review: the second
Rp187.497.500 from YAY LEBAK SEJAHTERA, 18 days after the first, which AG-3602-02 had already
received in full (Rp187.500.000 less Rp2.500 charges).

  $ fundledger -f m.jsonl reconcile proposals
  proposals: 17
  exact: 12
  ambiguous: 4
  
  Match proposals
  Proposal        Status     Kind         Bank account  Date        Statement lines                          Target            Tranches  Currency          Amount        Expected  Deducted  Evidence
  -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  P-5f7e39f79859  exact      entry        BA-3273-BCA   2021-09-01  SL-fec7a478ec0ff136                      RC-0038                     IDR        38,500,000.00   38,500,000.00      0.00  amount; reference BCA21090126665700; date +0d
  P-df5ace26dd24  exact      entry        BA-3273-BCA   2022-11-23  SL-ecdec3567b7c8bde                      RC-0087                     IDR        44,299,920.00   44,299,920.00      0.00  amount; reference BCA22112399371243; date +0d
  P-c493fa58ac18  exact      entry        BA-3273-BCA   2023-05-02  SL-78c6ccc01d469b51                      RC-0103                     IDR       110,724,800.00  110,724,800.00      0.00  amount; reference BCA23042880617073; date +4d
  P-ed7cc12f4606  exact      entry        BA-3273-BCA   2023-08-08  SL-607c24817908d0a1                      RC-0118                     IDR        66,450,860.00   66,450,860.00      0.00  amount; reference BCA23080827827076; date +0d
  P-05156412fd22  exact      entry        BA-3573-BNI   2021-06-21  SL-730ea4b2fa4cc393                      RC-0029                     IDR        59,500,000.00   59,500,000.00      0.00  amount; reference BNI21062180665084; date +0d
  P-12c9bd3dbe1d  exact      entry        BA-3573-BNI   2022-02-21  SL-16e9d254b064fdda                      RC-0056                     IDR        57,997,500.00   57,997,500.00      0.00  amount; reference BNI22022122399754; date +0d
  P-7d6f1513b076  exact      entry        BA-3573-BNI   2022-06-13  SL-b0f99d76a39793c8                      RC-0070                     IDR        86,975,000.00   86,975,000.00      0.00  amount; reference BNI22061315460788; date +0d
  P-cca8735beb6e  exact      entry        BA-3573-BNI   2023-10-02  SL-02d6a583a420ee6f                      RC-0124                     IDR        87,750,000.00   87,750,000.00      0.00  amount; reference BNI23092999850593; date +3d
  P-661204e88e52  ambiguous  entry        BA-3573-BNI   2023-12-11  SL-c593c8721e2cf7a7                      PAY-3573-2312-02            IDR        -3,000,000.00   -3,000,000.00      0.00  amount; date -1d
  P-681204e4a8e1  ambiguous  entry        BA-3573-BNI   2023-12-11  SL-c593c8721e2cf7a7                      PAY-3573-2312-01            IDR        -3,000,000.00   -3,000,000.00      0.00  amount; date +0d
  P-a7b6f4e0f910  ambiguous  entry        BA-3573-BNI   2023-12-12  SL-bc58803e2ac9d33f                      PAY-3573-2312-01            IDR        -3,000,000.00   -3,000,000.00      0.00  amount; date +1d
  P-a9b6f4e950fb  ambiguous  entry        BA-3573-BNI   2023-12-12  SL-bc58803e2ac9d33f                      PAY-3573-2312-02            IDR        -3,000,000.00   -3,000,000.00      0.00  amount; date +0d
  P-38bf6b0aca82  exact      tranche      BA-3573-BNI   2023-12-22  SL-d1046a8b5d4f2580 SL-127180ba39ddf879  AG-3573-04        2         IDR       117,000,000.00  117,000,000.00      0.00  payer RKUD PROV JATIM; two transfers; amount; due 2024-01-06
  P-cdd3ba9e02e9  exact      entry        BA-3602-BRI   2021-05-07  SL-1d27710d21ddd4d7                      RC-0027                     IDR        37,393,500.00   37,393,500.00      0.00  amount; reference BRI21050742392721; date +0d
  P-39cd517a6333  exact      entry        BA-3602-BRI   2021-09-07  SL-e1e8b736c6124b0d                      RC-0039                     IDR        56,100,000.00   56,100,000.00      0.00  amount; reference BRI21090776057672; date +0d
  P-e408fe0747d6  exact      entry        BA-3602-BRI   2022-04-01  SL-ae50555a9aca6c55                      RC-0062                     IDR       187,497,500.00  187,497,500.00      0.00  amount; reference BRI22040197254438; date +0d
  P-029f7074310e  review     overpayment  BA-3602-BRI   2022-04-19  SL-564f0b62cca6e72e                      AG-3602-02                  IDR       187,497,500.00  187,497,500.00      0.00  payer YAY LEBAK SEJAHTERA; received in full already; amount of tranche 1
  
  Statement lines whose proposals compete
  Statement line       Date        Description                                              Competing proposals
  -----------------------------------------------------------------------------------------------------------------------------------------------------
  SL-bc58803e2ac9d33f  2023-12-12  TRANSFER KE BAMBANG HARYANTO HONOR FASILITATOR DES 2023  P-661204e88e52 P-681204e4a8e1 P-a7b6f4e0f910 P-a9b6f4e950fb
  SL-c593c8721e2cf7a7  2023-12-11  TRANSFER KE SITI AMINAH HONOR FASILITATOR DES 2023       P-661204e88e52 P-681204e4a8e1 P-a7b6f4e0f910 P-a9b6f4e950fb

  $ fundledger -f m.jsonl reconcile confirm --exact
  confirmed P-5f7e39f79859
  confirmed P-df5ace26dd24
  confirmed P-c493fa58ac18
  confirmed P-ed7cc12f4606
  confirmed P-05156412fd22
  confirmed P-12c9bd3dbe1d
  confirmed P-7d6f1513b076
  confirmed P-cca8735beb6e
  confirmed P-38bf6b0aca82
  confirmed P-cdd3ba9e02e9
  confirmed P-39cd517a6333
  confirmed P-e408fe0747d6
  confirm: 14 events appended; head b61e2903561d126a33a859d5a69d9a5af6ce2d9b2aef70b8e70a7d74d66d1064

Reject the two crossed pairings of the honoraria; the other two become exact.

  $ fundledger -f m.jsonl reconcile reject P-661204e88e52 P-a7b6f4e0f910
  rejected P-661204e88e52
  rejected P-a7b6f4e0f910
  reject: 2 events appended; head a3ccf4f6b57cd22f6ab95e4ff56710f78058a390f4605bc6aa7db9bb3c75ecfc

  $ fundledger -f m.jsonl reconcile proposals
  proposals: 3
  exact: 2
  ambiguous: 0
  
  Match proposals
  Proposal        Status  Kind         Bank account  Date        Statement lines      Target            Tranches  Currency          Amount        Expected  Deducted  Evidence
  --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  P-681204e4a8e1  exact   entry        BA-3573-BNI   2023-12-11  SL-c593c8721e2cf7a7  PAY-3573-2312-01            IDR        -3,000,000.00   -3,000,000.00      0.00  amount; date +0d
  P-a9b6f4e950fb  exact   entry        BA-3573-BNI   2023-12-12  SL-bc58803e2ac9d33f  PAY-3573-2312-02            IDR        -3,000,000.00   -3,000,000.00      0.00  amount; date +0d
  P-029f7074310e  review  overpayment  BA-3602-BRI   2022-04-19  SL-564f0b62cca6e72e  AG-3602-02                  IDR       187,497,500.00  187,497,500.00      0.00  payer YAY LEBAK SEJAHTERA; received in full already; amount of tranche 1
  
  Statement lines whose proposals compete
  Statement line  Date  Description  Competing proposals
  ------------------------------------------------------

  $ fundledger -f m.jsonl reconcile confirm --exact
  confirmed P-681204e4a8e1
  confirmed P-a9b6f4e950fb
  confirm: 2 events appended; head 02f81ec5de4cc854766505970b41889903336118e9bc320ff6e14ec6a774d74c

The double payment: confirmed by its id, it records a receipt wholly as over-payment; the CSO
returned it on 2022-04-25 (a refund from BA-3602-BRI), which the bank's debit of that day then
matches. The RTGS fee of that refund is classified below.

  $ fundledger -f m.jsonl reconcile confirm P-029f7074310e
  confirmed P-029f7074310e
  confirm: 2 events appended; head c45001134d6910e5157ddc6d98192f1c6cba5656395c91315ff29b11d981f774

  $ fundledger -f m.jsonl agreement change refund --id CH-3602-01 --agreement AG-3602-02 --date 2022-04-25 --amount 187497500 --bank-account BA-3602-BRI --note "Kelebihan transfer 19/04/2022 dikembalikan ke Yayasan Lebak Sejahtera"
  recorded; head 27794f74ebb30cfc983da65ba40465bec8a81afff54778ae3eb0ad31b216b8cd

  $ fundledger -f m.jsonl reconcile proposals
  proposals: 1
  exact: 1
  ambiguous: 0
  
  Match proposals
  Proposal        Status  Kind   Bank account  Date        Statement lines      Target      Tranches  Currency           Amount         Expected  Deducted  Evidence
  --------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  P-9642e41cfc61  exact   entry  BA-3602-BRI   2022-04-25  SL-6711d5709ff6c9f4  CH-3602-01            IDR       -187,497,500.00  -187,497,500.00      0.00  amount; date +0d
  
  Statement lines whose proposals compete
  Statement line  Date  Description  Competing proposals
  ------------------------------------------------------

  $ fundledger -f m.jsonl reconcile confirm --exact
  confirmed P-9642e41cfc61
  confirm: 1 event appended; head b3392def91333eb40fae9dcc2bb152945ce608b3905fef987dd40218963fa08b

  $ fundledger -f m.jsonl balance | grep -E 'Overpayments'
  Liabilities:Overpayments         IDR                    0.00

## Classify interest and charges

  $ fundledger -f m.jsonl reconcile statement --bank-account BA-3273-BCA --as-of 2023-12-31 | sed -n '/^In the bank, not recorded$/,/^Total/p'
  In the bank, not recorded
  Statement line       Date        Description  Currency      Amount
  ------------------------------------------------------------------
  SL-6ac048fea6e8f2d6  2023-12-31  PAJAK BUNGA  IDR       -45,970.93
  SL-6ec0e76aa31edd75  2023-12-31  BUNGA        IDR       229,854.65
  SL-75e28760554386af  2023-12-31  BIAYA ADM    IDR       -15,000.00
  ------------------------------------------------------------------
  Total                                         IDR       168,883.72

  $ fundledger -f m.jsonl reconcile classify SL-6ec0e76aa31edd75 --account Income:BankInterest
  classified SL-6ec0e76aa31edd75 as Income:BankInterest (CL-6ec0e76aa31edd75)
  classify: 1 event appended; head da9b2dd78066f447e7edd2029973743f2dfa95e30edefb91c8b7eedabc73ecef

  $ fundledger -f m.jsonl reconcile classify SL-6ac048fea6e8f2d6 --account Expenses:TaxOnInterest
  classified SL-6ac048fea6e8f2d6 as Expenses:TaxOnInterest (CL-6ac048fea6e8f2d6)
  classify: 1 event appended; head 81385049ee2522ee05d663dd31ab508d8394ad7b72b8c7865690e48bbeae9ef6

  $ fundledger -f m.jsonl reconcile classify SL-75e28760554386af --account Expenses:BankCharges
  classified SL-75e28760554386af as Expenses:BankCharges (CL-75e28760554386af)
  classify: 1 event appended; head c0b319b9aa5264a317b59305025ce57545e85b2fe94fcf502f6b28180643dae5

  $ fundledger -f m.jsonl reconcile classify SL-b3a18b899eef55d8 --account Expenses:BankCharges
  classified SL-b3a18b899eef55d8 as Expenses:BankCharges (CL-b3a18b899eef55d8)
  classify: 1 event appended; head d3de726b8b7705e2ae0581e663014ac08097dc07773995b6b2f324cf9cf746a3

## Reconciliation statements and closing

BA-3573-BNI as of 2023-09-30: the bank's balance is the Q3 export's closing balance,
36,550,000 + 59,500,000 + 57,997,500 + 86,975,000 = 241,022,500; the ledger has RC-0124
(87,750,000) on top, recorded but not in the bank until 2023-10-02: 328,772,500 - 87,750,000 =
241,022,500, nothing unexplained.

  $ fundledger -f m.jsonl reconcile statement --bank-account BA-3573-BNI --as-of 2023-09-30
  bank_account: BA-3573-BNI
  cso: CSO-3573
  as_of: 2023-09-30
  currency: IDR
  bank_balance: 241022500.00
  bank_balance_source: closing balance of statement ST-7206e57a51c042c1 (2023-09-30)
  ledger_balance: 328772500.00
  unexplained_difference: 0.00
  reconciled_through: 
  
  Reconciliation of BA-3573-BNI as of 2023-09-30
  Item                             Currency          Amount
  ---------------------------------------------------------
  Ledger balance                   IDR       328,772,500.00
  Add: in the bank, not recorded   IDR                 0.00
  Less: recorded, not in the bank  IDR       -87,750,000.00
  Unexplained difference           IDR                 0.00
  ---------------------------------------------------------
  Bank balance                     IDR       241,022,500.00
  
  In the bank, not recorded
  Statement line  Date  Description  Currency  Amount
  ---------------------------------------------------
  ---------------------------------------------------
  Total                              IDR         0.00
  
  Recorded, not in the bank
  Entry    Date        Description             Currency         Amount
  --------------------------------------------------------------------
  RC-0124  2023-09-29  Receipt for AG-3573-04  IDR       87,750,000.00
  --------------------------------------------------------------------
  Total                                        IDR       87,750,000.00

  $ fundledger -f m.jsonl reconcile close --bank-account BA-3573-BNI --as-of 2023-09-30
  reconciled BA-3573-BNI through 2023-09-30 (RECON-BA-3573-BNI-2023-09-30)
  close: 1 event appended; head 55c4c52230ef3cdf5cceb46f428aabc106175b13dc933016e985970f5085215b

As of 2023-12-31: 241,022,500 + 87,750,000 - 3,000,000 - 3,000,000 + 70,200,000 + 46,800,000
= 439,772,500 both sides.

  $ fundledger -f m.jsonl reconcile statement --bank-account BA-3573-BNI --as-of 2023-12-31 | sed -n '/^Reconciliation/,/^Bank balance/p'
  Reconciliation of BA-3573-BNI as of 2023-12-31
  Item                             Currency          Amount
  ---------------------------------------------------------
  Ledger balance                   IDR       439,772,500.00
  Add: in the bank, not recorded   IDR                 0.00
  Less: recorded, not in the bank  IDR                 0.00
  Unexplained difference           IDR                 0.00
  ---------------------------------------------------------
  Bank balance                     IDR       439,772,500.00

  $ fundledger -f m.jsonl reconcile close --bank-account BA-3573-BNI --as-of 2023-12-31
  reconciled BA-3573-BNI through 2023-12-31 (RECON-BA-3573-BNI-2023-12-31)
  close: 1 event appended; head f0aa17a3da1b5522975ccdde67c5b18fae9de05cb90356e4b6b72f577b178b87

BA-3602-BRI: ledger 14,300,000 + 37,393,500 + 56,100,000 + 187,497,500 + 187,497,500 -
187,497,500 - 25,000 = 295,266,000; the bank 302,766,000 (the last row's balance), the
difference the unexplained SKN credit of 7,500,000.

  $ fundledger -f m.jsonl reconcile statement --bank-account BA-3602-BRI --as-of 2023-12-31
  bank_account: BA-3602-BRI
  cso: CSO-3602
  as_of: 2023-12-31
  currency: IDR
  bank_balance: 302766000.00
  bank_balance_source: closing balance of statement ST-b43633bd2d0b6732 (2023-11-20)
  ledger_balance: 295266000.00
  unexplained_difference: 0.00
  reconciled_through: 
  
  Reconciliation of BA-3602-BRI as of 2023-12-31
  Item                             Currency          Amount
  ---------------------------------------------------------
  Ledger balance                   IDR       295,266,000.00
  Add: in the bank, not recorded   IDR         7,500,000.00
  Less: recorded, not in the bank  IDR                 0.00
  Unexplained difference           IDR                 0.00
  ---------------------------------------------------------
  Bank balance                     IDR       302,766,000.00
  
  In the bank, not recorded
  Statement line       Date        Description                                                            Currency        Amount
  ------------------------------------------------------------------------------------------------------------------------------
  SL-857aba2a1661a067  2023-11-20  SKN DR BANK BANTEN BPKAD KAB LEBAK BRI23112008811453 HONOR NARASUMBER  IDR       7,500,000.00
  ------------------------------------------------------------------------------------------------------------------------------
  Total                                                                                                   IDR       7,500,000.00
  
  Recorded, not in the bank
  Entry  Date  Description  Currency  Amount
  ------------------------------------------
  ------------------------------------------
  Total                     IDR         0.00

  $ fundledger -f m.jsonl reconcile close --bank-account BA-3602-BRI --as-of 2023-12-31
  reconciled BA-3602-BRI through 2023-12-31 (RECON-BA-3602-BRI-2023-12-31)
  close: 1 event appended; head 3d1c012a27a900ee4b351ac2128568c3b3de762828028a2ffc70e022bac6a88c

BA-3273-BCA: 15,850,000 + 38,500,000 + 44,299,920 + 110,724,800 + 66,450,860 + 229,854.65 -
45,970.93 - 15,000 = 275,994,463.72 both sides; the pending Rp4.500.000 is in neither.

  $ fundledger -f m.jsonl reconcile statement --bank-account BA-3273-BCA --as-of 2023-12-31 | sed -n '/^Reconciliation/,/^Bank balance/p'
  Reconciliation of BA-3273-BCA as of 2023-12-31
  Item                             Currency          Amount
  ---------------------------------------------------------
  Ledger balance                   IDR       275,994,463.72
  Add: in the bank, not recorded   IDR                 0.00
  Less: recorded, not in the bank  IDR                 0.00
  Unexplained difference           IDR                 0.00
  ---------------------------------------------------------
  Bank balance                     IDR       275,994,463.72

  $ fundledger -f m.jsonl reconcile close --bank-account BA-3273-BCA --as-of 2023-12-31
  reconciled BA-3273-BCA through 2023-12-31 (RECON-BA-3273-BCA-2023-12-31)
  close: 1 event appended; head 27fb161e2a29094802b74f086b21b6b307241dac51099ba49cf55270e25064cc

## After closing

A posting to a reconciled account dated in the closed period is refused, and so is a new
statement line dated in it; the journal is unchanged.

  $ fp=$(fingerprint m.jsonl)
  $ fundledger -f m.jsonl post --id ADJ-3602-01 --date 2023-12-15 --description "Biaya administrasi Desember" --posting "Assets:Bank:BRI-3602 -5500 IDR cso=CSO-3602" --posting "Expenses:BankCharges 5500 IDR cso=CSO-3602"
  error: posting_date: bank account BA-3602-BRI is reconciled through 2023-12-31; post this as an adjustment in the open period (a posting date after it)
  [1]
  $ printf '%s\n' "$(head -n 1 "$S/bri-cms-3602-2022-04-01-2023-12-31.csv")" '"1","858764759270446","2023-12-29 23:59:59","2023-12-29 23:59:59","235959","9210001","BIAYA ADM","302766000.00","5500.00",".00","302760500.00","Db","8888079","4","6670","","","",""' > bri-cms-3602-late.csv
  $ fundledger -f m.jsonl statement import bri-cms-3602-late.csv --bank-account BA-3602-BRI --mapping "$M/bri-cms.json"
  bri-cms-3602-late.csv:2: error: date: bank account BA-3602-BRI is reconciled through 2023-12-31; a new line dated on or before it would change a reconciled period
  [1]
  $ test "$(fingerprint m.jsonl)" = "$fp" && echo unchanged
  unchanged

## Follow-up

The SKN credit from BPKAD KAB LEBAK is 41 days old on 2023-12-31 and nobody has explained it:

  $ fundledger -f m.jsonl reconcile unmatched --older-than 30 --as-of 2023-12-31
  as_of: 2023-12-31
  older_than_days: 30
  
  Bank credits not matched, more than 30 days old
  Statement line       Bank account  CSO       Date        Days  Description                                                            Currency        Amount
  ------------------------------------------------------------------------------------------------------------------------------------------------------------
  SL-857aba2a1661a067  BA-3602-BRI   CSO-3602  2023-11-20  41    SKN DR BANK BANTEN BPKAD KAB LEBAK BRI23112008811453 HONOR NARASUMBER  IDR       7,500,000.00
  ------------------------------------------------------------------------------------------------------------------------------------------------------------
  Total                                                                                                                                 IDR       7,500,000.00

It was a speaker's fee. 2023 is closed, so it is booked in the open period:

  $ fundledger -f m.jsonl reconcile classify SL-857aba2a1661a067 --account Income:Honoraria
  error: posting_date: bank account BA-3602-BRI is reconciled through 2023-12-31; post this as an adjustment in the open period (a posting date after it)
  [1]
  $ fundledger -f m.jsonl reconcile classify SL-857aba2a1661a067 --account Income:Honoraria --posting-date 2024-01-02
  classified SL-857aba2a1661a067 as Income:Honoraria (CL-857aba2a1661a067)
  classify: 1 event appended; head d053beecb7d2c2cc55e7d4782110e96838507251ada7cc28b64a5eddd0685958

`reconcile unmatched` agrees with the reconciliation statement: as of 2023-12-31 the credit is
still unexplained (its classification is posted later); as of 2024-01-02 it is not.

  $ fundledger -f m.jsonl reconcile unmatched --older-than 30 --as-of 2023-12-31 --format csv | grep -c '^line,SL-857aba2a1661a067,'
  1
  $ fundledger -f m.jsonl reconcile unmatched --older-than 30 --as-of 2024-01-02 --format csv | grep -c '^line,'
  0
  [1]

As of 2023-12-31 it stays a reconciling item (its classification is posted on 2024-01-02);
from 2024-01-02 the ledger has it, and the balances agree with nothing in between:

  $ fundledger -f m.jsonl reconcile statement --bank-account BA-3602-BRI --as-of 2023-12-31 | grep -E '^(Ledger balance|Add: in the bank, not recorded|Less: recorded, not in the bank|Unexplained difference|Bank balance) '
  Ledger balance                   IDR       295,266,000.00
  Add: in the bank, not recorded   IDR         7,500,000.00
  Less: recorded, not in the bank  IDR                 0.00
  Unexplained difference           IDR                 0.00
  Bank balance                     IDR       302,766,000.00

  $ fundledger -f m.jsonl reconcile statement --bank-account BA-3602-BRI --as-of 2024-01-02 | grep -E '^(Ledger balance|Add: in the bank, not recorded|Less: recorded, not in the bank|Unexplained difference|Bank balance) '
  Ledger balance                   IDR       302,766,000.00
  Add: in the bank, not recorded   IDR                 0.00
  Less: recorded, not in the bank  IDR                 0.00
  Unexplained difference           IDR                 0.00
  Bank balance                     IDR       302,766,000.00

After: tranche 2 of AG-3573-04 is paid, so CSO-3573 has Rp87.750.000 outstanding (tranche 3,
USD 5,765.06 at the signing rate 15,221) and the IDR total falls by Rp117.000.000 to
Rp526.350.000.

  $ fundledger -f m.jsonl report aging --as-of 2023-12-31 | grep -E '^(CSO-3573|Total +IDR)' | head -n 2
  CSO-3573  IDR        87,750,000.00  0.00   0.00            0.00            0.00   87,750,000.00       5,765.06        0.00         0.00         0.00           0.00           5,765.06
  Total     IDR       194,700,000.00  0.00   0.00  119,700,000.00  211,950,000.00  526,350,000.00      12,902.85        0.00         0.00     7,967.67      14,384.36          35,254.88

  $ fundledger -f m.jsonl verify | head -n 1
  ok: 1454 events in 1469 lines; hash chain intact

The independent verifier (tools/verify_journal.py, no shared code) replays the whole journal,
reconciliation events included, and gets the same bank balances:

  $ "$PYTHON" "$ROOT/tools/verify_journal.py" m.jsonl | "$PYTHON" -c 'import json, sys; d = json.load(sys.stdin); print(d["ok"], d["events"]); [print(b["account"], b["amount"]) for b in d["balances"] if b["account"] in ("Assets:Bank:BRI-3602", "Assets:Bank:BNI-3573", "Assets:Bank:BCA-3273", "Liabilities:Overpayments")]'
  True 1454
  Assets:Bank:BCA-3273 275994463.72
  Assets:Bank:BNI-3573 439772500.00
  Assets:Bank:BRI-3602 302766000.00
  Liabilities:Overpayments 0.00
