The reference example: 32 CSOs, 80 counted agreements, more than USD 700,000, 31 of 32 CSOs
mobilised — imported from its CSV files, then reported.

  $ . "$TESTDIR/setup.sh"; hide_hashes
  $ fundledger -f m.jsonl init --ledger-id madani --target 700000 > /dev/null
  $ fundledger -f m.jsonl import "$ROOT/examples/madani"
  imported 1390 event(s); head <hash>
    agreement: 85, valued at 797,401.88 USD
    bank-account: 38
    change: 9
    party: 110
    rate: 1022
    receipt: 126, valued at 704,426.36 USD
  $ fundledger -f m.jsonl verify
  ok: 1390 events in 1392 lines; hash chain intact
  head: <hash>
  $ fundledger -f m.jsonl report progress
  as_of: 
  currency: USD
  target: 700000.00
  committed: 730121.92
  percent_of_target: 104.30
  counted_agreements: 80
  csos_mobilised: 31
  csos: 32
  
  Counted agreements by counterparty kind (USD)
  Counterparty kind  Agreements   Committed    Received  Written off  Outstanding  Received at receipt rate  FX difference
  ------------------------------------------------------------------------------------------------------------------------
  government                 27  301,280.39  284,955.99         0.00    16,324.40                281,328.48      -3,627.51
  company                    27  158,545.28  130,865.76         0.00    27,679.52                130,142.99        -722.77
  philanthropy               26  270,296.25  259,582.52         0.00    10,713.73                259,529.67         -52.85
  ------------------------------------------------------------------------------------------------------------------------
  Total                      80  730,121.92  675,404.27         0.00    54,717.65                671,001.14      -4,403.13
  
  Agreements that do not count
  Agreement   CSO       Counterparty      Kind        Status            Currency          Amount  Reason
  -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  AG-3212-03  CSO-3212  ENERGI-PANTURA    company     condition lapsed  IDR       120,000,000.00  condition lapsed: Persetujuan direksi tidak terbit sampai batas waktu
  AG-3374-01  CSO-3374  PEMKOT-SEMARANG   government  cancelled         IDR       150,000,000.00  cancelled: Refocusing anggaran penanganan COVID-19 (Inpres 4/2020)
  AG-3573-02  CSO-3573  MALANG-AGRO       company     fully received    IDR       145,000,000.00  cost share, not leverage
  AG-6112-01  CSO-6112  PEMKAB-KUBU-RAYA  government  signed            IDR       222,500,000.00  condition not met: Pencairan setelah Perubahan APBD 2023 disahkan dan verifikasi proposal selesai
  AG-7371-02  CSO-7371  USAID-MADANI      donor       fully received    IDR       350,000,000.00  the programme's own donor
  $ fundledger -f m.jsonl report progress --as-of 2021-12-31 | head -n 8
  as_of: 2021-12-31
  currency: USD
  target: 700000.00
  committed: 326041.09
  percent_of_target: 46.58
  counted_agreements: 33
  csos_mobilised: 26
  csos: 32
  $ fundledger -f m.jsonl report csos | tail -n 4
  CSO-7309  Lembaga Karst Lestari Maros                   Kabupaten Maros        Sulawesi Selatan  73.09  yes                 2    3,825.59        0.00    2,140.61      1,684.98    3,825.59         0.00
  CSO-7371  Perkumpulan Warga Kota Makassar               Kota Makassar          Sulawesi Selatan  73.71  yes                 3   40,482.16   23,904.22   10,500.00      6,077.94   40,482.16         0.00
  --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  Total                                                                                                   31 of 32           80  730,121.92  301,280.39  158,545.28    270,296.25  675,404.27    54,717.65

The register, counterparties, provinces and progress by fiscal quarter:

  $ fundledger -f m.jsonl report agreements --as-of 2023-12-31 | grep -E '^(today|Total)'
  today: 2023-12-31
  Total                                                                                IDR       10,066,371,000.00  8,909,021,000.00         0.00  1,157,350,000.00  503,150,000.00                10
  Total                                                                                USD              101,000.00        101,000.00         0.00              0.00            0.00                 0
  Total                            IDR       10,066,371,000.00  8,909,021,000.00         0.00  1,157,350,000.00
  Total                            USD              101,000.00        101,000.00         0.00              0.00
  $ fundledger -f m.jsonl report agreements --as-of 2023-12-31 --format csv | grep '^line,AG-6112-01'
  line,AG-6112-01,CSO-6112,PEMKAB-KUBU-RAYA,2023-08-21,signed,no,IDR,222500000.00,0.00,0.00,222500000.00,0.00,0\r (esc)
  line,AG-6112-01,1,2024-02-15,IDR,89000000.00,0.00,0.00,89000000.00,0\r (esc)
  line,AG-6112-01,2,2024-02-15,IDR,133500000.00,0.00,0.00,133500000.00,0\r (esc)
  $ fundledger -f m.jsonl report counterparties | tail -n 1
  Total                                                                                                                    80  730,121.92  675,404.27    54,717.65
  $ fundledger -f m.jsonl report provinces
  as_of: 
  currency: USD
  
  Mobilisation by province (USD)
  Province          CSOs  Mobilised  Agreements   Committed
  ---------------------------------------------------------
  Banten               4          4          10   67,488.54
  Jawa Barat           7          7          18  147,697.25
  Jawa Tengah          7          7          18  155,026.31
  Jawa Timur           7          7          19  218,616.43
  Kalimantan Barat     3          2           5   45,664.85
  Sulawesi Selatan     4          4          10   95,628.54
  ---------------------------------------------------------
  Total               32         31          80  730,121.92
  $ fundledger -f m.jsonl report quarters | tail -n 3
  FY2023 Q3                4   34,192.61  730,121.92  104.30
  ---------------------------------------------------------------
  Total                   80  730,121.92  730,121.92  104.30

Importing the same files again changes nothing:

  $ fingerprint m.jsonl
  15ec8e1d3b035233
  $ fundledger --now 2027-01-01T00:00:00Z -f m.jsonl import "$ROOT/examples/madani"
  nothing new: all 1390 event(s) are in the journal already
  $ fingerprint m.jsonl
  15ec8e1d3b035233

Each CSO's trial balance is zero in every currency, and the receivable is what the agreements
still expect:

  $ fundledger -f m.jsonl trial-balance --by cso --format csv | tr -d '\r' | grep '^total' | awk -F, '$5 != $6 {print "UNEVEN", $0} END {print NR, "CSO trial balances checked"}'
  38 CSO trial balances checked
  $ fundledger -f m.jsonl balance --format csv | grep -E 'Receivable:Agreements|Liabilities:Overpayments|^total'
  line,Assets:Receivable:Agreements,IDR,643350000.00\r (esc)
  line,Liabilities:Overpayments,IDR,0.00\r (esc)
  line,Assets:Receivable:Agreements,USD,0.00\r (esc)
  total,Total,IDR,0.00\r (esc)
  total,Total,USD,0.00\r (esc)
