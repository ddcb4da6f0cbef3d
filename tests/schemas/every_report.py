#!/usr/bin/python3
"""Every report command, in JSON, validates against its schema and foots.

Usage (from the repository root):

    /usr/bin/python3 tests/schemas/every_report.py PATH/TO/fundledger

Builds the reference example (examples/madani) into a journal in a temporary directory (`init` +
`import`, clock 2026-11-27T00:00:00Z, as the golden tests), then runs every report command with
`--format json`, once as it stands and once `--as-of 2021-12-31`:

    balance, balance --by cso, trial-balance, trial-balance --by cso, register Assets:Bank,
    report progress, report csos, report agreements, report counterparties, report provinces,
    report quarters, report aging

and checks, generically (nothing here knows a report's columns):
  - the output is strict JSON and validates against its schema (REPORT_SCHEMAS maps the report
    name to the file in schemas/); every report schema in schemas/ is used;
  - every table (the output itself for the ledger reports, each member of `tables` for the
    programme reports) has, in every row, the column keys in column order;
  - every table with totals foots: the rows are grouped by the table's leading dimension column
    (meta.by, for --by reports) and by its `currency` column if it has one (else everything is in
    the report's base currency, meta.currency); then, for each group, the matching total row
    exists (one per group), each "money" column of the rows adds up to the total to the cent
    (decimal.Decimal, each value with exactly its currency's scale), each "count" column adds up
    to the total (a null total means the count does not add up, as the schemas say), and each
    "running" column's last value is the total;
  - in a table with a `currency` column, a money column whose key ends in `_value` is in the
    report's base currency (meta.currency) whatever the row's currency: its cells have the base
    currency's scale, and a total row whose currency is "" is the total across currencies (one per
    leading dimension value, at most): each `_value` column of all the rows adds up to it, and
    its other money columns are "" (amounts in different currencies do not add up);
  - every trial balance, per CSO for --by cso, has debit total = credit total per currency;
  - the same commands with `--format table` and `--format csv` exit 0 and print something, and
    the CSV has, table by table, as many line, subtotal and total rows as the JSON.

Prints `N passed, M failed` last and exits 1 on any failure. Uses Debian's python3-jsonschema.
"""
import decimal
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal

from jsonschema import Draft202012Validator, RefResolver

from common import FORMATS, SCALE, Tally
from jsonschema.exceptions import SchemaError

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
EXAMPLE = ROOT / "examples" / "madani"
NOW = "2026-11-27T00:00:00Z"  # the clock of the golden tests (tests/cli/setup.sh)
AS_OF = "2021-12-31"

COMMANDS = (
    ["balance"],
    ["balance", "--by", "cso"],
    ["trial-balance"],
    ["trial-balance", "--by", "cso"],
    ["register", "Assets:Bank"],
    ["report", "progress"],
    ["report", "csos"],
    ["report", "agreements"],
    ["report", "counterparties"],
    ["report", "provinces"],
    ["report", "quarters"],
    ["report", "aging"],
)
# Report name (the output's "report") -> schema file in schemas/.
REPORT_SCHEMAS = {
    "balance": "report-balance.schema.json",
    "trial-balance": "report-trial-balance.schema.json",
    "register": "report-register.schema.json",
    "progress": "report-progress.schema.json",
    "csos": "report-csos.schema.json",
    "agreements": "report-agreements.schema.json",
    "counterparties": "report-counterparties.schema.json",
    "provinces": "report-provinces.schema.json",
    "quarters": "report-quarters.schema.json",
    "aging": "report-aging.schema.json",
}
TALLY = Tally()
check = TALLY.check


def load_validators():
    schemas = {p.name: json.loads(p.read_text()) for p in sorted(SCHEMAS.glob("*.schema.json"))}
    store = {s["$id"]: s for s in schemas.values()}
    validators = {}
    for file in set(REPORT_SCHEMAS.values()):
        if not check(f"schema {file} exists", file in schemas):
            continue
        try:
            Draft202012Validator.check_schema(schemas[file])
        except SchemaError as e:
            check(f"schema {file} is a valid draft 2020-12 schema", False, e.message)
            continue
        validators[file] = Draft202012Validator(schemas[file], resolver=RefResolver.from_schema(
            schemas[file], store=store), format_checker=FORMATS)
    # The reconciliation reports need statements: tests/schemas/reconcile_reports.py checks them.
    elsewhere = {"report-reconcile.schema.json", "report-proposals.schema.json", "report-unmatched.schema.json"}
    reports = {f for f in schemas if f.startswith("report-") and f != "report-table.schema.json"} - elsewhere
    check("every report schema in schemas/ is checked here", reports == set(REPORT_SCHEMAS.values()),
          f"not checked: {sorted(reports - set(REPORT_SCHEMAS.values()))}")
    return validators


def parse_json(text):
    def no_duplicates(pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError(f"duplicate member in {keys}")
        return dict(pairs)

    def no_constant(name):
        raise ValueError(f"non-standard JSON constant {name}")

    return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)


# ------------------------------------------------------------------------------------- the CLI

def fundledger(binary, journal, *args):
    return subprocess.run([binary, "-f", str(journal), *args], capture_output=True, text=True,
                          env={**os.environ, "FUNDLEDGER_NOW": NOW})


def build_journal(binary, work):
    journal = work / "madani.jsonl"
    for args in (["init", "--ledger-id", "madani", "--target", "700000"], ["import", str(EXAMPLE)]):
        r = fundledger(binary, journal, *args)
        if not check(f"madani: {args[0]}", r.returncode == 0, f"exit {r.returncode}: {r.stderr.strip()}"):
            return None
    return journal


# ------------------------------------------------------------------------------------- footing

def money(text, currency, name):
    """A Decimal from a money string, checking it has exactly the currency's scale."""
    scale = SCALE.get(currency)
    pattern = r"-?(0|[1-9][0-9]*)" + (r"\.[0-9]{%d}" % scale if scale else "")
    ok = (isinstance(text, str) and scale is not None and re.fullmatch(pattern, text) is not None
          and not re.fullmatch(r"-0(\.0+)?", text))
    if not ok:
        check(f"{name}: {text!r} has the {currency} scale ({scale})", False)
        return Decimal(0)
    return Decimal(text)


def check_shape(table, name):
    keys = [c["key"] for c in table["columns"]]
    bad = [f"{part}[{i}] keys {list(row)}" for part in ("rows", "subtotals", "totals")
           for i, row in enumerate(table[part]) if list(row) != keys]
    check(f"{name}: every row has the column keys in column order", not bad, "; ".join(bad[:3]))
    return not bad


def foot(table, name, base_currency):
    """Rows add up to the totals, per (leading dimension value, currency); returns the totals."""
    types = {c["key"]: c["type"] for c in table["columns"]}
    dim = table["meta"].get("by")
    if dim is not None:
        check(f"{name}: the leading column is the dimension {dim}",
              table["columns"][0]["key"] == dim, table["columns"][0]["key"])
    has_currency = "currency" in types
    # Columns in the base currency whatever the row's currency (a valuation of the row's amounts).
    valued = {col for col, t in types.items() if t == "money" and has_currency and col.endswith("_value")}

    def key(row):
        return (row.get(dim, "") if dim else "", row["currency"] if has_currency else base_currency)

    def scale_of(k, col):
        return base_currency if col in valued else k[1]

    if not table["totals"]:
        return {}  # a table without totals (such as progress-not-counted): nothing to foot
    sums = defaultdict(lambda: defaultdict(Decimal))
    across = defaultdict(lambda: defaultdict(Decimal))  # per leading dimension value: _value columns
    counts = defaultdict(lambda: defaultdict(int))
    last = defaultdict(dict)
    for i, row in enumerate(table["rows"]):
        k = key(row)
        for col, t in types.items():
            if t == "money":
                v = money(row[col], scale_of(k, col), f"{name} rows[{i}].{col}")
                sums[k][col] += v
                if col in valued:
                    across[k[0]][col] += v
            elif t == "count" and row[col] is not None:
                counts[k][col] += row[col]
            elif t == "running":
                last[k][col] = money(row[col], k[1], f"{name} rows[{i}].{col}")
    totals = {}
    for i, row in enumerate(table["totals"]):
        k = key(row)
        if has_currency and k[1] == "" and valued:  # the total across currencies
            label = "/".join(x for x in (k[0], "all currencies") if x)
            check(f"{name}: one total across currencies{' per ' + dim if dim else ''}", k not in totals, k)
            totals[k] = row
            for col in sorted(c for c, t in types.items() if t == "money"):
                if col not in valued:
                    check(f"{name}: {col} is empty in the total across currencies", row[col] == "", row[col])
                    continue
                got = money(row[col], base_currency, f"{name} total {label}.{col}")
                want = across[k[0]][col]
                check(f"{name}: {col} foots across currencies for {label}", got == want,
                      f"rows add up to {want}, total says {got}")
            continue
        check(f"{name}: one total per {'(' + dim + ', currency)' if dim else 'currency'}",
              k not in totals, k)
        totals[k] = row
    groups = set(sums) | set(counts) | set(last)
    check(f"{name}: a total for every group of rows", groups <= set(totals),
          f"no total for {sorted(groups - set(totals))}")
    for k, total in totals.items():
        if has_currency and k[1] == "" and valued:
            continue  # the total across currencies, checked above
        label = "/".join(x for x in k if x)
        for col, t in types.items():
            if t == "money":
                got = money(total[col], scale_of(k, col), f"{name} total {label}.{col}")
                want = sums[k][col]
                check(f"{name}: {col} foots for {label}", got == want,
                      f"rows add up to {want}, total says {got}")
            elif t == "count" and total[col] is not None:
                want = counts[k][col]
                check(f"{name}: {col} count foots for {label}", total[col] == want,
                      f"rows add up to {want}, total says {total[col]}")
            elif t == "running":
                got = money(total[col], k[1], f"{name} total {label}.{col}")
                want = last[k].get(col, Decimal(0))
                check(f"{name}: last {col} equals the total for {label}", got == want,
                      f"last row {want}, total {got}")
    return totals


def check_report(binary, validators, journal, args):
    name = " ".join(args)
    r = fundledger(binary, journal, *args, "--format", "json")
    if not check(f"{name}: exit 0", r.returncode == 0, f"exit {r.returncode}: {r.stderr.strip()}"):
        return
    try:
        report = parse_json(r.stdout)
    except ValueError as e:
        check(f"{name}: output is strict JSON", False, str(e))
        return
    schema = REPORT_SCHEMAS.get(report.get("report") if isinstance(report, dict) else None)
    if not check(f"{name}: a schema for report {report.get('report')!r}", schema in validators):
        return
    errors = sorted(validators[schema].iter_errors(report), key=lambda e: list(e.absolute_path))
    if not check(f"{name}: validates against {schema}", not errors,
                 "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
                           for e in errors[:3])):
        return
    tables = report["tables"] if "tables" in report else [report]
    base = report["meta"].get("currency")
    for i, table in enumerate(tables):
        tname = f"{name} [{table['report']}]" if "tables" in report else name
        if not check_shape(table, tname):
            continue
        totals = foot(table, tname, base)
        if table["report"] == "trial-balance":
            for k, t in totals.items():
                check(f"{tname}: debits equal credits for {'/'.join(x for x in k if x)}",
                      Decimal(t["debit"]) == Decimal(t["credit"]),
                      f"debit {t['debit']}, credit {t['credit']}")


def csv_row_kinds(text):
    """Per table of a CSV output (sections start with "# title"), the count of each row kind."""
    tables, current = [], None
    for line in text.splitlines():  # the CSV ends its lines with CRLF; text mode reads them as LF
        if not line:
            continue
        if line.startswith("# ") or current is None:
            current = defaultdict(int)
            tables.append(current)
            if line.startswith("# "):
                continue
        if line.startswith("row,"):
            continue
        current[line.split(",", 1)[0]] += 1
    return [dict(t) for t in tables]


def check_formats(binary, journal, args):
    """The table and CSV renderings run, and the CSV holds the rows of the JSON, table by table."""
    name = " ".join(args)
    outputs = {}
    for fmt in ("table", "csv", "json"):
        r = fundledger(binary, journal, *args, "--format", fmt)
        if not check(f"{name} --format {fmt}: exit 0 with output", r.returncode == 0 and r.stdout,
                     f"exit {r.returncode}: {r.stderr.strip()}"):
            return
        outputs[fmt] = r.stdout
    try:
        report = parse_json(outputs["json"])
    except ValueError:
        return  # check_report says so
    tables = report["tables"] if isinstance(report, dict) and "tables" in report else [report]
    want = [{k: v for k, v in (("line", len(t["rows"])), ("subtotal", len(t["subtotals"])),
                                ("total", len(t["totals"]))) if v} for t in tables]
    got = csv_row_kinds(outputs["csv"])
    check(f"{name}: the CSV has the rows of the JSON, table by table", got == want, f"csv {got}, json {want}")


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    binary = str(pathlib.Path(argv[1]).resolve())
    validators = load_validators()
    with tempfile.TemporaryDirectory(prefix="fundledger-every-report-") as tmp:
        journal = build_journal(binary, pathlib.Path(tmp))
        if journal is not None:
            for command in COMMANDS:
                for extra in ([], ["--as-of", AS_OF]):
                    check_report(binary, validators, journal, command + extra)
                    check_formats(binary, journal, command + extra)
    return TALLY.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
