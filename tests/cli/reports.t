Balance, trial balance and register on a small two-CSO ledger.

  $ . "$TESTDIR/setup.sh"; hide_hashes
  $ cp "$ROOT/examples/small/journal.jsonl" j.jsonl
  $ fundledger -f j.jsonl verify
  ok: 6 events in 7 lines; hash chain intact
  head: <hash>
  $ fundledger -f j.jsonl balance
  Account                     Currency         Balance
  ----------------------------------------------------
  Assets                      IDR        71,117,500.00
  Assets:Bank                 IDR        71,117,500.00
  Assets:Bank:BJB-3204        IDR        39,997,500.00
  Assets:Bank:SULSELBAR-7371  IDR        31,120,000.00
  Equity                      IDR       -48,620,000.00
  Equity:Conversion           IDR       -15,620,000.00
  Equity:Opening              IDR       -33,000,000.00
  Expenses                    IDR             2,500.00
  Expenses:BankCharges        IDR             2,500.00
  Income                      IDR       -22,500,000.00
  Income:Grants               IDR       -22,500,000.00
  Income:Grants:Government    IDR       -15,000,000.00
  Income:Grants:Philanthropy  IDR        -7,500,000.00
  Assets                      USD             2,700.00
  Assets:Bank                 USD             2,700.00
  Assets:Bank:USD-7371        USD             2,700.00
  Equity                      USD              -200.00
  Equity:Conversion           USD             1,000.00
  Equity:Opening              USD            -1,200.00
  Income                      USD            -2,500.00
  Income:Grants               USD            -2,500.00
  Income:Grants:Company       USD            -2,500.00
  ----------------------------------------------------
  Total                       IDR                 0.00
  Total                       USD                 0.00
  $ fundledger -f j.jsonl balance --as-of 2024-01-31
  Account                     Currency         Balance
  ----------------------------------------------------
  Assets                      IDR        47,997,500.00
  Assets:Bank                 IDR        47,997,500.00
  Assets:Bank:BJB-3204        IDR        39,997,500.00
  Assets:Bank:SULSELBAR-7371  IDR         8,000,000.00
  Equity                      IDR       -33,000,000.00
  Equity:Opening              IDR       -33,000,000.00
  Expenses                    IDR             2,500.00
  Expenses:BankCharges        IDR             2,500.00
  Income                      IDR       -15,000,000.00
  Income:Grants               IDR       -15,000,000.00
  Income:Grants:Government    IDR       -15,000,000.00
  Assets                      USD             3,700.00
  Assets:Bank                 USD             3,700.00
  Assets:Bank:USD-7371        USD             3,700.00
  Equity                      USD            -1,200.00
  Equity:Opening              USD            -1,200.00
  Income                      USD            -2,500.00
  Income:Grants               USD            -2,500.00
  Income:Grants:Company       USD            -2,500.00
  ----------------------------------------------------
  Total                       IDR                 0.00
  Total                       USD                 0.00
  $ fundledger -f j.jsonl balance --by cso --format csv
  row,cso,account,currency,amount\r (esc)
  subtotal,CSO-3204,Assets,IDR,39997500.00\r (esc)
  subtotal,CSO-3204,Assets:Bank,IDR,39997500.00\r (esc)
  line,CSO-3204,Assets:Bank:BJB-3204,IDR,39997500.00\r (esc)
  subtotal,CSO-3204,Equity,IDR,-25000000.00\r (esc)
  line,CSO-3204,Equity:Opening,IDR,-25000000.00\r (esc)
  subtotal,CSO-3204,Expenses,IDR,2500.00\r (esc)
  line,CSO-3204,Expenses:BankCharges,IDR,2500.00\r (esc)
  subtotal,CSO-3204,Income,IDR,-15000000.00\r (esc)
  subtotal,CSO-3204,Income:Grants,IDR,-15000000.00\r (esc)
  line,CSO-3204,Income:Grants:Government,IDR,-15000000.00\r (esc)
  subtotal,CSO-7371,Assets,IDR,31120000.00\r (esc)
  subtotal,CSO-7371,Assets:Bank,IDR,31120000.00\r (esc)
  line,CSO-7371,Assets:Bank:SULSELBAR-7371,IDR,31120000.00\r (esc)
  subtotal,CSO-7371,Equity,IDR,-23620000.00\r (esc)
  line,CSO-7371,Equity:Conversion,IDR,-15620000.00\r (esc)
  line,CSO-7371,Equity:Opening,IDR,-8000000.00\r (esc)
  subtotal,CSO-7371,Income,IDR,-7500000.00\r (esc)
  subtotal,CSO-7371,Income:Grants,IDR,-7500000.00\r (esc)
  line,CSO-7371,Income:Grants:Philanthropy,IDR,-7500000.00\r (esc)
  subtotal,CSO-7371,Assets,USD,2700.00\r (esc)
  subtotal,CSO-7371,Assets:Bank,USD,2700.00\r (esc)
  line,CSO-7371,Assets:Bank:USD-7371,USD,2700.00\r (esc)
  subtotal,CSO-7371,Equity,USD,-200.00\r (esc)
  line,CSO-7371,Equity:Conversion,USD,1000.00\r (esc)
  line,CSO-7371,Equity:Opening,USD,-1200.00\r (esc)
  subtotal,CSO-7371,Income,USD,-2500.00\r (esc)
  subtotal,CSO-7371,Income:Grants,USD,-2500.00\r (esc)
  line,CSO-7371,Income:Grants:Company,USD,-2500.00\r (esc)
  total,CSO-3204,Total,IDR,0.00\r (esc)
  total,CSO-7371,Total,IDR,0.00\r (esc)
  total,CSO-7371,Total,USD,0.00\r (esc)
  $ fundledger -f j.jsonl trial-balance
  Account                     Currency          Debit         Credit
  ------------------------------------------------------------------
  Assets:Bank:BJB-3204        IDR       39,997,500.00           0.00
  Assets:Bank:SULSELBAR-7371  IDR       31,120,000.00           0.00
  Equity:Conversion           IDR                0.00  15,620,000.00
  Equity:Opening              IDR                0.00  33,000,000.00
  Expenses:BankCharges        IDR            2,500.00           0.00
  Income:Grants:Government    IDR                0.00  15,000,000.00
  Income:Grants:Philanthropy  IDR                0.00   7,500,000.00
  Assets:Bank:USD-7371        USD            2,700.00           0.00
  Equity:Conversion           USD            1,000.00           0.00
  Equity:Opening              USD                0.00       1,200.00
  Income:Grants:Company       USD                0.00       2,500.00
  ------------------------------------------------------------------
  Total                       IDR       71,120,000.00  71,120,000.00
  Total                       USD            3,700.00       3,700.00
  $ fundledger -f j.jsonl trial-balance --by cso
  cso       Account                     Currency          Debit         Credit
  ----------------------------------------------------------------------------
  CSO-3204  Assets:Bank:BJB-3204        IDR       39,997,500.00           0.00
  CSO-3204  Equity:Opening              IDR                0.00  25,000,000.00
  CSO-3204  Expenses:BankCharges        IDR            2,500.00           0.00
  CSO-3204  Income:Grants:Government    IDR                0.00  15,000,000.00
  CSO-7371  Assets:Bank:SULSELBAR-7371  IDR       31,120,000.00           0.00
  CSO-7371  Equity:Conversion           IDR                0.00  15,620,000.00
  CSO-7371  Equity:Opening              IDR                0.00   8,000,000.00
  CSO-7371  Income:Grants:Philanthropy  IDR                0.00   7,500,000.00
  CSO-7371  Assets:Bank:USD-7371        USD            2,700.00           0.00
  CSO-7371  Equity:Conversion           USD            1,000.00           0.00
  CSO-7371  Equity:Opening              USD                0.00       1,200.00
  CSO-7371  Income:Grants:Company       USD                0.00       2,500.00
  ----------------------------------------------------------------------------
  CSO-3204  Total                       IDR       40,000,000.00  40,000,000.00
  CSO-7371  Total                       IDR       31,120,000.00  31,120,000.00
  CSO-7371  Total                       USD            3,700.00       3,700.00
  $ fundledger -f j.jsonl register Assets:Bank
  Date        Seq  Id       Description                                             Account                     Currency         Amount        Balance
  ----------------------------------------------------------------------------------------------------------------------------------------------------
  2024-01-02    1  OB-3204  Opening balance, Bank BJB                               Assets:Bank:BJB-3204        IDR       25,000,000.00  25,000,000.00
  2024-01-02    2  OB-7371  Opening balance, Bank Sulselbar                         Assets:Bank:SULSELBAR-7371  IDR        8,000,000.00  33,000,000.00
  2024-01-02    2  OB-7371  Opening balance, Bank Sulselbar                         Assets:Bank:USD-7371        USD            1,200.00       1,200.00
  2024-01-15    3  RC-0001  Pemkab Bandung, tranche 1, net of bank charge           Assets:Bank:BJB-3204        IDR       14,997,500.00  47,997,500.00
  2024-01-29    4  RC-0002  PT Semen Tonasa CSR, in USD                             Assets:Bank:USD-7371        USD            2,500.00       3,700.00
  2024-02-05    5  FX-0001  Convert USD 1,000 to IDR at 15,620                      Assets:Bank:USD-7371        USD           -1,000.00       2,700.00
  2024-02-05    5  FX-0001  Convert USD 1,000 to IDR at 15,620                      Assets:Bank:SULSELBAR-7371  IDR       15,620,000.00  63,617,500.00
  2024-02-20    6  RC-0003  Baznas Kota Makassar, zakat-funded grant, late posting  Assets:Bank:SULSELBAR-7371  IDR        7,500,000.00  71,117,500.00
  ----------------------------------------------------------------------------------------------------------------------------------------------------
                                                                                    Total                       IDR       71,117,500.00  71,117,500.00
                                                                                    Total                       USD            2,700.00       2,700.00
  $ fundledger -f j.jsonl register Income --format csv
  row,date,seq,id,description,account,currency,amount,balance\r (esc)
  line,2024-01-15,3,RC-0001,"Pemkab Bandung, tranche 1, net of bank charge",Income:Grants:Government,IDR,-15000000.00,-15000000.00\r (esc)
  line,2024-01-29,4,RC-0002,"PT Semen Tonasa CSR, in USD",Income:Grants:Company,USD,-2500.00,-2500.00\r (esc)
  line,2024-02-20,6,RC-0003,"Baznas Kota Makassar, zakat-funded grant, late posting",Income:Grants:Philanthropy,IDR,-7500000.00,-22500000.00\r (esc)
  total,,,,,Total,IDR,-22500000.00,-22500000.00\r (esc)
  total,,,,,Total,USD,-2500.00,-2500.00\r (esc)
  $ fundledger -f j.jsonl balance --format json --as-of 2024-01-31
  {"report":"balance","meta":{"as_of":"2024-01-31"},"columns":[{"key":"account","title":"Account","type":"text"},{"key":"currency","title":"Currency","type":"text"},{"key":"amount","title":"Balance","type":"money"}],"rows":[{"account":"Assets:Bank:BJB-3204","currency":"IDR","amount":"39997500.00"},{"account":"Assets:Bank:SULSELBAR-7371","currency":"IDR","amount":"8000000.00"},{"account":"Equity:Opening","currency":"IDR","amount":"-33000000.00"},{"account":"Expenses:BankCharges","currency":"IDR","amount":"2500.00"},{"account":"Income:Grants:Government","currency":"IDR","amount":"-15000000.00"},{"account":"Assets:Bank:USD-7371","currency":"USD","amount":"3700.00"},{"account":"Equity:Opening","currency":"USD","amount":"-1200.00"},{"account":"Income:Grants:Company","currency":"USD","amount":"-2500.00"}],"subtotals":[{"account":"Assets","currency":"IDR","amount":"47997500.00"},{"account":"Assets:Bank","currency":"IDR","amount":"47997500.00"},{"account":"Equity","currency":"IDR","amount":"-33000000.00"},{"account":"Expenses","currency":"IDR","amount":"2500.00"},{"account":"Income","currency":"IDR","amount":"-15000000.00"},{"account":"Income:Grants","currency":"IDR","amount":"-15000000.00"},{"account":"Assets","currency":"USD","amount":"3700.00"},{"account":"Assets:Bank","currency":"USD","amount":"3700.00"},{"account":"Equity","currency":"USD","amount":"-1200.00"},{"account":"Income","currency":"USD","amount":"-2500.00"},{"account":"Income:Grants","currency":"USD","amount":"-2500.00"}],"totals":[{"account":"Total","currency":"IDR","amount":"0.00"},{"account":"Total","currency":"USD","amount":"0.00"}]}
