// The one CSV tokenizer (io/csv_tokenizer.hpp) in its dialects: the delimiter, quoted fields
// holding delimiters, line breaks and doubled quotes, the byte-order mark, CRLF line ends, and
// strict against lenient quotes.
#include <catch2/catch.hpp>

#include "io/csv_tokenizer.hpp"

using namespace fl;
using namespace fl::io;

namespace {

// Every record of `text`, as the cells' texts.
std::vector<std::vector<std::string>> records(std::string_view text, const CsvDialect& d) {
  std::vector<std::vector<std::string>> out;
  CsvCursor cur;
  while (cur.pos < text.size()) {
    auto r = read_csv_record(text, cur, d, "f.csv");
    if (!r) FAIL(r.error().render());
    std::vector<std::string> cells;
    for (const auto& c : *r) cells.push_back(c.text);
    out.push_back(std::move(cells));
  }
  return out;
}

std::string error_of(std::string_view text, const CsvDialect& d) {
  CsvCursor cur;
  while (cur.pos < text.size()) {
    auto r = read_csv_record(text, cur, d, "f.csv");
    if (!r) return r.error().render();
  }
  return "ok";
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("the tokenizer reads ',' and ';' dialects") {
  const CsvDialect comma;
  CsvDialect semicolon;
  semicolon.delimiter = ';';
  CHECK(records("a,b;c\n1,2\n", comma) == Rows{{"a", "b;c"}, {"1", "2"}});
  CHECK(records("a,b;c\n1;2\n", semicolon) == Rows{{"a,b", "c"}, {"1", "2"}});
  CHECK(records("a;;\n", semicolon) == Rows{{"a", "", ""}});
}

TEST_CASE("quoted fields hold delimiters, line breaks and doubled quotes") {
  CsvDialect d;
  d.delimiter = ';';
  const std::string text = "\"x;y\";\"two\nlines\";\"say \"\"hi\"\"\"\nnext;2;3\n";
  CHECK(records(text, d) == Rows{{"x;y", "two\nlines", "say \"hi\""}, {"next", "2", "3"}});
  SECTION("cells keep the line and column they start at") {
    CsvCursor cur;
    auto first = read_csv_record(text, cur, d, "f.csv");
    REQUIRE(first);
    CHECK((*first)[1].line == 1);
    CHECK((*first)[1].col == 7);
    CHECK((*first)[2].line == 2);  // after the line break inside the second field
    CHECK((*first)[2].col == 8);
    CHECK(cur.line == 3);
    auto second = read_csv_record(text, cur, d, "f.csv");
    REQUIRE(second);
    CHECK((*second)[0].line == 3);
  }
  SECTION("another quote character") {
    CsvDialect single;
    single.quote = '\'';
    CHECK(records("'a,b','it''s'\n", single) == Rows{{"a,b", "it's"}});
  }
}

TEST_CASE("CRLF line ends are not part of the last field; a CR inside quotes is kept") {
  const CsvDialect d;
  CHECK(records("a,b\r\n1,2\r\n", d) == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(records("\"a\",\"b\"\r\n", d) == Rows{{"a", "b"}});
  CHECK(records("\"a\r\"\n", d) == Rows{{"a\r"}});
  CHECK(records("a,b\r", d) == Rows{{"a", "b"}});
}

TEST_CASE("strict and lenient quotes") {
  const CsvDialect strict;
  CsvDialect lenient;
  lenient.quotes = CsvDialect::Quotes::lenient;
  CHECK(error_of("a,x\"y\n", strict) == "f.csv:1:4: error: a quote inside an unquoted field (quote the whole field)");
  CHECK(error_of("\"1\"x,2\n", strict) ==
        "f.csv:1:4: error: text after a closing quote (write a quote inside a quoted field as \"\")");
  CHECK(records("a,x\"y\n\"1\"x,2\n", lenient) == Rows{{"a", "x\"y"}, {"1x", "2"}});
  CHECK(error_of("a,\"open\n", lenient) == "f.csv:1:3: error: a quoted field is not closed");
}

TEST_CASE("the byte-order mark as the dialect allows it; UTF-8 only") {
  const std::string bom = "\xEF\xBB\xBF";
  CsvDialect d;
  const std::string file = bom + "a,b\n";
  auto body = csv_text(file, d, "f.csv", "save it as CSV UTF-8");
  REQUIRE(body);
  CHECK(*body == "a,b\n");
  CHECK(*csv_text("a,b\n", d, "f.csv", "") == "a,b\n");
  d.bom = CsvDialect::Bom::forbidden;
  CHECK(csv_text(bom + "a\n", d, "f.csv", "").error().render() ==
        "f.csv:1:1: error: the file starts with a byte-order mark, which this layout never has (is it the right mapping?)");
  d.bom = CsvDialect::Bom::required;
  CHECK(csv_text("a\n", d, "f.csv", "").error().render() ==
        "f.csv:1:1: error: the file does not start with the byte-order mark this layout always has (is it the right mapping?)");
  const std::string marked = bom + "a\n";
  CHECK(*csv_text(marked, d, "f.csv", "") == "a\n");
  CHECK(csv_text(bom + "a\nb\xff\n", d, "f.csv", "convert it to UTF-8").error().render() ==
        "f.csv:2: error: the file is not UTF-8 text (convert it to UTF-8)");
}
