#!/usr/bin/env python3
"""Generate a synthetic, valid fundledger journal for benchmarks.

The journal follows docs/format/journal.md exactly: a header line (seq 0), then N
transactions, each a single "one" frame line with 3 postings (two debits, one
credit, balanced in its currency) carrying all four dimensions. Lines are compact
JSON with the key order of the spec, chained with SHA-256. Format version 2 by
default (the currency and dimensions, shared by the three postings, written once on
the event; no posting_date, which equals date); --version 1 writes every posting
complete, as version-1 journals do.

Optionally the same transactions are written in ledger-cli/hledger syntax
(--ledger-out) and in beancount syntax (--beancount-out), so that the peers read
the same books. In those files the four dimensions are transaction-level metadata
(they are the same on all three postings of a generated transaction).

For the other axes of the benchmark (docs/bench.md), --csv-dir writes import files
instead: N parties (--parties), agreements (--agreements), bank accounts
(--bank-accounts) and statement lines (--statement-lines, a statement of the first bank
account in the plain format of bench/statement-mapping.json). bench/run.sh builds the
journal from them with `fundledger init`, `import` and `statement import`, so those
events are exactly what the writer books.

Standard library only. Deterministic: same --n and --seed give identical bytes.

    python3 bench/gen_journal.py --n 100000 --seed 1 --out /tmp/j.jsonl \
        --ledger-out /tmp/j.ledger --beancount-out /tmp/j.beancount
"""

import argparse
import datetime
import hashlib
import random
import sys
import time

ZERO_HASH = "0" * 64
CREATED_AT = "2026-01-01T00:00:00Z"

N_BANK = 1000      # Assets:Bank:B0001..B1000
N_INCOME = 1000    # Income:Grants:M0001..M1000
N_EXPENSE = 1500   # Expenses:Programme:E0001..E1500   -> 3,500 accounts in all
N_CSO = 400
N_AGREEMENT = 2000
N_COUNTERPARTY = 3000
N_TRANCHE = 12

FIRST_DAY = datetime.date(2020, 1, 1)
LAST_DAY = datetime.date(2024, 12, 31)

DESCRIPTIONS = (
    "Mobilisation receipt net of fees",
    "Blended finance tranche drawdown",
    "Grant disbursement less bank charges",
    "Co-financing contribution received",
)


def header_line(ledger_id="bench", version=2):
    body = (
        '{"seq":0,"prev":"%s","frame":"one","type":"header","format":"fundledger-journal",'
        '"version":%d,"ledger_id":"%s","base_currency":"USD","time_zone":"Asia/Jakarta",'
        '"fiscal_year_start":"01-01","target":"700000.00","rate_age_days_max":7,'
        '"created_at":"%s"' % (ZERO_HASH, version, ledger_id, CREATED_AT)
    )
    return body + ',"hash":"' + hashlib.sha256(body.encode()).hexdigest() + '"}'


def fmt_minor(v):
    """Format a non-negative amount in minor units (scale 2)."""
    return "%d.%02d" % divmod(v, 100)


def write_csv_dir(a):
    """The import files of one point of an axis (see the module docstring)."""
    import os
    os.makedirs(a.csv_dir, exist_ok=True)
    n_cso = max(1, a.parties // 2)
    n_cp = max(1, a.parties - n_cso)
    with open(os.path.join(a.csv_dir, "parties.csv"), "w", encoding="ascii", newline="\n") as f:
        f.write("id,kind,name,level,district,province,region_code,aliases\n")
        for i in range(1, n_cso + 1):
            f.write("CSO-%06d,cso,Perkumpulan %d,,Kabupaten %d,Banten,36.%02d,\n" % (i, i, i % 99 + 1, i % 99 + 1))
        for i in range(1, n_cp + 1):
            f.write("CP-%06d,company,PT Mitra %d,private,,,,\n" % (i, i))
    with open(os.path.join(a.csv_dir, "agreements.csv"), "w", encoding="ascii", newline="\n") as f, \
            open(os.path.join(a.csv_dir, "schedule.csv"), "w", encoding="ascii", newline="\n") as s:
        f.write("id,cso,counterparty,signed,currency,amount,nature,form,valuation_basis,conditional,"
                "condition,counts_as,purpose,restriction,document_sha256\n")
        s.write("agreement,tranche,due,amount\n")
        for i in range(1, a.agreements + 1):
            amount = "%d.00" % (1000 + i % 5000)
            f.write("AG-%06d,CSO-%06d,CP-%06d,2024-01-05,USD,%s,contribution,cash,,no,,leverage,Grant %d,,\n"
                    % (i, i % n_cso + 1, i % n_cp + 1, amount, i))
            s.write("AG-%06d,1,2024-06-30,%s\n" % (i, amount))
    n_bank = max(a.bank_accounts, 1 if a.statement_lines else 0)
    with open(os.path.join(a.csv_dir, "bank_accounts.csv"), "w", encoding="ascii", newline="\n") as f:
        f.write("id,cso,bank,number,currency,account,opened,opening_balance\n")
        for i in range(1, n_bank + 1):
            f.write("BA-%06d,CSO-%06d,Bank %d,%08d,USD,Assets:Bank:B%06d,2024-01-02,%d.00\n"
                    % (i, i % n_cso + 1, i % 50, i, i, 100 + i % 900))
    if a.statement_lines:
        os.makedirs(os.path.join(a.csv_dir, "statement"), exist_ok=True)   # not an import file
        with open(os.path.join(a.csv_dir, "statement", "statement.csv"), "w", encoding="ascii", newline="\n") as f:
            f.write("Date,Description,Reference,Amount\n")
            first = datetime.date(2024, 1, 3)
            for i in range(1, a.statement_lines + 1):
                day = first + datetime.timedelta(days=(i - 1) * 360 // a.statement_lines)
                amount = (1 + i % 997) * (1 if i % 3 else -1)
                f.write("%s,TRANSFER %d,R%07d,%d.%02d\n" % (day.isoformat(), i, i, amount, i % 100))
    print("gen_journal: %d parties, %d agreements, %d bank accounts, %d statement lines in %s"
          % (n_cso + n_cp, a.agreements, n_bank, a.statement_lines, a.csv_dir), file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100000, help="number of transactions")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="fundledger journal (JSON lines)")
    ap.add_argument("--csv-dir", help="write import files for the other axes here instead")
    ap.add_argument("--parties", type=int, default=2, help="with --csv-dir: parties (half CSOs)")
    ap.add_argument("--agreements", type=int, default=0, help="with --csv-dir: agreements")
    ap.add_argument("--bank-accounts", type=int, default=0, help="with --csv-dir: bank accounts")
    ap.add_argument("--statement-lines", type=int, default=0, help="with --csv-dir: statement lines")
    ap.add_argument("--ledger-out", help="same transactions in ledger-cli/hledger syntax")
    ap.add_argument("--beancount-out", help="same transactions in beancount syntax")
    ap.add_argument("--version", type=int, choices=(1, 2), default=2, help="journal format version (2)")
    a = ap.parse_args(argv)
    if a.n < 0:
        ap.error("--n must be >= 0")
    if a.csv_dir:
        if min(a.parties, a.agreements, a.bank_accounts, a.statement_lines) < 0 or a.parties < 2:
            ap.error("axis sizes must be >= 0 (--parties >= 2)")
        return write_csv_dir(a)
    if not a.out:
        ap.error("--out or --csv-dir is required")

    t0 = time.monotonic()
    rng = random.Random(a.seed)
    sha256 = hashlib.sha256

    banks = ["Assets:Bank:B%04d" % (i + 1) for i in range(N_BANK)]
    incomes = ["Income:Grants:M%04d" % (i + 1) for i in range(N_INCOME)]
    expenses = ["Expenses:Programme:E%04d" % (i + 1) for i in range(N_EXPENSE)]
    csos = ["CSO-%04d" % (i + 1) for i in range(N_CSO)]
    agreements = ["AG-%05d" % (i + 1) for i in range(N_AGREEMENT)]
    counterparties = ["CP-%05d" % (i + 1) for i in range(N_COUNTERPARTY)]
    tranches = ["TR-%02d" % (i + 1) for i in range(N_TRANCHE)]

    ndays = (LAST_DAY - FIRST_DAY).days + 1
    day_str = [(FIRST_DAY + datetime.timedelta(days=d)).isoformat() for d in range(ndays)]
    rec_base = datetime.datetime(2026, 1, 1)
    rec_day_cache = {}

    out = open(a.out, "w", encoding="ascii", newline="\n", buffering=1 << 20)
    lout = open(a.ledger_out, "w", encoding="ascii", newline="\n", buffering=1 << 20) if a.ledger_out else None
    bout = open(a.beancount_out, "w", encoding="ascii", newline="\n", buffering=1 << 20) if a.beancount_out else None

    hdr = header_line(version=a.version)
    out.write(hdr + "\n")
    prev = sha256(hdr.encode()).hexdigest()

    if lout:
        lout.write("; fundledger bench journal, n=%d seed=%d (ledger-cli/hledger syntax)\n\n" % (a.n, a.seed))
    if bout:
        bout.write('; fundledger bench journal, n=%d seed=%d\noption "title" "bench"\n'
                   'option "operating_currency" "USD"\n\n' % (a.n, a.seed))
        for cur in ("IDR", "USD"):
            bout.write("2019-12-31 commodity %s\n" % cur)
        for acct in banks + incomes + expenses:
            bout.write("2019-12-31 open %s\n" % acct)
        bout.write("\n")

    v2 = a.version == 2
    # version 1: '{"account":"X","amount":"A","currency":"C","cso":...,"tranche":"T"}'
    post_fmt = '{"account":"%s","amount":"%s","currency":"%s",%s}'
    line_fmt = ('{"seq":%d,"prev":"%s","frame":"one","type":"txn","id":"T-%d",'
                '"recorded_at":"%s","date":"%s","posting_date":"%s","description":"%s",'
                '"postings":[%s,%s,%s]')
    # version 2: what the three postings share is written once, on the event
    post2_fmt = '{"account":"%s","amount":"%s"}'
    line2_fmt = ('{"seq":%d,"prev":"%s","frame":"one","type":"txn","id":"T-%d",'
                 '"recorded_at":"%s","date":"%s","description":"%s","currency":"%s",%s,'
                 '"postings":[%s,%s,%s]')
    ledger_fmt = ("%s (T-%d) %s\n    ; cso: %s\n    ; agreement: %s\n    ; counterparty: %s\n"
                  "    ; tranche: %s\n    %s    %s %s\n    %s    %s %s\n    %s    %s %s\n\n")
    bean_fmt = ('%s * "%s T-%d"\n  cso: "%s"\n  agreement: "%s"\n  counterparty: "%s"\n'
                '  tranche: "%s"\n  %s  %s %s\n  %s  %s %s\n  %s  %s %s\n\n')

    n = a.n
    getrandbits = rng.getrandbits
    chunk, lchunk, bchunk = [], [], []
    for i in range(1, n + 1):
        r = getrandbits(64)
        r2 = getrandbits(64)
        # cover every account in the first passes, then pick at random
        bank = banks[i - 1] if i <= N_BANK else banks[r % N_BANK]
        r //= N_BANK
        inc = incomes[i - 1] if i <= N_INCOME else incomes[r % N_INCOME]
        r //= N_INCOME
        exp = expenses[i - 1] if i <= N_EXPENSE else expenses[r % N_EXPENSE]
        r //= N_EXPENSE
        usd = (r % 10) < 3            # 30% USD, 70% IDR
        r //= 10
        desc = DESCRIPTIONS[r % 4]
        r //= 4
        if usd:
            cur = "USD"
            gross = 10000 + (r2 % 49990000)          # 100.00 .. 500,000.00 in cents
            r2 //= 49990000
            fee = 100 + gross * (r2 % 300) // 10000  # up to ~3% plus 1.00
        else:
            cur = "IDR"
            # whole rupiah: 100,000 .. 5,000,000,000, written with .00
            gross = (100000 + (r2 % 4999900000)) * 100
            r2 //= 4999900000
            fee = (5000 + gross // 100 * (r2 % 300) // 10000) * 100
        r2 //= 300
        net = gross - fee
        a_net = fmt_minor(net)
        a_fee = fmt_minor(fee)
        a_gross = fmt_minor(gross)
        cso = csos[r2 % N_CSO]
        r2 //= N_CSO
        agr = agreements[r2 % N_AGREEMENT]
        r2 //= N_AGREEMENT
        cp = counterparties[r2 % N_COUNTERPARTY]
        r2 //= N_COUNTERPARTY
        tr = tranches[r2 % N_TRANCHE]
        dims = '"cso":"%s","agreement":"%s","counterparty":"%s","tranche":"%s"' % (cso, agr, cp, tr)

        date = day_str[(i - 1) * ndays // n]
        dd, ss = divmod(i, 86400)
        rd = rec_day_cache.get(dd)
        if rd is None:
            rd = rec_day_cache[dd] = (rec_base + datetime.timedelta(days=dd)).strftime("%Y-%m-%d")
        hh, ss = divmod(ss, 3600)
        mm, ss = divmod(ss, 60)
        rec = "%sT%02d:%02d:%02dZ" % (rd, hh, mm, ss)

        if v2:
            body = line2_fmt % (
                i, prev, i, rec, date, desc, cur, dims,
                post2_fmt % (bank, a_net),
                post2_fmt % (exp, a_fee),
                post2_fmt % (inc, "-" + a_gross),
            )
        else:
            body = line_fmt % (
                i, prev, i, rec, date, date, desc,
                post_fmt % (bank, a_net, cur, dims),
                post_fmt % (exp, a_fee, cur, dims),
                post_fmt % (inc, "-" + a_gross, cur, dims),
            )
        line = body + ',"hash":"' + sha256(body.encode()).hexdigest() + '"}'
        prev = sha256(line.encode()).hexdigest()
        chunk.append(line)
        if lout:
            lchunk.append(ledger_fmt % (date, i, desc, cso, agr, cp, tr,
                                        bank, a_net, cur, exp, a_fee, cur, inc, "-" + a_gross, cur))
        if bout:
            bchunk.append(bean_fmt % (date, desc, i, cso, agr, cp, tr,
                                      bank, a_net, cur, exp, a_fee, cur, inc, "-" + a_gross, cur))
        if len(chunk) >= 10000:
            out.write("\n".join(chunk) + "\n")
            chunk.clear()
            if lout:
                lout.write("".join(lchunk))
                lchunk.clear()
            if bout:
                bout.write("".join(bchunk))
                bchunk.clear()
    if chunk:
        out.write("\n".join(chunk) + "\n")
    if lout:
        lout.write("".join(lchunk))
        lout.close()
    if bout:
        bout.write("".join(bchunk))
        bout.close()
    out.close()
    print("gen_journal: %d transactions, head %s, %.1f s" % (n, prev, time.monotonic() - t0),
          file=sys.stderr)


if __name__ == "__main__":
    main()
