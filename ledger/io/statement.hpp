#pragma once
// Bank statement CSV exports, read through a mapping file per bank layout
// (io/statement_mapping.hpp). The reader (this file) turns the rows into values; the checks
// (io/statement_checks.hpp) are what a finance officer would check by hand — each running
// balance, opening + rows = closing, the trailer's credit and debit totals — and name the file,
// line, column and field of the first thing that does not add up.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "io/statement_mapping.hpp"
#include "money/money.hpp"  // Currency, Int128
#include "time/date.hpp"

namespace fl::io {

struct StatementRow {
  std::size_t line = 0;           // 1-based physical line in the file where the record starts
  std::optional<Date> date;       // absent only for pending rows without a date
  bool pending = false;           // not settled (KlikBCA "PEND"): kept apart, in no sum or check
  std::string description;        // the description column(s), joined by one space, whitespace collapsed and trimmed
  std::string reference;          // bank reference; empty when the layout has none
  Int128 amount = 0;              // minor units of the statement currency; credit > 0, debit < 0
  std::optional<Int128> balance;  // running balance after the row, when the layout gives one
};

struct ParsedStatement {
  std::string account_number;                       // from the preamble or a column; "" when the file does not say
  std::optional<Currency> currency;                 // when the file says
  std::optional<Date> period_from, period_to;
  std::optional<Int128> opening, closing;           // statement opening and closing balance, minor units
  std::optional<Int128> credit_total, debit_total;  // trailer totals (debit_total positive)
  std::vector<StatementRow> rows;                   // file order, pending rows included
  std::optional<SourcePos> account_number_at, currency_at;  // where the file states them
};

// Reads `text` (the file's bytes, UTF-8, BOM allowed) with mapping `m`. `currency` is the bank
// account's currency (its scale converts amounts; a currency the file states must agree — the
// caller compares it, and the account number, with the bank account's).
[[nodiscard]] Result<ParsedStatement> parse_statement(std::string_view text, const std::string& label,
                                                      const StatementMapping& m, Currency currency);

}  // namespace fl::io
