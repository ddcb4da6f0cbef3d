// Bank statement import through mapping files: the shipped mappings (mappings/*.json) read
// the fixtures shaped like real exports (tests/io/statements/*.csv), and every check refuses a
// broken file with its line and field.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/statement.hpp"

using namespace fl;
using namespace fl::io;

namespace {

// The repository root (tests/CMakeLists.txt defines it).
std::filesystem::path root() { return FL_SOURCE_DIR; }

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Currency idr() { return *Currency::parse("IDR"); }

StatementMapping mapping(const std::string& name) {
  auto m = parse_mapping(slurp(root() / "mappings" / name), "mappings/" + name);
  if (!m) FAIL(m.error().render());
  return *m;
}

std::string fixture(const std::string& name) { return slurp(root() / "tests" / "io" / "statements" / name); }

Result<ParsedStatement> read(const std::string& file, const std::string& mapping_name) {
  return parse_statement(fixture(file), file, mapping(mapping_name), idr());
}

ParsedStatement good(const std::string& file, const std::string& mapping_name) {
  auto s = read(file, mapping_name);
  if (!s) FAIL(s.error().render());
  return *s;
}

std::string error_of(const std::string& text, const StatementMapping& m, const std::string& label = "s.csv") {
  auto r = parse_statement(text, label, m, idr());
  return r ? "ok" : r.error().render();
}

std::string mapping_error(const std::string& json) {
  auto r = parse_mapping(json, "m.json");
  return r ? "ok" : r.error().render();
}

Int128 minor(std::int64_t v) { return Int128(v); }

std::string day(const std::optional<Date>& d) { return d ? d->to_string() : "none"; }

Int128 settled_sum(const ParsedStatement& s) {
  Int128 sum = 0;
  for (const auto& r : s.rows) {
    if (!r.pending) sum += r.amount;
  }
  return sum;
}

std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("every shipped mapping file is accepted") {
  for (const auto* name : {"bca-klikbca.json", "bca-business.json", "mandiri-mcm.json", "bri-cms.json"}) {
    INFO(name);
    auto m = parse_mapping(slurp(root() / "mappings" / name), name);
    REQUIRE(m);
    CHECK_FALSE(m->name.empty());
  }
  CHECK(mapping("bca-klikbca.json").name == "BCA KlikBCA CSV");
}

TEST_CASE("BCA KlikBCA: preamble, rows, pending item and trailer") {
  const ParsedStatement s = good("klikbca.csv", "bca-klikbca.json");
  CHECK(s.account_number == "1234567890");
  // Where the file says so, for an import that finds it is another account's or currency's.
  REQUIRE(s.account_number_at);
  CHECK(s.account_number_at->line == 2);
  REQUIRE(s.currency_at);
  CHECK(s.currency_at->line == 5);
  REQUIRE(s.currency);
  CHECK(s.currency->code() == "IDR");
  CHECK(day(s.period_from) == "2026-10-01");
  CHECK(day(s.period_to) == "2026-10-31");
  CHECK(s.opening == minor(1000000000));
  CHECK(s.closing == minor(3024487654));
  CHECK(s.credit_total == minor(2501234567));
  CHECK(s.debit_total == minor(476746913));
  REQUIRE(s.rows.size() == 8);

  const StatementRow& first = s.rows.front();
  CHECK(first.line == 8);
  CHECK(day(first.date) == "2026-10-01");
  CHECK_FALSE(first.pending);
  CHECK(first.amount == minor(250000000));
  CHECK(first.description == "TRSF E-BANKING CR 0110/FTSCY/WS95051 2500000.00PEMKAB BANDUNG");
  CHECK(first.reference.empty());
  CHECK(first.balance == minor(1250000000));

  CHECK(s.rows[2].amount == minor(-475000000));  // DB
  CHECK(s.rows[4].description == "BUNGA");
  CHECK(s.rows[4].amount == minor(1234567));

  const StatementRow& last_settled = s.rows[6];
  CHECK(last_settled.line == 14);
  CHECK(day(last_settled.date) == "2026-10-31");
  CHECK(last_settled.description == "BIAYA ADM");
  CHECK(last_settled.amount == minor(-1500000));
  CHECK(last_settled.balance == minor(3024487654));

  const StatementRow& pend = s.rows.back();
  CHECK(pend.pending);
  CHECK(pend.line == 15);
  CHECK_FALSE(pend.date);
  CHECK(pend.amount == minor(100000000));
  CHECK(pend.description == "TRSF E-BANKING CR 0111/FTSCY/WS95051 1000000.00 DESA SUKAMAJU");

  // The pending credit is in no sum: opening + settled rows = closing, and the trailer's credit
  // total (which the reader checked) leaves it out.
  CHECK(*s.opening + settled_sum(s) == *s.closing);
  Int128 credits = 0;
  for (const auto& r : s.rows) {
    if (!r.pending && r.amount > 0) credits += r.amount;
  }
  CHECK(credits == *s.credit_total);
}

TEST_CASE("BCA KlikBCA: 'DD/MM dates take their year from a period spanning the year end") {
  const ParsedStatement s = good("klikbca-yearend.csv", "bca-klikbca.json");
  CHECK(s.account_number == "0987654321");
  CHECK(day(s.period_from) == "2026-12-15");
  CHECK(day(s.period_to) == "2027-01-15");
  REQUIRE(s.rows.size() == 4);
  CHECK(day(s.rows[0].date) == "2026-12-20");
  CHECK(day(s.rows[1].date) == "2026-12-31");
  CHECK(day(s.rows[2].date) == "2027-01-02");
  CHECK(day(s.rows[3].date) == "2027-01-10");
  CHECK(s.rows[0].amount == minor(500000000));
  CHECK(s.rows[3].amount == minor(-150000000));
  CHECK(s.rows[3].balance == minor(474000000));
  CHECK(s.opening == minor(100000000));
  CHECK(s.closing == minor(474000000));

  SECTION("a date outside the period is refused") {
    const std::string text = replace(fixture("klikbca-yearend.csv"), "'02/01,", "'20/01,");
    CHECK(error_of(text, mapping("bca-klikbca.json")) ==
          "s.csv:9:1: error: date: the date 20/1 has no year and falls outside the period 2026-12-15 to 2027-01-15");
  }
  SECTION("no period, no year") {
    const std::string text = replace(fixture("klikbca-yearend.csv"), "Periode,=,15/12/2026 - 15/01/2027", "Periode,=,");
    CHECK(error_of(text, mapping("bca-klikbca.json")) ==
          "s.csv:7:1: error: date: the date 20/12 has no year and the file states no period to take it from");
  }
}

TEST_CASE("BCA business: byte-order mark, marker suffix, comma thousands") {
  const ParsedStatement s = good("bca-business.csv", "bca-business.json");
  CHECK(fixture("bca-business.csv").starts_with("\xEF\xBB\xBF"));
  CHECK(s.account_number == "0663012345");
  REQUIRE(s.currency);
  CHECK(s.currency->code() == "IDR");
  CHECK(day(s.period_from) == "2026-11-01");
  CHECK(day(s.period_to) == "2026-11-30");
  CHECK(s.opening == minor(2000000000));
  CHECK(s.closing == minor(10394093210));
  CHECK(s.credit_total == minor(8508543210));
  CHECK(s.debit_total == minor(114450000));
  REQUIRE(s.rows.size() == 5);
  CHECK(s.rows[0].line == 7);
  CHECK(day(s.rows[0].date) == "2026-11-03");
  CHECK(s.rows[0].amount == minor(2500000000));
  CHECK(s.rows[0].balance == minor(4500000000));
  CHECK(s.rows[1].amount == minor(-112750000));  // "1,127,500.00 DB"
  CHECK(s.rows[1].description == "TRSF E-BANKING DB 1011/FTFVA/WS95031 PELATIHAN GURU, BOGOR");
  CHECK(s.rows[2].description == "KR OTOMATIS LLG-BRI KEMENTERIAN DESA PDTT");
  CHECK(s.rows[4].line == 11);
  CHECK(day(s.rows[4].date) == "2026-11-30");
  CHECK(s.rows[4].description == "BUNGA");
  CHECK(s.rows[4].amount == minor(8543210));
  CHECK(s.rows[4].balance == minor(10394093210));
  CHECK(*s.opening + settled_sum(s) == *s.closing);

  SECTION("the same file without its byte-order mark reads the same") {
    auto again = parse_statement(fixture("bca-business.csv").substr(3), "s.csv", mapping("bca-business.json"), idr());
    REQUIRE(again);
    CHECK(again->rows.size() == 5);
    CHECK(again->closing == s.closing);
  }
  SECTION("a mapping can forbid or require the mark") {
    StatementMapping m = mapping("bca-business.json");
    m.csv.bom = CsvDialect::Bom::forbidden;
    CHECK(error_of(fixture("bca-business.csv"), m) ==
          "s.csv:1:1: error: the file starts with a byte-order mark, which this layout never has (is it the right mapping?)");
    m.csv.bom = CsvDialect::Bom::required;
    CHECK(error_of(fixture("bca-business.csv").substr(3), m) ==
          "s.csv:1:1: error: the file does not start with the byte-order mark this layout always has (is it the right mapping?)");
  }
  SECTION("a quoted description may span lines; the row keeps the line it starts on") {
    const std::string text = replace(fixture("bca-business.csv"), "\"BIAYA ADM\"", "\"BIAYA ADM\nBULAN NOVEMBER\"");
    auto r = parse_statement(text, "s.csv", mapping("bca-business.json"), idr());
    if (!r) FAIL(r.error().render());
    REQUIRE(r->rows.size() == 5);
    CHECK(r->rows[3].line == 10);
    CHECK(r->rows[3].description == "BIAYA ADM BULAN NOVEMBER");
    CHECK(r->rows[4].line == 12);
  }
  SECTION("an amount without its marker is refused") {
    const std::string text = replace(fixture("bca-business.csv"), "\"17,000.00 DB\"", "\"17,000.00\"");
    CHECK(error_of(text, mapping("bca-business.json")) ==
          "s.csv:10:31: error: amount: \"17,000.00\" ends in no credit or debit marker (CR for credits, DB for debits)");
  }
}

TEST_CASE("Mandiri MCM: two description columns, debit and credit, zero written .00") {
  const ParsedStatement s = good("mandiri-mcm.csv", "mandiri-mcm.json");
  CHECK(s.account_number == "1370012345678");
  REQUIRE(s.account_number_at);
  CHECK(s.account_number_at->line == 2);  // the first row's account column
  CHECK_FALSE(s.currency);
  CHECK_FALSE(s.opening);
  CHECK_FALSE(s.closing);
  CHECK_FALSE(s.credit_total);
  REQUIRE(s.rows.size() == 5);
  const StatementRow& first = s.rows.front();
  CHECK(first.line == 2);
  CHECK(day(first.date) == "2026-09-02");
  CHECK(first.amount == minor(15000000000));
  CHECK(first.description == "MCM InhouseTrf DARI PT PERTAMINA PERSERO PROGRAM TJSL DESA ENERGI");
  CHECK(first.reference == "TJSL2026090201");
  CHECK_FALSE(first.balance);
  CHECK(s.rows[1].amount == minor(-45368400));
  CHECK(s.rows[1].reference.empty());
  CHECK(s.rows[1].description == "DR 1370012345678 KR 0060003911777 HONOR FASILITATOR/SEPTEMBER");
  CHECK(s.rows[2].reference == "SP2D-0915-0042");
  const StatementRow& last = s.rows.back();
  CHECK(last.line == 6);
  CHECK(day(last.date) == "2026-09-30");
  CHECK(last.description == "BUNGA");
  CHECK(last.amount == minor(4130000));
  CHECK(settled_sum(s) == minor(22507511600));

  SECTION("a row of another account is refused") {
    const std::string text = replace(fixture("mandiri-mcm.csv"), "1370012345678,15/09/26", "1370099999999,15/09/26");
    CHECK(error_of(text, mapping("mandiri-mcm.json")) ==
          "s.csv:4:1: error: account_number: the row is of account \"1370099999999\" but line 2 names account \"1370012345678\"");
  }
  SECTION("a row with both a debit and a credit is refused") {
    const std::string text = replace(fixture("mandiri-mcm.csv"), "\"12,500.00\",\".00\"", "\"12,500.00\",\"1.00\"");
    CHECK(error_of(text, mapping("mandiri-mcm.json")) ==
          "s.csv:5:54: error: amount: the row has both a debit (12500.00) and a credit (1.00)");
  }
}

TEST_CASE("BRI CMS: quoted fields, per-row opening and closing balances, Cr/Db") {
  const ParsedStatement s = good("bri-cms.csv", "bri-cms.json");
  CHECK(s.account_number == "003401000123456");
  CHECK(s.opening == minor(411665200));  // the first row's SALDO_AWAL_MUTASI
  CHECK(s.closing == minor(2911436255));  // the last row's SALDO_AKHIR_MUTASI
  REQUIRE(s.rows.size() == 5);
  const StatementRow& first = s.rows.front();
  CHECK(first.line == 2);
  CHECK(day(first.date) == "2026-08-01");
  CHECK(first.amount == minor(2000000000));
  CHECK(first.reference == "4074001");
  CHECK(first.description == "NBMB PEMDES SUKAMAKMUR TO YAYASAN KARSA ESB:NBMB:0001500F:151727003767");
  CHECK(first.balance == minor(2411665200));
  CHECK(s.rows[1].amount == minor(-750000000));
  const StatementRow& last = s.rows.back();
  CHECK(last.line == 6);
  CHECK(day(last.date) == "2026-08-31");
  CHECK(last.description == "BUNGA");
  CHECK(last.amount == minor(321055));
  CHECK(last.balance == minor(2911436255));
  CHECK(*s.opening + settled_sum(s) == *s.closing);

  SECTION("a row that does not open at the previous row's balance is refused") {
    const std::string text = replace(fixture("bri-cms.csv"), "\"24116652.00\",\"7500000.00\"", "\"24116625.00\",\"7500000.00\"");
    const auto e = error_of(text, mapping("bri-cms.json"));
    CHECK(e.starts_with("s.csv:3:"));
    CHECK(e.find("error: opening_balance: the row opens at 24116625.00 but the balance before it is 24116652.00: they differ by 27.00") !=
          std::string::npos);
  }
  SECTION("GLSIGN must agree with the column that holds the amount") {
    const std::string text = replace(fixture("bri-cms.csv"), "\"16616652.00\",\"Db\"", "\"16616652.00\",\"Cr\"");
    const auto e = error_of(text, mapping("bri-cms.json"));
    CHECK(e.starts_with("s.csv:3:"));
    CHECK(e.find("error: marker: the marker \"Cr\" says credit but the amount is in the debit column") != std::string::npos);
  }
}

TEST_CASE("broken statements are refused with their line and field") {
  SECTION("a closing balance that does not match the rows") {
    auto r = read("klikbca-bad-closing.csv", "bca-klikbca.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().field() == "closing_balance");
    REQUIRE(r.error().pos());
    CHECK(r.error().pos()->line == 20);
    CHECK(r.error().render() ==
          "klikbca-bad-closing.csv:20:15: error: closing_balance: the closing balance is 30344876.54 but the opening "
          "balance 10000000.00 plus the settled rows' net 20244876.54 gives 30244876.54: they differ by 100000.00");
  }
  SECTION("a row whose running balance is off") {
    auto r = read("klikbca-bad-balance.csv", "bca-klikbca.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().field() == "balance");
    REQUIRE(r.error().pos());
    CHECK(r.error().pos()->line == 10);
    CHECK(r.error().render() ==
          "klikbca-bad-balance.csv:10:89: error: balance: the running balance is 22705000.00 but the balance before it, "
          "27500000.00, plus the amount -4750000.00 gives 22750000.00: they differ by 45000.00");
  }
  SECTION("a date that is not a calendar date") {
    auto r = read("klikbca-bad-date.csv", "bca-klikbca.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().field() == "date");
    REQUIRE(r.error().pos());
    CHECK(r.error().pos()->line == 9);
    CHECK(r.error().render() ==
          "klikbca-bad-date.csv:9:1: error: date: \"'31/09/2026\" is not a calendar date (read as 'DD/MM/YYYY)");
  }
  const StatementMapping klik = mapping("bca-klikbca.json");
  const std::string text = fixture("klikbca.csv");
  SECTION("a trailer credit total that disagrees with the rows") {
    CHECK(error_of(replace(text, "Mutasi Kredit,=,25012345.67", "Mutasi Kredit,=,26012345.67"), klik) ==
          "s.csv:18:17: error: credit_total: the trailer's credit total is 26012345.67 but the settled rows' credits add "
          "up to 25012345.67: they differ by 1000000.00");
  }
  SECTION("a trailer debit total that disagrees with the rows") {
    CHECK(error_of(replace(text, "Mutasi Debet,=,4767469.13", "Mutasi Debet,=,4767469.31"), klik) ==
          "s.csv:19:16: error: debit_total: the trailer's debit total is 4767469.31 but the settled rows' debits add up "
          "to 4767469.13: they differ by 0.18");
  }
  SECTION("an unreadable marker") {
    CHECK(error_of(replace(text, "4750000.00,DB,", "4750000.00,DR,"), klik) ==
          "s.csv:10:86: error: marker: \"DR\" is not a credit or debit marker (CR for credits, DB for debits)");
  }
  SECTION("an unreadable amount") {
    CHECK(error_of(replace(text, "2469.13,DB", "2469.1.3,DB"), klik) ==
          "s.csv:13:31: error: amount: \"2469.1.3\" is not an amount (en numbers: 1,500,000.00)");
  }
  SECTION("an unreadable date") {
    CHECK(error_of(replace(text, "'20/10/2026,", "20-10-2026,"), klik) ==
          "s.csv:11:1: error: date: \"20-10-2026\" is not a date in the form 'DD/MM/YYYY or 'DD/MM");
  }
  SECTION("a row too short for the mapping") {
    CHECK(error_of(replace(text, "'31/10/2026,BUNGA,'0000,12345.67,CR,30262345.67", "'31/10/2026,BUNGA,'0000,12345.67,CR"), klik) ==
          "s.csv:12: error: balance: the row has 5 field(s); the mapping reads column 5 (counted from 0)");
  }
  SECTION("no header row") {
    CHECK(error_of(fixture("mandiri-mcm.csv"), klik) ==
          "s.csv: error: header: no header row \"Tanggal,Keterangan,Cabang,Jumlah,,Saldo\" (is it the right mapping for this file?)");
  }
  SECTION("a key stated twice with different values") {
    CHECK(error_of(replace(text, "Nama,=,", "No. rekening,=,'999\r\nNama,=,"), klik) ==
          "s.csv:3:17: error: account_number: the file states it twice: \"1234567890\" on line 2 and \"999\" here");
  }
  SECTION("not UTF-8") {
    CHECK(error_of(replace(text, "BIAYA ADM", "BIAYA \xff"), klik) == "s.csv:14: error: the file is not UTF-8 text (convert it to UTF-8)");
  }
  SECTION("the pending row is in no check") {
    // Its running balance makes no sense and its amount would break the totals: still read.
    auto r = parse_statement(replace(text, "1000000.00,CR,30244876.54", "99.00,CR,1.00"), "s.csv", klik, idr());
    REQUIRE(r);
    CHECK(r->rows.back().pending);
    CHECK(r->rows.back().amount == minor(9900));
  }
}

TEST_CASE("mapping files are checked") {
  const std::string base = slurp(root() / "mappings" / "bca-klikbca.json");
  CHECK(mapping_error("{") .starts_with("m.json:1:2: error: the mapping is not valid JSON: "));
  CHECK(mapping_error(replace(base, "\"mapping_version\": 1", "\"mapping_version\": 2")) ==
        "m.json: error: mapping_version: must be 1 (the only version of this format)");
  CHECK(mapping_error(replace(base, "\"pending\":", "\"pendng\":")).starts_with(
        "m.json: error: pendng: is not a member of this object (known: "));
  CHECK(mapping_error(replace(base, "\"fields\": [\"period_from\", \"period_to\"]", "\"fields\": [\"period_from\"]")) ==
        "m.json: error: preamble[1].fields: names 1 field(s) but the regex has 2 capture group(s); write (?:…) for a "
        "group that captures nothing");
  CHECK(mapping_error(replace(base, "\"fields\": [\"currency\"]", "\"fields\": [\"mata_uang\"]")) ==
        "m.json: error: preamble[2].fields[0]: \"mata_uang\" is not a key (account_number, currency, period_from, "
        "period_to, opening, closing, credit_total, debit_total)");
  CHECK(mapping_error(replace(base, "\"^Saldo Awal", "\"^(Saldo Awal")).starts_with(
        "m.json: error: trailer[0].regex: is not a valid regular expression (RE2 syntax): "));
  CHECK(mapping_error(replace(base, "\"marker\": 4, ", "")) ==
        "m.json: error: columns.marker: is required with amount style marker_column");
  CHECK(mapping_error(replace(base, ", \"credit\": [\"CR\"]", "")) ==
        "m.json: error: amount: needs credit and debit markers for this style");
  CHECK(mapping_error(replace(base, "\"'DD/MM\"]", "\"'DD/MM/MM\"]")) ==
        "m.json: error: dates.formats[1]: \"'DD/MM/MM\" must hold DD and MM once each and at most one YYYY or YY");
  CHECK(mapping_error(replace(base, "\"thousands\": \",\"", "\"thousands\": \".\"")) ==
        "m.json: error: numbers.thousands: must be \",\" with decimal \".\", \".\" with decimal \",\", or \"\"");
  CHECK(mapping_error(replace(base, "\"date\": 0", "\"date\": -1")) ==
        "m.json: error: columns.date: must be a column index: an integer from 0 (the first column)");
}

TEST_CASE("numbers in id style, signed amounts and other zero spellings") {
  auto m = parse_mapping(R"({
    "mapping_version": 1, "name": "contoh",
    "csv": {"delimiter": ";"},
    "header": {"regex": "^No;Tanggal"},
    "columns": {"date": 1, "description": [2, 3], "amount": 4, "balance": 5},
    "amount": {"style": "signed"},
    "numbers": {"decimal": ",", "thousands": ".", "zero": ["-"]},
    "dates": {"formats": ["DD-MM-YYYY"]}
  })",
                         "m.json");
  REQUIRE(m);
  auto s = parse_statement("No;Tanggal;Uraian;Catatan;Nominal;Saldo\n"
                           "1;02-01-2026;SETORAN;  hibah   desa ;1.500.000,50;1.500.000,50\n"
                           "2;03-01-2026;BIAYA ADM;;-6.500,00;1.493.500,50\n"
                           "3;04-01-2026;KOREKSI;;-;1.493.500,50\n",
                           "s.csv", *m, idr());
  if (!s) FAIL(s.error().render());
  REQUIRE(s->rows.size() == 3);
  CHECK(s->rows[0].description == "SETORAN hibah desa");
  CHECK(s->rows[0].amount == minor(150000050));
  CHECK(s->rows[1].amount == minor(-650000));
  CHECK(s->rows[2].amount == minor(0));
  CHECK(s->closing == minor(149350050));  // no trailer: the last running balance
  CHECK_FALSE(s->opening);
}
