#include <catch2/catch.hpp>

#include "io/csv.hpp"

using namespace fl;
using namespace fl::io;

namespace {
std::string error_of(std::string_view text) {
  auto r = parse_csv(text, "f.csv");
  return r ? "ok" : r.error().render();
}
}  // namespace

TEST_CASE("CSV as spreadsheets save it") {
  auto t = parse_csv("\xEF\xBB\xBF# number-locale: id\r\nid,name,amount\r\nA-1,\"Yayasan \"\"Maju\"\", Bandung\",Rp1.500.000\r\n"
                     "A-2,\"two\nlines\",\r\n\r\n",
                     "f.csv");
  REQUIRE(t);
  CHECK(t->locale == NumberLocale::id);
  CHECK(t->header == std::vector<std::string>{"id", "name", "amount"});
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[0][1].text == "Yayasan \"Maju\", Bandung");
  CHECK(t->rows[0][2].text == "Rp1.500.000");
  CHECK(t->rows[0][2].line == 3);
  CHECK(t->rows[0][2].col == 33);
  CHECK(t->rows[1][1].text == "two\nlines");
  CHECK(t->rows[1][2].text.empty());
  CHECK(t->rows[1][2].line == 5);
  CHECK(*t->column("amount") == 2);
  CHECK_FALSE(t->column("missing"));
}

TEST_CASE("malformed CSV is refused with its place") {
  CHECK(error_of("a,b\n1,\"open\n") == "f.csv:2:3: error: a quoted field is not closed");
  CHECK(error_of("a,b\n1,2,3\n") == "f.csv:2: error: this row has 3 fields; the header has 2");
  CHECK(error_of("a,b\n1,x\"y\n") == "f.csv:2:4: error: a quote inside an unquoted field (quote the whole field)");
  CHECK(error_of("a,b\n\"1\"x,2\n") == "f.csv:2:4: error: text after a closing quote (write a quote inside a quoted field as \"\")");
  CHECK(error_of("a,a\n") == "f.csv:1:3: error: column \"a\" appears twice");
  CHECK(error_of("a,\n") == "f.csv:1:3: error: a column has no name");
  CHECK(error_of("") == "f.csv:1: error: the file has no header row");
  CHECK(error_of("a\n\xff\n") == "f.csv:2: error: the file is not UTF-8 text (save it as CSV UTF-8)");
  CHECK(error_of("# colour: red\na\n") == "f.csv:1:1: error: the only comment line understood is `# number-locale: id` or `en`");
  CHECK(error_of("# number-locale: fr\na\n") == "f.csv:1:1: error: \"fr\" is not a number locale (en or id)");
}
