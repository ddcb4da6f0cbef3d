#!/usr/bin/python3
"""Validates every bank statement mapping file (mappings/*.json, and any JSON file under
examples/ whose "$schema" names the mapping schema) against schemas/statement-mapping.schema.json.

Usage (from the repository root):

    /usr/bin/python3 tests/schemas/validate_mappings.py

Checks, each counted as passed or failed:
  - the schema is a valid draft 2020-12 schema;
  - there are mapping files in mappings/, and every mapping file is JSON that validates;
  - every mapping's name is unique;
  - damaged copies of the shipped mappings (mutants: a missing required member, an unknown
    member, a wrong amount style, a negative column, a marker column that the style forbids,
    a missing marker list, an unknown key field, a bad number mark pair, a bad BOM value) are
    rejected, so the schema does not accept everything.

Prints `N passed, M failed` last and exits 1 on any failure. Uses Debian's python3-jsonschema.
"""
import copy
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from common import Tally  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]


def mutants(mapping):
    """(name, damaged copy) pairs the schema must reject."""
    out = []

    def mutant(name, change):
        m = copy.deepcopy(mapping)
        change(m)
        out.append((name, m))

    mutant("no name", lambda m: m.pop("name"))
    mutant("no header", lambda m: m.pop("header"))
    mutant("no columns", lambda m: m.pop("columns"))
    mutant("no dates", lambda m: m.pop("dates"))
    mutant("version 2", lambda m: m.__setitem__("mapping_version", 2))
    mutant("unknown member", lambda m: m.__setitem__("colums", {}))
    mutant("unknown style", lambda m: m["amount"].__setitem__("style", "dr_cr"))
    mutant("negative column", lambda m: m["columns"].__setitem__("date", -1))
    mutant("column as text", lambda m: m["columns"].__setitem__("date", "0"))
    mutant("no date column", lambda m: m["columns"].pop("date"))
    mutant("header with cells and regex", lambda m: m["header"].update({"cells": ["a"], "regex": "^a"}))
    mutant("empty date formats", lambda m: m["dates"].__setitem__("formats", []))
    mutant("date format without a day", lambda m: m["dates"].__setitem__("formats", ["MM/YYYY"]))
    mutant("bad bom", lambda m: m.setdefault("csv", {}).__setitem__("bom", "maybe"))
    mutant("two-character delimiter", lambda m: m.setdefault("csv", {}).__setitem__("delimiter", ",,"))
    mutant("same decimal and thousands", lambda m: m.__setitem__("numbers", {"decimal": ".", "thousands": "."}))
    mutant("unknown key field", lambda m: m.__setitem__(
        "trailer", [{"regex": "^Saldo Awal,=,(.*)", "fields": ["saldo_awal"]}]))
    mutant("key row without fields", lambda m: m.__setitem__("preamble", [{"regex": "^x"}]))
    mutant("pending without value", lambda m: m.__setitem__("pending", {"column": 0}))
    style = mapping["amount"]["style"]
    if style in ("marker_column", "marker_suffix"):
        mutant("no credit markers", lambda m: m["amount"].pop("credit"))
        mutant("marker with a space", lambda m: m["amount"].__setitem__("debit", [" DB"]))
    if style == "marker_column":
        mutant("no marker column", lambda m: m["columns"].pop("marker"))
    if style == "marker_suffix":
        mutant("marker column with suffix style", lambda m: m["columns"].__setitem__("marker", 9))
    if style == "debit_credit":
        mutant("no credit column", lambda m: m["columns"].pop("credit"))
        mutant("amount column with debit_credit", lambda m: m["columns"].__setitem__("amount", 9))
    return out


def main():
    tally = Tally()
    schema_path = ROOT / "schemas" / "statement-mapping.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    try:
        Draft202012Validator.check_schema(schema)
        tally.check("schema is valid draft 2020-12", True)
    except Exception as e:  # noqa: BLE001 - any failure is the finding
        tally.check("schema is valid draft 2020-12", False, str(e))
        return tally.summary()
    validator = Draft202012Validator(schema)
    files = sorted((ROOT / "mappings").glob("*.json"))
    tally.check("mappings/ holds mapping files", len(files) >= 4, f"found {len(files)}")
    # Mapping files kept elsewhere (an example's own bank layout) name the schema in "$schema".
    for path in sorted((ROOT / "examples").rglob("*.json")):
        try:
            declared = json.loads(path.read_text(encoding="utf-8")).get("$schema", "")
        except (ValueError, AttributeError):
            continue
        if isinstance(declared, str) and declared.endswith("statement-mapping.schema.json"):
            files.append(path)
    names = {}
    for path in files:
        rel = path.relative_to(ROOT)
        try:
            mapping = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as e:
            tally.check(f"{rel} is JSON", False, str(e))
            continue
        errors = sorted(validator.iter_errors(mapping), key=lambda e: list(e.path))
        tally.check(f"{rel} validates", not errors,
                    "; ".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors))
        name = mapping.get("name")
        tally.check(f"{rel} has a unique name", name not in names,
                    f"{name!r} is also the name of {names.get(name)}")
        names[name] = rel
        for label, damaged in mutants(mapping):
            tally.check(f"{rel} mutant '{label}' is rejected", not validator.is_valid(damaged))
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main())
