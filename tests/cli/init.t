Creating a ledger: defaults are USD, Asia/Jakarta and a calendar fiscal year.

  $ . "$TESTDIR/setup.sh"
  $ fundledger -f j.jsonl init --ledger-id madani --target 700000
  created j.jsonl; head c2e701f8a82a28b08bb6ca2aa4e3dc9801ed1deef6024766e425225e5e3741ec
  $ cat j.jsonl
  {"seq":0,"prev":"0000000000000000000000000000000000000000000000000000000000000000","frame":"one","type":"header","format":"fundledger-journal","version":2,"ledger_id":"madani","base_currency":"USD","time_zone":"Asia/Jakarta","fiscal_year_start":"01-01","target":"700000.00","rate_age_days_max":7,"created_at":"2026-11-27T00:00:00Z","hash":"3928cf39872d628fa0243bb7c5fe7a7038614436505e065eaa2cc457552fd14c"}
  $ fundledger -f j.jsonl verify
  ok: 0 events in 1 lines; hash chain intact
  head: c2e701f8a82a28b08bb6ca2aa4e3dc9801ed1deef6024766e425225e5e3741ec

A second init never overwrites a journal.

  $ fingerprint j.jsonl
  74e814c7e7381c5b
  $ fundledger -f j.jsonl init --ledger-id other
  j.jsonl: error: a journal already exists here; nothing was written
  [1]
  $ fingerprint j.jsonl
  74e814c7e7381c5b

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
  created us.jsonl; head d9afadd90158f26641e6178aba627fc0dbc699f340b676b8ea9dfdcccaf681b1
  $ head -c 330 us.jsonl; echo
  {"seq":0,"prev":"0000000000000000000000000000000000000000000000000000000000000000","frame":"one","type":"header","format":"fundledger-journal","version":2,"ledger_id":"us","base_currency":"IDR","time_zone":"Asia/Makassar","fiscal_year_start":"10-01","target":"0.00","rate_age_days_max":3,"created_at":"2026-11-27T00:00:00Z","hash"

No journal given is a usage error.

  $ fundledger balance
  error: no journal: give -f PATH or set FUNDLEDGER_JOURNAL
  [2]
  $ FUNDLEDGER_JOURNAL=j.jsonl fundledger verify
  ok: 0 events in 1 lines; hash chain intact
  head: c2e701f8a82a28b08bb6ca2aa4e3dc9801ed1deef6024766e425225e5e3741ec
