#pragma once
// Every report is a Table: typed columns, line rows, subtotal rows and total rows. One model
// gives three renderings (table, CSV, JSON) and one generic footing check: for every money
// column, the line rows of a currency (and group) add up to that currency's total row.
#include <string>
#include <utility>
#include <vector>

#include "base/result.hpp"

namespace fl::reports {

enum class ColumnType { text, money, count, running };  // running: a running balance, not summed

struct Column {
  std::string key;    // JSON member name
  std::string title;  // table heading
  ColumnType type = ColumnType::text;
};

enum class RowKind { line, subtotal, total };

struct Row {
  RowKind kind = RowKind::line;
  std::vector<std::string> cells;  // one per column; money as canonical decimal strings
};

struct Table {
  std::string report;  // "balance", "register", "trial-balance"
  std::vector<std::pair<std::string, std::string>> meta;  // e.g. {"as_of", "2024-12-31"}
  std::vector<Column> columns;
  std::vector<Row> rows;

  std::size_t column(std::string_view key) const;
};

enum class Format { table, csv, json };
[[nodiscard]] Result<Format> parse_format(std::string_view text);

std::string render(const Table& t, Format f);
std::string render_table(const Table& t);
std::string render_csv(const Table& t);
std::string render_json(const Table& t);

// "1500000.00" -> "1,500,000.00"
std::string group_thousands(std::string_view decimal);

}  // namespace fl::reports
