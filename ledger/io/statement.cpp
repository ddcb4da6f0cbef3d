#include "io/statement.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
// GCC 12 reports a false -Wmaybe-uninitialized inside libstdc++'s <regex> (std::function in
// its NFA states) when optimising with sanitizers; the warning is about the library, not us.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <regex>
#include <stdexcept>

#include "base/utf8.hpp"
#include "money/decimal.hpp"
#include "money/locale_amount.hpp"

namespace fl::io {
namespace {

using Json = nlohmann::json;

constexpr std::array<std::string_view, 8> kKeyNames = {
    "account_number", "currency", "period_from", "period_to", "opening", "closing", "credit_total", "debit_total"};
// The field an error about a key names.
constexpr std::array<std::string_view, 8> kKeyFields = {"account_number", "currency",        "period_from",  "period_to",
                                                        "opening_balance", "closing_balance", "credit_total", "debit_total"};

std::size_t key_index(StatementKey k) { return static_cast<std::size_t>(k); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Words separated by one space, no space at either end.
void append_collapsed(std::string& out, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i > start) {
      if (!out.empty()) out.push_back(' ');
      out.append(s.substr(start, i - start));
    }
  }
}

std::uint64_t columns_of(std::string_view s) {  // characters, not bytes
  std::uint64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string in_quotes(std::string_view s) { return "\"" + std::string(s.substr(0, 80)) + "\""; }

std::string join(const std::vector<std::string>& words, std::string_view sep) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += sep;
    out += w;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates: formats of tokens DD MM YY YYYY HH MI SS; any other character is literal.

enum class Tok { lit, yyyy, yy, dd, mm, hh, mi, ss };
struct Token {
  Tok kind;
  char c;
};

std::vector<Token> tokenize(std::string_view fmt) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < fmt.size()) {
    const std::string_view rest = fmt.substr(i);
    if (rest.starts_with("YYYY")) {
      out.push_back({Tok::yyyy, 0});
      i += 4;
    } else if (rest.starts_with("YY")) {
      out.push_back({Tok::yy, 0});
      i += 2;
    } else if (rest.starts_with("DD")) {
      out.push_back({Tok::dd, 0});
      i += 2;
    } else if (rest.starts_with("MM")) {
      out.push_back({Tok::mm, 0});
      i += 2;
    } else if (rest.starts_with("HH")) {
      out.push_back({Tok::hh, 0});
      i += 2;
    } else if (rest.starts_with("MI")) {
      out.push_back({Tok::mi, 0});
      i += 2;
    } else if (rest.starts_with("SS")) {
      out.push_back({Tok::ss, 0});
      i += 2;
    } else {
      out.push_back({Tok::lit, fmt[i]});
      ++i;
    }
  }
  return out;
}

struct DateParts {
  int year = -1;  // -1: the format has no year
  unsigned month = 0;
  unsigned day = 0;
};

// Reads `min`..`max` digits at `i`.
std::optional<unsigned> digits(std::string_view s, std::size_t& i, std::size_t min, std::size_t max) {
  std::size_t n = 0;
  unsigned v = 0;
  while (n < max && i + n < s.size() && is_digit(s[i + n])) {
    v = v * 10 + static_cast<unsigned>(s[i + n] - '0');
    ++n;
  }
  if (n < min) return std::nullopt;
  i += n;
  return v;
}

std::optional<DateParts> match_date(std::string_view text, std::string_view fmt) {
  DateParts p;
  std::size_t i = 0;
  for (const Token& t : tokenize(fmt)) {
    std::optional<unsigned> v;
    switch (t.kind) {
      case Tok::lit:
        if (i >= text.size() || text[i] != t.c) return std::nullopt;
        ++i;
        continue;
      case Tok::yyyy:
        v = digits(text, i, 4, 4);
        if (!v) return std::nullopt;
        p.year = static_cast<int>(*v);
        continue;
      case Tok::yy:
        v = digits(text, i, 2, 2);
        if (!v) return std::nullopt;
        p.year = 2000 + static_cast<int>(*v);
        continue;
      case Tok::dd:
        v = digits(text, i, 1, 2);
        if (!v) return std::nullopt;
        p.day = *v;
        continue;
      case Tok::mm:
        v = digits(text, i, 1, 2);
        if (!v) return std::nullopt;
        p.month = *v;
        continue;
      case Tok::hh:
        v = digits(text, i, 2, 2);
        if (!v || *v > 23) return std::nullopt;
        continue;
      case Tok::mi:
      case Tok::ss:
        v = digits(text, i, 2, 2);
        if (!v || *v > 59) return std::nullopt;
        continue;
    }
  }
  if (i != text.size()) return std::nullopt;
  return p;
}

// The first format that reads `text`; a format that reads it into no calendar date is an error.
Result<DateParts> read_date(std::string_view raw, const std::vector<std::string>& formats) {
  const std::string_view text = trim(raw);
  for (const auto& f : formats) {
    auto p = match_date(text, f);
    if (!p) continue;
    const int year = p->year < 0 ? 2000 : p->year;  // a leap year, for day-month checks
    if (!Date::from_ymd(year, p->month, p->day)) {
      return fail(Errc::invalid_input, in_quotes(text) + " is not a calendar date (read as " + f + ")");
    }
    return *p;
  }
  if (text.empty()) return fail(Errc::invalid_input, "no date");
  return fail(Errc::invalid_input, in_quotes(text) + " is not a date in the form " + join(formats, " or "));
}

// ---------------------------------------------------------------------------------------------
// Amounts.

Result<Int128> read_amount(std::string_view raw, const StatementMapping& m, Currency currency, bool allow_negative) {
  const std::string_view s = trim(raw);
  for (const auto& z : m.zero_spellings) {
    if (s == z) return Int128(0);
  }
  if (s.empty()) return fail(Errc::invalid_input, "no amount");
  std::string t(s);
  if (m.bare_fraction) {
    const bool negative = t.front() == '-';
    const std::size_t body = negative ? 1 : 0;
    if (t.size() > body && t[body] == m.decimal_mark) t.insert(body, "0");
  }
  if (m.thousands_mark == 0) {
    const char other = m.decimal_mark == '.' ? ',' : '.';
    if (t.find(other) != std::string::npos) {
      return fail(Errc::invalid_input, in_quotes(s) + " is not an amount: this layout writes no thousands separator and '" +
                                           std::string(1, m.decimal_mark) + "' for decimals");
    }
  }
  AmountRules rules;
  rules.locale = m.decimal_mark == '.' ? NumberLocale::en : NumberLocale::id;
  rules.allow_negative = allow_negative;
  auto v = parse_local_amount(t, currency, rules);
  if (!v && t != s) {  // say it in the file's own text
    return fail(Errc::invalid_input, in_quotes(s) + " is not an amount: " + v.error().message());
  }
  return v;
}

std::string difference_text(const Int128& a, const Int128& b, Currency c) {
  const Int128 d = a > b ? Int128(a - b) : Int128(b - a);
  return Money(c, d).to_string();
}

// ---------------------------------------------------------------------------------------------
// CSV records, leniently: bank exports put stray quotes in unquoted fields, so a quote opens a
// quoted field only at the start of a field, and text after a closing quote is kept.

struct Cell {
  std::string text;
  std::uint64_t line = 0;
  std::uint64_t col = 0;
};

struct Cursor {
  std::size_t pos = 0;
  std::uint64_t line = 1;
};

std::string_view line_at(std::string_view text, std::size_t pos, std::size_t* next) {
  const auto end = text.find('\n', pos);
  const std::size_t stop = end == std::string_view::npos ? text.size() : end;
  if (next) *next = end == std::string_view::npos ? text.size() : end + 1;
  std::string_view l = text.substr(pos, stop - pos);
  if (l.ends_with('\r')) l.remove_suffix(1);
  return l;
}

Result<std::vector<Cell>> read_record(std::string_view text, Cursor& cur, char delim, char quote, const std::string& label) {
  std::vector<Cell> cells;
  std::size_t pos = cur.pos;
  std::uint64_t line = cur.line;
  std::size_t line_start = pos;
  for (;;) {
    Cell cell{{}, line, columns_of(text.substr(line_start, pos - line_start)) + 1};
    if (pos < text.size() && text[pos] == quote) {
      ++pos;
      for (;;) {
        if (pos >= text.size()) {
          return fail(Error(Errc::invalid_input, "a quoted field is not closed").at(SourcePos{label, cell.line, cell.col}));
        }
        const char c = text[pos];
        if (c == quote) {
          if (pos + 1 < text.size() && text[pos + 1] == quote) {
            cell.text.push_back(quote);
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
    }
    while (pos < text.size() && text[pos] != delim && text[pos] != '\n') cell.text.push_back(text[pos++]);
    if (!cell.text.empty() && cell.text.back() == '\r' && (pos == text.size() || text[pos] == '\n')) cell.text.pop_back();
    cells.push_back(std::move(cell));
    if (pos < text.size() && text[pos] == delim) {
      ++pos;
      continue;
    }
    if (pos < text.size()) ++pos;  // the '\n'
    ++line;
    break;
  }
  cur.pos = pos;
  cur.line = line;
  return cells;
}

// ---------------------------------------------------------------------------------------------
// The mapping file.

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
        return bad(path.empty() ? it.key() : path + "." + it.key(), "is not a member of this object (known: " + list + ")");
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

  Result<char> one_char(const Json& j, const std::string& path) const {
    FL_TRY(auto s, string(j, path));
    if (s.size() != 1) return bad(path, "must be one character");
    return s[0];
  }

  Result<void> regex(const std::string& pattern, const std::string& path, std::size_t* groups) const {
    try {
      const std::regex re(pattern, std::regex::ECMAScript);
      if (groups) *groups = re.mark_count();
    } catch (const std::regex_error& e) {
      return bad(path, "is not a valid regular expression (ECMAScript): " + std::string(e.what()));
    }
    return ok();
  }

  Result<std::vector<StatementMapping::KeyRow>> key_rows(const Json& j, const std::string& path) const {
    if (!j.is_array()) return bad(path, "must be an array of key rows");
    std::vector<StatementMapping::KeyRow> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
      const std::string p = path + "[" + std::to_string(i) + "]";
      FL_TRY_VOID(members(j[i], p, {"regex", "fields"}));
      if (!j[i].contains("regex")) return bad(at(p, "regex"), "is required");
      if (!j[i].contains("fields")) return bad(at(p, "fields"), "is required");
      StatementMapping::KeyRow row;
      FL_TRY(row.regex, string(j[i]["regex"], at(p, "regex")));
      std::size_t groups = 0;
      FL_TRY_VOID(regex(row.regex, at(p, "regex"), &groups));
      FL_TRY(auto names, strings(j[i]["fields"], at(p, "fields"), true));
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
      out.push_back(std::move(row));
    }
    return out;
  }

  Result<void> date_formats(const std::vector<std::string>& formats, const std::string& path) const {
    for (std::size_t i = 0; i < formats.size(); ++i) {
      int dd = 0, mm = 0, years = 0;
      for (const Token& t : tokenize(formats[i])) {
        dd += t.kind == Tok::dd ? 1 : 0;
        mm += t.kind == Tok::mm ? 1 : 0;
        years += (t.kind == Tok::yyyy || t.kind == Tok::yy) ? 1 : 0;
      }
      if (dd != 1 || mm != 1 || years > 1) {
        return bad(path + "[" + std::to_string(i) + "]",
                   in_quotes(formats[i]) + " must hold DD and MM once each and at most one YYYY or YY");
      }
    }
    return ok();
  }

 private:
  const std::string& label_;
};

Result<StatementMapping> read_mapping(const Json& j, const MappingReader& r) {
  StatementMapping m;
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

  if (j.contains("csv")) {
    const Json& c = j["csv"];
    FL_TRY_VOID(r.members(c, "csv", {"delimiter", "quote", "bom"}));
    if (c.contains("delimiter")) {
      FL_TRY(m.delimiter, r.one_char(c["delimiter"], "csv.delimiter"));
    }
    if (c.contains("quote")) {
      FL_TRY(m.quote, r.one_char(c["quote"], "csv.quote"));
    }
    if (m.delimiter == '\n' || m.delimiter == '\r' || m.delimiter == m.quote) {
      return r.bad("csv.delimiter", "must not be a line break or the quote character");
    }
    if (c.contains("bom")) {
      FL_TRY(auto b, r.string(c["bom"], "csv.bom"));
      if (b == "optional") m.bom = StatementMapping::Bom::optional;
      else if (b == "required") m.bom = StatementMapping::Bom::required;
      else if (b == "forbidden") m.bom = StatementMapping::Bom::forbidden;
      else return r.bad("csv.bom", "must be optional, required or forbidden");
    }
  }

  {
    const Json& h = j["header"];
    FL_TRY_VOID(r.members(h, "header", {"cells", "regex"}));
    if (h.contains("cells") == h.contains("regex")) return r.bad("header", "must give either cells or regex");
    if (h.contains("cells")) {
      FL_TRY(m.header_cells, r.strings(h["cells"], "header.cells", true));
      for (auto& cell : m.header_cells) cell = std::string(trim(cell));
      while (!m.header_cells.empty() && m.header_cells.back().empty()) m.header_cells.pop_back();
      if (m.header_cells.empty()) return r.bad("header.cells", "must name at least one cell");
    } else {
      FL_TRY(m.header_regex, r.string(h["regex"], "header.regex"));
      FL_TRY_VOID(r.regex(m.header_regex, "header.regex", nullptr));
    }
  }
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
  if (j.contains("end")) {
    const Json& e = j["end"];
    FL_TRY_VOID(r.members(e, "end", {"regex", "blank_line"}));
    if (e.contains("regex")) {
      FL_TRY(m.end_regex, r.string(e["regex"], "end.regex"));
      FL_TRY_VOID(r.regex(m.end_regex, "end.regex", nullptr));
    }
    if (e.contains("blank_line")) {
      if (!e["blank_line"].is_boolean()) return r.bad("end.blank_line", "must be true or false");
      m.end_at_blank_line = e["blank_line"].get<bool>();
    }
  }

  {
    const Json& c = j["columns"];
    FL_TRY_VOID(r.members(c, "columns", {"date", "description", "reference", "amount", "marker", "debit", "credit",
                                         "balance", "opening_balance", "account_number"}));
    auto opt = [&](const char* key, std::optional<std::size_t>& out) -> Result<void> {
      if (!c.contains(key)) return ok();
      FL_TRY(auto v, r.column(c[key], std::string("columns.") + key));
      out = v;
      return ok();
    };
    FL_TRY_VOID(opt("date", m.date_column));
    FL_TRY_VOID(opt("reference", m.reference_column));
    FL_TRY_VOID(opt("amount", m.amount_column));
    FL_TRY_VOID(opt("marker", m.marker_column));
    FL_TRY_VOID(opt("debit", m.debit_column));
    FL_TRY_VOID(opt("credit", m.credit_column));
    FL_TRY_VOID(opt("balance", m.balance_column));
    FL_TRY_VOID(opt("opening_balance", m.opening_balance_column));
    FL_TRY_VOID(opt("account_number", m.account_number_column));
    if (!m.date_column) return r.bad("columns.date", "is required");
    if (!c.contains("description")) return r.bad("columns.description", "is required");
    const Json& d = c["description"];
    if (d.is_array()) {
      if (d.empty()) return r.bad("columns.description", "must name at least one column");
      for (std::size_t i = 0; i < d.size(); ++i) {
        FL_TRY(auto v, r.column(d[i], "columns.description[" + std::to_string(i) + "]"));
        m.description_columns.push_back(v);
      }
    } else {
      FL_TRY(auto v, r.column(d, "columns.description"));
      m.description_columns.push_back(v);
    }
  }

  {
    const Json& a = j["amount"];
    FL_TRY_VOID(r.members(a, "amount", {"style", "credit", "debit"}));
    if (!a.contains("style")) return r.bad("amount.style", "is required");
    FL_TRY(auto style, r.string(a["style"], "amount.style"));
    using S = StatementMapping::AmountStyle;
    if (style == "signed") m.amount_style = S::signed_amount;
    else if (style == "marker_column") m.amount_style = S::marker_column;
    else if (style == "marker_suffix") m.amount_style = S::marker_suffix;
    else if (style == "debit_credit") m.amount_style = S::debit_credit;
    else return r.bad("amount.style", "must be signed, marker_column, marker_suffix or debit_credit");
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
    const bool markers = !m.credit_markers.empty() && !m.debit_markers.empty();
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
    const bool need_markers = m.amount_style == S::marker_column || m.amount_style == S::marker_suffix ||
                              (m.amount_style == S::debit_credit && m.marker_column);
    if (need_markers && !markers) return r.bad("amount", "needs credit and debit markers for this style");
  }

  if (j.contains("numbers")) {
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
      if (!n["bare_fraction"].is_boolean()) return r.bad("numbers.bare_fraction", "must be true or false");
      m.bare_fraction = n["bare_fraction"].get<bool>();
    }
    if (n.contains("zero")) {
      FL_TRY(m.zero_spellings, r.strings(n["zero"], "numbers.zero", false));
    }
  }

  {
    const Json& d = j["dates"];
    FL_TRY_VOID(r.members(d, "dates", {"formats", "key_formats"}));
    if (!d.contains("formats")) return r.bad("dates.formats", "is required");
    FL_TRY(m.date_formats, r.strings(d["formats"], "dates.formats", true));
    FL_TRY_VOID(r.date_formats(m.date_formats, "dates.formats"));
    if (d.contains("key_formats")) {
      FL_TRY(m.key_date_formats, r.strings(d["key_formats"], "dates.key_formats", true));
      FL_TRY_VOID(r.date_formats(m.key_date_formats, "dates.key_formats"));
    } else {
      m.key_date_formats = m.date_formats;
    }
  }

  if (j.contains("pending")) {
    const Json& p = j["pending"];
    FL_TRY_VOID(r.members(p, "pending", {"column", "equals"}));
    if (!p.contains("column")) return r.bad("pending.column", "is required");
    if (!p.contains("equals")) return r.bad("pending.equals", "is required");
    FL_TRY(auto col, r.column(p["column"], "pending.column"));
    m.pending_column = col;
    FL_TRY(m.pending_value, r.string(p["equals"], "pending.equals"));
    if (trim(m.pending_value).empty()) return r.bad("pending.equals", "must not be empty");
  }
  return m;
}

// ---------------------------------------------------------------------------------------------
// The statement.

struct Compiled {
  std::optional<std::regex> header;
  std::vector<std::regex> preamble, trailer, skip;
  std::optional<std::regex> end;
};

Compiled compile(const StatementMapping& m) {
  Compiled c;
  const auto flags = std::regex::ECMAScript;
  if (!m.header_regex.empty()) c.header.emplace(m.header_regex, flags);
  for (const auto& k : m.preamble) c.preamble.emplace_back(k.regex, flags);
  for (const auto& k : m.trailer) c.trailer.emplace_back(k.regex, flags);
  for (const auto& s : m.skip_regex) c.skip.emplace_back(s, flags);
  if (!m.end_regex.empty()) c.end.emplace(m.end_regex, flags);
  return c;
}

bool search(const std::regex& re, std::string_view line) { return std::regex_search(line.begin(), line.end(), re); }

// What the reader keeps beside each row for the checks made after the whole file is read.
struct RowAux {
  std::optional<DateParts> yearless;
  SourcePos date_pos;
  SourcePos balance_pos;
  std::optional<Int128> row_opening;
  SourcePos opening_pos;
};

class StatementReader {
 public:
  StatementReader(std::string_view text, const std::string& label, const StatementMapping& m, Currency currency)
      : text_(text), label_(label), m_(m), currency_(currency) {}

  Result<ParsedStatement> run();

 private:
  SourcePos pos(std::uint64_t line, std::uint64_t col) const { return SourcePos{label_, line, col}; }
  Unexpected bad(std::string_view field, std::string message, SourcePos where) const {
    return fail(Error(Errc::invalid_input, std::move(message)).in(field).at(std::move(where)));
  }
  bool is_header(std::string_view line) const;
  Result<void> key_rows(std::string_view line, std::uint64_t line_no, const std::vector<StatementMapping::KeyRow>& rows,
                        const std::vector<std::regex>& res);
  Result<void> state(StatementKey key, std::string_view value, SourcePos where);
  Result<void> data_row(const std::vector<Cell>& cells, std::uint64_t line);
  Result<void> resolve_dates();
  Result<void> check();

  std::string_view text_;
  const std::string& label_;
  const StatementMapping& m_;
  Currency currency_;
  Compiled re_;
  ParsedStatement st_;
  std::array<std::optional<SourcePos>, 8> stated_at_{};
  std::array<std::string, 8> stated_text_{};
  std::vector<RowAux> aux_;
};

bool StatementReader::is_header(std::string_view line) const {
  if (re_.header) return search(*re_.header, line);
  Cursor at;  // within the line alone: a header is one physical line
  auto cells = read_record(line, at, m_.delimiter, m_.quote, label_);
  if (!cells || at.line != 2) return false;
  std::vector<std::string> got;
  for (const auto& c : *cells) got.emplace_back(trim(c.text));
  while (!got.empty() && got.back().empty()) got.pop_back();
  return got == m_.header_cells;
}

Result<void> StatementReader::key_rows(std::string_view line, std::uint64_t line_no,
                                       const std::vector<StatementMapping::KeyRow>& rows, const std::vector<std::regex>& res) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_search(line.begin(), line.end(), match, res[i])) continue;
    for (std::size_t g = 0; g < rows[i].keys.size(); ++g) {
      if (!match[g + 1].matched) continue;
      const auto offset = static_cast<std::size_t>(match.position(g + 1));
      const std::string_view value = line.substr(offset, static_cast<std::size_t>(match.length(g + 1)));
      FL_TRY_VOID(state(rows[i].keys[g], value, pos(line_no, columns_of(line.substr(0, offset)) + 1)));
    }
  }
  return ok();
}

Result<void> StatementReader::state(StatementKey key, std::string_view raw, SourcePos where) {
  const std::size_t k = key_index(key);
  const std::string_view field = kKeyFields[k];
  const std::string_view value = trim(raw);
  if (stated_at_[k]) {
    if (stated_text_[k] == value) return ok();
    return bad(field, "the file states it twice: " + in_quotes(stated_text_[k]) + " on line " +
                          std::to_string(stated_at_[k]->line) + " and " + in_quotes(value) + " here",
               where);
  }
  stated_at_[k] = where;
  stated_text_[k] = std::string(value);
  auto amount = [&](bool allow_negative) -> Result<Int128> {
    auto v = read_amount(value, m_, currency_, allow_negative);
    if (!v) return bad(field, v.error().message(), where);
    return v;
  };
  switch (key) {
    case StatementKey::account_number:
      st_.account_number = std::string(value);
      st_.account_number_at = where;
      break;
    case StatementKey::currency: {
      auto c = Currency::parse(value);
      if (!c) return bad(field, c.error().message(), where);
      st_.currency = *c;
      st_.currency_at = where;
      break;
    }
    case StatementKey::period_from:
    case StatementKey::period_to: {
      auto p = read_date(value, m_.key_date_formats);
      if (!p) return bad(field, p.error().message(), where);
      if (p->year < 0) return bad(field, in_quotes(value) + " has no year", where);
      auto d = Date::from_ymd(p->year, p->month, p->day);
      if (!d) return bad(field, d.error().message(), where);
      (key == StatementKey::period_from ? st_.period_from : st_.period_to) = *d;
      break;
    }
    case StatementKey::opening: {
      FL_TRY(st_.opening, amount(true));
      break;
    }
    case StatementKey::closing: {
      FL_TRY(st_.closing, amount(true));
      break;
    }
    case StatementKey::credit_total: {
      FL_TRY(st_.credit_total, amount(false));
      break;
    }
    case StatementKey::debit_total: {
      FL_TRY(st_.debit_total, amount(false));
      break;
    }
  }
  return ok();
}

Result<void> StatementReader::data_row(const std::vector<Cell>& cells, std::uint64_t line) {
  bool blank = true;
  for (const auto& c : cells) blank = blank && trim(c.text).empty();
  if (blank) return ok();
  auto cell = [&](std::size_t index, std::string_view field) -> Result<const Cell*> {
    if (index >= cells.size()) {
      return bad(field, "the row has " + std::to_string(cells.size()) + " field(s); the mapping reads column " +
                            std::to_string(index) + " (counted from 0)",
                 pos(line, 0));
    }
    return &cells[index];
  };
  auto at = [&](const Cell* c) { return pos(c->line, c->col); };

  StatementRow row;
  RowAux aux;
  row.line = static_cast<std::size_t>(line);
  if (m_.pending_column) {
    FL_TRY(const Cell* p, cell(*m_.pending_column, "pending"));
    row.pending = trim(p->text) == m_.pending_value;
  }
  {
    FL_TRY(const Cell* d, cell(*m_.date_column, "date"));
    aux.date_pos = at(d);
    const bool no_date = row.pending && (*m_.pending_column == *m_.date_column || trim(d->text).empty());
    if (!no_date) {
      auto p = read_date(d->text, m_.date_formats);
      if (!p) return bad("date", p.error().message(), at(d));
      if (p->year < 0) {
        aux.yearless = *p;
      } else {
        auto date = Date::from_ymd(p->year, p->month, p->day);
        if (!date) return bad("date", date.error().message(), at(d));
        row.date = *date;
      }
    }
  }
  for (std::size_t idx : m_.description_columns) {
    FL_TRY(const Cell* d, cell(idx, "description"));
    append_collapsed(row.description, d->text);
  }
  if (m_.reference_column) {
    FL_TRY(const Cell* r, cell(*m_.reference_column, "reference"));
    append_collapsed(row.reference, r->text);
  }
  auto marker_of = [&](std::string_view word) -> int {  // +1 credit, -1 debit, 0 neither
    if (std::find(m_.credit_markers.begin(), m_.credit_markers.end(), word) != m_.credit_markers.end()) return 1;
    if (std::find(m_.debit_markers.begin(), m_.debit_markers.end(), word) != m_.debit_markers.end()) return -1;
    return 0;
  };
  const std::string marker_words = join(m_.credit_markers, " or ") + " for credits, " + join(m_.debit_markers, " or ") + " for debits";
  using S = StatementMapping::AmountStyle;
  switch (m_.amount_style) {
    case S::signed_amount: {
      FL_TRY(const Cell* a, cell(*m_.amount_column, "amount"));
      auto v = read_amount(a->text, m_, currency_, true);
      if (!v) return bad("amount", v.error().message(), at(a));
      row.amount = *v;
      break;
    }
    case S::marker_column: {
      FL_TRY(const Cell* a, cell(*m_.amount_column, "amount"));
      FL_TRY(const Cell* mk, cell(*m_.marker_column, "marker"));
      auto v = read_amount(a->text, m_, currency_, false);
      if (!v) return bad("amount", v.error().message(), at(a));
      const int sign = marker_of(trim(mk->text));
      if (sign == 0) return bad("marker", in_quotes(trim(mk->text)) + " is not a credit or debit marker (" + marker_words + ")", at(mk));
      row.amount = sign > 0 ? *v : Int128(-*v);
      break;
    }
    case S::marker_suffix: {
      FL_TRY(const Cell* a, cell(*m_.amount_column, "amount"));
      const std::string_view s = trim(a->text);
      int sign = 0;
      std::string_view number;
      std::size_t best = 0;
      for (const auto* words : {&m_.credit_markers, &m_.debit_markers}) {
        for (const auto& w : *words) {
          if (w.size() > best && s.size() > w.size() && s.ends_with(w)) {
            best = w.size();
            sign = marker_of(w);
            number = trim(s.substr(0, s.size() - w.size()));
          }
        }
      }
      if (sign == 0) return bad("amount", in_quotes(s) + " ends in no credit or debit marker (" + marker_words + ")", at(a));
      auto v = read_amount(number, m_, currency_, false);
      if (!v) return bad("amount", v.error().message(), at(a));
      row.amount = sign > 0 ? *v : Int128(-*v);
      break;
    }
    case S::debit_credit: {
      FL_TRY(const Cell* db, cell(*m_.debit_column, "debit"));
      FL_TRY(const Cell* cr, cell(*m_.credit_column, "credit"));
      Int128 debit = 0, credit = 0;
      if (!trim(db->text).empty()) {
        auto v = read_amount(db->text, m_, currency_, false);
        if (!v) return bad("debit", v.error().message(), at(db));
        debit = *v;
      }
      if (!trim(cr->text).empty()) {
        auto v = read_amount(cr->text, m_, currency_, false);
        if (!v) return bad("credit", v.error().message(), at(cr));
        credit = *v;
      }
      if (debit != 0 && credit != 0) {
        return bad("amount", "the row has both a debit (" + Money(currency_, debit).to_string() + ") and a credit (" +
                                 Money(currency_, credit).to_string() + ")",
                   at(db));
      }
      row.amount = credit - debit;
      if (m_.marker_column) {
        FL_TRY(const Cell* mk, cell(*m_.marker_column, "marker"));
        const int sign = marker_of(trim(mk->text));
        if (sign == 0) return bad("marker", in_quotes(trim(mk->text)) + " is not a credit or debit marker (" + marker_words + ")", at(mk));
        if ((sign > 0 && debit != 0) || (sign < 0 && credit != 0)) {
          return bad("marker", "the marker " + in_quotes(trim(mk->text)) + " says " + (sign > 0 ? "credit" : "debit") +
                                   " but the amount is in the " + (sign > 0 ? "debit" : "credit") + " column",
                     at(mk));
        }
      }
      break;
    }
  }
  if (m_.balance_column) {
    FL_TRY(const Cell* b, cell(*m_.balance_column, "balance"));
    aux.balance_pos = at(b);
    if (!(row.pending && trim(b->text).empty())) {
      auto v = read_amount(b->text, m_, currency_, true);
      if (!v) return bad("balance", v.error().message(), at(b));
      row.balance = *v;
    }
  }
  if (m_.opening_balance_column) {
    FL_TRY(const Cell* o, cell(*m_.opening_balance_column, "opening_balance"));
    aux.opening_pos = at(o);
    if (!(row.pending && trim(o->text).empty())) {
      auto v = read_amount(o->text, m_, currency_, true);
      if (!v) return bad("opening_balance", v.error().message(), at(o));
      aux.row_opening = *v;
    }
  }
  if (m_.account_number_column) {
    FL_TRY(const Cell* a, cell(*m_.account_number_column, "account_number"));
    const std::string number(trim(a->text));
    const std::size_t k = key_index(StatementKey::account_number);
    if (!stated_at_[k]) {
      stated_at_[k] = at(a);
      stated_text_[k] = number;
      st_.account_number = number;
      st_.account_number_at = at(a);
    } else if (number != st_.account_number) {
      return bad("account_number", "the row is of account " + in_quotes(number) + " but line " +
                                       std::to_string(stated_at_[k]->line) + " names account " + in_quotes(st_.account_number),
                 at(a));
    }
  }
  st_.rows.push_back(std::move(row));
  aux_.push_back(std::move(aux));
  return ok();
}

Result<void> StatementReader::resolve_dates() {
  for (std::size_t i = 0; i < st_.rows.size(); ++i) {
    if (!aux_[i].yearless) continue;
    const DateParts p = *aux_[i].yearless;
    const auto& from = st_.period_from;
    const auto& to = st_.period_to;
    const std::string shown = std::to_string(p.day) + "/" + std::to_string(p.month);
    if (!from && !to) {
      return bad("date", "the date " + shown + " has no year and the file states no period to take it from", aux_[i].date_pos);
    }
    std::optional<Date> found;
    if (from && to) {
      for (int y = from->year(); y <= to->year() && !found; ++y) {
        auto d = Date::from_ymd(y, p.month, p.day);
        if (d && *d >= *from && *d <= *to) found = *d;
      }
      if (!found) {
        return bad("date", "the date " + shown + " has no year and falls outside the period " + from->to_string() + " to " +
                               to->to_string(),
                   aux_[i].date_pos);
      }
    } else {
      auto d = Date::from_ymd((from ? *from : *to).year(), p.month, p.day);
      if (!d) return bad("date", d.error().message(), aux_[i].date_pos);
      found = *d;
    }
    st_.rows[i].date = found;
  }
  return ok();
}

Result<void> StatementReader::check() {
  std::optional<Int128> prev = st_.opening;
  std::optional<Int128> last_balance;
  Int128 net = 0, credits = 0, debits = 0;
  const int scale = currency_.scale();
  auto money = [&](const Int128& v) { return format_decimal(v, scale); };
  for (std::size_t i = 0; i < st_.rows.size(); ++i) {
    const StatementRow& row = st_.rows[i];
    if (row.pending) continue;
    const RowAux& aux = aux_[i];
    if (aux.row_opening) {
      if (!prev) {
        prev = aux.row_opening;
        if (!st_.opening) st_.opening = aux.row_opening;
      } else if (*aux.row_opening != *prev) {
        return bad("opening_balance", "the row opens at " + money(*aux.row_opening) + " but the balance before it is " +
                                          money(*prev) + ": they differ by " + difference_text(*aux.row_opening, *prev, currency_),
                   aux.opening_pos);
      }
    }
    if (row.balance) {
      if (prev) {
        const Int128 expected = *prev + row.amount;
        if (*row.balance != expected) {
          return bad("balance", "the running balance is " + money(*row.balance) + " but the balance before it, " + money(*prev) +
                                    ", plus the amount " + money(row.amount) + " gives " + money(expected) +
                                    ": they differ by " + difference_text(*row.balance, expected, currency_),
                     aux.balance_pos);
        }
      }
      prev = row.balance;
      last_balance = row.balance;
    } else if (prev) {
      prev = *prev + row.amount;
    }
    net += row.amount;
    if (row.amount > 0) credits += row.amount;
    if (row.amount < 0) debits -= row.amount;
  }
  const auto& closing_at = stated_at_[key_index(StatementKey::closing)];
  if (st_.closing && closing_at) {
    if (st_.opening) {
      const Int128 expected = *st_.opening + net;
      if (*st_.closing != expected) {
        return bad("closing_balance", "the closing balance is " + money(*st_.closing) + " but the opening balance " +
                                          money(*st_.opening) + " plus the settled rows' net " + money(net) + " gives " +
                                          money(expected) + ": they differ by " +
                                          difference_text(*st_.closing, expected, currency_),
                   *closing_at);
      }
    } else if (last_balance && *st_.closing != *last_balance) {
      return bad("closing_balance", "the closing balance is " + money(*st_.closing) +
                                        " but the last settled row's running balance is " + money(*last_balance) +
                                        ": they differ by " + difference_text(*st_.closing, *last_balance, currency_),
                 *closing_at);
    }
  } else if (!st_.closing && last_balance) {
    st_.closing = last_balance;
  }
  const auto& credit_at = stated_at_[key_index(StatementKey::credit_total)];
  if (st_.credit_total && credit_at && *st_.credit_total != credits) {
    return bad("credit_total", "the trailer's credit total is " + money(*st_.credit_total) +
                                   " but the settled rows' credits add up to " + money(credits) + ": they differ by " +
                                   difference_text(*st_.credit_total, credits, currency_),
               *credit_at);
  }
  const auto& debit_at = stated_at_[key_index(StatementKey::debit_total)];
  if (st_.debit_total && debit_at && *st_.debit_total != debits) {
    return bad("debit_total", "the trailer's debit total is " + money(*st_.debit_total) +
                                  " but the settled rows' debits add up to " + money(debits) + ": they differ by " +
                                  difference_text(*st_.debit_total, debits, currency_),
               *debit_at);
  }
  return ok();
}

Result<ParsedStatement> StatementReader::run() {
  std::string_view text = text_;
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (text.starts_with(kBom)) {
    if (m_.bom == StatementMapping::Bom::forbidden) {
      return fail(Error(Errc::invalid_input, "the file starts with a byte-order mark, which this layout never has (is it the right mapping?)")
                      .at(pos(1, 1)));
    }
    text.remove_prefix(kBom.size());
  } else if (m_.bom == StatementMapping::Bom::required) {
    return fail(Error(Errc::invalid_input, "the file does not start with the byte-order mark this layout always has (is it the right mapping?)")
                    .at(pos(1, 1)));
  }
  text_ = text;
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
    return fail(Error(Errc::invalid_input, "the file is not UTF-8 text (convert it to UTF-8)").at(pos(line, 0)));
  }
  re_ = compile(m_);
  enum class Phase { preamble, data, trailer } phase = Phase::preamble;
  Cursor cur;
  while (cur.pos < text.size()) {
    std::size_t next = 0;
    const std::string_view line = line_at(text, cur.pos, &next);
    if (phase == Phase::preamble) {
      if (is_header(line)) {
        phase = Phase::data;
      } else {
        FL_TRY_VOID(key_rows(line, cur.line, m_.preamble, re_.preamble));
      }
      cur.pos = next;
      ++cur.line;
      continue;
    }
    if (phase == Phase::data) {
      bool ends = trim(line).empty() ? m_.end_at_blank_line : (re_.end && search(*re_.end, line));
      for (const auto& re : re_.trailer) ends = ends || search(re, line);
      if (ends) {
        phase = Phase::trailer;
        continue;  // the trailer reads this line
      }
      bool skip = trim(line).empty();
      for (const auto& re : re_.skip) skip = skip || search(re, line);
      if (skip) {
        cur.pos = next;
        ++cur.line;
        continue;
      }
      const std::uint64_t record_line = cur.line;
      FL_TRY(auto cells, read_record(text, cur, m_.delimiter, m_.quote, label_));
      FL_TRY_VOID(data_row(cells, record_line));
      continue;
    }
    FL_TRY_VOID(key_rows(line, cur.line, m_.trailer, re_.trailer));
    cur.pos = next;
    ++cur.line;
  }
  if (phase == Phase::preamble) {
    const std::string what = m_.header_cells.empty() ? "matching " + in_quotes(m_.header_regex)
                                                     : in_quotes(join(m_.header_cells, std::string(1, m_.delimiter)));
    return fail(Error(Errc::invalid_input, "no header row " + what + " (is it the right mapping for this file?)")
                    .in("header")
                    .at(pos(0, 0)));
  }
  FL_TRY_VOID(resolve_dates());
  FL_TRY_VOID(check());
  return std::move(st_);
}

}  // namespace

Result<StatementMapping> parse_mapping(std::string_view json_text, const std::string& label) {
  Json j;
  try {
    j = Json::parse(json_text);
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
  }
  MappingReader reader(label);
  return read_mapping(j, reader);
}

Result<ParsedStatement> parse_statement(std::string_view text, const std::string& label, const StatementMapping& m,
                                        Currency currency) {
  try {
    StatementReader reader(text, label, m, currency);
    return reader.run();
  } catch (const std::regex_error& e) {
    return fail(Error(Errc::invalid_input, std::string("a regular expression of the mapping is refused: ") + e.what())
                    .at(SourcePos{label, 0, 0}));
  } catch (const std::overflow_error&) {
    return fail(Error(Errc::invalid_input, "the amounts of this statement add up beyond 128 bits").at(SourcePos{label, 0, 0}));
  }
}

}  // namespace fl::io
