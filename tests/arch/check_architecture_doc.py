"""Checks that docs/architecture.md describes the code as it is.

- every folder of ledger/ has a row in the module table, and every row names a folder that exists;
- every file the document names in backticks exists: a path (`io/canonical.cpp`,
  `tests/arch/check_layers.py`) relative to the repository or to ledger/; a bare file name
  (`programme.cpp`) in the module's own folder when it appears in that module's row, anywhere
  under ledger/ otherwise;
- the arrows drawn in the document are exactly the arrows tests/arch/check_layers.py enforces.

Usage: check_architecture_doc.py [ROOT]   (ROOT defaults to the current directory)
Prints `N passed, M failed` and exits non-zero on any failure.
"""
import pathlib
import re
import sys

FILE = re.compile(r"^[\w./-]+\.(cpp|hpp|py|md|json|sh|t|txt|in)$")


def arrows_in_doc(text):
    """Edges of the chains drawn in the first fenced block that holds an arrow."""
    edges = {}
    for block in re.findall(r"```\n(.*?)```", text, re.S):
        if "→" not in block:
            continue
        for line in block.splitlines():
            parts = [p.strip() for p in line.split("→")]
            for left, right in zip(parts, parts[1:]):
                for a in (m.strip() for m in left.split(",")):
                    edges.setdefault(a, set()).update(m.strip() for m in right.split(","))
        break
    return edges


def module_rows(text):
    rows = {}
    for line in text.splitlines():
        m = re.match(r"^\|\s*`([a-z]+)`\s*\|", line)
        if m:
            rows[m.group(1)] = line
    return rows


def main(root):
    root = pathlib.Path(root)
    doc = (root / "docs/architecture.md").read_text()
    ledger = root / "ledger"
    passed = failed = 0

    def check(ok, message):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"docs/architecture.md: error: {message}")

    folders = {p.name for p in ledger.iterdir() if p.is_dir()}
    rows = module_rows(doc)
    for folder in sorted(folders):
        check(folder in rows, f"module ledger/{folder}/ has no row in the module table")
    for module in sorted(rows):
        check(module in folders, f"the module table names `{module}`, but ledger/{module}/ does not exist")

    row_of = {}
    for module, line in rows.items():
        for name in re.findall(r"`([^`]+)`", line):
            row_of.setdefault(name, module)
    all_files = {p.name for p in ledger.rglob("*") if p.is_file()}
    for name in sorted(set(re.findall(r"`([^`\s]+)`", doc))):
        if not FILE.match(name):
            continue
        if "/" in name:
            ok = (root / name).exists() or (ledger / name).exists()
            check(ok, f"names `{name}`, which does not exist")
        elif name in row_of:
            module = row_of[name]
            ok = any(p.is_file() for p in (ledger / module).rglob(name))
            check(ok, f"the `{module}` row names `{name}`, which is not in ledger/{module}/")
        else:
            check(name in all_files, f"names `{name}`, which is nowhere under ledger/")

    sys.path.insert(0, str(root / "tests/arch"))
    import check_layers  # noqa: E402  (the enforced arrows)

    drawn = arrows_in_doc(doc)
    enforced = {m: set(t) for m, t in check_layers.ARROWS.items() if t}
    check(drawn == enforced,
          f"the arrows drawn ({sorted((a, sorted(b)) for a, b in drawn.items())}) are not the "
          f"arrows tests/arch/check_layers.py enforces "
          f"({sorted((a, sorted(b)) for a, b in enforced.items())})")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
