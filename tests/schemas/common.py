"""What the schema tests share: currency scales, the pass/fail tally, and format checkers for
the JSON Schema "date" and "date-time" formats (Debian's python3-jsonschema checks neither
without optional packages)."""
import datetime
import decimal
import re

from jsonschema import FormatChecker

SCALE = {**{c: 0 for c in "CLP ISK JPY KRW UGX VND XAF XOF".split()},
         **{c: 2 for c in ("AUD CAD CHF CNY DKK EUR GBP HKD IDR INR MYR NOK NZD PHP SEK SGD THB "
                           "USD ZAR").split()},
         **{c: 3 for c in "BHD JOD KWD OMR TND".split()}}

decimal.getcontext().prec = 60  # 27 integer digits + 3 decimals, summed: exact, never rounded


class Tally:
    """Counts checks; prints each failure as it happens and `N passed, M failed` at the end."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))
        return ok

    def summary(self):
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def _date_time(text):
    """RFC 3339 date-time."""
    if not isinstance(text, str):
        return True
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", text):
        raise ValueError(f"{text!r} is not an RFC 3339 date-time")
    datetime.datetime.fromisoformat(re.sub(r"[Zz]$", "+00:00", text.replace("t", "T")))
    return True


def _date(text):
    """RFC 3339 full-date."""
    if not isinstance(text, str):
        return True
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"{text!r} is not an RFC 3339 full-date")
    datetime.date.fromisoformat(text)
    return True


FORMATS = FormatChecker(())
FORMATS.checks("date-time", raises=ValueError)(_date_time)
FORMATS.checks("date", raises=ValueError)(_date)
