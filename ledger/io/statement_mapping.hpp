#pragma once
// The mapping file of a bank statement layout (JSON, docs/format/statements.md,
// schemas/statement-mapping.schema.json): a new bank is a new mapping file, not new code.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "io/csv_tokenizer.hpp"

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

  // The CSV dialect: delimiter, quote, byte-order mark; quotes are read leniently (bank exports
  // put stray quotes in unquoted fields).
  CsvDialect csv{',', '"', CsvDialect::Quotes::lenient, CsvDialect::Bom::optional};

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

// The name a key has in a mapping's `fields`, and the field an error about it names.
std::string_view key_name(StatementKey k);
std::string_view key_field(StatementKey k);

// Reads a mapping file: JSON, checked by our own reader (whose messages say what is wrong in
// the words of docs/format/statements.md) and then validated against the schema
// (schemas/statement-mapping.schema.json, built into the program). `label` names the file in
// errors (path: error: member: message).
[[nodiscard]] Result<StatementMapping> parse_mapping(std::string_view json_text, const std::string& label);

}  // namespace fl::io
