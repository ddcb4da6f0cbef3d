#pragma once
// The one CSV tokenizer of the code base (RFC 4180 records), with the dialect a file is written
// in: the delimiter, the quote, how strictly quotes are read and whether a UTF-8 byte-order mark
// may, must or must not open the file. Both `parse_csv` (transactions, rates: strict quotes) and
// the statement reader (bank exports, which put stray quotes in unquoted fields: lenient) read
// through it. Numbers are not the tokenizer's business: each reader applies its own rules.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace fl::io {

struct CsvCell {
  std::string text;
  std::uint64_t line = 0;  // 1-based, in the file
  std::uint64_t col = 0;   // 1-based, in characters
};

struct CsvDialect {
  char delimiter = ',';
  char quote = '"';
  // strict: a quote inside an unquoted field, or text after a closing quote, is an error.
  // lenient: a quote opens a quoted field only at the start of a field; text after the
  // closing quote, and quotes inside an unquoted field, are kept as they are.
  enum class Quotes { strict, lenient } quotes = Quotes::strict;
  enum class Bom { optional, required, forbidden } bom = Bom::optional;
};

// Where the tokenizer is: byte offset and 1-based line.
struct CsvCursor {
  std::size_t pos = 0;
  std::uint64_t line = 1;
};

// The file's text without its byte-order mark (as the dialect allows one) once it is known to
// be UTF-8; otherwise an error naming the first line that is not, ending in `utf8_advice`.
[[nodiscard]] Result<std::string_view> csv_text(std::string_view text, const CsvDialect& dialect,
                                                const std::string& label, std::string_view utf8_advice);

// Reads one record at `cur` (which may span lines inside quotes) and moves past its line end.
[[nodiscard]] Result<std::vector<CsvCell>> read_csv_record(std::string_view text, CsvCursor& cur,
                                                           const CsvDialect& dialect, const std::string& label);

// Characters (not bytes) in a UTF-8 string: the column arithmetic of error positions.
std::uint64_t utf8_columns(std::string_view s);

}  // namespace fl::io
