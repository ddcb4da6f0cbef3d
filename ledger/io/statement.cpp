#include "io/statement.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "base/limits.hpp"
#include "io/csv_tokenizer.hpp"
#include "io/pattern.hpp"
#include "io/statement_amounts.hpp"
#include "io/statement_checks.hpp"
#include "io/statement_dates.hpp"
#include "io/statement_text.hpp"

namespace fl::io {
namespace {

std::size_t key_index(StatementKey k) { return static_cast<std::size_t>(k); }

std::string_view line_at(std::string_view text, std::size_t pos, std::size_t* next) {
  const auto end = text.find('\n', pos);
  const std::size_t stop = end == std::string_view::npos ? text.size() : end;
  if (next) *next = end == std::string_view::npos ? text.size() : end + 1;
  std::string_view l = text.substr(pos, stop - pos);
  if (l.ends_with('\r')) l.remove_suffix(1);
  return l;
}

struct Compiled {
  std::optional<Pattern> header;
  std::vector<Pattern> preamble, trailer, skip;
  std::optional<Pattern> end;
};

// The mapping reader has compiled every pattern once already; one it refuses now is an error of
// the mapping, never an abort.
struct PatternRefused {
  std::string field, message;
};

Pattern compiled(const std::string& text, std::string_view field) {
  auto p = Pattern::compile(text);
  if (!p) throw PatternRefused{std::string(field), p.error().message()};
  return std::move(*p);
}

Compiled compile(const StatementMapping& m) {
  Compiled c;
  if (!m.header_regex.empty()) c.header.emplace(compiled(m.header_regex, "header.regex"));
  for (const auto& k : m.preamble) c.preamble.push_back(compiled(k.regex, "preamble"));
  for (const auto& k : m.trailer) c.trailer.push_back(compiled(k.regex, "trailer"));
  for (const auto& s : m.skip_regex) c.skip.push_back(compiled(s, "skip"));
  if (!m.end_regex.empty()) c.end.emplace(compiled(m.end_regex, "end.regex"));
  return c;
}

bool search(const Pattern& re, std::string_view line) { return re.search(line); }

using Cells = std::vector<CsvCell>;

// Reads a statement line by line: the preamble's key rows up to the header, the data rows up to
// the trailer, the trailer's key rows; then hands the rows to the checks.
class StatementReader {
 public:
  StatementReader(std::string_view text, const std::string& label, const StatementMapping& m, Currency currency)
      : text_(text), label_(label), m_(m), currency_(currency) {}

  Result<ParsedStatement> run();

 private:
  SourcePos pos(std::uint64_t line, std::uint64_t col) const { return SourcePos{label_, line, col}; }
  SourcePos at(const CsvCell* c) const { return pos(c->line, c->col); }
  Unexpected bad(std::string_view field, std::string message, SourcePos where) const {
    return fail(Error(Errc::invalid_input, std::move(message)).in(field).at(std::move(where)));
  }
  bool is_header(std::string_view line) const;
  Result<void> key_rows(std::string_view line, std::uint64_t line_no, const std::vector<StatementMapping::KeyRow>& rows,
                        const std::vector<Pattern>& res);
  Result<void> state(StatementKey key, std::string_view value, SourcePos where);
  Result<void> state_value(StatementKey key, std::string_view value, const SourcePos& where);

  // One data row, read field by field.
  Result<void> data_row(const Cells& cells, std::uint64_t line);
  Result<const CsvCell*> cell(const Cells& cells, std::size_t index, std::string_view field, std::uint64_t line) const;
  Result<void> row_date(const Cells& cells, StatementRow& row, RowAux& aux) const;
  Result<void> row_amount(const Cells& cells, StatementRow& row) const;
  Result<void> debit_credit_amount(const Cells& cells, StatementRow& row) const;
  Result<int> marker_sign(const CsvCell* mk) const;  // +1 credit, -1 debit
  Result<void> row_balances(const Cells& cells, StatementRow& row, RowAux& aux) const;
  Result<void> row_account(const Cells& cells, std::uint64_t line);
  int marker_of(std::string_view word) const;  // +1 credit, -1 debit, 0 neither
  std::string marker_words() const;

  std::string_view text_;
  const std::string& label_;
  const StatementMapping& m_;
  Currency currency_;
  Compiled re_;
  ParsedStatement st_;
  StatedAt stated_at_{};
  std::array<std::string, 8> stated_text_{};
  std::vector<RowAux> aux_;
};

bool StatementReader::is_header(std::string_view line) const {
  if (re_.header) return search(*re_.header, line);
  CsvCursor at;  // within the line alone: a header is one physical line
  auto cells = read_csv_record(line, at, m_.csv, label_);
  if (!cells || at.line != 2) return false;
  std::vector<std::string> got;
  for (const auto& c : *cells) got.emplace_back(trim(c.text));
  while (!got.empty() && got.back().empty()) got.pop_back();
  return got == m_.header_cells;
}

Result<void> StatementReader::key_rows(std::string_view line, std::uint64_t line_no,
                                       const std::vector<StatementMapping::KeyRow>& rows, const std::vector<Pattern>& res) {
  std::vector<std::optional<Pattern::Capture>> captures;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!res[i].search(line, captures)) continue;
    for (std::size_t g = 0; g < rows[i].keys.size() && g < captures.size(); ++g) {
      if (!captures[g]) continue;
      const std::size_t offset = captures[g]->offset;
      const std::string_view value = line.substr(offset, captures[g]->length);
      FL_TRY_VOID(state(rows[i].keys[g], value, pos(line_no, utf8_columns(line.substr(0, offset)) + 1)));
    }
  }
  return ok();
}

// A key the file states: once, or again with the same text.
Result<void> StatementReader::state(StatementKey key, std::string_view raw, SourcePos where) {
  const std::size_t k = key_index(key);
  const std::string_view value = trim(raw);
  if (value.size() > limits::statement_key_bytes_max) {
    return bad(key_field(key), "is " + std::to_string(value.size()) + " bytes long, beyond the limit of " +
                                   std::to_string(limits::statement_key_bytes_max) + " bytes of a key row's value",
               where);
  }
  if (stated_at_[k]) {
    if (stated_text_[k] == value) return ok();
    return bad(key_field(key), "the file states it twice: " + in_quotes(stated_text_[k]) + " on line " +
                                   std::to_string(stated_at_[k]->line) + " and " + in_quotes(value) + " here",
               where);
  }
  stated_at_[k] = where;
  stated_text_[k] = std::string(value);
  return state_value(key, value, where);
}

Result<void> StatementReader::state_value(StatementKey key, std::string_view value, const SourcePos& where) {
  const std::string_view field = key_field(key);
  auto amount = [&](bool allow_negative) -> Result<Int128> {
    auto v = read_amount(value, m_, currency_, allow_negative);
    if (!v) return bad(field, v.error().message(), where);
    return v;
  };
  switch (key) {
    case StatementKey::account_number:
      st_.account_number = std::string(value);
      st_.account_number_at = where;
      return ok();
    case StatementKey::currency: {
      auto c = Currency::parse(value);
      if (!c) return bad(field, c.error().message(), where);
      st_.currency = *c;
      st_.currency_at = where;
      return ok();
    }
    case StatementKey::period_from:
    case StatementKey::period_to: {
      auto p = read_date(value, m_.key_date_formats);
      if (!p) return bad(field, p.error().message(), where);
      if (p->year < 0) return bad(field, in_quotes(value) + " has no year", where);
      auto d = Date::from_ymd(p->year, p->month, p->day);
      if (!d) return bad(field, d.error().message(), where);
      (key == StatementKey::period_from ? st_.period_from : st_.period_to) = *d;
      return ok();
    }
    case StatementKey::opening: {
      FL_TRY(st_.opening, amount(true));
      return ok();
    }
    case StatementKey::closing: {
      FL_TRY(st_.closing, amount(true));
      return ok();
    }
    case StatementKey::credit_total: {
      FL_TRY(st_.credit_total, amount(false));
      return ok();
    }
    case StatementKey::debit_total: {
      FL_TRY(st_.debit_total, amount(false));
      return ok();
    }
  }
  return ok();
}

Result<const CsvCell*> StatementReader::cell(const Cells& cells, std::size_t index, std::string_view field,
                                             std::uint64_t line) const {
  if (index >= cells.size()) {
    return bad(field, "the row has " + std::to_string(cells.size()) + " field(s); the mapping reads column " +
                          std::to_string(index) + " (counted from 0)",
               pos(line, 0));
  }
  return &cells[index];
}

int StatementReader::marker_of(std::string_view word) const {
  if (std::find(m_.credit_markers.begin(), m_.credit_markers.end(), word) != m_.credit_markers.end()) return 1;
  if (std::find(m_.debit_markers.begin(), m_.debit_markers.end(), word) != m_.debit_markers.end()) return -1;
  return 0;
}

std::string StatementReader::marker_words() const {
  return join(m_.credit_markers, " or ") + " for credits, " + join(m_.debit_markers, " or ") + " for debits";
}

Result<int> StatementReader::marker_sign(const CsvCell* mk) const {
  const int sign = marker_of(trim(mk->text));
  if (sign == 0) {
    return bad("marker", in_quotes(trim(mk->text)) + " is not a credit or debit marker (" + marker_words() + ")", at(mk));
  }
  return sign;
}

Result<void> StatementReader::row_date(const Cells& cells, StatementRow& row, RowAux& aux) const {
  FL_TRY(const CsvCell* d, cell(cells, *m_.date_column, "date", row.line));
  aux.date_pos = at(d);
  const bool no_date = row.pending && (*m_.pending_column == *m_.date_column || trim(d->text).empty());
  if (no_date) return ok();
  auto p = read_date(d->text, m_.date_formats);
  if (!p) return bad("date", p.error().message(), at(d));
  if (p->year < 0) {
    aux.yearless = *p;
    return ok();
  }
  auto date = Date::from_ymd(p->year, p->month, p->day);
  if (!date) return bad("date", date.error().message(), at(d));
  row.date = *date;
  return ok();
}

Result<void> StatementReader::row_amount(const Cells& cells, StatementRow& row) const {
  using S = StatementMapping::AmountStyle;
  if (m_.amount_style == S::debit_credit) return debit_credit_amount(cells, row);
  FL_TRY(const CsvCell* a, cell(cells, *m_.amount_column, "amount", row.line));
  std::string_view number = a->text;
  int sign = 1;
  if (m_.amount_style == S::marker_column) {
    FL_TRY(const CsvCell* mk, cell(cells, *m_.marker_column, "marker", row.line));
    // The amount is read before the marker is: a bad amount is named first.
    auto v = read_amount(number, m_, currency_, false);
    if (!v) return bad("amount", v.error().message(), at(a));
    FL_TRY(sign, marker_sign(mk));
    row.amount = sign > 0 ? *v : Int128(-*v);
    return ok();
  }
  if (m_.amount_style == S::marker_suffix) {  // the longest marker the cell ends in
    const std::string_view s = trim(a->text);
    sign = 0;
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
    if (sign == 0) return bad("amount", in_quotes(s) + " ends in no credit or debit marker (" + marker_words() + ")", at(a));
  }
  auto v = read_amount(number, m_, currency_, m_.amount_style == S::signed_amount);
  if (!v) return bad("amount", v.error().message(), at(a));
  row.amount = sign > 0 ? *v : Int128(-*v);
  return ok();
}

Result<void> StatementReader::debit_credit_amount(const Cells& cells, StatementRow& row) const {
  FL_TRY(const CsvCell* db, cell(cells, *m_.debit_column, "debit", row.line));
  FL_TRY(const CsvCell* cr, cell(cells, *m_.credit_column, "credit", row.line));
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
  if (!m_.marker_column) return ok();
  FL_TRY(const CsvCell* mk, cell(cells, *m_.marker_column, "marker", row.line));
  FL_TRY(const int sign, marker_sign(mk));
  if ((sign > 0 && debit != 0) || (sign < 0 && credit != 0)) {
    return bad("marker", "the marker " + in_quotes(trim(mk->text)) + " says " + (sign > 0 ? "credit" : "debit") +
                             " but the amount is in the " + (sign > 0 ? "debit" : "credit") + " column",
               at(mk));
  }
  return ok();
}

Result<void> StatementReader::row_balances(const Cells& cells, StatementRow& row, RowAux& aux) const {
  if (m_.balance_column) {
    FL_TRY(const CsvCell* b, cell(cells, *m_.balance_column, "balance", row.line));
    aux.balance_pos = at(b);
    if (!(row.pending && trim(b->text).empty())) {
      auto v = read_amount(b->text, m_, currency_, true);
      if (!v) return bad("balance", v.error().message(), at(b));
      row.balance = *v;
    }
  }
  if (m_.opening_balance_column) {
    FL_TRY(const CsvCell* o, cell(cells, *m_.opening_balance_column, "opening_balance", row.line));
    aux.opening_pos = at(o);
    if (!(row.pending && trim(o->text).empty())) {
      auto v = read_amount(o->text, m_, currency_, true);
      if (!v) return bad("opening_balance", v.error().message(), at(o));
      aux.row_opening = *v;
    }
  }
  return ok();
}

// Every row of a layout with an account-number column names the same account.
Result<void> StatementReader::row_account(const Cells& cells, std::uint64_t line) {
  if (!m_.account_number_column) return ok();
  FL_TRY(const CsvCell* a, cell(cells, *m_.account_number_column, "account_number", line));
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
  return ok();
}

Result<void> StatementReader::data_row(const Cells& cells, std::uint64_t line) {
  bool blank = true;
  for (const auto& c : cells) blank = blank && trim(c.text).empty();
  if (blank) return ok();
  StatementRow row;
  RowAux aux;
  row.line = static_cast<std::size_t>(line);
  if (m_.pending_column) {
    FL_TRY(const CsvCell* p, cell(cells, *m_.pending_column, "pending", line));
    row.pending = trim(p->text) == m_.pending_value;
  }
  FL_TRY_VOID(row_date(cells, row, aux));
  for (std::size_t idx : m_.description_columns) {
    FL_TRY(const CsvCell* d, cell(cells, idx, "description", line));
    append_collapsed(row.description, d->text);
  }
  if (m_.reference_column) {
    FL_TRY(const CsvCell* r, cell(cells, *m_.reference_column, "reference", line));
    append_collapsed(row.reference, r->text);
  }
  FL_TRY_VOID(row_amount(cells, row));
  FL_TRY_VOID(row_balances(cells, row, aux));
  FL_TRY_VOID(row_account(cells, line));
  st_.rows.push_back(std::move(row));
  aux_.push_back(std::move(aux));
  return ok();
}

Result<ParsedStatement> StatementReader::run() {
  FL_TRY(const std::string_view text, csv_text(text_, m_.csv, label_, "convert it to UTF-8"));
  re_ = compile(m_);
  enum class Phase { preamble, data, trailer } phase = Phase::preamble;
  CsvCursor cur;
  while (cur.pos < text.size()) {
    std::size_t next = 0;
    const std::string_view line = line_at(text, cur.pos, &next);
    if (line.size() > limits::statement_line_bytes_max) {
      return bad("line", "is " + std::to_string(line.size()) + " bytes long, beyond the limit of " +
                             std::to_string(limits::statement_line_bytes_max) + " bytes of a statement line",
                 pos(cur.line, 0));
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
      if (!skip) {
        const std::uint64_t record_line = cur.line;
        FL_TRY(auto cells, read_csv_record(text, cur, m_.csv, label_));
        FL_TRY_VOID(data_row(cells, record_line));
        continue;
      }
    } else if (phase == Phase::preamble && is_header(line)) {
      phase = Phase::data;
    } else if (phase == Phase::preamble) {
      FL_TRY_VOID(key_rows(line, cur.line, m_.preamble, re_.preamble));
    } else {
      FL_TRY_VOID(key_rows(line, cur.line, m_.trailer, re_.trailer));
    }
    cur.pos = next;
    ++cur.line;
  }
  if (phase == Phase::preamble) {
    const std::string what = m_.header_cells.empty() ? "matching " + in_quotes(m_.header_regex)
                                                     : in_quotes(join(m_.header_cells, std::string(1, m_.csv.delimiter)));
    return fail(Error(Errc::invalid_input, "no header row " + what + " (is it the right mapping for this file?)")
                    .in("header")
                    .at(pos(0, 0)));
  }
  FL_TRY_VOID(resolve_yearless_dates(st_, aux_));
  FL_TRY_VOID(check_statement(st_, aux_, stated_at_, currency_));
  return std::move(st_);
}

}  // namespace

Result<ParsedStatement> parse_statement(std::string_view text, const std::string& label, const StatementMapping& m,
                                        Currency currency) {
  try {
    StatementReader reader(text, label, m, currency);
    return reader.run();
  } catch (const PatternRefused& e) {
    return fail(Error(Errc::invalid_input, "a regular expression of the mapping is refused: " + e.message)
                    .in(e.field)
                    .at(SourcePos{label, 0, 0}));
  } catch (const std::overflow_error&) {
    return fail(Error(Errc::invalid_input, "the amounts of this statement add up beyond 128 bits").at(SourcePos{label, 0, 0}));
  }
}

}  // namespace fl::io
