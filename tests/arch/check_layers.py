"""Checks the include direction of DESIGN §4 and which module may include which library.

    cli -> app -> reports -> engine -> journal -> money, time -> base
    cli -> reports, base
           app -> io -> journal
           app -> store -> base

A module may include its own headers and those of any module below it (the closure of the
arrows), except the command line: cli talks only to app and reports (and base, for errors and
results), so whatever it needs of the modules below them is an app function.
Boost.Multiprecision is included only by money/, date/ only by time/, simdjson, nlohmann/json,
valijson and RE2 only by io/, OpenSSL only by store/, CLI11 and spdlog only by cli/.
Prints `N passed, M failed` and exits non-zero on any violation.
"""
import pathlib
import re
import sys

ARROWS = {
    "cli": {"app", "reports", "base"},
    "app": {"reports", "io", "store"},
    "reports": {"engine"},
    "engine": {"journal"},
    "io": {"journal"},
    "journal": {"money", "time"},
    "money": {"base"},
    "time": {"base"},
    "store": {"base"},
    "base": set(),
}
# Modules that may include only the modules their arrows name (and their own), not the closure.
DIRECT_ONLY = {"cli"}
LIBRARIES = {
    "boost/multiprecision": "money",
    "date/": "time",
    "simdjson": "io",
    "nlohmann/": "io",
    "openssl/": "store",
    "re2/": "io",
    "valijson/": "io",
    "CLI/": "cli",
    "spdlog/": "cli",
}


def below(module):
    if module in DIRECT_ONLY:
        return ARROWS[module] | {module}
    seen, todo = set(), [module]
    while todo:
        for nxt in ARROWS[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen | {module}


def main(root):
    root = pathlib.Path(root)
    include = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
    passed = failed = 0
    for path in sorted(root.rglob("*.[ch]pp")):
        module = path.relative_to(root).parts[0]
        if module not in ARROWS:
            print(f"{path}: error: module {module!r} is not in the layering")
            failed += 1
            continue
        allowed = below(module)
        for target in include.findall(path.read_text()):
            head = target.split("/")[0]
            if head in ARROWS and head not in allowed:
                print(f"{path}: error: {module} may not include {target}")
                failed += 1
                continue
            for prefix, owner in LIBRARIES.items():
                if target.startswith(prefix) and module != owner:
                    print(f"{path}: error: only {owner}/ may include {target}")
                    failed += 1
                    break
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "ledger"))
