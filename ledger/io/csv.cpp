#include "io/csv.hpp"

#include <set>

namespace fl::io {
namespace {

// The optional first line `# number-locale: id` (or `en`); `pos` and `line` move past it.
Result<std::optional<NumberLocale>> locale_line(std::string_view text, CsvCursor& cur, const std::string& path) {
  if (!text.starts_with("#")) return std::optional<NumberLocale>{};
  const auto end = text.find('\n');
  std::string_view directive = text.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1);
  if (directive.ends_with('\r')) directive.remove_suffix(1);
  while (directive.starts_with(' ')) directive.remove_prefix(1);
  constexpr std::string_view kKey = "number-locale:";
  if (!directive.starts_with(kKey)) {
    return fail(Error(Errc::invalid_input, "the only comment line understood is `# number-locale: id` or `en`")
                    .at(SourcePos{path, 1, 1}));
  }
  std::string_view value = directive.substr(kKey.size());
  // A spreadsheet saving the line pads it with the empty cells of the other columns.
  while (value.starts_with(' ')) value.remove_prefix(1);
  while (value.ends_with(' ') || value.ends_with(',') || value.ends_with(';')) value.remove_suffix(1);
  auto locale = parse_number_locale(value);
  if (!locale) return fail(std::move(locale).error().at(SourcePos{path, 1, 1}));
  cur.pos = end == std::string_view::npos ? text.size() : end + 1;
  cur.line = 2;
  return std::optional<NumberLocale>(*locale);
}

// The header's names: none empty, none twice.
Result<void> read_header(const std::vector<CsvCell>& record, CsvTable& table) {
  std::set<std::string> seen;
  table.header_line = record.front().line;
  for (const CsvCell& h : record) {
    if (h.text.empty()) return fail(Error(Errc::invalid_input, "a column has no name").at(table.at(h)));
    if (!seen.insert(h.text).second) {
      return fail(Error(Errc::invalid_input, "column \"" + h.text + "\" appears twice").at(table.at(h)));
    }
    table.header.push_back(h.text);
  }
  return ok();
}

}  // namespace

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  return std::nullopt;
}

Result<CsvTable> parse_csv(std::string_view file, const std::string& path) {
  const CsvDialect dialect;  // ',' and '"', strict quotes, byte-order mark optional
  FL_TRY(const std::string_view text, csv_text(file, dialect, path, "save it as CSV UTF-8"));
  CsvTable table;
  table.path = path;
  CsvCursor cur;
  FL_TRY(table.locale, locale_line(text, cur, path));
  std::vector<std::vector<CsvCell>> records;
  while (cur.pos < text.size()) {
    FL_TRY(auto record, read_csv_record(text, cur, dialect, path));
    const bool blank = record.size() == 1 && record[0].text.empty();
    if (!blank) records.push_back(std::move(record));
  }
  if (records.empty()) {
    return fail(Error(Errc::invalid_input, "the file has no header row").at(SourcePos{path, cur.line, 0}));
  }
  FL_TRY_VOID(read_header(records.front(), table));
  for (std::size_t r = 1; r < records.size(); ++r) {
    auto& record = records[r];
    if (record.size() != table.header.size()) {
      return fail(Error(Errc::invalid_input, "this row has " + std::to_string(record.size()) +
                                                 " fields; the header has " + std::to_string(table.header.size()))
                      .at(SourcePos{path, record.front().line, 0}));
    }
    table.rows.push_back(std::move(record));
  }
  return table;
}

}  // namespace fl::io
