Rows that share a bank reference and a date (a transfer and its fee, booked under one reference)
are told apart by amount and text before their occurrence: the same rows listed newest first, in
an export that overlaps the first, are recognised rather than refused, and two identical rows of
one reference stay two lines.

  $ . "$TESTDIR/../setup.sh"; hide_hashes
  $ M="$ROOT/mappings"
  $ fundledger -f j.jsonl init --ledger-id sameref --target 700000 > /dev/null
  $ fundledger -f j.jsonl party add --id CSO-5201 --kind cso --name "Perkumpulan Panca Karsa" --district "Kota Mataram" --province "Nusa Tenggara Barat" --region-code 52.71 > /dev/null
  $ fundledger -f j.jsonl bank-account open --id BA-MCM --cso CSO-5201 --bank Mandiri --number 1370012345678 --currency IDR --account Assets:Bank:MANDIRI-5201 --opened 2026-09-30 --opening-balance 0 > /dev/null

The first export, oldest first: an SKN transfer out, its fee under the same reference, and two
RTGS fees of one reference:

  $ cat > mcm-1-5.csv <<'CSV'
  > Account No,Date,Val. Date,Transaction Code,Description,Description,Reference No.,Debit,Credit,
  > 1370012345678,01/10/26,01/10/26,1010,"TRANSFER DARI PEMPROV NTB","HIBAH BANSOS 2026",SP2D-1001-0042,".00","75,500,000.00"
  > 1370012345678,05/10/26,05/10/26,6902,"MCM SKN KE 0060003911777 KOPERASI TANI","PEMBAYARAN BIBIT OKTOBER",MCM2610050001,"12,750,000.00",".00"
  > 1370012345678,05/10/26,05/10/26,6903,"BIAYA SKN","MCM SKN",MCM2610050001,"2,900.00",".00"
  > 1370012345678,05/10/26,05/10/26,6905,"BIAYA RTGS","MCM RTGS",MCM2610050002,"25,000.00",".00"
  > 1370012345678,05/10/26,05/10/26,6905,"BIAYA RTGS","MCM RTGS",MCM2610050002,"25,000.00",".00"
  > CSV
  $ fundledger -f j.jsonl statement import mcm-1-5.csv --bank-account BA-MCM --mapping "$M/mandiri-mcm.json" --from 2026-10-01 --to 2026-10-05 | sed 's/; head .*//'
  statement ST-3eaa10c76cbbe589: 6 new events (statement and lines), 0 already recorded
  booked statement ST-3eaa10c76cbbe589 on 2026-10-05: Bank Mandiri MCM CSV statement 2026-10-01 to 2026-10-05
    BA-MCM 2026-10-01 to 2026-10-05, 5 line(s)
  head <hash>

The next export, newest first, overlaps it by two days: the five rows of 5 October are
recognised, only the row of 8 October is new.

  $ cat > mcm-4-8.csv <<'CSV'
  > Account No,Date,Val. Date,Transaction Code,Description,Description,Reference No.,Debit,Credit,
  > 1370012345678,08/10/26,08/10/26,0511,"SETORAN TUNAI","KAS KECIL",SETOR-0810,".00","1,000,000.00"
  > 1370012345678,05/10/26,05/10/26,6905,"BIAYA RTGS","MCM RTGS",MCM2610050002,"25,000.00",".00"
  > 1370012345678,05/10/26,05/10/26,6905,"BIAYA RTGS","MCM RTGS",MCM2610050002,"25,000.00",".00"
  > 1370012345678,05/10/26,05/10/26,6903,"BIAYA SKN","MCM SKN",MCM2610050001,"2,900.00",".00"
  > 1370012345678,05/10/26,05/10/26,6902,"MCM SKN KE 0060003911777 KOPERASI TANI","PEMBAYARAN BIBIT OKTOBER",MCM2610050001,"12,750,000.00",".00"
  > CSV
  $ fundledger -f j.jsonl statement import mcm-4-8.csv --bank-account BA-MCM --mapping "$M/mandiri-mcm.json" --from 2026-10-04 --to 2026-10-08 | sed 's/; head .*//'
  statement ST-28553d65a195b765: 2 new events (statement and lines), 4 already recorded
  booked statement ST-28553d65a195b765 on 2026-10-08: Bank Mandiri MCM CSV statement 2026-10-04 to 2026-10-08
    BA-MCM 2026-10-04 to 2026-10-08, 5 line(s)
  head <hash>

Six lines, each once; the bank balance is the opening plus them:

  $ fundledger -f j.jsonl reconcile statement --bank-account BA-MCM --as-of 2026-10-08 | grep -E '^(bank_balance|Add:)'
  bank_balance: 63697100.00
  bank_balance_source: opening balance + 6 statement lines after it
  Add: in the bank, not recorded   IDR       63,697,100.00
  $ fundledger -f j.jsonl reconcile statement --bank-account BA-MCM --as-of 2026-10-08 --format csv | grep -c 'BIAYA RTGS'
  2
  $ fundledger -f j.jsonl verify | head -1
  ok: 10 events in 13 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" j.jsonl > /dev/null && echo independent verifier agrees
  independent verifier agrees

Lines recorded before rows were told apart kept their ids: the transfer and its fee were numbered
in file order, occurrences 1 and 2 of the reference (SL-7b5d951b0878dfa3 is the id the transfer had).
A journal holding them that way verifies, and
the newest-first export finds them again by their content, adding nothing twice:

  $ fundledger -f old.jsonl init --ledger-id sameref --target 700000 > /dev/null
  $ fundledger -f old.jsonl party add --id CSO-5201 --kind cso --name "Perkumpulan Panca Karsa" --district "Kota Mataram" --province "Nusa Tenggara Barat" --region-code 52.71 > /dev/null
  $ fundledger -f old.jsonl bank-account open --id BA-MCM --cso CSO-5201 --bank Mandiri --number 1370012345678 --currency IDR --account Assets:Bank:MANDIRI-5201 --opened 2026-09-30 --opening-balance 0 > /dev/null
  $ fundledger -f old.jsonl statement import mcm-1-5.csv --bank-account BA-MCM --mapping "$M/mandiri-mcm.json" --from 2026-10-01 --to 2026-10-05 > /dev/null
  $ cat > number-in-file-order.py <<'PY'
  > import hashlib, json, sys
  > path, ref = sys.argv[1:]
  > out, prev, rank = [], None, 0
  > for raw in open(path, "rb").read().split(b"\n")[:-1]:
  >     obj = json.loads(raw)
  >     if prev is not None:
  >         obj["prev"] = prev
  >     if obj.get("type") == "statement-line" and obj["data"]["reference"] == ref:
  >         rank += 1
  >         d = obj["data"]
  >         d["occurrence"] = rank
  >         obj["id"] = "SL-" + hashlib.sha256("\x1f".join((d["bank_account"], "ref", obj["date"], ref, str(rank))).encode()).hexdigest()[:16]
  >         print(obj["id"], d["amount"], obj["description"])
  >     obj.pop("hash")
  >     head = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()
  >     line = head[:-1] + b',"hash":"' + hashlib.sha256(head[:-1]).hexdigest().encode() + b'"}'
  >     out.append(line)
  >     prev = hashlib.sha256(line).hexdigest()
  > open(path, "wb").write(b"".join(l + b"\n" for l in out))
  > PY
  $ $PYTHON number-in-file-order.py old.jsonl MCM2610050001
  SL-7b5d951b0878dfa3 -12750000.00 MCM SKN KE 0060003911777 KOPERASI TANI PEMBAYARAN BIBIT OKTOBER
  SL-4e571ac5c5a2ffbb -2900.00 BIAYA SKN MCM SKN
  $ fundledger -f old.jsonl verify | head -1
  ok: 8 events in 10 lines; hash chain intact
  $ $PYTHON "$ROOT/tools/verify_journal.py" old.jsonl > /dev/null && echo independent verifier agrees
  independent verifier agrees
  $ fundledger -f old.jsonl statement import mcm-4-8.csv --bank-account BA-MCM --mapping "$M/mandiri-mcm.json" --from 2026-10-04 --to 2026-10-08 | sed 's/; head .*//'
  statement ST-28553d65a195b765: 2 new events (statement and lines), 4 already recorded
  booked statement ST-28553d65a195b765 on 2026-10-08: Bank Mandiri MCM CSV statement 2026-10-04 to 2026-10-08
    BA-MCM 2026-10-04 to 2026-10-08, 5 line(s)
  head <hash>
  $ fundledger -f old.jsonl reconcile statement --bank-account BA-MCM --as-of 2026-10-08 | grep -E '^bank_balance'
  bank_balance: 63697100.00
  bank_balance_source: opening balance + 6 statement lines after it
  $ fundledger -f old.jsonl statement import mcm-1-5.csv --bank-account BA-MCM --mapping "$M/mandiri-mcm.json" --from 2026-10-01 --to 2026-10-05
  statement ST-3eaa10c76cbbe589: 0 new events (statement and lines), 6 already recorded
