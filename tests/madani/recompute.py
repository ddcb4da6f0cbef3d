#!/usr/bin/env python3
"""Recompute the reference figures of examples/madani from its CSV files alone.

Independent of fundledger and of the example's generator: written from docs/format/csv.md and
the valuation rules of the design brief, using Python's standard library only and no binary
floating point (amounts are integers of minor units; conversions are exact fractions).

    /usr/bin/python3 tests/madani/recompute.py [DIR] [--as-of YYYY-MM-DD] [--rate-age-days N]

DIR defaults to examples/madani next to this repository's tests. Prints one JSON object on
stdout. Any invalid input (unknown id, schedule that does not sum to the amount, a valuation
date with no rate at most N days old, a bad number, ...) is reported on stderr as
`file:line:col: error: message`, all of them at once, and the exit status is 1.

Rules applied (DESIGN.md §2, "What counts", "USD valuation", "Exchange rates"):

- An agreement counts when it is signed (on or before the as-of date), unconditional or its
  condition met (a `condition-met` change on or before the as-of date), not wholly cancelled,
  `counts_as` = leverage, and its counterparty is not the donor.
- Its committed USD is the sum of its valued events, each converted once and rounded once,
  half to even, to cents: the signing amount at the signing-date rate; each amendment at the
  amendment date's rate; each cancellation, negatively, at the signing-date rate (the rate of
  the commitment it reduces). A USD agreement's amounts are their own value. A conditional
  agreement is valued at its signing rate and counted from the date its condition is met.
- The rate for a date is the latest USD/IDR rate on or before it, at most N days old (N = 7).
- Totals are sums of the rounded per-agreement figures.
- Received, outstanding and overdue are in each agreement's own currency, over the counted
  cash agreements; in-kind agreements are shown apart (their delivery is not in these files).
"""
import argparse
import csv
import datetime as dt
import io
import json
import re
import sys
from fractions import Fraction
from pathlib import Path

SCALE = {"IDR": 2, "USD": 2}          # ISO 4217 minor units
ID_RE = re.compile(r"^[A-Za-z0-9._:/-]{1,128}$")
SEGMENT_RE = re.compile(r"^[A-Z0-9][A-Za-z0-9-]*$")
REGION_RE = re.compile(r"^\d{2}\.\d{2}$")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
PROVINCE_CODES = {"Banten": "36", "Jawa Barat": "32", "Jawa Tengah": "33", "Jawa Timur": "35",
                  "Sulawesi Selatan": "73", "Kalimantan Barat": "61"}
KINDS = ("cso", "government", "company", "philanthropy", "donor")
LEVELS = {"government": {"national", "provincial", "district", "village"},
          "company": {"private", "state-owned"},
          "philanthropy": {"foundation", "zakat", ""},
          "cso": {""}, "donor": {""}}
CHANGES = ("amend", "cancel", "condition-met", "condition-lapsed", "refund", "write-off")

COLUMNS = {
    "parties.csv": (["id", "kind", "name"], ["level", "district", "province", "region_code", "aliases"]),
    "bank_accounts.csv": (["id", "cso", "bank", "number", "currency", "account", "opened"], ["opening_balance"]),
    "rates.csv": (["date", "base", "quote", "value", "source"], []),
    "agreements.csv": (["id", "cso", "counterparty", "signed", "currency", "amount", "nature", "form",
                        "conditional", "counts_as"],
                       ["valuation_basis", "condition", "purpose", "restriction", "document_sha256"]),
    "schedule.csv": (["agreement", "tranche", "due", "amount"], []),
    "receipts.csv": (["id", "cso", "agreement", "date", "gross", "bank_account"],
                     ["bank_charges", "tax_withheld", "bank_reference", "allocation"]),
    "changes.csv": (["id", "agreement", "date", "change"], ["amount", "tranche", "bank_account", "note"]),
}


class Errors:
    def __init__(self):
        self.items = []

    def add(self, where, message):
        self.items.append(f"{where}: error: {message}")


ERR = Errors()


class Row(dict):
    """A CSV record: its cells by column name, and where each cell is in the file."""

    def __init__(self, fname, line, cells, header):
        super().__init__(zip(header, cells))
        self.fname, self.line, self.header = fname, line, header

    def at(self, column=None):
        col = self.header.index(column) + 1 if column in self.header else 1
        return f"{self.fname}:{self.line}:{col}"

    def get(self, k, default=""):
        v = super().get(k)
        return default if v is None else v


# --------------------------------------------------------------------------------------------
# Reading

def read_table(directory, fname):
    path = directory / fname
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        ERR.add(fname, "file not found")
        return None, []
    except UnicodeDecodeError:
        ERR.add(f"{fname}:1:1", "the file is not UTF-8 text")
        return None, []
    locale = None
    offset = 0
    if text.startswith("#"):
        first, _, rest = text.partition("\n")
        directive = first[1:].rstrip("\r").strip()
        m = re.fullmatch(r"number-locale:\s*(\S*)", directive)
        if not m or m.group(1) not in ("id", "en"):
            ERR.add(f"{fname}:1:1", "the only comment line understood is `# number-locale: id` or `en`")
            return None, []
        locale = m.group(1)
        text = rest
        offset = 1
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = []
    header = None
    required, optional = COLUMNS[fname]
    start = 1
    for cells in reader:
        line = start + offset
        start = reader.line_num + 1
        if header is None:
            header = cells
            for c in required:
                if c not in header:
                    ERR.add(f"{fname}:{line}:1", f"missing column `{c}`")
            for i, c in enumerate(header, 1):
                if c not in required and c not in optional:
                    ERR.add(f"{fname}:{line}:{i}", f"unknown column `{c}`")
            if len(set(header)) != len(header):
                ERR.add(f"{fname}:{line}:1", "a column is named twice")
            continue
        if cells == [] or cells == [""]:
            continue
        if len(cells) != len(header):
            ERR.add(f"{fname}:{line}:1", f"{len(cells)} fields, the header has {len(header)}")
            continue
        rows.append(Row(fname, line, cells, header))
    if header is None:
        ERR.add(f"{fname}:1:1", "no header row")
    return locale, rows


def plain(s, thousands, decimal):
    """'1.500.000,25' -> '1500000.25' in the locale given, or None if not a number there."""
    whole, sep, frac = s.partition(decimal)
    if not whole or (sep and not frac) or not frac.isdigit() and frac:
        return None
    if thousands in whole:
        groups = whole.split(thousands)
        if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]):
            return None
        whole = "".join(groups)
    if not whole.isdigit() or not whole.isascii():
        return None
    return whole + ("." + frac if frac else "")


def parse_amount(row, column, currency, locale, allow_negative=False, allow_zero=False):
    """Minor units of `currency` from a cell, or None (and an error) if it is not an amount."""
    text = row.get(column)
    where = row.at(column)
    if currency not in SCALE:
        ERR.add(where, f"unknown currency {currency!r}")
        return None
    s = text.strip()
    if not s:
        ERR.add(where, "empty amount")
        return None
    neg = False
    if s.startswith("-"):
        neg, s = True, s[1:]
    for prefix, code in (("Rp", "IDR"), ("US$", "USD"), ("$", "USD")):
        if s.startswith(prefix):
            if code != currency:
                ERR.add(where, f"{text!r} is written in {code} but the amount is in {currency}")
                return None
            s = s[len(prefix):].strip()
            break
    if not neg and s.startswith("-"):
        neg, s = True, s[1:]
    if neg and not allow_negative:
        ERR.add(where, f"{text!r} is negative; this column takes no negative amounts")
        return None
    en, id_ = plain(s, ",", "."), plain(s, ".", ",")
    if locale == "en":
        chosen = en
    elif locale == "id":
        chosen = id_
    elif en and id_ and en != id_:
        ERR.add(where, f"{text!r} is ambiguous ({en} in en, {id_} in id); declare the number locale")
        return None
    else:
        chosen = en or id_
    if chosen is None:
        ERR.add(where, f"{text!r} is not an amount" + (f" in the {locale} number locale" if locale else ""))
        return None
    whole, _, frac = chosen.partition(".")
    scale = SCALE[currency]
    if len(frac) > scale:
        ERR.add(where, f"{text!r} has more decimals than {currency} has ({scale})")
        return None
    minor = int(whole) * 10 ** scale + int((frac + "0" * scale)[:scale] or "0")
    if minor == 0 and not allow_zero:
        ERR.add(where, f"{text!r}: the amount must not be zero")
        return None
    return -minor if neg else minor


def parse_rate(row, locale):
    text = row.get("value").strip()
    s = plain(text, ",", ".") if locale in ("en", None) else plain(text, ".", ",")
    if locale is None and plain(text, ".", ",") not in (None, s):
        s = None
    if s is None or len(s.partition(".")[2]) > 12:
        ERR.add(row.at("value"), f"{text!r} is not a rate (up to 12 decimals)")
        return None
    value = Fraction(s)
    if value <= 0:
        ERR.add(row.at("value"), "a rate must be positive")
        return None
    return value


def parse_date(row, column):
    text = row.get(column)
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        ERR.add(row.at(column), f"{text!r} is not a date (YYYY-MM-DD)")
        return None


def check_id(row, column):
    v = row.get(column)
    if not ID_RE.match(v):
        ERR.add(row.at(column), f"{v!r} is not a valid id")
        return False
    return True


def fmt_minor(minor, currency):
    scale = SCALE[currency]
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10 ** scale)
    return f"{sign}{whole}.{frac:0{scale}d}"


def round_half_even(q):
    fl = q.numerator // q.denominator
    rem = q - fl
    if rem > Fraction(1, 2):
        return fl + 1
    if rem < Fraction(1, 2):
        return fl
    return fl + (fl % 2)


# --------------------------------------------------------------------------------------------
# The model

class Rates:
    def __init__(self, max_age):
        self.by_pair = {}
        self.max_age = max_age

    def add(self, base, quote, date, value):
        self.by_pair.setdefault((base, quote), {})[date] = value

    def idr_per_usd(self, currency, date):
        """(rate date, units of `currency` per USD) for `date`, or None."""
        for (base, quote), inverse in ((("USD", currency), False), ((currency, "USD"), True)):
            table = self.by_pair.get((base, quote))
            if not table:
                continue
            for back in range(self.max_age + 1):
                d = date - dt.timedelta(days=back)
                if d in table:
                    return d, (1 / table[d] if inverse else table[d])
        return None


def to_usd_cents(minor, currency, rate):
    if currency == "USD":
        return minor
    return round_half_even(Fraction(minor, 10 ** SCALE[currency]) * 100 / rate)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", default=str(Path(__file__).resolve().parents[2] / "examples" / "madani"))
    ap.add_argument("--as-of", default="2023-12-31")
    ap.add_argument("--rate-age-days", type=int, default=7)
    args = ap.parse_args(argv)
    directory = Path(args.dir)
    as_of = dt.date.fromisoformat(args.as_of)

    tables = {name: read_table(directory, name) for name in COLUMNS}
    if ERR.items:
        return fail()

    # ---- parties
    parties = {}
    for r in tables["parties.csv"][1]:
        if not check_id(r, "id"):
            continue
        if r["id"] in parties:
            ERR.add(r.at("id"), f"party {r['id']} is listed twice")
            continue
        kind, level = r["kind"], r.get("level")
        if kind not in KINDS:
            ERR.add(r.at("kind"), f"{kind!r} is not a party kind ({', '.join(KINDS)})")
            continue
        if level not in LEVELS[kind]:
            ERR.add(r.at("level"), f"{level!r} is not a level for {kind}")
        if not r["name"].strip():
            ERR.add(r.at("name"), "the name is empty")
        if kind == "cso":
            code, prov = r.get("region_code"), r.get("province")
            if not r.get("district").strip():
                ERR.add(r.at("district"), "a CSO needs its district")
            if not REGION_RE.match(code):
                ERR.add(r.at("region_code"), f"{code!r} is not a region code NN.NN")
            elif prov not in PROVINCE_CODES:
                ERR.add(r.at("province"), f"{prov!r} is not one of the programme's six provinces")
            elif not code.startswith(PROVINCE_CODES[prov] + "."):
                ERR.add(r.at("region_code"), f"{code} is not in {prov} ({PROVINCE_CODES[prov]}.xx)")
            elif not (r.get("district").startswith("Kabupaten ") and 1 <= int(code[3:]) <= 70
                      or r.get("district").startswith("Kota ") and int(code[3:]) >= 71):
                ERR.add(r.at("region_code"), f"{code} does not fit {r.get('district')!r} (kabupaten NN.01-, kota NN.71-)")
        elif any(r.get(c) for c in ("district", "province", "region_code")):
            ERR.add(r.at("district"), "only a CSO has a district, province and region code")
        parties[r["id"]] = r
    csos = {k: p for k, p in parties.items() if p["kind"] == "cso"}
    codes = [p.get("region_code") for p in csos.values()]
    for c in set(codes):
        if codes.count(c) > 1:
            ERR.add("parties.csv", f"region code {c} is used by more than one CSO")

    # ---- bank accounts
    accounts = {}
    acct_locale = tables["bank_accounts.csv"][0]
    ledger_accounts = set()
    for r in tables["bank_accounts.csv"][1]:
        if not check_id(r, "id"):
            continue
        if r["id"] in accounts:
            ERR.add(r.at("id"), f"bank account {r['id']} is listed twice")
            continue
        if r["cso"] not in csos:
            ERR.add(r.at("cso"), f"unknown CSO {r['cso']!r}")
        if r["currency"] not in SCALE:
            ERR.add(r.at("currency"), f"unknown currency {r['currency']!r}")
            continue
        segs = r["account"].split(":")
        if len(segs) < 3 or segs[:2] != ["Assets", "Bank"] or not all(SEGMENT_RE.match(s) for s in segs[2:]):
            ERR.add(r.at("account"), f"{r['account']!r} is not an Assets:Bank:<SEGMENT> account")
        if r["account"] in ledger_accounts:
            ERR.add(r.at("account"), f"ledger account {r['account']} is used by two bank accounts")
        ledger_accounts.add(r["account"])
        if not r["number"].strip():
            ERR.add(r.at("number"), "the account number is empty")
        opened = parse_date(r, "opened")
        opening = 0
        if r.get("opening_balance").strip():
            opening = parse_amount(r, "opening_balance", r["currency"], acct_locale, allow_zero=True) or 0
        accounts[r["id"]] = dict(row=r, cso=r["cso"], currency=r["currency"], opened=opened, opening=opening)

    # ---- rates
    rates = Rates(args.rate_age_days)
    rate_locale = tables["rates.csv"][0]
    seen = set()
    for r in tables["rates.csv"][1]:
        d = parse_date(r, "date")
        v = parse_rate(r, rate_locale)
        base, quote = r["base"], r["quote"]
        for c in ("base", "quote"):
            if r[c] not in SCALE:
                ERR.add(r.at(c), f"unknown currency {r[c]!r}")
        if not r["source"].strip():
            ERR.add(r.at("source"), "the source is empty")
        if d is None or v is None:
            continue
        if (base, quote, d) in seen:
            ERR.add(r.at("date"), f"a second {base}/{quote} rate for {d}")
            continue
        seen.add((base, quote, d))
        rates.add(base, quote, d, v)

    def rate_for(date, currency, where, what):
        if currency == "USD":
            return None, None
        got = rates.idr_per_usd(currency, date)
        if got is None:
            ERR.add(where, f"no USD/{currency} rate on or up to {args.rate_age_days} days before {date} ({what})")
            return None, None
        return got

    # ---- agreements
    ag_locale = tables["agreements.csv"][0]
    agreements = {}
    for r in tables["agreements.csv"][1]:
        if not check_id(r, "id"):
            continue
        if r["id"] in agreements:
            ERR.add(r.at("id"), f"agreement {r['id']} is listed twice")
            continue
        ok = True
        if r["cso"] not in csos:
            ERR.add(r.at("cso"), f"unknown CSO {r['cso']!r}")
            ok = False
        cp = parties.get(r["counterparty"])
        if cp is None:
            ERR.add(r.at("counterparty"), f"unknown party {r['counterparty']!r}")
            ok = False
        elif cp["kind"] == "cso":
            ERR.add(r.at("counterparty"), f"{r['counterparty']} is a CSO, not a counterparty")
            ok = False
        signed = parse_date(r, "signed")
        cur = r["currency"]
        amount = parse_amount(r, "amount", cur, ag_locale)
        for col, allowed in (("nature", ("contribution", "exchange")), ("form", ("cash", "in-kind")),
                             ("conditional", ("yes", "no")), ("counts_as", ("leverage", "cost-share"))):
            if r[col] not in allowed:
                ERR.add(r.at(col), f"{r[col]!r} is not one of {', '.join(allowed)}")
                ok = False
        if r["form"] == "in-kind" and not r.get("valuation_basis").strip():
            ERR.add(r.at("form"), "an in-kind agreement needs its valuation_basis")
        if r["conditional"] == "yes" and not r.get("condition").strip():
            ERR.add(r.at("conditional"), "a conditional agreement needs its condition's text")
        if r["conditional"] == "no" and r.get("condition").strip():
            ERR.add(r.at("condition"), "an unconditional agreement has no condition")
        sha = r.get("document_sha256")
        if sha and not SHA_RE.match(sha):
            ERR.add(r.at("document_sha256"), "not a SHA-256 (64 lowercase hex digits)")
        if signed is None or amount is None or not ok:
            continue
        rd, rate = rate_for(signed, cur, r.at("signed"), f"signing of {r['id']}")
        agreements[r["id"]] = dict(
            id=r["id"], row=r, cso=r["cso"], counterparty=r["counterparty"], kind=cp["kind"], signed=signed,
            currency=cur, amount=amount, nature=r["nature"], form=r["form"], conditional=r["conditional"] == "yes",
            counts_as=r["counts_as"], sign_rate=rate, sign_rate_date=rd, tranches={}, order=[],
            events_usd=[], met=None, lapsed=None, amended=0, cancelled=0, written_off=0, paid_total=0,
            overpaid=0, refunded=0, clawback=0, receipts=[], changes=[])

    # ---- schedule
    sched_locale = tables["schedule.csv"][0]
    for r in tables["schedule.csv"][1]:
        a = agreements.get(r["agreement"])
        if a is None:
            ERR.add(r.at("agreement"), f"unknown agreement {r['agreement']!r}")
            continue
        if not check_id(r, "tranche"):
            continue
        t = r["tranche"]
        if t in a["tranches"]:
            ERR.add(r.at("tranche"), f"tranche {t} of {a['id']} is listed twice")
            continue
        due = parse_date(r, "due")
        amt = parse_amount(r, "amount", a["currency"], sched_locale)
        if due is None or amt is None:
            continue
        if due < a["signed"]:
            ERR.add(r.at("due"), f"tranche {t} of {a['id']} is due {due}, before the signing {a['signed']}")
        a["tranches"][t] = dict(id=t, due=due, amount=amt, paid=0, cancelled=0, written_off=0, row=r)
        a["order"].append(t)
    for a in agreements.values():
        total = sum(t["amount"] for t in a["tranches"].values())
        if not a["tranches"]:
            ERR.add(a["row"].at("id"), f"{a['id']} has no tranche schedule")
        elif total != a["amount"]:
            ERR.add(a["row"].at("amount"),
                    f"the tranches of {a['id']} sum to {fmt_minor(total, a['currency'])}, "
                    f"the agreement is {fmt_minor(a['amount'], a['currency'])}")

    # ---- events: changes and receipts
    events = []
    ids = set()
    ch_locale = tables["changes.csv"][0]
    for n, r in enumerate(tables["changes.csv"][1]):
        if not check_id(r, "id"):
            continue
        if r["id"] in ids:
            ERR.add(r.at("id"), f"event id {r['id']} is used twice")
            continue
        ids.add(r["id"])
        a = agreements.get(r["agreement"])
        if a is None:
            ERR.add(r.at("agreement"), f"unknown agreement {r['agreement']!r}")
            continue
        d = parse_date(r, "date")
        kind = r["change"]
        if kind not in CHANGES:
            ERR.add(r.at("change"), f"{kind!r} is not a change ({', '.join(CHANGES)})")
            continue
        if d is None:
            continue
        if d < a["signed"]:
            ERR.add(r.at("date"), f"{kind} of {a['id']} on {d}, before its signing {a['signed']}")
            continue
        amt = None
        if r.get("amount").strip():
            if kind in ("condition-met", "condition-lapsed"):
                ERR.add(r.at("amount"), f"a {kind} has no amount")
                continue
            amt = parse_amount(r, "amount", a["currency"], ch_locale, allow_negative=(kind == "amend"))
            if amt is None:
                continue
        elif kind in ("amend", "refund", "write-off"):
            ERR.add(r.at("amount"), f"a {kind} needs its amount")
            continue
        t = r.get("tranche")
        if t and t not in a["tranches"]:
            ERR.add(r.at("tranche"), f"{a['id']} has no tranche {t!r}")
            continue
        if t and kind not in ("amend", "cancel"):
            ERR.add(r.at("tranche"), f"a {kind} names no tranche")
            continue
        ba = r.get("bank_account")
        if kind == "refund":
            acct = accounts.get(ba)
            if acct is None:
                ERR.add(r.at("bank_account"), f"a refund needs a known bank account, not {ba!r}")
                continue
            if acct["cso"] != a["cso"] or acct["currency"] != a["currency"]:
                ERR.add(r.at("bank_account"), f"{ba} is not a {a['currency']} account of {a['cso']}")
                continue
        elif ba:
            ERR.add(r.at("bank_account"), f"a {kind} names no bank account")
            continue
        if kind in ("amend",):
            rate_for(d, a["currency"], r.at("date"), f"{kind} of {a['id']}")
        elif kind in ("condition-met", "cancel", "refund", "write-off"):
            rate_for(d, a["currency"], r.at("date"), f"{kind} of {a['id']}")
        events.append((d, 0, n, "change", r, a, amt))

    rc_locale = tables["receipts.csv"][0]
    for n, r in enumerate(tables["receipts.csv"][1]):
        if not check_id(r, "id"):
            continue
        if r["id"] in ids:
            ERR.add(r.at("id"), f"event id {r['id']} is used twice")
            continue
        ids.add(r["id"])
        a = agreements.get(r["agreement"])
        if a is None:
            ERR.add(r.at("agreement"), f"unknown agreement {r['agreement']!r}")
            continue
        if r["cso"] != a["cso"]:
            ERR.add(r.at("cso"), f"{r['cso']} received against {a['id']}, an agreement of {a['cso']}")
            continue
        if a["form"] == "in-kind":
            ERR.add(r.at("agreement"), f"{a['id']} is in kind: it is delivered, not paid")
            continue
        d = parse_date(r, "date")
        cur = a["currency"]
        gross = parse_amount(r, "gross", cur, rc_locale)
        charges = parse_amount(r, "bank_charges", cur, rc_locale, allow_zero=True) if r.get("bank_charges").strip() else 0
        tax = parse_amount(r, "tax_withheld", cur, rc_locale, allow_zero=True) if r.get("tax_withheld").strip() else 0
        acct = accounts.get(r["bank_account"])
        if acct is None:
            ERR.add(r.at("bank_account"), f"unknown bank account {r['bank_account']!r}")
            continue
        if acct["cso"] != a["cso"] or acct["currency"] != cur:
            ERR.add(r.at("bank_account"), f"{r['bank_account']} is not a {cur} account of {a['cso']}")
            continue
        if None in (d, gross, charges, tax):
            continue
        if d < a["signed"]:
            ERR.add(r.at("date"), f"receipt on {d}, before {a['id']} was signed ({a['signed']})")
            continue
        if acct["opened"] and d < acct["opened"]:
            ERR.add(r.at("date"), f"receipt on {d}, before {r['bank_account']} was opened")
        if charges + tax > gross:
            ERR.add(r.at("gross"), "deductions exceed the gross amount")
            continue
        alloc = None
        if r.get("allocation").strip():
            alloc = []
            for part in r["allocation"].split("|"):
                tr, sep, amt_text = part.partition(":")
                if not sep or tr not in a["tranches"]:
                    ERR.add(r.at("allocation"), f"{part!r}: not TRANCHE:AMOUNT of a tranche of {a['id']}")
                    alloc = None
                    break
                fake = Row(r.fname, r.line, [amt_text], ["allocation"])
                v = parse_amount(fake, "allocation", cur, rc_locale)
                if v is None:
                    alloc = None
                    break
                alloc.append((tr, v))
            if alloc is not None and sum(v for _, v in alloc) != gross:
                ERR.add(r.at("allocation"), "the allocation does not add up to the gross amount")
                alloc = None
            if alloc is None:
                continue
        rate_for(d, cur, r.at("date"), f"receipt {r['id']}")
        events.append((d, 1, n, "receipt", r, a, dict(gross=gross, charges=charges, tax=tax, alloc=alloc)))

    if ERR.items:
        return fail()

    # ---- replay, in date order (changes before receipts on the same day), up to the as-of date
    def outstanding(t):
        return t["amount"] - t["paid"] - t["cancelled"] - t["written_off"]

    def by_due(a):
        return sorted((a["tranches"][t] for t in a["order"]), key=lambda t: (t["due"], a["order"].index(t["id"])))

    for d, _, _, what, r, a, x in sorted(events, key=lambda e: e[:3]):
        if d > as_of or a["signed"] > as_of:
            continue
        cur = a["currency"]
        if what == "receipt":
            if x["alloc"] is None:        # oldest due first; the rest is an over-payment
                remaining = x["gross"]
                for t in by_due(a):
                    take = min(remaining, max(0, outstanding(t)))
                    t["paid"] += take
                    remaining -= take
                over = remaining
            else:                         # as allocated; beyond a tranche's outstanding: over-payment
                over = 0
                for tid, amt in x["alloc"]:
                    t = a["tranches"][tid]
                    take = min(amt, max(0, outstanding(t)))
                    t["paid"] += take
                    over += amt - take
            a["paid_total"] += x["gross"] - over
            a["overpaid"] += over
            a["receipts"].append(dict(id=r["id"], date=d, gross=x["gross"], charges=x["charges"], tax=x["tax"],
                                      overpaid=over))
            continue
        kind = r["change"]
        a["changes"].append(dict(id=r["id"], date=d, change=kind, amount=x))
        if kind == "amend":
            t = a["tranches"][r.get("tranche") or a["order"][-1]]
            if t["amount"] + x < t["paid"] + t["cancelled"] + t["written_off"]:
                ERR.add(r.at("amount"), f"the amendment takes tranche {t['id']} of {a['id']} below what was "
                                        "already received")
                continue
            t["amount"] += x
            a["amended"] += x
            rd, rate = rate_for(d, cur, r.at("date"), f"amend of {a['id']}")
            a["events_usd"].append(dict(event=r["id"], what="amend", date=d, amount=x, rate=rate, rate_date=rd,
                                        usd=to_usd_cents(x, cur, rate)))
        elif kind in ("cancel", "write-off"):
            field = "cancelled" if kind == "cancel" else "written_off"
            targets = [a["tranches"][r["tranche"]]] if r.get("tranche") else list(reversed(by_due(a)))
            avail = sum(outstanding(t) for t in targets)
            amt = avail if x is None else x
            if amt > avail or amt <= 0:
                ERR.add(r.at("amount"), f"{kind} of {fmt_minor(amt, cur)} {cur} on {a['id']}, but "
                                        f"{fmt_minor(avail, cur)} is outstanding")
                continue
            left = amt
            for t in targets:
                take = min(left, outstanding(t))
                t[field] += take
                left -= take
            a[field] += amt
            if kind == "cancel":
                a["events_usd"].append(dict(event=r["id"], what="cancel", date=d, amount=-amt, rate=a["sign_rate"],
                                            rate_date=a["sign_rate_date"],
                                            usd=-to_usd_cents(amt, cur, a["sign_rate"])))
        elif kind == "condition-met":
            if not a["conditional"] or a["met"] or a["lapsed"]:
                ERR.add(r.at("change"), f"{a['id']} has no open condition to meet")
                continue
            a["met"] = d
        elif kind == "condition-lapsed":
            if not a["conditional"] or a["met"] or a["lapsed"]:
                ERR.add(r.at("change"), f"{a['id']} has no open condition to lapse")
                continue
            a["lapsed"] = d
        elif kind == "refund":
            received = a["paid_total"] + a["overpaid"] - a["refunded"] - a["clawback"]
            if x > received:
                ERR.add(r.at("amount"), f"refund of {fmt_minor(x, cur)} {cur} exceeds what {a['id']} received")
                continue
            from_over = min(x, a["overpaid"] - a["refunded"])
            a["refunded"] += from_over
            a["clawback"] += x - from_over
    if ERR.items:
        return fail()

    # ---- what counts, and its USD value
    counted, apart = [], []
    for a in sorted(agreements.values(), key=lambda a: a["id"]):
        if a["signed"] > as_of:
            continue
        committed = a["amount"] + a["amended"] - a["cancelled"]
        a["committed"] = committed
        a["usd"] = to_usd_cents(a["amount"], a["currency"], a["sign_rate"]) + sum(e["usd"] for e in a["events_usd"])
        reason = None
        if a["kind"] == "donor":
            reason = "donor"
        elif a["counts_as"] != "leverage":
            reason = "cost-share"
        elif a["cancelled"] and committed == 0:
            reason = "cancelled"
        elif a["lapsed"]:
            reason = "condition-lapsed"
        elif a["conditional"] and not a["met"]:
            reason = "conditional-not-met"
        (apart if reason else counted).append(a)
        a["reason"] = reason

    def usd(c):
        return fmt_minor(c, "USD")

    total = sum(a["usd"] for a in counted)
    by_kind = {}
    for k in ("government", "company", "philanthropy"):
        sel = [a for a in counted if a["kind"] == k]
        by_kind[k] = dict(count=len(sel), usd=usd(sum(a["usd"] for a in sel)))
    by_cur = {}
    for a in counted:
        b = by_cur.setdefault(a["currency"], dict(count=0, committed=0, usd=0))
        b["count"] += 1
        b["committed"] += a["committed"]
        b["usd"] += a["usd"]
    by_province = {}
    per_cso = []
    for cid, p in sorted(csos.items(), key=lambda kv: kv[1].get("region_code")):
        sel = [a for a in counted if a["cso"] == cid]
        per_cso.append(dict(id=cid, name=p["name"], district=p.get("district"), province=p.get("province"),
                            region_code=p.get("region_code"), counted=len(sel),
                            committed_usd=usd(sum(a["usd"] for a in sel)), mobilised=bool(sel)))
        bp = by_province.setdefault(p.get("province"), dict(csos=0, mobilised=0, counted=0, usd=0))
        bp["csos"] += 1
        bp["mobilised"] += bool(sel)
        bp["counted"] += len(sel)
        bp["usd"] += sum(a["usd"] for a in sel)

    # ---- money in each agreement's currency (counted cash agreements), and overdue tranches
    money = {}
    overdue, not_yet_due = [], []
    for a in counted:
        if a["form"] != "cash":
            continue
        m = money.setdefault(a["currency"], dict(agreements=0, committed=0, received=0, overpaid=0, refunded=0,
                                                 written_off=0, outstanding=0, overdue=0, not_yet_due=0))
        m["agreements"] += 1
        m["committed"] += a["committed"]
        m["received"] += a["paid_total"]
        m["overpaid"] += a["overpaid"]
        m["refunded"] += a["refunded"]
        m["written_off"] += a["written_off"]
        for t in by_due(a):
            o = outstanding(t)
            m["outstanding"] += o
            if o and t["due"] < as_of:
                m["overdue"] += o
                overdue.append(dict(agreement=a["id"], cso=a["cso"], counterparty=a["counterparty"],
                                    tranche=t["id"], due=t["due"].isoformat(), currency=a["currency"],
                                    outstanding=fmt_minor(o, a["currency"]), days_overdue=(as_of - t["due"]).days))
            elif o:
                m["not_yet_due"] += o
                not_yet_due.append(dict(agreement=a["id"], cso=a["cso"], counterparty=a["counterparty"],
                                        tranche=t["id"], due=t["due"].isoformat(), currency=a["currency"],
                                        outstanding=fmt_minor(o, a["currency"])))
    for cur, m in money.items():
        assert m["committed"] == m["received"] + m["written_off"] + m["outstanding"], cur
    receipts_all = {}
    for a in agreements.values():
        for rc in a["receipts"]:
            b = receipts_all.setdefault(a["currency"], dict(receipts=0, gross=0, bank_charges=0, tax_withheld=0,
                                                            net_to_bank=0))
            b["receipts"] += 1
            b["gross"] += rc["gross"]
            b["bank_charges"] += rc["charges"]
            b["tax_withheld"] += rc["tax"]
            b["net_to_bank"] += rc["gross"] - rc["charges"] - rc["tax"]
    in_kind = [dict(agreement=a["id"], cso=a["cso"], counterparty=a["counterparty"], currency=a["currency"],
                    value=fmt_minor(a["committed"], a["currency"]), usd=usd(a["usd"]),
                    valuation_basis=a["row"].get("valuation_basis"))
               for a in counted if a["form"] == "in-kind"]

    def fmt_block(d, cur):
        return {k: (fmt_minor(v, cur) if k not in ("agreements", "receipts", "count") else v) for k, v in d.items()}

    def ids(pred):
        return [a["id"] for a in sorted(agreements.values(), key=lambda a: a["id"]) if pred(a)]

    out = dict(
        as_of=as_of.isoformat(),
        rate_age_days_max=args.rate_age_days,
        committed_usd_total=usd(total),
        counted_agreements=len(counted),
        by_kind=by_kind,
        by_currency={c: dict(count=b["count"], committed=fmt_minor(b["committed"], c), usd=usd(b["usd"]))
                     for c, b in sorted(by_cur.items())},
        csos_total=len(csos),
        csos_mobilised=sum(1 for c in per_cso if c["mobilised"]),
        csos_not_mobilised=[c["id"] for c in per_cso if not c["mobilised"]],
        signed_first=min(a["signed"] for a in counted).isoformat() if counted else None,
        signed_last=max(a["signed"] for a in counted).isoformat() if counted else None,
        by_province={p: dict(csos=b["csos"], mobilised=b["mobilised"], counted=b["counted"], usd=usd(b["usd"]))
                     for p, b in sorted(by_province.items())},
        per_cso=per_cso,
        money={c: fmt_block(m, c) for c, m in sorted(money.items())},
        receipts={c: fmt_block(b, c) for c, b in sorted(receipts_all.items())},
        overdue=sorted(overdue, key=lambda o: (o["due"], o["agreement"])),
        not_yet_due=sorted(not_yet_due, key=lambda o: (o["due"], o["agreement"])),
        in_kind=in_kind,
        not_counted=[dict(agreement=a["id"], cso=a["cso"], counterparty=a["counterparty"], kind=a["kind"],
                          currency=a["currency"], amount=fmt_minor(a["amount"], a["currency"]), reason=a["reason"])
                     for a in apart],
        cases=dict(
            amended=ids(lambda a: a["amended"] > 0),
            amended_down=ids(lambda a: a["amended"] < 0),
            partially_cancelled=ids(lambda a: a["cancelled"] and a["committed"] > 0),
            wholly_cancelled=ids(lambda a: a["cancelled"] and a["committed"] == 0),
            overpaid=ids(lambda a: a["overpaid"] > 0),
            refunded=ids(lambda a: a["refunded"] + a["clawback"] > 0),
            written_off=ids(lambda a: a["written_off"] > 0),
            in_kind=ids(lambda a: a["form"] == "in-kind"),
            exchange=ids(lambda a: a["nature"] == "exchange"),
            cost_share=ids(lambda a: a["counts_as"] == "cost-share"),
            condition_met=ids(lambda a: a["conditional"] and a["met"]),
            condition_not_met=ids(lambda a: a["conditional"] and not a["met"] and not a["lapsed"]),
            condition_lapsed=ids(lambda a: a["lapsed"]),
            donor=ids(lambda a: a["kind"] == "donor"),
            with_bank_charges=ids(lambda a: any(rc["charges"] for rc in a["receipts"])),
            with_tax_withheld=ids(lambda a: any(rc["tax"] for rc in a["receipts"])),
        ),
        counted=[dict(agreement=a["id"], cso=a["cso"], counterparty=a["counterparty"], kind=a["kind"],
                      signed=a["signed"].isoformat(), counted_from=(a["met"] or a["signed"]).isoformat(),
                      currency=a["currency"], committed=fmt_minor(a["committed"], a["currency"]),
                      rate=(str(a["sign_rate"]) if a["sign_rate"] is not None else None),
                      rate_date=(a["sign_rate_date"].isoformat() if a["sign_rate_date"] else None),
                      usd=usd(a["usd"]),
                      events=[dict(event=e["event"], what=e["what"], date=e["date"].isoformat(),
                                   amount=fmt_minor(e["amount"], a["currency"]),
                                   rate=(str(e["rate"]) if e["rate"] is not None else None), usd=usd(e["usd"]))
                              for e in a["events_usd"]])
                 for a in counted],
    )
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def fail():
    for e in ERR.items:
        print(e, file=sys.stderr)
    print(f"{len(ERR.items)} error(s); nothing computed", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
