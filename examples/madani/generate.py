#!/usr/bin/env python3
"""Generator of the illustrative `examples/madani/` data set (kept for the record).

The CSV files in this directory are the data set; nothing needs this script. It is kept so the
choices behind the numbers can be read and the files rebuilt exactly: it uses a fixed random
seed, no clock and no network, so running it again writes byte-identical files:

    /usr/bin/python3 examples/madani/generate.py

What it does, in order:
  1. writes the 32 CSOs (real districts and their Kemendagri codes), their counterparties and
     the donor (parties.csv), and one bank account per CSO plus USD accounts (bank_accounts.csv);
  2. writes illustrative USD/IDR rates for every business day 2019-12-23 .. 2023-12-29,
     interpolated between month anchors close to the real JISDOR path, with a few holiday gaps
     (rates.csv);
  3. draws the 85 agreements of the plan below (80 counted, 5 reported apart) with amounts,
     dates, tranche schedules, receipts and change events;
  4. scales the rupiah amounts so the committed USD total lands near USD 732,000, well above
     the published "more than USD 700,000".

The figures are then recomputed independently, from the CSVs alone, by
tests/madani/recompute.py, and README.md states what that script prints.
"""
import csv
import datetime as dt
import random
from fractions import Fraction
from pathlib import Path

OUT = Path(__file__).resolve().parent
D = dt.date
AS_OF = D(2023, 12, 31)
TARGET_USD = 732_000

# ---------------------------------------------------------------------------------------------
# 1. Parties

# code, district, province, CSO name, bank code of its IDR account, slot pattern
# (G government, C company, P philanthropy: the counted agreements it signs).
CSOS = [
    ("36.01", "Kabupaten Pandeglang", "Banten", "Perkumpulan Masyarakat Peduli Pandeglang", "BANTEN", "GCP"),
    ("36.02", "Kabupaten Lebak", "Banten", "Lembaga Kajian Kebijakan Publik Lebak", "BRI", "GP"),
    ("36.04", "Kabupaten Serang", "Banten", "Perkumpulan Warga Mandiri Serang", "BJB", "GCP"),
    ("36.73", "Kota Serang", "Banten", "Yayasan Suara Warga Banten", "BNI", "GC"),
    ("32.01", "Kabupaten Bogor", "Jawa Barat", "Lembaga Pengembangan Partisipasi Warga Bogor", "BJB", "GCP"),
    ("32.04", "Kabupaten Bandung", "Jawa Barat", "Perkumpulan Inisiatif Warga Bandung", "BJB", "GCP"),
    ("32.05", "Kabupaten Garut", "Jawa Barat", "Yayasan Garut Sauyunan", "MANDIRI", "CP"),
    ("32.11", "Kabupaten Sumedang", "Jawa Barat", "Perkumpulan Tata Kelola Sumedang", "BJB", "GCP"),
    ("32.12", "Kabupaten Indramayu", "Jawa Barat", "Lembaga Advokasi Nelayan Indramayu", "BRI", "GC"),
    ("32.73", "Kota Bandung", "Jawa Barat", "Yayasan Kota Inklusif Bandung", "BCA", "GCP"),
    ("32.78", "Kota Tasikmalaya", "Jawa Barat", "Perkumpulan Damai Priangan Tasikmalaya", "BJB", "GP"),
    ("33.02", "Kabupaten Banyumas", "Jawa Tengah", "Lembaga Studi Desa Banyumas", "JATENG", "GCP"),
    ("33.07", "Kabupaten Wonosobo", "Jawa Tengah", "Yayasan Lingkar Dieng Wonosobo", "JATENG", "GP"),
    ("33.18", "Kabupaten Pati", "Jawa Tengah", "Perkumpulan Warga Pantura Pati", "BRI", "GC"),
    ("33.20", "Kabupaten Jepara", "Jawa Tengah", "Lembaga Pemberdayaan Perajin Jepara", "JATENG", "CP"),
    ("33.26", "Kabupaten Pekalongan", "Jawa Tengah", "Yayasan Pesisir Lestari Pekalongan", "BNI", "GCP"),
    ("33.72", "Kota Surakarta", "Jawa Tengah", "Perkumpulan Solo Inklusi", "MANDIRI", "GCP"),
    ("33.74", "Kota Semarang", "Jawa Tengah", "Lembaga Advokasi Layanan Publik Semarang", "JATENG", "GCP"),
    ("35.09", "Kabupaten Jember", "Jawa Timur", "Perkumpulan Pandalungan Berdaya Jember", "JATIM", "GCP"),
    ("35.10", "Kabupaten Banyuwangi", "Jawa Timur", "Lembaga Blambangan Mandiri Banyuwangi", "JATIM", "GCP"),
    ("35.13", "Kabupaten Probolinggo", "Jawa Timur", "Perkumpulan Tengger Lestari Probolinggo", "BRI", "GP"),
    ("35.15", "Kabupaten Sidoarjo", "Jawa Timur", "Yayasan Delta Brantas Sidoarjo", "MANDIRI", "CP"),
    ("35.22", "Kabupaten Bojonegoro", "Jawa Timur", "Perkumpulan Transparansi Anggaran Bojonegoro", "JATIM", "GCP"),
    ("35.73", "Kota Malang", "Jawa Timur", "Lembaga Kajian Kota Malang", "BNI", "GCP"),
    ("35.78", "Kota Surabaya", "Jawa Timur", "Yayasan Kampung Arek Surabaya", "BCA", "GCP"),
    ("73.02", "Kabupaten Bulukumba", "Sulawesi Selatan", "Perkumpulan Pinisi Bulukumba", "SULSELBAR", "GC"),
    ("73.03", "Kabupaten Bantaeng", "Sulawesi Selatan", "Yayasan Butta Toa Bantaeng", "SULSELBAR", "GCP"),
    ("73.09", "Kabupaten Maros", "Sulawesi Selatan", "Lembaga Karst Lestari Maros", "BRI", "CP"),
    ("73.71", "Kota Makassar", "Sulawesi Selatan", "Perkumpulan Warga Kota Makassar", "SULSELBAR", "GCP"),
    ("61.01", "Kabupaten Sambas", "Kalimantan Barat", "Perkumpulan Pesisir Sambas", "KALBAR", "GC"),
    ("61.12", "Kabupaten Kubu Raya", "Kalimantan Barat", "Lembaga Gambut Lestari Kubu Raya", "KALBAR", ""),
    ("61.71", "Kota Pontianak", "Kalimantan Barat", "Yayasan Khatulistiwa Pontianak", "KALBAR", "GCP"),
]

BANKS = {  # code: (name, digits in an account number)
    "BJB": ("Bank BJB", 13), "BANTEN": ("Bank Banten", 10), "JATENG": ("Bank Jateng", 10),
    "JATIM": ("Bank Jatim", 10), "SULSELBAR": ("Bank Sulselbar", 13), "KALBAR": ("Bank Kalbar", 10),
    "BRI": ("BRI", 15), "MANDIRI": ("Bank Mandiri", 13), "BNI": ("BNI", 10), "BCA": ("BCA", 10),
}
USD_ACCOUNTS = {"32.73": "BNI", "33.74": "BNI", "35.73": "BNI", "35.78": "BCA", "73.71": "BNI", "61.71": "BNI"}


def digits(code):
    return code.replace(".", "")


def short(district):
    return district.split(" ", 1)[1]


def gov_id(district):
    pre = "PEMKAB" if district.startswith("Kabupaten") else "PEMKOT"
    return pre + "-" + short(district).upper().replace(" ", "-")


def gov_party(district):
    kab = district.startswith("Kabupaten")
    s = short(district).upper()
    k = "KAB" if kab else "KOTA"
    aliases = [("PEMKAB " if kab else "PEMKOT ") + s, f"RKUD {k} {s}", f"BPKAD {k} {s}"]
    return dict(id=gov_id(district), kind="government", name="Pemerintah " + district, level="district",
                aliases="|".join(aliases))


# Counterparties other than the district governments (which follow from the CSOs). Company
# and philanthropy names are invented; zakat agencies (BAZNAS) exist by law in every district.
OTHER_PARTIES = [
    # provincial and village governments
    ("PEMPROV-JABAR", "government", "Pemerintah Provinsi Jawa Barat", "provincial", "PEMPROV JAWA BARAT|RKUD PROV JABAR|BPKAD PROV JAWA BARAT"),
    ("PEMPROV-JATENG", "government", "Pemerintah Provinsi Jawa Tengah", "provincial", "PEMPROV JATENG|RKUD PROV JATENG|BPKAD PROV JAWA TENGAH"),
    ("PEMPROV-JATIM", "government", "Pemerintah Provinsi Jawa Timur", "provincial", "PEMPROV JATIM|RKUD PROV JATIM|BPKAD PROV JAWA TIMUR"),
    ("PEMPROV-SULSEL", "government", "Pemerintah Provinsi Sulawesi Selatan", "provincial", "PEMPROV SULSEL|RKUD PROV SULSEL|BPKAD PROV SULAWESI SELATAN"),
    ("DESA-SUKAMANAH", "government", "Pemerintah Desa Sukamanah (Kabupaten Pandeglang)", "village", "PEMDES SUKAMANAH|DESA SUKAMANAH"),
    ("DESA-KARANGSARI", "government", "Pemerintah Desa Karangsari (Kabupaten Banyumas)", "village", "PEMDES KARANGSARI|DESA KARANGSARI"),
    # companies
    ("AGRO-BANTEN", "company", "PT Agro Sentosa Banten", "private", "PT AGRO SENTOSA BANTEN|AGRO SENTOSA BTN"),
    ("SEMEN-BANTEN", "company", "PT Semen Banten Nusantara (Persero)", "state-owned", "PT SEMEN BANTEN NUSANTARA|SEMEN BANTEN NUS"),
    ("KERAMIK-SERANG", "company", "PT Keramik Nusa Serang", "private", "PT KERAMIK NUSA SERANG"),
    ("TIRTA-PAKUAN", "company", "PT Tirta Pakuan Lestari", "private", "PT TIRTA PAKUAN LESTARI|TIRTA PAKUAN LST"),
    ("TEKSTIL-MAJALAYA", "company", "PT Tekstil Majalaya Sejahtera", "private", "PT TEKSTIL MAJALAYA SEJAHTERA|TEKSTIL MAJALAYA"),
    ("KULIT-SUKAREGANG", "company", "CV Kulit Sukaregang Mandiri", "private", "CV KULIT SUKAREGANG MANDIRI"),
    ("BPR-SUMEDANG", "company", "PT BPR Sumedang Larang Sejahtera (Perseroda)", "state-owned", "PT BPR SUMEDANG LARANG|BPR SUMEDANG LARANG SEJAHTERA"),
    ("ENERGI-PANTURA", "company", "PT Energi Pantura Indramayu", "private", "PT ENERGI PANTURA INDRAMAYU|ENERGI PANTURA"),
    ("KREASI-DIGITAL", "company", "PT Kreasi Digital Parahyangan", "private", "PT KREASI DIGITAL PARAHYANGAN"),
    ("KOPI-SLAMET", "company", "PT Kopi Lereng Slamet", "private", "PT KOPI LERENG SLAMET"),
    ("TEBU-PATI", "company", "PT Tebu Manis Pati", "private", "PT TEBU MANIS PATI"),
    ("UKIR-JEPARA", "company", "CV Ukir Jati Jepara", "private", "CV UKIR JATI JEPARA"),
    ("BATIK-PESISIR", "company", "PT Batik Pesisir Nusantara", "private", "PT BATIK PESISIR NUSANTARA|BATIK PESISIR NUS"),
    ("PASAR-GEDE", "company", "PT Pasar Gede Retailindo", "private", "PT PASAR GEDE RETAILINDO"),
    ("PERUMDA-PASAR-SMG", "company", "Perumda Pasar Kota Semarang Bersatu", "state-owned", "PERUMDA PASAR KOTA SEMARANG|PD PASAR SMG BERSATU"),
    ("TEMBAKAU-BESUKI", "company", "PT Tembakau Besuki Lestari", "private", "PT TEMBAKAU BESUKI LESTARI|TEMBAKAU BESUKI LST"),
    ("IJEN-WISATA", "company", "PT Ijen Wisata Nusantara", "private", "PT IJEN WISATA NUSANTARA"),
    ("TAMBAK-DELTA", "company", "PT Tambak Delta Sidoarjo", "private", "PT TAMBAK DELTA SIDOARJO"),
    ("ENERGI-BOJONEGORO", "company", "PT Energi Bojonegoro Bersama (Perseroda)", "state-owned", "PT ENERGI BOJONEGORO BERSAMA|EBB PERSERODA"),
    ("MALANG-AGRO", "company", "PT Malang Agro Lestari", "private", "PT MALANG AGRO LESTARI"),
    ("SAMUDRA-LOGISTIK", "company", "PT Samudra Logistik Surabaya", "private", "SAMUDRA LOGISTIK SURABAYA PT|PT SAMUDRA LOGISTIK SBY"),
    ("RUMPUT-LAUT", "company", "PT Rumput Laut Bulukumba Jaya", "private", "PT RUMPUT LAUT BULUKUMBA JAYA"),
    ("PERUMDA-AIR-BANTAENG", "company", "Perumda Air Minum Butta Toa Bantaeng", "state-owned", "PERUMDA AM BUTTA TOA|PDAM BANTAENG"),
    ("MARMER-MAROS", "company", "PT Marmer Maros Utama", "private", "PT MARMER MAROS UTAMA"),
    ("SULAWESI-DIGITAL", "company", "PT Sulawesi Digital Nusantara", "private", "SULAWESI DIGITAL NUSANTARA PT"),
    ("SAWIT-SAMBAS", "company", "PT Sawit Sambas Lestari", "private", "PT SAWIT SAMBAS LESTARI"),
    ("KARET-KHATULISTIWA", "company", "PT Karet Khatulistiwa", "private", "KARET KHATULISTIWA PT|PT KARET KHATULISTIWA"),
    # philanthropies
    ("BAZNAS-PANDEGLANG", "philanthropy", "BAZNAS Kabupaten Pandeglang", "zakat", "BAZNAS KAB PANDEGLANG|BAZNAS PANDEGLANG"),
    ("BAZNAS-KAB-SERANG", "philanthropy", "BAZNAS Kabupaten Serang", "zakat", "BAZNAS KAB SERANG"),
    ("BAZNAS-GARUT", "philanthropy", "BAZNAS Kabupaten Garut", "zakat", "BAZNAS KAB GARUT|BAZNAS GARUT"),
    ("BAZNAS-KOTA-TASIKMALAYA", "philanthropy", "BAZNAS Kota Tasikmalaya", "zakat", "BAZNAS KOTA TASIKMALAYA"),
    ("BAZNAS-WONOSOBO", "philanthropy", "BAZNAS Kabupaten Wonosobo", "zakat", "BAZNAS KAB WONOSOBO"),
    ("BAZNAS-JEPARA", "philanthropy", "BAZNAS Kabupaten Jepara", "zakat", "BAZNAS KAB JEPARA"),
    ("BAZNAS-SURAKARTA", "philanthropy", "BAZNAS Kota Surakarta", "zakat", "BAZNAS KOTA SURAKARTA|BAZNAS SOLO"),
    ("BAZNAS-JEMBER", "philanthropy", "BAZNAS Kabupaten Jember", "zakat", "BAZNAS KAB JEMBER"),
    ("BAZNAS-MAROS", "philanthropy", "BAZNAS Kabupaten Maros", "zakat", "BAZNAS KAB MAROS"),
    ("BAZNAS-MAKASSAR", "philanthropy", "BAZNAS Kota Makassar", "zakat", "BAZNAS KOTA MAKASSAR"),
    ("BAZNAS-PONTIANAK", "philanthropy", "BAZNAS Kota Pontianak", "zakat", "BAZNAS KOTA PONTIANAK"),
    ("LAZ-DOMPET-AMANAH", "philanthropy", "LAZ Dompet Amanah Nusantara", "zakat", "LAZ DOMPET AMANAH NUSANTARA|DOMPET AMANAH NUS"),
    ("LAZ-PEDULI-UMAT", "philanthropy", "LAZ Peduli Umat Jawa Timur", "zakat", "LAZ PEDULI UMAT JATIM"),
    ("YDKN", "philanthropy", "Yayasan Dana Kemitraan Nusantara", "foundation", "YAY DANA KEMITRAAN NUSANTARA|YDKN"),
    ("YAYASAN-CAHAYA", "philanthropy", "Yayasan Cahaya Filantropi Indonesia", "foundation", "YAY CAHAYA FILANTROPI IND"),
    ("YAYASAN-KEDERMAWANAN", "philanthropy", "Yayasan Kedermawanan Jawa Tengah", "foundation", "YAY KEDERMAWANAN JATENG"),
    ("YAYASAN-BROMO", "philanthropy", "Yayasan Bromo Peduli", "foundation", "YAY BROMO PEDULI"),
    ("YAYASAN-MITRA-SBY", "philanthropy", "Yayasan Mitra Kota Surabaya", "foundation", "YAY MITRA KOTA SURABAYA"),
    ("YAYASAN-PEDULI-SULAWESI", "philanthropy", "Yayasan Peduli Sulawesi", "foundation", "YAY PEDULI SULAWESI"),
    ("YAYASAN-LEBAK", "philanthropy", "Yayasan Lebak Sejahtera", "foundation", "YAY LEBAK SEJAHTERA"),
    ("ASIA-CIVIC-FUND", "philanthropy", "Southeast Asia Civic Fund", "foundation", "SOUTHEAST ASIA CIVIC FUND|SEA CIVIC FUND"),
    # the programme's own funder: never counted
    ("USAID-MADANI", "donor", "USAID Madani (FHI 360)", "", "FHI 360 USAID MADANI|FHI360 MADANI"),
]

# ---------------------------------------------------------------------------------------------
# 3. The plan of agreements: (cso, counterparty, year, currency, flags). Counterparty None is
# the CSO's own district government.
PLAN = [
    ("36.01", "DESA-SUKAMANAH", 2021, "IDR", ""),
    ("36.01", "AGRO-BANTEN", 2022, "IDR", ""),
    ("36.01", "BAZNAS-PANDEGLANG", 2020, "IDR", ""),
    ("36.02", None, 2021, "IDR", ""),
    ("36.02", "YAYASAN-LEBAK", 2022, "IDR", ""),
    ("36.04", None, 2022, "IDR", ""),
    ("36.04", "SEMEN-BANTEN", 2021, "IDR", ""),
    ("36.04", "BAZNAS-KAB-SERANG", 2023, "IDR", "overdue"),
    ("36.73", None, 2023, "IDR", ""),
    ("36.73", "KERAMIK-SERANG", 2022, "IDR", "overdue"),
    ("32.01", None, 2021, "IDR", ""),
    ("32.01", "TIRTA-PAKUAN", 2022, "IDR", ""),
    ("32.01", "YDKN", 2020, "IDR", ""),
    ("32.04", None, 2021, "IDR", "amend"),
    ("32.04", "TEKSTIL-MAJALAYA", 2022, "IDR", ""),
    ("32.04", "LAZ-DOMPET-AMANAH", 2023, "IDR", ""),
    ("32.05", "KULIT-SUKAREGANG", 2021, "IDR", ""),
    ("32.05", "BAZNAS-GARUT", 2022, "IDR", ""),
    ("32.11", "PEMPROV-JABAR", 2022, "IDR", "condmet"),
    ("32.11", "BPR-SUMEDANG", 2023, "IDR", ""),
    ("32.11", "YAYASAN-CAHAYA", 2021, "IDR", ""),
    ("32.12", None, 2022, "IDR", ""),
    ("32.12", "ENERGI-PANTURA", 2020, "IDR", ""),
    ("32.73", None, 2022, "IDR", "exchange"),
    ("32.73", "KREASI-DIGITAL", 2021, "IDR", ""),
    ("32.73", "ASIA-CIVIC-FUND", 2021, "USD", ""),
    ("32.78", None, 2023, "IDR", "overdue"),
    ("32.78", "BAZNAS-KOTA-TASIKMALAYA", 2021, "IDR", ""),
    ("33.02", "DESA-KARANGSARI", 2022, "IDR", ""),
    ("33.02", "KOPI-SLAMET", 2023, "IDR", "overdue"),
    ("33.02", "YAYASAN-KEDERMAWANAN", 2022, "IDR", "condmet"),
    ("33.07", None, 2020, "IDR", ""),
    ("33.07", "BAZNAS-WONOSOBO", 2022, "IDR", ""),
    ("33.18", None, 2021, "IDR", ""),
    ("33.18", "TEBU-PATI", 2023, "IDR", ""),
    ("33.20", "UKIR-JEPARA", 2021, "IDR", ""),
    ("33.20", "BAZNAS-JEPARA", 2023, "IDR", ""),
    ("33.26", None, 2021, "IDR", ""),
    ("33.26", "BATIK-PESISIR", 2022, "IDR", "partial"),
    ("33.26", "YDKN", 2023, "IDR", ""),
    ("33.72", None, 2022, "IDR", ""),
    ("33.72", "PASAR-GEDE", 2022, "IDR", "inkind"),
    ("33.72", "BAZNAS-SURAKARTA", 2020, "IDR", ""),
    ("33.74", "PEMPROV-JATENG", 2021, "IDR", ""),
    ("33.74", "PERUMDA-PASAR-SMG", 2023, "IDR", "overdue"),
    ("33.74", "ASIA-CIVIC-FUND", 2022, "USD", ""),
    ("35.09", None, 2020, "IDR", ""),
    ("35.09", "TEMBAKAU-BESUKI", 2022, "IDR", "overpay"),
    ("35.09", "BAZNAS-JEMBER", 2021, "IDR", ""),
    ("35.10", None, 2021, "IDR", "pcancel"),
    ("35.10", "IJEN-WISATA", 2022, "IDR", "allocation"),
    ("35.10", "YDKN", 2022, "IDR", ""),
    ("35.13", None, 2022, "IDR", ""),
    ("35.13", "YAYASAN-BROMO", 2023, "IDR", ""),
    ("35.15", "TAMBAK-DELTA", 2021, "IDR", ""),
    ("35.15", "LAZ-PEDULI-UMAT", 2022, "IDR", ""),
    ("35.22", None, 2021, "IDR", "exchange"),
    ("35.22", "ENERGI-BOJONEGORO", 2022, "IDR", "overdue"),
    ("35.22", "YDKN", 2020, "IDR", ""),
    ("35.73", "PEMPROV-JATIM", 2023, "IDR", ""),
    ("35.73", "MALANG-AGRO", 2021, "IDR", ""),
    ("35.73", "ASIA-CIVIC-FUND", 2023, "USD", ""),
    ("35.78", None, 2022, "IDR", "exchange"),
    ("35.78", "SAMUDRA-LOGISTIK", 2021, "USD", "pcancel"),
    ("35.78", "YAYASAN-MITRA-SBY", 2020, "IDR", ""),
    ("73.02", None, 2021, "IDR", ""),
    ("73.02", "RUMPUT-LAUT", 2022, "IDR", "inkind"),
    ("73.03", "PEMPROV-SULSEL", 2022, "IDR", ""),
    ("73.03", "PERUMDA-AIR-BANTAENG", 2021, "IDR", ""),
    ("73.03", "YAYASAN-PEDULI-SULAWESI", 2023, "IDR", ""),
    ("73.09", "MARMER-MAROS", 2022, "IDR", ""),
    ("73.09", "BAZNAS-MAROS", 2023, "IDR", ""),
    ("73.71", None, 2021, "IDR", "exchange amend"),
    ("73.71", "SULAWESI-DIGITAL", 2022, "USD", ""),
    ("73.71", "BAZNAS-MAKASSAR", 2020, "IDR", ""),
    ("61.01", None, 2022, "IDR", ""),
    ("61.01", "SAWIT-SAMBAS", 2023, "IDR", "overdue"),
    ("61.71", None, 2021, "IDR", ""),
    ("61.71", "KARET-KHATULISTIWA", 2022, "USD", ""),
    ("61.71", "BAZNAS-PONTIANAK", 2023, "IDR", "partial"),
    # reported apart, never counted
    ("61.12", None, 2023, "IDR", "condopen"),
    ("32.12", "ENERGI-PANTURA", 2022, "IDR", "lapsed"),
    ("33.74", None, 2020, "IDR", "wholecancel"),
    ("35.73", "MALANG-AGRO", 2022, "IDR", "costshare"),
    ("73.71", "USAID-MADANI", 2020, "IDR", "donor"),
]

# Fixed dates for the special cases (signing date, and the change's date where there is one).
FIXED = {
    ("32.04", None): dict(signed=D(2021, 3, 15), change=D(2021, 9, 27)),          # amendment (APBD-P)
    ("73.71", None): dict(signed=D(2021, 4, 12), change=D(2021, 10, 18)),         # addendum
    ("35.10", None): dict(signed=D(2021, 2, 22), change=D(2021, 6, 14)),          # refocusing cut
    ("35.78", "SAMUDRA-LOGISTIK"): dict(signed=D(2021, 5, 20), change=D(2022, 3, 8)),
    ("32.11", "PEMPROV-JABAR"): dict(signed=D(2022, 2, 10), change=D(2022, 4, 19)),
    ("33.02", "YAYASAN-KEDERMAWANAN"): dict(signed=D(2022, 5, 24), change=D(2022, 8, 15)),
    ("61.12", None): dict(signed=D(2023, 8, 21)),
    ("32.12", "ENERGI-PANTURA", "lapsed"): dict(signed=D(2022, 7, 4), change=D(2023, 1, 2)),
    ("33.74", None): dict(signed=D(2020, 2, 18), change=D(2020, 4, 14)),
    ("35.09", "TEMBAKAU-BESUKI"): dict(signed=D(2022, 3, 9)),  # over-paid, then refunded
}

PURPOSES = {
    "government": [
        "Penguatan Forum Pembelajaran multipihak tingkat kabupaten",
        "Pendampingan penyusunan rencana aksi pelayanan publik",
        "Sekolah toleransi bagi pemuda lintas iman",
        "Pendampingan kelompok rentan dalam Musrenbang",
        "Pelatihan paralegal desa dan layanan pengaduan warga",
        "Survei kepuasan masyarakat atas layanan puskesmas",
        "Pendampingan desa dalam pencegahan stunting",
        "Penyuluhan literasi digital dan anti-hoaks",
    ],
    "exchange": [
        "Swakelola tipe III: kajian dan survei kepuasan layanan publik",
        "Swakelola tipe III: pendampingan penyusunan standar pelayanan",
        "Swakelola tipe III: fasilitasi forum konsultasi publik",
        "Swakelola tipe III: pemetaan sosial kelompok rentan",
    ],
    "village": [
        "Pelatihan perencanaan dan penganggaran desa partisipatif",
        "Pendampingan penyusunan RKPDes inklusif",
        "Pelatihan kader posyandu dan pencegahan stunting",
    ],
    "company": [
        "Program CSR pemberdayaan UMKM perempuan",
        "Program CSR pengelolaan sampah berbasis komunitas",
        "Program CSR literasi keuangan warga desa",
        "Program CSR konservasi mangrove dan pesisir",
        "Program CSR beasiswa dan pelatihan kerja pemuda",
        "Program CSR air bersih dan sanitasi",
        "Dukungan Forum Pembelajaran dan dialog antarwarga",
    ],
    "philanthropy": [
        "Bantuan pendidikan anak keluarga prasejahtera",
        "Pemberdayaan ekonomi mustahik melalui kelompok usaha",
        "Dialog antariman dan kampanye toleransi",
        "Layanan pendampingan korban kekerasan berbasis komunitas",
        "Respons COVID-19: informasi dan paket bantuan warga",
        "Penguatan kelembagaan dan tata kelola organisasi",
    ],
}
RESTRICTIONS = ["", "", "", "Hanya untuk kegiatan program; bukan untuk biaya operasional kantor",
                "Dana zakat: hanya untuk asnaf penerima manfaat", "Wajib laporan pertanggungjawaban per termin"]

# ---------------------------------------------------------------------------------------------
# 2. Rates: month anchors (IDR per USD), close to the JISDOR path of 2020-2023.
ANCHORS = [
    (D(2019, 12, 23), 13960), (D(2020, 1, 2), 13895), (D(2020, 1, 24), 13620), (D(2020, 2, 14), 13720),
    (D(2020, 2, 28), 14230), (D(2020, 3, 9), 14400), (D(2020, 3, 19), 15710), (D(2020, 3, 23), 16600),
    (D(2020, 4, 2), 16590), (D(2020, 4, 30), 15160), (D(2020, 5, 29), 14730), (D(2020, 6, 8), 13880),
    (D(2020, 6, 30), 14300), (D(2020, 7, 31), 14650), (D(2020, 8, 31), 14650), (D(2020, 9, 30), 14920),
    (D(2020, 10, 30), 14690), (D(2020, 11, 30), 14130), (D(2020, 12, 30), 14100), (D(2021, 1, 29), 14080),
    (D(2021, 2, 26), 14230), (D(2021, 3, 31), 14570), (D(2021, 4, 30), 14470), (D(2021, 5, 31), 14310),
    (D(2021, 6, 30), 14500), (D(2021, 7, 30), 14480), (D(2021, 8, 31), 14370), (D(2021, 9, 30), 14310),
    (D(2021, 10, 29), 14200), (D(2021, 11, 30), 14340), (D(2021, 12, 30), 14270), (D(2022, 1, 31), 14380),
    (D(2022, 2, 28), 14370), (D(2022, 3, 31), 14350), (D(2022, 4, 28), 14420), (D(2022, 5, 31), 14560),
    (D(2022, 6, 30), 14850), (D(2022, 7, 29), 14960), (D(2022, 8, 31), 14870), (D(2022, 9, 30), 15250),
    (D(2022, 10, 31), 15590), (D(2022, 11, 30), 15740), (D(2022, 12, 30), 15730), (D(2023, 1, 31), 14990),
    (D(2023, 2, 28), 15230), (D(2023, 3, 31), 14970), (D(2023, 4, 28), 14750), (D(2023, 5, 31), 14970),
    (D(2023, 6, 30), 15030), (D(2023, 7, 31), 15080), (D(2023, 8, 31), 15240), (D(2023, 9, 29), 15490),
    (D(2023, 10, 31), 15920), (D(2023, 11, 30), 15540), (D(2023, 12, 29), 15440),
]
# Days Bank Indonesia publishes no rate (illustrative selection of national holidays and
# collective leave around Idul Fitri); the 7-day rule carries valuations across them.
HOLIDAYS = {D(2019, 12, 24), D(2019, 12, 25), D(2020, 1, 1), D(2020, 5, 25), D(2020, 5, 26), D(2020, 12, 25), D(2020, 12, 31),
            D(2021, 1, 1), D(2021, 5, 13), D(2021, 5, 14), D(2021, 8, 17), D(2021, 12, 24),
            D(2022, 5, 2), D(2022, 5, 3), D(2022, 5, 4), D(2022, 5, 5), D(2022, 5, 6), D(2022, 8, 17),
            D(2022, 12, 26), D(2023, 4, 19), D(2023, 4, 20), D(2023, 4, 21), D(2023, 4, 24),
            D(2023, 4, 25), D(2023, 8, 17), D(2023, 12, 25), D(2023, 12, 26)}
for y in (2020, 2021, 2022, 2023):
    HOLIDAYS.add(D(y, 8, 17))
HOLIDAYS = {h for h in HOLIDAYS if h.weekday() < 5}


def make_rates(rng):
    rates = {}
    d = ANCHORS[0][0]
    end = D(2023, 12, 29)
    i = 0
    while d <= end:
        if d.weekday() < 5 and d not in HOLIDAYS:
            while ANCHORS[i + 1][0] < d:
                i += 1
            (d0, r0), (d1, r1) = ANCHORS[i], ANCHORS[i + 1]
            base = r0 + (r1 - r0) * (d - d0).days / (d1 - d0).days
            rates[d] = int(round(base + rng.uniform(-35, 35)))
        d += dt.timedelta(days=1)
    return rates


def rate_on(rates, d):
    for back in range(0, 8):
        x = d - dt.timedelta(days=back)
        if x in rates:
            return rates[x]
    return None


def usd_cents(idr_minor, rate):
    """IDR minor units -> USD cents, exact, rounded once half-to-even."""
    q = Fraction(idr_minor, rate)
    return round(q)  # Fraction.__round__ rounds half to even


# ---------------------------------------------------------------------------------------------
# Number formatting (id locale)

def group(n):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return ".".join(out)


def fmt_id(minor, cur, prefix=True):
    neg = minor < 0
    minor = abs(minor)
    whole, frac = divmod(minor, 100)
    if cur == "IDR":
        s = group(whole) + ("" if frac == 0 else f",{frac:02d}")
        p = "Rp" if prefix else ""
    else:
        s = group(whole) + f",{frac:02d}"
        p = "US$" if prefix else ""
    return ("-" if neg else "") + p + s


# ---------------------------------------------------------------------------------------------

def business_day_on_or_after(rates, d):
    while d not in rates:
        d += dt.timedelta(days=1)
    return d


def rand_date(rng, start, end):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def nice_idr(rupiah, exchange):
    if exchange:
        return int(round(rupiah / 1000)) * 1000
    step = 2_500_000 if rupiah >= 100_000_000 else 500_000
    return max(step, int(round(rupiah / step)) * step)


def main():
    rng = random.Random(20231231)
    rates = make_rates(random.Random(14500))
    parties_by_id = {}
    others = {p[0]: dict(id=p[0], kind=p[1], name=p[2], level=p[3], aliases=p[4]) for p in OTHER_PARTIES}
    cso_by_code = {c[0]: c for c in CSOS}

    # --- agreements
    ags = []
    seq = {}
    for cso_code, cp, year, cur, flags in PLAN:
        flags = flags.split()
        district = cso_by_code[cso_code][1]
        cp_id = cp or gov_id(district)
        if cp is None and cp_id not in parties_by_id:
            parties_by_id[cp_id] = gov_party(district)
        party = parties_by_id.get(cp_id) or others[cp_id]
        kind = party["kind"]
        key = (cso_code, cp, "lapsed") if "lapsed" in flags else (cso_code, cp)
        fixed = FIXED.get(key, {})
        if "signed" in fixed:
            signed = fixed["signed"]
        else:
            lo = D(year, 1, 13) if kind != "government" else D(year, 2, 3)
            hi = min(D(year, 11, 28), D(2023, 9, 29))
            if year == 2023:
                hi = D(2023, 9, 29)
            signed = rand_date(rng, lo, hi)
            while signed.weekday() >= 5 or signed in HOLIDAYS:
                signed -= dt.timedelta(days=1)
        exchange = "exchange" in flags
        inkind = "inkind" in flags
        level = party.get("level", "")
        # amount
        if cur == "USD":
            lo_, hi_ = (8000, 20000) if kind == "company" else (12000, 30000)
            amount = rng.randrange(lo_, hi_ + 1, 500) * 100
        else:
            if exchange:
                rp = rng.uniform(180e6, 520e6)
            elif kind == "government":
                rp = {"provincial": rng.uniform(150e6, 450e6), "village": rng.uniform(25e6, 60e6)}.get(
                    level, rng.uniform(75e6, 320e6))
            elif kind == "company":
                rp = rng.uniform(75e6, 280e6) if level == "state-owned" else rng.uniform(25e6, 190e6)
            elif kind == "philanthropy":
                rp = rng.uniform(25e6, 150e6) if level == "zakat" else rng.uniform(75e6, 420e6)
            else:  # donor
                rp = 350e6
            amount = nice_idr(rp, exchange) * 100
        seq[cso_code] = seq.get(cso_code, 0) + 1
        ags.append(dict(
            id=f"AG-{digits(cso_code)}-{seq[cso_code]:02d}", cso=f"CSO-{digits(cso_code)}", cso_code=cso_code,
            counterparty=cp_id, kind=kind, level=level, signed=signed, currency=cur, amount=amount,
            nature="exchange" if exchange else "contribution", form="in-kind" if inkind else "cash",
            flags=flags, fixed=fixed))

    # The agreement ids are numbered in plan order; renumber per CSO by signing date so that
    # AG-xxxx-01 is each CSO's first agreement.
    by_cso = {}
    for a in ags:
        by_cso.setdefault(a["cso"], []).append(a)
    for lst in by_cso.values():
        lst.sort(key=lambda a: (a["signed"], a["counterparty"]))
        for i, a in enumerate(lst, 1):
            a["id"] = f"AG-{a['cso'][4:]}-{i:02d}"

    counted = [a for a in ags if not set(a["flags"]) & {"condopen", "lapsed", "wholecancel", "costshare", "donor"}]
    assert len(counted) == 80, len(counted)

    # --- scale the rupiah amounts toward the target
    def committed_total():
        total = 0
        for a in counted:
            if a["currency"] == "USD":
                total += a["amount"]
            else:
                total += usd_cents(a["amount"], rate_on(rates, a["signed"]))
        return total

    for _ in range(6):
        t = committed_total()
        f = (TARGET_USD * 100 - sum(a["amount"] for a in counted if a["currency"] == "USD")) / (
            t - sum(a["amount"] for a in counted if a["currency"] == "USD"))
        for a in counted:
            if a["currency"] == "IDR":
                a["amount"] = max(25_000_000, nice_idr(a["amount"] / 100 * f, a["nature"] == "exchange")) * 100

    # --- schedules
    for a in ags:
        n = 1
        amt = a["amount"]
        if a["form"] == "in-kind":
            n = 1
        elif a["nature"] == "exchange":
            n = 3
        elif a["currency"] == "USD":
            n = rng.choice([2, 3])
        elif amt >= 200_000_000_00:
            n = rng.choice([2, 3, 3])
        elif amt >= 75_000_000_00:
            n = rng.choice([1, 2, 2])
        if set(a["flags"]) & {"pcancel", "amend", "overpay", "allocation", "overdue", "partial"}:
            n = max(n, 2)
        if a["nature"] == "exchange":
            shares = [Fraction(20, 100), Fraction(50, 100), Fraction(30, 100)]   # uang muka, termin
        else:
            shares = {1: [1], 2: [Fraction(1, 2), Fraction(1, 2)],
                      3: [Fraction(3, 10), Fraction(4, 10), Fraction(3, 10)]}[n]
            if n == 2 and rng.random() < 0.5:
                shares = [Fraction(2, 5), Fraction(3, 5)]
        unit = 100_000 if a["currency"] == "IDR" else 10000  # Rp 1.000 / US$ 100
        parts = []
        for s in shares[:-1]:
            parts.append(int(amt * s) // unit * unit)
        parts.append(amt - sum(parts))
        due = a["signed"] + dt.timedelta(days=rng.randint(7, 30))
        tranches = []
        for i, p in enumerate(parts, 1):
            tranches.append(dict(tranche=str(i), due=due, amount=p))
            due = due + dt.timedelta(days=rng.randint(75, 160))
        a["tranches"] = tranches

    # --- special cases: change events, and the checks that keep the two plausible readings
    # of the valuation rule (round per event, or round the net at one rate) equal here.
    changes = []

    def chg(a, change, date, amount=None, tranche="", bank_account="", note=""):
        changes.append(dict(agreement=a["id"], date=date, change=change, amount=amount, tranche=tranche,
                            bank_account=bank_account, note=note, currency=a["currency"]))

    for a in ags:
        fl = a["flags"]
        fx = a["fixed"]
        if "amend" in fl:
            last = a["tranches"][-1]
            inc = a["amount"] // 10 if a["nature"] == "exchange" else 50_000_000_00
            inc = inc // 100_000 * 100_000
            r1 = rate_on(rates, a["signed"])
            r2 = rate_on(rates, fx["change"])
            while usd_cents(a["amount"], r1) + usd_cents(inc, r2) != round(Fraction(a["amount"], r1) + Fraction(inc, r2)):
                inc += 100_000
            last["due"] = max(last["due"], fx["change"] + dt.timedelta(days=30))
            a["amend"] = inc
            chg(a, "amend", fx["change"], inc, last["tranche"],
                note="Addendum kontrak: tambahan volume pekerjaan" if a["nature"] == "exchange"
                else "Tambahan hibah dalam APBD Perubahan 2021")
        if "pcancel" in fl:
            last = a["tranches"][-1]
            if a["currency"] == "USD":
                cut = 500000
            else:
                cut = 40_000_000_00
                r1 = rate_on(rates, a["signed"])
                while usd_cents(a["amount"], r1) - usd_cents(cut, r1) != usd_cents(a["amount"] - cut, r1):
                    cut += 500_000_00
            assert cut < last["amount"]
            last["due"] = max(last["due"], fx["change"] + dt.timedelta(days=20))
            a["cancel"] = cut
            chg(a, "cancel", fx["change"], cut, last["tranche"],
                note="Refocusing anggaran 2021: sebagian termin terakhir dibatalkan" if a["currency"] == "IDR"
                else "Anggaran CSR dipotong; sebagian tahap akhir dibatalkan")
        if "condmet" in fl:
            a["conditional"] = True
            a["condition"] = ("Penetapan Keputusan Gubernur tentang penerima hibah" if a["kind"] == "government"
                              else "Tersedianya dana pendamping dari Pemerintah Desa Karangsari")
            a["tranches"][0]["due"] = fx["change"] + dt.timedelta(days=14)
            for t0, t1 in zip(a["tranches"], a["tranches"][1:]):
                t1["due"] = max(t1["due"], t0["due"] + dt.timedelta(days=60))
            chg(a, "condition-met", fx["change"], note="Syarat terpenuhi: dokumen diterima")
        if "condopen" in fl:
            a["conditional"] = True
            a["condition"] = "Pencairan setelah Perubahan APBD 2023 disahkan dan verifikasi proposal selesai"
            for t in a["tranches"]:
                t["due"] = max(t["due"], D(2024, 2, 15))
        if "lapsed" in fl:
            a["conditional"] = True
            a["condition"] = "Program CSR 2022 disetujui direksi paling lambat 31 Desember 2022"
            chg(a, "condition-lapsed", fx["change"], note="Persetujuan direksi tidak terbit sampai batas waktu")
        if "wholecancel" in fl:
            chg(a, "cancel", fx["change"], None, note="Refocusing anggaran penanganan COVID-19 (Inpres 4/2020)")
        if "costshare" in fl:
            a["counts_as"] = "cost-share"
        if "inkind" in fl:
            a["valuation_basis"] = ("Penawaran harga pemasok (supplier quotation)" if a["counterparty"] == "PASAR-GEDE"
                                    else "Harga pasar setempat bibit dan sewa perahu")

    # --- bank accounts
    accounts = {}
    for code, district, prov, name, bank, pattern in CSOS:
        nd = BANKS[bank][1]
        num = str(rng.randrange(10 ** (nd - 1), 10 ** nd)).zfill(nd)
        if rng.random() < 0.3:
            num = "0" + num[1:]
        accounts[(code, "IDR")] = dict(
            id=f"BA-{digits(code)}-{bank}", cso=f"CSO-{digits(code)}", bank=BANKS[bank][0], number=num,
            currency="IDR", account=f"Assets:Bank:{bank}-{digits(code)}", opened=D(2020, 1, 2),
            opening=rng.randrange(5_000_000, 40_000_000, 50_000) * 100)
        if code in USD_ACCOUNTS:
            b = USD_ACCOUNTS[code]
            nd = BANKS[b][1]
            accounts[(code, "USD")] = dict(
                id=f"BA-{digits(code)}-{b}-USD", cso=f"CSO-{digits(code)}", bank=BANKS[b][0],
                number=str(rng.randrange(10 ** (nd - 1), 10 ** nd)), currency="USD",
                account=f"Assets:Bank:{b}-USD-{digits(code)}", opened=D(2020, 1, 2), opening=0)

    # --- receipts
    receipts = []
    for a in sorted(ags, key=lambda a: (a["signed"], a["id"])):
        fl = a["flags"]
        if a["form"] == "in-kind" or set(fl) & {"condopen", "lapsed", "wholecancel"}:
            continue
        acct = accounts[(a["cso_code"], a["currency"])]
        dues = []
        for t in a["tranches"]:
            amt = t["amount"]
            if a.get("amend") and t is a["tranches"][-1]:
                amt += a["amend"]
            if a.get("cancel") and t is a["tranches"][-1]:
                amt -= a["cancel"]
            dues.append((t, amt))
        for i, (t, amt) in enumerate(dues):
            last = i == len(dues) - 1
            if "overdue" in fl and last:
                continue  # never paid: overdue at 2023-12-31 if due by then
            lag = {"government": (5, 45), "company": (0, 21), "philanthropy": (0, 14), "donor": (3, 10)}[a["kind"]]
            when = t["due"] + dt.timedelta(days=rng.randint(*lag))
            when = business_day_on_or_after(rates, when) if when <= D(2023, 12, 29) else when
            if when > D(2023, 12, 29):
                continue  # not yet received
            gross = amt
            parts = [gross]
            if "partial" in fl and last:
                parts = [gross * 3 // 5 // 100_000_00 * 100_000_00]   # part paid, rest outstanding
            if "overpay" in fl and last:
                a["overpaid"] = gross * 11 // 100 // 100_000 * 100_000   # VAT added by mistake
                parts = [gross + a["overpaid"]]
            if "allocation" in fl and i == 0:
                continue  # paid together with tranche 2, below
            for g in parts:
                rc = dict(cso=a["cso"], agreement=a["id"], date=when, gross=g, currency=a["currency"],
                          bank_account=acct["id"], bank_charges=0, tax=0, allocation="")
                if "allocation" in fl and i == 1:
                    t0amt = dues[0][1]
                    rc["gross"] = g + t0amt
                    rc["allocation"] = f"1:{fmt_id(t0amt, 'IDR', False)}|2:{fmt_id(g, 'IDR', False)}"
                if a["currency"] == "USD":
                    rc["bank_charges"] = rng.choice([1500, 2000, 2500])
                else:
                    if a["nature"] == "exchange":
                        rc["tax"] = rc["gross"] * 2 // 100 // 100 * 100   # PPh 23, 2 %
                    if rng.random() < 0.3:
                        rc["bank_charges"] = (250_000 if when >= D(2022, 1, 1) else 650_000) if rng.random() < 0.7 else 2_500_000
                receipts.append(rc)

    # refund of the over-payment
    for a in ags:
        if "overpay" in a["flags"]:
            last_rc = [r for r in receipts if r["agreement"] == a["id"]][-1]
            refund_date = business_day_on_or_after(rates, last_rc["date"] + dt.timedelta(days=10))
            a["fixed"]["change"] = refund_date
            chg(a, "refund", refund_date, a["overpaid"], bank_account=accounts[(a["cso_code"], "IDR")]["id"],
                note="Kelebihan transfer (PPN 11% ikut ditransfer) dikembalikan ke pemberi dana")

    receipts.sort(key=lambda r: (r["date"], r["agreement"]))
    for i, r in enumerate(receipts, 1):
        r["id"] = f"RC-{i:04d}"
        bank_code = r["bank_account"].split("-")[2]
        r["bank_reference"] = f"{bank_code[:3]}{r['date']:%y%m%d}{rng.randrange(10 ** 7, 10 ** 8)}"

    # --- sanity before writing: every valued date has a rate at most 7 days old
    for a in ags:
        assert rate_on(rates, a["signed"]), a["id"]
        for t in a["tranches"]:
            assert t["due"] >= a["signed"]
    for c in changes:
        assert rate_on(rates, c["date"]), c
    for r in receipts:
        assert rate_on(rates, r["date"]) and r["date"] <= AS_OF, r

    write(parties_by_id, others, accounts, rates, ags, changes, receipts, rng)


def write(parties_by_id, others, accounts, rates, ags, changes, receipts, rng):
    def writer(name, locale, header):
        f = open(OUT / name, "w", newline="", encoding="utf-8")
        if locale:
            f.write(f"# number-locale: {locale}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        return f, w

    f, w = writer("parties.csv", None, ["id", "kind", "name", "level", "district", "province", "region_code", "aliases"])
    for code, district, prov, name, bank, pattern in CSOS:
        w.writerow([f"CSO-{digits(code)}", "cso", name, "", district, prov, code, ""])
    used = {a["counterparty"] for a in ags}
    for pid in sorted(parties_by_id):
        p = parties_by_id[pid]
        w.writerow([p["id"], p["kind"], p["name"], p["level"], "", "", "", p["aliases"]])
    for pid, p in others.items():
        if pid in used:
            w.writerow([p["id"], p["kind"], p["name"], p["level"], "", "", "", p["aliases"]])
    f.close()

    f, w = writer("bank_accounts.csv", "id", ["id", "cso", "bank", "number", "currency", "account", "opened", "opening_balance"])
    for acct in accounts.values():
        w.writerow([acct["id"], acct["cso"], acct["bank"], acct["number"], acct["currency"], acct["account"],
                    acct["opened"].isoformat(), fmt_id(acct["opening"], acct["currency"], False) if acct["opening"] else ""])
    f.close()

    f, w = writer("rates.csv", "en", ["date", "base", "quote", "value", "source"])
    for d in sorted(rates):
        w.writerow([d.isoformat(), "USD", "IDR", str(rates[d]), "JISDOR"])
    f.close()

    f, w = writer("agreements.csv", "id", ["id", "cso", "counterparty", "signed", "currency", "amount", "nature", "form",
                                           "valuation_basis", "conditional", "condition", "counts_as", "purpose",
                                           "restriction", "document_sha256"])
    for a in sorted(ags, key=lambda a: a["id"]):
        if a["nature"] == "exchange":
            purpose = rng.choice(PURPOSES["exchange"])
        elif a["level"] == "village":
            purpose = rng.choice(PURPOSES["village"])
        elif a["kind"] == "donor":
            purpose = "Hibah penguatan kapasitas organisasi (bukan dana mobilisasi)"
        elif "costshare" in a["flags"]:
            purpose = "Kontribusi biaya bersama (cost share) Forum Pembelajaran Kota Malang"
        elif a["form"] == "in-kind":
            purpose = ("Ruang pertemuan, peralatan dan konsumsi Forum Pembelajaran" if a["counterparty"] == "PASAR-GEDE"
                       else "Bibit rumput laut dan sewa perahu untuk kelompok pembudidaya perempuan")
        else:
            purpose = rng.choice(PURPOSES[a["kind"]])
        restriction = rng.choice(RESTRICTIONS)
        if a["level"] == "zakat":
            restriction = "Dana zakat: hanya untuk asnaf penerima manfaat"
        w.writerow([a["id"], a["cso"], a["counterparty"], a["signed"].isoformat(), a["currency"],
                    fmt_id(a["amount"], a["currency"]), a["nature"], a["form"], a.get("valuation_basis", ""),
                    "yes" if a.get("conditional") else "no", a.get("condition", ""),
                    a.get("counts_as", "leverage"), purpose, restriction, ""])
    f.close()

    f, w = writer("schedule.csv", "id", ["agreement", "tranche", "due", "amount"])
    for a in sorted(ags, key=lambda a: a["id"]):
        for t in a["tranches"]:
            w.writerow([a["id"], t["tranche"], t["due"].isoformat(), fmt_id(t["amount"], a["currency"], False)])
    f.close()

    f, w = writer("receipts.csv", "id", ["id", "cso", "agreement", "date", "gross", "bank_charges", "tax_withheld",
                                         "bank_account", "bank_reference", "allocation"])
    for r in receipts:
        w.writerow([r["id"], r["cso"], r["agreement"], r["date"].isoformat(), fmt_id(r["gross"], r["currency"]),
                    fmt_id(r["bank_charges"], r["currency"], False) if r["bank_charges"] else "",
                    fmt_id(r["tax"], r["currency"], False) if r["tax"] else "",
                    r["bank_account"], r["bank_reference"], r["allocation"]])
    f.close()

    f, w = writer("changes.csv", "id", ["id", "agreement", "date", "change", "amount", "tranche", "bank_account", "note"])
    for i, c in enumerate(sorted(changes, key=lambda c: (c["date"], c["agreement"])), 1):
        w.writerow([f"CH-{i:03d}", c["agreement"], c["date"].isoformat(), c["change"],
                    fmt_id(c["amount"], c["currency"]) if c["amount"] is not None else "",
                    c["tranche"], c["bank_account"], c["note"]])
    f.close()


if __name__ == "__main__":
    main()
