#!/usr/bin/python3
"""Validates real fundledger outputs against the JSON Schemas in schemas/.

Usage (from the repository root):

    /usr/bin/python3 tests/schemas/validate_outputs.py PATH/TO/fundledger

Checks, each counted as passed or failed:
  - every schema in schemas/ is a valid draft 2020-12 schema;
  - every line of every examples/**/*.jsonl journal, and of a journal built here with the CLI
    (dimensions, a conversion, a reversal, scale-0 and scale-3 currencies, a committed unit of
    part lines), validates against journal-line.schema.json;
  - the reference example (examples/madani) and the worked booking example (examples/booking)
    are imported into fresh journals (`init` + `import`, clock 2026-11-27T00:00:00Z); every line,
    agreement events included, validates against journal-line.schema.json, and the agreement
    events pass the checks a schema cannot make (valuations are the exact conversion in the base
    currency, postings balance, references name earlier events, rate ids, schedules and
    allocations add up);
  - a bank reconciliation journal is built with the CLI (a bank account, agreements, a KlikBCA
    statement imported, a proposal rejected, lines matched by proposal and by hand, classified, the
    account closed): it has lines of each of the six bank reconciliation types (journal.md §4.4),
    every line validates against journal-line.schema.json, and the bank events pass the checks a
    schema cannot make (ids derived from their line, proposal, bank account and date; references
    name earlier events; a classification's two postings carry its line's amount; only
    classifications have postings); damaged copies of each type are rejected by the schema;
  - `report progress` and `report csos` (with and without --as-of 2021-12-31) validate against
    report-progress.schema.json and report-csos.schema.json and foot to the cent: every money
    column of every table adds up to its total row; in progress, received + written_off +
    outstanding = committed and fx_difference = received_at_receipt_rate - received on every row,
    meta.committed and meta.counted_agreements are the totals and percent_of_target is
    committed / target x 100 rounded half to even; in csos, government + company + philanthropy =
    committed on every row and the total's mobilised is "N of M" with N = meta.csos_mobilised;
    and the two reports agree with each other;
  - transaction input documents (written here and taken from tests/cli/post.t) validate against
    transaction-input.schema.json and are accepted by `fundledger post`; invalid ones are
    rejected by the schema and refused by `fundledger post`;
  - every report's JSON output validates against its schema and foots: money columns of the body
    rows add up, per currency (and dimension value), to the totals, to the cent, in Decimal;
  - `verify --format json` validates, on a good journal (exit 0) and on a tampered copy (exit 3);
  - what each write command booked (`--format json`) validates against booked.schema.json, and
    each event it prints is the stored line's members and validates as a journal line; a journal
    with settings, a rate withdrawal and recorded_on days validates line by line;
  - damaged copies of real outputs (mutants) are rejected, so no schema accepts everything.

Prints `N passed, M failed` last and exits 1 on any failure. Uses Debian's python3-jsonschema 4.10.
"""
import decimal
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal

import jsonschema
from jsonschema import Draft202012Validator, RefResolver

from common import FORMATS, SCALE, Tally

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
EXAMPLES = ROOT / "examples"
NOW = "2026-01-01T00:00:00Z"
PROGRAMME_NOW = "2026-11-27T00:00:00Z"  # the clock of the golden tests (tests/cli/setup.sh)
PROGRAMME_EXAMPLES = ("madani", "booking")  # folders of CSV files imported with `fundledger import`
AGREEMENT_EVENTS = ("party", "bank-account", "rate", "agreement", "receipt", "change")
BANK_EVENTS = ("statement", "statement-line", "match", "reject", "classify", "reconcile")
DIMS = ("cso", "agreement", "counterparty", "tranche")
TALLY = Tally()
check = TALLY.check


def load_schemas():
    schemas = {}
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        schema = json.loads(path.read_text())
        name = path.name.removesuffix(".schema.json")
        try:
            Draft202012Validator.check_schema(schema)
            ok, detail = True, ""
        except jsonschema.SchemaError as e:
            ok, detail = False, e.message
        check(f"schema {path.name} is a valid draft 2020-12 schema", ok, detail)
        check(f"schema {path.name} has $id .../schemas/{path.name}",
              schema.get("$id") == f"https://fundledger.example/schemas/{path.name}", schema.get("$id"))
        check(f"schema {path.name} has a title and a description",
              bool(schema.get("title")) and bool(schema.get("description")))
        missing = undocumented_properties(schema)
        check(f"schema {path.name} describes every property", not missing, ", ".join(missing))
        schemas[name] = schema
    expected = {"journal-line", "transaction-input", "report-table", "report-balance",
                "report-trial-balance", "report-register", "report-progress", "report-csos", "verify"}
    check("all schemas present", expected <= set(schemas), sorted(expected - set(schemas)))
    store = {s["$id"]: s for s in schemas.values()}
    validators = {}
    for name, schema in schemas.items():
        resolver = RefResolver.from_schema(schema, store=store)
        validators[name] = Draft202012Validator(schema, resolver=resolver, format_checker=FORMATS)
    return validators


def undocumented_properties(node, path="#"):
    """Property definitions (under `properties`, outside if/then refinements) without description."""
    missing = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("if", "then", "else", "not", "const", "enum", "examples", "default"):
                continue
            if key == "properties" and isinstance(value, dict):
                for prop, sub in value.items():
                    if isinstance(sub, dict) and "description" not in sub:
                        missing.append(f"{path}/properties/{prop}")
                    missing += undocumented_properties(sub, f"{path}/properties/{prop}")
            else:
                missing += undocumented_properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            missing += undocumented_properties(item, f"{path}/{i}")
    return missing


def validate(validators, schema, instance, name):
    errors = sorted(validators[schema].iter_errors(instance), key=lambda e: list(e.absolute_path))
    detail = "; ".join(f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
                       for e in errors[:3])
    return check(f"{name} validates against {schema}", not errors, detail)


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError(f"duplicate member in {keys}")
    return dict(pairs)


def parse_json(text):
    """Strict JSON: no duplicate members, no floats (amounts must be strings)."""
    def no_float(s):
        raise ValueError(f"a JSON number with a fraction ({s}) where fundledger writes strings")
    return json.loads(text, object_pairs_hook=no_duplicates, parse_float=no_float)


# ------------------------------------------------------------------------------------- the CLI

class Cli:
    def __init__(self, binary):
        self.binary = binary

    def run(self, journal, *args, stdin=None, now=NOW):
        return subprocess.run([self.binary, "--now", now, "-f", str(journal), *args], input=stdin,
                              capture_output=True, text=True, env={**os.environ, "FUNDLEDGER_NOW": now})

    def ok(self, name, journal, *args, stdin=None, now=NOW):
        r = self.run(journal, *args, stdin=stdin, now=now)
        check(f"{name}: exit 0", r.returncode == 0, f"exit {r.returncode}: {r.stderr.strip()}")
        return r


# ------------------------------------------------------------------------------------- journals

def validate_journal(validators, path, label):
    data = path.read_bytes()
    if not check(f"{label}: ends with LF (no torn tail)", data.endswith(b"\n")):
        return
    lines = data.split(b"\n")[:-1]
    check(f"{label}: has lines", len(lines) > 0)
    for n, raw in enumerate(lines, 1):
        name = f"{label} line {n}"
        try:
            line = parse_json(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            check(f"{name} is strict UTF-8 JSON", False, str(e))
            continue
        validate(validators, "journal-line", line, name)
        check(f"{name}: seq is the line's index", line.get("seq") == n - 1, line.get("seq"))


def append_committed_unit(path, events):
    """Appends `events` as part lines closed by a commit line, hashed as journal.md §2 says."""
    data = path.read_bytes()
    lines = data.split(b"\n")[:-1]
    prev = hashlib.sha256(lines[-1]).hexdigest()
    seq = len(lines)
    out = b""

    def emit(body):
        nonlocal prev, seq, out
        head = b'{"seq":%d,"prev":"%s",' % (seq, prev.encode())
        text = head + body
        line = text + b',"hash":"' + hashlib.sha256(text).hexdigest().encode() + b'"}'
        out += line + b"\n"
        prev = hashlib.sha256(line).hexdigest()
        seq += 1

    for event in events:
        emit(b'"frame":"part",' + json.dumps(event, separators=(",", ":"), ensure_ascii=False)
             .encode()[1:-1])
    emit(b'"frame":"commit","count":%d' % len(events))
    with open(path, "ab") as f:
        f.write(out)


def build_journal(cli, work):
    """A journal that uses every dimension, a conversion, a reversal and three currency scales."""
    j = work / "built.jsonl"
    cli.ok("init", j, "init", "--ledger-id", "schema-test", "--base-currency", "USD",
           "--time-zone", "Asia/Jakarta", "--fiscal-year-start", "10-01", "--target", "700000",
           "--rate-age-days-max", "5")

    def flags(id_, date, *postings, extra=()):
        args = ["post", "--id", id_, "--date", date, *extra]
        for p in postings:
            args += ["--posting", p]
        cli.ok(f"post {id_}", j, *args)

    flags("OB-3204", "2024-01-02",
          "Assets:Bank:BJB-3204 25000000 IDR cso=CSO-3204",
          "Equity:Opening -25000000 IDR cso=CSO-3204",
          extra=("--description", "Opening balance, Bank BJB"))
    flags("OB-7371", "2024-01-02",
          "Assets:Bank:SULSELBAR-7371 8000000 IDR cso=CSO-7371",
          "Assets:Bank:USD-7371 1200 USD cso=CSO-7371",
          "Equity:Opening -8000000 IDR cso=CSO-7371",
          "Equity:Opening -1200 USD cso=CSO-7371",
          extra=("--description", "Opening balance, Bank Sulselbar"))
    receipt = {
        "id": "RC-0001", "date": "2024-01-15", "posting_date": "2024-01-16",
        "description": "Pemkab Bandung — tranche 1, \"net\" of a bank charge\tand a tab",
        "postings": [
            {"account": "Assets:Bank:BJB-3204", "amount": "14997500", "currency": "IDR",
             "cso": "CSO-3204", "agreement": "AG-3204-01", "counterparty": "PEMKAB-BANDUNG",
             "tranche": "1"},
            {"account": "Expenses:BankCharges", "amount": "2500.0", "currency": "IDR",
             "cso": "CSO-3204", "agreement": "AG-3204-01", "counterparty": "PEMKAB-BANDUNG",
             "tranche": "1"},
            {"account": "Income:Grants:Government", "amount": "-15000000.00", "currency": "IDR",
             "cso": "CSO-3204", "agreement": "AG-3204-01", "counterparty": "PEMKAB-BANDUNG",
             "tranche": "1"}]}
    (work / "receipt.json").write_text(json.dumps(receipt, ensure_ascii=False, indent=1))
    cli.ok("post RC-0001 (file)", j, "post", str(work / "receipt.json"))
    usd = {"type": "txn", "id": "RC-0002", "date": "2024-01-29",
           "description": "PT Semen Tonasa CSR, in USD",
           "postings": [
               {"account": "Assets:Bank:USD-7371", "amount": "2500.5", "currency": "USD",
                "cso": "CSO-7371", "agreement": "AG-7371-01", "counterparty": "SEMEN-TONASA",
                "tranche": "1"},
               {"account": "Income:Grants:Company", "amount": "-2500.50", "currency": "USD",
                "cso": "CSO-7371", "agreement": "AG-7371-01", "counterparty": "SEMEN-TONASA",
                "tranche": "1"}]}
    cli.ok("post RC-0002 (stdin)", j, "post", "-", stdin=json.dumps(usd))
    flags("FX-0001", "2024-02-05",
          "Assets:Bank:USD-7371 -1000 USD cso=CSO-7371",
          "Equity:Conversion 1000 USD cso=CSO-7371",
          "Equity:Conversion -15620000 IDR cso=CSO-7371",
          "Assets:Bank:SULSELBAR-7371 15620000 IDR cso=CSO-7371",
          extra=("--description", "Convert USD 1,000 to IDR at 15,620"))
    flags("RC-0001-REV", "2024-02-10",
          "Assets:Bank:BJB-3204 -14997500 IDR cso=CSO-3204 agreement=AG-3204-01 counterparty=PEMKAB-BANDUNG tranche=1",
          "Expenses:BankCharges -2500 IDR cso=CSO-3204 agreement=AG-3204-01 counterparty=PEMKAB-BANDUNG tranche=1",
          "Income:Grants:Government 15000000 IDR cso=CSO-3204 agreement=AG-3204-01 counterparty=PEMKAB-BANDUNG tranche=1",
          extra=("--description", "Reverse RC-0001: wrong CSO", "--reverses", "RC-0001"))
    flags("RC-0001B", "2024-02-10",
          "Assets:Bank:BJB-3204 14997500 IDR cso=CSO-3204 agreement=AG-3204-02 counterparty=PEMKAB-BANDUNG tranche=1",
          "Expenses:BankCharges 2500 IDR cso=CSO-3204 agreement=AG-3204-02 counterparty=PEMKAB-BANDUNG tranche=1",
          "Income:Grants:Government -15000000 IDR cso=CSO-3204 agreement=AG-3204-02 counterparty=PEMKAB-BANDUNG tranche=1",
          extra=("--description", "Pemkab Bandung, tranche 1, corrected", "--posting-date", "2024-02-12"))
    flags("JP-0001", "2024-03-01",
          "Assets:Bank:JPY-9000 150000 JPY cso=CSO-9000 counterparty=JICA",
          "Income:Grants:Government -150000 JPY cso=CSO-9000 counterparty=JICA",
          "Assets:Bank:KWD-9000 12.345 KWD cso=CSO-9000 counterparty=KFAED",
          "Income:Grants:Government -12.345 KWD cso=CSO-9000 counterparty=KFAED",
          extra=("--description", "Grants in yen (scale 0) and dinar (scale 3)",
                 "--number-locale", "en"))   # 12.345 would be 12345 in Indonesian numbers
    # A unit of two part lines and its commit line, as an import writes them (format version 2:
    # what both postings share written once on the event, no posting_date equal to date).
    unit = [{"type": "txn", "id": f"IMP-{i}", "recorded_at": NOW, "date": "2024-03-05",
             "description": f"Imported receipt {i}", "currency": "USD", "cso": "CSO-7371", "tranche": "2",
             "postings": [{"account": "Assets:Bank:USD-7371", "amount": f"{i}0.25"},
                          {"account": "Income:Grants:Company", "amount": f"-{i}0.25"}]}
            for i in (1, 2)]
    append_committed_unit(j, unit)
    r = cli.run(j, "verify")
    check("built journal with a committed unit verifies", r.returncode == 0, r.stderr.strip())
    text = j.read_text()
    check("built journal has a commit line", '"frame":"commit"' in text)
    check("built journal has a reversal", '"reverses":"RC-0001"' in text)
    return j


# ------------------------------------------------------------------------------------- inputs

def post_t_documents():
    """JSON documents from the heredocs of tests/cli/post.t."""
    docs = []
    path = ROOT / "tests" / "cli" / "post.t"
    if not path.exists():
        return docs
    body = None
    for line in path.read_text().splitlines():
        if body is None:
            if re.search(r"<<'?JSON'?\s*$", line):
                body = []
        elif line.startswith("  > "):
            if line[4:] == "JSON":
                docs.append("\n".join(body))
                body = None
            else:
                body.append(line[4:])
        else:
            body = None
    return docs


VALID_INPUTS = {
    "minimal (id, date, postings only)": {
        "id": "IN-1", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank:BJB", "amount": "100", "currency": "IDR"},
                     {"account": "Equity:Opening", "amount": "-100", "currency": "IDR"}]},
    "every member": {
        "type": "txn", "id": "IN-2", "date": "2024-01-05", "posting_date": "2024-01-31",
        "description": "Everything: all four dimensions, a conversion, leading zeros",
        "postings": [
            {"account": "Assets:Bank:USD", "amount": "-0100.5", "currency": "USD", "cso": "CSO-1",
             "agreement": "AG/1", "counterparty": "ORG.X", "tranche": "1:a"},
            {"account": "Equity:Conversion", "amount": "100.50", "currency": "USD", "cso": "CSO-1",
             "agreement": "AG/1", "counterparty": "ORG.X", "tranche": "1:a"},
            {"account": "Equity:Conversion", "amount": "-1567800", "currency": "IDR", "cso": "CSO-1"},
            {"account": "Assets:Bank:BJB", "amount": "1567800.00", "currency": "IDR", "cso": "CSO-1"}]},
    "scale 0 and scale 3, zero legs": {
        "id": "IN-3", "date": "2024-01-05", "description": "",
        "postings": [{"account": "Assets:Cash", "amount": "1000", "currency": "JPY"},
                     {"account": "Equity:Opening", "amount": "-1000", "currency": "JPY"},
                     {"account": "Assets:Cash", "amount": "1.5", "currency": "KWD"},
                     {"account": "Equity:Opening", "amount": "-1.500", "currency": "KWD"},
                     {"account": "Expenses:Other", "amount": "-0", "currency": "USD"},
                     {"account": "Expenses:Other", "amount": "0.00", "currency": "USD"}]},
}

INVALID_INPUTS = {
    "amount as a JSON number": {
        "id": "BAD-1", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": 5, "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "missing id": {
        "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "unknown member": {
        "id": "BAD-3", "date": "2024-01-05", "memo": "x",
        "postings": [{"account": "Assets:Bank", "amount": "5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "unknown posting member": {
        "id": "BAD-4", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "5", "currency": "USD", "colour": "red"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "recorded_at (journal-only member)": {
        "id": "BAD-5", "date": "2024-01-05", "recorded_at": NOW,
        "postings": [{"account": "Assets:Bank", "amount": "5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "type other than txn": {
        "type": "header", "id": "BAD-6", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "no postings": {"id": "BAD-7", "date": "2024-01-05", "postings": []},
    "impossible date": {
        "id": "BAD-8", "date": "2024-02-30",
        "postings": [{"account": "Assets:Bank", "amount": "5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "more decimals than the currency's scale": {
        "id": "BAD-9", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "1.005", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-1.005", "currency": "USD"}]},
    "decimals on a scale-0 currency": {
        "id": "BAD-10", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "5.0", "currency": "JPY"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "JPY"}]},
    "exponent": {
        "id": "BAD-11", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "1e3", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-1000", "currency": "USD"}]},
    "plus sign": {
        "id": "BAD-12", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "+5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "thousands separator": {
        "id": "BAD-13", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "1,000", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-1000", "currency": "USD"}]},
    "bare decimal point": {
        "id": "BAD-14", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": ".5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-0.5", "currency": "USD"}]},
    "28 integer digits": {
        "id": "BAD-15", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "1" + "0" * 27, "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-1" + "0" * 27, "currency": "USD"}]},
    "unknown currency": {
        "id": "BAD-16", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "5", "currency": "XYZ"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "XYZ"}]},
    "unknown account root": {
        "id": "BAD-17", "date": "2024-01-05",
        "postings": [{"account": "Cash:Box", "amount": "5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "empty account segment": {
        "id": "BAD-18", "date": "2024-01-05",
        "postings": [{"account": "Assets::Bank", "amount": "5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "id with a space": {
        "id": "BAD 19", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "empty dimension value": {
        "id": "BAD-20", "date": "2024-01-05",
        "postings": [{"account": "Assets:Bank", "amount": "5", "currency": "USD", "cso": ""},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
    "description over 1000 characters": {
        "id": "BAD-21", "date": "2024-01-05", "description": "x" * 1001,
        "postings": [{"account": "Assets:Bank", "amount": "5", "currency": "USD"},
                     {"account": "Equity:Opening", "amount": "-5", "currency": "USD"}]},
}


def check_inputs(cli, validators, work):
    j = work / "inputs.jsonl"
    cli.ok("init (inputs)", j, "init", "--ledger-id", "inputs")
    docs = dict(VALID_INPUTS)
    for i, text in enumerate(post_t_documents(), 1):
        try:
            docs[f"post.t heredoc {i}"] = parse_json(text)
        except ValueError as e:
            check(f"post.t heredoc {i} is JSON", False, str(e))
    check("found JSON documents in tests/cli/post.t", any(k.startswith("post.t") for k in docs))
    for name, doc in docs.items():
        if not validate(validators, "transaction-input", doc, f"input '{name}'"):
            continue
        r = cli.run(j, "post", "-", stdin=json.dumps(doc, ensure_ascii=False))
        check(f"input '{name}' is accepted by fundledger post", r.returncode == 0, r.stderr.strip())
    for name, doc in INVALID_INPUTS.items():
        errors = list(validators["transaction-input"].iter_errors(doc))
        check(f"invalid input '{name}' is rejected by the schema", bool(errors))
        before = j.read_bytes()
        r = cli.run(j, "post", "-", stdin=json.dumps(doc))
        check(f"invalid input '{name}' is refused by fundledger post (exit 1, nothing written)",
              r.returncode == 1 and j.read_bytes() == before, f"exit {r.returncode}: {r.stdout.strip()}")


# ------------------------------------------------------------------------------------- reports

def money(text, currency, name):
    """A Decimal from a money string, checking it has exactly the currency's scale."""
    scale = SCALE.get(currency)
    pattern = r"-?(0|[1-9][0-9]*)" + (r"\.[0-9]{%d}" % scale if scale else "")
    check(f"{name}: {text!r} has the {currency} scale ({scale})",
          scale is not None and re.fullmatch(pattern, text) is not None and not
          re.fullmatch(r"-0(\.0+)?", text))
    return Decimal(text)


def check_table_shape(report, name):
    """The generic rule a schema cannot state: each row has the columns' keys, in order, typed."""
    keys = [c["key"] for c in report["columns"]]
    types = {c["key"]: c["type"] for c in report["columns"]}
    bad = []
    for part in ("rows", "subtotals", "totals"):
        for i, row in enumerate(report[part]):
            if list(row) != keys:
                bad.append(f"{part}[{i}] keys {list(row)}")
                continue
            for k, v in row.items():
                t = types[k]
                if t == "count" and not (v is None or (isinstance(v, int) and not isinstance(v, bool))):
                    bad.append(f"{part}[{i}].{k}={v!r} (count)")
                elif t != "count" and not isinstance(v, str):
                    bad.append(f"{part}[{i}].{k}={v!r} ({t})")
                elif t in ("money", "running") and not re.fullmatch(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?", v):
                    bad.append(f"{part}[{i}].{k}={v!r} ({t})")
    check(f"{name}: every row has the column keys in column order, typed", not bad, "; ".join(bad[:3]))


def under(account, prefix):
    return account == prefix or account.startswith(prefix + ":")


def foot_split(report, name, money_keys):
    """balance / trial-balance: body rows add up to the totals per (dimension value, currency)."""
    dim = report["meta"].get("by")
    key = (lambda r: (r[dim] if dim else "", r["currency"]))
    sums = defaultdict(lambda: defaultdict(Decimal))
    for i, row in enumerate(report["rows"]):
        for m in money_keys:
            sums[key(row)][m] += money(row[m], row["currency"], f"{name} rows[{i}].{m}")
    totals = {}
    for i, row in enumerate(report["totals"]):
        check(f"{name}: one total per (dimension value, currency)", key(row) not in totals, key(row))
        totals[key(row)] = {m: money(row[m], row["currency"], f"{name} totals[{i}].{m}")
                            for m in money_keys}
    check(f"{name}: a total for each (dimension value, currency) with rows, and no other",
          set(totals) == set(sums), f"totals {sorted(totals)} rows {sorted(sums)}")
    for k in sums:
        for m in money_keys:
            got, want = totals.get(k, {}).get(m), sums[k][m]
            check(f"{name}: {m} foots for {k}", got == want, f"rows add up to {want}, total says {got}")
    for i, sub in enumerate(report["subtotals"]):
        k = key(sub)
        want = sum((Decimal(r["amount"]) for r in report["rows"]
                    if key(r) == k and under(r["account"], sub["account"])), Decimal(0))
        got = money(sub["amount"], sub["currency"], f"{name} subtotals[{i}]")
        check(f"{name}: subtotal {sub['account']} {k} is the sum of the accounts under it",
              got == want, f"subtotal {got}, accounts under it add up to {want}")
    return sums, totals


def foot_register(report, name):
    running = {}
    sums = defaultdict(Decimal)
    for i, row in enumerate(report["rows"]):
        c = row["currency"]
        amount = money(row["amount"], c, f"{name} rows[{i}].amount")
        balance = money(row["balance"], c, f"{name} rows[{i}].balance")
        sums[c] += amount
        check(f"{name} rows[{i}]: balance is the previous {c} balance plus amount",
              balance == sums[c], f"balance {balance}, running sum {sums[c]}")
        check(f"{name} rows[{i}]: account is under {report['meta']['account']}",
              under(row["account"], report["meta"]["account"]), row["account"])
        running[c] = balance
    totals = {}
    for i, row in enumerate(report["totals"]):
        c = row["currency"]
        totals[c] = (money(row["amount"], c, f"{name} totals[{i}].amount"),
                     money(row["balance"], c, f"{name} totals[{i}].balance"))
    check(f"{name}: one total per currency with rows", set(totals) == set(sums),
          f"totals {sorted(totals)} rows {sorted(sums)}")
    for c in sums:
        got_amount, got_balance = totals.get(c, (None, None))
        check(f"{name}: amount foots for {c}", got_amount == sums[c],
              f"rows add up to {sums[c]}, total says {got_amount}")
        check(f"{name}: last {c} balance equals the total", running[c] == got_balance,
              f"last balance {running[c]}, total {got_balance}")
    seqs = [row["seq"] for row in report["rows"]]
    check(f"{name}: rows in journal order", seqs == sorted(seqs), seqs)


def run_report(cli, validators, journal, label, args):
    name = f"{label}: {' '.join(args)}"
    r = cli.ok(name, journal, *args, "--format", "json")
    try:
        report = parse_json(r.stdout)
    except ValueError as e:
        check(f"{name}: output is strict JSON", False, str(e))
        return None
    validate(validators, "report-table", report, name)
    schema = {"balance": "report-balance", "trial-balance": "report-trial-balance",
              "register": "report-register"}[args[0]]
    if not validate(validators, schema, report, name):
        return None
    check_table_shape(report, name)
    if args[0] == "balance":
        foot_split(report, name, ["amount"])
    elif args[0] == "trial-balance":
        sums, totals = foot_split(report, name, ["debit", "credit"])
        if "by" not in report["meta"]:
            for k, t in totals.items():
                check(f"{name}: debits equal credits for {k}", t["debit"] == t["credit"], t)
    else:
        foot_register(report, name)
    return report


def check_reports(cli, validators, journal, label):
    reports = {}
    for args in (["balance"], ["balance", "--by", "cso"], ["balance", "--as-of", "2024-01-31"],
                 ["trial-balance"], ["trial-balance", "--by", "cso"],
                 ["register", "Assets"], ["register", "Income"]):
        reports[" ".join(args)] = run_report(cli, validators, journal, label, args)
    for dim in DIMS[1:]:
        reports[f"balance --by {dim}"] = run_report(cli, validators, journal, label,
                                                     ["balance", "--by", dim])
    reports["register Assets --as-of"] = run_report(cli, validators, journal, label,
                                                    ["register", "Assets", "--as-of", "2024-01-31"])
    # Cross-checks between reports: the same balances, whichever way they are cut.
    bal = reports.get("balance")
    if bal:
        flat = {(r["account"], r["currency"]): Decimal(r["amount"]) for r in bal["rows"]}
        for dim in DIMS:
            split = reports.get(f"balance --by {dim}")
            if split:
                summed = defaultdict(Decimal)
                for r in split["rows"]:
                    summed[(r["account"], r["currency"])] += Decimal(r["amount"])
                check(f"{label}: balance --by {dim}, summed over {dim}, equals balance",
                      dict(summed) == flat)
        tb = reports.get("trial-balance")
        if tb:
            net = {(r["account"], r["currency"]): Decimal(r["debit"]) - Decimal(r["credit"])
                   for r in tb["rows"]}
            check(f"{label}: trial-balance debit - credit equals balance", net == flat)
        for prefix in ("Assets", "Income"):
            reg = reports.get(f"register {prefix}")
            if reg:
                want = defaultdict(Decimal)
                for (account, c), v in flat.items():
                    if under(account, prefix):
                        want[c] += v
                got = {r["currency"]: Decimal(r["amount"]) for r in reg["totals"]}
                check(f"{label}: register {prefix} totals equal the {prefix} balances", got == dict(want),
                      f"register {got}, balance {dict(want)}")
    return reports


# ------------------------------------------------------------------------------------- verify

def check_verify(cli, validators, journal, label, balance_report):
    r = cli.run(journal, "verify", "--format", "json")
    check(f"{label}: verify exits 0", r.returncode == 0, f"exit {r.returncode}: {r.stderr.strip()}")
    try:
        v = parse_json(r.stdout)
    except ValueError as e:
        check(f"{label}: verify output is strict JSON", False, str(e))
        return None
    if not validate(validators, "verify", v, f"{label}: verify"):
        return None
    lines = journal.read_bytes().split(b"\n")[:-1]
    check(f"{label}: verify ok", v.get("ok") is True and v.get("first_bad") is None)
    check(f"{label}: verify counts every line", v.get("lines") == len(lines), v.get("lines"))
    check(f"{label}: verify head is the SHA-256 of the last line",
          v.get("head") == hashlib.sha256(lines[-1]).hexdigest())
    if balance_report:
        flat = {(b["account"], b["currency"]): b["amount"] for b in balance_report["rows"]}
        got = {(b["account"], b["currency"]): b["amount"] for b in v.get("balances", [])}
        check(f"{label}: verify balances equal the balance report", got == flat)
    return v


def check_tampered(cli, validators, journal, work):
    data = bytearray(journal.read_bytes())
    starts = [0] + [i + 1 for i, b in enumerate(data) if b == 0x0A][:-1]
    line_no = min(3, len(starts))
    start = starts[line_no - 1]
    end = data.index(b"\n", start)
    pos = data.index(b'"amount":"', start, end) + len(b'"amount":"')  # the first digit of an amount
    data[pos] = ord("7") if data[pos] != ord("7") else ord("8")
    bad = work / "tampered.jsonl"
    bad.write_bytes(bytes(data))
    r = cli.run(bad, "verify", "--format", "json")
    check("tampered: verify exits 3", r.returncode == 3, f"exit {r.returncode}")
    try:
        v = parse_json(r.stdout)
    except ValueError as e:
        check("tampered: verify output is strict JSON", False, str(e))
        return
    validate(validators, "verify", v, "tampered: verify")
    check("tampered: ok is false", v.get("ok") is False)
    check("tampered: first_bad names the changed line",
          v.get("first_bad") and (v["first_bad"]["seq"], v["first_bad"]["line"], v["first_bad"]["offset"])
          == (line_no - 1, line_no, start), v.get("first_bad"))
    check("tampered: head is the SHA-256 of the last good line",
          v.get("head") == hashlib.sha256(bytes(data[starts[line_no - 2]:start - 1])).hexdigest(),
          v.get("head"))
    empty = work / "empty.jsonl"
    empty.write_bytes(b"")
    r = cli.run(empty, "verify", "--format", "json")
    check("empty journal: verify exits 3", r.returncode == 3, f"exit {r.returncode}")
    try:
        v = parse_json(r.stdout)
        validate(validators, "verify", v, "empty journal: verify")
        check("empty journal: head is null, first_bad is line 1",
              v.get("head") is None and (v.get("first_bad") or {}).get("line") == 1, v)
    except ValueError as e:
        check("empty journal: verify output is strict JSON", False, str(e))


# ------------------------------------------------------------------------------------- programme

def build_programme_journal(cli, work, folder):
    """`init` + `import` of an example folder of CSV files, with the golden tests' clock."""
    j = work / f"programme-{folder.name}.jsonl"
    cli.ok(f"examples/{folder.name}: init", j, "init", "--ledger-id", folder.name, "--target", "700000",
           now=PROGRAMME_NOW)
    r = cli.ok(f"examples/{folder.name}: import", j, "import", str(folder), now=PROGRAMME_NOW)
    check(f"examples/{folder.name}: import says what it imported", r.stdout.startswith("imported "),
          r.stdout.strip())
    return j


def half_even(value, scale):
    return value.quantize(Decimal(1).scaleb(-scale), rounding=decimal.ROUND_HALF_EVEN)


def check_events(validators, path, label):
    """What journal-line.schema.json cannot check about the agreement events (journal.md §4.3).
    Lines the schema rejects (reported by validate_journal) are skipped here."""
    lines = [parse_json(l) for l in path.read_text(encoding="utf-8").splitlines()]
    header = lines[0]
    base = header.get("base_currency")
    seen = {}  # id -> type, of the lines before
    counts = defaultdict(int)
    bad = defaultdict(list)  # check name -> details

    def ref(event, member, want, optional=False):
        value = event["data"][member]
        if optional and value == "":
            return
        if seen.get(value) != want:
            bad[f"references name earlier {want} events"].append(f"{event['id']}.{member}={value!r}")

    def valued(event, amount):
        v = event["data"]["valuation"]
        c = event["data"]["currency"]
        if v["currency"] != base:
            bad["valuations are in the base currency"].append(f"{event['id']}: {v['currency']}")
            return
        if c == base:
            ok = v["rate"] == "1" and v["value"] == amount
        else:
            want = half_even(Decimal(amount) / Decimal(v["rate"]), SCALE[base])
            ok = Decimal(v["value"]) == want
        if not ok:
            bad["valuations are the exact conversion, rounded once half to even"].append(
                f"{event['id']}: {amount} {c} at {v['rate']} -> {v['value']} {v['currency']}")

    for line in lines[1:]:
        t = line.get("type")
        if t is None or not validators["journal-line"].is_valid(line):
            continue
        counts[t] += 1
        if line["id"] in seen:
            bad["ids are unique"].append(line["id"])
        sums = defaultdict(Decimal)
        for p in line["postings"]:
            sums[p.get("currency", line.get("currency"))] += Decimal(p["amount"])   # version 2: on the event
        if any(sums.values()):
            bad["postings balance per currency"].append(f"{line['id']}: {dict(sums)}")
        if t in AGREEMENT_EVENTS:
            d = line["data"]
            if t == "party":
                pass
            elif t == "bank-account":
                ref(line, "cso", "party")
            elif t == "rate":
                if line["id"] != f"RATE-{d['base']}-{d['quote']}-{line['date']}":
                    bad["rate ids are RATE-<base>-<quote>-<date>"].append(line["id"])
                if d["base"] == d["quote"]:
                    bad["a rate names two currencies"].append(line["id"])
            elif t == "agreement":
                ref(line, "cso", "party")
                ref(line, "counterparty", "party")
                total = sum((Decimal(s["amount"]) for s in d["schedule"]), Decimal(0))
                if total != Decimal(d["amount"]):
                    bad["schedules add up to the agreement's amount"].append(f"{line['id']}: {total}")
                if len({s["tranche"] for s in d["schedule"]}) != len(d["schedule"]):
                    bad["tranche ids are distinct"].append(line["id"])
                valued(line, d["amount"])
            elif t == "receipt":
                ref(line, "agreement", "agreement")
                ref(line, "bank_account", "bank-account", optional=True)
                alloc = sum((Decimal(a["amount"]) for a in d["allocation"]), Decimal(0))
                if alloc + Decimal(d["overpayment"]) != Decimal(d["gross"]):
                    bad["allocation + overpayment = gross"].append(line["id"])
                if Decimal(d["bank_charges"]) + Decimal(d["tax_withheld"]) > Decimal(d["gross"]):
                    bad["deductions do not exceed the gross"].append(line["id"])
                valued(line, d["gross"])
            elif t == "change":
                ref(line, "agreement", "agreement")
                ref(line, "bank_account", "bank-account", optional=True)
                valued(line, d["amount"])
        seen[line["id"]] = t
    for name in ("ids are unique", "postings balance per currency", "references name earlier party events",
                 "references name earlier agreement events", "references name earlier bank-account events",
                 "rate ids are RATE-<base>-<quote>-<date>", "a rate names two currencies",
                 "schedules add up to the agreement's amount", "tranche ids are distinct",
                 "allocation + overpayment = gross", "deductions do not exceed the gross",
                 "valuations are in the base currency",
                 "valuations are the exact conversion, rounded once half to even"):
        check(f"{label}: {name}", not bad[name], "; ".join(bad[name][:3]))
    return counts


def run_programme_report(cli, validators, journal, label, args):
    name = f"{label}: report {' '.join(args)}"
    r = cli.run(journal, "report", *args, "--format", "json")
    if not check(f"{name}: exit 0", r.returncode == 0, f"exit {r.returncode}: {r.stderr.strip()}"):
        return None
    try:
        report = parse_json(r.stdout)
    except ValueError as e:
        check(f"{name}: output is strict JSON", False, str(e))
        return None
    ok = validate(validators, f"report-{args[0]}", report, name)
    for i, table in enumerate(report.get("tables", []) if isinstance(report, dict) else []):
        ok = validate(validators, "report-table", table, f"{name} tables[{i}]") and ok
    if not ok:
        return None
    for i, table in enumerate(report["tables"]):
        check_table_shape(table, f"{name} tables[{i}]")
    return report


def foot_table(table, name, currency):
    """Each money (and count) column of the body rows adds up to the table's total row."""
    money_keys = [c["key"] for c in table["columns"] if c["type"] == "money"]
    count_keys = [c["key"] for c in table["columns"] if c["type"] == "count"]
    if not table["totals"]:
        return None
    total = table["totals"][0]
    for k in money_keys:
        got = money(total[k], currency, f"{name} totals[0].{k}")
        want = sum((money(r[k], currency, f"{name} rows[{i}].{k}") for i, r in enumerate(table["rows"])),
                   Decimal(0))
        check(f"{name}: {k} foots", got == want, f"rows add up to {want}, total says {got}")
    for k in count_keys:
        want = sum(r[k] for r in table["rows"])
        check(f"{name}: {k} count foots", total[k] == want, f"rows add up to {want}, total says {total[k]}")
    return total


def check_progress(report, name, header):
    meta = report["meta"]
    c = meta["currency"]
    counted, apart = report["tables"]
    check(f"{name}: currency is the header's base currency", c == header["base_currency"], c)
    check(f"{name}: the table's currency is the report's", counted["meta"]["currency"] == c)
    check(f"{name}: target is the header's target", meta["target"] == header["target"], meta["target"])
    total = foot_table(counted, f"{name} tables[0]", c)
    check(f"{name} tables[1]: no totals (amounts in different currencies)", apart["totals"] == [])
    for i, r in enumerate(apart["rows"]):
        money(r["amount"], r["currency"], f"{name} tables[1] rows[{i}].amount")
    for part in ("rows", "totals"):
        for i, r in enumerate(counted[part]):
            v = {k: Decimal(r[k]) for k in ("committed", "received", "written_off", "outstanding",
                                             "received_at_receipt_rate", "fx_difference")}
            where = f"{name} tables[0] {part}[{i}] ({r['kind']})"
            check(f"{where}: received + written_off + outstanding = committed",
                  v["received"] + v["written_off"] + v["outstanding"] == v["committed"], r)
            check(f"{where}: fx_difference = received_at_receipt_rate - received",
                  v["fx_difference"] == v["received_at_receipt_rate"] - v["received"], r)
    if total is None:
        return
    committed = money(meta["committed"], c, f"{name} meta.committed")
    check(f"{name}: meta.committed is the total committed", committed == Decimal(total["committed"]),
          f"meta {meta['committed']}, total {total['committed']}")
    check(f"{name}: meta.counted_agreements is the total agreements",
          meta["counted_agreements"] == str(total["agreements"]),
          f"meta {meta['counted_agreements']}, total {total['agreements']}")
    target = money(meta["target"], c, f"{name} meta.target")
    want = "" if target == 0 else str(half_even(committed / target * 100, 2))
    check(f"{name}: percent_of_target = committed / target x 100, rounded half to even",
          meta["percent_of_target"] == want, f"{meta['percent_of_target']!r}, want {want!r}")
    check(f"{name}: csos_mobilised <= csos", int(meta["csos_mobilised"]) <= int(meta["csos"]))
    check(f"{name}: csos_mobilised <= counted_agreements",
          int(meta["csos_mobilised"]) <= int(meta["counted_agreements"]))


def check_csos(report, name, progress):
    meta = report["meta"]
    c = meta["currency"]
    table = report["tables"][0]
    total = foot_table(table, f"{name} tables[0]", c)
    for part in ("rows", "totals"):
        for i, r in enumerate(table[part]):
            parts = Decimal(r["government"]) + Decimal(r["company"]) + Decimal(r["philanthropy"])
            check(f"{name} tables[0] {part}[{i}] ({r['cso']}): government + company + philanthropy = committed",
                  parts == Decimal(r["committed"]), f"{parts} vs {r['committed']}")
    rows = table["rows"]
    check(f"{name}: one row per CSO (meta.csos)", str(len(rows)) == meta["csos"], f"{len(rows)} vs {meta['csos']}")
    mobilised = sum(1 for r in rows if r["mobilised"] == "yes")
    check(f"{name}: meta.csos_mobilised counts the rows mobilised", str(mobilised) == meta["csos_mobilised"],
          f"{mobilised} vs {meta['csos_mobilised']}")
    check(f"{name}: rows ordered by CSO id", [r["cso"] for r in rows] == sorted(r["cso"] for r in rows))
    if total is not None:
        check(f"{name}: the total's mobilised is 'N of M' with N = meta.csos_mobilised and M = meta.csos",
              total["mobilised"] == f"{meta['csos_mobilised']} of {meta['csos']}", total["mobilised"])
    if not progress or total is None:
        return
    # The two reports describe the same counted agreements.
    pmeta, pt = progress["meta"], progress["tables"][0]
    ptotal = pt["totals"][0]
    check(f"{name}: as_of, currency, csos and csos_mobilised equal the progress report's",
          all(meta[k] == pmeta[k] for k in ("as_of", "currency", "csos", "csos_mobilised")))
    for k in ("committed", "received", "outstanding", "agreements"):
        check(f"{name}: total {k} equals the progress report's", total[k] == ptotal[k],
              f"csos {total[k]}, progress {ptotal[k]}")
    by_kind = {r["kind"]: r["committed"] for r in pt["rows"]}
    for kind in ("government", "company", "philanthropy"):
        check(f"{name}: total {kind} equals the progress report's {kind} committed",
              total[kind] == by_kind.get(kind), f"csos {total[kind]}, progress {by_kind.get(kind)}")
    written_off = Decimal(total["committed"]) - Decimal(total["received"]) - Decimal(total["outstanding"])
    check(f"{name}: committed - received - outstanding is the progress report's written_off",
          written_off == Decimal(ptotal["written_off"]), f"{written_off} vs {ptotal['written_off']}")


def check_programme(cli, validators, folder, work):
    """Imports an example folder, validates the journal and the programme reports on it."""
    label = f"examples/{folder.name} (imported)"
    journal = build_programme_journal(cli, work, folder)
    if not check(f"{label}: journal written", journal.exists()):
        return None
    validate_journal(validators, journal, label)
    counts = check_events(validators, journal, label)
    check(f"{label}: has agreement events", sum(counts[t] for t in AGREEMENT_EVENTS) > 0, dict(counts))
    header = parse_json(journal.read_text(encoding="utf-8").splitlines()[0])
    reports = check_reports(cli, validators, journal, label)
    check_verify(cli, validators, journal, label, reports.get("balance"))
    out = {"journal": journal}
    for as_of in ([], ["--as-of", "2021-12-31"]):
        progress = run_programme_report(cli, validators, journal, label, ["progress", *as_of])
        if progress:
            check_progress(progress, f"{label}: report progress {' '.join(as_of)}".rstrip(), header)
        csos = run_programme_report(cli, validators, journal, label, ["csos", *as_of])
        if csos:
            check_csos(csos, f"{label}: report csos {' '.join(as_of)}".rstrip(), progress)
        out[("progress", *as_of)] = progress
        out[("csos", *as_of)] = csos
    return out


# ------------------------------------------------------------------------------------- reconciliation

def build_reconciliation_journal(cli, work):
    """The bank reconciliation scenario through the CLI, with every one of the six event types."""
    j = work / "reconciliation.jsonl"
    label = "reconciliation"

    def run(*args):
        return cli.ok(f"{label}: {' '.join(args[:3])}", j, *args, now=PROGRAMME_NOW)

    def line_id(description):
        for raw in j.read_text(encoding="utf-8").splitlines():
            line = parse_json(raw)
            if line.get("type") == "statement-line" and line["description"] == description:
                return line["id"]
        check(f"{label}: a statement line {description!r}", False)
        return "SL-0000000000000000"

    run("init", "--ledger-id", "recon", "--target", "700000")
    run("party", "add", "--id", "CSO-3204", "--kind", "cso", "--name", "Yayasan Lingkar Desa", "--district",
        "Kabupaten Bandung", "--province", "Jawa Barat", "--region-code", "32.04")
    run("party", "add", "--id", "PEMKAB-BDG", "--kind", "government", "--level", "district", "--name",
        "Pemerintah Kabupaten Bandung", "--alias", "PEMKAB BANDUNG")
    run("party", "add", "--id", "TIFA", "--kind", "philanthropy", "--name", "Yayasan TIFA", "--alias", "YAYASAN TIFA")
    run("party", "add", "--id", "SEMEN", "--kind", "company", "--level", "state-owned", "--name",
        "PT Semen Indonesia", "--alias", "SEMEN INDONESIA")
    run("bank-account", "open", "--id", "BA-1", "--cso", "CSO-3204", "--bank", "BCA", "--number", "1234567890",
        "--currency", "IDR", "--account", "Assets:Bank:BCA-3204", "--opened", "2026-09-30",
        "--opening-balance", "10000000")
    for date, value in (("2026-09-30", "16000"), ("2026-10-15", "16100"), ("2026-10-29", "16200")):
        run("rate", "add", "--date", date, "--base", "USD", "--quote", "IDR", "--value", value, "--source", "JISDOR")
    run("agreement", "sign", "--id", "AG-1", "--cso", "CSO-3204", "--counterparty", "PEMKAB-BDG", "--signed",
        "2026-09-30", "--currency", "IDR", "--amount", "5000000", "--tranche", "1 2026-10-01 2500000",
        "--tranche", "2 2026-12-01 2500000")
    run("agreement", "sign", "--id", "AG-2", "--cso", "CSO-3204", "--counterparty", "TIFA", "--signed", "2026-09-30",
        "--currency", "IDR", "--amount", "15000000", "--tranche", "1 2026-10-05 15000000")
    run("agreement", "sign", "--id", "AG-3", "--cso", "CSO-3204", "--counterparty", "SEMEN", "--signed",
        "2026-09-30", "--currency", "IDR", "--amount", "7500000", "--tranche", "1 2026-10-20 7500000")
    run("receipt", "record", "--id", "R-TIFA", "--cso", "CSO-3204", "--agreement", "AG-2", "--date", "2026-10-04",
        "--gross", "15000000", "--bank-account", "BA-1")
    run("statement", "import", "--bank-account", "BA-1", "--mapping", str(ROOT / "mappings" / "bca-klikbca.json"),
        str(ROOT / "tests" / "io" / "statements" / "klikbca.csv"))
    r = run("reconcile", "proposals", "--format", "json")
    try:
        rows = parse_json(r.stdout)["tables"][0]["rows"]
        tifa = next(row["proposal"] for row in rows if row["target"] == "R-TIFA")
    except (ValueError, KeyError, IndexError, StopIteration) as e:
        check(f"{label}: a proposal for R-TIFA", False, str(e))
        return j
    run("reconcile", "reject", tifa)
    run("reconcile", "match", "--bank-account", "BA-1", "--line", line_id("SWITCHING CR TRANSFER DR 009 YAYASAN TIFA"),
        "--entry", "R-TIFA")
    run("reconcile", "confirm", "--exact")
    run("reconcile", "classify", line_id("BUNGA"), "--account", "Income:BankInterest")
    run("reconcile", "classify", line_id("PAJAK BUNGA"), "--account", "Expenses:Tax:Interest",
        "--posting-date", "2026-10-31")
    run("reconcile", "classify", line_id("BIAYA ADM"), "--account", "Expenses:BankCharges")
    run("post", "--id", "PAY-EVAL", "--date", "2026-10-12", "--description", "Konsultan evaluasi",
        "--posting", "Expenses:Evaluation 4750000 IDR cso=CSO-3204",
        "--posting", "Assets:Bank:BCA-3204 -4750000 IDR cso=CSO-3204")
    run("reconcile", "confirm", "--exact")
    run("reconcile", "close", "--bank-account", "BA-1", "--as-of", "2026-10-31")
    return j


def check_bank_events(validators, path, label):
    """What journal-line.schema.json cannot check about the bank reconciliation events (§4.4)."""
    lines = [parse_json(l) for l in path.read_text(encoding="utf-8").splitlines()]
    seen, banks, statement_lines = {}, {}, {}   # id -> type; bank-account id -> data; line id -> data
    counts = defaultdict(int)
    bad = defaultdict(list)
    names = ("references name earlier events", "ids are derived as journal.md §4.4 says",
             "only classifications have postings", "a classification's postings carry its line's amount",
             "amounts are in the bank account's currency")
    for line in lines[1:]:
        t = line.get("type")
        if t is None or not validators["journal-line"].is_valid(line):
            continue
        if t == "bank-account":
            banks[line["id"]] = line["data"]
        if t not in BANK_EVENTS:
            seen[line["id"]] = t
            continue
        counts[t] += 1
        d, eid = line["data"], line["id"]

        def ref(value, *kinds):
            if seen.get(value) not in kinds:
                bad[names[0]].append(f"{eid}: {value!r} is not an earlier {' or '.join(kinds)}")

        if "bank_account" in d:
            ref(d["bank_account"], "bank-account")
        bank = banks.get(d.get("bank_account"), {})
        if "currency" in d and bank and d["currency"] != bank["currency"]:
            bad[names[4]].append(eid)
        if t != "classify" and line["postings"]:
            bad[names[2]].append(eid)
        if t == "statement-line":
            ref(d["statement"], "statement")
            statement_lines[eid] = d
        elif t == "match":
            for x in d["lines"]:
                ref(x, "statement-line")
            for x in d["entries"]:
                ref(x, "txn", "receipt", "change", "classify")
        elif t == "reject":
            for x in d["lines"]:
                ref(x, "statement-line")
            if eid != "RJ-" + d["proposal"][2:]:
                bad[names[1]].append(eid)
        elif t == "classify":
            ref(d["line"], "statement-line")
            if eid != "CL-" + d["line"][3:]:
                bad[names[1]].append(eid)
            sl = statement_lines.get(d["line"])
            if sl and bank:
                amount = Decimal(sl["amount"])
                got = [(p["account"], Decimal(p["amount"]), p.get("currency", line.get("currency")),
                        p.get("cso", line.get("cso"))) for p in line["postings"]]   # version 2: shared on the event
                want = [(bank["account"], amount, bank["currency"], bank["cso"]),
                        (d["account"], -amount, bank["currency"], bank["cso"])]
                if got != want:
                    bad[names[3]].append(f"{eid}: {got}")
        elif t == "reconcile":
            if eid != f"RECON-{d['bank_account']}-{line['date']}":
                bad[names[1]].append(eid)
        seen[eid] = t
    for name in names:
        check(f"{label}: {name}", not bad[name], "; ".join(bad[name][:3]))
    return counts


def check_reconciliation(cli, validators, work):
    journal = build_reconciliation_journal(cli, work)
    label = "reconciliation journal"
    if not check(f"{label}: written", journal.exists()):
        return
    validate_journal(validators, journal, label)
    counts = check_bank_events(validators, journal, label)
    for t in BANK_EVENTS:
        check(f"{label}: has {t} lines", counts[t] > 0, dict(counts))
    check_events(validators, journal, label)
    reports = check_reports(cli, validators, journal, label)
    check_verify(cli, validators, journal, label, reports.get("balance"))
    check_bank_mutants(validators, journal)


def check_bank_mutants(validators, journal):
    """Damaged copies of each bank reconciliation event must be rejected by the schema."""
    lines = [parse_json(l) for l in journal.read_text(encoding="utf-8").splitlines()]
    first = {t: next((l for l in lines if l.get("type") == t), None) for t in BANK_EVENTS}

    def mutant(base, change_):
        doc = json.loads(json.dumps(base))
        change_(doc)
        return doc

    def data(key, value):
        return lambda d: d["data"].__setitem__(key, value)

    def set_(key, value):
        return lambda d: d.__setitem__(key, value)

    a_posting = {"account": "Assets:Bank:BCA-3204", "amount": "0.00", "currency": "IDR"}
    cases = [
        ("statement", "id not ST- and 16 hex", set_("id", "ST-1")),
        ("statement", "file_sha256 in capitals", lambda d: d["data"].update(file_sha256=d["data"]["file_sha256"].upper())),
        ("statement", "lines negative", data("lines", -1)),
        ("statement", "lines as a string", data("lines", "7")),
        ("statement", "IDR opening balance without decimals", data("opening_balance", "10000000")),
        ("statement", "closing balance as a number", data("closing_balance", 0)),
        ("statement", "pending amount with 3 decimals in IDR", lambda d: d["data"]["pending"].append(
            {"description": "x", "amount": "1.000"})),
        ("statement", "pending row without description", lambda d: d["data"]["pending"].append({"amount": "1.00"})),
        ("statement", "from not a date", data("from", "2026-10-32")),
        ("statement", "without layout", lambda d: d["data"].pop("layout")),
        ("statement", "with postings", set_("postings", [a_posting])),
        ("statement-line", "amount 0.00", data("amount", "0.00")),
        ("statement-line", "occurrence 0", data("occurrence", 0)),
        ("statement-line", "row as a string", data("row", "8")),
        ("statement-line", "statement not ST- and 16 hex", data("statement", "STATEMENT-1")),
        ("statement-line", "with an unknown data member", data("memo", "x")),
        ("statement-line", "with postings", set_("postings", [a_posting])),
        ("match", "no lines", data("lines", [])),
        ("match", "no entries", data("entries", [])),
        ("match", "a line named twice", lambda d: d["data"].update(lines=d["data"]["lines"] * 2)),
        ("match", "proposal not P- and 12 hex", data("proposal", "PROPOSAL-1")),
        ("match", "id not M- and 16 hex", set_("id", "MATCH-1")),
        ("match", "with postings", set_("postings", [a_posting])),
        ("reject", "proposal empty", data("proposal", "")),
        ("reject", "id not RJ- and 12 hex", set_("id", "RJ-1")),
        ("reject", "target empty", data("target", "")),
        ("classify", "one posting", lambda d: d["postings"].pop()),
        ("classify", "no postings", set_("postings", [])),
        ("classify", "a posting with an agreement", lambda d: d["postings"][0].__setitem__("agreement", "AG-1")),
        ("classify", "a posting without cso", lambda d: d["postings"][1].pop("cso")),
        ("classify", "to Income:Mobilised", data("account", "Income:Mobilised:Company")),
        ("classify", "line not SL- and 16 hex", data("line", "LINE-1")),
        ("classify", "id not CL- and 16 hex", set_("id", "CL-1")),
        ("reconcile", "bank_balance without decimals", data("bank_balance", "30244876")),
        ("reconcile", "ledger_balance as a number", data("ledger_balance", 1)),
        ("reconcile", "id not RECON-<bank account>-<date>", set_("id", "R-1")),
        ("reconcile", "without recorded_not_in_bank", lambda d: d["data"].pop("recorded_not_in_bank")),
        ("reconcile", "with postings", set_("postings", [a_posting])),
    ]
    for t, name, change_ in cases:
        base = first[t]
        if not check(f"mutant '{t}: {name}': base line present", base is not None):
            continue
        if "cso" in base:   # version 2: the mutants edit the postings as version 1 writes them
            base = dict(base)
            shared = {m: base.pop(m) for m in ("currency", "cso") if m in base}
            base["postings"] = [dict(p, **shared) for p in base["postings"]]
        check(f"journal-line accepts the base of mutant: {t}: {name}", validators["journal-line"].is_valid(base))
        check(f"journal-line rejects mutant: {t}: {name}", not validators["journal-line"].is_valid(mutant(base, change_)))


# ------------------------------------------------------------------------------------- mutants

def check_mutants(validators, journal, reports, verify_good):
    """Damaged copies of real outputs must be rejected: the schemas are not accept-everything."""
    lines = [parse_json(l) for l in journal.read_text().splitlines()]
    header = lines[0]
    txn = next(l for l in lines if l.get("type") == "txn" and len(l["postings"][0]) > 3)
    commit = next((l for l in lines if l.get("frame") == "commit"), None)

    def mutant(base, change):
        doc = json.loads(json.dumps(base))
        change(doc)
        return doc

    def p0(key, value):
        return lambda d: d["postings"][0].__setitem__(key, value)

    def set_(key, value):
        return lambda d: d.__setitem__(key, value)

    def drop(key):
        return lambda d: d.pop(key)

    cases = [
        ("journal-line", "header version 3", header, set_("version", 3)),
        ("journal-line", "header seq 1", header, set_("seq", 1)),
        ("journal-line", "header frame part", header, set_("frame", "part")),
        ("journal-line", "header prev not zeros", header, set_("prev", txn["hash"])),
        ("journal-line", "header fiscal_year_start 02-30", header, set_("fiscal_year_start", "02-30")),
        ("journal-line", "header target with 3 decimals in USD", header, set_("target", "1.000")),
        ("journal-line", "header without created_at", header, drop("created_at")),
        ("journal-line", "txn typed as rate (no data)", txn, set_("type", "rate")),
        ("journal-line", "txn without type", txn, drop("type")),
        ("journal-line", "txn frame commit", txn, set_("frame", "commit")),
        ("journal-line", "txn with header member", txn, set_("ledger_id", "x")),
        ("journal-line", "txn posting_date not a date", txn, set_("posting_date", "2024-02-30")),
        ("journal-line", "txn seq 0", txn, set_("seq", 0)),
        ("journal-line", "txn hash in capitals", txn, set_("hash", txn["hash"].upper())),
        ("journal-line", "txn short prev", txn, set_("prev", txn["prev"][:63])),
        ("journal-line", "txn recorded_at with offset", txn, set_("recorded_at", "2026-01-01T07:00:00+07:00")),
        ("journal-line", "txn impossible date", txn, set_("date", "2024-02-30")),
        ("journal-line", "txn date before 1900", txn, set_("date", "1899-12-31")),
        ("journal-line", "txn empty postings", txn, set_("postings", [])),
        ("journal-line", "amount as a number", txn, p0("amount", 5)),
        ("journal-line", "amount with a plus sign", txn, p0("amount", "+25000000.00")),
        ("journal-line", "amount with a leading zero", txn, p0("amount", "025000000.00")),
        ("journal-line", "amount -0.00", txn, p0("amount", "-0.00")),
        ("journal-line", "unknown currency", txn, p0("currency", "XYZ")),
        ("journal-line", "account with an unknown root", txn, p0("account", "Cash:Box")),
        ("journal-line", "account with an empty segment", txn, p0("account", "Assets::Bank")),
        ("journal-line", "account segment in lower case (journal.md §4.2)", txn, p0("account", "Assets:bank")),
        ("journal-line", "empty dimension", txn, p0("cso", "")),
        ("journal-line", "unknown posting member", txn, p0("colour", "red")),
        ("journal-line", "extra top-level member", txn, set_("memo", "x")),
        ("report-balance", "amount as a number", reports["balance"],
         lambda d: d["rows"][0].__setitem__("amount", 1)),
        ("report-balance", "total not named Total", reports["balance"],
         lambda d: d["totals"][0].__setitem__("account", "Sum")),
        ("report-balance", "a dimension without --by", reports["balance"],
         lambda d: d["rows"][0].__setitem__("cso", "CSO-1")),
        ("report-balance", "--by cso with a row missing cso", reports["balance --by cso"],
         lambda d: d["rows"][0].pop("cso")),
        ("report-balance", "--by cso with agreement columns", reports["balance --by cso"],
         lambda d: d["meta"].__setitem__("by", "agreement")),
        ("report-balance", "missing subtotals", reports["balance"], drop("subtotals")),
        ("report-table", "count column as a string", reports["register Assets"],
         lambda d: d["rows"][0].__setitem__("seq", [1])),
        ("report-table", "unknown column type", reports["balance"],
         lambda d: d["columns"][0].__setitem__("type", "date")),
        ("report-trial-balance", "negative credit", reports["trial-balance"],
         lambda d: d["rows"][0].__setitem__("credit", "-1.00")),
        ("report-trial-balance", "a subtotal", reports["trial-balance"],
         lambda d: d["subtotals"].append(d["rows"][0])),
        ("report-register", "seq as a string", reports["register Assets"],
         lambda d: d["rows"][0].__setitem__("seq", "1")),
        ("report-register", "total with a seq", reports["register Assets"],
         lambda d: d["totals"][0].__setitem__("seq", 1)),
        ("report-register", "as_of not a date", reports["register Assets"],
         lambda d: d["meta"].__setitem__("as_of", "yesterday")),
        ("verify", "ok with first_bad", verify_good,
         set_("first_bad", {"seq": 1, "line": 2, "offset": 3, "reason": "x"})),
        ("verify", "not ok without first_bad", verify_good, set_("ok", False)),
        ("verify", "short head", verify_good, set_("head", "abc")),
        ("verify", "balance with 3 decimals in IDR", verify_good,
         lambda d: d["balances"][0].update(currency="IDR", amount="1.000")),
    ]
    if commit:
        cases += [
            ("journal-line", "commit with a type", commit, set_("type", "txn")),
            ("journal-line", "commit count 0", commit, set_("count", 0)),
            ("journal-line", "commit without count", commit, drop("count")),
        ]
    for schema, name, base, change in cases:
        if base is None:
            check(f"mutant '{name}': base document present", False)
            continue
        doc = mutant(base, change)
        check(f"{schema} rejects mutant: {name}", not validators[schema].is_valid(doc))


def check_programme_mutants(validators, journal, built, progress, csos):
    """Damaged copies of the agreement events and programme reports must be rejected too."""
    lines = [parse_json(l) for l in journal.read_text(encoding="utf-8").splitlines()]
    txn = next((l for l in (parse_json(x) for x in built.read_text(encoding="utf-8").splitlines())
                if l.get("type") == "txn"), None)

    def first(pred):
        return next((l for l in lines if pred(l)), None)

    party = first(lambda l: l.get("type") == "party" and l["data"]["kind"] == "cso")
    gov = first(lambda l: l.get("type") == "party" and l["data"]["kind"] == "government")
    bank = first(lambda l: l.get("type") == "bank-account" and l["postings"])
    rate = first(lambda l: l.get("type") == "rate")
    agreement = first(lambda l: l.get("type") == "agreement" and l["postings"] and l["data"]["currency"] == "IDR")
    receipt = first(lambda l: l.get("type") == "receipt" and l["data"]["currency"] == "IDR")
    change = {k: first(lambda l, k=k: l.get("type") == "change" and l["data"]["change"] == k)
              for k in ("amend", "cancel", "condition-met", "refund")}

    def mutant(base, change_):
        doc = json.loads(json.dumps(base))
        change_(doc)
        return doc

    def set_(key, value):
        return lambda d: d.__setitem__(key, value)

    def data(key, value):
        return lambda d: d["data"].__setitem__(key, value)

    def drop_data(key):
        return lambda d: d["data"].pop(key)

    def valuation(key, value):
        return lambda d: d["data"]["valuation"].__setitem__(key, value)

    def postings(value):
        return lambda d: d.__setitem__("postings", value)

    some_postings = agreement["postings"] if agreement else []
    cases = [
        ("journal-line", "unknown type", party, set_("type", "budget")),
        ("journal-line", "a txn typed as party", txn, set_("type", "party")),
        ("journal-line", "party as a txn (data member)", party, set_("type", "txn")),
        ("journal-line", "party without data", party, lambda d: d.pop("data")),
        ("journal-line", "party with reverses", party, set_("reverses", "X")),
        ("journal-line", "party with postings", party, postings(some_postings)),
        ("journal-line", "party kind ngo", party, data("kind", "ngo")),
        ("journal-line", "party with an empty name", party, data("name", "")),
        ("journal-line", "cso party without a region code", party, data("region_code", "")),
        ("journal-line", "cso party region code 3204", party, data("region_code", "3204")),
        ("journal-line", "government at level city", gov, data("level", "city")),
        ("journal-line", "party aliases as a string", party, data("aliases", "A|B")),
        ("journal-line", "party with an unknown data member", party, data("colour", "red")),
        ("journal-line", "party data not an object", party, set_("data", [])),
        ("journal-line", "bank account outside Assets:Bank", bank, data("account", "Assets:Cash")),
        ("journal-line", "bank account opening balance with 3 decimals in IDR", bank,
         data("opening_balance", "1.000")),
        ("journal-line", "bank account opening balance but no postings", bank, postings([])),
        ("journal-line", "bank account without number", bank, drop_data("number")),
        ("journal-line", "rate value with an exponent", rate, data("value", "1.4e4")),
        ("journal-line", "rate value 0", rate, data("value", "0")),
        ("journal-line", "rate value negative", rate, data("value", "-14285")),
        ("journal-line", "rate value with 13 decimals", rate, data("value", "1." + "1" * 13)),
        ("journal-line", "rate value as a number", rate, data("value", 14285)),
        ("journal-line", "rate with postings", rate, postings(some_postings)),
        ("journal-line", "rate id not RATE-<base>-<quote>-<date>", rate, set_("id", "FX-1")),
        ("journal-line", "rate base not a currency", rate, data("base", "XYZ")),
        ("journal-line", "agreement amount 0.00", agreement, data("amount", "0.00")),
        ("journal-line", "agreement amount negative", agreement, data("amount", "-150000000.00")),
        ("journal-line", "agreement amount with 3 decimals in IDR", agreement, data("amount", "150000000.000")),
        ("journal-line", "agreement nature grant", agreement, data("nature", "grant")),
        ("journal-line", "agreement conditional as a string", agreement, data("conditional", "no")),
        ("journal-line", "conditional agreement without a condition", agreement, data("conditional", True)),
        ("journal-line", "in-kind agreement without a valuation basis", agreement, data("form", "in-kind")),
        ("journal-line", "agreement counts_as both", agreement, data("counts_as", "both")),
        ("journal-line", "agreement document_sha256 too short", agreement, data("document_sha256", "abc")),
        ("journal-line", "agreement with an empty schedule", agreement, data("schedule", [])),
        ("journal-line", "agreement tranche due not a date", agreement,
         lambda d: d["data"]["schedule"][0].__setitem__("due", "2021-02-30")),
        ("journal-line", "agreement tranche amount 0", agreement,
         lambda d: d["data"]["schedule"][0].__setitem__("amount", "0.00")),
        ("journal-line", "cash contribution without postings", agreement, postings([])),
        ("journal-line", "conditional agreement with postings", agreement,
         lambda d: d["data"].update(conditional=True, condition="budget passed")),
        ("journal-line", "agreement without valuation", agreement, drop_data("valuation")),
        ("journal-line", "valuation rate 0", agreement, valuation("rate", "0")),
        ("journal-line", "valuation value with 3 decimals in USD", agreement, valuation("value", "10500.530")),
        ("journal-line", "valuation value as a number", agreement, valuation("value", 10500)),
        ("journal-line", "valuation with an extra member", agreement, valuation("note", "x")),
        ("journal-line", "valuation without source", agreement, lambda d: d["data"]["valuation"].pop("source")),
        ("journal-line", "receipt gross 0", receipt, data("gross", "0.00")),
        ("journal-line", "receipt negative bank charges", receipt, data("bank_charges", "-6500.00")),
        ("journal-line", "receipt allocation amount 0", receipt,
         lambda d: d["data"]["allocation"][0].__setitem__("amount", "0.00")),
        ("journal-line", "receipt allocation without tranche", receipt,
         lambda d: d["data"]["allocation"][0].pop("tranche")),
        ("journal-line", "receipt without postings", receipt, postings([])),
        ("journal-line", "receipt overpayment in input form", receipt, data("overpayment", "0")),
        ("journal-line", "receipt with reverses", receipt, set_("reverses", "RC-0001")),
        ("journal-line", "txn posting to Income:Mobilised", txn,
         lambda d: d["postings"][0].__setitem__("account", "Income:Mobilised:Government")),
        ("journal-line", "txn posting below Assets:Receivable:Agreements", txn,
         lambda d: d["postings"][0].__setitem__("account", "Assets:Receivable:Agreements:X")),
    ]
    if change["amend"]:
        cases += [("journal-line", "change kind delete", change["amend"], data("change", "delete")),
                  ("journal-line", "amendment of 0", change["amend"], data("amount", "0.00"))]
    if change["cancel"]:
        cases += [("journal-line", "cancellation of a negative amount", change["cancel"],
                   data("amount", "-" + change["cancel"]["data"]["amount"]))]
    if change["condition-met"]:
        cases += [("journal-line", "condition met with an amount", change["condition-met"], data("amount", "1.00"))]
    if change["refund"]:
        cases += [("journal-line", "refund without a bank account", change["refund"], data("bank_account", ""))]
    if progress:
        t0 = lambda f: (lambda d: f(d["tables"][0]))
        cases += [
            ("report-progress", "meta without committed", progress, lambda d: d["meta"].pop("committed")),
            ("report-progress", "meta with an extra member", progress, lambda d: d["meta"].__setitem__("x", "1")),
            ("report-progress", "committed as a number", progress, lambda d: d["meta"].__setitem__("committed", 1)),
            ("report-progress", "committed with 3 decimals in USD", progress,
             lambda d: d["meta"].__setitem__("committed", "730121.920")),
            ("report-progress", "percent_of_target with one decimal", progress,
             lambda d: d["meta"].__setitem__("percent_of_target", "104.3")),
            ("report-progress", "counted_agreements as an integer", progress,
             lambda d: d["meta"].__setitem__("counted_agreements", 80)),
            ("report-progress", "one table", progress, lambda d: d["tables"].pop()),
            ("report-progress", "a third table", progress, lambda d: d["tables"].append(d["tables"][1])),
            ("report-progress", "tables swapped", progress, lambda d: d["tables"].reverse()),
            ("report-progress", "no philanthropy row", progress, t0(lambda t: t["rows"].pop())),
            ("report-progress", "kind rows out of order", progress, t0(lambda t: t["rows"].reverse())),
            ("report-progress", "total not named Total", progress,
             t0(lambda t: t["totals"][0].__setitem__("kind", "Sum"))),
            ("report-progress", "two totals", progress, t0(lambda t: t["totals"].append(t["totals"][0]))),
            ("report-progress", "a column missing", progress, t0(lambda t: t["columns"].pop())),
            ("report-progress", "a row missing fx_difference", progress, t0(lambda t: t["rows"][0].pop("fx_difference"))),
            ("report-progress", "negative received", progress,
             t0(lambda t: t["rows"][0].__setitem__("received", "-1.00"))),
            ("report-progress", "agreements as a string", progress,
             t0(lambda t: t["rows"][0].__setitem__("agreements", "27"))),
            ("report-progress", "received with 3 decimals in USD", progress,
             t0(lambda t: t["totals"][0].__setitem__("received", "1.000"))),
            ("report-progress", "table meta without currency", progress, t0(lambda t: t.__setitem__("meta", {}))),
            ("report-progress", "not-counted table with a total", progress,
             lambda d: d["tables"][1]["totals"].append(d["tables"][1]["rows"][0]) if d["tables"][1]["rows"]
             else d["tables"][1]["totals"].append({})),
        ]
        if progress["tables"][1]["rows"]:
            t1 = lambda f: (lambda d: f(d["tables"][1]["rows"][0]))
            cases += [
                ("report-progress", "not-counted status unknown", progress, t1(lambda r: r.__setitem__("status", "lost"))),
                ("report-progress", "not-counted reason unknown", progress, t1(lambda r: r.__setitem__("reason", "because"))),
                ("report-progress", "not-counted IDR amount without decimals", progress,
                 t1(lambda r: r.__setitem__("amount", "150000000"))),
            ]
    if csos:
        t0 = lambda f: (lambda d: f(d["tables"][0]))
        cases += [
            ("report-csos", "meta without csos", csos, lambda d: d["meta"].pop("csos")),
            ("report-csos", "meta with target", csos, lambda d: d["meta"].__setitem__("target", "700000.00")),
            ("report-csos", "two tables", csos, lambda d: d["tables"].append(d["tables"][0])),
            ("report-csos", "mobilised maybe", csos, t0(lambda t: t["rows"][0].__setitem__("mobilised", "maybe"))),
            ("report-csos", "mobilised with no agreements", csos,
             t0(lambda t: t["rows"][0].update(mobilised="yes", agreements=0))),
            ("report-csos", "total mobilised 31/32", csos, t0(lambda t: t["totals"][0].__setitem__("mobilised", "31/32"))),
            ("report-csos", "total with a name", csos, t0(lambda t: t["totals"][0].__setitem__("name", "All"))),
            ("report-csos", "row without region_code", csos, t0(lambda t: t["rows"][0].pop("region_code"))),
            ("report-csos", "row with written_off", csos, t0(lambda t: t["rows"][0].__setitem__("written_off", "0.00"))),
            ("report-csos", "no total", csos, t0(lambda t: t.__setitem__("totals", []))),
            ("report-csos", "a subtotal", csos, t0(lambda t: t["subtotals"].append(t["rows"][0]))),
            ("report-csos", "committed with 1 decimal in USD", csos,
             t0(lambda t: t["rows"][0].__setitem__("committed", "1.0"))),
            ("report-csos", "columns reordered", csos, t0(lambda t: t["columns"].reverse())),
        ]
    for schema, name, base, change_ in cases:
        if base is None:
            check(f"mutant '{name}': base document present", False)
            continue
        check(f"{schema} accepts the base of mutant: {name}", validators[schema].is_valid(base))
        doc = mutant(base, change_)
        check(f"{schema} rejects mutant: {name}", not validators[schema].is_valid(doc))


# ------------------------------------------------------------------------------------- main

def check_booked(cli, validators, work):
    """Writes with --format json validate against booked.schema.json; every event they print,
    framed as a journal line, validates against journal-line.schema.json and is byte for byte
    the line's members; settings, rate withdrawals and recorded_on days validate too."""
    journal = work / "booked.jsonl"
    if journal.exists():
        journal.unlink()
    now = "2026-11-27T00:00:00Z"
    runs = [["init", "--ledger-id", "booked", "--number-locale", "id", "--rate-jump-limit", "12.5"],
            ["party", "add", "--id", "CSO-1", "--kind", "cso", "--name", "Warga", "--district", "Kab Bandung",
             "--province", "Jawa Barat", "--region-code", "32.04", "--recorded-on", "2024-01-02", "--format", "json"],
            ["party", "add", "--id", "GOV", "--kind", "government", "--level", "district", "--name", "Pemkab",
             "--format", "json"],
            ["rate", "add", "--date", "2024-01-05", "--base", "USD", "--quote", "IDR", "--value", "15.525",
             "--source", "JISDOR", "--format", "json"],
            ["rate", "add", "--date", "2024-01-08", "--base", "USD", "--quote", "IDR", "--value", "15.625",
             "--source", "JISDOR", "--format", "json"],
            ["rate", "withdraw", "RATE-USD-IDR-2024-01-08", "--note", "wrong day", "--format", "json"],
            ["agreement", "sign", "--id", "AG-1", "--cso", "CSO-1", "--counterparty", "GOV", "--signed", "2024-01-09",
             "--currency", "IDR", "--amount", "155.250.000", "--tranche", "1 2024-03-01 155.250.000", "--format", "json"],
            ["post", "--id", "T-1", "--date", "2024-01-09", "--posting", "Assets:Bank:BJB 1.000,50 IDR",
             "--posting", "Equity:Opening -1.000,50 IDR", "--format", "json"],
            ["setting", "set", "rate-jump-limit", "20", "--format", "json"]]
    outputs = []
    for args in runs:
        r = cli.run(journal, *args, now=now)
        if not check(f"booked: {' '.join(args[:2])} exits 0", r.returncode == 0, r.stderr.strip()):
            return
        if args[0] != "init":
            outputs.append((args, r.stdout))
    lines = journal.read_bytes().split(b"\n")[:-1]
    stored = {json.loads(l)["id"]: l for l in lines[1:]}
    for args, out in outputs:
        name = "booked: " + " ".join(args[:2])
        doc = parse_json(out)
        if not validate(validators, "booked", doc, name):
            continue
        check(f"{name}: one event appended", len(doc["events"]) == 1 and doc["already"] == 0, doc)
        for e in doc["events"]:
            line = stored.get(e["id"], b"")
            framed = {"seq": 1, "prev": "0" * 64, "frame": "one", **e, "hash": "0" * 64}
            validate(validators, "journal-line", framed, f"{name}: event framed as a line")
            # The write result shows every posting complete (version 1's form); a version-2 line
            # says the same with what all postings share written once (journal.md §3.2).
            stored_event = json.loads(line) if line else {}
            shared = {m: stored_event.pop(m) for m in ("currency", "cso", "agreement", "counterparty", "tranche")
                      if m in stored_event}
            stored_event.setdefault("posting_date", stored_event.get("date"))
            stored_event["postings"] = [dict(p, **shared) for p in stored_event.get("postings", [])]
            same = {k: v for k, v in stored_event.items() if k not in ("seq", "prev", "frame", "hash")} == e
            check(f"{name}: the event is the journal line's members", same, e["id"])
    validate_journal(validators, journal, "booked journal (settings, a withdrawal, recorded_on)")
    text = journal.read_text()
    for what in ('"type":"setting"', '"type":"rate-withdraw"', '"recorded_on":"2024-01-02"',
                 '"rate_event":"RATE-USD-IDR-2024-01-05"', '"value":"15525"'):
        check(f"booked journal holds {what}", what in text)
    bad = {"events": [], "already": 0}
    check("booked: a result without its head is rejected",
          not validators["booked"].is_valid(bad))


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    binary = os.path.abspath(argv[1])
    if not os.access(binary, os.X_OK):
        print(f"not an executable: {binary}", file=sys.stderr)
        return 2
    cli = Cli(binary)
    validators = load_schemas()
    if not {"journal-line", "transaction-input", "report-table", "report-balance",
            "report-trial-balance", "report-register", "report-progress", "report-csos",
            "verify"} <= set(validators):
        TALLY.summary()
        return 1

    examples = sorted(EXAMPLES.rglob("*.jsonl"))
    check("examples/ has journals", bool(examples))
    work = pathlib.Path(tempfile.mkdtemp(prefix="fl-schemas-"))
    try:
        for path in examples:
            label = str(path.relative_to(ROOT))
            validate_journal(validators, path, label)
            copy = work / ("example-" + path.name)
            shutil.copyfile(path, copy)  # reports run on a copy: a writer could repair the original
            reports = check_reports(cli, validators, copy, label)
            check_verify(cli, validators, copy, label, reports.get("balance"))
        if examples:
            check_tampered(cli, validators, work / ("example-" + examples[0].name), work)

        built = build_journal(cli, work)
        validate_journal(validators, built, "built journal")
        reports = check_reports(cli, validators, built, "built journal")
        verify_good = check_verify(cli, validators, built, "built journal", reports.get("balance"))
        if all(reports.get(k) for k in ("balance", "balance --by cso", "trial-balance",
                                         "register Assets")) and verify_good:
            check_mutants(validators, built, reports, verify_good)
        else:
            check("outputs needed for the mutant checks are valid", False)

        programme = {}
        for name in PROGRAMME_EXAMPLES:
            folder = EXAMPLES / name
            if check(f"examples/{name} is a folder of CSV files", (folder / "agreements.csv").is_file()):
                programme[name] = check_programme(cli, validators, folder, work)
        madani = programme.get("madani")
        if madani and madani.get(("progress",)) and madani.get(("csos",)):
            check_programme_mutants(validators, madani["journal"], built, madani[("progress",)],
                                    madani[("csos",)])
        else:
            check("outputs needed for the programme mutant checks are valid", False)

        check_reconciliation(cli, validators, work)
        check_inputs(cli, validators, work)
        check_booked(cli, validators, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    return TALLY.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
