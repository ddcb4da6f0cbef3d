#pragma once
// Bank statement CSV exports, read through a mapping file per bank layout (JSON,
// docs/format/statements.md, schemas/statement-mapping.schema.json): a new bank is a new
// mapping file, not new code. The reader checks what a finance officer would check by hand —
// each running balance, opening + rows = closing, the trailer's credit and debit totals — and
// names the file, line, column and field of the first thing that does not add up.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "money/money.hpp"  // Currency, Int128
#include "time/date.hpp"

namespace fl::io {

// What a key row (preamble or trailer line) can state; each capture group of its regex gives one.
enum class StatementKey {
  account_number,
  currency,
  period_from,
  period_to,
  opening,
  closing,
  credit_total,
  debit_total,
};

struct StatementMapping {
  std::string name;  // e.g. "BCA KlikBCA CSV"

  // The CSV dialect.
  char delimiter = ',';
  char quote = '"';
  enum class Bom { optional, required, forbidden } bom = Bom::optional;

  // The header row: its cells exactly (trimmed; trailing empty cells ignored), or a regex on the
  // raw line. Exactly one of the two is set.
  std::vector<std::string> header_cells;
  std::string header_regex;

  // Key rows: a regex searched in each raw line of the preamble (before the header) or of the
  // trailer (after the data rows); capture group i (1-based) states keys[i - 1].
  struct KeyRow {
    std::string regex;
    std::vector<StatementKey> keys;
  };
  std::vector<KeyRow> preamble;
  std::vector<KeyRow> trailer;

  std::vector<std::string> skip_regex;  // data-region lines to pass over (blank lines always are)
  std::string end_regex;                // the first matching line ends the data rows; "" = none
  bool end_at_blank_line = false;       // a blank line ends the data rows

  // Column positions, 0-based.
  std::optional<std::size_t> date_column;
  std::vector<std::size_t> description_columns;
  std::optional<std::size_t> reference_column;
  std::optional<std::size_t> amount_column;  // styles signed, marker_column, marker_suffix
  std::optional<std::size_t> marker_column;  // marker_column; optional cross-check for debit_credit
  std::optional<std::size_t> debit_column;   // debit_credit
  std::optional<std::size_t> credit_column;  // debit_credit
  std::optional<std::size_t> balance_column;
  std::optional<std::size_t> opening_balance_column;  // per-row balance before the row
  std::optional<std::size_t> account_number_column;

  enum class AmountStyle {
    signed_amount,  // one column, "-" for debits
    marker_column,  // an amount column and a column holding the credit/debit marker
    marker_suffix,  // the marker written after the amount in the same cell: "1,127,500.00 DB"
    debit_credit,   // separate debit and credit columns
  } amount_style = AmountStyle::signed_amount;
  std::vector<std::string> credit_markers;  // exact, case as given: "CR", "Cr"
  std::vector<std::string> debit_markers;   // "DB", "Db"

  // Numbers.
  char decimal_mark = '.';
  char thousands_mark = 0;            // 0: none written
  bool bare_fraction = false;         // ".00" reads as 0.00, ".50" as 0.50
  std::vector<std::string> zero_spellings;  // other ways the layout writes zero, e.g. "-"

  // Dates: formats tried in order (tokens DD MM YY YYYY HH MI SS; anything else literal).
  std::vector<std::string> date_formats;
  std::vector<std::string> key_date_formats;  // for the period in key rows; default date_formats

  // A row is pending (not settled) when this column holds exactly this value, e.g. "PEND".
  std::optional<std::size_t> pending_column;
  std::string pending_value;
};

// `label` names the file in errors (path:line:col: error: field: message).
[[nodiscard]] Result<StatementMapping> parse_mapping(std::string_view json_text, const std::string& label);

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
