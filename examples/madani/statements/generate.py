#!/usr/bin/env python3
"""Writes the bank statement exports of the Madani example (illustrative, deterministic).

Three CSOs' IDR accounts, each from its opening on 2020-01-02, in the layout its bank exports:

  BA-3602-BRI  (CSO-3602, Lebak)   BRI CMS CSV, two exports whose periods overlap (April 2022)
  BA-3573-BNI  (CSO-3573, Malang)  BNIDirect account statement CSV, 2020-2023 Q3 and 2023 Q4,
                                   read through bni-direct.json (no BNI mapping ships in mappings/)
  BA-3273-BCA  (CSO-3273, Bandung) BCA KlikBCA CSV, one per month with movements

Every receipt of receipts.csv into these accounts is here, at its net amount (gross less bank
charges less tax withheld). Routine monthly interest and fees are left out except in December
2023, to keep the walkthrough short; a month with no movement has no KlikBCA file, and each file
opens at the previous one's closing balance.

Run from anywhere: python3 examples/madani/statements/generate.py
The files are written next to this script. Nothing needs it at run time; the checks read the
CSV files as committed.
"""
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = Decimal


def rows_with_balances(opening, rows):
    """rows: (date 'YYYY-MM-DD', time 'HH:MM:SS', description, amount) → with before/after."""
    bal = D(opening)
    out = []
    for date, time, desc, amount in rows:
        before = bal
        bal += D(amount)
        out.append((date, time, desc, D(amount), before, bal))
    return out, bal


def write(name, text, bom=False):
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    (HERE / name).write_bytes(data)


def plain(v):
    return f"{v:.2f}"


def grouped(v):
    return f"{v:,.2f}"


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


# --- BRI CMS: BA-3602-BRI, 858764759270446 -----------------------------------------------
BRI_NOREK = "858764759270446"
BRI_OPENING = D("14300000.00")
BRI_HEADER = ('"ID","NOREK","TGL_TRAN","TGL_EFEKTIF","JAM_TRAN","SEQ","DESK_TRAN","SALDO_AWAL_MUTASI",'
              '"MUTASI_DEBET","MUTASI_KREDIT","SALDO_AKHIR_MUTASI","GLSIGN","TRUSER","KODE_TRAN",'
              '"KODE_TRAN_TELLER","TRREMK","TLBDS1","TLBDS2","REMARK_CUSTOM"')
# (seq, date, time, description, amount)
BRI_ROWS = [
    ("2210417", "2021-05-07", "10:21:33", "SKN DR BANK BANTEN RKUD KAB LEBAK BRI21050742392721 TERMIN I HIBAH AG-3602-01", "37393500.00"),
    ("3317052", "2021-09-07", "14:05:18", "SKN DR BANK BANTEN RKUD KAB LEBAK BRI21090776057672 TERMIN II HIBAH AG-3602-01", "56100000.00"),
    ("5120388", "2022-04-01", "09:47:02", "RTGS DR BANK MANDIRI YAY LEBAK SEJAHTERA BRI22040197254438 HIBAH PROGRAM 2022", "187497500.00"),
    ("5164410", "2022-04-19", "11:12:40", "RTGS DR BANK MANDIRI YAY LEBAK SEJAHTERA BRI22041930518872 HIBAH PROGRAM 2022", "187497500.00"),
    ("5187223", "2022-04-25", "13:30:09", "CMS RTGS KE BANK MANDIRI YAY LEBAK SEJAHTERA PENGEMBALIAN KELEBIHAN TRANSFER 19/04", "-187497500.00"),
    ("5187224", "2022-04-25", "13:30:09", "BIAYA RTGS CMS", "-25000.00"),
    ("9031876", "2023-11-20", "15:44:51", "SKN DR BANK BANTEN BPKAD KAB LEBAK BRI23112008811453 HONOR NARASUMBER", "7500000.00"),
]


def bri_file(name, first_date, last_date):
    all_rows, _ = rows_with_balances(BRI_OPENING, [(d, t, desc, a) for _, d, t, desc, a in BRI_ROWS])
    lines = [BRI_HEADER]
    n = 0
    for (seq, *_), (date, time, desc, amount, before, after) in zip(BRI_ROWS, all_rows):
        if not (first_date <= date <= last_date):
            continue
        n += 1
        debit = plain(-amount) if amount < 0 else ".00"
        credit = plain(amount) if amount > 0 else ".00"
        sign = "Cr" if amount > 0 else "Db"
        jam = str(int(time.replace(":", "")))
        stamp = f"{date} {time}"
        cells = [str(n), BRI_NOREK, stamp, stamp, jam, seq, desc, plain(before), debit, credit, plain(after), sign,
                 "8888079", "4", "6670", "", "", "", ""]
        lines.append(",".join(f'"{c}"' for c in cells))
    write(name, "\n".join(lines) + "\n")


bri_file("bri-cms-3602-2020-01-02-2022-04-30.csv", "2020-01-02", "2022-04-30")
bri_file("bri-cms-3602-2022-04-01-2023-12-31.csv", "2022-04-01", "2023-12-31")


# --- BNIDirect: BA-3573-BNI, 7730986646 ----------------------------------------------------
BNI_NO = "7730986646"
BNI_OPENING = D("36550000.00")
# (date, time, branch, journal, description, amount)
BNI_ROWS = [
    ("2021-06-21", "10:02:17", "0413", "118204", "TRANSFER DARI PT MALANG AGRO LESTARI BNI21062180665084 DANA PROGRAM", "59500000.00"),
    ("2022-02-21", "13:48:55", "0413", "207351", "KLIRING SKN DARI PT MALANG AGRO LESTARI BNI22022122399754 TAHAP 1", "57997500.00"),
    ("2022-06-13", "09:15:40", "0413", "095516", "RTGS DARI PT MALANG AGRO LESTARI BNI22061315460788 TAHAP 2", "86975000.00"),
    ("2023-10-02", "08:31:26", "0998", "031277", "RTGS DARI BANK JATIM RKUD PROV JATIM BNI23092999850593 SP2D 12345/HIBAH/2023", "87750000.00"),
    ("2023-12-11", "10:20:03", "0413", "184420", "TRANSFER KE SITI AMINAH HONOR FASILITATOR DES 2023", "-3000000.00"),
    ("2023-12-12", "09:58:47", "0413", "176311", "TRANSFER KE BAMBANG HARYANTO HONOR FASILITATOR DES 2023", "-3000000.00"),
    ("2023-12-20", "15:06:12", "0998", "341908", "RTGS DARI BANK JATIM RKUD PROV JATIM SP2D 20871/HIBAH/2023", "70200000.00"),
    ("2023-12-22", "14:40:35", "0998", "325564", "RTGS DARI BANK JATIM RKUD PROV JATIM SP2D 21344/HIBAH/2023", "46800000.00"),
]


def bni_file(name, period_from, period_to):
    before_rows = [r for r in BNI_ROWS if r[0] < period_from]
    _, opening = rows_with_balances(BNI_OPENING, [(d, t, desc, a) for d, t, _, _, desc, a in before_rows])
    rows = [r for r in BNI_ROWS if period_from <= r[0] <= period_to]
    computed, closing = rows_with_balances(opening, [(d, t, desc, a) for d, t, _, _, desc, a in rows])
    out = [
        "Account Statement",
        f"Account No.,'{BNI_NO}",
        "Account Name,LEMBAGA KAJIAN KOTA MALANG",
        "Currency,IDR",
        f"Period,{dmy(period_from)} - {dmy(period_to)}",
        "",
        "Post Date,Value Date,Branch,Journal No.,Description,Amount,DB/CR,Balance",
    ]
    credits = debits = D(0)
    for (date, time, branch, journal, desc, _), (_, _, _, amount, _, after) in zip(rows, computed):
        mark = "C" if amount > 0 else "D"
        if amount > 0:
            credits += amount
        else:
            debits -= amount
        out.append(f'{dmy(date)} {time},{dmy(date)},{branch},{journal},"{desc}","{grouped(abs(amount))}",{mark},"{grouped(after)}"')
    out += [
        "",
        f'Beginning Balance,"{grouped(opening)}"',
        f'Total Credit,"{grouped(credits)}"',
        f'Total Debit,"{grouped(debits)}"',
        f'Ending Balance,"{grouped(closing)}"',
    ]
    write(name, "\r\n".join(out) + "\r\n")


bni_file("bni-3573-2020-01-02-2023-09-30.csv", "2020-01-02", "2023-09-30")
bni_file("bni-3573-2023-10-01-2023-12-31.csv", "2023-10-01", "2023-12-31")


# --- KlikBCA: BA-3273-BCA, 0078082399 ------------------------------------------------------
BCA_NO = "0078082399"
BCA_OPENING = D("15850000.00")
# (date, description, amount) — settled rows; months are the files
BCA_ROWS = [
    ("2021-09-01", "TRSF E-BANKING CR 0109/FTSCY/WS95051         38500000.00PT KREASI DIGITAL PARAHYANGAN BCA21090126665700", "38500000.00"),
    ("2022-11-23", "KR OTOMATIS LLG-BANK BJB RKUD KOTA BANDUNG BCA22112399371243 SWAKELOLA TAHAP 1", "44299920.00"),
    ("2023-05-02", "KR OTOMATIS RTGS-BANK BJB RKUD KOTA BANDUNG BCA23042880617073 SWAKELOLA TAHAP 2", "110724800.00"),
    ("2023-08-08", "KR OTOMATIS LLG-BANK BJB RKUD KOTA BANDUNG BCA23080827827076 SWAKELOLA TAHAP 3", "66450860.00"),
    ("2023-12-31", "BUNGA", "229854.65"),
    ("2023-12-31", "PAJAK BUNGA", "-45970.93"),
    ("2023-12-31", "BIAYA ADM", "-15000.00"),
]
# month → (period from, period to, pending rows)
BCA_MONTHS = {
    "2021-09": ("2021-09-01", "2021-09-30", []),
    "2022-11": ("2022-11-01", "2022-11-30", []),
    "2023-05": ("2023-05-01", "2023-05-31", []),
    "2023-08": ("2023-08-01", "2023-08-31", []),
    "2023-12": ("2023-12-01", "2023-12-31",
                [("TRSF E-BANKING DB 3112/FTFVA/WS95031 SEWA GEDUNG LOKAKARYA", "4500000.00", "DB")]),
}


def klikbca_file(month):
    period_from, period_to, pending = BCA_MONTHS[month]
    before_rows = [r for r in BCA_ROWS if r[0] < period_from]
    _, opening = rows_with_balances(BCA_OPENING, [(d, "", desc, a) for d, desc, a in before_rows])
    rows = [r for r in BCA_ROWS if period_from <= r[0] <= period_to]
    computed, closing = rows_with_balances(opening, [(d, "", desc, a) for d, desc, a in rows])
    out = [
        "Informasi Rekening - Mutasi Rekening",
        f"No. rekening,=,'{BCA_NO}",
        "Nama,=,YAYASAN KOTA INKLUSIF BANDUNG",
        f"Periode,=,{dmy(period_from)} - {dmy(period_to)}",
        "Kode Mata Uang,=,IDR",
        "",
        "Tanggal,Keterangan,Cabang,Jumlah,,Saldo",
    ]
    credits = debits = D(0)
    for date, desc, amount, _, after in ((d, desc, a, b, c) for d, _, desc, a, b, c in computed):
        mark = "CR" if amount > 0 else "DB"
        if amount > 0:
            credits += amount
        else:
            debits -= amount
        out.append(f"'{dmy(date)},{desc},'0000,{plain(abs(amount))},{mark},{plain(after)}")
    for desc, amount, mark in pending:
        out.append(f"PEND,{desc},'0000,{amount},{mark},{plain(closing)}")
    out += [
        "",
        f"Saldo Awal,=,{plain(opening)}",
        f"Mutasi Kredit,=,{plain(credits)}",
        f"Mutasi Debet,=,{plain(debits)}",
        f"Saldo Akhir,=,{plain(closing)}",
    ]
    write(f"klikbca-3273-{month}.csv", "\r\n".join(out) + "\r\n")


for m in BCA_MONTHS:
    klikbca_file(m)
