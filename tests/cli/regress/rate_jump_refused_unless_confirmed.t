Plausibility: a rate more than the journal's rate-jump-limit (10 % by default) away from its
neighbouring quote of the same pair is refused, showing both quotes and how to confirm a genuine
jump (--confirm-jump, or the confirm_jump column of rates.csv). A dropped thousands separator is
the usual cause.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id jumps > /dev/null
  $ fundledger -f j.jsonl rate add --date 2024-01-05 --base USD --quote IDR --value 15525 --source JISDOR > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 1552.5 --source JISDOR
  error: --value: "1552.5" of 2024-01-08 differs from the previous USD/IDR quote 15525 (2024-01-05, RATE-USD-IDR-2024-01-05) by 90.0 %, more than the journal's limit of 10 %; check the number (and its locale), or confirm a genuine jump with --confirm-jump (rates.csv: confirm_jump column "yes")
  [1]
  $ fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 17.100 --number-locale id --source JISDOR
  error: --value: "17.100" (read as 17100) of 2024-01-08 differs from the previous USD/IDR quote 15525 (2024-01-05, RATE-USD-IDR-2024-01-05) by 10.1 %, more than the journal's limit of 10 %; check the number (and its locale), or confirm a genuine jump with --confirm-jump (rates.csv: confirm_jump column "yes")
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged

Exactly 10 % is within the limit; a first quote, earlier than all others, is compared with the next:

  $ fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 17077.5 --source JISDOR | head -1
  booked rate RATE-USD-IDR-2024-01-08 on 2024-01-08: USD/IDR 17077.5 (JISDOR)
  $ fundledger -f j.jsonl rate add --date 2024-01-02 --base USD --quote IDR --value 12000 --source JISDOR
  error: --value: "12000" of 2024-01-02 differs from the next USD/IDR quote 15525 (2024-01-05, RATE-USD-IDR-2024-01-05) by 22.7 %, more than the journal's limit of 10 %; check the number (and its locale), or confirm a genuine jump with --confirm-jump (rates.csv: confirm_jump column "yes")
  [1]

A genuine jump, confirmed with the flag or the CSV column:

  $ fundledger -f j.jsonl rate add --date 2024-01-09 --base USD --quote IDR --value 20000 --source JISDOR --confirm-jump | head -1
  booked rate RATE-USD-IDR-2024-01-09 on 2024-01-09: USD/IDR 20000 (JISDOR)
  $ mkdir r
  $ printf 'date,base,quote,value,source,confirm_jump\n2024-01-10,USD,IDR,16000,JISDOR,yes\n2024-01-11,USD,IDR,25000,JISDOR,no\n' > r/rates.csv
  $ fundledger -f j.jsonl import r
  r/rates.csv:3:1: error: value: "25000" of 2024-01-11 differs from the previous USD/IDR quote 16000 (2024-01-10, RATE-USD-IDR-2024-01-10) by 56.2 %, more than the journal's limit of 10 %; check the number (and its locale), or confirm a genuine jump with --confirm-jump (rates.csv: confirm_jump column "yes")
  fundledger: 1 row(s) refused; nothing was imported
  [1]
  $ printf 'date,base,quote,value,source,confirm_jump\n2024-01-10,USD,IDR,16000,JISDOR,yes\n2024-01-11,USD,IDR,25000,JISDOR,maybe\n' > r/rates.csv
  $ fundledger -f j.jsonl import r
  r/rates.csv:3:33: error: confirm_jump: "maybe" is not yes or no
  fundledger: 1 row(s) refused; nothing was imported
  [1]

The limit is a journal setting (a percentage above 0 and at most 1000):

  $ fundledger -f j.jsonl setting set rate-jump-limit 60 | head -1
  booked setting SETTING-rate-jump-limit-1 on 2026-11-27: Setting rate-jump-limit = 60
  $ printf 'date,base,quote,value,source\n2024-01-10,USD,IDR,16000,JISDOR\n2024-01-11,USD,IDR,25000,JISDOR\n' > r/rates.csv
  $ fundledger -f j.jsonl import r
  imported 2 event(s); head * (glob)
    rate: 2
  $ fundledger -f j.jsonl setting set rate-jump-limit 0
  error: VALUE: a percentage limit is more than 0 and at most 1000
  [2]
  $ fundledger -f j.jsonl setting set rate-jump-limit 12,5
  error: VALUE: "12,5" is not a percentage (e.g. 10 or 12.5, at most 2 decimals)
  [2]
