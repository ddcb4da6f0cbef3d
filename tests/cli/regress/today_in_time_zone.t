"Today" is the date in the journal's time zone. At 20:00 UTC on 27 November it is already
28 November in Jakarta: a tranche due on the 27th is one day overdue, one due on the 28th is
due today (current, not overdue).

  $ . "$TESTDIR/../setup.sh"
  $ export FUNDLEDGER_NOW=2026-11-27T20:00:00Z
  $ fundledger -f j.jsonl init --ledger-id demo --time-zone Asia/Jakarta > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-3204 --kind cso --name "Perkumpulan Inisiatif Warga Bandung" --district "Kabupaten Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f j.jsonl party add --id PEMKAB-BANDUNG --kind government --level district --name "Pemerintah Kabupaten Bandung" > /dev/null
  $ fundledger -f j.jsonl rate add --date 2026-01-02 --base USD --quote IDR --value 16000 --source JISDOR > /dev/null
  $ fundledger -f j.jsonl agreement sign --id AG-1 --cso CSO-3204 --counterparty PEMKAB-BANDUNG --signed 2026-01-05 --currency IDR --amount 160000000 --tranche "1 2026-11-27 80000000" --tranche "2 2026-11-28 80000000" > /dev/null

The parties are dated the day the ledger was created, in Jakarta:

  $ grep -c '"type":"party".*"date":"2026-11-28"' j.jsonl
  2

  $ fundledger -f j.jsonl report aging | sed -n '1,3p;/^Overdue/,$p'
  as_of: 
  today: 2026-11-28
  currency: USD
  Overdue tranches, oldest first
  Agreement  CSO       Counterparty    Tranche  Due         Days overdue  Bucket  Currency    Outstanding  Outstanding (USD)
  --------------------------------------------------------------------------------------------------------------------------
  AG-1       CSO-3204  PEMKAB-BANDUNG  1        2026-11-27             1  1-30    IDR       80,000,000.00           5,000.00
  --------------------------------------------------------------------------------------------------------------------------
  Total                                                                           IDR       80,000,000.00           5,000.00
  Total                                                                                                             5,000.00
  $ fundledger -f j.jsonl report agreements | sed -n '/^Tranches/,$p'
  Tranches
  Agreement  Tranche  Due         Currency          Amount  Received  Written off     Outstanding  Days overdue
  -------------------------------------------------------------------------------------------------------------
  AG-1       1        2026-11-27  IDR        80,000,000.00      0.00         0.00   80,000,000.00             1
  AG-1       2        2026-11-28  IDR        80,000,000.00      0.00         0.00   80,000,000.00             0
  -------------------------------------------------------------------------------------------------------------
  Total                           IDR       160,000,000.00      0.00         0.00  160,000,000.00

A ledger kept in UTC is still on the 27th: nothing is overdue yet.

  $ fundledger -f u.jsonl init --ledger-id demo --time-zone UTC > /dev/null
  $ fundledger -f u.jsonl party add --id CSO-3204 --kind cso --name "Perkumpulan Inisiatif Warga Bandung" --district "Kabupaten Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f u.jsonl party add --id PEMKAB-BANDUNG --kind government --level district --name "Pemerintah Kabupaten Bandung" > /dev/null
  $ fundledger -f u.jsonl rate add --date 2026-01-02 --base USD --quote IDR --value 16000 --source JISDOR > /dev/null
  $ fundledger -f u.jsonl agreement sign --id AG-1 --cso CSO-3204 --counterparty PEMKAB-BANDUNG --signed 2026-01-05 --currency IDR --amount 160000000 --tranche "1 2026-11-27 80000000" --tranche "2 2026-11-28 80000000" > /dev/null
  $ fundledger -f u.jsonl report aging --format csv | sed -n '/^# Overdue/,$p'
  # Overdue tranches, oldest first\r (esc)
  row,agreement,cso,counterparty,tranche,due,days_overdue,bucket,currency,outstanding,outstanding_value\r (esc)
  total,Total,,,,,,,,,0.00\r (esc)
