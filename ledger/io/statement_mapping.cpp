#include "io/statement_mapping.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "io/mapping_schema.hpp"
#include "io/pattern.hpp"
#include "io/statement_dates.hpp"
#include "io/statement_text.hpp"

namespace fl::io {
namespace {

using Json = nlohmann::json;
using S = StatementMapping::AmountStyle;

constexpr std::array<std::string_view, 8> kKeyNames = {
    "account_number", "currency", "period_from", "period_to", "opening", "closing", "credit_total", "debit_total"};
constexpr std::array<std::string_view, 8> kKeyFields = {"account_number", "currency",        "period_from",  "period_to",
                                                        "opening_balance", "closing_balance", "credit_total", "debit_total"};

// Reads the members of a mapping, naming the member path as the user wrote it in every error.
class MappingReader {
 public:
  explicit MappingReader(const std::string& label) : label_(label) {}

  Unexpected bad(const std::string& field, std::string message) const {
    return fail(Error(Errc::invalid_input, std::move(message)).in(field).at(SourcePos{label_, 0, 0}));
  }

  Result<void> members(const Json& j, const std::string& path, std::initializer_list<std::string_view> known) const {
    if (!j.is_object()) return bad(path, "must be an object");
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
        std::string list;
        for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
        return bad(at(path, it.key()), "is not a member of this object (known: " + list + ")");
      }
    }
    return ok();
  }

  static std::string at(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }

  Result<std::string> string(const Json& j, const std::string& path) const {
    if (!j.is_string()) return bad(path, "must be a string");
    return j.get<std::string>();
  }

  Result<std::vector<std::string>> strings(const Json& j, const std::string& path, bool nonempty) const {
    if (!j.is_array()) return bad(path, "must be an array of strings");
    if (nonempty && j.empty()) return bad(path, "must not be empty");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
      FL_TRY(auto s, string(j[i], path + "[" + std::to_string(i) + "]"));
      out.push_back(std::move(s));
    }
    return out;
  }

  Result<std::size_t> column(const Json& j, const std::string& path) const {
    if (!j.is_number_integer() || j.get<std::int64_t>() < 0 || j.get<std::int64_t>() > 9999) {
      return bad(path, "must be a column index: an integer from 0 (the first column)");
    }
    return static_cast<std::size_t>(j.get<std::int64_t>());
  }

  // The member `key` of `parent` (at `path`) as a column index, when it is there.
  Result<void> optional_column(const Json& parent, const std::string& path, const char* key,
                               std::optional<std::size_t>& out) const {
    if (!parent.contains(key)) return ok();
    FL_TRY(out, column(parent[key], at(path, key)));
    return ok();
  }

  Result<bool> boolean(const Json& j, const std::string& path) const {
    if (!j.is_boolean()) return bad(path, "must be true or false");
    return j.get<bool>();
  }

  Result<char> one_char(const Json& j, const std::string& path) const {
    FL_TRY(auto s, string(j, path));
    if (s.size() != 1) return bad(path, "must be one character");
    return s[0];
  }

  Result<void> regex(const std::string& pattern, const std::string& path, std::size_t* groups) const {
    auto re = Pattern::compile(pattern);
    if (!re) return bad(path, "is not a valid regular expression (RE2 syntax): " + re.error().message());
    if (groups) *groups = re->groups();
    return ok();
  }

  Result<std::vector<std::string>> date_formats(const Json& j, const std::string& path) const {
    FL_TRY(auto formats, strings(j, path, true));
    for (std::size_t i = 0; i < formats.size(); ++i) {
      if (!usable_date_format(formats[i])) {
        return bad(path + "[" + std::to_string(i) + "]",
                   in_quotes(formats[i]) + " must hold DD and MM once each and at most one YYYY or YY");
      }
    }
    return formats;
  }

  Result<StatementMapping::KeyRow> key_row(const Json& j, const std::string& p) const {
    FL_TRY_VOID(members(j, p, {"regex", "fields"}));
    if (!j.contains("regex")) return bad(at(p, "regex"), "is required");
    if (!j.contains("fields")) return bad(at(p, "fields"), "is required");
    StatementMapping::KeyRow row;
    FL_TRY(row.regex, string(j["regex"], at(p, "regex")));
    std::size_t groups = 0;
    FL_TRY_VOID(regex(row.regex, at(p, "regex"), &groups));
    FL_TRY(auto names, strings(j["fields"], at(p, "fields"), true));
    for (std::size_t k = 0; k < names.size(); ++k) {
      const auto found = std::find(kKeyNames.begin(), kKeyNames.end(), names[k]);
      if (found == kKeyNames.end()) {
        return bad(at(p, "fields") + "[" + std::to_string(k) + "]",
                   in_quotes(names[k]) + " is not a key (account_number, currency, period_from, period_to, opening, "
                                         "closing, credit_total, debit_total)");
      }
      row.keys.push_back(static_cast<StatementKey>(found - kKeyNames.begin()));
    }
    if (groups != row.keys.size()) {
      return bad(at(p, "fields"), "names " + std::to_string(row.keys.size()) + " field(s) but the regex has " +
                                      std::to_string(groups) + " capture group(s); write (?:…) for a group that captures nothing");
    }
    return row;
  }

  Result<std::vector<StatementMapping::KeyRow>> key_rows(const Json& j, const std::string& path) const {
    if (!j.is_array()) return bad(path, "must be an array of key rows");
    std::vector<StatementMapping::KeyRow> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
      FL_TRY(auto row, key_row(j[i], path + "[" + std::to_string(i) + "]"));
      out.push_back(std::move(row));
    }
    return out;
  }

 private:
  const std::string& label_;
};

// One function per member of the mapping, in the order the reader checks them.

Result<void> read_top(const Json& j, const MappingReader& r, StatementMapping& m) {
  FL_TRY_VOID(r.members(j, "", {"$schema", "mapping_version", "name", "description", "csv", "header", "preamble", "trailer",
                               "skip", "end", "columns", "amount", "numbers", "dates", "pending"}));
  for (auto key : {"mapping_version", "name", "header", "columns", "amount", "dates"}) {
    if (!j.contains(key)) return r.bad(key, "is required");
  }
  if (!j["mapping_version"].is_number_integer() || j["mapping_version"].get<std::int64_t>() != 1) {
    return r.bad("mapping_version", "must be 1 (the only version of this format)");
  }
  FL_TRY(m.name, r.string(j["name"], "name"));
  if (trim(m.name).empty()) return r.bad("name", "must not be empty");
  if (j.contains("description")) FL_TRY_VOID(r.string(j["description"], "description"));
  return ok();
}

Result<void> read_csv(const Json& j, const MappingReader& r, StatementMapping& m) {
  if (!j.contains("csv")) return ok();
  const Json& c = j["csv"];
  FL_TRY_VOID(r.members(c, "csv", {"delimiter", "quote", "bom"}));
  if (c.contains("delimiter")) {
    FL_TRY(m.csv.delimiter, r.one_char(c["delimiter"], "csv.delimiter"));
  }
  if (c.contains("quote")) {
    FL_TRY(m.csv.quote, r.one_char(c["quote"], "csv.quote"));
  }
  if (m.csv.delimiter == '\n' || m.csv.delimiter == '\r' || m.csv.delimiter == m.csv.quote) {
    return r.bad("csv.delimiter", "must not be a line break or the quote character");
  }
  if (c.contains("bom")) {
    FL_TRY(auto b, r.string(c["bom"], "csv.bom"));
    using B = CsvDialect::Bom;
    if (b == "optional") m.csv.bom = B::optional;
    else if (b == "required") m.csv.bom = B::required;
    else if (b == "forbidden") m.csv.bom = B::forbidden;
    else return r.bad("csv.bom", "must be optional, required or forbidden");
  }
  return ok();
}

Result<void> read_header(const Json& j, const MappingReader& r, StatementMapping& m) {
  const Json& h = j["header"];
  FL_TRY_VOID(r.members(h, "header", {"cells", "regex"}));
  if (h.contains("cells") == h.contains("regex")) return r.bad("header", "must give either cells or regex");
  if (h.contains("regex")) {
    FL_TRY(m.header_regex, r.string(h["regex"], "header.regex"));
    return r.regex(m.header_regex, "header.regex", nullptr);
  }
  FL_TRY(m.header_cells, r.strings(h["cells"], "header.cells", true));
  for (auto& cell : m.header_cells) cell = std::string(trim(cell));
  while (!m.header_cells.empty() && m.header_cells.back().empty()) m.header_cells.pop_back();
  if (m.header_cells.empty()) return r.bad("header.cells", "must name at least one cell");
  return ok();
}

// preamble, trailer, skip and end: where the data rows are and what the lines around them state.
Result<void> read_regions(const Json& j, const MappingReader& r, StatementMapping& m) {
  if (j.contains("preamble")) {
    FL_TRY(m.preamble, r.key_rows(j["preamble"], "preamble"));
  }
  if (j.contains("trailer")) {
    FL_TRY(m.trailer, r.key_rows(j["trailer"], "trailer"));
  }
  if (j.contains("skip")) {
    FL_TRY(m.skip_regex, r.strings(j["skip"], "skip", false));
    for (std::size_t i = 0; i < m.skip_regex.size(); ++i) {
      FL_TRY_VOID(r.regex(m.skip_regex[i], "skip[" + std::to_string(i) + "]", nullptr));
    }
  }
  if (!j.contains("end")) return ok();
  const Json& e = j["end"];
  FL_TRY_VOID(r.members(e, "end", {"regex", "blank_line"}));
  if (e.contains("regex")) {
    FL_TRY(m.end_regex, r.string(e["regex"], "end.regex"));
    FL_TRY_VOID(r.regex(m.end_regex, "end.regex", nullptr));
  }
  if (e.contains("blank_line")) {
    FL_TRY(m.end_at_blank_line, r.boolean(e["blank_line"], "end.blank_line"));
  }
  return ok();
}

Result<void> read_columns(const Json& j, const MappingReader& r, StatementMapping& m) {
  const Json& c = j["columns"];
  FL_TRY_VOID(r.members(c, "columns", {"date", "description", "reference", "amount", "marker", "debit", "credit",
                                       "balance", "opening_balance", "account_number"}));
  FL_TRY_VOID(r.optional_column(c, "columns", "date", m.date_column));
  FL_TRY_VOID(r.optional_column(c, "columns", "reference", m.reference_column));
  FL_TRY_VOID(r.optional_column(c, "columns", "amount", m.amount_column));
  FL_TRY_VOID(r.optional_column(c, "columns", "marker", m.marker_column));
  FL_TRY_VOID(r.optional_column(c, "columns", "debit", m.debit_column));
  FL_TRY_VOID(r.optional_column(c, "columns", "credit", m.credit_column));
  FL_TRY_VOID(r.optional_column(c, "columns", "balance", m.balance_column));
  FL_TRY_VOID(r.optional_column(c, "columns", "opening_balance", m.opening_balance_column));
  FL_TRY_VOID(r.optional_column(c, "columns", "account_number", m.account_number_column));
  if (!m.date_column) return r.bad("columns.date", "is required");
  if (!c.contains("description")) return r.bad("columns.description", "is required");
  const Json& d = c["description"];
  if (!d.is_array()) {
    FL_TRY(auto v, r.column(d, "columns.description"));
    m.description_columns.push_back(v);
    return ok();
  }
  if (d.empty()) return r.bad("columns.description", "must name at least one column");
  for (std::size_t i = 0; i < d.size(); ++i) {
    FL_TRY(auto v, r.column(d[i], "columns.description[" + std::to_string(i) + "]"));
    m.description_columns.push_back(v);
  }
  return ok();
}

Result<void> read_markers(const Json& a, const MappingReader& r, StatementMapping& m) {
  if (a.contains("credit")) {
    FL_TRY(m.credit_markers, r.strings(a["credit"], "amount.credit", true));
  }
  if (a.contains("debit")) {
    FL_TRY(m.debit_markers, r.strings(a["debit"], "amount.debit", true));
  }
  for (const auto& w : m.credit_markers) {
    if (trim(w).empty() || trim(w) != w) return r.bad("amount.credit", "markers are words without surrounding spaces");
    if (std::find(m.debit_markers.begin(), m.debit_markers.end(), w) != m.debit_markers.end()) {
      return r.bad("amount.debit", in_quotes(w) + " is both a credit and a debit marker");
    }
  }
  for (const auto& w : m.debit_markers) {
    if (trim(w).empty() || trim(w) != w) return r.bad("amount.debit", "markers are words without surrounding spaces");
  }
  return ok();
}

// The columns each amount style needs and those it has no use for.
Result<void> check_style_columns(const MappingReader& r, const StatementMapping& m) {
  switch (m.amount_style) {
    case S::signed_amount:
      if (!m.amount_column) return r.bad("columns.amount", "is required with amount style signed");
      if (m.marker_column) return r.bad("columns.marker", "has no use with amount style signed");
      break;
    case S::marker_column:
      if (!m.amount_column) return r.bad("columns.amount", "is required with amount style marker_column");
      if (!m.marker_column) return r.bad("columns.marker", "is required with amount style marker_column");
      break;
    case S::marker_suffix:
      if (!m.amount_column) return r.bad("columns.amount", "is required with amount style marker_suffix");
      if (m.marker_column) return r.bad("columns.marker", "has no use with amount style marker_suffix");
      break;
    case S::debit_credit:
      if (!m.debit_column) return r.bad("columns.debit", "is required with amount style debit_credit");
      if (!m.credit_column) return r.bad("columns.credit", "is required with amount style debit_credit");
      if (m.amount_column) return r.bad("columns.amount", "has no use with amount style debit_credit");
      break;
  }
  return ok();
}

Result<void> read_amount_style(const Json& j, const MappingReader& r, StatementMapping& m) {
  const Json& a = j["amount"];
  FL_TRY_VOID(r.members(a, "amount", {"style", "credit", "debit"}));
  if (!a.contains("style")) return r.bad("amount.style", "is required");
  FL_TRY(auto style, r.string(a["style"], "amount.style"));
  if (style == "signed") m.amount_style = S::signed_amount;
  else if (style == "marker_column") m.amount_style = S::marker_column;
  else if (style == "marker_suffix") m.amount_style = S::marker_suffix;
  else if (style == "debit_credit") m.amount_style = S::debit_credit;
  else return r.bad("amount.style", "must be signed, marker_column, marker_suffix or debit_credit");
  FL_TRY_VOID(read_markers(a, r, m));
  FL_TRY_VOID(check_style_columns(r, m));
  const bool markers = !m.credit_markers.empty() && !m.debit_markers.empty();
  const bool need_markers = m.amount_style == S::marker_column || m.amount_style == S::marker_suffix ||
                            (m.amount_style == S::debit_credit && m.marker_column);
  if (need_markers && !markers) return r.bad("amount", "needs credit and debit markers for this style");
  return ok();
}

Result<void> read_numbers(const Json& j, const MappingReader& r, StatementMapping& m) {
  if (!j.contains("numbers")) return ok();
  const Json& n = j["numbers"];
  FL_TRY_VOID(r.members(n, "numbers", {"decimal", "thousands", "bare_fraction", "zero"}));
  if (n.contains("decimal")) {
    FL_TRY(m.decimal_mark, r.one_char(n["decimal"], "numbers.decimal"));
  }
  if (m.decimal_mark != '.' && m.decimal_mark != ',') return r.bad("numbers.decimal", "must be \".\" or \",\"");
  if (n.contains("thousands")) {
    FL_TRY(auto t, r.string(n["thousands"], "numbers.thousands"));
    if (t.size() > 1) return r.bad("numbers.thousands", "must be one character or \"\"");
    m.thousands_mark = t.empty() ? '\0' : t[0];
  }
  if (m.thousands_mark != 0 && (m.thousands_mark == m.decimal_mark || (m.thousands_mark != '.' && m.thousands_mark != ','))) {
    return r.bad("numbers.thousands", "must be \",\" with decimal \".\", \".\" with decimal \",\", or \"\"");
  }
  if (n.contains("bare_fraction")) {
    FL_TRY(m.bare_fraction, r.boolean(n["bare_fraction"], "numbers.bare_fraction"));
  }
  if (n.contains("zero")) {
    FL_TRY(m.zero_spellings, r.strings(n["zero"], "numbers.zero", false));
  }
  return ok();
}

Result<void> read_dates(const Json& j, const MappingReader& r, StatementMapping& m) {
  const Json& d = j["dates"];
  FL_TRY_VOID(r.members(d, "dates", {"formats", "key_formats"}));
  if (!d.contains("formats")) return r.bad("dates.formats", "is required");
  FL_TRY(m.date_formats, r.date_formats(d["formats"], "dates.formats"));
  if (d.contains("key_formats")) {
    FL_TRY(m.key_date_formats, r.date_formats(d["key_formats"], "dates.key_formats"));
  } else {
    m.key_date_formats = m.date_formats;
  }
  return ok();
}

Result<void> read_pending(const Json& j, const MappingReader& r, StatementMapping& m) {
  if (!j.contains("pending")) return ok();
  const Json& p = j["pending"];
  FL_TRY_VOID(r.members(p, "pending", {"column", "equals"}));
  if (!p.contains("column")) return r.bad("pending.column", "is required");
  if (!p.contains("equals")) return r.bad("pending.equals", "is required");
  FL_TRY(m.pending_column, r.column(p["column"], "pending.column"));
  FL_TRY(m.pending_value, r.string(p["equals"], "pending.equals"));
  if (trim(m.pending_value).empty()) return r.bad("pending.equals", "must not be empty");
  return ok();
}

Result<StatementMapping> read_mapping(const Json& j, const MappingReader& r) {
  StatementMapping m;
  for (auto* section : {read_top, read_csv, read_header, read_regions, read_columns, read_amount_style, read_numbers,
                        read_dates, read_pending}) {
    FL_TRY_VOID(section(j, r, m));
  }
  return m;
}

Result<Json> parse_json(std::string_view json_text, const std::string& label) {
  try {
    return Json::parse(json_text);
  } catch (const Json::parse_error& e) {
    std::uint64_t line = 1, col = 1;
    const std::size_t end = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, json_text.size());
    for (std::size_t i = 0; i < end; ++i) {
      if (json_text[i] == '\n') {
        ++line;
        col = 1;
      } else if ((static_cast<unsigned char>(json_text[i]) & 0xC0) != 0x80) {
        ++col;
      }
    }
    std::string what = e.what();
    const auto cut = what.find("; ");
    if (cut != std::string::npos) what = what.substr(cut + 2);
    return fail(Error(Errc::invalid_input, "the mapping is not valid JSON: " + what).at(SourcePos{label, line, col}));
  } catch (const Json::exception& e) {  // a number beyond a double (1e400): nlohmann names no place
    std::string what = e.what();
    const auto cut = what.find("] ");
    if (cut != std::string::npos) what = what.substr(cut + 2);
    return fail(Error(Errc::invalid_input, "the mapping is not valid JSON: " + what).at(SourcePos{label, 0, 0}));
  }
}

}  // namespace

std::string_view key_name(StatementKey k) { return kKeyNames[static_cast<std::size_t>(k)]; }
std::string_view key_field(StatementKey k) { return kKeyFields[static_cast<std::size_t>(k)]; }

Result<StatementMapping> parse_mapping(std::string_view json_text, const std::string& label) {
  FL_TRY(const Json j, parse_json(json_text, label));
  // Our reader first: where it refuses a mapping, its message says what is wrong in the words of
  // docs/format/statements.md. The schema then refuses whatever else it forbids.
  FL_TRY(StatementMapping m, read_mapping(j, MappingReader(label)));
  FL_TRY_VOID(check_mapping_schema(j, label));
  return m;
}

}  // namespace fl::io
