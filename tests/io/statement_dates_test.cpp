// Statement date formats read through date::parse (io/statement_dates.hpp): the mapping's tokens,
// a day that is not in the calendar, text in another format; through a statement, the error
// names the file, the line and the field.
#include <catch2/catch.hpp>

#include "io/statement.hpp"
#include "io/statement_dates.hpp"

using namespace fl;
using namespace fl::io;

namespace {

std::string date_of(std::string_view text, std::vector<std::string> formats) {
  auto r = read_date(text, formats);
  if (!r) return r.error().message();
  return std::to_string(r->year) + "-" + std::to_string(r->month) + "-" + std::to_string(r->day);
}

StatementMapping dated(const std::string& format) {
  auto m = parse_mapping(R"({"mapping_version": 1, "name": "d", "header": {"cells": ["Tanggal", "Uraian", "Jumlah"]},
      "columns": {"date": 0, "description": 1, "amount": 2}, "amount": {"style": "signed"},
      "dates": {"formats": [")" + format + R"("]}})",
                         "d.json");
  if (!m) FAIL(m.error().render());
  return *m;
}

std::string statement_error(const std::string& rows, const std::string& format) {
  auto r = parse_statement("Tanggal,Uraian,Jumlah\n" + rows, "s.csv", dated(format), *Currency::parse("IDR"));
  return r ? "ok" : r.error().render();
}

}  // namespace

TEST_CASE("date formats in the mapping's tokens") {
  CHECK(date_of("05/10/2026", {"DD/MM/YYYY"}) == "2026-10-5");
  CHECK(date_of(" 5/1/2026 ", {"DD/MM/YYYY"}) == "2026-1-5");  // one-digit day and month; trimmed
  CHECK(date_of("'05/10", {"'DD/MM"}) == "-1-10-5");           // no year: the period gives it
  CHECK(date_of("05/10/99", {"DD/MM/YY"}) == "2099-10-5");      // YY is 20YY
  CHECK(date_of("2026-10-05 13:04:59", {"YYYY-MM-DD HH:MI:SS"}) == "2026-10-5");
  CHECK(date_of("20261005", {"YYYYMMDD"}) == "2026-10-5");
  CHECK(date_of("05.10.2026", {"DD/MM/YYYY", "DD.MM.YYYY"}) == "2026-10-5");  // the first format that reads it
  CHECK(date_of("29/02", {"DD/MM"}) == "-1-2-29");  // a yearless day is checked against a leap year
}

TEST_CASE("a date in no format, or in no calendar, is refused") {
  CHECK(date_of("31/09/2026", {"DD/MM/YYYY"}) == "\"31/09/2026\" is not a calendar date (read as DD/MM/YYYY)");
  CHECK(date_of("32/01/2026", {"DD/MM/YYYY"}) == "\"32/01/2026\" is not a calendar date (read as DD/MM/YYYY)");
  CHECK(date_of("15/13/2026", {"DD/MM/YYYY"}) == "\"15/13/2026\" is not a calendar date (read as DD/MM/YYYY)");
  CHECK(date_of("00/13", {"DD/MM"}) == "\"00/13\" is not a calendar date (read as DD/MM)");
  CHECK(date_of("29/02/2027", {"DD/MM/YYYY"}) == "\"29/02/2027\" is not a calendar date (read as DD/MM/YYYY)");
  CHECK(date_of("2026-10-05", {"DD/MM/YYYY"}) == "\"2026-10-05\" is not a date in the form DD/MM/YYYY");
  CHECK(date_of("05/10/26", {"DD/MM/YYYY"}) == "\"05/10/26\" is not a date in the form DD/MM/YYYY");  // YYYY is four digits
  CHECK(date_of("05/10/2026x", {"DD/MM/YYYY", "DD-MM-YYYY"}) ==
        "\"05/10/2026x\" is not a date in the form DD/MM/YYYY or DD-MM-YYYY");
  CHECK(date_of("2026-10-05 24:00:00", {"YYYY-MM-DD HH:MI:SS"}) ==
        "\"2026-10-05 24:00:00\" is not a date in the form YYYY-MM-DD HH:MI:SS");
  CHECK(date_of("  ", {"DD/MM/YYYY"}) == "no date");
}

TEST_CASE("a statement's bad date names the file, the line and the field") {
  CHECK(statement_error("05/10/2026,SETORAN,100\n", "DD/MM/YYYY") == "ok");
  CHECK(statement_error("05/10/2026,SETORAN,100\n31/11/2026,BIAYA,-1\n", "DD/MM/YYYY") ==
        "s.csv:3:1: error: date: \"31/11/2026\" is not a calendar date (read as DD/MM/YYYY)");
  CHECK(statement_error("2026-10-05,SETORAN,100\n", "DD/MM/YYYY") ==
        "s.csv:2:1: error: date: \"2026-10-05\" is not a date in the form DD/MM/YYYY");
}

TEST_CASE("a mapping's date format needs a day and a month") {
  CHECK(usable_date_format("DD/MM/YYYY"));
  CHECK(usable_date_format("'DD/MM"));
  CHECK_FALSE(usable_date_format("MM/YYYY"));
  CHECK_FALSE(usable_date_format("DD/MM/YYYY YY"));
  CHECK_FALSE(usable_date_format("DD/MM/MM"));
}
