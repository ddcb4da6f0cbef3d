#pragma once
// The checks made once a whole statement is read, as a finance officer would make them by hand:
// each row's opening and running balance against the one before, opening + settled rows =
// closing, the trailer's credit and debit totals; and the year of rows whose dates have none,
// from the statement period. Pending rows are in no sum or check. Each refusal names the line,
// column and field of what does not add up.
#include <array>
#include <optional>
#include <vector>

#include "base/result.hpp"
#include "io/statement.hpp"
#include "io/statement_dates.hpp"

namespace fl::io {

// What the reader keeps beside each row for the checks.
struct RowAux {
  std::optional<DateParts> yearless;  // a date without a year, resolved from the period
  SourcePos date_pos;
  SourcePos balance_pos;
  std::optional<Int128> row_opening;  // the row's own opening balance (BRI SALDO_AWAL_MUTASI)
  SourcePos opening_pos;
};

// Where the file stated each key (indexed by StatementKey); unset when it did not.
using StatedAt = std::array<std::optional<SourcePos>, 8>;

// Gives each yearless row the year that puts it in the statement period.
[[nodiscard]] Result<void> resolve_yearless_dates(ParsedStatement& st, const std::vector<RowAux>& aux);

// Checks the balances and totals; fills the opening and closing balance when the file gives
// them only through its rows.
[[nodiscard]] Result<void> check_statement(ParsedStatement& st, const std::vector<RowAux>& aux, const StatedAt& stated,
                                           Currency currency);

}  // namespace fl::io
