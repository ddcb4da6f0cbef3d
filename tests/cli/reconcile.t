Bank reconciliation on the reference example, end to end: the walkthrough of
examples/madani/README.md ("Reconciling the bank statements") on a journal built from
examples/madani and the statement exports in examples/madani/statements/:

- BA-3602-BRI (CSO-3602, BRI CMS): two exports whose periods overlap (April 2022); a real double
- BA-3573-BNI (CSO-3573, BNIDirect, read through examples/madani/statements/bni-direct.json):
- BA-3273-BCA (CSO-3273, KlikBCA, one file per month with movements): receipts net of tax

  $ . "$TESTDIR/setup.sh"; hide_hashes
  $ S="$ROOT/examples/madani/statements"
  $ M="$ROOT/mappings"
  $ fundledger -f m.jsonl init --ledger-id madani --target 700000 > /dev/null
  $ fundledger -f m.jsonl import "$ROOT/examples/madani"
  imported 1390 event(s); head <hash>
    agreement: 85, valued at 797,401.88 USD
    bank-account: 38
    change: 9
    party: 110
    rate: 1022
    receipt: 126, valued at 704,426.36 USD

Before: CSO-3573 has Rp204.750.000 outstanding (AG-3573-04 tranches 2 and 3, due 2024-01-06
and 2024-05-02, so current on 2023-12-31); the IDR total is Rp643.350.000.

  $ fundledger -f m.jsonl report aging --as-of 2023-12-31 | grep -E '^(CSO-3573|Total +IDR)' | head -n 2
  CSO-3573  IDR       204,750,000.00  0.00   0.00            0.00            0.00  204,750,000.00      13,451.81        0.00         0.00         0.00           0.00          13,451.81
  Total     IDR       311,700,000.00  0.00   0.00  119,700,000.00  211,950,000.00  643,350,000.00      20,589.60        0.00         0.00     7,967.67      14,384.36          42,941.63

## Import

BRI CMS, 2020-01-02 to 2022-04-30: six rows, a statement event and six lines. The second
export (2022-04-01 to 2023-12-31) repeats the four April 2022 rows: only its one new line (and
the statement) is added. Importing the first again adds nothing.

  $ fundledger -f m.jsonl statement import "$S/bri-cms-3602-2020-01-02-2022-04-30.csv" --bank-account BA-3602-BRI --mapping "$M/bri-cms.json" --from 2020-01-02 --to 2022-04-30
  statement ST-aa1c5a6733d40749: 7 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-aa1c5a6733d40749 on 2022-04-30: BRI CMS CSV statement 2020-01-02 to 2022-04-30
    BA-3602-BRI 2020-01-02 to 2022-04-30, 6 line(s)
  head <hash>
  $ fundledger -f m.jsonl statement import "$S/bri-cms-3602-2022-04-01-2023-12-31.csv" --bank-account BA-3602-BRI --mapping "$M/bri-cms.json" --from 2022-04-01 --to 2023-12-31
  statement ST-b43633bd2d0b6732: 2 new events (statement and lines), 4 already recorded; head <hash>
  booked statement ST-b43633bd2d0b6732 on 2023-12-31: BRI CMS CSV statement 2022-04-01 to 2023-12-31
    BA-3602-BRI 2022-04-01 to 2023-12-31, 5 line(s)
  head <hash>
  $ fp=$(fingerprint m.jsonl)
  $ fundledger -f m.jsonl statement import "$S/bri-cms-3602-2020-01-02-2022-04-30.csv" --bank-account BA-3602-BRI --mapping "$M/bri-cms.json" --from 2020-01-02 --to 2022-04-30
  statement ST-aa1c5a6733d40749: 0 new events (statement and lines), 7 already recorded
  $ test "$(fingerprint m.jsonl)" = "$fp" && echo unchanged
  unchanged

BNIDirect, two quarters' exports; KlikBCA, one file per month with movements (the PEND row of
December is kept apart).

  $ for f in "$S"/bni-3573-*.csv; do fundledger -f m.jsonl statement import "$f" --bank-account BA-3573-BNI --mapping "$S/bni-direct.json"; done
  statement ST-7206e57a51c042c1: 4 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-7206e57a51c042c1 on 2023-09-30: BNIDirect account statement CSV statement 2020-01-02 to 2023-09-30
    BA-3573-BNI 2020-01-02 to 2023-09-30, 3 line(s)
  head <hash>
  statement ST-bc96350b7eecb46f: 6 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-bc96350b7eecb46f on 2023-12-31: BNIDirect account statement CSV statement 2023-10-01 to 2023-12-31
    BA-3573-BNI 2023-10-01 to 2023-12-31, 5 line(s)
  head <hash>
  $ for f in "$S"/klikbca-3273-*.csv; do fundledger -f m.jsonl statement import "$f" --bank-account BA-3273-BCA --mapping "$M/bca-klikbca.json"; done
  statement ST-1ed12ae333a99215: 2 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-1ed12ae333a99215 on 2021-09-30: BCA KlikBCA CSV statement 2021-09-01 to 2021-09-30
    BA-3273-BCA 2021-09-01 to 2021-09-30, 1 line(s)
  head <hash>
  statement ST-014ac9827fa40564: 2 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-014ac9827fa40564 on 2022-11-30: BCA KlikBCA CSV statement 2022-11-01 to 2022-11-30
    BA-3273-BCA 2022-11-01 to 2022-11-30, 1 line(s)
  head <hash>
  statement ST-3b04fa3a2cf48d86: 2 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-3b04fa3a2cf48d86 on 2023-05-31: BCA KlikBCA CSV statement 2023-05-01 to 2023-05-31
    BA-3273-BCA 2023-05-01 to 2023-05-31, 1 line(s)
  head <hash>
  statement ST-c5b3845b8fed3d5f: 2 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-c5b3845b8fed3d5f on 2023-08-31: BCA KlikBCA CSV statement 2023-08-01 to 2023-08-31
    BA-3273-BCA 2023-08-01 to 2023-08-31, 1 line(s)
  head <hash>
  fundledger: warning: 1 pending row is kept apart until a statement shows it settled
  statement ST-7a0b3ec3339d9edf: 4 new events (statement and lines), 0 already recorded; head <hash>
  booked statement ST-7a0b3ec3339d9edf on 2023-12-31: BCA KlikBCA CSV statement 2023-12-01 to 2023-12-31
    BA-3273-BCA 2023-12-01 to 2023-12-31, 3 line(s)
  head <hash>

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
  booked txn PAY-3573-2312-01 on 2023-12-11: Honor fasilitator Desember 2023: Siti Aminah
    postings:
      Assets:Bank:BNI-3573               -3,000,000.00 IDR
      Expenses:Programme:Honoraria        3,000,000.00 IDR
  posted as seq 1432; head <hash>
  $ fundledger -f m.jsonl post --id PAY-3573-2312-02 --date 2023-12-12 --description "Honor fasilitator Desember 2023: Bambang Haryanto" --posting "Assets:Bank:BNI-3573 -3000000 IDR cso=CSO-3573" --posting "Expenses:Programme:Honoraria 3000000 IDR cso=CSO-3573"
  booked txn PAY-3573-2312-02 on 2023-12-12: Honor fasilitator Desember 2023: Bambang Haryanto
    postings:
      Assets:Bank:BNI-3573               -3,000,000.00 IDR
      Expenses:Programme:Honoraria        3,000,000.00 IDR
  posted as seq 1433; head <hash>

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
  P-772626274472  exact      entry        BA-3602-BRI   2021-05-07  SL-c622a82f94721fea                      RC-0027                     IDR        37,393,500.00   37,393,500.00      0.00  amount; reference BRI21050742392721; date +0d
  P-650d03f4be72  exact      entry        BA-3602-BRI   2021-09-07  SL-8e781f2ca8dadfce                      RC-0039                     IDR        56,100,000.00   56,100,000.00      0.00  amount; reference BRI21090776057672; date +0d
  P-32c58b15e45a  exact      entry        BA-3602-BRI   2022-04-01  SL-1ba2f18e7f6368bd                      RC-0062                     IDR       187,497,500.00  187,497,500.00      0.00  amount; reference BRI22040197254438; date +0d
  P-1011365cfb5a  review     overpayment  BA-3602-BRI   2022-04-19  SL-bbef8ff1b4605e32                      AG-3602-02                  IDR       187,497,500.00  187,497,500.00      0.00  payer YAY LEBAK SEJAHTERA; received in full already; amount of tranche 1
  
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
  confirmed P-772626274472
  confirmed P-650d03f4be72
  confirmed P-32c58b15e45a
  booked match M-8b1add083ff0fbd6 on 2021-09-01: Proposal P-5f7e39f79859: entry RC-0038
    1 line(s) with 1 entry
  booked match M-2b788f93516811aa on 2022-11-23: Proposal P-df5ace26dd24: entry RC-0087
    1 line(s) with 1 entry
  booked match M-b0af1f3b131b1acc on 2023-05-02: Proposal P-c493fa58ac18: entry RC-0103
    1 line(s) with 1 entry
  booked match M-56095b4d8206486a on 2023-08-08: Proposal P-ed7cc12f4606: entry RC-0118
    1 line(s) with 1 entry
  booked match M-070a135c54fc53a9 on 2021-06-21: Proposal P-05156412fd22: entry RC-0029
    1 line(s) with 1 entry
  booked match M-bc9d56724c3d8959 on 2022-02-21: Proposal P-12c9bd3dbe1d: entry RC-0056
    1 line(s) with 1 entry
  booked match M-87495762e635572d on 2022-06-13: Proposal P-7d6f1513b076: entry RC-0070
    1 line(s) with 1 entry
  booked match M-689ea0b2e8cf6f25 on 2023-10-02: Proposal P-cca8735beb6e: entry RC-0124
    1 line(s) with 1 entry
  booked receipt RC-d1046a8b5d4f2580 on 2023-12-20: Receipt for AG-3573-04 from statement line SL-d1046a8b5d4f2580
    for AG-3573-04: gross 70,200,000.00 IDR, into BA-3573-BNI
    valued at 15,501 IDR per USD (RATE-USD-IDR-2023-12-20, JISDOR of 2023-12-20): 4,528.74 USD
      tranche 2  70,200,000.00 IDR
    postings:
      Assets:Bank:BNI-3573               70,200,000.00 IDR
      Assets:Receivable:Agreements      -70,200,000.00 IDR
  booked receipt RC-127180ba39ddf879 on 2023-12-22: Receipt for AG-3573-04 from statement line SL-127180ba39ddf879
    for AG-3573-04: gross 46,800,000.00 IDR, into BA-3573-BNI
    valued at 15,468 IDR per USD (RATE-USD-IDR-2023-12-22, JISDOR of 2023-12-22): 3,025.60 USD
      tranche 2  46,800,000.00 IDR
    postings:
      Assets:Bank:BNI-3573               46,800,000.00 IDR
      Assets:Receivable:Agreements      -46,800,000.00 IDR
  booked match M-00a2c7ddb21edc0b on 2023-12-22: Proposal P-38bf6b0aca82: tranche AG-3573-04
    2 line(s) with 2 entries
  booked match M-fbe01682a60c6c6f on 2021-05-07: Proposal P-772626274472: entry RC-0027
    1 line(s) with 1 entry
  booked match M-829ad89f1bf999b3 on 2021-09-07: Proposal P-650d03f4be72: entry RC-0039
    1 line(s) with 1 entry
  booked match M-68bc41d9b5eba43f on 2022-04-01: Proposal P-32c58b15e45a: entry RC-0062
    1 line(s) with 1 entry
  head <hash>
  confirm: 14 events appended; head <hash>

Reject the two crossed pairings of the honoraria; the other two become exact.

  $ fundledger -f m.jsonl reconcile reject P-661204e88e52 P-a7b6f4e0f910
  rejected P-661204e88e52
  rejected P-a7b6f4e0f910
  booked reject RJ-661204e88e52 on 2023-12-11: Rejected entry PAY-3573-2312-02
    proposal P-661204e88e52 rejected
  booked reject RJ-a7b6f4e0f910 on 2023-12-12: Rejected entry PAY-3573-2312-01
    proposal P-a7b6f4e0f910 rejected
  head <hash>
  reject: 2 events appended; head <hash>

  $ fundledger -f m.jsonl reconcile proposals
  proposals: 3
  exact: 2
  ambiguous: 0
  
  Match proposals
  Proposal        Status  Kind         Bank account  Date        Statement lines      Target            Tranches  Currency          Amount        Expected  Deducted  Evidence
  --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  P-681204e4a8e1  exact   entry        BA-3573-BNI   2023-12-11  SL-c593c8721e2cf7a7  PAY-3573-2312-01            IDR        -3,000,000.00   -3,000,000.00      0.00  amount; date +0d
  P-a9b6f4e950fb  exact   entry        BA-3573-BNI   2023-12-12  SL-bc58803e2ac9d33f  PAY-3573-2312-02            IDR        -3,000,000.00   -3,000,000.00      0.00  amount; date +0d
  P-1011365cfb5a  review  overpayment  BA-3602-BRI   2022-04-19  SL-bbef8ff1b4605e32  AG-3602-02                  IDR       187,497,500.00  187,497,500.00      0.00  payer YAY LEBAK SEJAHTERA; received in full already; amount of tranche 1
  
  Statement lines whose proposals compete
  Statement line  Date  Description  Competing proposals
  ------------------------------------------------------

  $ fundledger -f m.jsonl reconcile confirm --exact
  confirmed P-681204e4a8e1
  confirmed P-a9b6f4e950fb
  booked match M-be92d2ec3ee6481f on 2023-12-11: Proposal P-681204e4a8e1: entry PAY-3573-2312-01
    1 line(s) with 1 entry
  booked match M-679e11b9736f79d9 on 2023-12-12: Proposal P-a9b6f4e950fb: entry PAY-3573-2312-02
    1 line(s) with 1 entry
  head <hash>
  confirm: 2 events appended; head <hash>

The double payment: confirmed by its id, it records a receipt wholly as over-payment; the CSO
returned it on 2022-04-25 (a refund from BA-3602-BRI), which the bank's debit of that day then
matches. The RTGS fee of that refund is classified below.

  $ fundledger -f m.jsonl reconcile confirm P-1011365cfb5a
  confirmed P-1011365cfb5a
  booked receipt RC-bbef8ff1b4605e32 on 2022-04-19: Receipt for AG-3602-02 from statement line SL-bbef8ff1b4605e32
    for AG-3602-02: gross 187,497,500.00 IDR, into BA-3602-BRI
    valued at 14,418 IDR per USD (RATE-USD-IDR-2022-04-19, JISDOR of 2022-04-19): 13,004.40 USD
      over-payment  187,497,500.00 IDR
    postings:
      Assets:Bank:BRI-3602          187,497,500.00 IDR
      Liabilities:Overpayments     -187,497,500.00 IDR
  booked match M-379d6bba507d7463 on 2022-04-19: Proposal P-1011365cfb5a: overpayment AG-3602-02
    1 line(s) with 1 entry
  head <hash>
  confirm: 2 events appended; head <hash>

  $ fundledger -f m.jsonl agreement change refund --id CH-3602-01 --agreement AG-3602-02 --date 2022-04-25 --amount 187497500 --bank-account BA-3602-BRI --note "Kelebihan transfer 19/04/2022 dikembalikan ke Yayasan Lebak Sejahtera"
  booked change CH-3602-01 on 2022-04-25: Kelebihan transfer 19/04/2022 dikembalikan ke Yayasan Lebak Sejahtera
    refund of AG-3602-02: 187,497,500.00 IDR
    valued at 14,413 IDR per USD (RATE-USD-IDR-2022-04-25, JISDOR of 2022-04-25): 13,008.92 USD
    postings:
      Liabilities:Overpayments      187,497,500.00 IDR
      Assets:Bank:BRI-3602         -187,497,500.00 IDR
  head <hash>

  $ fundledger -f m.jsonl reconcile proposals
  proposals: 1
  exact: 1
  ambiguous: 0
  
  Match proposals
  Proposal        Status  Kind   Bank account  Date        Statement lines      Target      Tranches  Currency           Amount         Expected  Deducted  Evidence
  --------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  P-90439626a450  exact   entry  BA-3602-BRI   2022-04-25  SL-c43a334ef8bd6dc4  CH-3602-01            IDR       -187,497,500.00  -187,497,500.00      0.00  amount; date +0d
  
  Statement lines whose proposals compete
  Statement line  Date  Description  Competing proposals
  ------------------------------------------------------

  $ fundledger -f m.jsonl reconcile confirm --exact
  confirmed P-90439626a450
  booked match M-37bdc2923a34d8c9 on 2022-04-25: Proposal P-90439626a450: entry CH-3602-01
    1 line(s) with 1 entry
  head <hash>
  confirm: 1 event appended; head <hash>

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
  booked classify CL-6ec0e76aa31edd75 on 2023-12-31: BUNGA
    SL-6ec0e76aa31edd75 to Income:BankInterest
    postings:
      Assets:Bank:BCA-3273          229,854.65 IDR
      Income:BankInterest          -229,854.65 IDR
  head <hash>
  classify: 1 event appended; head <hash>

  $ fundledger -f m.jsonl reconcile classify SL-6ac048fea6e8f2d6 --account Expenses:TaxOnInterest
  classified SL-6ac048fea6e8f2d6 as Expenses:TaxOnInterest (CL-6ac048fea6e8f2d6)
  booked classify CL-6ac048fea6e8f2d6 on 2023-12-31: PAJAK BUNGA
    SL-6ac048fea6e8f2d6 to Expenses:TaxOnInterest
    postings:
      Assets:Bank:BCA-3273            -45,970.93 IDR
      Expenses:TaxOnInterest           45,970.93 IDR
  head <hash>
  classify: 1 event appended; head <hash>

  $ fundledger -f m.jsonl reconcile classify SL-75e28760554386af --account Expenses:BankCharges
  classified SL-75e28760554386af as Expenses:BankCharges (CL-75e28760554386af)
  booked classify CL-75e28760554386af on 2023-12-31: BIAYA ADM
    SL-75e28760554386af to Expenses:BankCharges
    postings:
      Assets:Bank:BCA-3273          -15,000.00 IDR
      Expenses:BankCharges           15,000.00 IDR
  head <hash>
  classify: 1 event appended; head <hash>

  $ fundledger -f m.jsonl reconcile classify SL-3b47b8d98b55e765 --account Expenses:BankCharges
  classified SL-3b47b8d98b55e765 as Expenses:BankCharges (CL-3b47b8d98b55e765)
  booked classify CL-3b47b8d98b55e765 on 2022-04-25: BIAYA RTGS CMS
    SL-3b47b8d98b55e765 to Expenses:BankCharges
    postings:
      Assets:Bank:BRI-3602          -25,000.00 IDR
      Expenses:BankCharges           25,000.00 IDR
  head <hash>
  classify: 1 event appended; head <hash>

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
  booked reconcile RECON-BA-3573-BNI-2023-09-30 on 2023-09-30: Reconciled BA-3573-BNI as of 2023-09-30
    BA-3573-BNI: bank 241,022,500.00 IDR = ledger 328,772,500.00 IDR + in bank, not recorded 0.00 IDR - recorded, not in bank 87,750,000.00 IDR
  head <hash>
  close: 1 event appended; head <hash>

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
  booked reconcile RECON-BA-3573-BNI-2023-12-31 on 2023-12-31: Reconciled BA-3573-BNI as of 2023-12-31
    BA-3573-BNI: bank 439,772,500.00 IDR = ledger 439,772,500.00 IDR + in bank, not recorded 0.00 IDR - recorded, not in bank 0.00 IDR
  head <hash>
  close: 1 event appended; head <hash>

BA-3602-BRI: ledger 14,300,000 + 37,393,500 + 56,100,000 + 187,497,500 + 187,497,500 -
187,497,500 - 25,000 = 295,266,000; the bank 302,766,000 (the last row's balance), the
difference the unexplained SKN credit of 7,500,000.

  $ fundledger -f m.jsonl reconcile statement --bank-account BA-3602-BRI --as-of 2023-12-31
  bank_account: BA-3602-BRI
  cso: CSO-3602
  as_of: 2023-12-31
  currency: IDR
  bank_balance: 302766000.00
  bank_balance_source: closing balance of statement ST-b43633bd2d0b6732 (2023-12-31)
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
  SL-95c994edb15e35a2  2023-11-20  SKN DR BANK BANTEN BPKAD KAB LEBAK BRI23112008811453 HONOR NARASUMBER  IDR       7,500,000.00
  ------------------------------------------------------------------------------------------------------------------------------
  Total                                                                                                   IDR       7,500,000.00
  
  Recorded, not in the bank
  Entry  Date  Description  Currency  Amount
  ------------------------------------------
  ------------------------------------------
  Total                     IDR         0.00

  $ fundledger -f m.jsonl reconcile close --bank-account BA-3602-BRI --as-of 2023-12-31
  reconciled BA-3602-BRI through 2023-12-31 (RECON-BA-3602-BRI-2023-12-31)
  booked reconcile RECON-BA-3602-BRI-2023-12-31 on 2023-12-31: Reconciled BA-3602-BRI as of 2023-12-31
    BA-3602-BRI: bank 302,766,000.00 IDR = ledger 295,266,000.00 IDR + in bank, not recorded 7,500,000.00 IDR - recorded, not in bank 0.00 IDR
  head <hash>
  close: 1 event appended; head <hash>

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
  booked reconcile RECON-BA-3273-BCA-2023-12-31 on 2023-12-31: Reconciled BA-3273-BCA as of 2023-12-31
    BA-3273-BCA: bank 275,994,463.72 IDR = ledger 275,994,463.72 IDR + in bank, not recorded 0.00 IDR - recorded, not in bank 0.00 IDR
  head <hash>
  close: 1 event appended; head <hash>

## After closing

A posting to a reconciled account dated in the closed period is refused, and so is a new
statement line dated in it; the journal is unchanged.

  $ fp=$(fingerprint m.jsonl)
  $ fundledger -f m.jsonl post --id ADJ-3602-01 --date 2023-12-15 --description "Biaya administrasi Desember" --posting "Assets:Bank:BRI-3602 -5500 IDR cso=CSO-3602" --posting "Expenses:BankCharges 5500 IDR cso=CSO-3602"
  error: posting_date: bank account BA-3602-BRI is reconciled through 2023-12-31; post this as an adjustment in the open period (a posting date after it)
  [1]
  $ printf '%s\n' "$(head -n 1 "$S/bri-cms-3602-2022-04-01-2023-12-31.csv")" '"1","858764759270446","2023-12-29 23:59:59","2023-12-29 23:59:59","235959","9210001","BIAYA ADM","302766000.00","5500.00",".00","302760500.00","Db","8888079","4","6670","","","",""' > bri-cms-3602-late.csv
  $ fundledger -f m.jsonl statement import bri-cms-3602-late.csv --bank-account BA-3602-BRI --mapping "$M/bri-cms.json"
  bri-cms-3602-late.csv: error: the statement ends on 2023-12-29, inside the period bank account BA-3602-BRI is reconciled through (2023-12-31); it would change what was reconciled
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
  SL-95c994edb15e35a2  BA-3602-BRI   CSO-3602  2023-11-20  41    SKN DR BANK BANTEN BPKAD KAB LEBAK BRI23112008811453 HONOR NARASUMBER  IDR       7,500,000.00
  ------------------------------------------------------------------------------------------------------------------------------------------------------------
  Total                                                                                                                                 IDR       7,500,000.00

It was a speaker's fee. 2023 is closed, so it is booked in the open period:

  $ fundledger -f m.jsonl reconcile classify SL-95c994edb15e35a2 --account Income:Honoraria
  error: posting_date: bank account BA-3602-BRI is reconciled through 2023-12-31; post this as an adjustment in the open period (a posting date after it)
  [1]
  $ fundledger -f m.jsonl reconcile classify SL-95c994edb15e35a2 --account Income:Honoraria --posting-date 2024-01-02
  classified SL-95c994edb15e35a2 as Income:Honoraria (CL-95c994edb15e35a2)
  booked classify CL-95c994edb15e35a2 on 2023-11-20 (posted 2024-01-02): SKN DR BANK BANTEN BPKAD KAB LEBAK BRI23112008811453 HONOR NARASUMBER
    SL-95c994edb15e35a2 to Income:Honoraria
    postings:
      Assets:Bank:BRI-3602        7,500,000.00 IDR
      Income:Honoraria           -7,500,000.00 IDR
  head <hash>
  classify: 1 event appended; head <hash>

`reconcile unmatched` agrees with the reconciliation statement: as of 2023-12-31 the credit is
still unexplained (its classification is posted later); as of 2024-01-02 it is not.

  $ fundledger -f m.jsonl reconcile unmatched --older-than 30 --as-of 2023-12-31 --format csv | grep -c '^line,SL-95c994edb15e35a2,'
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
