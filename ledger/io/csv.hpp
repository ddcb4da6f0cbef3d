#pragma once
// CSV as finance officers save it (RFC 4180): UTF-8 with or without a byte-order mark, LF or
// CRLF, a header row, fields quoted with " when they hold a comma, a quote (doubled) or a line
// break. An optional first line `# number-locale: id` (or en) declares how numbers are written.
// Every cell keeps its line and column, so errors can point at it. Records are read by the
// tokenizer (io/csv_tokenizer.hpp) in its strict dialect; this file reads the table they make.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "io/csv_tokenizer.hpp"
#include "money/locale_amount.hpp"

namespace fl::io {

struct CsvTable {
  std::string path;
  std::optional<NumberLocale> locale;  // from the `# number-locale:` line
  std::vector<std::string> header;
  std::uint64_t header_line = 1;  // 2 after a `# number-locale:` line
  std::vector<std::vector<CsvCell>> rows;  // each row has header.size() cells

  // The column's index, or nothing.
  std::optional<std::size_t> column(std::string_view name) const;
  SourcePos at(const CsvCell& cell) const { return SourcePos{path, cell.line, cell.col}; }
};

// Reads the whole file; refuses malformed quoting, rows with the wrong number of fields,
// invalid UTF-8 and duplicate or empty column names, naming the line and column.
[[nodiscard]] Result<CsvTable> parse_csv(std::string_view text, const std::string& path);

}  // namespace fl::io
