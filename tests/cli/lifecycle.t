Every lifecycle event of an agreement, recorded with single-record commands, and the inputs
refused on the way (each leaves the journal unchanged).

  $ . "$TESTDIR/setup.sh"
  $ fundledger -f j.jsonl init --ledger-id life --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-7371 --kind cso --name "Perkumpulan Warga Makassar" --district "Kota Makassar" --province "Sulawesi Selatan" --region-code 73.71
  recorded; head 12c20e349b0591ad88214b13f8390b851a5fafb1b6d607410f2732abb61616c3
  $ fundledger -f j.jsonl party add --id BAZNAS-MKS --kind philanthropy --name "BAZNAS Kota Makassar" --level zakat --alias "BAZNAS KOTA MAKASSAR"
  recorded; head 5829a0dcd9c2cef09f03f8be3eb161def0563536042b79daabb889cb8928f4d4
  $ fundledger -f j.jsonl party add --id SEMEN-TONASA --kind company --name "PT Semen Tonasa" --level state-owned
  recorded; head 1341fe49f9e8ca0a0808101ea51d7fa0e34d57b91a3d7623ce8fab753764d397
  $ fundledger -f j.jsonl bank-account open --id BA-1 --cso CSO-7371 --bank "Bank Sulselbar" --number 0012 --currency IDR --account Assets:Bank:SULSELBAR-7371 --opened 2022-01-03 --opening-balance 5000000
  recorded; head 2eec09f6cdf0e6749899f1ecab9e75877de87938672fbf5c806182379e515165
  $ fundledger -f j.jsonl rate add --date 2022-01-03 --base USD --quote IDR --value 14270 --source JISDOR
  recorded; head 556c1a15ebdcd049039cb61da57f32bc7668c7f8559180489fa9e643b79ee014
  $ fundledger -f j.jsonl rate add --date 2022-07-01 --base USD --quote IDR --value 14956 --source JISDOR
  recorded; head 05a8b714ac87d16e49536a3a015537900fb2b10937ba585657939108c0137540

A conditional grant: cash before the condition is met is a refundable advance.

  $ fundledger -f j.jsonl agreement sign --id AG-1 --cso CSO-7371 --counterparty BAZNAS-MKS --signed 2022-01-05 --currency IDR --amount 100000000 --conditional yes --condition "Laporan kegiatan tahap 1 diterima" --tranche "1 2022-02-01 40000000" --tranche "2 2022-08-01 60000000"
  recorded; head bd057f27e111a328bc0e85d22466b0a336867aca96b40717cc796306a4901e73
  $ fundledger -f j.jsonl receipt record --id RC-1 --cso CSO-7371 --agreement AG-1 --date 2022-01-07 --gross 40000000 --bank-charges 6500 --bank-account BA-1
  recorded; head 7d2b3f1dedb27bfc033e0b09330e739bee69b02f80fba8b582d2c94f1ae1f76a
  $ fundledger -f j.jsonl balance --format csv | grep -E 'Refundable|Receivable|Mobilised:' | tr -d '\r'
  line,Liabilities:RefundableAdvances,IDR,-40000000.00
  $ fundledger -f j.jsonl agreement change condition-met --id CH-1 --agreement AG-1 --date 2022-01-10
  recorded; head e56f3441c2c9c14b14f3b2bc98ffd8e46c3ab693ec853787fa391a6241732206
  $ fundledger -f j.jsonl balance --format csv | grep -E 'Refundable|Receivable:|Mobilised:' | tr -d '\r'
  line,Assets:Receivable:Agreements,IDR,60000000.00
  line,Income:Mobilised:Philanthropy,IDR,-100000000.00
  line,Liabilities:RefundableAdvances,IDR,0.00

An amendment, then a receipt that pays more than is outstanding: the excess is an over-payment,
refunded later.

  $ fundledger -f j.jsonl agreement change amend --id CH-2 --agreement AG-1 --date 2022-07-04 --amount 20000000 --tranche 2
  recorded; head 9959c7409885d811498ae28daad235c60ee887c9ccb13fa3d717d3f83b2bd4e2
  $ fundledger -f j.jsonl receipt record --id RC-2 --cso CSO-7371 --agreement AG-1 --date 2022-07-05 --gross 85000000 --bank-account BA-1
  recorded; head eef559b65fdb49acd53cbac96e96127cfb4c7ba11a08f35c8a587a315117b383
  $ fundledger -f j.jsonl agreement change refund --id CH-3 --agreement AG-1 --date 2022-07-06 --amount 5000000 --bank-account BA-1 --note "Kelebihan transfer"
  recorded; head 938b1770e2d31c596328c8b39700f879793d411c747b0f54194242c2ccf211b4
  $ fundledger -f j.jsonl balance --format csv | grep -E 'Overpay|Receivable:|Mobilised:|SULSELBAR' | tr -d '\r'
  line,Assets:Bank:SULSELBAR-7371,IDR,124993500.00
  line,Assets:Receivable:Agreements,IDR,0.00
  line,Income:Mobilised:Philanthropy,IDR,-120000000.00
  line,Liabilities:Overpayments,IDR,0.00

A company agreement partly cancelled, partly written off:

  $ fundledger -f j.jsonl agreement sign --id AG-2 --cso CSO-7371 --counterparty SEMEN-TONASA --signed 2022-07-02 --currency IDR --amount 90000000 --tranche "1 2022-08-01 30000000" --tranche "2 2022-09-01 30000000" --tranche "3 2022-10-01 30000000"
  recorded; head 3aea01ca8a1b12f4c00147a469b094cf87044b3f18d57a97b9274fd0739d9b72
  $ fundledger -f j.jsonl agreement change cancel --id CH-4 --agreement AG-2 --date 2022-07-20 --amount 30000000 --note "Efisiensi CSR"
  recorded; head 8d8c8377ccae99f2e9c8dbc297bc48ede04dd792f22d3d0df6297a2679a98876
  $ fundledger -f j.jsonl agreement change write-off --id CH-5 --agreement AG-2 --date 2022-07-21 --amount 10000000
  recorded; head 785cac54e81b03628bb7e33f20f8bc54cfdff5c2f13bee3b3e4d993fd73e2bd0
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
  recorded; head 64027daf52a3452df885771e39d82f21d69ae437732a1dddba74005ccfc3378c
  $ fundledger -f j.jsonl agreement sign --id AG-7 --cso CSO-7371 --counterparty BAZNAS-MKS --signed 2022-07-02 --currency IDR --amount 5000000 --tranche "1 2022-08-01 5000000"
  recorded; head c76263f8ea8aff66a8143ab406341849a10235827270f0b8087703021bb686db
  $ fundledger -f j.jsonl agreement change cancel --id CH-13 --agreement AG-7 --date 2022-07-03
  recorded; head 20ed8ea8218689c0c29a29867fe1e7b7492b9b6da0271b11f43f83fceec7995c
  $ fundledger -f j.jsonl agreement sign --id AG-5 --cso CSO-7371 --counterparty SEMEN-TONASA --signed 2022-07-02 --currency USD --amount 1000 --tranche "1 2022-08-01 1000"
  recorded; head d4c13deaefe1323e8161fd176e5817e681b7ee72062203857bc0596c086d45e0
  $ fundledger -f j.jsonl rate add --date 2022-07-22 --base USD --quote IDR --value 14998 --source JISDOR
  recorded; head d7db23220253f8b286b179392ebe5a3ccaf3dcac64659e91390b9a876fdcfd93
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
  $ fundledger -f j.jsonl post --id T-1 --date 2022-07-25 --posting "Assets:Receivable:Agreements 1 IDR" --posting "Income:Mobilised:Company -1 IDR"
  error: postings[0].account: "Assets:Receivable:Agreements" is controlled by agreements: only agreement events post to it
  [1]
  $ check
  unchanged
