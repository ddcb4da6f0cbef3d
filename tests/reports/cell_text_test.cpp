// A description, name or reference from a user's file is data in every rendering: never a
// spreadsheet formula in CSV, never a terminal control sequence in a table.
#include <catch2/catch.hpp>

#include "reports/cell_text.hpp"
#include "reports/table.hpp"

using namespace fl::reports;

TEST_CASE("a CSV text cell that a spreadsheet would run as a formula is prefixed with a quote") {
  CHECK(csv_safe_text("=HYPERLINK(\"http://x\",\"y\")") == "'=HYPERLINK(\"http://x\",\"y\")");
  CHECK(csv_safe_text("+1+cmd|' /C calc'!A0") == "'+1+cmd|' /C calc'!A0");
  CHECK(csv_safe_text("-2+3") == "'-2+3");
  CHECK(csv_safe_text("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_safe_text("\t=1") == "'\t=1");
  CHECK(csv_safe_text("\r=1") == "'\r=1");
  CHECK(csv_safe_text("Grant from PT Semen") == "Grant from PT Semen");
  CHECK(csv_safe_text("-1500000.00") == "-1500000.00");  // a number stays a number
  CHECK(csv_safe_text("-12") == "-12");
  CHECK(csv_safe_text("-") == "'-");
  CHECK(csv_safe_text("") == "");
}

TEST_CASE("CSV output neutralises text cells and leaves negative amounts numeric") {
  Table t;
  t.columns = {{"description", "Description", ColumnType::text}, {"amount", "Amount", ColumnType::money}};
  t.rows = {Row{RowKind::line, {"=HYPERLINK(\"http://evil\",\"click\")", "-2500000.00"}},
            Row{RowKind::line, {"@cmd", "100.00"}}};
  CHECK(render_csv(t) ==
        "row,description,amount\r\n"
        "line,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",-2500000.00\r\n"
        "line,'@cmd,100.00\r\n");
}

TEST_CASE("control characters in a table cell are shown escaped") {
  CHECK(terminal_safe_text("paid\rFAKE") == "paid\\rFAKE");
  CHECK(terminal_safe_text("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
  CHECK(terminal_safe_text("a\tb\nc") == "a\\tb\\nc");
  CHECK(terminal_safe_text(std::string("nul\0end", 7)) == "nul\\x00end");
  CHECK(terminal_safe_text("del\x7f") == "del\\x7f");
  CHECK(terminal_safe_text("csi\xc2\x9b" "2J") == "csi\\u009b2J");  // C1 CSI
  CHECK(terminal_safe_text("Desa Sukamaju — café") == "Desa Sukamaju — café");
  Table t;
  t.columns = {{"description", "Description", ColumnType::text}};
  t.rows = {Row{RowKind::line, {"ok\r\x1b[2Kforged"}}};
  CHECK(render_table(t) == "Description\n-----------------\nok\\r\\x1b[2Kforged\n");
  CHECK(render_csv(t) == "row,description\r\nline,\"ok\r\x1b[2Kforged\"\r\n");  // CSV keeps the text
}
