#include <catch2/catch.hpp>

#include "money/decimal.hpp"
#include "reports/ledger_reports.hpp"

using namespace fl;
using namespace fl::reports;

namespace {
BalanceRow row(const char* account, const char* amount, const char* code, const char* dim = "") {
  const Currency c = *Currency::parse(code);
  return BalanceRow{account, c, dim, *parse_decimal(amount, c, DecimalStyle::input)};
}
}  // namespace

TEST_CASE("balance report: subtotals for parents, totals per currency") {
  const std::vector<BalanceRow> rows{row("Assets:Bank:BJB", "1500000", "IDR"), row("Assets:Bank:BRI", "500000", "IDR"),
                                     row("Equity:Opening", "-2000000", "IDR"), row("Assets:Bank:USD", "10", "USD"),
                                     row("Equity:Opening", "-10", "USD")};
  std::vector<BalanceRow> sorted = rows;
  std::sort(sorted.begin(), sorted.end(), [](const BalanceRow& a, const BalanceRow& b) {
    return std::tie(a.account, a.dim_value) < std::tie(b.account, b.dim_value);
  });
  const Table t = balance_report(sorted, {});
  CHECK(render_table(t) ==
        "Account          Currency        Balance\n"
        "----------------------------------------\n"
        "Assets           IDR        2,000,000.00\n"
        "Assets:Bank      IDR        2,000,000.00\n"
        "Assets:Bank:BJB  IDR        1,500,000.00\n"
        "Assets:Bank:BRI  IDR          500,000.00\n"
        "Equity           IDR       -2,000,000.00\n"
        "Equity:Opening   IDR       -2,000,000.00\n"
        "Assets           USD               10.00\n"
        "Assets:Bank      USD               10.00\n"
        "Assets:Bank:USD  USD               10.00\n"
        "Equity           USD              -10.00\n"
        "Equity:Opening   USD              -10.00\n"
        "----------------------------------------\n"
        "Total            IDR                0.00\n"
        "Total            USD                0.00\n");
  CHECK(render_csv(t).substr(0, 61) == "row,account,currency,amount\r\nsubtotal,Assets,IDR,2000000.00\r\n");
}

TEST_CASE("trial balance: debits equal credits") {
  const std::vector<BalanceRow> rows{row("Assets:Bank:BJB", "1500000", "IDR", "C1"), row("Equity:Opening", "-1500000", "IDR", "C1")};
  const Table t = trial_balance(rows, ReportScope{std::nullopt, Dimension::cso});
  const std::string json = render_json(t);
  CHECK(json.find("\"totals\":[{\"cso\":\"C1\",\"account\":\"Total\",\"currency\":\"IDR\",\"debit\":\"1500000.00\",\"credit\":\"1500000.00\"}]") != std::string::npos);
}

TEST_CASE("thousands grouping") {
  CHECK(group_thousands("1234567.89") == "1,234,567.89");
  CHECK(group_thousands("-123.00") == "-123.00");
  CHECK(group_thousands("-1234") == "-1,234");
  CHECK(group_thousands("0.05") == "0.05");
}

TEST_CASE("a parent account's own balance counts in its subtotal") {
  const std::vector<BalanceRow> rows{row("Assets", "10", "USD"), row("Assets:Bank", "5", "USD"),
                                     row("Assets:Bank:X", "7", "USD"), row("Equity", "-22", "USD")};
  const Table t = balance_report(rows, {});
  CHECK(render_csv(t) ==
        "row,account,currency,amount\r\nsubtotal,Assets,USD,22.00\r\nline,Assets,USD,10.00\r\n"
        "subtotal,Assets:Bank,USD,12.00\r\nline,Assets:Bank,USD,5.00\r\nline,Assets:Bank:X,USD,7.00\r\n"
        "line,Equity,USD,-22.00\r\ntotal,Total,USD,0.00\r\n");
}
