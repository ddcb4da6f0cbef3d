"""Checks that amounts outside money/ are Money, not raw 128-bit integers.

Modules listed in TYPED hold no `Int128`: their sums and differences go through Money's checked
arithmetic (an overflow is an error, never an abort) and their products through money/wide.hpp.
A module joins the list once its conversion is done. The modules left out are money/ itself,
store/, time/ and base/ (which hold no amounts), and io/, whose codecs turn text into values: a
codec may hold the integer it reads before it makes a Money of it. io/ joins the list, less its
codec files, once the records its statement reader returns and its statement checks carry Money
(not done yet: StatementRow and Statement still hold minor units).

Usage: check_no_raw_int128.py [LEDGER_DIR]   (defaults to ledger)
Prints `N passed, M failed` and exits non-zero on any failure.
"""
import pathlib
import re
import sys

TYPED = ["journal", "reports", "engine", "app", "cli"]
RAW = re.compile(r"\bInt128\b")


def main(root):
    root = pathlib.Path(root)
    passed = failed = 0
    for module in TYPED:
        for path in sorted((root / module).rglob("*.[ch]pp")):
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if RAW.search(line):
                    print(f"{path}:{number}: error: raw Int128 in {module}/ (use Money): {line.strip()}")
                    failed += 1
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "ledger"))
