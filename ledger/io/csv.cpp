#include "io/csv.hpp"

#include <set>

#include "base/utf8.hpp"

namespace fl::io {
namespace {

std::uint64_t columns_of(std::string_view s) {  // characters, not bytes
  std::uint64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

}  // namespace

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  return std::nullopt;
}

Result<CsvTable> parse_csv(std::string_view text, const std::string& path) {
  CsvTable table;
  table.path = path;
  auto at = [&](std::uint64_t line, std::uint64_t col) { return SourcePos{path, line, col}; };
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (!valid_utf8(text)) {
    std::uint64_t line = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == '\n') {
        if (!valid_utf8(text.substr(start, i - start))) break;
        start = i + 1;
        ++line;
      }
    }
    return fail(Error(Errc::invalid_input, "the file is not UTF-8 text (save it as CSV UTF-8)").at(at(line, 0)));
  }
  std::uint64_t line = 1;
  std::size_t pos = 0;
  // The optional locale line.
  if (text.starts_with("#")) {
    const auto end = text.find('\n');
    std::string_view directive = text.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1);
    if (directive.ends_with('\r')) directive.remove_suffix(1);
    while (directive.starts_with(' ')) directive.remove_prefix(1);
    constexpr std::string_view kKey = "number-locale:";
    if (!directive.starts_with(kKey)) {
      return fail(Error(Errc::invalid_input, "the only comment line understood is `# number-locale: id` or `en`")
                      .at(at(1, 1)));
    }
    std::string_view value = directive.substr(kKey.size());
    // A spreadsheet saving the line pads it with the empty cells of the other columns.
    while (value.starts_with(' ')) value.remove_prefix(1);
    while (value.ends_with(' ') || value.ends_with(',') || value.ends_with(';')) value.remove_suffix(1);
    auto locale = parse_number_locale(value);
    if (!locale) return fail(std::move(locale).error().at(at(1, 1)));
    table.locale = *locale;
    pos = end == std::string_view::npos ? text.size() : end + 1;
    line = 2;
  }
  std::vector<std::vector<CsvCell>> records;
  while (pos < text.size()) {
    std::vector<CsvCell> record;
    std::size_t line_start = pos;
    for (;;) {  // one field
      CsvCell cell{{}, line, columns_of(text.substr(line_start, pos - line_start)) + 1};
      if (pos < text.size() && text[pos] == '"') {
        ++pos;
        for (;;) {
          if (pos >= text.size()) {
            return fail(Error(Errc::invalid_input, "a quoted field is not closed").at(at(cell.line, cell.col)));
          }
          const char c = text[pos];
          if (c == '"') {
            if (pos + 1 < text.size() && text[pos + 1] == '"') {
              cell.text.push_back('"');
              pos += 2;
              continue;
            }
            ++pos;
            break;
          }
          if (c == '\n') {
            ++line;
            line_start = pos + 1;
          }
          cell.text.push_back(c);
          ++pos;
        }
        if (pos < text.size() && text[pos] != ',' && text[pos] != '\n' &&
            !(text[pos] == '\r' && (pos + 1 == text.size() || text[pos + 1] == '\n'))) {
          return fail(Error(Errc::invalid_input, "text after a closing quote (write a quote inside a quoted field as \"\")")
                          .at(at(line, columns_of(text.substr(line_start, pos - line_start)) + 1)));
        }
      } else {
        while (pos < text.size() && text[pos] != ',' && text[pos] != '\n') {
          if (text[pos] == '"') {
            return fail(Error(Errc::invalid_input, "a quote inside an unquoted field (quote the whole field)")
                            .at(at(line, columns_of(text.substr(line_start, pos - line_start)) + 1)));
          }
          cell.text.push_back(text[pos]);
          ++pos;
        }
        if (!cell.text.empty() && cell.text.back() == '\r' && (pos == text.size() || text[pos] == '\n')) {
          cell.text.pop_back();
        }
      }
      record.push_back(std::move(cell));
      if (pos < text.size() && text[pos] == ',') {
        ++pos;
        continue;
      }
      if (pos < text.size() && text[pos] == '\r') ++pos;
      if (pos < text.size() && text[pos] == '\n') ++pos;
      ++line;
      break;
    }
    const bool blank = record.size() == 1 && record[0].text.empty();
    if (!blank) records.push_back(std::move(record));
  }
  if (records.empty()) return fail(Error(Errc::invalid_input, "the file has no header row").at(at(line, 0)));
  std::set<std::string> seen;
  table.header_line = records.front().front().line;
  for (const CsvCell& h : records.front()) {
    if (h.text.empty()) return fail(Error(Errc::invalid_input, "a column has no name").at(at(h.line, h.col)));
    if (!seen.insert(h.text).second) {
      return fail(Error(Errc::invalid_input, "column \"" + h.text + "\" appears twice").at(at(h.line, h.col)));
    }
    table.header.push_back(h.text);
  }
  for (std::size_t r = 1; r < records.size(); ++r) {
    auto& record = records[r];
    if (record.size() != table.header.size()) {
      return fail(Error(Errc::invalid_input, "this row has " + std::to_string(record.size()) +
                                                 " fields; the header has " + std::to_string(table.header.size()))
                      .at(at(record.front().line, 0)));
    }
    table.rows.push_back(std::move(record));
  }
  return table;
}

}  // namespace fl::io
