Correcting a rate. A rate that no event has used yet can be withdrawn by an event that names it;
the day's quote can then be recorded again (its id gets ".2"). A rate already used is corrected
by correcting the events that used it (docs/booking.md, "Correcting a rate"). The error for a
repeated rate says which command fixes it.

  $ . "$TESTDIR/../setup.sh"
  $ fundledger -f j.jsonl init --ledger-id corrections > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-1 --kind cso --name Warga --district "Kab Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f j.jsonl party add --id GOV --kind government --level district --name Pemkab > /dev/null
  $ fundledger -f j.jsonl rate add --date 2024-01-05 --base USD --quote IDR --value 15525 --source JISDOR > /dev/null
  $ fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 15625 --source JISDOR > /dev/null
  $ before=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 15652 --source JISDOR
  error: --value: a USD/IDR rate for 2024-01-08 is recorded already: RATE-USD-IDR-2024-01-08, 15625 (JISDOR), not 15652; if the recorded one is wrong and no event has used it, withdraw it first: fundledger rate withdraw RATE-USD-IDR-2024-01-08 --note "why" (docs/booking.md, "Correcting a rate")
  [1]
  $ fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 15625 --source JISDOR
  already in the journal with the same content; nothing written
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged

Withdrawn, the day's quote is recorded again:

  $ fundledger -f j.jsonl rate withdraw RATE-USD-IDR-2024-01-08 --note "digits swapped: JISDOR says 15652"
  booked rate-withdraw WITHDRAW-RATE-USD-IDR-2024-01-08 on 2024-01-08: Withdrawn: digits swapped: JISDOR says 15652
    RATE-USD-IDR-2024-01-08 withdrawn: digits swapped: JISDOR says 15652
  head * (glob)
  $ fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 15652 --source JISDOR | head -1
  booked rate RATE-USD-IDR-2024-01-08.2 on 2024-01-08: USD/IDR 15652 (JISDOR)
  $ fundledger -f j.jsonl agreement sign --id AG-1 --cso CSO-1 --counterparty GOV --signed 2024-01-09 --currency IDR --amount 156520000 --tranche "1 2024-03-01 156520000" | grep valued
    valued at 15,652 IDR per USD (RATE-USD-IDR-2024-01-08.2, JISDOR of 2024-01-08): 10,000.00 USD

A rate in use is not withdrawn, nor is one withdrawn already, nor an unknown one:

  $ before=$(fingerprint j.jsonl)
  $ fundledger -f j.jsonl rate withdraw RATE-USD-IDR-2024-01-08.2 --note "try"
  error: data.rate: "RATE-USD-IDR-2024-01-08.2" values agreement AG-1; correct it first: cancel it (fundledger agreement change cancel --agreement AG-1 --id ID) and sign it again once the right rate is recorded (docs/booking.md, "Correcting a rate")
  [1]
  $ fundledger -f j.jsonl rate withdraw RATE-USD-IDR-2024-01-08 --note "digits swapped: JISDOR says 15652"
  already in the journal with the same content; nothing written
  $ fundledger -f j.jsonl rate withdraw RATE-USD-IDR-2024-01-08 --note "again"
  *: error: description: differs from transaction "WITHDRAW-RATE-USD-IDR-2024-01-08" already at seq *; an id names one transaction (nothing was written) (glob)
  [1]
  $ fundledger -f j.jsonl rate withdraw RATE-USD-IDR-2024-01-07 --note "none"
  error: RATE: "RATE-USD-IDR-2024-01-07" is not a recorded rate event
  [1]
  $ [ "$(fingerprint j.jsonl)" = "$before" ] && echo unchanged
  unchanged

A rate used by an agreement is corrected by correcting the agreement: cancelled in full, the
rate can be withdrawn, and the agreement signed again under a new id at the right quote. A rate
that values a receipt stays: the receipt's USD figure is a fact of the journal.

  $ fundledger -f j.jsonl agreement change cancel --id CX-1 --agreement AG-1 --date 2024-01-10 --note "valued at a wrong rate" | grep "valued at 1"
    valued at 15,652 IDR per USD (RATE-USD-IDR-2024-01-08.2, JISDOR of 2024-01-08): 10,000.00 USD
  $ fundledger -f j.jsonl rate withdraw RATE-USD-IDR-2024-01-08.2 --note "JISDOR says 15630" | head -1
  booked rate-withdraw WITHDRAW-RATE-USD-IDR-2024-01-08.2 on 2024-01-08: Withdrawn: JISDOR says 15630

A value withdrawn for that day is not recorded again:

  $ fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 15625 --source JISDOR
  error: --value: 15625 is the quote withdrawn for 2024-01-08 (WITHDRAW-RATE-USD-IDR-2024-01-08: digits swapped: JISDOR says 15652); record the right quote of that day
  [1]
  $ fundledger -f j.jsonl rate add --date 2024-01-08 --base USD --quote IDR --value 15630 --source JISDOR | head -1
  booked rate RATE-USD-IDR-2024-01-08.3 on 2024-01-08: USD/IDR 15630 (JISDOR)
  $ fundledger -f j.jsonl agreement sign --id AG-1R --cso CSO-1 --counterparty GOV --signed 2024-01-09 --currency IDR --amount 156520000 --tranche "1 2024-03-01 156520000" | grep valued
    valued at 15,630 IDR per USD (RATE-USD-IDR-2024-01-08.3, JISDOR of 2024-01-08): 10,014.08 USD
  $ fundledger -f j.jsonl bank-account open --id BA-1 --cso CSO-1 --bank BJB --number 001 --currency IDR --account Assets:Bank:BJB --opened 2024-01-02 > /dev/null
  $ fundledger -f j.jsonl receipt record --id RC-1 --cso CSO-1 --agreement AG-1R --date 2024-01-09 --gross 1000000 --bank-account BA-1 | grep valued
    valued at 15,630 IDR per USD (RATE-USD-IDR-2024-01-08.3, JISDOR of 2024-01-08): 63.98 USD
  $ fundledger -f j.jsonl rate withdraw RATE-USD-IDR-2024-01-08.3 --note "no"
  error: data.rate: "RATE-USD-IDR-2024-01-08.3" values RC-1, which stay as recorded; it cannot be withdrawn (docs/booking.md, "Correcting a rate")
  [1]

Both verifiers accept the journal:

  $ fundledger -f j.jsonl verify | head -1
  ok: 13 events in 14 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" j.jsonl | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["ok"], r["events"])'
  True 13
