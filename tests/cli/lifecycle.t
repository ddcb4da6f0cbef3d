Every lifecycle event of an agreement, recorded with single-record commands, and the inputs
refused on the way (each leaves the journal unchanged).

  $ . "$TESTDIR/setup.sh"
  $ fundledger -f j.jsonl init --ledger-id life --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-7371 --kind cso --name "Perkumpulan Warga Makassar" --district "Kota Makassar" --province "Sulawesi Selatan" --region-code 73.71
  recorded; head ba094f959cae002577ab41a31aa3157cf4138da72afff96d19479569bf1d3c5a
  $ fundledger -f j.jsonl party add --id BAZNAS-MKS --kind philanthropy --name "BAZNAS Kota Makassar" --level zakat --alias "BAZNAS KOTA MAKASSAR"
  recorded; head e8d04ac4e84104496fdf9b956ce884672036043ba4d3c6389fdb4b6bcc6d88a7
  $ fundledger -f j.jsonl party add --id SEMEN-TONASA --kind company --name "PT Semen Tonasa" --level state-owned
  recorded; head 9e2da241ed36c8f8827aef1015ae7740b743797e0dc421dfacac11b4bb7a4433
  $ fundledger -f j.jsonl bank-account open --id BA-1 --cso CSO-7371 --bank "Bank Sulselbar" --number 0012 --currency IDR --account Assets:Bank:SULSELBAR-7371 --opened 2022-01-03 --opening-balance 5000000
  recorded; head 5507f399c81ed4a2db87018e2d50dc272b3c9d0b68858ab3406185731926d0b0
  $ fundledger -f j.jsonl rate add --date 2022-01-03 --base USD --quote IDR --value 14270 --source JISDOR
  recorded; head fce0b438198b2243e7d3e8bd28490645f5520eacd33c0fa84932cc4fe3967d8c
  $ fundledger -f j.jsonl rate add --date 2022-07-01 --base USD --quote IDR --value 14956 --source JISDOR
  recorded; head 78223be1dc899fd7f6bcc74b227c47158d7470db3f02114d713544963ead145d

A conditional grant: cash before the condition is met is a refundable advance.

  $ fundledger -f j.jsonl agreement sign --id AG-1 --cso CSO-7371 --counterparty BAZNAS-MKS --signed 2022-01-05 --currency IDR --amount 100000000 --conditional yes --condition "Laporan kegiatan tahap 1 diterima" --tranche "1 2022-02-01 40000000" --tranche "2 2022-08-01 60000000"
  recorded; head c64f18f91285ad231207ab6f212e1f3c70a943ad369dfd8b079bbf2c877399a7
  $ fundledger -f j.jsonl receipt record --id RC-1 --cso CSO-7371 --agreement AG-1 --date 2022-01-07 --gross 40000000 --bank-charges 6500 --bank-account BA-1
  recorded; head 15c3d0306cd8960ea12ab182081761ce787a6fbfd19968ce87924521d70514a8
  $ fundledger -f j.jsonl balance --format csv | grep -E 'Refundable|Receivable|Mobilised:' | tr -d '\r'
  line,Liabilities:RefundableAdvances,IDR,-40000000.00
  $ fundledger -f j.jsonl agreement change condition-met --id CH-1 --agreement AG-1 --date 2022-01-10
  recorded; head 9adc2befe1f958975a0086bee3d9b947840f1517469a418649bd81de4c6e75b6
  $ fundledger -f j.jsonl balance --format csv | grep -E 'Refundable|Receivable:|Mobilised:' | tr -d '\r'
  line,Assets:Receivable:Agreements,IDR,60000000.00
  line,Income:Mobilised:Philanthropy,IDR,-100000000.00
  line,Liabilities:RefundableAdvances,IDR,0.00

An amendment, then a receipt that pays more than is outstanding: the excess is an over-payment,
refunded later.

  $ fundledger -f j.jsonl agreement change amend --id CH-2 --agreement AG-1 --date 2022-07-04 --amount 20000000 --tranche 2
  recorded; head b9b75f6d38b555288a9a572cf9269a6d6aa7a29f9f0e51492efdff461ebb066f
  $ fundledger -f j.jsonl receipt record --id RC-2 --cso CSO-7371 --agreement AG-1 --date 2022-07-05 --gross 85000000 --bank-account BA-1
  recorded; head 927827b8c5d0f6a5b91b20a137e9580b907eaf42458baabf5d1a85273e0c4e1c
  $ fundledger -f j.jsonl agreement change refund --id CH-3 --agreement AG-1 --date 2022-07-06 --amount 5000000 --bank-account BA-1 --note "Kelebihan transfer"
  recorded; head 81056689d743e49b9afa79c9c13b188afd630fd7cd00b8a4841219f948c5949e
  $ fundledger -f j.jsonl balance --format csv | grep -E 'Overpay|Receivable:|Mobilised:|SULSELBAR' | tr -d '\r'
  line,Assets:Bank:SULSELBAR-7371,IDR,124993500.00
  line,Assets:Receivable:Agreements,IDR,0.00
  line,Income:Mobilised:Philanthropy,IDR,-120000000.00
  line,Liabilities:Overpayments,IDR,0.00

A company agreement partly cancelled, partly written off:

  $ fundledger -f j.jsonl agreement sign --id AG-2 --cso CSO-7371 --counterparty SEMEN-TONASA --signed 2022-07-02 --currency IDR --amount 90000000 --tranche "1 2022-08-01 30000000" --tranche "2 2022-09-01 30000000" --tranche "3 2022-10-01 30000000"
  recorded; head 7be5573a6529175e0a5f16cfd3a22a1ec48139479e71c191176a3cae3440d540
  $ fundledger -f j.jsonl agreement change cancel --id CH-4 --agreement AG-2 --date 2022-07-20 --amount 30000000 --note "Efisiensi CSR"
  recorded; head 9ade6f8b1b3df4a8905ea7cb6e95ee55a7114d1242ee3b96f17de127491287d6
  $ fundledger -f j.jsonl agreement change write-off --id CH-5 --agreement AG-2 --date 2022-07-21 --amount 10000000
  recorded; head f25b5473021c1754c62030b29403e276c2f87c11a1664490557e813b9f6b814b
  $ fundledger -f j.jsonl report progress | sed -n '/^Counterparty/,/^Total/p'
  Counterparty kind  Agreements  Committed  Received  Written off  Outstanding  Received at receipt rate  FX difference
  ---------------------------------------------------------------------------------------------------------------------
  government                  0       0.00      0.00         0.00         0.00                      0.00           0.00
  company                     1   4,011.77      0.00       668.63     3,343.14                      0.00           0.00
  philanthropy                1   8,344.97  8,344.97         0.00         0.00                  8,152.10        -192.87
  ---------------------------------------------------------------------------------------------------------------------
  Total                       2  12,356.74  8,344.97       668.63     3,343.14                  8,152.10        -192.87
  $ fundledger -f j.jsonl verify | head -n 1
  ok: 15 events in 16 lines; hash chain intact

The rest of AG-2 cancelled; a grant cancelled whole; a USD agreement; a fresh rate:

  $ fundledger -f j.jsonl agreement change cancel --id CH-9 --agreement AG-2 --date 2022-07-22 --note "Program dihentikan"
  recorded; head e6fd5a0b150f61a798be0a912e6b340bdb83af53c7952ab180fa37d17208012d
  $ fundledger -f j.jsonl agreement sign --id AG-7 --cso CSO-7371 --counterparty BAZNAS-MKS --signed 2022-07-02 --currency IDR --amount 5000000 --tranche "1 2022-08-01 5000000"
  recorded; head e46324455ddb31e66508454fa848edab0fcbb39d604af9095779caef448ccc42
  $ fundledger -f j.jsonl agreement change cancel --id CH-13 --agreement AG-7 --date 2022-07-03
  recorded; head b52d47d70ac51e963d401b48ddf1b4ab6144354567876a1ed3f696ba7d9d2493
  $ fundledger -f j.jsonl agreement sign --id AG-5 --cso CSO-7371 --counterparty SEMEN-TONASA --signed 2022-07-02 --currency USD --amount 1000 --tranche "1 2022-08-01 1000"
  recorded; head c2e7c8014e7882809a161e514c891961b03d967a2abd984f09868117185ed72c
  $ fundledger -f j.jsonl rate add --date 2022-07-22 --base USD --quote IDR --value 14998 --source JISDOR
  recorded; head 2c4d60f07c0c7c03423d347cf392b865a47afb2566456aa7fc242198514d4505
  $ fundledger -f j.jsonl report progress | sed -n '/^Agreements that do not count/,$p'
  Agreements that do not count
  Agreement  CSO       Counterparty  Kind          Status     Currency        Amount  Reason
  ---------------------------------------------------------------------------------------------
  AG-7       CSO-7371  BAZNAS-MKS    philanthropy  cancelled  IDR       5,000,000.00  cancelled

Refused, with the journal unchanged:

  $ before=$(fingerprint j.jsonl)
  $ check() { [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged || echo CHANGED; }
  $ fundledger -f j.jsonl receipt record --id RC-91 --cso CSO-7371 --agreement AG-404 --date 2022-07-25 --gross 1000 --bank-account BA-1
  error: agreement: "AG-404" is not a recorded agreement
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-92 --cso CSO-7371 --agreement AG-7 --date 2022-07-25 --gross 1000 --bank-account BA-1
  error: data.agreement: "AG-7" is cancelled
  [1]
  $ fundledger -f j.jsonl agreement change cancel --id CH-91 --agreement AG-7 --date 2022-07-25
  error: agreement: "AG-7" is cancelled already
  [1]
  $ fundledger -f j.jsonl agreement change cancel --id CH-92 --agreement AG-2 --date 2022-07-25
  error: agreement: nothing of "AG-2" is outstanding to cancel
  [1]
  $ fundledger -f j.jsonl agreement change write-off --id CH-93 --agreement AG-2 --date 2022-07-25 --amount 1
  error: data.amount: write off between 0 and the 0.00 IDR outstanding
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-93 --cso CSO-7371 --agreement AG-2 --date 2022-07-25 --gross 1000 --bank-account BA-1 --allocate 1:1000
  error: data.allocation[0].amount: is more than tranche 1's outstanding 0.00 IDR
  [1]
  $ fundledger -f j.jsonl agreement sign --id AG-3 --cso CSO-7371 --counterparty BAZNAS-MKS --signed 2022-07-22 --currency IDR --amount 50000000 --tranche "1 2022-08-01 30000000" --tranche "2 2022-09-01 10000000"
  error: data.schedule: the tranches add up to 40000000.00 IDR, not the agreement's 50000000.00 IDR
  [1]
  $ fundledger -f j.jsonl agreement change amend --id CH-94 --agreement AG-1 --date 2022-07-25 --amount -50000000
  error: data.amount: would bring the agreement to 70000000.00 IDR, below the 120000000.00 IDR already received
  [1]
  $ fundledger -f j.jsonl agreement sign --id AG-4 --cso CSO-7371 --counterparty NOBODY --signed 2022-07-22 --currency IDR --amount 1000 --tranche "1 2022-08-01 1000"
  error: data.counterparty: "NOBODY" is not a recorded party
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-94 --cso CSO-7371 --agreement AG-1 --date 2022-07-25 --gross 1000 --bank-account BA-404
  error: data.bank_account: "BA-404" is not a recorded bank account
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-95 --cso CSO-7371 --agreement AG-5 --date 2022-07-25 --gross 100 --bank-account BA-1 --allocate 7:100
  error: data.bank_account: "BA-1" is a IDR account
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-98 --cso CSO-7371 --agreement AG-1 --date 2022-07-25 --gross 100 --bank-account BA-1 --allocate 7:100
  error: data.allocation[0].tranche: agreement "AG-1" has no tranche "7"
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-96 --cso CSO-7371 --agreement AG-5 --date 2022-07-25 --gross 100 --bank-account BA-1
  error: data.bank_account: "BA-1" is a IDR account
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-97 --cso CSO-7371 --agreement AG-5 --date 2022-07-25 --gross 1.005 --bank-account BA-1 --number-locale en
  error: --gross: "1.005" has 3 decimal places; USD allows at most 2
  [1]
  $ fundledger -f j.jsonl agreement sign --id AG-6 --cso CSO-7371 --counterparty SEMEN-TONASA --signed 2021-01-02 --currency IDR --amount 1000 --tranche "1 2021-08-01 1000"
  error: no USD/IDR rate on or before 2021-01-02 (the first is 2022-01-03)
  [1]
  $ fundledger -f j.jsonl agreement change condition-met --id CH-95 --agreement AG-1 --date 2022-07-25
  error: data.change: the condition of "AG-1" is settled already
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-99 --cso CSO-3204 --agreement AG-1 --date 2022-07-25 --gross 100 --bank-account BA-1
  error: cso: agreement "AG-1" is CSO-7371's, not CSO-3204
  [1]
  $ fundledger -f j.jsonl post --id T-1 --date 2022-07-25 --posting "Assets:Receivable:Agreements 1 IDR" --posting "Income:Mobilised:Company -1 IDR"
  error: postings[0].account: "Assets:Receivable:Agreements" is controlled by agreements: only agreement events post to it
  [1]
  $ check
  unchanged

In-kind support is booked when it is delivered, at its agreed value:

  $ fundledger -f j.jsonl agreement sign --id AG-8 --cso CSO-7371 --counterparty SEMEN-TONASA --signed 2022-07-22 --currency IDR --amount 15000000 --form in-kind --valuation-basis "Penawaran pemasok" --purpose "Semen untuk balai warga" --tranche "1 2022-08-01 15000000"
  recorded; head 3db706173bce35c27714d59e3c5c1cffa1081f18538da6a349f5bd2b1230b86e
  $ fundledger -f j.jsonl balance --format csv | grep -E 'InKind' | tr -d '\r'
  $ fundledger -f j.jsonl receipt record --id RC-10 --cso CSO-7371 --agreement AG-8 --date 2022-07-25 --gross 15000000
  recorded; head 9c83d8e3153b86dfaf9eba2f683a0704df36ef0888329ea0649151f9e85513d6
  $ fundledger -f j.jsonl balance --format csv | grep -E 'InKind' | tr -d '\r'
  line,Expenses:InKind,IDR,15000000.00
  line,Income:Mobilised:Company:InKind,IDR,-15000000.00
  $ fundledger -f j.jsonl verify | head -n 1
  ok: 22 events in 23 lines; hash chain intact

A condition that lapses: the agreement never counts, and its advance stays a refundable
liability until it is paid back:

  $ fundledger -f j.jsonl agreement sign --id AG-9 --cso CSO-7371 --counterparty BAZNAS-MKS --signed 2022-07-22 --currency IDR --amount 8000000 --conditional yes --condition "Proposal disetujui dewan pertimbangan" --tranche "1 2022-08-01 8000000"
  recorded; head c960ea2d422ea3abb2e61b6f82be9286f37d63e2d7d302a747210fe29a57dd8f
  $ fundledger -f j.jsonl receipt record --id RC-11 --cso CSO-7371 --agreement AG-9 --date 2022-07-25 --gross 2000000 --bank-account BA-1
  recorded; head dc6bf15bf95d8839be3328c60fdcf79ae500835fe04a0cd8c9b0d98524e9e678
  $ fundledger -f j.jsonl agreement change condition-lapsed --id CH-14 --agreement AG-9 --date 2022-07-26 --note "Proposal ditolak"
  recorded; head 0861018a59b52e43d2c87722e7dc07f083f753e9a830c19686f4f3145d866235
  $ fundledger -f j.jsonl agreement change refund --id CH-15 --agreement AG-9 --date 2022-07-27 --amount 2000000 --bank-account BA-1
  recorded; head 873030e4bd5086fb00ba402f3d0fe27e8b3bf8dbe4cbb536c240c1e462f87423
  $ fundledger -f j.jsonl balance --format csv | grep -E 'RefundableAdvances' | tr -d '\r'
  line,Liabilities:RefundableAdvances,IDR,0.00
  $ fundledger -f j.jsonl report progress | sed -n '/^Agreements that do not count/,$p'
  Agreements that do not count
  Agreement  CSO       Counterparty  Kind          Status            Currency        Amount  Reason
  -----------------------------------------------------------------------------------------------------------------------------
  AG-7       CSO-7371  BAZNAS-MKS    philanthropy  cancelled         IDR       5,000,000.00  cancelled
  AG-9       CSO-7371  BAZNAS-MKS    philanthropy  condition lapsed  IDR       8,000,000.00  condition lapsed: Proposal ditolak
