"""Cross-checks fundledger's balances with the real ledger-cli, hledger and beancount.

For each journal, `fundledger export` writes ledger-cli text (which hledger also reads) and
beancount text; each peer tool computes balances from that text alone, and every account and
currency must match `fundledger balance --format json` to the cent. Runs with Debian's python3
(beancount's Python package comes with the `beancount` Debian package).
Prints `N passed, M failed`; exits non-zero on any disagreement.
"""
import collections
import csv
import decimal
import io
import json
import pathlib
import subprocess
import sys
import tempfile

D = decimal.Decimal


def run(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


def ours(fl, journal):
    report = json.loads(run(fl, "-f", journal, "balance", "--format", "json"))
    return {(r["account"], r["currency"]): D(r["amount"]) for r in report["rows"]}


def parse_amounts(text):
    """'-15620000.00 IDR, 1000.00 USD' -> {'IDR': D('-15620000.00'), 'USD': D('1000.00')}"""
    out = {}
    for part in text.replace("\n", ",").split(","):
        part = part.strip()
        if not part or part == "0":
            continue
        number, currency = part.split()
        out[currency] = D(number)
    return out


def ledger_cli(ledger_file):
    text = run("ledger", "-f", ledger_file, "balance", "--flat", "--no-total", "--empty",
               "--format", "%(account)\t%(display_total)\n")
    sums, account = {}, None
    for line in text.splitlines():
        if "\t" in line:
            account, amounts = line.split("\t", 1)
        else:
            amounts = line  # a further commodity of the same account
        for currency, number in parse_amounts(amounts).items():
            sums[(account, currency)] = number
    return sums


def hledger(ledger_file):
    text = run("hledger", "-f", ledger_file, "balance", "--flat", "--empty", "-O", "csv")
    sums = {}
    for row in list(csv.reader(io.StringIO(text)))[1:]:
        if row[0] == "total":
            continue
        for currency, number in parse_amounts(row[1]).items():
            sums[(row[0], currency)] = number
    return sums


def beancount(bean_file):
    run("bean-check", "--no-cache", bean_file)
    from beancount import loader
    from beancount.core import data
    entries, errors, _ = loader.load_file(bean_file)
    if errors:
        raise RuntimeError(f"beancount reported {len(errors)} error(s): {errors[0]}")
    sums = collections.defaultdict(D)
    for entry in entries:
        if isinstance(entry, data.Transaction):
            for p in entry.postings:
                sums[(p.account, p.units.currency)] += p.units.number
    return dict(sums)


def nonzero(sums):
    return {k: v for k, v in sums.items() if v != 0}


def journals(fl, tmp):
    root = pathlib.Path(__file__).resolve().parents[2]
    yield root / "examples" / "small" / "journal.jsonl"
    for path in sorted((root / "examples").rglob("journal.jsonl")):
        if path.parent.name != "small":
            yield path
    generated = tmp / "generated.jsonl"
    run(sys.executable, str(root / "bench" / "gen_journal.py"), "--n", "3000", "--seed", "11",
        "--out", str(generated))
    yield generated


def main(fl):
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for journal in journals(fl, tmp):
            expected = ours(fl, str(journal))
            ledger_file = tmp / "export.ledger"
            bean_file = tmp / "export.beancount"
            ledger_file.write_text(run(fl, "-f", str(journal), "export", "--format", "ledger"))
            bean_file.write_text(run(fl, "-f", str(journal), "export", "--format", "beancount"))
            for name, peer, source in (("ledger-cli", ledger_cli, ledger_file),
                                       ("hledger", hledger, ledger_file),
                                       ("beancount", beancount, bean_file)):
                try:
                    got = peer(str(source))
                except Exception as e:  # a peer refusing our export is a failure too
                    print(f"FAIL {journal.name}: {name} could not read the export: {e}")
                    failed += 1
                    continue
                if nonzero(got) == nonzero(expected):
                    print(f"ok   {journal.name}: {name} agrees on {len(nonzero(expected))} balances")
                    passed += 1
                else:
                    failed += 1
                    diff = set(nonzero(got).items()) ^ set(nonzero(expected).items())
                    print(f"FAIL {journal.name}: {name} disagrees: {sorted(diff)[:10]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
