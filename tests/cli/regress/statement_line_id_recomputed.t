A statement line's id follows from what the line says (docs/format/journal.md §4.4): both
`fundledger verify` and the independent verifier recompute it, and refuse a journal where it was
changed and the hashes recomputed, naming the line. The same for a statement's id.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ M="$ROOT/mappings"; cp "$ROOT"/tests/io/statements/klikbca.csv .
  $ fundledger -f j.jsonl init --ledger-id ids --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-3204 --kind cso --name "Yayasan Lingkar Desa" --district "Kabupaten Bandung" --province "Jawa Barat" --region-code 32.04 > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-KLIK --cso CSO-3204 --bank BCA --number 1234567890 --currency IDR --account Assets:Bank:BCA-3204 --opened 2026-09-30 --opening-balance 10000000 > /dev/null
  $ fundledger -f j.jsonl statement import klikbca.csv --bank-account BA-KLIK --mapping "$M/bca-klikbca.json" 2> /dev/null | sed 's/; head .*//'
  statement ST-6bd4333631c17be0: 8 new events (statement and lines), 0 already recorded
  booked statement ST-6bd4333631c17be0 on 2026-10-31: BCA KlikBCA CSV statement 2026-10-01 to 2026-10-31
    BA-KLIK 2026-10-01 to 2026-10-31, 7 line(s)
  head <hash>
  $ fundledger -f j.jsonl verify | head -1
  ok: 10 events in 12 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" j.jsonl | cut -c1-12
  {"ok": true,

A forger changes one id (a line's, then the statement's) and recomputes every hash after it:

  $ cat > forge.py <<'PY'
  > import hashlib, json, sys
  > src, dst, old, new = sys.argv[1:]
  > out, prev = [], None
  > for raw in open(src, "rb").read().split(b"\n")[:-1]:
  >     obj = json.loads(raw)
  >     if prev is not None:
  >         obj["prev"] = prev
  >     text = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace(old, new)
  >     head = text[:text.rindex(',"hash":"')].encode()
  >     line = head + b',"hash":"' + hashlib.sha256(head).hexdigest().encode() + b'"}'
  >     out.append(line)
  >     prev = hashlib.sha256(line).hexdigest()
  > open(dst, "wb").write(b"".join(l + b"\n" for l in out))
  > PY
  $ line=$(grep -o '"type":"statement-line","id":"SL-[0-9a-f]*","recorded_at":"[^"]*","date":"2026-10-31","description":"BIAYA ADM"' j.jsonl | grep -o 'SL-[0-9a-f]*')
  $ $PYTHON forge.py j.jsonl forged-line.jsonl "$line" SL-0123456789abcdef
  $ fundledger -f forged-line.jsonl verify
  forged-line.jsonl:11: error: verification failed at line 11 (seq 10, byte 5176): id: statement line SL-0123456789abcdef does not have the id its date, amount, description and occurrence give, SL-531176c8b3696a69
  [3]
  $ $PYTHON "$ROOT/tools/verify_journal.py" forged-line.jsonl
  {"ok": false, "events": 2, "lines": 3, "head": "af49b174107f84597c5beedb84a5dcccee08f03abed29fcd3e06d1910b28d6c0", "first_bad": {"seq": 10, "line": 11, "offset": 5176, "reason": "statement line SL-0123456789abcdef: its id is not the one its date, amount, description, reference and occurrence give, SL-531176c8b3696a69"}, "balances": [{"account": "Assets:Bank:BCA-3204", "currency": "IDR", "amount": "10000000.00"}, {"account": "Equity:Opening", "currency": "IDR", "amount": "-10000000.00"}]}
  [3]
  $ $PYTHON forge.py j.jsonl forged-statement.jsonl ST-6bd4333631c17be0 ST-0123456789abcdef
  $ fundledger -f forged-statement.jsonl verify
  forged-statement.jsonl:4: error: verification failed at line 4 (seq 3, byte 1466): id: statement ST-0123456789abcdef does not have the id its bank account and file give, ST-6bd4333631c17be0 (or, correcting a period, ST-19b09c0f13744c87)
  [3]
  $ $PYTHON "$ROOT/tools/verify_journal.py" forged-statement.jsonl
  {"ok": false, "events": 2, "lines": 3, "head": "af49b174107f84597c5beedb84a5dcccee08f03abed29fcd3e06d1910b28d6c0", "first_bad": {"seq": 3, "line": 4, "offset": 1466, "reason": "statement ST-0123456789abcdef: its id is not the one its bank_account and file_sha256 give, ST-6bd4333631c17be0 or ST-19b09c0f13744c87"}, "balances": [{"account": "Assets:Bank:BCA-3204", "currency": "IDR", "amount": "10000000.00"}, {"account": "Equity:Opening", "currency": "IDR", "amount": "-10000000.00"}]}
  [3]
