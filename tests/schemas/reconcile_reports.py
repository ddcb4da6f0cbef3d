#!/usr/bin/env python3
"""The reconciliation reports, in JSON, validate against their schemas and foot.

Usage (from the repository root):

    /usr/bin/python3 tests/schemas/reconcile_reports.py PATH/TO/fundledger

Builds a small ledger with the command line (a CSO, three payers, a BCA account, three
agreements and a recorded receipt), imports the KlikBCA sample statement, and at each step of
the workflow — before any match, after `confirm --exact`, after classifying and matching by
hand, after `reconcile close` — runs `reconcile statement`, `reconcile proposals` and
`reconcile unmatched` in JSON (validated with Debian's python3-jsonschema against
schemas/report-{reconcile,proposals,unmatched}.schema.json) and in table and CSV form. Then
checks, with decimal arithmetic of its own:
  - the reconciliation summary foots: ledger balance + in the bank, not recorded + recorded,
    not in the bank (shown negated) + unexplained difference = bank balance; the two item tables
    add up to their totals, which are the summary's figures; meta repeats them;
  - the bank balance is the statement's closing balance (30244876.54, its trailer's Saldo
    Akhir) and the ledger balance the opening plus what was recorded, figures written here by hand;
  - the unmatched table adds up to its total per currency and lists only lines older than N days;
  - proposals: ids are P- and 12 hex digits, stable across two runs, statuses consistent with
    meta counts.
Prints `N passed, M failed` last and exits 1 on any failure.
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal

from jsonschema import Draft202012Validator, RefResolver

from common import FORMATS, Tally

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
STATEMENT = ROOT / "tests" / "io" / "statements" / "klikbca.csv"
MAPPING = ROOT / "mappings" / "bca-klikbca.json"

tally = Tally()
check = tally.check


def validators():
    store = {}
    schemas = {}
    for path in SCHEMAS.glob("*.schema.json"):
        schema = json.loads(path.read_text())
        schemas[path.name] = schema
        store[schema["$id"]] = schema
        store[path.name] = schema
    out = {}
    for name in ("reconcile", "proposals", "unmatched"):
        file = f"report-{name}.schema.json"
        Draft202012Validator.check_schema(schemas[file])
        out[name] = Draft202012Validator(schemas[file], resolver=RefResolver.from_schema(schemas[file], store=store),
                                         format_checker=FORMATS)
    return out


VALIDATORS = validators()


class Ledger:
    def __init__(self, binary, workdir):
        self.binary = binary
        self.journal = str(pathlib.Path(workdir) / "j.jsonl")
        self.env = dict(os.environ, FUNDLEDGER_NOW="2026-11-27T00:00:00Z")
        self.env.pop("FUNDLEDGER_JOURNAL", None)

    def run(self, *args, ok=True):
        p = subprocess.run([self.binary, "-f", self.journal, *args], env=self.env, capture_output=True, text=True)
        if ok and p.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed ({p.returncode}): {p.stderr}")
        return p

    def json(self, *args):
        out = self.run(*args, "--format", "json").stdout
        for fmt in ("table", "csv"):
            check(f"{args[1]} renders as {fmt}", self.run(*args, "--format", fmt).returncode == 0)
        return json.loads(out)


def valid(name, doc, step):
    errors = sorted(VALIDATORS[name].iter_errors(doc), key=lambda e: list(e.path))
    check(f"{step}: {name} validates", not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:3]))


def statement(ledger, step, bank, ledger_balance, unexplained="0.00", as_of="2026-10-31"):
    doc = ledger.json("reconcile", "statement", "--bank-account", "BA-1", "--as-of", as_of)
    valid("reconcile", doc, step)
    summary, in_bank, recorded = doc["tables"]
    figures = {r["item"]: Decimal(r["amount"]) for r in summary["rows"]}
    total = Decimal(summary["totals"][0]["amount"])
    check(f"{step}: the summary foots", sum(figures.values()) == total, f"{figures} vs {total}")
    check(f"{step}: bank balance", total == Decimal(bank), f"{total} != {bank}")
    check(f"{step}: ledger balance", figures["Ledger balance"] == Decimal(ledger_balance),
          f"{figures['Ledger balance']} != {ledger_balance}")
    check(f"{step}: unexplained difference", figures["Unexplained difference"] == Decimal(unexplained))
    for table, item, sign in ((in_bank, "Add: in the bank, not recorded", 1), (recorded, "Less: recorded, not in the bank", -1)):
        rows = sum(Decimal(r["amount"]) for r in table["rows"])
        check(f"{step}: {table['report']} foots", rows == Decimal(table["totals"][0]["amount"]))
        check(f"{step}: {table['report']} is the summary's", sign * rows == figures[item])
    meta = doc["meta"]
    check(f"{step}: meta repeats the figures",
          Decimal(meta["bank_balance"]) == total and Decimal(meta["ledger_balance"]) == figures["Ledger balance"]
          and Decimal(meta["unexplained_difference"]) == figures["Unexplained difference"])
    return doc


def proposals(ledger, step):
    doc = ledger.json("reconcile", "proposals")
    valid("proposals", doc, step)
    again = ledger.json("reconcile", "proposals")
    check(f"{step}: proposal ids are stable", doc == again)
    rows = doc["tables"][0]["rows"]
    check(f"{step}: meta counts the proposals", int(doc["meta"]["proposals"]) == len(rows)
          and int(doc["meta"]["exact"]) == sum(r["status"] == "exact" for r in rows)
          and int(doc["meta"]["ambiguous"]) == sum(r["status"] == "ambiguous" for r in rows))
    for r in rows:
        check(f"{step}: {r['proposal']} deducted = expected - amount",
              Decimal(r["deducted"]) == Decimal(r["expected"]) - Decimal(r["amount"]))
    return rows


def unmatched(ledger, step, older_than, expected_lines):
    doc = ledger.json("reconcile", "unmatched", "--older-than", str(older_than), "--as-of", "2026-11-27")
    valid("unmatched", doc, step)
    t = doc["tables"][0]
    sums = defaultdict(Decimal)
    for r in t["rows"]:
        sums[r["currency"]] += Decimal(r["amount"])
        check(f"{step}: {r['line']} is older than {older_than} days", int(r["days"]) > older_than)
    totals = {r["currency"]: Decimal(r["amount"]) for r in t["totals"]}
    check(f"{step}: unmatched foots", dict(sums) == totals, f"{dict(sums)} vs {totals}")
    check(f"{step}: unmatched lines", len(t["rows"]) == expected_lines, f"{len(t['rows'])} != {expected_lines}")


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        l = Ledger(binary, tmp)
        setup = [
            ["init", "--ledger-id", "recon", "--target", "700000"],
            ["party", "add", "--id", "CSO-3204", "--kind", "cso", "--name", "Yayasan Lingkar Desa", "--district",
             "Kabupaten Bandung", "--province", "Jawa Barat", "--region-code", "32.04"],
            ["party", "add", "--id", "PEMKAB-BDG", "--kind", "government", "--level", "district", "--name",
             "Pemerintah Kabupaten Bandung", "--alias", "PEMKAB BANDUNG"],
            ["party", "add", "--id", "TIFA", "--kind", "philanthropy", "--name", "Yayasan TIFA", "--alias", "YAYASAN TIFA"],
            ["party", "add", "--id", "SEMEN", "--kind", "company", "--level", "state-owned", "--name", "PT Semen Indonesia",
             "--alias", "SEMEN INDONESIA"],
            ["bank-account", "open", "--id", "BA-1", "--cso", "CSO-3204", "--bank", "BCA", "--number", "1234567890",
             "--currency", "IDR", "--account", "Assets:Bank:BCA-3204", "--opened", "2026-09-30", "--opening-balance", "10000000"],
            ["rate", "add", "--date", "2026-09-30", "--base", "USD", "--quote", "IDR", "--value", "16000", "--source", "JISDOR"],
            ["rate", "add", "--date", "2026-10-15", "--base", "USD", "--quote", "IDR", "--value", "16100", "--source", "JISDOR"],
            ["rate", "add", "--date", "2026-10-29", "--base", "USD", "--quote", "IDR", "--value", "16200", "--source", "JISDOR"],
            ["agreement", "sign", "--id", "AG-1", "--cso", "CSO-3204", "--counterparty", "PEMKAB-BDG", "--signed", "2026-09-30",
             "--currency", "IDR", "--amount", "5000000", "--tranche", "1 2026-10-01 2500000", "--tranche", "2 2026-12-01 2500000"],
            ["agreement", "sign", "--id", "AG-2", "--cso", "CSO-3204", "--counterparty", "TIFA", "--signed", "2026-09-30",
             "--currency", "IDR", "--amount", "15000000", "--tranche", "1 2026-10-05 15000000"],
            ["agreement", "sign", "--id", "AG-3", "--cso", "CSO-3204", "--counterparty", "SEMEN", "--signed", "2026-09-30",
             "--currency", "IDR", "--amount", "7500000", "--tranche", "1 2026-10-20 7500000"],
            ["receipt", "record", "--id", "R-TIFA", "--cso", "CSO-3204", "--agreement", "AG-2", "--date", "2026-10-04",
             "--gross", "15000000", "--bank-account", "BA-1"],
            ["statement", "import", str(STATEMENT), "--bank-account", "BA-1", "--mapping", str(MAPPING)],
        ]
        for args in setup:
            l.run(*args)
        # The sample statement: opening 10,000,000.00, closing 30,244,876.54 (its trailer).
        bank = "30244876.54"
        statement(l, "imported", bank, "25000000.00")  # opening + the TIFA receipt
        rows = proposals(l, "imported")
        check("imported: three exact proposals (TIFA entry, PEMKAB and SEMEN tranches)",
              sorted((r["kind"], r["target"], r["status"]) for r in rows)
              == [("entry", "R-TIFA", "exact"), ("tranche", "AG-1", "exact"), ("tranche", "AG-3", "exact")])
        # Credits more than 30 days old on 27 November: PEMKAB (1 Oct), TIFA (5 Oct), SEMEN (20 Oct);
        # the interest of 31 October is 27 days old.
        unmatched(l, "imported", 30, 3)
        # The rules are flags: with no day between a receipt and its line, the TIFA line may be a
        # second payment of a paid agreement, or the recorded receipt of that payer and amount
        # credited late: the two compete; the overpayment is found again only under the same rules.
        strict = l.json("reconcile", "proposals", "--entry-days", "0")
        valid("proposals", strict, "--entry-days 0")
        check("--entry-days 0: the TIFA line is a second payment or the receipt credited late",
              sorted((r["kind"], r["target"], r["status"]) for r in strict["tables"][0]["rows"])
              == [("entry", "R-TIFA", "ambiguous"), ("overpayment", "AG-2", "ambiguous"), ("tranche", "AG-1", "exact"),
                  ("tranche", "AG-3", "exact")])
        over = [r["proposal"] for r in strict["tables"][0]["rows"] if r["kind"] == "overpayment"][0]
        before = pathlib.Path(l.journal).read_bytes()
        refused = l.run("reconcile", "confirm", over, ok=False)
        check("a proposal made under other rules is not confirmed", refused.returncode == 1
              and "is not a current proposal" in refused.stderr, refused.stderr)
        check("nothing was written", pathlib.Path(l.journal).read_bytes() == before)
        l.run("reconcile", "confirm", "--exact")
        # The receipts recorded from the lines: 2,500,000 (PEMKAB) and 7,500,000 (SEMEN).
        doc = statement(l, "confirmed", bank, "35000000.00")
        lines = {r["description"]: r["line"] for r in doc["tables"][1]["rows"]}
        check("confirmed: four lines are left to explain", len(lines) == 4, str(lines))
        l.run("reconcile", "classify", lines["BUNGA"], "--account", "Income:BankInterest")
        l.run("reconcile", "classify", lines["PAJAK BUNGA"], "--account", "Expenses:TaxOnInterest")
        l.run("reconcile", "classify", lines["BIAYA ADM"], "--account", "Expenses:BankCharges")
        l.run("post", "--id", "PAY-EVAL", "--date", "2026-10-12", "--description", "Konsultan evaluasi",
              "--posting", "Expenses:Evaluation 4750000 IDR cso=CSO-3204",
              "--posting", "Assets:Bank:BCA-3204 -4750000 IDR cso=CSO-3204")
        l.run("reconcile", "match", "--bank-account", "BA-1", "--line",
              lines["TRSF E-BANKING DB 1210/FTFVA/WS95031 KONSULTAN EVALUASI"], "--entry", "PAY-EVAL")
        statement(l, "matched", bank, bank)
        check("matched: no proposal is left", proposals(l, "matched") == [])
        unmatched(l, "matched", 30, 0)
        l.run("reconcile", "close", "--bank-account", "BA-1", "--as-of", "2026-10-31")
        doc = statement(l, "closed", bank, bank)
        check("closed: reconciled through the date", doc["meta"]["reconciled_through"] == "2026-10-31")
        # A late receipt: refused into the closed period (the journal unchanged), accepted as an
        # adjustment posted in the open period; October's figures stay as they were closed.
        before = pathlib.Path(l.journal).read_bytes()
        late = ["receipt", "record", "--id", "R-LATE", "--cso", "CSO-3204", "--agreement", "AG-1", "--date", "2026-10-29",
                "--gross", "1000000", "--bank-account", "BA-1"]
        refused = l.run(*late, ok=False)
        check("closed: a receipt posted into the period is refused", refused.returncode == 1
              and "reconciled through 2026-10-31" in refused.stderr, refused.stderr)
        check("closed: the refusal wrote nothing", pathlib.Path(l.journal).read_bytes() == before)
        l.run(*late, "--posting-date", "2026-11-01")
        statement(l, "adjusted", bank, bank)
        # On 1 November the ledger holds the late receipt, which the bank has not shown yet.
        doc = statement(l, "adjusted in November", bank, "31244876.54", as_of="2026-11-01")
        check("adjusted in November: the late receipt is recorded, not in the bank",
              [(r["entry"], r["amount"]) for r in doc["tables"][2]["rows"]] == [("R-LATE", "1000000.00")])
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main())
