#!/usr/bin/env python3
"""Cross-checks the C++ `fundledger verify` with the independent tools/verify_journal.py.

Run from the repository root:

    /usr/bin/python3 tests/verifier/cross_check.py build/release/ledger/cli/fundledger [--keep]

A corpus of journals is built in a temporary directory: every *.jsonl under examples/,
journals written through the CLI (among them examples/madani imported: one unit of agreement
events, section 4.3), a generated journal of 3,000 transactions, tamper cases
(bytes changed, lines deleted, swapped, repeated, truncated, torn tails, open or miscounted
units), journals with the bank reconciliation events of section 4.4 (the reconciliation scenario
and the walkthrough of examples/madani/README.md, written through the CLI) and forged journals
(edited, then re-hashed and re-chained as a malicious editor would, so that only the event rules
of docs/format/journal.md can catch them). For every journal
both tools must agree on the exit status, `ok`, `events`, `lines`, `head`, the position of the
first bad line (`seq`, `line`, `offset`; not the reason text) and every balance. For an ok
journal, `fundledger balance --format json` must list exactly the verifier's balances. Where
the corpus knows the right answer (it made the damage) both tools must also give it. Neither
tool may change the journal it reads.

Journal lines are built here from the spec alone; nothing is imported from the verifier or
the C++ code. Standard library only. Prints `N passed, M failed`; exits 1 on any failure.
"""
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VERIFIER = ROOT / "tools" / "verify_journal.py"
GENERATOR = ROOT / "bench" / "gen_journal.py"
NOW = "2026-01-01T00:00:00Z"
ZERO = "0" * 64
LINE = re.compile(rb'\{"seq":(0|[1-9][0-9]*),"prev":"([0-9a-f]{64})","frame":"(one|part|commit)",'
                  rb'(.*),"hash":"[0-9a-f]{64}"\}', re.S)


# --- building lines by the spec (sections 1-3) ---------------------------------------------

def sha(data):
    return hashlib.sha256(data).hexdigest()


def members(body):
    """A dict as the compact JSON members that go between `"frame":"…",` and `,"hash"`."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False)[1:-1].encode()


def seal(seq, prev, frame, middle):
    """One stored line (no LF) with a correct own hash."""
    head = b'{"seq":%d,"prev":"%s","frame":"%s",' % (seq, prev.encode(), frame.encode()) + middle
    return head + b',"hash":"' + sha(head).encode() + b'"}'


def build(units, seq0=0, prev=ZERO):
    """units: [(frame, dict or member bytes)] -> chained lines with correct seq, prev, hash."""
    lines = []
    for i, (frame, body) in enumerate(units):
        lines.append(seal(seq0 + i, prev, frame, body if isinstance(body, bytes) else members(body)))
        prev = sha(lines[-1])
    return lines


def unpack(lines):
    """Stored lines -> [(frame, member bytes)], so that they can be edited and rebuilt."""
    out = []
    for raw in lines:
        m = LINE.fullmatch(raw)
        assert m, raw[:120]
        out.append((m.group(3).decode(), m.group(4)))
    return out


def body_of(unit):
    return json.loads(b"{" + unit[1] + b"}")


def read_lines(path):
    data = Path(path).read_bytes()
    return data[:data.rfind(b"\n") + 1].split(b"\n")[:-1]


def write(path, lines, tail=b""):
    Path(path).write_bytes(b"".join(line + b"\n" for line in lines) + tail)


def offset_of(lines, index):
    return sum(len(line) + 1 for line in lines[:index])


# --- the corpus ------------------------------------------------------------------------------

class Case:
    def __init__(self, name, path, head=None, expect=None):
        self.name, self.path, self.head = name, str(path), head
        # expect: None (only agreement), ("ok", lines) or ("bad", line index, byte offset)
        self.expect = expect


class Corpus:
    def __init__(self, tmp, fl):
        self.tmp, self.fl, self.cases, self.journals = Path(tmp), fl, [], set()
        self.count = 0

    def add(self, name, lines=None, tail=b"", heads=(None,), expect=None, path=None):
        """Writes a journal (unless path is given) and queues one check per head to expect
        (None: without --expect-head); `expect` is the answer for all of them."""
        if path is None:
            self.count += 1
            path = self.tmp / f"{self.count:04d}-{re.sub(r'[^A-Za-z0-9._-]+', '_', name)[:100]}.jsonl"
            write(path, lines, tail)
        self.journals.add(str(path))
        for head in heads:
            self.cases.append(Case(name + (f" --expect-head {head[:12]}…" if head else ""), path,
                                   head, expect))
        return path

    def ok(self, name, lines, tail=b"", heads=(None,)):
        """A journal that must verify, also against each of `heads`."""
        return self.add(name, lines, tail, heads, ("ok", committed(lines)))

    def bad(self, name, lines, index, tail=b"", heads=(None,)):
        return self.add(name, lines, tail, heads, ("bad", index, offset_of(lines, index)))

    def head_missing(self, name, lines, head, tail=b""):
        """A journal that is fine on its own but does not hold `head` at a unit boundary:
        damage is reported just after its last committed line."""
        c = committed(lines)
        return self.add(name, lines, tail, (head,), ("bad", c, offset_of(lines, c)))


def committed(lines):
    """How many of the lines are committed: all but a trailing run of part lines."""
    c = len(lines)
    while c and unpack([lines[c - 1]])[0][0] == "part":
        c -= 1
    return c


def cli(fl, journal, *args, stdin=None, now=NOW, version=1):
    """Runs fundledger. `init` writes a version-2 journal; with version=1 it is then rewritten as
    the version-1 journal of the same events, so that every later write appends in version 1 (a
    writer keeps its journal's version) and the forgeries below edit complete postings."""
    env = dict(os.environ, FUNDLEDGER_NOW=now)
    env.pop("FUNDLEDGER_JOURNAL", None)
    proc = subprocess.run([fl, "--now", now, "-f", str(journal), *args], input=stdin,
                          capture_output=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"setup failed: fundledger {' '.join(args)}: exit {proc.returncode}\n"
                         + proc.stderr.decode(errors="replace"))
    if args[0] == "init" and version == 1:
        write(journal, as_version_1(read_lines(journal)))
    return proc


SHAREABLE = ["currency", "cso", "agreement", "counterparty", "tranche"]


def as_version_1(lines):
    """A version-2 journal's lines written as version 1 (docs/format/journal.md section 3.2):
    posting_date always, every posting complete; units and events unchanged."""
    units = []
    for frame, middle in unpack(lines):
        body = json.loads(b"{" + middle + b"}")
        if body.get("type") == "header":
            body["version"] = 1
            body.pop("migrated_from", None)
        elif "postings" in body:
            shared = {m: body.pop(m) for m in SHAREABLE if m in body}
            ordered = {}
            for key, value in body.items():
                ordered[key] = value
                if key == "date" and "posting_date" not in body:
                    ordered["posting_date"] = value
            ordered["postings"] = [{k: merged[k] for k in ["account", "amount"] + SHAREABLE if k in merged}
                                   for merged in (dict(p, **shared) for p in body["postings"])]
            body = ordered
        units.append((frame, body))
    return build(units)


def forged_versions(corpus, v1_lines, v2_lines):
    """A journal is written in its header's version only (section 3.2): a line in the other
    version's form, or a version-2 line that shares a member twice or not at all, is damage."""
    v1, v2 = unpack(v1_lines), unpack(v2_lines)
    rc = next(i for i, u in enumerate(v2) if body_of(u).get("id") == "RC-0001")
    late = next(i for i, u in enumerate(v2) if body_of(u).get("id") == "RC-0003")
    corpus.bad("versions: a version-1 line in a version-2 journal", build(v2[:rc] + v1[rc:rc + 1] + v2[rc + 1:]), rc)
    corpus.bad("versions: a version-2 line in a version-1 journal", build(v1[:rc] + v2[rc:rc + 1] + v1[rc + 1:]), rc)

    def on_posting_too(body):     # cso on the event and on the first posting
        body["postings"][0]["cso"] = body["cso"]
    corpus.bad("versions: a shared member also on a posting", build(forge(v2, rc, on_posting_too)), rc)

    def not_shared(body):         # cso left on every posting instead of once on the event
        cso = body.pop("cso")
        for p in body["postings"]:
            p["cso"] = cso
    corpus.bad("versions: a member all postings share left on each", build(forge(v2, rc, not_shared)), rc)

    def dated(body):              # posting_date written although equal to date
        ordered = {}
        for key, value in body.items():
            ordered[key] = value
            if key == "date":
                ordered["posting_date"] = value
        return ordered
    corpus.bad("versions: posting_date equal to date written", build(forge(v2, rc, dated)), rc)
    assert "posting_date" in body_of(v2[late]), "a posting date that differs is written"


def migrated(corpus, name, path, heads=(None,)):
    """`fundledger migrate` of a version-1 journal, added to the corpus as a journal that verifies."""
    new = Path(str(path) + ".v2.jsonl")
    if new.exists():
        new.unlink()
    cli(corpus.fl, path, "migrate", "--output", str(new))
    lines = read_lines(new)
    corpus.ok(f"{name}, migrated to version 2", lines, heads=heads)
    return lines


def cli_journals(corpus):
    """Journals written through the CLI only. Returns the path of the main one."""
    fl, tmp = corpus.fl, corpus.tmp
    main = tmp / "cli-main.jsonl"
    cli(fl, main, "init", "--ledger-id", "cross-check", "--target", "700000")
    posts = [
        ["--id", "OB-3204", "--date", "2024-01-02", "--description", "Opening balance, BJB",
         "--posting", "Assets:Bank:BJB-3204 25000000 IDR cso=CSO-3204",
         "--posting", "Equity:Opening -25000000 IDR cso=CSO-3204"],
        ["--id", "OB-7371", "--date", "2024-01-02", "--description", "Opening balance, Sulselbar",
         "--posting", "Assets:Bank:SULSELBAR-7371 8000000 IDR cso=CSO-7371",
         "--posting", "Assets:Bank:USD-7371 1200.50 USD cso=CSO-7371",
         "--posting", "Equity:Opening -8000000 IDR cso=CSO-7371",
         "--posting", "Equity:Opening -1200.50 USD cso=CSO-7371"],
        ["--id", "RC-0001", "--date", "2024-01-15", "--description", "Tranche 1, net of bank charge",
         "--posting", "Assets:Bank:BJB-3204 14997500 IDR cso=CSO-3204 agreement=AG-3204-01 "
                      "counterparty=PEMKAB-BANDUNG tranche=1",
         "--posting", "Expenses:BankCharges 2500 IDR cso=CSO-3204 agreement=AG-3204-01",
         "--posting", "Income:Grants:Government -15000000 IDR cso=CSO-3204 agreement=AG-3204-01 "
                      "counterparty=PEMKAB-BANDUNG tranche=1"],
        ["--id", "RC-0002", "--date", "2024-01-29", "--description", "CSR grant, in USD",
         "--posting", "Assets:Bank:USD-7371 2500 USD cso=CSO-7371 counterparty=SEMEN-TONASA",
         "--posting", "Income:Grants:Company -2500 USD cso=CSO-7371 counterparty=SEMEN-TONASA"],
        ["--id", "FX-0001", "--date", "2024-02-05", "--description", "Convert USD 1,000 to IDR",
         "--posting", "Assets:Bank:USD-7371 -1000 USD cso=CSO-7371",
         "--posting", "Equity:Conversion 1000 USD cso=CSO-7371",
         "--posting", "Equity:Conversion -15620000 IDR cso=CSO-7371",
         "--posting", "Assets:Bank:SULSELBAR-7371 15620000 IDR cso=CSO-7371"],
        ["--id", "RC-0003", "--date", "2024-02-20", "--posting-date", "2024-03-01",
         "--description", "Zakat-funded grant \u2014 \"late\" posting, Makassar \\ 2024",
         "--posting", "Assets:Bank:SULSELBAR-7371 7500000 IDR cso=CSO-7371 tranche=1",
         "--posting", "Income:Grants:Philanthropy -7500000 IDR cso=CSO-7371 tranche=1"],
        ["--id", "RC-0001-REV", "--date", "2024-02-21", "--reverses", "RC-0001",
         "--description", "Reverse: posted to the wrong account",
         "--posting", "Assets:Bank:BJB-3204 -14997500 IDR cso=CSO-3204",
         "--posting", "Expenses:BankCharges -2500 IDR cso=CSO-3204",
         "--posting", "Income:Grants:Government 15000000 IDR cso=CSO-3204"],
    ]
    # A post from a JSON document on standard input, in scale-0 and scale-3 currencies.
    doc = {"id": "GIFT-1", "date": "2024-02-29", "description": "Gifts in yen and dinar",
           "postings": [{"account": "Assets:Tokyo", "amount": "500", "currency": "JPY"},
                        {"account": "Income:Gifts", "amount": "-500", "currency": "JPY"},
                        {"account": "Assets:Kuwait", "amount": "1.250", "currency": "KWD",
                         "cso": "CSO-7371"},
                        {"account": "Income:Gifts", "amount": "-1.250", "currency": "KWD"}]}
    v2 = tmp / "cli-main-v2.jsonl"
    cli(fl, v2, "init", "--ledger-id", "cross-check", "--target", "700000", version=2)
    for journal in (main, v2):
        for args in posts:
            cli(fl, journal, "post", *args)
        cli(fl, journal, "post", "-", stdin=json.dumps(doc).encode())
    corpus.ok("cli main", read_lines(main))
    v2_lines = read_lines(v2)
    corpus.ok("cli main, written in version 2", v2_lines)
    assert as_version_1(v2_lines) == read_lines(main), "version 1 and 2 hold the same events"
    m = len(v2_lines)
    tamper_bytes(corpus, "cli v2", v2_lines, range(m), lambda i, line: [len(line) // 2, len(line) - 76])
    migrated(corpus, "cli main", main)
    forged_versions(corpus, read_lines(main), v2_lines)

    only = tmp / "cli-header-only.jsonl"
    cli(fl, only, "init", "--ledger-id", "empty.books", "--base-currency", "JPY",
        "--fiscal-year-start", "10-01", "--time-zone", "UTC", "--target", "1000000",
        "--rate-age-days-max", "30")
    corpus.ok("cli header only", read_lines(only))

    # A writer repairs a torn tail, and an open unit, before it appends.
    for name, damage in (("torn", b'{"seq":9,"prev":"'), ("open-unit", None)):
        path = tmp / f"cli-after-{name}.jsonl"
        shutil.copy(main, path)
        lines = read_lines(path)
        if damage is None:
            seq, prev = len(lines), sha(lines[-1])
            damage = b"".join(line + b"\n" for line in build(
                [("part", txn("U-1", ("Assets:Bank:X", "1.00", "USD"), ("Equity:Opening", "-1.00", "USD")))],
                seq, prev))
        with open(path, "ab") as f:
            f.write(damage)
        cli(fl, path, "post", "--id", "AFTER-1", "--date", "2024-03-02", "--description", "after repair",
            "--posting", "Assets:Bank:BJB-3204 1 IDR", "--posting", "Equity:Opening -1 IDR")
        corpus.ok(f"cli post after {name}", read_lines(path))
    return main


def txn(tid, *postings, date="2024-01-05", **extra):
    body = {"type": "txn", "id": tid, "recorded_at": "2026-12-01T00:00:00Z", "date": date,
            "posting_date": date, "description": "forged"}
    body.update(extra)
    body["postings"] = [dict(zip(("account", "amount", "currency"), p)) for p in postings]
    return body


def other_byte(b):
    """A different byte of the same kind, never LF."""
    if 0x30 <= b <= 0x39:
        return 0x30 + (b - 0x30 + 1) % 10
    if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A:
        return b ^ 0x20
    return 0x58 if b != 0x58 else 0x59


def expect_after_byte_change(lines, index, pos):
    """What a changed byte at (line index, position in the line; len = the LF) must give."""
    if pos < len(lines[index]) or index + 1 < len(lines):
        return ("bad", index, offset_of(lines, index))  # that line, or two lines merged into one
    if index == 0:
        return ("bad", 0, 0)                             # nothing complete left: no header
    return ("ok", index)                                 # the last LF: the last line is torn


def tamper_bytes(corpus, name, lines, indexes, positions):
    """One journal per (line, position): positions(index, line) lists the byte positions."""
    for index in indexes:
        line = lines[index]
        wanted = positions(index, line)
        for pos in sorted(set(p for p in wanted if 0 <= p <= len(line))):
            data = bytearray(b"".join(x + b"\n" for x in lines))
            at = offset_of(lines, index) + pos
            data[at] = other_byte(data[at]) if pos < len(line) else 0x58
            path = corpus.tmp / f"{re.sub(r'[^A-Za-z0-9]+', '-', name)}-byte-{index + 1}-{pos}.jsonl"
            path.write_bytes(bytes(data))
            corpus.add(f"{name}: byte {pos} of line {index + 1} changed", path=path,
                       expect=expect_after_byte_change(lines, index, pos))


def structural(corpus, name, lines):
    """Line-level damage to a valid journal of `one` lines (at least 4 lines)."""
    n, head = len(lines), sha(lines[-1])
    mid = n // 2
    corpus.ok(f"{name}: original", lines, heads=(None, head, sha(lines[mid])))
    corpus.head_missing(f"{name}: original, unknown head", lines, sha(b"nothing"))
    corpus.bad(f"{name}: line {mid + 1} deleted", lines[:mid] + lines[mid + 1:], mid)
    corpus.bad(f"{name}: line 1 deleted", lines[1:], 0)
    corpus.bad(f"{name}: lines {mid + 1} and {mid + 2} swapped",
               lines[:mid] + [lines[mid + 1], lines[mid]] + lines[mid + 2:], mid)
    corpus.bad(f"{name}: line {mid + 1} repeated", lines[:mid + 1] + lines[mid:], mid + 1)
    corpus.bad(f"{name}: last line repeated", lines + lines[-1:], n)
    corpus.bad(f"{name}: header repeated", lines[:1] + lines, 1)
    for keep in (n - 1, mid, 1):
        cut = lines[:keep]
        corpus.ok(f"{name}: truncated to {keep} lines", cut, heads=(None, sha(cut[-1])))
        corpus.head_missing(f"{name}: truncated to {keep} lines", cut, head)
    corpus.bad(f"{name}: last line cut in half", lines[:-1] + [lines[-1][:len(lines[-1]) // 2]], n - 1)
    torn = lines[-1][:len(lines[-1]) // 2]
    corpus.ok(f"{name}: torn tail, last line half written", lines[:-1], tail=torn,
              heads=(None, sha(lines[-2])))
    corpus.head_missing(f"{name}: torn tail, last line half written", lines[:-1], head, tail=torn)
    corpus.ok(f"{name}: torn tail, one byte", lines, tail=b"{", heads=(None, head))
    corpus.ok(f"{name}: torn tail, a whole line without LF", lines[:-1], tail=lines[-1])
    corpus.ok(f"{name}: torn tail, bytes 0xff", lines, tail=b"\xff\xfe")
    extra = lambda k: [("part", txn(f"OPEN-{i}", ("Assets:Bank:X", "1.00", "USD"),
                                    ("Equity:Opening", "-1.00", "USD"))) for i in range(k)]
    for k in (1, 3):
        run = build(extra(k), n, head)
        corpus.ok(f"{name}: uncommitted run of {k} part lines", lines + run, heads=(None, head))
        corpus.ok(f"{name}: uncommitted run of {k} part lines and a torn tail", lines + run,
                  tail=run[0][:30])
        corpus.head_missing(f"{name}: uncommitted run, head of its part line", lines + run, sha(run[-1]))
        for count in (k - 1, k + 1, 1000):
            unit = build(extra(k) + [("commit", {"count": count})], n, head)
            corpus.bad(f"{name}: {k} part lines closed by a commit of count {count}", lines + unit, n + k)
        unit = build(extra(k) + [("commit", {"count": k})], n, head)
        corpus.ok(f"{name}: {k} part lines closed by their commit", lines + unit,
                  heads=(None, head, sha(unit[-1])))
        unit = build(extra(k) + [("one", txn("AFTER", ("Assets:Bank:X", "1.00", "USD"),
                                              ("Equity:Opening", "-1.00", "USD")))], n, head)
        corpus.bad(f"{name}: {k} part lines followed by a one line", lines + unit, n + k)
    unit = build([("commit", {"count": 1})], n, head)
    corpus.bad(f"{name}: commit with no part line", lines + unit, n)
    unit = build([("commit", {"count": 0})], n, head)
    corpus.bad(f"{name}: commit of count 0", lines + unit, n)
    corpus.bad(f"{name}: CR before the last LF", lines[:-1] + [lines[-1] + b"\r"], n - 1)
    corpus.bad(f"{name}: byte-order mark", [b"\xef\xbb\xbf" + lines[0]] + lines[1:], 0)
    corpus.bad(f"{name}: empty line in the middle", lines[:mid] + [b""] + lines[mid:], mid)
    corpus.bad(f"{name}: empty line at the end", lines + [b""], n)
    # The tail rewritten with valid hashes: fine alone, caught by the head an auditor kept.
    units = unpack(lines)
    last = body_of(units[-1])
    last["description"] = "rewritten"
    rewritten = build(units[:-1] + [(units[-1][0], last)])
    corpus.ok(f"{name}: last line rewritten and re-hashed", rewritten, heads=(None, sha(lines[-2])))
    corpus.head_missing(f"{name}: last line rewritten and re-hashed", rewritten, head)


def forge(units, index, edit):
    """Returns the units with units[index]'s body edited by edit(body) (which may return a new
    body, or bytes for the raw members)."""
    units = list(units)
    body = body_of(units[index])
    result = edit(body)
    units[index] = (units[index][0], body if result is None else result)
    return units


def postings_edit(**changes):
    """An edit that sets fields of every posting: value either a constant or f(old value)."""
    def edit(body):
        for p in body["postings"]:
            for key, value in changes.items():
                p[key] = value(p[key]) if callable(value) else value
    return edit


def forged(corpus, base_lines):
    """Journals with valid hashes and chain that break an event or header rule."""
    units = unpack(base_lines)
    ids = [body_of(u).get("id") for u in units]
    n = len(units)
    usd = next(i for i, u in enumerate(units)
               if body_of(u).get("postings") and all(p["currency"] == "USD" for p in body_of(u)["postings"]))
    idr = next(i for i, u in enumerate(units)
               if body_of(u).get("postings") and all(p["currency"] == "IDR" for p in body_of(u)["postings"]))
    last = n - 1

    def bad(name, index, new_units):
        corpus.bad("forged: " + name, build(new_units), index)

    def ok(name, new_units):
        corpus.ok("forged: " + name, build(new_units))

    def first_amount(f):
        def edit(body):
            body["postings"][0]["amount"] = f(body["postings"][0]["amount"])
        return edit

    ok("re-hashed unchanged", units)
    bad("unbalanced transaction", idr, forge(units, idr, first_amount(lambda a: a.replace("0.00", "1.00", 1))))
    bad("unbalanced transaction, last line", last,
        forge(units, last, first_amount(lambda a: a[:-1] + str((int(a[-1]) + 1) % 10))))
    bad("balanced in total but not per currency", usd,
        forge(units, usd, lambda b: b["postings"][0].update(currency="EUR")))
    bad("duplicate id", idr + 1, forge(units, idr + 1, lambda b: b.update(id=ids[idr])))
    bad("duplicate id of the last line", last, forge(units, last, lambda b: b.update(id=ids[1])))
    for amount in ("1.5", "1.500", "1", "01.50", "+1.50", "1.5e0", " 1.50", "1,50", ".50", "1.", "", "-0.00"):
        neg = "-" + amount if amount and amount[0] not in "-+ " else amount
        bad(f"USD amount {amount!r}", usd, forge(units, usd, lambda b, a=amount, m=neg: b.update(
            postings=[{"account": "Assets:Bank:X", "amount": a, "currency": "USD"},
                      {"account": "Equity:Opening", "amount": m, "currency": "USD"}])))
    for amount, currency in (("500.00", "JPY"), ("1.25", "KWD"), ("1.2500", "KWD"), ("1.0000", "KWD")):
        bad(f"{currency} amount {amount!r}", usd, forge(units, usd, lambda b, a=amount, c=currency: b.update(
            postings=[{"account": "Assets:Bank:X", "amount": a, "currency": c},
                      {"account": "Equity:Opening", "amount": "-" + a, "currency": c}])))
    for amount, neg in ((1, -1), (1.5, -1.5), ("1.50", -1.5), (None, None), (True, False),
                        (["1.50"], ["-1.50"]), ({"v": "1.50"}, {"v": "-1.50"})):
        bad(f"amount as JSON {json.dumps(amount)}", usd, forge(units, usd, lambda b, a=amount, m=neg: b.update(
            postings=[{"account": "Assets:Bank:X", "amount": a, "currency": "USD"},
                      {"account": "Equity:Opening", "amount": m, "currency": "USD"}])))
    ok("amounts 0.00 and 0", forge(units, usd, lambda b: b.update(
        postings=[{"account": "Assets:Bank:X", "amount": "0.00", "currency": "USD"},
                  {"account": "Equity:Opening", "amount": "0", "currency": "JPY"}])))
    ok("one posting of 0.00", forge(units, usd, lambda b: b.update(
        postings=[{"account": "Assets:Bank:X", "amount": "0.00", "currency": "USD"}])))
    ok("large amounts", forge(units, usd, lambda b: b.update(
        postings=[{"account": "Assets:Bank:X", "amount": "900000000000000000.00", "currency": "USD"},
                  {"account": "Equity:Opening", "amount": "-900000000000000000.00", "currency": "USD"}])))
    for field, value in (("date", "2024-02-30"), ("date", "2023-02-29"), ("date", "2024-13-01"),
                         ("date", "2024-1-05"), ("date", "2024-01-05T00:00:00Z"), ("date", 20240105),
                         ("posting_date", "2024-04-31"), ("posting_date", "0000-01-01"),
                         ("recorded_at", "2026-02-30T00:00:00Z"), ("recorded_at", "2026-01-01T24:00:00Z"),
                         ("recorded_at", "2026-01-01T00:00:60Z"), ("recorded_at", "2026-01-01 00:00:00Z"),
                         ("recorded_at", "2026-01-01T00:00:00+00:00"), ("recorded_at", "2026-01-01")):
        bad(f"{field} {value!r}", idr, forge(units, idr, lambda b, f=field, v=value: b.update({f: v})))
    ok("date 2024-02-29, a leap day", forge(units, idr, lambda b: b.update(date="2024-02-29", posting_date="2000-02-29")))
    for currency in ("XYZ", "usd", "US", "", 840):
        bad(f"unknown currency {currency!r}", usd, forge(units, usd, postings_edit(currency=currency)))
    for account in ("Cash:Box", "assets:Bank", "Revenue:Gifts", "Assets::Bank", "Assets:Bank:",
                    ":Assets", "Assets:Bank Two", "Assets:Bank:b", "Assets:My_Bank", "Assets:-Bank",
                    "Assets:Bank.Two", "Assets:" + "A" * 194, "Assets:Bank\u00e9", 7):
        bad(f"account {account!r}", usd, forge(units, usd, lambda b, a=account: b["postings"][0].update(account=a)))
    ok("account that is a root alone", forge(units, usd, lambda b: b["postings"][0].update(account="Assets")))
    ok("account of 200 bytes, segments 9-Lives and X", forge(units, usd, lambda b: b["postings"][0].update(
        account="Assets:9-Lives:X:" + "Ab" * 91 + "C")))
    ok("account segment 9-Lives, and -", forge(units, usd, lambda b: b["postings"][0].update(account="Assets:9-Lives-")))
    bad("transaction posts to an account agreements control", idr, forge(units, idr, lambda b: b["postings"][-1].update(
        account="Income:Mobilised:Government")))
    bad("transaction posts below Assets:Receivable:Agreements", idr, forge(units, idr, lambda b: b["postings"][0].update(
        account="Assets:Receivable:Agreements:X")))
    ok("transaction posts to a look-alike account", forge(units, idr, lambda b: b["postings"][0].update(
        account="Assets:Receivable:AgreementsX")))
    bad("reverses an unknown id", idr, forge(units, idr, lambda b: b.update(reverses="NO-SUCH")))
    bad("reverses a later id", idr, forge(units, idr, lambda b: b.update(reverses=ids[last])))
    bad("reverses itself", idr, forge(units, idr, lambda b: b.update(reverses=ids[idr])))
    bad("reverses a bad id", idr, forge(units, idr, lambda b: b.update(reverses="NO SUCH")))
    bad("reverses as a number", idr, forge(units, idr, lambda b: b.update(reverses=1)))
    ok("reverses an earlier id", forge(units, last, lambda b: {
        **{k: v for k, v in b.items() if k != "postings"}, "reverses": ids[1], "postings": b["postings"]}))
    bad("reverses written after postings", last, forge(units, last, lambda b: b.update(reverses=ids[1])))
    for tid in ("", "A B", "A" * 129, "é", 5, None, "T\u0000"):
        bad(f"id {tid!r}", idr, forge(units, idr, lambda b, t=tid: b.update(id=t)))
    ok("id of 128 characters, all kinds", forge(units, idr, lambda b: b.update(id="aZ09._:/-" * 14 + "xy")))
    for dim, value in (("cso", "CSO 1"), ("tranche", 1), ("agreement", ""), ("counterparty", "x" * 129)):
        bad(f"dimension {dim} {value!r}", usd, forge(units, usd, postings_edit(**{dim: value})))
    ok("all four dimensions", forge(units, usd, lambda b: b.update(postings=[
        {"account": p["account"], "amount": p["amount"], "currency": p["currency"],
         "cso": "C", "agreement": "A", "counterparty": "P", "tranche": "T"} for p in b["postings"]])))
    bad("dimensions out of order", usd, forge(units, usd, lambda b: b.update(postings=[
        {"account": p["account"], "amount": p["amount"], "currency": p["currency"], "tranche": "1", "cso": "C"}
        for p in b["postings"]])))
    bad("posting fields out of order", usd, forge(units, usd, lambda b: b.update(postings=[
        {"account": p["account"], "currency": p["currency"], "amount": p["amount"]} for p in b["postings"]])))
    bad("unknown posting field", usd, forge(units, usd, postings_edit(memo="x")))
    bad("posting without currency", usd, forge(units, usd, lambda b: [p.pop("currency") for p in b["postings"]]))
    bad("posting is not an object", usd, forge(units, usd, lambda b: b.update(postings=["Assets:X 1.00 USD"])))
    bad("no postings", usd, forge(units, usd, lambda b: b.update(postings=[])))
    bad("postings not a list", usd, forge(units, usd, lambda b: b.update(postings={})))
    bad("1001 postings", usd, forge(units, usd, lambda b: b.update(postings=[
        {"account": "Assets:X", "amount": "0.00", "currency": "USD"}] * 1001)))
    ok("1000 postings", forge(units, usd, lambda b: b.update(postings=[
        {"account": "Assets:X", "amount": "0.00", "currency": "USD"}] * 1000)))
    bad("description of 1001 bytes", idr, forge(units, idr, lambda b: b.update(description="é" * 500 + "x")))
    ok("description of 1000 bytes", forge(units, idr, lambda b: b.update(description="é" * 500)))
    ok("description with escapes", forge(units, idr, lambda b: b.update(description="tab\t nl\n \"q\" \\ \u0001 /")))
    bad("description not a string", idr, forge(units, idr, lambda b: b.update(description=None)))
    bad("description with a lone surrogate", idr, forge(units, idr, lambda b: members(b).replace(
        b'"description":"', b'"description":"\\ud800', 1)))
    bad("description with an escaped surrogate pair", idr, forge(units, idr, lambda b: members(b).replace(
        b'"description":"', b'"description":"\\ud83d\\ude00', 1)))
    bad("description with escaped slash and \\u0041", idr, forge(units, idr, lambda b: members(b).replace(
        b'"description":"', b'"description":"\\/\\u0041', 1)))
    bad("unknown event type", idr, forge(units, idr, lambda b: b.update(type="memo")))
    bad("type txn written Txn", idr, forge(units, idr, lambda b: b.update(type="Txn")))
    bad("missing description", idr, forge(units, idr, lambda b: b.pop("description")))
    bad("missing posting_date", idr, forge(units, idr, lambda b: b.pop("posting_date")))
    bad("unknown transaction field", idr, forge(units, idr, lambda b: b.update(memo="x")))
    bad("reverses null", idr, forge(units, idr, lambda b: b.update(reverses=None)))
    bad("type not right after frame", idr, forge(units, idr, lambda b: {"id": b.pop("id"), **b}))
    bad("duplicate key", idr, forge(units, idr, lambda b: members(b) + b',"id":"DUP"'))
    bad("duplicate key with the same value", idr, forge(units, idr, lambda b: members(b) + b',"description":'
                                                       + json.dumps(b["description"]).encode()))
    bad("white space between members", idr, forge(units, idr, lambda b: members(b).replace(b'","date"', b'", "date"', 1)))
    bad("white space inside postings", idr, forge(units, idr, lambda b: members(b).replace(b'[{', b'[ {', 1)))
    bad("NaN in an event", idr, forge(units, idr, lambda b: members(b) + b',"x":NaN'))
    bad("invalid UTF-8 in a string", idr, forge(units, idr, lambda b: members(b).replace(
        b'"description":"', b'"description":"\xc3\x28', 1)))
    bad("overlong UTF-8 in a string", idr, forge(units, idr, lambda b: members(b).replace(
        b'"description":"', b'"description":"\xc0\xaf', 1)))
    bad("raw control character in a string", idr, forge(units, idr, lambda b: members(b).replace(
        b'"description":"', b'"description":"\x01', 1)))
    bad("bad escape in a string", idr, forge(units, idr, lambda b: members(b).replace(
        b'"description":"', b'"description":"\\x41', 1)))
    bad("trailing comma", idr, forge(units, idr, lambda b: members(b) + b','))
    bad("line over 1 MiB", idr, forge(units, idr, lambda b: b.update(description="x" * 1_048_576)))
    # Headers.
    bad("header not on line 1 (a transaction first)", 0, [units[idr], units[0]] + units[1:idr] + units[idr + 1:])
    bad("second header on line 3", 2, units[:2] + [units[0]] + units[2:])
    bad("second header as the last line", n, units + [units[0]])
    for field, value in (("version", 3), ("version", "1"), ("version", 1.0), ("format", "fundledger"),
                         ("ledger_id", "a b"), ("ledger_id", ""), ("base_currency", "XYZ"),
                         ("time_zone", ""), ("time_zone", "Asia/ Jakarta"), ("fiscal_year_start", "02-30"),
                         ("fiscal_year_start", "1-01"), ("target", "700000"),
                         ("target", 700000), ("rate_age_days_max", -1), ("rate_age_days_max", "7"),
                         ("rate_age_days_max", 7.5), ("created_at", "2026-01-01"), ("type", "txn")):
        bad(f"header {field} {value!r}", 0, forge(units, 0, lambda b, f=field, v=value: b.update({f: v})))
    ok("header base_currency KWD", forge(units, 0, lambda b: b.update(base_currency="KWD", target="1.000")))
    bad("header missing a field", 0, forge(units, 0, lambda b: b.pop("time_zone")))
    bad("header with an extra field", 0, forge(units, 0, lambda b: b.update(extra=1)))
    bad("header with frame part", 0, [("part", units[0][1]), ("commit", {"count": 1})] + units[1:])
    bad("header with frame part, alone", 0, [("part", units[0][1])])
    # Multi-line units made by an editor.
    k0 = 1
    unit = [("part", units[k0][1]), ("part", units[k0 + 1][1]), ("commit", {"count": 2})]
    corpus.ok("forged: valid unit part, part, commit", build(units[:k0] + unit + units[k0 + 2:]))
    corpus.ok("forged: valid unit of one part at the end",
              build(units[:last] + [("part", units[last][1]), ("commit", {"count": 1})]))
    unit_lines = build(units[:k0] + unit + units[k0 + 2:])
    corpus.head_missing("forged: valid unit, head of its first part line", unit_lines, sha(unit_lines[k0]))
    corpus.ok("forged: valid unit, head of its commit", unit_lines, heads=(sha(unit_lines[k0 + 2]),))
    unbalanced = forge(units, k0 + 1, first_amount(lambda a: a.replace("0.00", "1.00", 1)))
    bad("unit whose second part is unbalanced", k0 + 1,
        units[:k0] + [("part", units[k0][1]), ("part", unbalanced[k0 + 1][1]), ("commit", {"count": 2})] + units[k0 + 2:])
    unbalanced = forge(units, k0, first_amount(lambda a: a.replace("0.00", "1.00", 1)))
    bad("unit whose first part is unbalanced", k0,
        units[:k0] + [("part", unbalanced[k0][1]), ("part", units[k0 + 1][1]), ("commit", {"count": 2})] + units[k0 + 2:])
    bad("unit with a bad part and a wrong count", k0,
        units[:k0] + [("part", unbalanced[k0][1]), ("part", units[k0 + 1][1]), ("commit", {"count": 3})])
    bad("unit with a bad part followed by a one line", k0,
        units[:k0] + [("part", unbalanced[k0][1]), ("part", units[k0 + 1][1])] + units[k0 + 2:])
    bad("unit whose two parts share an id", k0 + 1,
        units[:k0] + [("part", units[k0][1]), ("part", units[k0][1]), ("commit", {"count": 2})] + units[k0 + 2:])
    bad("unit whose part repeats an earlier id", last + 1,
        units + [("part", units[1][1]), ("commit", {"count": 1})])
    corpus.ok("forged: uncommitted bad part at the end", build(units + [("part", unbalanced[k0][1])]))
    corpus.ok("forged: uncommitted header part at the end", build(units + [("part", units[0][1])]))
    bad("commit with an extra field", last + 1,
        units[:last] + [("part", units[last][1]), ("commit", {"count": 1, "type": "commit"})])
    bad("commit with count \"1\"", last + 1,
        units[:last] + [("part", units[last][1]), ("commit", {"count": "1"})])
    bad("commit with count 1.0", last + 1, units[:last] + [("part", units[last][1]), ("commit", {"count": 1.0})])
    bad("commit without count", last + 1, units[:last] + [("part", units[last][1]), ("commit", b'"x":1')])
    # reverses naming a transaction earlier in the same unit: the spec does not settle it.
    rev = forge(units, k0 + 1, lambda b: b.update(reverses=ids[k0]))
    corpus.add("forged: unit whose second part reverses its first",
               build(units[:k0] + [("part", units[k0][1]), ("part", rev[k0 + 1][1]), ("commit", {"count": 2})]
                     + units[k0 + 2:]))
    # Line shape with a correct own hash.
    line = base_lines[idr]
    prev = sha(base_lines[idr - 1])
    for what, raw in (("seq with a leading zero", line.replace(b'{"seq":%d,' % idr, b'{"seq":0%d,' % idr, 1)),
                      ("seq with a plus sign", line.replace(b'{"seq":%d,' % idr, b'{"seq":+%d,' % idr, 1)),
                      ("prev in capitals", line.replace(prev.encode(), prev.upper().encode(), 1)),
                      ("frame ONE", line.replace(b'"frame":"one"', b'"frame":"ONE"', 1)),
                      ("frame before prev", line.replace(b'"prev":"%s","frame":"one"' % prev.encode(),
                                                         b'"frame":"one","prev":"%s"' % prev.encode(), 1)),
                      ("unknown member just before the hash", line[:-75] + b',"x":1' + line[-75:])):
        head = raw[:-75]
        resealed = head + b',"hash":"' + sha(head).encode() + b'"}'
        bad_lines = base_lines[:idr] + [resealed]
        if idr + 1 < len(base_lines):
            rest = build(unpack(base_lines[idr + 1:]), idr + 1, sha(resealed))
            bad_lines += rest
        corpus.bad("forged: " + what, bad_lines, idr)
    line = base_lines[idr]
    corpus.bad("forged: own hash in capitals", base_lines[:idr] + [line[:-66] + line[-66:-2].upper() + b'"}'], idr)
    # Canonical form (section 1): another member order or other escapes are damage.
    bad("transaction members in another order", idr, forge(units, idr, lambda b: {
        "type": b.pop("type"), "postings": b.pop("postings"), **dict(reversed(list(b.items())))}))
    bad("header members in another order", 0, forge(units, 0, lambda b: {"type": b.pop("type"),
                                                                    **dict(reversed(list(b.items())))}))
    bad("escapes in keys and values", idr, forge(units, idr, lambda b: members(b).replace(
        b'"date":', b'"d\u0061te":', 1).replace(b'"type":"txn"', b'"type":"t\u0078n"', 1).replace(
        b'"Assets:', b'"Assets\u003a', 1)))
    ok("description with NUL, DEL, U+2028 and U+FFFF", forge(units, idr, lambda b: b.update(
        description="a\u0000b\x7fc\u2028d\uffff")))
    big = "9" * 27 + ".00"
    ok("27-digit amounts whose sums need 28 digits", forge(units, usd, lambda b: b.update(postings=[
        {"account": "Assets:Big", "amount": big, "currency": "USD"},
        {"account": "Assets:Big", "amount": big, "currency": "USD"},
        {"account": "Equity:Big", "amount": "-" + big, "currency": "USD"},
        {"account": "Equity:Big", "amount": "-" + big, "currency": "USD"}])))
    bad("header rate_age_days_max -0", 0, forge(units, 0, lambda b: members(b).replace(
        b'"rate_age_days_max":7', b'"rate_age_days_max":-0', 1)))
    ok("header target negative", forge(units, 0, lambda b: b.update(target="-1.00")))
    for count in (b"-1", b"1e0", b"01", b"18446744073709551617"):
        bad(f"commit with count {count.decode()}", last + 1,
            units[:last] + [("part", units[last][1]), ("commit", b'"count":' + count)])
    # Limits the C++ tool applies (and schemas/ documents) that docs/format/journal.md does not state.
    for date in ("1899-12-31", "3000-01-01"):
        corpus.add(f"forged: spec gap: date {date}", build(forge(units, idr, lambda b, d=date: b.update(date=d))))
    huge = "1" + "0" * 27 + ".00"
    corpus.add("forged: spec gap: amount of 28 integer digits", build(forge(units, usd, lambda b: b.update(postings=[
        {"account": "Assets:Big", "amount": huge, "currency": "USD"},
        {"account": "Equity:Big", "amount": "-" + huge, "currency": "USD"}]))))
    for start in ("01-31", "02-29"):
        corpus.add(f"forged: spec gap: fiscal_year_start {start}",
                   build(forge(units, 0, lambda b, v=start: b.update(fiscal_year_start=v))))
    corpus.add("forged: spec gap: rate_age_days_max 3661",
               build(forge(units, 0, lambda b: b.update(rate_age_days_max=3661))))


def madani(corpus):
    """The reference example imported through the CLI (one unit of agreement events, section
    4.3), and forged copies of it: each edited line stays a `part` line of that unit."""
    path = corpus.tmp / "cli-madani.jsonl"
    cli(corpus.fl, path, "init", "--ledger-id", "madani", "--target", "700000", now="2026-11-27T00:00:00Z")
    cli(corpus.fl, path, "import", str(ROOT / "examples" / "madani"), now="2026-11-27T00:00:00Z")
    lines = read_lines(path)
    corpus.ok("madani import", lines, heads=(None, sha(lines[-1]), sha(lines[0])))
    migrated(corpus, "madani import", path)
    units = unpack(lines)
    assert units[-1][0] == "commit" and all(frame == "part" for frame, _ in units[1:-1]), "one unit expected"

    def first(kind, currency=None, postings=True):
        return next(i for i, u in enumerate(units) if body_of(u).get("type") == kind
                    and (currency is None or body_of(u)["data"].get("currency") == currency)
                    and bool(body_of(u)["postings"]) == postings)

    def bad(name, index, edit):
        corpus.bad("madani, forged: " + name, build(forge(units, index, edit)), index)

    def cent_more(body):    # valuation values are positive USD amounts here
        v = body["data"]["valuation"]
        v["value"] = "%d.%02d" % divmod(int(v["value"].replace(".", "")) + 1, 100)

    def reorder(body):      # the first two data members swapped
        keys = list(body["data"])
        body["data"] = {keys[1]: body["data"][keys[1]], keys[0]: body["data"][keys[0]],
                        **{k: body["data"][k] for k in keys[2:]}}

    def reverses(target):   # written where a transaction carries it, right before data
        return lambda b: {**{k: v for k, v in b.items() if k not in ("data", "postings")},
                          "reverses": target, "data": b["data"], "postings": b["postings"]}

    ag_idr, ag_usd, ag_open = first("agreement", "IDR"), first("agreement", "USD"), first("agreement", postings=False)
    rc, party, rate = first("receipt"), first("party", postings=False), first("rate", postings=False)
    corpus.ok("madani, forged: re-hashed unchanged", build(units))
    bad("agreement valued one cent too high", ag_idr, cent_more)
    bad("USD agreement valued one cent too high", ag_usd, cent_more)
    bad("conditional agreement valued one cent too high", ag_open, cent_more)
    bad("receipt valued one cent too high", rc, cent_more)
    bad("agreement data members reordered", ag_idr, reorder)
    bad("receipt valuation members reordered", rc, lambda b: b["data"].update(valuation=dict(
        reversed(list(b["data"]["valuation"].items())))))
    bad("unknown data member on an agreement", ag_idr, lambda b: b["data"].update(memo="x"))
    bad("unknown data member on a party", party, lambda b: b["data"].update(memo="x"))
    bad("receipt whose postings do not balance", rc, lambda b: b["postings"][0].update(
        amount=b["postings"][0]["amount"].replace(".00", ".01")))
    bad("agreement reverses an earlier party", ag_idr, reverses(body_of(units[party])["id"]))
    bad("agreement reverses an earlier agreement", ag_usd, reverses(body_of(units[ag_idr])["id"]))
    bad("agreement nature not an allowed word", ag_idr, lambda b: b["data"].update(nature="gift"))
    bad("agreement amount without its decimals", ag_idr, lambda b: b["data"].update(
        amount=b["data"]["amount"][:-3]))
    bad("agreement id used by a party", ag_idr, lambda b: b.update(id=body_of(units[party])["id"]))
    bad("rate event without its data", rate, lambda b: b.pop("data"))

    # Every valuation names the rate event it used (journal.md section 4.3): a rewrite of the
    # rate together with the value, a rate event that is not the latest quote, or a quote of
    # another pair, each with the hashes recomputed, is caught by both verifiers at that line.
    rates = {body_of(u)["id"]: body_of(u) for u in units if body_of(u).get("type") == "rate"}
    signed = body_of(units[ag_idr])

    def rate_and_value(body):     # the rate 1,000 higher, and the value recomputed from it exactly
        v, d = body["data"]["valuation"], body["data"]
        v["rate"] = str(Decimal(v["rate"]) + 1000)
        exact = Fraction(int(d["amount"].replace(".", "")), 100) / Fraction(v["rate"])
        v["value"] = "%d.%02d" % divmod(round(exact * 100), 100)

    def named(rate_id):           # the valuation taken from another rate event, value recomputed
        def edit(body):
            r, v, d = rates[rate_id], body["data"]["valuation"], body["data"]
            v.update(rate_event=rate_id, rate_date=r["date"], rate=r["data"]["value"], source=r["data"]["source"])
            exact = Fraction(int(d["amount"].replace(".", "")), 100) / Fraction(v["rate"])
            v["value"] = "%d.%02d" % divmod(round(exact * 100), 100)
        return edit

    bad("agreement rate and value rewritten together", ag_idr, rate_and_value)
    used = signed["data"]["valuation"]["rate_event"]
    earlier = max(i for i, r in rates.items() if r["date"] < rates[used]["date"])
    bad("agreement valued at a rate event that is not the latest", ag_idr, named(earlier))
    other = dict(rates[used], id=used.replace("-USD-IDR-", "-USD-EUR-"),
                 data=dict(rates[used]["data"], quote="EUR"), description="USD/EUR")
    with_other = units[:ag_idr] + [("part", members(other))] + units[ag_idr:]
    corpus.bad("madani, forged: agreement valued at a rate of another pair",
               build(forge(with_other, ag_idr + 1, lambda b: b["data"]["valuation"].update(rate_event=other["id"]))),
               ag_idr + 1)


# --- bank reconciliation (section 4.4) --------------------------------------------------------

RECON_NOW = "2026-11-27T00:00:00Z"
STATEMENT = ROOT / "tests" / "io" / "statements" / "klikbca.csv"
MAPPING = ROOT / "mappings" / "bca-klikbca.json"


def reconciliation_journal(fl, path, by_hand):
    """The reconciliation scenario through the CLI: a CSO's bank account, three agreements, a
    receipt, a KlikBCA statement imported, its lines matched (by proposal, or one rejected and
    matched by hand), classified, a payment posted, the account closed as of 2026-10-31, and a
    late payment after it. Returns the journal's lines after each step that wrote, by step name."""
    steps = {}

    def run(step, *args):
        cli(fl, path, *args, now=RECON_NOW)
        steps[step] = read_lines(path)

    def line_id(description):
        return next(b["id"] for b in map(body_of, unpack(read_lines(path)))
                    if b.get("type") == "statement-line" and b["description"] == description)

    def proposals():
        proc = cli(fl, path, "reconcile", "proposals", "--format", "json", now=RECON_NOW)
        return json.loads(proc.stdout)["tables"][0]["rows"]

    run("init", "init", "--ledger-id", "recon", "--target", "700000")
    for args in (["--id", "CSO-3204", "--kind", "cso", "--name", "Yayasan Lingkar Desa", "--district",
                  "Kabupaten Bandung", "--province", "Jawa Barat", "--region-code", "32.04"],
                 ["--id", "PEMKAB-BDG", "--kind", "government", "--level", "district", "--name",
                  "Pemerintah Kabupaten Bandung", "--alias", "PEMKAB BANDUNG"],
                 ["--id", "TIFA", "--kind", "philanthropy", "--name", "Yayasan TIFA", "--alias", "YAYASAN TIFA"],
                 ["--id", "SEMEN", "--kind", "company", "--level", "state-owned", "--name", "PT Semen Indonesia",
                  "--alias", "SEMEN INDONESIA"]):
        run("parties", "party", "add", *args)
    run("bank account", "bank-account", "open", "--id", "BA-1", "--cso", "CSO-3204", "--bank", "BCA", "--number",
        "1234567890", "--currency", "IDR", "--account", "Assets:Bank:BCA-3204", "--opened", "2026-09-30",
        "--opening-balance", "10000000")
    for date, value in (("2026-09-30", "16000"), ("2026-10-15", "16100"), ("2026-10-29", "16200")):
        run("rates", "rate", "add", "--date", date, "--base", "USD", "--quote", "IDR", "--value", value,
            "--source", "JISDOR")
    for aid, party, amount, tranches in (("AG-1", "PEMKAB-BDG", "5000000", ["1 2026-10-01 2500000", "2 2026-12-01 2500000"]),
                                         ("AG-2", "TIFA", "15000000", ["1 2026-10-05 15000000"]),
                                         ("AG-3", "SEMEN", "7500000", ["1 2026-10-20 7500000"])):
        run("agreements", "agreement", "sign", "--id", aid, "--cso", "CSO-3204", "--counterparty", party,
            "--signed", "2026-09-30", "--currency", "IDR", "--amount", amount,
            *[x for t in tranches for x in ("--tranche", t)])
    run("receipt", "receipt", "record", "--id", "R-TIFA", "--cso", "CSO-3204", "--agreement", "AG-2", "--date",
        "2026-10-04", "--gross", "15000000", "--bank-account", "BA-1")
    run("import", "statement", "import", "--bank-account", "BA-1", "--mapping", str(MAPPING), str(STATEMENT))
    if by_hand:
        tifa = next(p["proposal"] for p in proposals() if p["target"] == "R-TIFA")
        run("reject", "reconcile", "reject", tifa)
        run("match by hand", "reconcile", "match", "--bank-account", "BA-1", "--line",
            line_id("SWITCHING CR TRANSFER DR 009 YAYASAN TIFA"), "--entry", "R-TIFA")
    run("confirm", "reconcile", "confirm", "--exact")
    run("classify", "reconcile", "classify", line_id("BUNGA"), "--account", "Income:BankInterest",
        *(["--posting-date", "2026-11-02"] if by_hand else []))
    run("payment", "post", "--id", "PAY-EVAL", "--date", "2026-10-12", "--description", "Konsultan evaluasi",
        "--posting", "Expenses:Evaluation 4750000 IDR cso=CSO-3204",
        "--posting", "Assets:Bank:BCA-3204 -4750000 IDR cso=CSO-3204")
    run("classify more", "reconcile", "classify", line_id("PAJAK BUNGA"), "--account", "Expenses:Tax:Interest")
    run("classify more", "reconcile", "classify", line_id("BIAYA ADM"), "--account", "Expenses:BankCharges")
    run("confirm again", "reconcile", "confirm", "--exact")
    run("close", "reconcile", "close", "--bank-account", "BA-1", "--as-of", "2026-10-31")
    run("late payment", "post", "--id", "PAY-NOV", "--date", "2026-11-03", "--description", "Honorarium",
        "--posting", "Expenses:Staff 1000000 IDR cso=CSO-3204", "--posting", "Assets:Bank:BCA-3204 -1000000 IDR cso=CSO-3204")
    return steps


def reconciliation(corpus):
    """Journals with the six bank reconciliation event types (section 4.4), written through the
    CLI, damaged byte by byte, and forged (re-hashed) so that only the rules of section 4.4 can
    catch them."""
    journals = {}
    for by_hand in (False, True):
        name = "reconciliation" + (", by hand" if by_hand else "")
        steps = reconciliation_journal(corpus.fl, corpus.tmp / f"cli-{name.replace(', ', '-').replace(' ', '-')}.jsonl",
                                       by_hand)
        for step in ("import", "confirm", "classify", "close", "late payment"):
            lines = steps[step]
            corpus.ok(f"{name}: after {step}", lines, heads=(None, sha(lines[-1])))
        journals[by_hand] = steps["late payment"]
    lines = journals[False]
    units = unpack(lines)
    kinds = [body_of(u).get("type") for u in units]
    assert set(kinds) >= {"statement", "statement-line", "match", "classify", "reconcile"}, kinds
    assert "reject" in {body_of(u).get("type") for u in unpack(journals[True])}
    tamper_bytes(corpus, "reconciliation", lines,
                 [i for i, k in enumerate(kinds) if k in ("statement", "statement-line", "match", "classify", "reconcile")],
                 lambda i, line: [len(line) // 3, len(line) // 2, len(line) - 70])

    def where(kind, pred=lambda b: True, in_units=None):
        us = units if in_units is None else in_units
        return next(i for i, u in enumerate(us) if body_of(u).get("type") == kind and pred(body_of(u)))

    def described(text):
        return lambda b: b["description"] == text

    def bad(name, index, new_units):
        corpus.bad("reconciliation, forged: " + name, build(new_units), index)

    def ok(name, new_units):
        corpus.ok("reconciliation, forged: " + name, build(new_units))

    def data(**changes):
        return lambda b: b["data"].update(changes)

    st = where("statement")
    sl = where("statement-line")
    m1 = where("match")
    m_eval = where("match", lambda b: b["data"]["entries"] == ["PAY-EVAL"])
    cl = where("classify", described("BUNGA"))
    recon = where("reconcile")
    ok("re-hashed unchanged", units)
    # statement
    bad("statement of an unknown bank account", st, forge(units, st, data(bank_account="BA-9")))
    bad("statement in USD", st, forge(units, st, data(currency="USD", opening_balance="1.00",
                                                       closing_balance="2.00", pending=[])))
    bad("statement period ends before it starts", st, forge(units, st, data(to="2026-09-30")))
    bad("statement file_sha256 in capitals", st, forge(units, st, lambda b: b["data"].update(
        file_sha256=b["data"]["file_sha256"].upper())))
    bad("statement lines as a string", st, forge(units, st, data(lines="7")))
    bad("statement opening balance without decimals", st, forge(units, st, data(opening_balance="10000000")))
    bad("statement with postings", st, forge(units, st, lambda b: b.update(postings=[
        {"account": "Assets:Bank:BCA-3204", "amount": "1.00", "currency": "IDR"},
        {"account": "Equity:Opening", "amount": "-1.00", "currency": "IDR"}])))
    bad("statement data members reordered", st, forge(units, st, lambda b: b.update(data=dict(
        reversed(list(b["data"].items()))))))
    ok("statement without stated balances", forge(units, st, data(opening_balance="")))
    bad("statement closing balance one cent more: caught at the reconcile", recon, forge(
        units, st, lambda b: b["data"].update(closing_balance=b["data"]["closing_balance"][:-1] + "5")))
    # statement-line
    bad("line of an unknown statement", sl, forge(units, sl, data(statement="ST-0000000000000000")))
    bad("line dated after its statement's period", sl, forge(units, sl, lambda b: b.update(
        date="2026-11-01", posting_date="2026-11-01")))
    bad("line of 0.00", sl, forge(units, sl, data(amount="0.00")))
    bad("line occurrence 0", sl, forge(units, sl, data(occurrence=0)))
    bad("line occurrence as a string", sl, forge(units, sl, data(occurrence="1")))
    bad("line in USD", sl, forge(units, sl, data(currency="USD")))
    bad("line of another bank account", sl, forge(units, sl, data(bank_account="CSO-3204")))
    bad("line with postings", sl, forge(units, sl, lambda b: b.update(postings=[
        {"account": "Assets:Bank:BCA-3204", "amount": "0.00", "currency": "IDR"}])))
    bad("line amount changed: its id no longer follows", sl, forge(units, sl, lambda b: b["data"].update(
        amount=b["data"]["amount"].replace("2500000.00", "2500001.00"))))
    # ids follow from content (section 4.4): one changed and every hash recomputed is refused at
    # that line, by both verifiers; so is each reference to it rewritten to the forged id
    forged_line = "SL-0123456789abcdef"
    old_line = body_of(units[sl])["id"]
    bad("line id changed, hashes recomputed", sl, forge(units, sl, lambda b: b.update(id=forged_line)))
    bad("line id changed everywhere it is named, hashes recomputed", sl, [
        (f, u.replace(old_line.encode(), forged_line.encode()).replace(b"CL-" + old_line[3:].encode(),
                                                                      b"CL-" + forged_line[3:].encode()))
        for f, u in units])
    bad("line occurrence changed: its id no longer follows", sl, forge(units, sl, data(occurrence=2)))
    bad("statement id changed everywhere it is named, hashes recomputed", st, [
        (f, u.replace(body_of(units[st])["id"].encode(), b"ST-0123456789abcdef")) for f, u in units])
    # match
    bad("match whose amounts differ", m1, forge(units, m1, lambda b: b["data"].update(
        entries=["R-TIFA"])))
    bad("match of a line matched already", m_eval, forge(units, m_eval, lambda b: b["data"].update(
        lines=body_of(units[m1])["data"]["lines"])))
    bad("match of an entry matched already", m_eval, forge(units, m_eval, lambda b: b["data"].update(
        entries=body_of(units[m1])["data"]["entries"])))
    bad("match dated before its line", m_eval, forge(units, m_eval, lambda b: b.update(
        date="2026-10-11", posting_date="2026-10-11")))
    bad("match without entries", m1, forge(units, m1, data(entries=[])))
    bad("match of an event that did not move the account", m1, forge(units, m1, data(entries=["AG-1"])))
    bad("match of a line named twice", m1, forge(units, m1, lambda b: b["data"].update(
        lines=b["data"]["lines"] * 2, entries=b["data"]["entries"] * 2)))
    bad("match with postings", m1, forge(units, m1, lambda b: b.update(postings=[
        {"account": "Assets:Bank:BCA-3204", "amount": "0.00", "currency": "IDR"}])))
    ok("match dated later", forge(units, m_eval, lambda b: b.update(date="2026-10-30", posting_date="2026-10-30")))
    # classify
    bad("classification of a different amount", cl, forge(units, cl, postings_edit(
        amount=lambda a: a.replace("12345.67", "12345.68"))))
    bad("classification postings in the other order", cl, forge(units, cl, lambda b: b.update(
        postings=b["postings"][::-1])))
    bad("classification without the cso dimension", cl, forge(units, cl, lambda b: [p.pop("cso") for p in b["postings"]]))
    bad("classification to Income:Mobilised", cl, forge(units, cl, lambda b: (
        b["data"].update(account="Income:Mobilised:Company"), b["postings"][1].update(account="Income:Mobilised:Company"))))
    bad("classification to the bank's own ledger account", cl, forge(units, cl, lambda b: (
        b["data"].update(account="Assets:Bank:BCA-3204"), b["postings"][1].update(account="Assets:Bank:BCA-3204"))))
    bad("classification dated after its line", cl, forge(units, cl, lambda b: b.update(date="2026-11-01")))
    bad("classification without postings", cl, forge(units, cl, lambda b: b.update(postings=[])))
    bad("classification booked in a later period: the reconciliation's figures change", recon,
        forge(units, cl, lambda b: b.update(posting_date="2026-11-02")))
    # reconcile
    for member in ("bank_balance", "ledger_balance", "in_bank_not_recorded", "recorded_not_in_bank"):
        bad(f"reconciliation {member} one cent more", recon, forge(units, recon, lambda b, m=member: b["data"].update(
            {m: "%d.%02d" % divmod(int(b["data"][m].replace(".", "")) + 1, 100)})))
    bad("reconciliation with postings", recon, forge(units, recon, lambda b: b.update(postings=[
        {"account": "Assets:Bank:BCA-3204", "amount": "0.00", "currency": "IDR"}])))
    bad("reconciliation before the account was opened", recon, forge(units, recon, lambda b: b.update(
        id="RECON-BA-1-2026-09-29", date="2026-09-29", posting_date="2026-09-29")))
    bad("classification removed: caught at the reconcile", recon - 1, units[:cl] + units[cl + 1:])
    bad("match removed: caught at the reconcile", recon - 1, units[:m_eval] + units[m_eval + 1:])
    # the reconciled period is closed
    last_seq = len(units)
    late = [("one", members({"type": "txn", "id": "LATE", "recorded_at": RECON_NOW, "date": "2026-10-20",
                             "posting_date": "2026-10-20", "description": "late",
                             "postings": [{"account": "Expenses:Staff", "amount": "1.00", "currency": "IDR",
                                           "cso": "CSO-3204"},
                                          {"account": "Assets:Bank:BCA-3204", "amount": "-1.00", "currency": "IDR",
                                           "cso": "CSO-3204"}]}))]
    bad("payment booked in the reconciled period", last_seq, units + late)
    ok("payment of that date booked after the reconciled period", units + forge(late, 0, lambda b: b.update(
        posting_date="2026-11-01")))
    ok("payment in the reconciled period to another account", units + forge(late, 0, lambda b: b["postings"][1].update(
        account="Assets:Cash")))
    late_line = forge([("one", units[sl][1])], 0, lambda b: b.update(id="SL-00000000000000ff", date="2026-10-31",
                                                                       posting_date="2026-10-31"))
    bad("statement line dated in the reconciled period", last_seq, units + late_line)
    bad("reconciliation of an earlier date", last_seq, units + forge([units[recon]], 0, lambda b: b.update(
        id="RECON-BA-1-2026-10-30", date="2026-10-30", posting_date="2026-10-30")))
    # by hand: a rejection and a match without proposal
    hand = unpack(journals[True])
    rj = where("reject", in_units=hand)
    bad("rejection of an unknown line", rj, forge(hand, rj, data(lines=["SL-0000000000000000"])))
    bad("rejection with postings", rj, forge(hand, rj, lambda b: b.update(postings=[
        {"account": "Assets:Bank:BCA-3204", "amount": "0.00", "currency": "IDR"}])))
    bad("rejection with an empty target", rj, forge(hand, rj, data(target="")))
    corpus.ok("reconciliation, by hand, forged: re-hashed unchanged", build(hand))


def madani_walkthrough(corpus):
    """The reconciliation walkthrough of examples/madani/README.md: three banks' statements over
    four years imported, matched, rejected, an over-payment and its refund, classified, four
    accounts closed, and a line booked after a closed period. Forged: each reconciliation one cent
    off, and that last line booked back into the closed period."""
    path = corpus.tmp / "cli-madani-walkthrough.jsonl"
    s = ROOT / "examples" / "madani" / "statements"
    mappings = ROOT / "mappings"

    def run(*args):
        cli(corpus.fl, path, *args, now=RECON_NOW)

    run("init", "--ledger-id", "madani", "--target", "700000")
    run("import", str(ROOT / "examples" / "madani"))
    for name, bank, mapping, period in (
            ("bri-cms-3602-2020-01-02-2022-04-30.csv", "BA-3602-BRI", mappings / "bri-cms.json",
             ("--from", "2020-01-02", "--to", "2022-04-30")),
            ("bri-cms-3602-2022-04-01-2023-12-31.csv", "BA-3602-BRI", mappings / "bri-cms.json",
             ("--from", "2022-04-01", "--to", "2023-12-31")),
            *[(f.name, "BA-3573-BNI", s / "bni-direct.json", ()) for f in sorted(s.glob("bni-3573-*.csv"))],
            *[(f.name, "BA-3273-BCA", mappings / "bca-klikbca.json", ()) for f in sorted(s.glob("klikbca-3273-*.csv"))]):
        run("statement", "import", str(s / name), "--bank-account", bank, "--mapping", str(mapping), *period)
    for n, date in (("01", "2023-12-11"), ("02", "2023-12-12")):
        run("post", "--id", f"PAY-3573-2312-{n}", "--date", date, "--description", "Honor fasilitator",
            "--posting", "Assets:Bank:BNI-3573 -3000000 IDR cso=CSO-3573",
            "--posting", "Expenses:Programme:Honoraria 3000000 IDR cso=CSO-3573")
    run("reconcile", "confirm", "--exact")
    run("reconcile", "reject", "P-661204e88e52", "P-a7b6f4e0f910")
    run("reconcile", "confirm", "--exact")
    run("reconcile", "confirm", "P-1011365cfb5a")
    run("agreement", "change", "refund", "--id", "CH-3602-01", "--agreement", "AG-3602-02", "--date", "2022-04-25",
        "--amount", "187497500", "--bank-account", "BA-3602-BRI", "--note", "Kelebihan transfer dikembalikan")
    run("reconcile", "confirm", "--exact")
    for line, account in (("SL-6ec0e76aa31edd75", "Income:BankInterest"), ("SL-6ac048fea6e8f2d6", "Expenses:TaxOnInterest"),
                          ("SL-75e28760554386af", "Expenses:BankCharges"), ("SL-3b47b8d98b55e765", "Expenses:BankCharges")):
        run("reconcile", "classify", line, "--account", account)
    for bank, as_of in (("BA-3573-BNI", "2023-09-30"), ("BA-3573-BNI", "2023-12-31"), ("BA-3602-BRI", "2023-12-31"),
                        ("BA-3273-BCA", "2023-12-31")):
        run("reconcile", "close", "--bank-account", bank, "--as-of", as_of)
    run("reconcile", "classify", "SL-95c994edb15e35a2", "--account", "Income:Honoraria", "--posting-date", "2024-01-02")
    lines = read_lines(path)
    corpus.ok("madani walkthrough", lines, heads=(None, sha(lines[-1])))
    migrated(corpus, "madani walkthrough", path)
    units = unpack(lines)
    kinds = {body_of(u).get("type") for u in units}
    assert kinds >= {"statement", "statement-line", "match", "reject", "classify", "reconcile"}, kinds
    for i in [i for i, u in enumerate(units) if body_of(u).get("type") == "reconcile"]:
        corpus.bad(f"madani walkthrough, forged: {body_of(units[i])['id']} bank_balance one cent more",
                   build(forge(units, i, lambda b: b["data"].update(bank_balance="%d.%02d" % divmod(
                       int(b["data"]["bank_balance"].replace(".", "")) + 1, 100)))), i)
    corpus.bad("madani walkthrough, forged: a classification booked back into the closed period",
               build(forge(units, len(units) - 1, lambda b: b.update(posting_date="2023-12-31"))), len(units) - 1)


def forged_generated(corpus, gen_lines):
    """Event rules broken early, in the middle and at the end of a large journal."""
    units = unpack(gen_lines)
    n = len(units)
    for index in (2, n // 2, n - 1):
        edited = forge(units, index, lambda b: b["postings"][0].update(
            amount=b["postings"][0]["amount"].replace(".", "1.", 1)))
        corpus.bad(f"generated, forged: unbalanced line {index + 1}", build(edited), index)
    edited = forge(units, n - 10, lambda b: b.update(id="T-5"))
    corpus.bad(f"generated, forged: duplicate id on line {n - 9}", build(edited), n - 10)


def base_variants(corpus, small, main, gen):
    """The tamper cases, on the small example, the CLI journal and the generated one."""
    small_lines, main_lines, gen_lines = read_lines(small), read_lines(main), read_lines(gen)

    def many(index, line):  # first byte, in seq, prev, the body, the hash, last byte, the LF
        return [0, 7, 40, len(line) // 2, len(line) * 3 // 4, len(line) - 40, len(line) - 2,
                len(line) - 1, len(line)]

    def middle(index, line):
        return [len(line) // 2]

    # Every line of the small example and of the CLI journal; many positions in some.
    tamper_bytes(corpus, "small", small_lines, range(len(small_lines)), many)
    m = len(main_lines)
    tamper_bytes(corpus, "cli", main_lines, range(m),
                 lambda i, line: (many if i in (0, m // 2, m - 1) else middle)(i, line))
    n = len(gen_lines)
    tamper_bytes(corpus, "generated", gen_lines, (0, 1, n // 2, n - 2, n - 1),
                 lambda i, line: [len(line) // 2, len(line)])
    structural(corpus, "small", small_lines)
    structural(corpus, "cli", main_lines)
    structural(corpus, "generated", gen_lines)
    forged(corpus, main_lines)
    madani(corpus)
    reconciliation(corpus)
    madani_walkthrough(corpus)
    forged_generated(corpus, gen_lines)
    units = unpack(small_lines)
    corpus.ok("forged: small, all transactions in one unit",
              build(units[:1] + [("part", u[1]) for u in units[1:]] + [("commit", {"count": len(units) - 1})]))
    corpus.add("empty file", [], heads=(None, ZERO), expect=("bad", 0, 0))
    corpus.add("only a torn tail", [], tail=small_lines[0][:50], expect=("bad", 0, 0))
    corpus.add("only a header without its LF", [], tail=small_lines[0], expect=("bad", 0, 0))
    corpus.add("only a LF", [b""], expect=("bad", 0, 0))


# --- running both tools ----------------------------------------------------------------------

def run(argv):
    env = dict(os.environ)
    env.pop("FUNDLEDGER_JOURNAL", None)
    env.pop("FUNDLEDGER_NOW", None)
    proc = subprocess.run(argv, capture_output=True, env=env)
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        report = None
    return proc, report


def show(label, argv, proc):
    out = proc.stdout.decode(errors="replace")
    err = proc.stderr.decode(errors="replace")
    return (f"  {label}: {' '.join(map(str, argv))}\n    exit {proc.returncode}\n"
            f"    stdout: {out[:4000].rstrip()}\n    stderr: {err[:2000].rstrip()}\n")


def rows_by_key(rows, problems, what):
    out = {}
    for r in rows:
        key = (r.get("account"), r.get("currency"))
        if key in out:
            problems.append(f"{what}: {key} listed twice")
        out[key] = r.get("amount")
    return out


def check(case, fl):
    extra = ["--expect-head", case.head] if case.head else []
    c_argv = [fl, "-f", case.path, "verify", "--format", "json", *extra]
    p_argv = [sys.executable, str(VERIFIER), case.path, *extra]
    before = Path(case.path).read_bytes()
    c_proc, c = run(c_argv)
    p_proc, p = run(p_argv)
    problems, shown = [], [("fundledger verify", c_argv, c_proc), ("verify_journal.py", p_argv, p_proc)]
    if c is None or p is None:
        problems.append("a tool did not print a JSON report")
    if c_proc.returncode != p_proc.returncode:
        problems.append(f"exit status differs: fundledger {c_proc.returncode}, verifier {p_proc.returncode}")
    for proc, who in ((c_proc, "fundledger"), (p_proc, "verifier")):
        if proc.returncode not in (0, 3):
            problems.append(f"{who} exit status {proc.returncode} is neither 0 nor 3")
    if c is not None and p is not None:
        for key in ("ok", "events", "lines", "head"):
            if c.get(key) != p.get(key):
                problems.append(f"{key} differs: fundledger {c.get(key)!r}, verifier {p.get(key)!r}")
        cb, pb = c.get("first_bad"), p.get("first_bad")
        pos = lambda b: b and (b.get("seq"), b.get("line"), b.get("offset"))
        if (cb is None) != (pb is None) or pos(cb) != pos(pb):
            problems.append(f"first_bad differs: fundledger {pos(cb)}, verifier {pos(pb)}")
        if rows_by_key(c.get("balances", []), problems, "fundledger balances") != \
                rows_by_key(p.get("balances", []), problems, "verifier balances"):
            problems.append("balances differ")
        for report, who in ((c, "fundledger"), (p, "verifier")):
            if report.get("ok") is not (report.get("first_bad") is None):
                problems.append(f"{who}: ok and first_bad contradict each other")
            if (report.get("ok") is True) != (proc_of(who, c_proc, p_proc).returncode == 0):
                problems.append(f"{who}: ok and exit status contradict each other")
        if case.expect:
            for report, who in ((c, "fundledger"), (p, "verifier")):
                if case.expect[0] == "ok":
                    got = ("ok", report.get("lines")) if report.get("ok") else ("bad",) + (pos(report.get("first_bad")) or ())
                    want = case.expect
                else:
                    where = pos(report.get("first_bad"))
                    got = ("bad",) + where if where else ("ok", report.get("lines"))
                    want = ("bad", case.expect[1], case.expect[1] + 1, case.expect[2])
                if got != want:
                    problems.append(f"{who} says {got}, the corpus expects {want}")
        if c_proc.returncode == 0 and p_proc.returncode == 0 and p.get("ok") and not case.head:
            b_argv = [fl, "-f", case.path, "balance", "--format", "json"]
            b_proc, report = run(b_argv)
            shown.append(("fundledger balance", b_argv, b_proc))
            if b_proc.returncode != 0 or not isinstance(report, dict) or not isinstance(report.get("rows"), list):
                problems.append("balance report failed on an ok journal")
            else:
                rows = rows_by_key(report["rows"], problems, "balance report")
                wanted = rows_by_key(p.get("balances", []), [], "verifier balances")
                for key in sorted(set(rows) | set(wanted), key=str):
                    if rows.get(key) != wanted.get(key):
                        problems.append(f"balance report {key}: {rows.get(key)!r}, verifier {wanted.get(key)!r}")
    if Path(case.path).read_bytes() != before:
        problems.append("a reader changed the journal")
    return problems, shown


def proc_of(who, c_proc, p_proc):
    return c_proc if who == "fundledger" else p_proc


def main(argv):
    args = [a for a in argv[1:] if a != "--keep"]
    if len(args) != 1:
        print("usage: cross_check.py PATH/TO/fundledger [--keep]", file=sys.stderr)
        return 2
    fl = str(Path(args[0]).resolve())
    if not os.access(fl, os.X_OK):
        print(f"cross_check.py: {fl} is not an executable file\n0 passed, 1 failed")
        return 1
    tmp = tempfile.mkdtemp(prefix="fundledger-cross-check-")
    try:
        corpus = Corpus(tmp, fl)
        small = ROOT / "examples" / "small" / "journal.jsonl"
        for path in sorted(glob.glob(str(ROOT / "examples" / "**" / "*.jsonl"), recursive=True)):
            corpus.add("example " + os.path.relpath(path, ROOT), path=Path(path))
            lines = read_lines(path)
            if lines and LINE.fullmatch(lines[-1]) and LINE.fullmatch(lines[-1]).group(3) != b"part":
                corpus.add("example " + os.path.relpath(path, ROOT), path=Path(path), heads=(sha(lines[-1]),))
        main_journal = cli_journals(corpus)
        gen = Path(tmp) / "generated-3000.jsonl"
        gen2 = Path(tmp) / "generated-3000-v2.jsonl"
        subprocess.run([sys.executable, str(GENERATOR), "--n", "3000", "--seed", "7", "--out", str(gen2)],
                       check=True, capture_output=True)
        corpus.ok("generated 3000 transactions, seed 7, format version 2", read_lines(gen2))
        # The damage cases below append version-1 lines: they start from a version-1 journal.
        subprocess.run([sys.executable, str(GENERATOR), "--n", "3000", "--seed", "7", "--version", "1",
                        "--out", str(gen)], check=True, capture_output=True)
        corpus.ok("generated 3000 transactions, seed 7", read_lines(gen))
        base_variants(corpus, small, main_journal, gen)

        passed = failed = 0
        for case in corpus.cases:
            problems, shown = check(case, fl)
            if problems:
                failed += 1
                print(f"FAIL {case.name}\n  journal: {case.path}")
                for problem in problems:
                    print(f"  - {problem}")
                print("".join(show(*s) for s in shown))
            else:
                passed += 1
        print(f"corpus: {len(corpus.journals)} journals, {len(corpus.cases)} checks"
              + (f"; kept in {tmp}" if "--keep" in argv else ""))
        print(f"{passed} passed, {failed} failed")
        return 0 if failed == 0 else 1
    finally:
        if "--keep" not in argv:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
