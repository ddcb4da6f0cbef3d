#!/usr/bin/env python3
"""Independent verifier of a fundledger journal, written from docs/format/journal.md alone.

Usage: verify_journal.py JOURNAL [--expect-head HEX] [--migrated-from OLD_JOURNAL]
Reads journals of format versions 1 and 2: a version-2 line is first checked for the form of
section 3.2 and then read as the version-1 line it stands for (every posting complete).
Prints one JSON object on stdout; warnings go to stderr.
Exit status: 0 ok, 3 damage or failed check, 2 usage error.
Standard library only; money is handled as integers of minor units, never floats.
Agreement events (section 4.3) are checked for their members, values and valuation; their
postings for balance only: this verifier does not model the booking rules of docs/booking.md.
Bank reconciliation events (section 4.4) are checked in full: their members, ids and references,
the two postings of a classification, matches that add up, and each reconciliation's figures,
recomputed from the statements, lines, matches and bank postings before it.
"""
import argparse
import datetime
import hashlib
import json
import re
import sys
import zoneinfo
from fractions import Fraction

SCALES = {}
for _scale, _codes in ((0, "JPY KRW VND CLP ISK UGX XAF XOF"),
                       (2, "IDR USD EUR GBP AUD CAD CHF CNY SGD MYR PHP THB INR NZD HKD SEK NOK DKK ZAR"),
                       (3, "KWD BHD OMR JOD TND")):
    SCALES.update(dict.fromkeys(_codes.split(), _scale))

MAX_LINE = 1_048_576                      # bytes, not counting the LF
ZERO_HASH = "0" * 64
PREFIX = re.compile(rb'\{"seq":(0|[1-9][0-9]*),"prev":"([0-9a-f]{64})","frame":"(one|part|commit)",')
SUFFIX = re.compile(rb',"hash":"([0-9a-f]{64})"\}')  # exactly the last 75 bytes
JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
ID = re.compile(r"[A-Za-z0-9._:/-]{1,128}")
ACCOUNT = re.compile(r"(Assets|Liabilities|Equity|Income|Expenses)(:[A-Z0-9][A-Za-z0-9-]*)*")
TIME_ZONE = re.compile(r"[A-Za-z0-9_+./-]{1,64}")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
DIMENSIONS = ["cso", "agreement", "counterparty", "tranche"]
CONTROLLED = ["Assets:Receivable:Agreements", "Liabilities:RefundableAdvances",
              "Liabilities:ContractLiabilities", "Liabilities:Overpayments", "Income:Mobilised"]
COMMON = {"seq", "prev", "frame", "type", "hash"}
HEADER_FIELDS = COMMON | {"format", "version", "ledger_id", "base_currency", "time_zone",
                          "fiscal_year_start", "target", "rate_age_days_max", "created_at"}
TXN_FIELDS = COMMON | {"id", "recorded_at", "date", "posting_date", "description", "postings"}
VERSIONS = (1, 2)
SHAREABLE = ["currency"] + DIMENSIONS     # version 2: written once on the event when all postings share it
RATE = re.compile(r"[0-9]+(\.[0-9]{1,12})?")      # a quoted rate: digits, at most 12 decimals
SHA256_OR_EMPTY = re.compile(r"([0-9a-f]{64})?")
SHA256 = re.compile(r"[0-9a-f]{64}")
COUNT_MAX = 1_000_000_000                     # `lines`, `occurrence` and `row` (section 4.4)

# Section 4.3: the `data` members of each agreement event type, in the writer's order, with what
# each holds: a kind of value (see check_value), a tuple of the allowed words, [x] for an array of
# x, or a dict for an object with exactly those members in that order. Amounts are in the currency
# named by the `currency` member of the object they are in (or of the enclosing object).
VALUATION = {"rate_event": "id or empty", "rate_date": "date", "rate": "rate", "source": "text", "currency": "base currency",
             "value": "amount"}
DATA = {
    "party": {"kind": ("cso", "government", "company", "philanthropy", "donor"), "name": "text",
              "level": "text", "district": "text", "province": "text", "region_code": "text",
              "aliases": ["text"]},
    "bank-account": {"cso": "id", "bank": "text", "number": "text", "currency": "currency",
                     "account": "bank account", "opening_balance": "amount"},
    "rate": {"base": "currency", "quote": "currency", "value": "rate", "source": "text"},
    "agreement": {"cso": "id", "counterparty": "id", "currency": "currency", "amount": "amount",
                  "nature": ("contribution", "exchange"), "form": ("cash", "in-kind"),
                  "valuation_basis": "text", "conditional": "boolean", "condition": "text",
                  "counts_as": ("leverage", "cost-share"), "purpose": "text", "restriction": "text",
                  "document_sha256": "sha256 or empty",
                  "schedule": [{"tranche": "id", "due": "date", "amount": "amount"}],
                  "valuation": VALUATION},
    "receipt": {"agreement": "id", "currency": "currency", "gross": "amount", "bank_charges": "amount",
                "tax_withheld": "amount", "bank_account": "id or empty", "bank_reference": "text",
                "allocation": [{"tranche": "id", "amount": "amount"}], "overpayment": "amount",
                "valuation": VALUATION},
    "change": {"agreement": "id", "change": ("amend", "cancel", "condition-met", "condition-lapsed",
                                             "refund", "write-off"),
               "currency": "currency", "amount": "amount", "tranche": "id or empty",
               "bank_account": "id or empty", "note": "text", "valuation": VALUATION},
    # Section 4.5: corrections and settings.
    "rate-withdraw": {"rate": "id", "note": "text"},
    "setting": {"name": ("number-locale", "rate-jump-limit"), "value": "text"},
    # Section 4.4: bank reconciliation. Amounts are in the bank account's currency.
    "statement": {"bank_account": "id", "layout": "text", "file_sha256": "sha256", "from": "date",
                  "to": "date", "currency": "currency", "opening_balance": "amount or empty",
                  "closing_balance": "amount or empty", "lines": "count",
                  "pending": [{"description": "text", "amount": "amount"}]},
    "statement-line": {"bank_account": "id", "statement": "id", "currency": "currency", "amount": "amount",
                       "reference": "text", "occurrence": "count", "row": "count"},
    "match": {"bank_account": "id", "lines": ["id"], "entries": ["id"], "proposal": "id or empty"},
    "reject": {"proposal": "id", "lines": ["id"], "target": "id"},
    "classify": {"bank_account": "id", "line": "id", "account": "account"},
    "reconcile": {"bank_account": "id", "currency": "currency", "bank_balance": "amount",
                  "ledger_balance": "amount", "in_bank_not_recorded": "amount",
                  "recorded_not_in_bank": "amount"},
}
BANK_EVENTS = ("statement", "statement-line", "match", "reject", "classify", "reconcile")
NO_POSTINGS = ("party", "rate", "rate-withdraw", "setting", "statement", "statement-line", "match", "reject", "reconcile")
# Section 4.4: the form of each bank reconciliation event's id (classify and reconcile: see check_bank).
BANK_IDS = {"statement": re.compile(r"ST-[0-9a-f]{16}"), "statement-line": re.compile(r"SL-[0-9a-f]{16}"),
            "match": re.compile(r"M-[0-9a-f]{16}"), "reject": re.compile(r"RJ-[0-9a-f]{12}"),
            "classify": re.compile(r"CL-[0-9a-f]{16}")}
PROPOSAL = re.compile(r"P-[0-9a-f]{12}")
VALUED = {"agreement": "amount", "receipt": "gross", "change": "amount"}   # the amount valued
PERCENT = re.compile(r"[0-9]{1,4}(\.[0-9]{1,2})?")   # a rate-jump-limit setting


class Bad(Exception):
    """The line being checked is damaged; the message is the reason."""


def need(condition, reason):
    if not condition:
        raise Bad(reason)


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def matches(pattern, value):
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def is_time(value, pattern, fmt):
    if not matches(pattern, value) or not "1900" <= value[:4] <= "2999":   # years 1900-2999
        return False
    try:
        datetime.datetime.strptime(value, fmt)   # rejects 2024-02-30, 25:00:00, ...
        return True
    except ValueError:
        return False


def is_date(value):        # YYYY-MM-DD and a real calendar date
    return is_time(value, DATE, "%Y-%m-%d")


def is_instant(value):     # YYYY-MM-DDThh:mm:ssZ, a real UTC instant
    return is_time(value, INSTANT, "%Y-%m-%dT%H:%M:%SZ")


def is_int(value):         # a JSON integer (Python's bool is an int: exclude it)
    return type(value) is int


def units(amount, currency):
    """Parse an amount string into integer minor units, per the currency's scale."""
    scale = SCALES[currency]
    pattern = r"-?(0|[1-9][0-9]{0,26})" + (r"\.[0-9]{%d}" % scale if scale else "")  # <= 27 digits
    need(isinstance(amount, str) and re.fullmatch(pattern, amount), f"bad amount for {currency}")
    value = int(amount.replace(".", ""))
    need(value != 0 or not amount.startswith("-"), "negative zero amount")
    return value


def fmt(value, scale):
    digits = str(abs(value)).rjust(scale + 1, "0")
    text = digits[:-scale] + "." + digits[-scale:] if scale else digits
    return ("-" if value < 0 else "") + text


def no_duplicate_keys(pairs):
    obj = {}
    for key, value in pairs:
        need(key not in obj, f"duplicate key {key!r}")
        obj[key] = value
    return obj


def reject_constant(name):
    raise Bad(f"not JSON: {name}")


def check_line(raw, index, prev_hash, version):
    """Steps 1-3 of section 5: JSON and shape, own hash, seq and prev. Returns (frame, object);
    a version-2 event comes back as the version-1 object it stands for (section 3.2)."""
    need(len(raw) <= MAX_LINE, "line longer than 1 MiB")
    try:
        text = raw.decode("utf-8")
        obj = json.loads(text, object_pairs_hook=no_duplicate_keys, parse_constant=reject_constant)
    except UnicodeDecodeError:
        raise Bad("not valid UTF-8")
    except (ValueError, RecursionError):     # RecursionError: absurdly deep nesting
        raise Bad("not valid JSON")
    prefix, suffix = PREFIX.match(raw), SUFFIX.fullmatch(raw[-75:])
    need(prefix and suffix and prefix.end() < len(raw) - 75, "bad line shape")
    need(not re.search(r"[ \t\r\n]", JSON_STRING.sub('""', text)), "white space outside strings")
    try:   # section 1: the line is the canonical encoding of its value
        canonical = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:   # a lone surrogate escape
        raise Bad("not valid Unicode")
    need(canonical == raw, "not in canonical form")
    if index == 0 and obj.get("type") == "header" and obj.get("version") in VERSIONS:
        version = obj["version"]
    need(list(obj) in (member_order(obj, 1), member_order(obj, 2)), "members not in the writer's order")
    frame = prefix.group(3).decode()
    need(frame == "commit" or raw.startswith(b'"type":', prefix.end()), '"type" must follow "frame"')
    need(sha256(raw[:-75]) == suffix.group(1).decode(), "own hash mismatch")
    need(int(prefix.group(1)) == index, f"seq is {int(prefix.group(1))}, expected {index}")
    need(prefix.group(2).decode() == prev_hash, "prev does not match the hash of the previous line")
    return frame, obj


def in_version(obj, version):
    """Step 4: an event line is in the form of the journal's version (section 3.2); a version-2
    event comes back as the version-1 object it stands for."""
    if obj.get("type") == "header":
        return obj
    need(list(obj) == member_order(obj, version), "members not in the writer's order")
    return expand_v2(obj) if version == 2 else obj


def expand_v2(obj):
    """Section 3.2: check that a version-2 event states once, on the event, exactly the posting
    members all its postings share, and leaves out posting_date only when it equals date; return
    the version-1 object it stands for."""
    need("posting_date" not in obj or obj["posting_date"] != obj.get("date"),
         "version 2 leaves out a posting_date equal to date")
    postings = obj.get("postings")
    need(isinstance(postings, list) and all(isinstance(p, dict) for p in postings), "bad postings")
    shared = {m: obj[m] for m in SHAREABLE if m in obj}
    need(not shared or postings, "members shared by the postings of an event with no postings")
    for m in SHAREABLE:
        if m in shared:
            need(isinstance(shared[m], str) and shared[m] != "", f"bad {m}")
            need(all(m not in p for p in postings), f"{m} is on the event and on a posting")
        else:
            values = [p.get(m) for p in postings]
            need(not values or values[0] is None or any(v != values[0] for v in values),
                 f"{m} is the same on every posting: version 2 writes it once, on the event")
    full = {k: v for k, v in obj.items() if k not in shared and k not in ("postings", "hash")}
    if "posting_date" not in obj:       # right after date (section 4.2)
        full = {k: v for k, v in full.items()}
        ordered = {}
        for k, v in full.items():
            ordered[k] = v
            if k == "date":
                ordered["posting_date"] = v
        full = ordered
    expanded = []
    for p in postings:
        keys = list(p)
        need(keys[:2] == ["account", "amount"], "posting fields wrong or out of order")
        merged = dict(p, **shared)
        expanded.append({k: merged[k] for k in ["account", "amount"] + SHAREABLE if k in merged}
                        | {k: v for k, v in p.items() if k not in SHAREABLE and k not in ("account", "amount")})
    full["postings"] = expanded
    full["hash"] = obj["hash"]
    return full


def member_order(obj, version):
    """The writer's order of members (section 4)."""
    if obj.get("frame") == "commit":
        return ["seq", "prev", "frame", "count", "hash"]
    if obj.get("type") == "header":
        migrated = ["migrated_from"] if "migrated_from" in obj else []
        return ["seq", "prev", "frame", "type", "format", "version", "ledger_id", "base_currency",
                "time_zone", "fiscal_year_start", "target", "rate_age_days_max", "created_at"] + migrated + ["hash"]
    if version == 2:
        dated = ["posting_date"] if "posting_date" in obj else []
        shared = [m for m in SHAREABLE if m in obj]
        optional = ["reverses"] if "reverses" in obj else []
        known = ["recorded_on"] if "recorded_on" in obj else []
        data = ["data"] if obj.get("type") in DATA else []
        return (["seq", "prev", "frame", "type", "id", "recorded_at"] + known + ["date"] + dated +
                ["description"] + optional + data + shared + ["postings", "hash"])
    optional = ["reverses"] if "reverses" in obj else []      # (never allowed on agreement events)
    known = ["recorded_on"] if "recorded_on" in obj else []
    data = ["data"] if obj.get("type") in DATA else []
    return (["seq", "prev", "frame", "type", "id", "recorded_at"] + known + ["date", "posting_date",
             "description"] + optional + data + ["postings", "hash"])


def check_header(obj):
    migrated = obj.get("migrated_from")
    need(set(obj) == HEADER_FIELDS | ({"migrated_from"} if migrated is not None else set()), "header fields wrong")
    if migrated is not None:    # section 4.1: the journal this one was migrated from
        need(obj["version"] == 2 and isinstance(migrated, dict)
             and list(migrated) == ["version", "lines", "head"]
             and is_int(migrated["version"]) and 1 <= migrated["version"] < obj["version"]
             and is_int(migrated["lines"]) and migrated["lines"] >= 1
             and matches(SHA256, migrated["head"]), "bad migrated_from")
    need(matches(ID, obj["ledger_id"]), "bad ledger_id")
    need(isinstance(obj["base_currency"], str) and obj["base_currency"] in SCALES,
         "unknown base_currency")
    need(matches(TIME_ZONE, obj["time_zone"]), "bad time_zone")
    start = obj["fiscal_year_start"]   # MM-DD, a day from 1 to 28 (section 4.1)
    need(isinstance(start, str) and is_date("2000-" + start) and int(start[3:]) <= 28,
         "bad fiscal_year_start")
    units(obj["target"], obj["base_currency"])   # well formed; the spec sets no sign
    need(is_int(obj["rate_age_days_max"]) and 0 <= obj["rate_age_days_max"] <= 3660,
         "bad rate_age_days_max")
    need(is_instant(obj["created_at"]), "bad created_at")


def check_event(obj, index, seen, ledger):
    """Step 5. Returns None for the header, or (id, [(account, currency, units)]) for an event.
    `ledger` holds the header's base currency and the signing rate of each agreement seen."""
    kind = obj.get("type")
    if kind == "header":
        need(index == 0, "header not on line 1")
        check_header(obj)
        ledger["base"] = obj["base_currency"]
        ledger["zone"] = obj["time_zone"]
        ledger["age_max"] = obj["rate_age_days_max"]
        ledger["last_recorded"] = obj["created_at"]
        return None
    need(kind == "txn" or kind in DATA, "unknown type")
    fields = TXN_FIELDS | ({"data"} if kind in DATA else set())
    need(fields <= set(obj) <= fields | {"reverses", "recorded_on"}, "event fields wrong")
    need(matches(ID, obj["id"]), "bad id")
    need(not seen(obj["id"]), f"duplicate id {obj['id']}")
    need(is_instant(obj["recorded_at"]), "bad recorded_at")
    # Section 4.2: recording time never goes backwards (same-format instants compare as strings).
    need(obj["recorded_at"] >= ledger["last_recorded"],
         f"recorded_at {obj['recorded_at']} is earlier than {ledger['last_recorded']} recorded before it")
    if "recorded_on" in obj:
        need(is_date(obj["recorded_on"]), "bad recorded_on")
        at = datetime.datetime.strptime(obj["recorded_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=datetime.timezone.utc)
        try:
            local_day = at.astimezone(zoneinfo.ZoneInfo(ledger["zone"])).date().isoformat()
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise Bad(f"time zone {ledger['zone']} is unknown here; cannot check recorded_on")
        need(kind == "party" or obj["recorded_on"] >= obj["date"],
             f"recorded_on {obj['recorded_on']} is before the event's date {obj['date']}")
        need(obj["recorded_on"] <= local_day,
             f"recorded_on {obj['recorded_on']} is after the day it was recorded ({local_day})")
    need(is_date(obj["date"]), "bad date")
    need(is_date(obj["posting_date"]), "bad posting_date")
    description = obj["description"]
    try:
        need(isinstance(description, str) and len(description.encode("utf-8")) <= 1000,
             "bad description")
    except UnicodeEncodeError:
        raise Bad("description is not valid Unicode")
    if "reverses" in obj:
        need(kind == "txn", f"{kind} events never carry reverses")
        need(matches(ID, obj["reverses"]) and seen(obj["reverses"]), "reverses an unknown id")
    if kind in DATA:
        check_data(kind, obj, ledger)
    postings, totals, result = obj["postings"], {}, []
    need(isinstance(postings, list) and len(postings) <= 1000, "bad postings")
    need(postings or kind != "txn", "a transaction needs postings")   # section 4.3: others may have none
    need(not postings or kind not in NO_POSTINGS, f"a {kind} moves no value: no postings")  # 4.3, 4.4
    for p in postings:
        need(isinstance(p, dict), "posting is not an object")
        keys = list(p)
        need(keys[:3] == ["account", "amount", "currency"]
             and keys[3:] == [d for d in DIMENSIONS if d in p], "posting fields wrong or out of order")
        need(matches(ACCOUNT, p["account"]) and len(p["account"]) <= 200, "bad account")
        need(isinstance(p["currency"], str) and p["currency"] in SCALES, "unknown currency")
        need(all(matches(ID, p[d]) for d in keys[3:]), "bad dimension")
        value = units(p["amount"], p["currency"])
        totals[p["currency"]] = totals.get(p["currency"], 0) + value
        result.append((p["account"], p["currency"], value))
    for currency, total in sorted(totals.items()):
        need(total == 0, f"the postings do not balance in {currency}")
    for p in postings if kind == "txn" else []:   # section 4.2: accounts only agreement events move
        need(not any(p["account"] == root or p["account"].startswith(root + ":") for root in CONTROLLED),
             f"a transaction posts to {p['account']}, which agreements control")
    check_bank(kind, obj, ledger)
    ledger["last_recorded"] = obj["recorded_at"]
    return obj["id"], result


def quote_in_force(rates, base, quote, date):
    """The id of the latest rate event of the pair dated on or before `date`, not withdrawn."""
    series = rates["series"].get((base, quote), {})
    before = [d for d in series if d <= date]
    return series[max(before)] if before else None


def check_data(kind, obj, ledger):
    """Sections 4.3 and 4.5: the `data` object of an agreement event, its valuation against the
    journal's own rates, rate withdrawals and settings."""
    data, base = obj["data"], ledger["base"]
    rates = ledger["rates"]
    spec = DATA[kind]
    legacy = (kind in VALUED and isinstance(data, dict) and isinstance(data.get("valuation"), dict)
              and "rate_event" not in data["valuation"])
    if legacy:      # written before valuations named their rate event (section 4.3)
        spec = dict(spec, valuation={k: v for k, v in VALUATION.items() if k != "rate_event"})
    check_value(spec, data, "data", None, base)
    if kind == "rate":   # ids of rate events are RATE-<base>-<quote>-<date>, then .2, .3, …
        first = f"RATE-{data['base']}-{data['quote']}-{obj['date']}"
        need(data["base"] != data["quote"], "a rate needs two different currencies")
        in_force = rates["series"].get((data["base"], data["quote"]), {}).get(obj["date"])
        need(in_force is None, f"a {data['base']}/{data['quote']} rate for {obj['date']} is in force already "
                               f"({in_force})")
        n = 1
        while (first if n == 1 else f"{first}.{n}") in rates["events"]:
            n += 1
        expected = first if n == 1 else f"{first}.{n}"
        need(obj["id"] == expected, f"a rate's id is {expected}")
        rates["events"][obj["id"]] = {"base": data["base"], "quote": data["quote"], "date": obj["date"],
                                      "value": data["value"], "source": data["source"],
                                      "withdrawn": False, "agreements": [], "others": []}
        rates["series"].setdefault((data["base"], data["quote"]), {})[obj["date"]] = obj["id"]
        return
    if kind == "rate-withdraw":
        rate = rates["events"].get(data["rate"])
        need(rate is not None, f"withdraws {data['rate']}, which is not a rate event")
        need(not rate["withdrawn"], f"{data['rate']} is withdrawn already")
        # Withdrawn once nothing stands on it: every agreement signed at it wholly cancelled, and
        # no receipt, amendment or refund valued at it.
        need(not rate["others"], f"{data['rate']} values {rate['others'][0] if rate['others'] else ''} "
                                 "and cannot be withdrawn")
        for aid in rate["agreements"]:
            committed, cancelled = ledger["agreements"][aid]
            need(committed == 0 and cancelled > 0,
                 f"{data['rate']} values agreement {aid}, which is not wholly cancelled")
        need(obj["id"] == "WITHDRAW-" + data["rate"], f"a withdrawal's id is WITHDRAW-{data['rate']}")
        need(obj["date"] == rate["date"], f"a withdrawal is dated as its rate, {rate['date']}")
        rate["withdrawn"] = True
        del rates["series"][(rate["base"], rate["quote"])][rate["date"]]
        return
    if kind == "setting":
        if data["name"] == "number-locale":
            need(data["value"] in ("en", "id"), "data.value: a number-locale is en or id")
        else:
            need(matches(PERCENT, data["value"]) and 0 < Fraction(data["value"]) <= 1000,
                 "data.value: a rate-jump-limit is a percentage above 0 and at most 1000")
        n = ledger["settings"].get(data["name"], 0) + 1
        need(obj["id"] == f"SETTING-{data['name']}-{n}", f"this setting's id is SETTING-{data['name']}-{n}")
        ledger["settings"][data["name"]] = n
        return
    if kind not in VALUED:
        return
    valuation, currency, amount = data["valuation"], data["currency"], data[VALUED[kind]]
    at_signing = kind == "change" and data["change"] in ("cancel", "write-off", "condition-met",
                                                         "condition-lapsed")
    if legacy and currency != base and not at_signing:     # the quote in force names it
        valuation = dict(valuation, rate_event=quote_in_force(rates, base, currency, obj["date"]) or "")
    if currency == base:
        need(valuation["rate"] == "1" and valuation["value"] == amount and valuation.get("rate_event", "") == "",
             "an amount in the base currency is valued at rate 1 at its own value, naming no rate event")
    else:   # amount / rate, exact; Python's round() of a Fraction rounds half to even
        exact = Fraction(units(amount, currency), 10 ** SCALES[currency]) / Fraction(valuation["rate"])
        expected = fmt(round(exact * 10 ** SCALES[base]), SCALES[base])
        need(valuation["value"] == expected,
             f"valuation is {valuation['value']}, but {amount} {currency} at {valuation['rate']} "
             f"is {expected} {base}")
    if currency != base and not (legacy and at_signing):
        # The rate is the journal's own: the rate event named, of this pair, saying this rate.
        named = rates["events"].get(valuation["rate_event"])
        need(named is not None and not named["withdrawn"],
             f"data.valuation.rate_event {valuation['rate_event']!r} is not a rate event in force")
        need((named["base"], named["quote"]) == (base, currency),
             f"data.valuation.rate_event {valuation['rate_event']} is a {named['base']}/{named['quote']} rate, "
             f"not {base}/{currency}")
        need((named["date"], named["value"], named["source"])
             == (valuation["rate_date"], valuation["rate"], valuation["source"]),
             f"data.valuation does not say what rate event {valuation['rate_event']} says "
             f"({named['value']} of {named['date']}, {named['source']})")
    # Cancellations, write-offs and condition changes are valued at their agreement's signing
    # rate; the others at the latest quote on or before the event's date, within the age limit.
    # (State is kept as soon as an event is checked: a failure ends the check, so a unit that
    # does not land is never consulted. Whether the agreement exists is a booking rule, not
    # modelled here.)
    if at_signing:
        signing = ledger["signing"].get(data["agreement"])
        need(signing is None or (Fraction(valuation["rate"]) == Fraction(signing["rate"])
                                 and valuation.get("rate_event") == signing.get("rate_event")),
             f"a {data['change']} is valued at its agreement's signing rate "
             f"{signing and signing.get('rate_event', signing['rate'])}")
    elif currency != base:
        latest = quote_in_force(rates, base, currency, obj["date"])
        need(latest == valuation["rate_event"],
             f"data.valuation.rate_event {valuation['rate_event']} is not the latest {base}/{currency} "
             f"rate on or before {obj['date']} ({latest} is)")
        age = (datetime.date.fromisoformat(obj["date"])
               - datetime.date.fromisoformat(valuation["rate_date"])).days
        need(age <= ledger["age_max"],
             f"data.valuation.rate_event {valuation['rate_event']} is {age} days old on {obj['date']} "
             f"(the limit is {ledger['age_max']})")
    value = units(amount, currency)
    if kind == "agreement":
        ledger["signing"][obj["id"]] = data["valuation"]     # as written (legacy: no rate_event)
        ledger["agreements"][obj["id"]] = [value, 0]      # committed, cancelled (minor units)
    elif kind == "change" and data["agreement"] in ledger["agreements"]:
        state = ledger["agreements"][data["agreement"]]
        if data["change"] == "amend":
            state[0] += value
        elif data["change"] == "cancel":
            state[0] -= value
            state[1] += value
    if valuation.get("rate_event") and not at_signing:
        use = "agreements" if kind == "agreement" else "others"
        rates["events"][valuation["rate_event"]][use].append(obj["id"])


class BankBook:
    """Section 4.4: what the bank reconciliation checks need from the events before. Dates are
    kept as their YYYY-MM-DD strings, which compare like the dates; amounts as minor units."""

    def __init__(self):
        self.banks = {}          # bank-account id -> dict (see open_bank)
        self.by_account = {}     # its ledger account -> bank-account id
        self.statements = {}     # statement id -> its bank account, period and closing balance
        self.lines = {}          # statement-line id -> {bank, date, amount, matched_by}
        self.entries = {}        # (bank-account id, event id) -> {date, posting_date, amount, matched_by}
        self.groups = {}         # match or classify id -> ([line ids], [entry keys])
        self.rejected = set()    # proposals

    def open_bank(self, obj):
        data = obj["data"]
        need(data["account"] not in self.by_account,
             f"{data['account']} belongs to bank account {self.by_account.get(data['account'])}")
        self.banks[obj["id"]] = {"account": data["account"], "currency": data["currency"], "cso": data["cso"],
                                 "opened": obj["date"], "opening": units(data["opening_balance"], data["currency"]),
                                 "reconciled": None, "lines": [], "entries": [], "statements": []}
        self.by_account[data["account"]] = obj["id"]

    def bank(self, bank_id):
        need(bank_id in self.banks, f"data.bank_account: {bank_id} is not an earlier bank-account event")
        return self.banks[bank_id]

    def figures(self, bank_id, as_of):
        """The reconciliation of a bank account as of a date (section 4.4): bank balance, ledger
        balance, in the bank but not recorded, recorded but not in the bank."""
        b = self.banks[bank_id]
        opening = b["opening"] if b["opened"] <= as_of else 0

        def settled(group):      # a match or classification whose lines and entries are all in
            if group is None:
                return False
            lines, entries, date = self.groups[group]
            return (date <= as_of and all(self.lines[i]["date"] <= as_of for i in lines)
                    and all(self.entries[k]["posting_date"] <= as_of for k in entries))

        anchor = None            # the latest stated closing balance on or before the date
        for sid in b["statements"]:
            st = self.statements[sid]
            if st["closing"] is not None and st["to"] <= as_of and (anchor is None or st["to"] >= anchor["to"]):
                anchor = st
        bank_balance = anchor["closing"] if anchor else opening
        in_bank = 0
        for lid in b["lines"]:
            line = self.lines[lid]
            if line["date"] > as_of:
                continue
            if anchor is None or line["date"] > anchor["to"]:
                bank_balance += line["amount"]
            if not settled(line["matched_by"]):
                in_bank += line["amount"]
        ledger_balance, recorded = opening, 0
        for key in b["entries"]:
            entry = self.entries[key]
            if entry["posting_date"] > as_of:
                continue
            ledger_balance += entry["amount"]
            if not settled(entry["matched_by"]):
                recorded += entry["amount"]
        return bank_balance, ledger_balance, in_bank, recorded


def statement_ids(data):
    """Section 4.4: ST- and 16 hex of <bank_account> LF <file_sha256>; a statement recording a
    file again with a corrected period appends LF <from> LF <to>."""
    base = data["bank_account"] + "\n" + data["file_sha256"]
    return ["ST-" + sha256(text.encode())[:16] for text in (base, base + "\n" + data["from"] + "\n" + data["to"])]


def line_ids(obj):
    """Section 4.4: the ids a statement line may have, from its date, amount, description (the
    event's), reference and occurrence; US is the byte 0x1F."""
    data, us = obj["data"], "\x1f"
    occurrence = us + str(data["occurrence"])
    if data["reference"] == "":
        forms = [us.join((data["bank_account"], obj["date"], data["amount"], obj["description"])) + occurrence]
    else:
        base = us.join((data["bank_account"], "ref", obj["date"], data["reference"]))
        forms = [base + occurrence, us.join((base, data["amount"], obj["description"])) + occurrence]
    return ["SL-" + sha256(text.encode())[:16] for text in forms]


def check_bank(kind, obj, ledger):
    """Section 4.4: the bank reconciliation rules, then the event's effect on the bank book.
    Called for every event once its members and postings are known to be well formed."""
    book, date, data = ledger["bank"], obj["date"], obj.get("data")
    if kind == "bank-account":
        book.open_bank(obj)
        return
    if not book.by_account and kind not in BANK_EVENTS:    # nothing to do before a bank account
        return
    for p in obj["postings"]:     # a reconciled period is closed to the bank's ledger account
        bank_id = book.by_account.get(p["account"])
        need(not bank_id or p["currency"] == book.banks[bank_id]["currency"],
             f"posts {p['currency']} to {p['account']}, but bank account {bank_id} is in "
             f"{bank_id and book.banks[bank_id]['currency']}")
        through = bank_id and book.banks[bank_id]["reconciled"]
        need(not through or obj["posting_date"] > through,
             f"posts to {p['account']} on {obj['posting_date']}, but bank account {bank_id} is "
             f"reconciled through {through}")
    if kind in BANK_IDS:
        need(matches(BANK_IDS[kind], obj["id"]), f"a {kind} id is {BANK_IDS[kind].pattern}")
    bank = book.bank(data["bank_account"]) if kind in BANK_EVENTS and kind != "reject" else None
    if kind in ("statement", "statement-line", "reconcile"):     # amounts in the account's currency
        need(data["currency"] == bank["currency"],
             f"data.currency: bank account {data['bank_account']} is in {bank['currency']}")
    if kind == "statement":
        need(data["from"] <= data["to"], "data.to: the period ends before it starts")
        need(date == data["to"], f"a statement is dated the end of its period, {data['to']}")
        need(not bank["reconciled"] or data["to"] > bank["reconciled"],
             f"bank account {data['bank_account']} is reconciled through {bank['reconciled']}; a statement "
             f"ending on or before it would change a reconciled period")
        need(obj["id"] in statement_ids(data),
             f"statement {obj['id']}: its id is not the one its bank_account and file_sha256 give, "
             f"{' or '.join(statement_ids(data))}")
    elif kind == "statement-line":
        st = book.statements.get(data["statement"])
        need(st is not None, f"data.statement: {data['statement']} is not an earlier statement")
        need(st["bank"] == data["bank_account"], f"data.statement: {data['statement']} is a statement of {st['bank']}")
        need(units(data["amount"], data["currency"]) != 0, "data.amount: a statement line moves money")
        need(data["occurrence"] >= 1, "data.occurrence counts from 1")
        need(st["from"] <= date <= st["to"], f"date {date} is outside the statement's period {st['from']} to {st['to']}")
        need(date >= bank["opened"], f"date {date} is before the bank account was opened, {bank['opened']}")
        need(not bank["reconciled"] or date > bank["reconciled"],
             f"date {date}: bank account {data['bank_account']} is reconciled through {bank['reconciled']}")
        need(obj["id"] in line_ids(obj),
             f"statement line {obj['id']}: its id is not the one its date, amount, description, reference and "
             f"occurrence give, {' or '.join(line_ids(obj))}")
    elif kind == "match":
        need(data["proposal"] == "" or matches(PROPOSAL, data["proposal"]), "data.proposal is not P-<12 hex>")
        need(data["lines"] and data["entries"], "a match names at least one line and one entry")
        need(len(set(data["lines"])) == len(data["lines"]) and len(set(data["entries"])) == len(data["entries"]),
             "a match names a line or an entry twice")
        total, latest = 0, ""
        for lid in data["lines"]:
            line = book.lines.get(lid)
            need(line is not None and line["bank"] == data["bank_account"],
                 f"data.lines: {lid} is not an earlier statement line of {data['bank_account']}")
            need(line["matched_by"] is None, f"data.lines: {lid} is matched already, by {line['matched_by']}")
            total, latest = total + line["amount"], max(latest, line["date"])
        for eid in data["entries"]:
            entry = book.entries.get((data["bank_account"], eid))
            need(entry is not None, f"data.entries: {eid} is not an earlier event that posted to "
                                    f"{bank['account']}")
            need(entry["matched_by"] is None, f"data.entries: {eid} is matched already, by {entry['matched_by']}")
            total, latest = total - entry["amount"], max(latest, entry["date"])
        need(total == 0, "the lines and the entries of a match do not add up to the same amount")
        need(not bank["reconciled"] or date > bank["reconciled"],
             f"bank account {data['bank_account']} is reconciled through {bank['reconciled']}; a match is dated after it")
        need(date >= latest, f"a match is dated on or after its latest line and entry, {latest}")
    elif kind == "reject":
        need(matches(PROPOSAL, data["proposal"]) and obj["id"] == "RJ-" + data["proposal"][2:],
             "a reject's id is RJ- and the 12 hex digits of its proposal P-<12 hex>")
        need(data["proposal"] not in book.rejected, f"data.proposal: {data['proposal']} is rejected already")
        need(matches(ID, data["target"]), "data.target is not an id")
        for lid in data["lines"]:
            need(lid in book.lines, f"data.lines: {lid} is not an earlier statement line")
    elif kind == "classify":
        need(obj["id"] == "CL-" + data["line"][3:] and data["line"].startswith("SL-"),
             "a classify's id is CL- and the 16 hex digits of its line")
        line = book.lines.get(data["line"])
        need(line is not None and line["bank"] == data["bank_account"],
             f"data.line: {data['line']} is not an earlier statement line of {data['bank_account']}")
        need(line["matched_by"] is None, f"data.line: {data['line']} is matched already, by {line['matched_by']}")
        account = data["account"]
        need(not any(account == root or account.startswith(root + ":") for root in CONTROLLED),
             f"data.account: {account} is controlled by agreements")
        need(account not in book.by_account, f"data.account: {account} is a bank account's ledger account")
        need(date == line["date"], f"a classification takes its line's date, {line['date']}")
        need(obj["posting_date"] >= date, "a classification's posting_date is not before its date")
        scale, amount = SCALES[bank["currency"]], line["amount"]
        want = [{"account": bank["account"], "amount": fmt(amount, scale), "currency": bank["currency"],
                 "cso": bank["cso"]},
                {"account": account, "amount": fmt(-amount, scale), "currency": bank["currency"], "cso": bank["cso"]}]
        need(obj["postings"] == want, f"the postings of a classification are {json.dumps(want)}")
    elif kind == "reconcile":
        need(obj["id"] == f"RECON-{data['bank_account']}-{date}", "a reconcile's id is RECON-<bank account>-<date>")
        need(not bank["reconciled"] or date > bank["reconciled"],
             f"bank account {data['bank_account']} is reconciled through {bank['reconciled']} already")
        need(date >= bank["opened"], f"date {date} is before the bank account was opened, {bank['opened']}")
        need(any(book.statements[sid]["from"] <= date <= book.statements[sid]["to"] for sid in bank["statements"]),
             f"no statement of bank account {data['bank_account']} covers {date}")
        want = book.figures(data["bank_account"], date)
        for member, value in zip(("bank_balance", "ledger_balance", "in_bank_not_recorded",
                                  "recorded_not_in_bank"), want):
            need(units(data[member], data["currency"]) == value,
                 f"data.{member} is {data[member]}, but the reconciliation gives {fmt(value, SCALES[data['currency']])}")
        bank_balance, ledger_balance, in_bank, recorded = want
        need(bank_balance == ledger_balance + in_bank - recorded,
             "the reconciliation leaves an unexplained difference")
    apply_bank(kind, obj, book)


def apply_bank(kind, obj, book):
    """The event's effect on the bank book (after its checks have passed)."""
    eid, data = obj["id"], obj.get("data")
    for p in obj["postings"]:     # an entry: the event's net movement of each bank account it posts to
        bank_id = book.by_account.get(p["account"])
        if bank_id is None:
            continue
        key = (bank_id, eid)
        if key not in book.entries:
            book.entries[key] = {"date": obj["date"], "posting_date": obj["posting_date"], "amount": 0,
                                 "matched_by": None}
            book.banks[bank_id]["entries"].append(key)
        book.entries[key]["amount"] += units(p["amount"], p["currency"])
    if kind == "statement":
        book.statements[eid] = {"bank": data["bank_account"], "from": data["from"], "to": data["to"],
                                "closing": None if data["closing_balance"] == ""
                                else units(data["closing_balance"], data["currency"])}
        book.banks[data["bank_account"]]["statements"].append(eid)
    elif kind == "statement-line":
        book.lines[eid] = {"bank": data["bank_account"], "date": obj["date"],
                           "amount": units(data["amount"], data["currency"]), "matched_by": None}
        book.banks[data["bank_account"]]["lines"].append(eid)
    elif kind in ("match", "classify"):
        lines = data["lines"] if kind == "match" else [data["line"]]
        entries = [(data["bank_account"], e) for e in (data["entries"] if kind == "match" else [eid])]
        for lid in lines:
            book.lines[lid]["matched_by"] = eid
        for key in entries:
            book.entries[key]["matched_by"] = eid
        book.groups[eid] = (lines, entries, obj["date"])
    elif kind == "reject":
        book.rejected.add(data["proposal"])
    elif kind == "reconcile":
        book.banks[data["bank_account"]]["reconciled"] = obj["date"]


def check_value(spec, value, name, currency, base):
    """`value` is what `spec` (see DATA) describes; `currency` is the one amounts are in."""
    if isinstance(spec, dict):
        need(isinstance(value, dict), f"{name} is not an object")
        need(list(value) == list(spec), f"{name}: members wrong or out of order, expected {list(spec)}")
        if "currency" in spec:      # an object's own currency applies to the amounts inside it
            check_value(spec["currency"], value["currency"], name + ".currency", None, base)
            currency = value["currency"]
        for key, sub in spec.items():
            check_value(sub, value[key], f"{name}.{key}", currency, base)
    elif isinstance(spec, list):
        need(isinstance(value, list), f"{name} is not an array")
        for i, item in enumerate(value):
            check_value(spec[0], item, f"{name}[{i}]", currency, base)
    elif isinstance(spec, tuple):
        need(isinstance(value, str) and value in spec, f"{name} is not one of {', '.join(spec)}")
    elif spec in ("amount", "amount or empty"):
        if spec == "amount or empty" and value == "":
            return
        try:
            units(value, currency)
        except Bad as e:
            raise Bad(f"{name}: {e}")
    else:
        need({"text": lambda v: isinstance(v, str),
              "id": lambda v: matches(ID, v),
              "id or empty": lambda v: v == "" or matches(ID, v),
              "date": is_date,
              "boolean": lambda v: isinstance(v, bool),
              "currency": lambda v: isinstance(v, str) and v in SCALES,
              "base currency": lambda v: v == base,
              "rate": lambda v: matches(RATE, v) and Fraction(v) > 0,
              "sha256 or empty": lambda v: matches(SHA256_OR_EMPTY, v),
              "sha256": lambda v: matches(SHA256, v),
              "count": lambda v: is_int(v) and 0 <= v <= COUNT_MAX,
              "account": lambda v: matches(ACCOUNT, v) and len(v) <= 200,
              "bank account": lambda v: matches(ACCOUNT, v) and len(v) <= 200
                                        and (v == "Assets:Bank" or v.startswith("Assets:Bank:")),
              }[spec](value), f"bad {name}")


def intact_unit_end(raw):
    """Section 1, tail: (frame, seq, count) of a line of the framed shape with frame one or
    commit and its own hash right; None for any other line."""
    if not (75 < len(raw) <= MAX_LINE):
        return None
    prefix, suffix = PREFIX.match(raw), SUFFIX.fullmatch(raw[-75:])
    if not (prefix and suffix and prefix.group(3) != b"part" and sha256(raw[:-75]) == suffix.group(1).decode()):
        return None
    count = re.match(rb'"count":(0|[1-9][0-9]*),', raw[prefix.end():])
    return prefix.group(3), int(prefix.group(1)), int(count.group(1)) if count else 0


def reads_as_altered_line(data, start):
    """Section 1, tail: the line at `start` still reads as a journal line written whole and then
    altered: it ends with LF, holds no NUL byte, and is blank (an editor's empty line) or holds at
    least three of the four member keys."""
    lf = data.find(b"\n", start)
    if lf < 0:
        return False
    raw = data[start:lf]
    keys = sum(key in raw for key in (b'"seq":', b'"prev":', b'"frame":', b'"hash":'))
    return b"\0" not in raw and (not raw.strip(b" \t\r") or keys >= 3)


def one_write_could_leave(data, start, first_seq):
    """Section 1, tail: the bytes from `start` (where line `first_seq` would begin) to the end hold
    no intact unit end, or exactly one: a commit line that ends the file and whose unit began at
    `start`. One interrupted write appends one unit; anything else means acknowledged lines."""
    ends, pos = [], start
    for raw in data[start:].split(b"\n")[:-1]:
        pos += len(raw) + 1
        found = intact_unit_end(raw)
        if found:
            ends.append((found, pos))
    if not ends:
        return True
    if len(ends) > 1:
        return False
    (frame, seq, count), end = ends[0]
    return frame == b"commit" and end == len(data) and seq - count == first_seq


def verify(data, expect_head, mark=None):
    """Check the journal bytes; return the report. Lines of a `part` run are staged and only
    counted (events, lines, head, balances) once their commit line arrives. An event failure
    inside a run is held as `pending` and reported when the run is committed or found damaged
    (it is still the first bad line); a run left open at the end is ignored with a warning.
    Damage after the last committed unit with no intact unit end after it is a damaged tail,
    ignored with a warning (section 1). `mark` is the (end, head) of a `.unacknowledged` file:
    the journal is read as ending there (section 6)."""
    whole = data
    if mark is not None:
        data = data[:mark[0]]
    end = data.rfind(b"\n") + 1
    warnings = []
    if end < len(data):
        warnings.append(f"warning: torn tail: {len(data) - end} bytes after the last LF (offset {end}) ignored")
    ids, balances, heads = set(), {}, set()
    ledger = {"base": None, "signing": {}, "bank": BankBook(), "settings": {}, "agreements": {},
              "rates": {"events": {}, "series": {}}, "last_recorded": ""}   # read by the event checks (4.3, 4.4)
    report = {"ok": True, "events": 0, "lines": 0, "head": None, "first_bad": None}
    committed_end, prev_hash, pos = 0, ZERO_HASH, 0
    run, run_ids, run_start = [], set(), None   # the open part run: its events, ids, first line
    pending = None                               # first event failure inside the open run
    if end == 0:            # empty, or only a torn tail: line 1 must be a header (section 3)
        for w in warnings:
            print(w, file=sys.stderr)
        report.update(ok=False, balances=[],
                      first_bad={"seq": 0, "line": 1, "offset": 0,
                                 "reason": "the journal has no header line"})
        return report

    def seen(event_id):     # used by a committed transaction or an earlier line of the open run
        return event_id in ids or event_id in run_ids

    def commit(events, line_end, nlines):
        nonlocal committed_end
        for event in events:
            if event is not None:
                report["events"] += 1
                ids.add(event[0])
                for account, currency, value in event[1]:
                    key = (account, currency)
                    balances[key] = balances.get(key, 0) + value
        report["lines"] += nlines
        report["head"] = prev_hash
        heads.add(report["head"])
        committed_end = line_end

    version = None          # the journal's format version, from its header
    broken_at = None
    for index, raw in enumerate(data[:end].split(b"\n")[:-1]):
        offset, pos = pos, pos + len(raw) + 1
        where = {"seq": index, "line": index + 1, "offset": offset}
        try:
            frame, obj = check_line(raw, index, prev_hash, version)
            if index == 0:      # step 4: line 1 is a header of format version 1 or 2
                need(frame == "one" and obj.get("type") == "header"
                     and obj.get("format") == "fundledger-journal"
                     and is_int(obj.get("version")) and obj["version"] in VERSIONS,
                     "line 1 is not a fundledger-journal version 1 or 2 header with frame one")
                version = obj["version"]
                report["version"] = version
                if "migrated_from" in obj:
                    report["migrated_from"] = obj["migrated_from"]
            if frame == "commit":
                need(run, "commit with no part line before it")
                need(set(obj) == {"seq", "prev", "frame", "count", "hash"}, "commit line fields wrong")
                need(is_int(obj["count"]) and obj["count"] == len(run), "commit count wrong")
            need(frame != "one" or not run, "part run not closed by its commit")
        except Bad as e:
            report["first_bad"] = pending or dict(where, reason=str(e))
            broken_at = offset      # the first line that is not whole and intact
            break
        prev_hash = sha256(raw)
        if frame == "commit":
            if pending:
                report["first_bad"] = pending
                break
            run_ids.clear()
            commit(run, pos, len(run) + 1)   # K part lines + this commit line
            run = []
            continue
        event = None
        if pending is None:
            try:
                event = check_event(in_version(obj, version), index, seen, ledger)
            except Bad as e:
                pending = dict(where, reason=str(e))
        if frame == "one":
            if pending:
                report["first_bad"] = pending
                break
            commit([event], pos, 1)
        else:
            run.append(event)
            if event is not None:
                run_ids.add(event[0])
            if len(run) == 1:
                run_start = where
    if (report["first_bad"] is not None and broken_at is not None and not reads_as_altered_line(whole, broken_at)
            and one_write_could_leave(whole, committed_end, report["lines"])):
        warnings = [f"warning: damaged tail: {len(whole) - committed_end} bytes after the last "
                    f"committed unit (offset {committed_end}) ignored: never acknowledged"]
        report["first_bad"], run = None, []
    if report["first_bad"] is None:     # no damage: every line to the tail was read
        if run:
            warnings.append(f"warning: uncommitted unit: {len(run)} part line(s) from line "
                            f"{run_start['line']} (offset {run_start['offset']}) ignored")
        if mark is not None and (committed_end, report["head"]) != mark:
            report["first_bad"] = {"seq": report["lines"], "line": report["lines"] + 1, "offset": committed_end,
                                   "reason": f"the mark of unacknowledged bytes says the last committed unit "
                                             f"ends at byte {mark[0]} with head {mark[1]}, but it does not"}
        elif mark is not None and len(whole) > mark[0]:
            warnings = [f"warning: unacknowledged tail: {len(whole) - mark[0]} bytes after offset {mark[0]} "
                        f"(a write that failed, marked unacknowledged) ignored"]
        if report["first_bad"] is None and expect_head is not None and expect_head not in heads:
            report["first_bad"] = {"seq": report["lines"], "line": report["lines"] + 1,
                                   "offset": committed_end,
                                   "reason": "expected head not found: journal truncated or rewritten"}
    for w in warnings:
        print(w, file=sys.stderr)
    report["ok"] = report["first_bad"] is None
    report.setdefault("version", None)
    report["balances"] = [{"account": a, "currency": c, "amount": fmt(v, SCALES[c])}
                          for (a, c), v in sorted(balances.items())]
    return report


def read_mark(path):
    """The (end, head) of a mark of unacknowledged bytes (section 6), or None when there is none."""
    try:
        with open(path, "rb") as f:
            text = f.read(256)
    except FileNotFoundError:
        return None
    m = re.fullmatch(rb"end (0|[1-9][0-9]{0,18}) head ([0-9a-f]{64})\n", text)
    if not m:
        raise ValueError("is not a mark of unacknowledged bytes (`end N head HEX`)")
    return int(m.group(1)), m.group(2).decode()


def head_argument(text):
    if not re.fullmatch(r"[0-9a-fA-F]{64}", text):
        raise argparse.ArgumentTypeError("expected 64 hexadecimal digits")
    return text.lower()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Verify a fundledger journal (docs/format/journal.md).")
    parser.add_argument("journal")
    parser.add_argument("--expect-head", type=head_argument, metavar="HEX")
    parser.add_argument("--migrated-from", metavar="OLD_JOURNAL",
                        help="the journal this one was migrated from: it must verify, and its line "
                             "count and head must be the ones the header records (section 4.1)")
    args = parser.parse_args(argv)          # exits 2 on a usage error
    texts = {}
    for path in [args.journal] + ([args.migrated_from] if args.migrated_from else []):
        try:
            with open(path, "rb") as f:
                texts[path] = f.read()
        except OSError as e:
            print(f"error: cannot read {path}: {e.strerror}", file=sys.stderr)
            return 2
    try:
        mark = read_mark(args.journal + ".unacknowledged")
    except OSError as e:
        print(f"error: cannot read {args.journal}.unacknowledged: {e.strerror}", file=sys.stderr)
        return 2
    except ValueError as e:
        print(f"error: {args.journal}.unacknowledged: {e}", file=sys.stderr)
        return 3
    report = verify(texts[args.journal], args.expect_head, mark)
    if args.migrated_from and report["ok"]:
        report["first_bad"] = check_migration(report, verify(texts[args.migrated_from], None))
        report["ok"] = report["first_bad"] is None
    report.pop("version", None)      # the output keeps the shape it had before version 2
    report.pop("migrated_from", None)
    print(json.dumps(report))
    return 0 if report["ok"] else 3


def check_migration(report, old):
    """The old journal verifies, and the header of the new one records its line count and head."""
    where = {"seq": 0, "line": 1, "offset": 0}
    recorded = report.get("migrated_from")
    if recorded is None:
        return dict(where, reason="the header records no migration (no migrated_from)")
    if not old["ok"]:
        return dict(where, reason=f"the old journal does not verify: {old['first_bad']['reason']} "
                                  f"at its line {old['first_bad']['line']}")
    if (recorded["version"], recorded["lines"], recorded["head"]) != (old["version"], old["lines"], old["head"]):
        return dict(where, reason=f"migrated_from records version {recorded['version']}, {recorded['lines']} lines, "
                                  f"head {recorded['head']}, but the old journal has version {old['version']}, "
                                  f"{old['lines']} lines, head {old['head']}")
    return None


if __name__ == "__main__":
    sys.exit(main())
