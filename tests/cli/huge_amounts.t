Amounts inside the documented limits (27 integer digits) never make a command abort. Reports
of huge agreements are exact: the products they need (a share of a commitment, a percentage of
the target, a split over tranches) are formed in 256 bits. A figure that the journal could not
hold exactly is refused when it would be written, with the journal left unchanged.

  $ . "$TESTDIR/setup.sh"
  $ B=999999999999999999999999999
  $ fundledger -f j.jsonl init --ledger-id huge --target 0.01 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-1 --kind cso --name "Perkumpulan A" --district "Kota Bandung" --province "Jawa Barat" --region-code 32.73 > /dev/null
  $ fundledger -f j.jsonl party add --id GOV --kind government --level district --name "Pemkot Bandung" > /dev/null
  $ fundledger -f j.jsonl rate add --date 2024-01-01 --base USD --quote IDR --value 0.0001 --source TEST > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-1 --cso CSO-1 --bank "Bank BJB" --number 1 --currency USD --account Assets:Bank:BJB-1 --opened 2024-01-01 > /dev/null
  $ for i in 1 2 3; do fundledger -f j.jsonl agreement sign --id AG-$i --cso CSO-1 --counterparty GOV --signed 2024-01-02 --currency USD --amount $B --tranche "1 2024-03-01 500000000000000000000000000" --tranche "2 2024-06-01 499999999999999999999999999" > /dev/null; done
  $ fundledger -f j.jsonl receipt record --id RC-1 --cso CSO-1 --agreement AG-1 --date 2024-03-02 --gross 700000000000000000000000000 --bank-account BA-1 > /dev/null

Every report runs and foots:

  $ fundledger -f j.jsonl report progress | head -8
  as_of: 
  currency: USD
  target: 0.01
  committed: 2999999999999999999999999997.00
  percent_of_target: 29999999999999999999999999970000.00
  counted_agreements: 3
  csos_mobilised: 1
  csos: 1
  $ fundledger -f j.jsonl report progress --format csv | grep '^total'
  total,Total,3,2999999999999999999999999997.00,700000000000000000000000000.00,0.00,2299999999999999999999999997.00,700000000000000000000000000.00,0.00\r (esc)
  $ for r in csos agreements counterparties provinces quarters aging; do fundledger -f j.jsonl report $r --as-of 2024-12-31 > /dev/null; echo "$r $?"; done
  csos 0
  agreements 0
  counterparties 0
  provinces 0
  quarters 0
  aging 0
  $ fundledger -f j.jsonl report aging --as-of 2024-12-31 --format csv | grep '^total,Total,USD'
  total,Total,USD,0.00,0.00,0.00,0.00,2299999999999999999999999997.00,2299999999999999999999999997.00,0.00,0.00,0.00,0.00,2299999999999999999999999997.00,2299999999999999999999999997.00\r (esc)
  total,Total,USD,0.00,0.00,0.00,0.00,2299999999999999999999999997.00,2299999999999999999999999997.00,0.00,0.00,0.00,0.00,2299999999999999999999999997.00,2299999999999999999999999997.00\r (esc)
  $ fundledger -f j.jsonl report quarters --format csv | grep '^line'
  line,FY2024 Q1,3,2999999999999999999999999997.00,2999999999999999999999999997.00,29999999999999999999999999970000.00\r (esc)
  $ fundledger -f j.jsonl trial-balance --format csv | grep '^total'
  total,Total,USD,2999999999999999999999999997.00,2999999999999999999999999997.00\r (esc)

A rupiah agreement whose value in dollars would have more than 27 integer digits is refused
when it is signed; nothing is written, and the journal still verifies:

  $ before=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl agreement sign --id AG-9 --cso CSO-1 --counterparty GOV --signed 2024-01-02 --currency IDR --amount $B --tranche "1 2024-03-01 $B"
  error: --amount: its value in USD at the rate of 2024-01-01 (0.0001), 9999999999999999999999999990000.00, has more than the 27 integer digits an amount may have
  [1]
  $ mkdir in && printf 'id,cso,counterparty,signed,currency,amount,nature,form,conditional,counts_as\nAG-9,CSO-1,GOV,2024-01-02,IDR,%s,contribution,cash,no,leverage\n' $B > in/agreements.csv
  $ printf 'agreement,tranche,due,amount\nAG-9,1,2024-03-01,%s\n' $B > in/schedule.csv
  $ fundledger -f j.jsonl import in
  in/agreements.csv:2:1: error: amount: its value in USD at the rate of 2024-01-01 (0.0001), 9999999999999999999999999990000.00, has more than the 27 integer digits an amount may have
  fundledger: 1 row(s) refused; nothing was imported
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged
  $ fundledger -f j.jsonl verify | head -1
  ok: 8 events in 9 lines; hash chain intact
