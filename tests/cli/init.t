Creating a ledger: defaults are USD, Asia/Jakarta and a calendar fiscal year.

  $ . "$TESTDIR/setup.sh"
  $ fundledger -f j.jsonl init --ledger-id madani --target 700000
  created j.jsonl; head ad987d59d318af29af3644fb02bd04dcad6515f71abfa06ba1d0d96168cb03b7
  $ cat j.jsonl
  {"seq":0,"prev":"0000000000000000000000000000000000000000000000000000000000000000","frame":"one","type":"header","format":"fundledger-journal","version":1,"ledger_id":"madani","base_currency":"USD","time_zone":"Asia/Jakarta","fiscal_year_start":"01-01","target":"700000.00","rate_age_days_max":7,"created_at":"2026-11-27T00:00:00Z","hash":"63231c9cc155378f02b0ae77b6e2151df64bab3596b4382ef36e2f7e43302cba"}
  $ fundledger -f j.jsonl verify
  ok: 0 events in 1 lines; hash chain intact
  head: ad987d59d318af29af3644fb02bd04dcad6515f71abfa06ba1d0d96168cb03b7

A second init never overwrites a journal.

  $ fingerprint j.jsonl
  5ce9f24dd910fa4e
  $ fundledger -f j.jsonl init --ledger-id other
  j.jsonl: error: a journal already exists here; nothing was written
  [1]
  $ fingerprint j.jsonl
  5ce9f24dd910fa4e

Options are checked before anything is written.

  $ fundledger -f k.jsonl init --base-currency XYZ
  error: --base-currency: unknown currency "XYZ" (expected an ISO 4217 code such as IDR or USD)
  [1]
  $ fundledger -f k.jsonl init --time-zone Mars/Olympus
  error: --time-zone: unknown time zone "Mars/Olympus" (expected an IANA name such as Asia/Jakarta)
  [1]
  $ fundledger -f k.jsonl init --fiscal-year-start 02-30
  error: --fiscal-year-start: "02-30" is not a fiscal-year start (expected MM-DD, day 1-28)
  [1]
  $ fundledger -f k.jsonl init --target 1e6
  error: --target: "1e6" is not an amount: exponent notation is not accepted
  [1]
  $ fundledger -f k.jsonl init --ledger-id "has space"
  error: --ledger-id: "has space" may contain only letters, digits and . _ : / -
  [1]
  $ ls k.jsonl
  ls: cannot access 'k.jsonl': No such file or directory
  [2]
  $ fundledger -f us.jsonl init --ledger-id us --fiscal-year-start 10-01 --time-zone Asia/Makassar --base-currency IDR --rate-age-days-max 3
  created us.jsonl; head 8498ab5631d68d54b5479b8f99a61d7e8e9bd97e859ec16e6657a1c41acc183d
  $ head -c 330 us.jsonl; echo
  {"seq":0,"prev":"0000000000000000000000000000000000000000000000000000000000000000","frame":"one","type":"header","format":"fundledger-journal","version":1,"ledger_id":"us","base_currency":"IDR","time_zone":"Asia/Makassar","fiscal_year_start":"10-01","target":"0.00","rate_age_days_max":3,"created_at":"2026-11-27T00:00:00Z","hash"

No journal given is a usage error.

  $ fundledger balance
  error: no journal: give -f PATH or set FUNDLEDGER_JOURNAL
  [2]
  $ FUNDLEDGER_JOURNAL=j.jsonl fundledger verify
  ok: 0 events in 1 lines; hash chain intact
  head: ad987d59d318af29af3644fb02bd04dcad6515f71abfa06ba1d0d96168cb03b7
