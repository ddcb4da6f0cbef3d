Every lifecycle event of an agreement, recorded with single-record commands, and the inputs
refused on the way (each leaves the journal unchanged).

  $ . "$TESTDIR/setup.sh"; hide_hashes
  $ fundledger -f j.jsonl init --ledger-id life --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-7371 --kind cso --name "Perkumpulan Warga Makassar" --district "Kota Makassar" --province "Sulawesi Selatan" --region-code 73.71
  booked party CSO-7371 on 2026-11-27: Perkumpulan Warga Makassar
    cso: Perkumpulan Warga Makassar
  head <hash>
  $ fundledger -f j.jsonl party add --id BAZNAS-MKS --kind philanthropy --name "BAZNAS Kota Makassar" --level zakat --alias "BAZNAS KOTA MAKASSAR"
  booked party BAZNAS-MKS on 2026-11-27: BAZNAS Kota Makassar
    philanthropy: BAZNAS Kota Makassar
  head <hash>
  $ fundledger -f j.jsonl party add --id SEMEN-TONASA --kind company --name "PT Semen Tonasa" --level state-owned
  booked party SEMEN-TONASA on 2026-11-27: PT Semen Tonasa
    company: PT Semen Tonasa
  head <hash>
  $ fundledger -f j.jsonl bank-account open --id BA-1 --cso CSO-7371 --bank "Bank Sulselbar" --number 0012 --currency IDR --account Assets:Bank:SULSELBAR-7371 --opened 2022-01-03 --opening-balance 5000000
  booked bank-account BA-1 on 2022-01-03: Bank Sulselbar 0012
    CSO-7371 at Bank Sulselbar 0012, ledger account Assets:Bank:SULSELBAR-7371, opening 5,000,000.00 IDR
    postings:
      Assets:Bank:SULSELBAR-7371        5,000,000.00 IDR
      Equity:Opening                   -5,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl rate add --date 2022-01-03 --base USD --quote IDR --value 14270 --source JISDOR
  booked rate RATE-USD-IDR-2022-01-03 on 2022-01-03: USD/IDR 14270 (JISDOR)
    1 USD = 14,270 IDR (JISDOR)
  head <hash>
  $ fundledger -f j.jsonl rate add --date 2022-07-01 --base USD --quote IDR --value 14956 --source JISDOR
  booked rate RATE-USD-IDR-2022-07-01 on 2022-07-01: USD/IDR 14956 (JISDOR)
    1 USD = 14,956 IDR (JISDOR)
  head <hash>

A conditional grant: cash before the condition is met is a refundable advance.

  $ fundledger -f j.jsonl agreement sign --id AG-1 --cso CSO-7371 --counterparty BAZNAS-MKS --signed 2022-01-05 --currency IDR --amount 100000000 --conditional yes --condition "Laporan kegiatan tahap 1 diterima" --tranche "1 2022-02-01 40000000" --tranche "2 2022-08-01 60000000"
  booked agreement AG-1 on 2022-01-05: Agreement AG-1
    CSO-7371 with BAZNAS-MKS: 100,000,000.00 IDR, contribution, cash, conditional: Laporan kegiatan tahap 1 diterima
    valued at 14,270 IDR per USD (RATE-USD-IDR-2022-01-03, JISDOR of 2022-01-03): 7,007.71 USD
    schedule:
      tranche 1 due 2022-02-01  40,000,000.00 IDR
      tranche 2 due 2022-08-01  60,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl receipt record --id RC-1 --cso CSO-7371 --agreement AG-1 --date 2022-01-07 --gross 40000000 --bank-charges 6500 --bank-account BA-1
  booked receipt RC-1 on 2022-01-07: Receipt for AG-1
    for AG-1: gross 40,000,000.00 IDR, bank charges 6,500.00 IDR, into BA-1
    valued at 14,270 IDR per USD (RATE-USD-IDR-2022-01-03, JISDOR of 2022-01-03): 2,803.08 USD
      tranche 1  40,000,000.00 IDR
    postings:
      Assets:Bank:SULSELBAR-7371           39,993,500.00 IDR
      Expenses:BankCharges                      6,500.00 IDR
      Liabilities:RefundableAdvances      -40,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl balance --format csv | grep -E 'Refundable|Receivable|Mobilised:' | tr -d '\r'
  line,Liabilities:RefundableAdvances,IDR,-40000000.00
  $ fundledger -f j.jsonl agreement change condition-met --id CH-1 --agreement AG-1 --date 2022-01-10
  booked change CH-1 on 2022-01-10: condition-met AG-1
    condition-met of AG-1: 0.00 IDR
    valued at 14,270 IDR per USD (RATE-USD-IDR-2022-01-03, JISDOR of 2022-01-03): 0.00 USD
    postings:
      Liabilities:RefundableAdvances       40,000,000.00 IDR
      Assets:Receivable:Agreements         60,000,000.00 IDR
      Income:Mobilised:Philanthropy      -100,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl balance --format csv | grep -E 'Refundable|Receivable:|Mobilised:' | tr -d '\r'
  line,Assets:Receivable:Agreements,IDR,60000000.00
  line,Income:Mobilised:Philanthropy,IDR,-100000000.00
  line,Liabilities:RefundableAdvances,IDR,0.00

An amendment, then a receipt that pays more than is outstanding: the excess is an over-payment,
refunded later.

  $ fundledger -f j.jsonl agreement change amend --id CH-2 --agreement AG-1 --date 2022-07-04 --amount 20000000 --tranche 2
  booked change CH-2 on 2022-07-04: amend AG-1
    amend of AG-1: 20,000,000.00 IDR, tranche 2
    valued at 14,956 IDR per USD (RATE-USD-IDR-2022-07-01, JISDOR of 2022-07-01): 1,337.26 USD
    postings:
      Assets:Receivable:Agreements        20,000,000.00 IDR
      Income:Mobilised:Philanthropy      -20,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl receipt record --id RC-2 --cso CSO-7371 --agreement AG-1 --date 2022-07-05 --gross 85000000 --bank-account BA-1
  booked receipt RC-2 on 2022-07-05: Receipt for AG-1
    for AG-1: gross 85,000,000.00 IDR, into BA-1
    valued at 14,956 IDR per USD (RATE-USD-IDR-2022-07-01, JISDOR of 2022-07-01): 5,683.34 USD
      tranche 2  80,000,000.00 IDR
      over-payment  5,000,000.00 IDR
    postings:
      Assets:Bank:SULSELBAR-7371         85,000,000.00 IDR
      Assets:Receivable:Agreements      -80,000,000.00 IDR
      Liabilities:Overpayments           -5,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl agreement change refund --id CH-3 --agreement AG-1 --date 2022-07-06 --amount 5000000 --bank-account BA-1 --note "Kelebihan transfer"
  booked change CH-3 on 2022-07-06: Kelebihan transfer
    refund of AG-1: 5,000,000.00 IDR
    valued at 14,956 IDR per USD (RATE-USD-IDR-2022-07-01, JISDOR of 2022-07-01): 334.31 USD
    postings:
      Liabilities:Overpayments          5,000,000.00 IDR
      Assets:Bank:SULSELBAR-7371       -5,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl balance --format csv | grep -E 'Overpay|Receivable:|Mobilised:|SULSELBAR' | tr -d '\r'
  line,Assets:Bank:SULSELBAR-7371,IDR,124993500.00
  line,Assets:Receivable:Agreements,IDR,0.00
  line,Income:Mobilised:Philanthropy,IDR,-120000000.00
  line,Liabilities:Overpayments,IDR,0.00

A company agreement partly cancelled, partly written off:

  $ fundledger -f j.jsonl agreement sign --id AG-2 --cso CSO-7371 --counterparty SEMEN-TONASA --signed 2022-07-02 --currency IDR --amount 90000000 --tranche "1 2022-08-01 30000000" --tranche "2 2022-09-01 30000000" --tranche "3 2022-10-01 30000000"
  booked agreement AG-2 on 2022-07-02: Agreement AG-2
    CSO-7371 with SEMEN-TONASA: 90,000,000.00 IDR, contribution, cash
    valued at 14,956 IDR per USD (RATE-USD-IDR-2022-07-01, JISDOR of 2022-07-01): 6,017.65 USD
    schedule:
      tranche 1 due 2022-08-01  30,000,000.00 IDR
      tranche 2 due 2022-09-01  30,000,000.00 IDR
      tranche 3 due 2022-10-01  30,000,000.00 IDR
    postings:
      Assets:Receivable:Agreements       90,000,000.00 IDR
      Income:Mobilised:Company          -90,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl agreement change cancel --id CH-4 --agreement AG-2 --date 2022-07-20 --amount 30000000 --note "Efisiensi CSR"
  booked change CH-4 on 2022-07-20: Efisiensi CSR
    cancel of AG-2: 30,000,000.00 IDR
    valued at 14,956 IDR per USD (RATE-USD-IDR-2022-07-01, JISDOR of 2022-07-01): 2,005.88 USD
    postings:
      Income:Mobilised:Company           30,000,000.00 IDR
      Assets:Receivable:Agreements      -30,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl agreement change write-off --id CH-5 --agreement AG-2 --date 2022-07-21 --amount 10000000
  booked change CH-5 on 2022-07-21: write-off AG-2
    write-off of AG-2: 10,000,000.00 IDR
    valued at 14,956 IDR per USD (RATE-USD-IDR-2022-07-01, JISDOR of 2022-07-01): 668.63 USD
    postings:
      Expenses:WrittenOff                10,000,000.00 IDR
      Assets:Receivable:Agreements      -10,000,000.00 IDR
  head <hash>
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
  booked change CH-9 on 2022-07-22: Program dihentikan
    cancel of AG-2: 50,000,000.00 IDR
    valued at 14,956 IDR per USD (RATE-USD-IDR-2022-07-01, JISDOR of 2022-07-01): 3,343.14 USD
    postings:
      Income:Mobilised:Company           20,000,000.00 IDR
      Assets:Receivable:Agreements      -20,000,000.00 IDR
      Income:Mobilised:Company           30,000,000.00 IDR
      Assets:Receivable:Agreements      -30,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl agreement sign --id AG-7 --cso CSO-7371 --counterparty BAZNAS-MKS --signed 2022-07-02 --currency IDR --amount 5000000 --tranche "1 2022-08-01 5000000"
  booked agreement AG-7 on 2022-07-02: Agreement AG-7
    CSO-7371 with BAZNAS-MKS: 5,000,000.00 IDR, contribution, cash
    valued at 14,956 IDR per USD (RATE-USD-IDR-2022-07-01, JISDOR of 2022-07-01): 334.31 USD
    schedule:
      tranche 1 due 2022-08-01  5,000,000.00 IDR
    postings:
      Assets:Receivable:Agreements         5,000,000.00 IDR
      Income:Mobilised:Philanthropy       -5,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl agreement change cancel --id CH-13 --agreement AG-7 --date 2022-07-03
  booked change CH-13 on 2022-07-03: cancel AG-7
    cancel of AG-7: 5,000,000.00 IDR
    valued at 14,956 IDR per USD (RATE-USD-IDR-2022-07-01, JISDOR of 2022-07-01): 334.31 USD
    postings:
      Income:Mobilised:Philanthropy        5,000,000.00 IDR
      Assets:Receivable:Agreements        -5,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl agreement sign --id AG-5 --cso CSO-7371 --counterparty SEMEN-TONASA --signed 2022-07-02 --currency USD --amount 1000 --tranche "1 2022-08-01 1000"
  booked agreement AG-5 on 2022-07-02: Agreement AG-5
    CSO-7371 with SEMEN-TONASA: 1,000.00 USD, contribution, cash
    value: 1,000.00 USD (in the base currency)
    schedule:
      tranche 1 due 2022-08-01  1,000.00 USD
    postings:
      Assets:Receivable:Agreements            1,000.00 USD
      Income:Mobilised:Company               -1,000.00 USD
  head <hash>
  $ fundledger -f j.jsonl rate add --date 2022-07-22 --base USD --quote IDR --value 14998 --source JISDOR
  booked rate RATE-USD-IDR-2022-07-22 on 2022-07-22: USD/IDR 14998 (JISDOR)
    1 USD = 14,998 IDR (JISDOR)
  head <hash>
  $ fundledger -f j.jsonl report progress | sed -n '/^Agreements that do not count/,$p'
  Agreements that do not count
  Agreement  CSO       Counterparty  Kind          Status     Currency        Amount  Reason
  ---------------------------------------------------------------------------------------------
  AG-7       CSO-7371  BAZNAS-MKS    philanthropy  cancelled  IDR       5,000,000.00  cancelled

Refused, with the journal unchanged:

  $ before=$(fingerprint j.jsonl)
  $ check() { [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged || echo CHANGED; }
  $ fundledger -f j.jsonl receipt record --id RC-91 --cso CSO-7371 --agreement AG-404 --date 2022-07-25 --gross 1000 --bank-account BA-1
  error: --agreement: "AG-404" is not a recorded agreement
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-92 --cso CSO-7371 --agreement AG-7 --date 2022-07-25 --gross 1000 --bank-account BA-1
  error: --agreement: "AG-7" is cancelled
  [1]
  $ fundledger -f j.jsonl agreement change cancel --id CH-91 --agreement AG-7 --date 2022-07-25
  error: --agreement: "AG-7" is cancelled already
  [1]
  $ fundledger -f j.jsonl agreement change cancel --id CH-92 --agreement AG-2 --date 2022-07-25
  error: --agreement: nothing of "AG-2" is outstanding to cancel
  [1]
  $ fundledger -f j.jsonl agreement change write-off --id CH-93 --agreement AG-2 --date 2022-07-25 --amount 1
  error: --amount: write off between 0 and the 0.00 IDR outstanding
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-93 --cso CSO-7371 --agreement AG-2 --date 2022-07-25 --gross 1000 --bank-account BA-1 --allocate 1:1000
  error: --allocate: is more than tranche 1's outstanding 0.00 IDR
  [1]
  $ fundledger -f j.jsonl agreement sign --id AG-3 --cso CSO-7371 --counterparty BAZNAS-MKS --signed 2022-07-22 --currency IDR --amount 50000000 --tranche "1 2022-08-01 30000000" --tranche "2 2022-09-01 10000000"
  error: --tranche: the tranches add up to 40000000.00 IDR, not the agreement's 50000000.00 IDR
  [1]
  $ fundledger -f j.jsonl agreement change amend --id CH-94 --agreement AG-1 --date 2022-07-25 --amount -50000000
  error: --amount: would bring the agreement to 70000000.00 IDR, below the 120000000.00 IDR already received
  [1]
  $ fundledger -f j.jsonl agreement sign --id AG-4 --cso CSO-7371 --counterparty NOBODY --signed 2022-07-22 --currency IDR --amount 1000 --tranche "1 2022-08-01 1000"
  error: --counterparty: "NOBODY" is not a recorded party
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-94 --cso CSO-7371 --agreement AG-1 --date 2022-07-25 --gross 1000 --bank-account BA-404
  error: --bank-account: "BA-404" is not a recorded bank account
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-95 --cso CSO-7371 --agreement AG-5 --date 2022-07-25 --gross 100 --bank-account BA-1 --allocate 7:100
  error: --bank-account: "BA-1" is a IDR account
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-98 --cso CSO-7371 --agreement AG-1 --date 2022-07-25 --gross 100 --bank-account BA-1 --allocate 7:100
  error: --allocate: agreement "AG-1" has no tranche "7"
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-96 --cso CSO-7371 --agreement AG-5 --date 2022-07-25 --gross 100 --bank-account BA-1
  error: --bank-account: "BA-1" is a IDR account
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-97 --cso CSO-7371 --agreement AG-5 --date 2022-07-25 --gross 1.005 --bank-account BA-1 --number-locale en
  error: --gross: "1.005" has 3 decimal places; USD allows at most 2
  [1]
  $ fundledger -f j.jsonl agreement sign --id AG-6 --cso CSO-7371 --counterparty SEMEN-TONASA --signed 2021-01-02 --currency IDR --amount 1000 --tranche "1 2021-08-01 1000"
  error: --signed: no USD/IDR rate on or before 2021-01-02 (the first is 2022-01-03)
  [1]
  $ fundledger -f j.jsonl agreement change condition-met --id CH-95 --agreement AG-1 --date 2022-07-25
  error: --change: the condition of "AG-1" is settled already
  [1]
  $ fundledger -f j.jsonl receipt record --id RC-99 --cso CSO-3204 --agreement AG-1 --date 2022-07-25 --gross 100 --bank-account BA-1
  error: --cso: agreement "AG-1" is CSO-7371's, not CSO-3204
  [1]
  $ fundledger -f j.jsonl post --id T-1 --date 2022-07-25 --posting "Assets:Receivable:Agreements 1 IDR" --posting "Income:Mobilised:Company -1 IDR"
  error: postings[0].account: "Assets:Receivable:Agreements" is controlled by agreements: only agreement events post to it
  [1]
  $ check
  unchanged

In-kind support is booked when it is delivered, at its agreed value:

  $ fundledger -f j.jsonl agreement sign --id AG-8 --cso CSO-7371 --counterparty SEMEN-TONASA --signed 2022-07-22 --currency IDR --amount 15000000 --form in-kind --valuation-basis "Penawaran pemasok" --purpose "Semen untuk balai warga" --tranche "1 2022-08-01 15000000"
  booked agreement AG-8 on 2022-07-22: Semen untuk balai warga
    CSO-7371 with SEMEN-TONASA: 15,000,000.00 IDR, contribution, in-kind
    valued at 14,998 IDR per USD (RATE-USD-IDR-2022-07-22, JISDOR of 2022-07-22): 1,000.13 USD
    schedule:
      tranche 1 due 2022-08-01  15,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl balance --format csv | grep -E 'InKind' | tr -d '\r'
  $ fundledger -f j.jsonl receipt record --id RC-10 --cso CSO-7371 --agreement AG-8 --date 2022-07-25 --gross 15000000
  booked receipt RC-10 on 2022-07-25: Receipt for AG-8
    for AG-8: gross 15,000,000.00 IDR
    valued at 14,998 IDR per USD (RATE-USD-IDR-2022-07-22, JISDOR of 2022-07-22): 1,000.13 USD
      tranche 1  15,000,000.00 IDR
    postings:
      Expenses:InKind                       15,000,000.00 IDR
      Income:Mobilised:Company:InKind      -15,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl balance --format csv | grep -E 'InKind' | tr -d '\r'
  line,Expenses:InKind,IDR,15000000.00
  line,Income:Mobilised:Company:InKind,IDR,-15000000.00
  $ fundledger -f j.jsonl verify | head -n 1
  ok: 22 events in 23 lines; hash chain intact

A condition that lapses: the agreement never counts, and its advance stays a refundable
liability until it is paid back:

  $ fundledger -f j.jsonl agreement sign --id AG-9 --cso CSO-7371 --counterparty BAZNAS-MKS --signed 2022-07-22 --currency IDR --amount 8000000 --conditional yes --condition "Proposal disetujui dewan pertimbangan" --tranche "1 2022-08-01 8000000"
  booked agreement AG-9 on 2022-07-22: Agreement AG-9
    CSO-7371 with BAZNAS-MKS: 8,000,000.00 IDR, contribution, cash, conditional: Proposal disetujui dewan pertimbangan
    valued at 14,998 IDR per USD (RATE-USD-IDR-2022-07-22, JISDOR of 2022-07-22): 533.40 USD
    schedule:
      tranche 1 due 2022-08-01  8,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl receipt record --id RC-11 --cso CSO-7371 --agreement AG-9 --date 2022-07-25 --gross 2000000 --bank-account BA-1
  booked receipt RC-11 on 2022-07-25: Receipt for AG-9
    for AG-9: gross 2,000,000.00 IDR, into BA-1
    valued at 14,998 IDR per USD (RATE-USD-IDR-2022-07-22, JISDOR of 2022-07-22): 133.35 USD
      tranche 1  2,000,000.00 IDR
    postings:
      Assets:Bank:SULSELBAR-7371            2,000,000.00 IDR
      Liabilities:RefundableAdvances       -2,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl agreement change condition-lapsed --id CH-14 --agreement AG-9 --date 2022-07-26 --note "Proposal ditolak"
  booked change CH-14 on 2022-07-26: Proposal ditolak
    condition-lapsed of AG-9: 0.00 IDR
    valued at 14,998 IDR per USD (RATE-USD-IDR-2022-07-22, JISDOR of 2022-07-22): 0.00 USD
  head <hash>
  $ fundledger -f j.jsonl agreement change refund --id CH-15 --agreement AG-9 --date 2022-07-27 --amount 2000000 --bank-account BA-1
  booked change CH-15 on 2022-07-27: refund AG-9
    refund of AG-9: 2,000,000.00 IDR
    valued at 14,998 IDR per USD (RATE-USD-IDR-2022-07-22, JISDOR of 2022-07-22): 133.35 USD
    postings:
      Liabilities:RefundableAdvances        2,000,000.00 IDR
      Assets:Bank:SULSELBAR-7371           -2,000,000.00 IDR
  head <hash>
  $ fundledger -f j.jsonl balance --format csv | grep -E 'RefundableAdvances' | tr -d '\r'
  line,Liabilities:RefundableAdvances,IDR,0.00
  $ fundledger -f j.jsonl report progress | sed -n '/^Agreements that do not count/,$p'
  Agreements that do not count
  Agreement  CSO       Counterparty  Kind          Status            Currency        Amount  Reason
  -----------------------------------------------------------------------------------------------------------------------------
  AG-7       CSO-7371  BAZNAS-MKS    philanthropy  cancelled         IDR       5,000,000.00  cancelled
  AG-9       CSO-7371  BAZNAS-MKS    philanthropy  condition lapsed  IDR       8,000,000.00  condition lapsed: Proposal ditolak
