"""Tests of tools/verify_journal.py. Run: /usr/bin/python3 -m unittest tests/verifier/test_verify_journal.py

Journals are built here byte by byte as docs/format/journal.md describes, independently of
both the verifier and the C++ writer.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "verify_journal.py"
ZERO = "0" * 64

HEADER = {"type": "header", "format": "fundledger-journal", "version": 1, "ledger_id": "madani",
          "base_currency": "USD", "time_zone": "Asia/Jakarta", "fiscal_year_start": "01-01",
          "target": "700000.00", "rate_age_days_max": 7, "created_at": "2026-11-27T00:00:00Z"}


def sha(data):
    return hashlib.sha256(data).hexdigest()


def make_line(seq, prev, frame, body):
    """One stored line (without LF): prefix, body members, then the own-hash suffix."""
    members = json.dumps(body, separators=(",", ":"), ensure_ascii=False)[1:-1]
    head = f'{{"seq":{seq},"prev":"{prev}","frame":"{frame}",{members}'.encode()
    return head + b',"hash":"' + sha(head).encode() + b'"}'


# Statement and line ids follow from what the events say (section 4.4). Fixtures name them by
# placeholders, 10 zeros and 6 hex digits (ST-00000000000000a1, SL-000000000000000a); chain()
# gives each the id its content gives, everywhere it is named (a classification's CL- too).
PLACEHOLDER = re.compile(r"(ST|SL)-0{10}[0-9a-f]{6}")


def content_ids(units):
    mapping, taken = {}, set()
    for _frame, body in units:
        if not (isinstance(body, dict) and isinstance(body.get("id"), str) and PLACEHOLDER.fullmatch(body["id"])
                and isinstance(body.get("data"), dict)) or body["id"] in mapping:
            continue
        d, us = body["data"], "\x1f"
        try:
            if body.get("type") == "statement":
                base = d["bank_account"] + "\n" + d["file_sha256"]
                forms = [base, base + "\n" + d["from"] + "\n" + d["to"]]    # the second: a corrected period
            elif body.get("type") == "statement-line":
                occurrence = us + str(d["occurrence"])
                if d["reference"] == "":
                    forms = [us.join((d["bank_account"], body["date"], d["amount"], body["description"])) + occurrence]
                else:
                    forms = [us.join((d["bank_account"], "ref", body["date"], d["reference"])) + occurrence]
            else:
                continue
            ids = [body["id"][:3] + sha(f.encode())[:16] for f in forms]
        except (KeyError, TypeError):
            continue
        new = next((i for i in ids if i not in taken), ids[0])
        taken.add(new)
        mapping[body["id"]] = new
        if new.startswith("SL-"):
            mapping["CL-" + body["id"][3:]] = "CL-" + new[3:]
    return mapping


def with_ids(value, mapping):
    if isinstance(value, dict):
        return {k: with_ids(v, mapping) for k, v in value.items()}
    if isinstance(value, list):
        return [with_ids(v, mapping) for v in value]
    return mapping.get(value, value) if isinstance(value, str) else value


def chain(units):
    """units: list of (frame, body). Returns the list of stored lines, chained."""
    lines, prev = [], ZERO
    mapping = content_ids(units)
    units = [(frame, with_ids(body, mapping)) for frame, body in units]
    for seq, (frame, body) in enumerate(units):
        lines.append(make_line(seq, prev, frame, body))
        prev = sha(lines[-1])
    return lines


def txn(tid, *postings, date="2024-01-05", **extra):
    body = {"type": "txn", "id": tid, "recorded_at": "2026-11-27T00:00:00Z", "date": date,
            "posting_date": date, "description": "test"}
    body.update(extra)
    body["postings"] = [dict(zip(("account", "amount", "currency"), p)) for p in postings]
    return body


def opening(tid="T-1", amount="1500000.00", currency="IDR", **kw):
    neg = amount[1:] if amount.startswith("-") else "-" + amount
    return txn(tid, ("Assets:Bank:BJB", amount, currency), ("Equity:Opening", neg, currency), **kw)


def valid_units():
    return [("one", HEADER),
            ("one", opening()),
            ("one", txn("T-2", ("Expenses:Travel", "12.50", "USD"), ("Assets:Bank:Cash", "-12.50", "USD"))),
            ("part", txn("I-1", ("Assets:Bank:BJB", "-100000.00", "IDR"), ("Expenses:Grants", "100000.00", "IDR"))),
            ("part", txn("I-2", ("Assets:Tokyo", "500", "JPY"), ("Income:Gifts", "-500", "JPY"))),
            ("commit", {"count": 2})]


# Agreement events (section 4.3): a small programme in a USD ledger, valued by hand.
def event(kind, eid, data, *postings, date="2024-01-05"):
    body = txn(eid, *postings, date=date)
    body["type"] = kind
    body["data"] = data
    body["postings"] = body.pop("postings")        # data comes right before postings
    return body


def valuation(rate, value, currency="USD", rate_date="2024-01-05", rate_event=None, quote="IDR"):
    """A valuation naming the rate event of `rate_date` (none for an amount in the base currency)."""
    if rate_event is None:
        rate_event = "" if rate == "1" else f"RATE-{currency}-{quote}-{rate_date}"
    return {"rate_event": rate_event, "rate_date": rate_date, "rate": rate, "source": "JISDOR",
            "currency": currency, "value": value}


def party(pid="CSO-3204", kind="cso", **changes):
    data = {"kind": kind, "name": "Perkumpulan Inisiatif Warga", "level": "", "district": "Kabupaten Bandung",
            "province": "Jawa Barat", "region_code": "32.04", "aliases": ["PIW BANDUNG"]}
    return event("party", pid, dict(data, **changes))


def agreement(aid="AG-1", amount="150000000.00", currency="IDR", val=None, postings=None, **changes):
    data = {"cso": "CSO-3204", "counterparty": "PEMKAB-BANDUNG", "currency": currency, "amount": amount,
            "nature": "contribution", "form": "cash", "valuation_basis": "", "conditional": False,
            "condition": "", "counts_as": "leverage", "purpose": "Sekolah warga", "restriction": "",
            "document_sha256": "", "schedule": [{"tranche": "1", "due": "2024-03-01", "amount": amount}],
            # 150,000,000 IDR / 13,896 IDR per USD = 10,794.4732... USD
            "valuation": val or valuation("13896", "10794.47")}
    data.update(changes)
    if postings is None:
        neg = amount[1:] if amount.startswith("-") else "-" + amount
        postings = [("Assets:Receivable:Agreements", amount, currency), ("Income:Mobilised:Government", neg, currency)]
    return event("agreement", aid, data, *postings)


def receipt(rid="RC-1", **changes):
    data = {"agreement": "AG-1", "currency": "IDR", "gross": "42500000.00", "bank_charges": "6500.00",
            "tax_withheld": "0.00", "bank_account": "BA-1", "bank_reference": "SUL2003",
            "allocation": [{"tranche": "1", "amount": "42500000.00"}], "overpayment": "0.00",
            "valuation": valuation("13896", "3058.43")}   # 42,500,000 / 13,896 = 3,058.4340...
    data.update(changes)
    return event("receipt", rid, data, ("Assets:Bank:BJB", "42493500.00", "IDR"),
                 ("Expenses:BankCharges", "6500.00", "IDR"),
                 ("Assets:Receivable:Agreements", "-42500000.00", "IDR"), date="2024-01-10")


def agreement_units():
    return [("one", HEADER),
            ("part", party()),
            ("part", party("PEMKAB-BANDUNG", "government", level="district", region_code="", aliases=[])),
            ("part", event("bank-account", "BA-1", {"cso": "CSO-3204", "bank": "Bank BJB", "number": "0012",
                                                    "currency": "IDR", "account": "Assets:Bank:BJB",
                                                    "opening_balance": "1000.00"},
                           ("Assets:Bank:BJB", "1000.00", "IDR"), ("Equity:Opening", "-1000.00", "IDR"))),
            ("part", event("rate", "RATE-USD-IDR-2024-01-05", {"base": "USD", "quote": "IDR", "value": "13896",
                                                                "source": "JISDOR"})),
            ("commit", {"count": 4}),
            ("one", agreement()),
            ("one", receipt()),
            ("one", event("change", "CH-1", {"agreement": "AG-1", "change": "cancel", "currency": "IDR",
                                             "amount": "107500000.00", "tranche": "1", "bank_account": "",
                                             "note": "Refocusing", "valuation": valuation("13896", "7736.04")},
                          ("Income:Mobilised:Government", "107500000.00", "IDR"),
                          ("Assets:Receivable:Agreements", "-107500000.00", "IDR"), date="2024-02-02")),
            ("one", agreement("AG-2", "18500.00", "USD", valuation("1", "18500.00", rate_date="2024-01-05")))]


# Bank reconciliation events (section 4.4): an IDR bank account, a statement of three lines, a
# match, two classifications, a rejection and the reconciliation, figures worked out by hand.
def bank_account(bid="BA-1", account="Assets:Bank:BJB", opening_balance="1000.00", date="2024-01-01"):
    body = event("bank-account", bid, {"cso": "CSO-3204", "bank": "Bank BJB", "number": "0012", "currency": "IDR",
                                       "account": account, "opening_balance": opening_balance},
                 (account, opening_balance, "IDR"), ("Equity:Opening", "-" + opening_balance, "IDR"), date=date)
    for p in body["postings"]:
        p["cso"] = "CSO-3204"
    return body


def statement(sid="ST-00000000000000a1", bank="BA-1", **changes):
    data = {"bank_account": bank, "layout": "BCA KlikBCA CSV", "file_sha256": "ab" * 32, "from": "2024-01-01",
            "to": "2024-01-31", "currency": "IDR", "opening_balance": "1000.00", "closing_balance": "1501.50",
            "lines": 3, "pending": [{"description": "TRSF PEND", "amount": "75.00"}]}
    data.update(changes)
    return event("statement", sid, data, date=data["to"])  # a statement is dated the end of its period


def line(lid, amount, date, **changes):
    data = {"bank_account": "BA-1", "statement": "ST-00000000000000a1", "currency": "IDR", "amount": amount,
            "reference": "", "occurrence": 1, "row": 8}
    data.update(changes)
    return event("statement-line", lid, data, date=date)


SL_A, SL_B, SL_C = "SL-000000000000000a", "SL-000000000000000b", "SL-000000000000000c"


def match(mid="M-00000000000000e1", lines=(SL_A,), entries=("T-1",), date="2024-01-10", proposal=""):
    return event("match", mid, {"bank_account": "BA-1", "lines": list(lines), "entries": list(entries),
                                "proposal": proposal}, date=date)


def classify(lid, amount, account, date="2024-01-31", bank_account="Assets:Bank:BJB"):
    neg = amount[1:] if amount.startswith("-") else "-" + amount
    body = event("classify", "CL-" + lid[3:], {"bank_account": "BA-1", "line": lid, "account": account},
                 date=date)
    body["postings"] = [{"account": bank_account, "amount": amount, "currency": "IDR", "cso": "CSO-3204"},
                        {"account": account, "amount": neg, "currency": "IDR", "cso": "CSO-3204"}]
    return body


def reject(proposal="P-0000000000c1", lines=(SL_C,), target="T-1"):
    return event("reject", "RJ-" + proposal[2:], {"proposal": proposal, "lines": list(lines), "target": target},
                 date="2024-01-31")


def reconcile(bank_balance="1501.50", ledger_balance="1501.50", in_bank="0.00", recorded="0.00", date="2024-01-31"):
    return event("reconcile", f"RECON-BA-1-{date}", {"bank_account": "BA-1", "currency": "IDR",
                                                     "bank_balance": bank_balance, "ledger_balance": ledger_balance,
                                                     "in_bank_not_recorded": in_bank, "recorded_not_in_bank": recorded},
                 date=date)


def recon_units():
    return [("one", HEADER),                                                     # 0
            ("one", party()),                                                    # 1
            ("one", bank_account()),                                             # 2
            ("one", txn("T-1", ("Assets:Bank:BJB", "500.00", "IDR"), ("Income:Grants", "-500.00", "IDR"),
                        date="2024-01-10")),                                     # 3
            ("part", statement()),                                               # 4
            ("part", line(SL_A, "500.00", "2024-01-10")),                        # 5
            ("part", line(SL_B, "2.50", "2024-01-31", row=9)),                   # 6
            ("part", line(SL_C, "-1.00", "2024-01-31", row=10)),                 # 7
            ("commit", {"count": 4}),                                            # 8
            ("one", match()),                                                    # 9
            ("one", classify(SL_B, "2.50", "Income:BankInterest")),              # 10
            ("one", reject()),                                                   # 11
            ("one", classify(SL_C, "-1.00", "Expenses:BankCharges")),            # 12
            ("one", reconcile())]                                                # 13


class VerifierTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.tmp.name, "journal.jsonl")

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, lines, tail=b""):
        with open(self.path, "wb") as f:
            f.write(b"".join(line + b"\n" for line in lines) + tail)

    def run_verifier(self, *extra, expect_exit=None):
        proc = subprocess.run([sys.executable, str(SCRIPT), self.path, *extra], capture_output=True)
        if expect_exit is not None:
            self.assertEqual(proc.returncode, expect_exit, proc.stdout + proc.stderr)
        self.stderr = proc.stderr.decode()
        return json.loads(proc.stdout) if proc.stdout else None

    def assert_bad(self, lines, index, reason_part, *extra, tail=b""):
        self.write(lines, tail)
        report = self.run_verifier(*extra, expect_exit=3)
        self.assertFalse(report["ok"])
        offset = sum(len(line) + 1 for line in lines[:index])
        self.assertEqual(report["first_bad"]["seq"], index)
        self.assertEqual(report["first_bad"]["line"], index + 1)
        self.assertEqual(report["first_bad"]["offset"], offset)
        self.assertIn(reason_part, report["first_bad"]["reason"])
        return report

    def test_valid_journal(self):
        lines = chain(valid_units())
        self.write(lines)
        report = self.run_verifier(expect_exit=0)
        self.assertEqual(report["ok"], True)
        self.assertEqual(report["events"], 4)
        self.assertEqual(report["lines"], 6)
        self.assertEqual(report["head"], sha(lines[-1]))
        self.assertIsNone(report["first_bad"])
        self.assertEqual(report["balances"], [
            {"account": "Assets:Bank:BJB", "currency": "IDR", "amount": "1400000.00"},
            {"account": "Assets:Bank:Cash", "currency": "USD", "amount": "-12.50"},
            {"account": "Assets:Tokyo", "currency": "JPY", "amount": "500"},
            {"account": "Equity:Opening", "currency": "IDR", "amount": "-1500000.00"},
            {"account": "Expenses:Grants", "currency": "IDR", "amount": "100000.00"},
            {"account": "Expenses:Travel", "currency": "USD", "amount": "12.50"},
            {"account": "Income:Gifts", "currency": "JPY", "amount": "-500"}])
        self.assertEqual(self.stderr, "")

    def test_zero_balance_rows_are_listed(self):
        units = [("one", HEADER), ("one", opening()), ("one", opening("T-2", "-1500000.00"))]
        self.write(chain(units))
        report = self.run_verifier(expect_exit=0)
        self.assertEqual([b["amount"] for b in report["balances"]], ["0.00", "0.00"])

    def test_header_only(self):
        self.write(chain([("one", HEADER)]))
        report = self.run_verifier(expect_exit=0)
        self.assertEqual((report["events"], report["lines"], report["balances"]), (0, 1, []))

    def test_empty_or_only_torn_tail_has_no_header(self):
        # Section 3: line 1 is the header, so a journal with no complete line is damage.
        no_header = {"seq": 0, "line": 1, "offset": 0, "reason": "the journal has no header line"}
        for tail in (b"", chain([("one", HEADER)])[0][:40]):
            with self.subTest(tail=tail):
                self.write([], tail=tail)
                report = self.run_verifier(expect_exit=3)
                self.assertEqual(report, {"ok": False, "events": 0, "lines": 0, "head": None,
                                          "first_bad": no_header, "balances": []})
                self.assertEqual("torn tail" in self.stderr, bool(tail))
                self.run_verifier("--expect-head", ZERO, expect_exit=3)

    def test_flipped_byte_in_middle_line(self):
        lines = chain(valid_units())
        lines[2] = lines[2].replace(b'"test"', b'"Test"')
        report = self.assert_bad(lines, 2, "own hash")
        self.assertEqual((report["events"], report["lines"]), (1, 2))
        self.assertEqual(report["head"], sha(lines[1]))
        self.assertEqual(len(report["balances"]), 2)   # from the accepted lines only

    def test_flipped_byte_in_last_line(self):
        lines = chain(valid_units())
        lines[-1] = lines[-1].replace(b'"count":2', b'"count":3')
        self.assert_bad(lines, 5, "own hash")

    def test_flipped_amount_digit_with_hash_recomputed_breaks_chain(self):
        units = valid_units()
        lines = chain(units)
        units[1] = ("one", opening(amount="1500001.00"))
        lines[1] = chain(units)[1]      # own hash is right, but line 3's prev no longer matches
        self.assert_bad(lines, 2, "prev")

    def test_deleted_line(self):
        lines = chain(valid_units())
        del lines[2]
        self.assert_bad(lines, 2, "seq")

    def test_swapped_lines(self):
        lines = chain(valid_units())
        lines[1], lines[2] = lines[2], lines[1]
        self.assert_bad(lines, 1, "seq")

    def test_expect_head(self):
        lines = chain(valid_units())
        self.write(lines)
        self.run_verifier("--expect-head", sha(lines[-1]), expect_exit=0)
        self.run_verifier("--expect-head", sha(lines[2]).upper(), expect_exit=0)   # grew since
        # A head is a unit boundary: the hash of a part line never was one.
        self.run_verifier("--expect-head", sha(lines[3]), expect_exit=3)

    def test_truncated_tail_with_expect_head(self):
        lines = chain(valid_units())
        head = sha(lines[-1])
        self.write(lines[:3])                       # the last unit was cut off
        report = self.run_verifier("--expect-head", head, expect_exit=3)
        self.assertEqual(report["first_bad"], {
            "seq": 3, "line": 4, "offset": sum(len(x) + 1 for x in lines[:3]),
            "reason": "expected head not found: journal truncated or rewritten"})
        self.assertEqual(report["events"], 2)
        self.run_verifier(expect_exit=0)            # without a head, truncation is invisible

    def test_rewritten_tail_with_expect_head(self):
        lines = chain(valid_units())
        units = valid_units()[:3]
        units[2] = ("one", txn("T-2", ("Expenses:Travel", "99.00", "USD"), ("Assets:Bank:Cash", "-99.00", "USD")))
        self.write(chain(units))
        self.run_verifier("--expect-head", sha(lines[2]), expect_exit=3)

    def test_torn_tail(self):
        lines = chain(valid_units())
        self.write(lines, tail=b'{"seq":6,"prev":"ab')
        report = self.run_verifier(expect_exit=0)
        self.assertEqual((report["events"], report["head"]), (4, sha(lines[-1])))
        self.assertIn("torn tail", self.stderr)

    def test_damaged_tail_of_zeros_or_stale_bytes_is_ignored(self):
        # Issue 10: what a crash leaves after the last commit was never acknowledged (section 1).
        lines = chain(valid_units())
        stale = bytes((i * 151 + 7) % 256 for i in range(6000))
        for tail in (b"\0" * 4096, b"\0" * 100 + b"\n", stale, b"\0" * (2 << 20),
                     b"x" * ((1 << 20) + 10) + b"\n", b"garbage text\nmore\n",
                     lines[3][:100] + b"\0" * 50 + b"\n"):
            with self.subTest(tail=tail[:20]):
                self.write(lines, tail=tail)
                report = self.run_verifier(expect_exit=0)
                self.assertEqual((report["events"], report["head"]), (4, sha(lines[-1])))
                self.assertIn("bytes after the last", self.stderr)

    def test_damage_before_an_intact_unit_end_is_not_a_tail(self):
        lines = chain(valid_units())
        self.assert_bad(lines[:2] + [b"\0" * len(lines[2])] + lines[3:], 2, "")
        self.assert_bad(lines, 6, "", tail=b"\0" * 10 + b"\n" + lines[1] + b"\n")

    def test_unit_with_lost_middle_page_and_surviving_commit_is_a_tail(self):
        units = valid_units() + [("part", opening("T-%d" % i, description="x" * 300)) for i in range(20, 50)]
        units.append(("commit", {"count": 30}))
        lines = chain(units)
        committed = sum(len(line) + 1 for line in lines[:6])
        data = bytearray(b"".join(line + b"\n" for line in lines))
        data[committed + 4096:committed + 8192] = bytes(4096)
        with open(self.path, "wb") as f:
            f.write(data)
        report = self.run_verifier(expect_exit=0)
        self.assertEqual((report["lines"], report["head"]), (6, sha(lines[5])))
        self.assertIn("damaged tail", self.stderr)
        with open(self.path, "ab") as f:          # a later unit: the damaged one was acknowledged
            f.write(make_line(len(lines), sha(lines[-1]), "one", opening("T-99")) + b"\n")
        self.run_verifier(expect_exit=3)

    def test_unacknowledged_mark_reads_the_journal_up_to_it(self):
        lines = chain(valid_units())
        end = sum(len(line) + 1 for line in lines[:3])   # after the one line T-2
        self.write(lines)
        with open(self.path + ".unacknowledged", "wb") as f:
            f.write(b"end %d head %s\n" % (end, sha(lines[2]).encode()))
        report = self.run_verifier(expect_exit=0)
        self.assertEqual((report["lines"], report["events"], report["head"]), (3, 2, sha(lines[2])))
        self.assertIn("unacknowledged tail", self.stderr)
        with open(self.path + ".unacknowledged", "wb") as f:
            f.write(b"end 10 head %s\n" % sha(lines[2]).encode())
        self.run_verifier(expect_exit=3)

    def test_uncommitted_part_run(self):
        units = valid_units() + [("part", opening("T-9")), ("part", opening("T-10"))]
        lines = chain(units)
        self.write(lines)
        report = self.run_verifier(expect_exit=0)
        self.assertEqual((report["events"], report["lines"]), (4, 6))
        self.assertEqual(report["head"], sha(lines[5]))
        self.assertIn("uncommitted", self.stderr)
        self.run_verifier("--expect-head", sha(lines[5]), expect_exit=0)

    def test_uncommitted_part_is_not_event_checked(self):
        units = valid_units() + [("part", opening("T-1"))]   # duplicate id, but never committed
        self.write(chain(units))
        self.run_verifier(expect_exit=0)

    def test_framing_damage(self):
        base = valid_units()[:3]
        self.assert_bad(chain(base + [("part", opening("X")), ("one", opening("Y"))]), 4, "commit")
        self.assert_bad(chain(base + [("commit", {"count": 1})]), 3, "no part")
        self.assert_bad(chain(base + [("part", opening("X")), ("commit", {"count": 2})]), 4, "count")
        self.assert_bad(chain([("one", opening())]), 0, "header")
        self.assert_bad(chain([("one", dict(HEADER, version=3))]), 0, "version 1 or 2")

    def test_event_error_in_committed_unit_is_reported_at_its_part_line(self):
        units = valid_units()[:3] + [("part", opening("X")), ("part", opening("T-1")),
                                     ("commit", {"count": 2})]
        self.assert_bad(chain(units), 4, "duplicate id")

    def test_unbalanced_transaction(self):
        units = [("one", HEADER), ("one", txn("T-1", ("Assets:Bank", "10.00", "USD"),
                                             ("Equity:Opening", "-9.99", "USD")))]
        self.assert_bad(chain(units), 1, "balance")
        # Balanced in total but not per currency.
        units[1] = ("one", txn("T-1", ("Assets:Bank", "10.00", "USD"), ("Equity:Opening", "-10.00", "EUR")))
        self.assert_bad(chain(units), 1, "balance")

    def test_duplicate_id(self):
        self.assert_bad(chain([("one", HEADER), ("one", opening()), ("one", opening())]), 2, "duplicate id")

    def test_bad_amounts(self):
        for amount, currency in [("1e5", "USD"), ("1.005", "USD"), ("1.5", "USD"), ("01.00", "USD"),
                                 ("1.00", "JPY"), ("+1.00", "USD"), ("1.00", "KWD")]:
            with self.subTest(amount=amount, currency=currency):
                body = txn("T-1", ("Assets:Bank", amount, currency), ("Equity:Opening", amount, currency))
                self.assert_bad(chain([("one", HEADER), ("one", body)]), 1, "amount")
        body = txn("T-1", ("Assets:Bank", "-0.00", "USD"))
        self.assert_bad(chain([("one", HEADER), ("one", body)]), 1, "negative zero")
        body = txn("T-1", ("Assets:Bank", 1, "USD"), ("Equity:Opening", -1, "USD"))
        self.assert_bad(chain([("one", HEADER), ("one", body)]), 1, "amount")

    def test_bad_event_fields(self):
        cases = [(opening(date="2024-02-30"), "date"), (opening(date="2024-1-05"), "date"),
                 (opening(currency="XYZ"), "currency"),
                 (txn("T-1", ("Assets:", "0.00", "USD")), "account"),
                 (txn("T-1", ("Cash:Box", "0.00", "USD")), "account"),
                 (txn("T-1", ("Assets:bank", "0.00", "USD")), "account"),      # segments start
                 (txn("T-1", ("Assets:My_Bank", "0.00", "USD")), "account"),   # [A-Z0-9], no _
                 (txn("T-1", ("Assets:-Bank", "0.00", "USD")), "account"),
                 (opening(reverses="T-0"), "reverses"),
                 (dict(opening(), type="memo"), "unknown type"),
                 (dict(HEADER), "header")]
        for body, reason in cases:
            with self.subTest(reason=reason, body=body):
                self.assert_bad(chain([("one", HEADER), ("one", body)]), 1, reason)
        self.write(chain([("one", HEADER), ("one", opening(date="2024-02-29")),
                          ("one", opening("T-2", "-1500000.00", reverses="T-1")),
                          ("one", txn("T-3", ("Assets:9-Lives:X-y", "0.00", "USD")))]))
        self.run_verifier(expect_exit=0)

    def test_header_target_sign_is_free(self):
        # The spec asks a well-formed decimal string in the base currency, with no sign rule.
        self.write(chain([("one", dict(HEADER, target="-1.00"))]))
        self.run_verifier(expect_exit=0)
        self.assert_bad(chain([("one", dict(HEADER, target="-1"))]), 0, "amount")

    def test_line_shape(self):
        lines = chain(valid_units()[:2])
        spaced = lines[1].replace(b'"seq":1,', b'"seq": 1,')
        self.assert_bad([lines[0], spaced], 1, "shape")
        self.assert_bad([lines[0], lines[1] + b"\r"], 1, "shape")
        self.assert_bad([lines[0], b"\xff" + lines[1]], 1, "UTF-8")
        body = valid_units()[1][1]
        spaced = make_line(1, sha(lines[0]), "one", body).replace(b'"postings":[', b'"postings": [')
        self.assert_bad([lines[0], spaced], 1, "white space")   # step 1 comes before the hash
        head = spaced[:-75]                                      # even with a correct own hash
        spaced = head + b',"hash":"' + sha(head).encode() + b'"}'
        self.assert_bad([lines[0], spaced], 1, "white space")
        huge = make_line(1, sha(lines[0]), "one", dict(body, description="x" * 1_048_576))
        self.assert_bad([lines[0], huge], 1, "1 MiB")

    def test_agreement_events(self):
        lines = chain(agreement_units())
        self.write(lines)
        report = self.run_verifier(expect_exit=0)
        self.assertEqual((report["events"], report["lines"], report["head"]), (8, 10, sha(lines[-1])))
        self.assertEqual(report["balances"], [     # the postings of agreement events count
            {"account": "Assets:Bank:BJB", "currency": "IDR", "amount": "42494500.00"},
            {"account": "Assets:Receivable:Agreements", "currency": "IDR", "amount": "0.00"},
            {"account": "Assets:Receivable:Agreements", "currency": "USD", "amount": "18500.00"},
            {"account": "Equity:Opening", "currency": "IDR", "amount": "-1000.00"},
            {"account": "Expenses:BankCharges", "currency": "IDR", "amount": "6500.00"},
            {"account": "Income:Mobilised:Government", "currency": "IDR", "amount": "-42500000.00"},
            {"account": "Income:Mobilised:Government", "currency": "USD", "amount": "-18500.00"}])

    def assert_bad_event(self, body, reason_part, units=None):
        """`body` replaces the AG-1 agreement line (line 7) of agreement_units()."""
        units = units or agreement_units()
        units[6] = ("one", body)
        return self.assert_bad(chain(units[:7]), 6, reason_part)

    def test_valuation(self):
        self.assert_bad_event(agreement(val=valuation("13896", "10794.48")), "valuation")   # one cent off
        self.assert_bad_event(agreement(val=valuation("13896", "10794.46")), "valuation")
        self.assert_bad_event(agreement(val=valuation("13896", "10794.473")), "amount")     # USD scale
        self.assert_bad_event(agreement(val=valuation("13896", "10794.47", currency="IDR")), "currency")
        self.assert_bad_event(agreement(val=valuation("0", "0.00")), "rate")
        self.assert_bad_event(agreement(val=valuation("13896.0000000000001", "10794.47")), "rate")
        self.assert_bad_event(agreement(val=valuation("-13896", "-10794.47")), "rate")
        # In the base currency: rate "1" and the amount itself.
        self.assert_bad_event(agreement("AG-1", "18500.00", "USD", valuation("1", "18500.01")), "rate 1")
        self.assert_bad_event(agreement("AG-1", "18500.00", "USD", valuation("1.0", "18500.00")), "rate 1")
        # Exact division, rounded once, half to even: 1,000.25 IDR at 10 is 100.025 USD.
        for value, exit_status in (("100.02", 0), ("100.03", 3)):
            units = agreement_units()[:6] + [("one", agreement(amount="1000.25", val=valuation("10", value)))]
            units[4][1]["data"]["value"] = "10"       # the journal's own quote of the day
            self.write(chain(units))
            self.run_verifier(expect_exit=exit_status)
        # 1,000,000 JPY at 0.5 JPY per USD (a scale-0 currency) is 2,000,000.00 USD; rate decimals.
        units = agreement_units()[:6] + [("one", agreement(amount="1000000", currency="JPY",
                                                           val=valuation("0.5", "2000000.00", quote="JPY")))]
        units[4] = ("part", event("rate", "RATE-USD-JPY-2024-01-05", {"base": "USD", "quote": "JPY", "value": "0.5",
                                                                       "source": "JISDOR"}))
        self.write(chain(units))
        self.run_verifier(expect_exit=0)
        # A cancellation is valued at its agreement's signing rate (13896), not the day's.
        units = agreement_units()
        change = units[8][1]
        change["data"]["valuation"] = valuation("14000", "7678.57", rate_date="2024-02-02")
        units.insert(8, ("one", event("rate", "RATE-USD-IDR-2024-02-02", {"base": "USD", "quote": "IDR",
                                                                          "value": "14000", "source": "JISDOR"},
                                      date="2024-02-02")))
        self.assert_bad(chain(units), 9, "signing rate")

    def test_data_members(self):
        body = agreement()
        data = body["data"]
        body["data"] = {"counterparty": data.pop("counterparty"), **data}
        self.assert_bad_event(body, "out of order")
        self.assert_bad_event(agreement(memo="x"), "members wrong")              # unknown member
        body = agreement()
        del body["data"]["restriction"]
        self.assert_bad_event(body, "members wrong")
        body = agreement()
        body["data"]["valuation"] = {"rate": "13896", **valuation("13896", "10794.47")}   # rate first
        self.assert_bad_event(body, "data.valuation: members")
        self.assert_bad_event(agreement(schedule=[{"due": "2024-03-01", "tranche": "1",
                                                   "amount": "150000000.00"}]), "data.schedule[0]")
        self.assert_bad_event(agreement(schedule={}), "not an array")
        body = agreement()
        body["data"] = [body["data"]]
        self.assert_bad_event(body, "not an object")
        body = agreement()
        del body["data"]
        self.assert_bad_event(body, "order")                     # section 1: data is a member
        body = agreement()                         # data after postings
        body["data"] = body.pop("data")
        self.assert_bad_event(body, "order")

    def test_data_values(self):
        cases = [(agreement(nature="gift"), "nature"), (agreement(form="in kind"), "form"),
                 (agreement(counts_as="Leverage"), "counts_as"), (agreement(nature=None), "nature"),
                 (party("P-9", kind="ngo"), "kind"), (agreement(conditional="false"), "conditional"),
                 (agreement(conditional=0), "conditional"), (agreement(cso="CSO 3204"), "cso"),
                 (agreement(counterparty=""), "counterparty"), (agreement(currency="XYZ"), "currency"),
                 (agreement(purpose=None), "purpose"), (agreement(document_sha256="ab" * 31), "document_sha256"),
                 (agreement(schedule=[{"tranche": "1", "due": "2024-02-30", "amount": "150000000.00"}]), "due"),
                 (party("P-9", aliases="PIW"), "aliases"), (party("P-9", aliases=[1]), "aliases"),
                 (receipt(bank_account="BA 1"), "bank_account"),
                 (receipt(allocation=[{"tranche": "", "amount": "42500000.00"}]), "tranche"),
                 (event("rate", "RATE-USD-IDR-2024-01-08", {"base": "USD", "quote": "IDR", "source": "",
                                                             "value": "13896.1234567890123"}, date="2024-01-08"),
                  "value"),
                 (event("rate", "RATE-USD-IDR-2024-01-06", {"base": "USD", "quote": "IDR",
                                                             "value": "13896", "source": ""}), "RATE-"),
                 (event("bank-account", "BA-2", {"cso": "CSO-3204", "bank": "BJB", "number": "1", "currency": "IDR",
                                                 "account": "Assets:Cash:BJB", "opening_balance": "0.00"}), "account")]
        for body, reason in cases:
            with self.subTest(reason=reason):
                self.assert_bad_event(body, reason)
        self.write(chain(agreement_units()[:6] + [("one", agreement(document_sha256="ab" * 32, conditional=True,
                                                                    condition="SK Bupati", postings=[]))]))
        self.run_verifier(expect_exit=0)

    def test_data_amount_scale(self):
        for changes in ({"amount": "150000000"}, {"amount": "150000000.0"},
                        {"schedule": [{"tranche": "1", "due": "2024-03-01", "amount": "150000000"}]}):
            with self.subTest(changes=changes):
                self.assert_bad_event(agreement(**changes), "amount")
        self.assert_bad_event(receipt(bank_charges="6500"), "data.bank_charges")
        self.assert_bad_event(receipt(overpayment=0), "data.overpayment")
        self.assert_bad_event(agreement(amount="500.00", currency="KWD", val=valuation("0.3", "1666.67")), "amount")

    def test_agreement_event_postings(self):
        units = agreement_units()
        self.write(chain(units[:1] + [("one", party())]))        # a party moves no value: postings []
        self.run_verifier(expect_exit=0)
        self.assert_bad_event(dict(party("P-9"), postings=[{"account": "Assets:X", "amount": "0.00", "currency": "USD"}]),
                              "no postings")
        self.assert_bad_event(txn("T-9"), "needs postings")                  # but a transaction does
        body = receipt()
        body["postings"][0]["amount"] = "42493500.01"
        self.assert_bad_event(body, "do not balance")
        self.assert_bad_event(agreement(postings=[("Assets:Receivable:Agreements", "150000000.00", "IDR"),
                                                  ("Income:Mobilised:Government", "-150000000.00", "USD")]),
                              "do not balance")
        self.assert_bad_event(agreement(postings=[("Assets:Receivable:Agreements", "150000000", "IDR")]), "amount")

    def test_agreement_event_ids_and_reverses(self):
        self.assert_bad_event(agreement("CSO-3204"), "duplicate id")         # ids are shared by all types
        self.assert_bad_event(txn("BA-1", ("Assets:Bank:BJB", "0.00", "IDR")), "duplicate id")
        body = agreement()
        body = {**{k: v for k, v in body.items() if k not in ("data", "postings")}, "reverses": "CSO-3204",
                "data": body["data"], "postings": body["postings"]}
        self.assert_bad_event(body, "reverses")

    def test_bad_agreement_event_inside_a_unit(self):
        units = agreement_units()
        units[3][1]["data"]["opening_balance"] = "1000.001"
        self.assert_bad(chain(units), 3, "opening_balance")

    # --- bank reconciliation (section 4.4) ---------------------------------------------------

    def assert_bad_recon(self, index, body, reason_part, units=None):
        """recon_units() (or `units`) up to line `index`, which `body` replaces: the verifier must
        refuse that line (a part line is closed by its commit, so that its unit is checked)."""
        units = list(units or recon_units())
        frame = units[index][0]
        units = units[:index] + [(frame, body)]
        if frame == "part":                       # the run of recon_units() starts at line 5
            units.append(("commit", {"count": index - 3}))
        return self.assert_bad(chain(units), index, reason_part)

    def test_reconciliation(self):
        lines = chain(recon_units())
        self.write(lines)
        report = self.run_verifier(expect_exit=0)
        self.assertEqual((report["events"], report["lines"], report["head"]), (12, 14, sha(lines[-1])))
        self.assertEqual(report["balances"], [
            {"account": "Assets:Bank:BJB", "currency": "IDR", "amount": "1501.50"},
            {"account": "Equity:Opening", "currency": "IDR", "amount": "-1000.00"},
            {"account": "Expenses:BankCharges", "currency": "IDR", "amount": "1.00"},
            {"account": "Income:BankInterest", "currency": "IDR", "amount": "-2.50"},
            {"account": "Income:Grants", "currency": "IDR", "amount": "-500.00"}])

    def test_reconciliation_figures(self):
        units = recon_units()
        # Without the match: the line and the entry are both reconciling items.
        self.write(chain(units[:9] + units[10:13] + [("one", reconcile(in_bank="500.00", recorded="500.00"))]))
        self.run_verifier(expect_exit=0)
        # A classification booked in February: its line is in the bank, not yet in the ledger.
        units[10] = ("one", dict(classify(SL_B, "2.50", "Income:BankInterest"), posting_date="2024-02-01"))
        units[13] = ("one", reconcile(ledger_balance="1499.00", in_bank="2.50"))
        self.write(chain(units))
        self.run_verifier(expect_exit=0)
        # No closing balance stated: the bank balance is the opening balance plus the lines.
        units = recon_units()
        units[4] = ("part", statement(opening_balance="", closing_balance=""))
        self.write(chain(units))
        self.run_verifier(expect_exit=0)
        # Each figure must be the one recomputed, and nothing may be left unexplained.
        for figures in ({"bank_balance": "1501.51"}, {"ledger_balance": "1501.49"}, {"in_bank": "0.01"},
                        {"recorded": "-0.01"}, {"bank_balance": "1501.50", "in_bank": "0.00", "recorded": "0.00",
                                                "ledger_balance": "1501.5"}):
            with self.subTest(figures=figures):
                self.assert_bad(chain(recon_units()[:13] + [("one", reconcile(**figures))]), 13, "data.")
        units = recon_units()
        units[4] = ("part", statement(closing_balance="1600.00"))       # the bank says 98.50 more
        self.assert_bad(chain(units[:13] + [("one", reconcile(bank_balance="1600.00"))]), 13, "unexplained")
        self.assert_bad(chain(units), 13, "bank_balance")

    def test_statement_and_line_ids_follow_their_content(self):
        """Section 4.4: a line's id is recomputed from its date, amount, description, reference and
        occurrence; a statement's from its bank account and file. One changed, the line is named."""
        for index, body, named in [
                (5, line("SL-1234567890abcdef", "500.00", "2024-01-10"), "SL-1234567890abcdef"),
                (5, line(SL_A, "500.00", "2024-01-10", occurrence=2), "SL-"),
                (4, statement("ST-1234567890abcdef"), "ST-1234567890abcdef")]:
            with self.subTest(id=body["id"], occurrence=body["data"].get("occurrence")):
                units = recon_units()
                if body["data"].get("occurrence") == 2:   # the id computed for occurrence 1, the event saying 2
                    real = content_ids(units)[SL_A]
                    body = dict(body, id=real)
                self.assert_bad_recon(index, body, named, units=units)

    def test_reconciliation_ids(self):
        units = recon_units()
        cases = [(4, statement("ST-1"), "id"), (4, statement("ST-00000000000000A1"), "id"),
                 (5, line("SL-1", "500.00", "2024-01-10"), "id"), (9, match("M-e1"), "id"),
                 (11, dict(reject(), id="RJ-0000000000c2"), "RJ-"), (11, reject("PROPOSAL-1"), "RJ-"),
                 (10, dict(classify(SL_B, "2.50", "Income:BankInterest"), id="CL-000000000000000c"), "CL-"),
                 (13, dict(reconcile(), id="RECON-BA-1"), "RECON-"), (9, match(proposal="P-1"), "proposal")]
        for index, body, reason in cases:
            with self.subTest(index=index, id=body["id"]):
                self.assert_bad_recon(index, body, reason, units)

    def test_statement_and_line_rules(self):
        cases = [(4, statement(bank="BA-9"), "bank_account"), (4, statement(to="2023-12-31"), "ends before"),
                 (4, statement(file_sha256="AB" * 32), "file_sha256"), (4, statement(file_sha256=""), "file_sha256"),
                 (4, statement(currency="USD", opening_balance="1.00", closing_balance="2.00", pending=[]), "currency"),
                 (4, statement(lines=-1), "lines"), (4, statement(lines=True), "lines"), (4, statement(lines=3.0), "lines"),
                 (4, statement(opening_balance="1000"), "opening_balance"),
                 (4, statement(pending=[{"amount": "75.00", "description": "TRSF PEND"}]), "pending[0]"),
                 (4, dict(statement(), postings=[{"account": "Assets:X", "amount": "0.00", "currency": "IDR"}]), "no postings"),
                 (5, line(SL_A, "500.00", "2024-01-10", statement="ST-00000000000000a2"), "statement"),
                 (5, line(SL_A, "500.00", "2024-02-01"), "period"),
                 (5, line(SL_A, "0.00", "2024-01-10"), "moves money"),
                 (5, line(SL_A, "500.00", "2024-01-10", occurrence=0), "occurrence"),
                 (5, line(SL_A, "500.00", "2024-01-10", row="8"), "row"),
                 (5, line(SL_A, "500", "2024-01-10"), "amount"),
                 (5, line(SL_A, "500.00", "2024-01-10", currency="USD"), "currency"),
                 (5, line(SL_A, "500.00", "2024-01-10", bank_account="BA-2"), "bank_account"),
                 (5, dict(line(SL_A, "500.00", "2024-01-10"), postings=[{"account": "Assets:Bank:BJB", "amount": "500.00",
                                                                          "currency": "IDR"}]), "no postings")]
        for index, body, reason in cases:
            with self.subTest(reason=reason, index=index):
                self.assert_bad_recon(index, body, reason)
        # A line dated before its bank account was opened, inside its statement's period.
        units = recon_units()
        units[2] = ("one", bank_account(date="2024-01-15"))
        self.assert_bad(chain(units[:5] + [("part", line(SL_A, "500.00", "2024-01-10")), ("commit", {"count": 2})]), 5,
                        "opened")
        # A statement of another bank account.
        units = recon_units()
        units[1:2] = [("one", party()), ("one", bank_account("BA-2", "Assets:Bank:Mandiri"))]
        units[5] = ("part", statement(bank="BA-2"))
        self.assert_bad(chain(units[:7] + [("commit", {"count": 2})]), 6, "statement of BA-2")
        # Two bank accounts never share a ledger account.
        self.assert_bad(chain(recon_units()[:3] + [("one", bank_account("BA-2"))]), 3, "belongs to bank account BA-1")

    def test_match_rules(self):
        units = recon_units()
        cases = [(match(entries=["T-9"]), "T-9"),
                 (match(entries=["CSO-3204"]), "posted to"),
                 (match(lines=[SL_B]), "add up"),
                 (match(lines=[SL_A, SL_A], entries=["T-1", "T-1"]), "twice"),
                 (match(lines=[]), "at least one"), (match(entries=[]), "at least one"),
                 (match(lines=["SL-00000000000000ff"]), "SL-00000000000000ff"),
                 (match(date="2024-01-09"), "on or after"),
                 (dict(match(), data={"bank_account": "BA-1", "lines": SL_A, "entries": ["T-1"], "proposal": ""}),
                  "not an array"),
                 (dict(match(), postings=[{"account": "Assets:Bank:BJB", "amount": "0.00", "currency": "IDR"}]),
                  "no postings")]
        for body, reason in cases:
            with self.subTest(reason=reason):
                self.assert_bad_recon(9, body, reason, units)
        # A line or an entry is matched at most once; a classified line is matched already.
        second = match("M-00000000000000e2", lines=[SL_A], entries=["T-1"], date="2024-01-31")
        self.assert_bad(chain(units[:10] + [("one", second)]), 10, "matched already")
        two = [("one", txn("T-2", ("Assets:Bank:BJB", "500.00", "IDR"), ("Income:Grants", "-500.00", "IDR"),
                           date="2024-01-10"))]
        self.assert_bad(chain(units[:10] + two + [("one", match("M-00000000000000e2", entries=["T-1"]))]), 11,
                        "matched already")
        self.assert_bad(chain(units[:11] + [("one", match("M-00000000000000e2", lines=[SL_B], entries=["T-1"]))]), 11,
                        "matched already")
        # Several lines against several entries whose totals agree, dated on the latest of them.
        three = [("one", txn("T-3", ("Assets:Bank:BJB", "1.50", "IDR"), ("Income:Grants", "-1.50", "IDR"),
                             date="2024-01-31"))]
        many = match(lines=[SL_A, SL_B, SL_C], entries=["T-1", "T-3"], date="2024-01-31")
        self.write(chain(units[:9] + three + [("one", many)]))
        self.run_verifier(expect_exit=0)
        self.assert_bad(chain(units[:9] + three + [("one", dict(many, date="2024-01-30"))]), 10, "on or after")
        self.assert_bad(chain(units[:9] + [("one", many)]), 9, "T-3")

    def test_reject_and_classify_rules(self):
        units = recon_units()
        cases = [(11, reject(lines=["SL-00000000000000ff"]), "SL-00000000000000ff"),
                 (11, reject(target=""), "target"),
                 (11, dict(reject(), postings=[{"account": "Assets:Bank:BJB", "amount": "0.00", "currency": "IDR"}]),
                  "no postings"),
                 (10, classify(SL_B, "2.51", "Income:BankInterest"), "postings of a classification"),
                 (10, classify(SL_B, "-2.50", "Income:BankInterest"), "postings of a classification"),
                 (10, dict(classify(SL_B, "2.50", "Income:BankInterest"), postings=[]), "postings of a classification"),
                 (10, classify(SL_B, "2.50", "Income:Mobilised:Company"), "controlled"),
                 (10, classify(SL_B, "2.50", "Assets:Bank:BJB"), "ledger account"),
                 (10, classify(SL_B, "2.50", "Income:bank interest"), "account"),
                 (10, classify(SL_B, "2.50", "Income:BankInterest", date="2024-01-30"), "line's date"),
                 (10, classify(SL_A, "500.00", "Income:Grants", date="2024-01-10"), "matched already"),
                 (10, classify("SL-00000000000000ff", "2.50", "Income:BankInterest"), "SL-00000000000000ff")]
        for index, body, reason in cases:
            with self.subTest(reason=reason):
                self.assert_bad_recon(index, body, reason, units)
        body = classify(SL_B, "2.50", "Income:BankInterest")
        body["postings"].reverse()
        self.assert_bad_recon(10, body, "postings of a classification", units)
        body = classify(SL_B, "2.50", "Income:BankInterest")
        body["postings"][1]["agreement"] = "AG-1"
        self.assert_bad_recon(10, body, "postings of a classification", units)
        # A proposal is rejected once (a second rejection would also repeat its id).
        self.assert_bad(chain(units[:12] + [("one", reject())]), 12, "duplicate id")

    def test_reconciled_period_is_closed(self):
        units = recon_units()
        late = txn("T-9", ("Assets:Bank:BJB", "-10.00", "IDR"), ("Expenses:Travel", "10.00", "IDR"), date="2024-01-20")
        self.assert_bad(chain(units + [("one", late)]), 14, "reconciled through 2024-01-31")
        self.write(chain(units + [("one", dict(late, posting_date="2024-02-01"))]))        # booked after it
        self.run_verifier(expect_exit=0)
        self.write(chain(units + [("one", txn("T-9", ("Assets:Cash", "-10.00", "IDR"),
                                              ("Expenses:Travel", "10.00", "IDR"), date="2024-01-20"))]))
        self.run_verifier(expect_exit=0)
        self.assert_bad(chain(units + [("one", line("SL-00000000000000ff", "7.00", "2024-01-31"))]), 14,
                        "reconciled through")
        self.assert_bad(chain(units + [("one", reconcile(date="2024-01-30"))]), 14, "already")
        self.assert_bad(chain(units[:13] + [("one", reconcile(bank_balance="0.00", ledger_balance="0.00",
                                                              date="2023-12-31"))]), 13, "opened")
        # A line and an entry both outstanding when the period was closed are matched by a match
        # dated after it, never inside it.
        units_open = recon_units()
        closed = units_open[:9] + [units_open[10], units_open[12],
                                   ("one", reconcile(in_bank="500.00", recorded="500.00"))]
        self.write(chain(closed))
        self.run_verifier(expect_exit=0)
        self.assert_bad(chain(closed + [("one", match())]), 12, "a match is dated after it")
        self.write(chain(closed + [("one", match(date="2024-02-01"))]))
        self.run_verifier(expect_exit=0)
        # A statement ending inside a reconciled period would change it.
        self.assert_bad(chain(units + [("one", statement("ST-00000000000000a2", lines=0))]), 14, "reconciled period")
        # A bank account moves in its own currency.
        self.assert_bad(chain(units[:3] + [("one", txn("T-2", ("Assets:Bank:BJB", "5.00", "USD"),
                                                      ("Income:Grants", "-5.00", "USD"), date="2024-01-10"))]),
                        3, "posts USD")
        # A statement is dated the end of its period.
        self.assert_bad(chain(units[:4] + [("one", dict(statement(lines=0), date="2024-01-30"))]), 4, "end of its period")
        # The next statement, after the reconciled period, is fine.
        nxt = [("one", statement("ST-00000000000000a2", **{"from": "2024-02-01", "to": "2024-02-29"},
                                 opening_balance="1501.50", closing_balance="1511.50", lines=1)),
               ("one", line("SL-00000000000000d1", "10.00", "2024-02-05", statement="ST-00000000000000a2"))]
        self.write(chain(units + nxt))
        self.run_verifier(expect_exit=0)

    def test_usage_errors(self):
        self.path = os.path.join(self.tmp.name, "missing.jsonl")
        self.assertIsNone(self.run_verifier(expect_exit=2))
        self.write(chain([("one", HEADER)]))
        self.run_verifier("--expect-head", "abc", expect_exit=2)


if __name__ == "__main__":
    unittest.main()
