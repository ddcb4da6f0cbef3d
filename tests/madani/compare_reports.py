"""The engine's reports against an independent recomputation, to the cent.

Builds the example's journal with the real tool (init + import of examples/madani), runs
`report progress` and `report csos` in JSON, and compares them with tests/madani/recompute.py,
which reads the CSV files alone and shares no code with the engine: committed USD in total, by
counterparty kind and per CSO, counted agreements, CSOs mobilised, and the agreements that do
not count. Prints `N passed, M failed`.
Usage: compare_reports.py PATH/TO/fundledger
"""
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]


def run(*args, env=None):
    return subprocess.run(args, check=True, capture_output=True, text=True, env=env).stdout


def main(fl):
    expected = json.loads(run(sys.executable, str(ROOT / "tests/madani/recompute.py"), str(ROOT / "examples/madani")))
    with tempfile.TemporaryDirectory() as tmp:
        journal = str(pathlib.Path(tmp) / "m.jsonl")
        env = {"FUNDLEDGER_NOW": "2026-11-27T00:00:00Z", "PATH": "/usr/bin:/bin"}
        run(fl, "-f", journal, "init", "--ledger-id", "madani", "--target", "700000", env=env)
        run(fl, "-f", journal, "import", str(ROOT / "examples/madani"), env=env)
        progress = json.loads(run(fl, "-f", journal, "report", "progress", "--format", "json"))
        csos = json.loads(run(fl, "-f", journal, "report", "csos", "--format", "json"))
        provinces = json.loads(run(fl, "-f", journal, "report", "provinces", "--format", "json"))
    checks = []

    def same(what, ours, theirs):
        checks.append((what, ours == theirs, ours, theirs))

    meta = progress["meta"]
    same("committed USD total", meta["committed"], expected["committed_usd_total"])
    same("counted agreements", int(meta["counted_agreements"]), expected["counted_agreements"])
    same("CSOs mobilised", int(meta["csos_mobilised"]), expected["csos_mobilised"])
    same("CSOs", int(meta["csos"]), expected["csos_total"])
    by_kind = {r["kind"]: r for r in progress["tables"][0]["rows"]}
    for kind, figures in expected["by_kind"].items():
        same(f"{kind}: agreements", by_kind[kind]["agreements"], figures["count"])
        same(f"{kind}: committed USD", by_kind[kind]["committed"], figures["usd"])
    apart = {r["agreement"] for r in progress["tables"][1]["rows"]}
    same("agreements that do not count", sorted(apart), sorted(a["agreement"] for a in expected["not_counted"]))
    ours = {r["cso"]: r for r in csos["tables"][0]["rows"]}
    same("CSOs listed", sorted(ours), sorted(c["id"] for c in expected["per_cso"]))
    for c in expected["per_cso"]:
        row = ours.get(c["id"], {})
        same(f"{c['id']}: counted agreements", row.get("agreements"), c["counted"])
        same(f"{c['id']}: committed USD", row.get("committed"), c["committed_usd"])
        same(f"{c['id']}: mobilised", row.get("mobilised"), "yes" if c["mobilised"] else "no")
    by_province = {r["province"]: r for r in provinces["tables"][0]["rows"]}
    same("provinces listed", sorted(by_province), sorted(expected["by_province"]))
    for name, p in expected["by_province"].items():
        row = by_province.get(name, {})
        same(f"{name}: CSOs", row.get("csos"), p["csos"])
        same(f"{name}: CSOs mobilised", row.get("csos_mobilised"), p["mobilised"])
        same(f"{name}: counted agreements", row.get("agreements"), p["counted"])
        same(f"{name}: committed USD", row.get("committed"), p["usd"])
    failed = [c for c in checks if not c[1]]
    for what, _, mine, theirs in failed:
        print(f"FAIL {what}: report says {mine!r}, recomputation says {theirs!r}")
    print(f"{len(checks) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
