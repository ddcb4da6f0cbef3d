"""Checks that ids in the signatures of engine/, app/ and reports/ are strong types, not text.

Rule: no function declared in a header of ledger/engine, ledger/app or ledger/reports takes two
adjacent parameters that are both text (`std::string`, `const std::string&`, `std::string&&`,
`std::string_view`, `const std::string_view&`) and both named as ids: a name that is, or ends in
`_` followed by, one of cso, agreement, party, tranche, receipt, bank_account, line, event,
counterparty, id. Such a pair can be swapped without the compiler noticing; the types of
journal/ids.hpp (PartyId, AgreementId, TrancheId, ReceiptId, BankAccountId, StatementLineId,
EventId) make the swap a compile error. A single text id (an event's id, which Transaction still
holds as text) is allowed.

Every parenthesised list in a header is read as a parameter list (comments removed, split at
commas outside <>, (), {}, a default value dropped); calls inside inline bodies never match the
`type name` shape, so they pass.

Usage: check_typed_ids.py [LEDGER_DIR]   (defaults to ledger)
Prints `N passed, M failed` and exits non-zero on any failure.
"""
import pathlib
import re
import sys

MODULES = ["engine", "app", "reports"]
ID_NAMES = ["cso", "agreement", "party", "tranche", "receipt", "bank_account", "line", "event", "counterparty", "id"]
TEXT_PARAM = re.compile(
    r"^(?:const\s+)?std::(?:string|string_view)\s*(?:&&|&)?\s*(?P<name>[A-Za-z_]\w*)$")
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
CALL = re.compile(r"\b[A-Za-z_]\w*\s*\(")


def id_like(name):
    return any(name == n or name.endswith("_" + n) for n in ID_NAMES)


def closing(text, open_at):
    """The index of the parenthesis closing the one at `open_at`, or -1."""
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def split_top_level(params):
    out, depth, start = [], 0, 0
    for i, ch in enumerate(params):
        if ch in "<({[":
            depth += 1
        elif ch in ">)}]":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(params[start:i])
            start = i + 1
    out.append(params[start:])
    return [p.split("=", 1)[0].strip() for p in out]


def text_id(param):
    m = TEXT_PARAM.match(" ".join(param.split()))
    return m is not None and id_like(m.group("name"))


def violations(text):
    """(line number, parameter pair) for each pair of adjacent text ids in `text`."""
    text = COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    found = []
    for m in CALL.finditer(text):
        open_at = m.end() - 1
        end = closing(text, open_at)
        if end < 0:
            continue
        params = split_top_level(text[open_at + 1:end])
        for a, b in zip(params, params[1:]):
            if text_id(a) and text_id(b):
                found.append((text.count("\n", 0, open_at) + 1, f"{' '.join(a.split())}, {' '.join(b.split())}"))
    return found


def main(root):
    root = pathlib.Path(root)
    passed = failed = 0
    for module in MODULES:
        for path in sorted((root / module).rglob("*.hpp")):
            bad = violations(path.read_text())
            for number, pair in bad:
                print(f"{path}:{number}: error: adjacent text ids ({pair}): use the types of journal/ids.hpp")
            failed += len(bad)
            passed += 0 if bad else 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "ledger"))
