#include "app/import.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>

#include "app/input_file.hpp"
#include "app/write.hpp"
#include "engine/derive.hpp"
#include "base/limits.hpp"
#include "io/csv.hpp"
#include "io/event_diff.hpp"
#include "journal/names.hpp"
#include "money/decimal.hpp"
#include "money/rate.hpp"

namespace fl::app {
namespace {

// The files an import folder may hold, in the order they are read (docs/format/csv.md).
constexpr const char* kImportFiles[] = {"parties.csv", "bank_accounts.csv", "rates.csv", "agreements.csv",
                                        "schedule.csv", "receipts.csv", "changes.csv"};

std::string lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// Whether `given` is close to `documented`: the same but for case, a dash or space for an
// underscore, or a missing or extra "s".
bool close_to(std::string given, const std::string& documented) {
  given = lowercase(given);
  std::replace(given.begin(), given.end(), '-', '_');
  std::replace(given.begin(), given.end(), ' ', '_');
  return given == documented || given + "s" == documented || given == documented + "s";
}

// An event built from a row, with the place its errors point at.
struct Planned {
  Transaction event;
  SourcePos where;
  int rank = 0;            // orders same-day events: agreement, amend/condition, receipt, others
  bool confirm_jump = false;  // a rate row whose jump from the previous quote is confirmed
  std::string written;        // a rate row's value as the file writes it
  std::size_t order = 0;   // file order, for ties
  // Receipts whose allocation is to be derived (oldest due first) when the event is built.
  bool derive_allocation = false;
  PartyId cso;  // a receipt's CSO column, checked against its agreement's CSO
};

class Rows {
 public:
  Rows(const io::CsvTable& t, std::optional<NumberLocale> locale, std::vector<Error>& errors)
      : t_(t), locale_(locale), errors_(errors) {}

  // Starts a row; `ok()` tells whether all its cells read so far were good.
  void row(std::size_t r) {
    r_ = r;
    row_ok_ = true;
  }
  bool ok() const { return row_ok_; }
  std::optional<NumberLocale> locale() const { return locale_; }
  SourcePos where() const { return t_.at(t_.rows[r_].front()); }

  std::string text(std::string_view col, bool required) {
    const auto c = t_.column(col);
    if (!c) {
      if (required) complain_header(col);
      return {};
    }
    const io::CsvCell& cell = t_.rows[r_][*c];
    if (required && cell.text.empty()) bad(cell, col, "is empty");
    return cell.text;
  }
  // An id cell (as a strong id type, or the text of an event's id), checked with check_id.
  template <class T = std::string>
  T id(std::string_view col, bool required = true) {
    std::string s = text(col, required);
    if (!s.empty()) {
      if (auto r = check_id(s); !r) bad(cell(col), col, r.error().message());
    }
    return T{std::move(s)};
  }
  Date date(std::string_view col) {
    const std::string s = text(col, true);
    if (s.empty()) return Date::from_days(0);
    auto d = Date::parse(s);
    if (!d) {
      bad(cell(col), col, d.error().message());
      return Date::from_days(0);
    }
    return *d;
  }
  Currency currency(std::string_view col) {
    const std::string s = text(col, true);
    auto c = Currency::parse(s);
    if (!c) {
      if (!s.empty()) bad(cell(col), col, c.error().message());
      return Currency::at_index(0);
    }
    return *c;
  }
  Money amount(std::string_view col, Currency c, bool required, bool allow_negative = false) {
    const std::string s = text(col, required);
    if (s.empty()) return Money::zero(c);
    auto v = parse_local_amount(s, c, AmountRules{locale_, allow_negative});
    if (!v) {
      bad(cell(col), col, v.error().message());
      return Money::zero(c);
    }
    return Money(c, *v);
  }
  std::string choice(std::string_view col, std::initializer_list<std::string_view> allowed) {
    const std::string s = text(col, true);
    if (s.empty()) return s;
    for (auto a : allowed) {
      if (s == a) return s;
    }
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    bad(cell(col), col, "\"" + s + "\" is not one of " + list);
    return s;
  }
  void bad(const io::CsvCell& c, std::string_view col, const std::string& message) {
    if (t_.path.empty()) {  // a record given as command-line flags: name the flag
      std::string flag = "--" + std::string(col);
      std::replace(flag.begin(), flag.end(), '_', '-');
      errors_.push_back(Error(Errc::invalid_input, message).in(flag));
    } else {
      errors_.push_back(Error(Errc::invalid_input, message).in(col).at(t_.at(c)));
    }
    row_ok_ = false;
  }
  // The row's cell of `col`; a column the header lacks (checked before any row is read) gives
  // an empty cell at the header's line, never a read past the row.
  const io::CsvCell& cell(std::string_view col) const {
    const auto c = t_.column(col);
    if (!c || *c >= t_.rows[r_].size()) {
      missing_cell_ = io::CsvCell{{}, t_.header_line, 0};
      return missing_cell_;
    }
    return t_.rows[r_][*c];
  }
  std::size_t size() const { return t_.rows.size(); }

 private:
  void complain_header(std::string_view col) {
    if (std::find(missing_.begin(), missing_.end(), col) == missing_.end()) {
      missing_.emplace_back(col);
      errors_.push_back(Error(Errc::invalid_input, "the header has no column \"" + std::string(col) + "\"")
                            .at(SourcePos{t_.path, t_.header_line, 0}));
    }
    row_ok_ = false;
  }
  const io::CsvTable& t_;
  std::optional<NumberLocale> locale_;
  std::vector<Error>& errors_;
  std::size_t r_ = 0;
  bool row_ok_ = true;
  std::vector<std::string> missing_;
  mutable io::CsvCell missing_cell_;
};

// The columns each file must have (docs/format/csv.md); the others are optional or required
// only for some rows.
const std::map<std::string, std::vector<std::string>>& required_columns() {
  static const std::map<std::string, std::vector<std::string>> columns = {
      {"parties.csv", {"id", "kind", "name"}},
      {"bank_accounts.csv", {"id", "cso", "bank", "number", "currency", "account", "opened"}},
      {"rates.csv", {"date", "base", "quote", "value", "source"}},
      {"agreements.csv", {"id", "cso", "counterparty", "signed", "currency", "amount", "nature", "form", "conditional", "counts_as"}},
      {"schedule.csv", {"agreement", "tranche", "due", "amount"}},
      {"receipts.csv", {"id", "cso", "agreement", "date", "gross"}},
      {"changes.csv", {"id", "agreement", "date", "change"}},
  };
  return columns;
}

// Every column each file may have: a column of another name (a misspelt `bank_charge`) would
// be silently ignored, so it is refused.
const std::map<std::string, std::vector<std::string>>& known_columns() {
  static const std::map<std::string, std::vector<std::string>> columns = {
      {"parties.csv", {"id", "kind", "name", "level", "district", "province", "region_code", "aliases", "recorded_on"}},
      {"bank_accounts.csv",
       {"id", "cso", "bank", "number", "currency", "account", "opened", "opening_balance", "recorded_on"}},
      {"rates.csv", {"date", "base", "quote", "value", "source", "confirm_jump", "recorded_on"}},
      {"agreements.csv", {"id", "cso", "counterparty", "signed", "currency", "amount", "nature", "form", "valuation_basis",
                          "conditional", "condition", "counts_as", "purpose", "restriction", "document_sha256",
                          "recorded_on"}},
      {"schedule.csv", {"agreement", "tranche", "due", "amount"}},
      {"receipts.csv", {"id", "cso", "agreement", "date", "gross", "bank_charges", "tax_withheld", "bank_account",
                        "bank_reference", "allocation", "posting_date", "recorded_on"}},
      {"changes.csv",
       {"id", "agreement", "date", "change", "amount", "tranche", "bank_account", "note", "posting_date", "recorded_on"}},
  };
  return columns;
}

// Every file read, its header checked for the required columns, before any row is read: a
// file that lacks one is reported once, at its header's line, and no row is read at all.
using Tables = std::map<std::string, io::CsvTable>;

Tables read_tables(const Sources& sources, const ImportOptions& options, std::vector<Error>& errors) {
  Tables out;
  for (const char* name : kImportFiles) {
    const auto found = sources.find(name);
    if (found == sources.end()) continue;
    const auto& [label, text] = found->second;
    auto t = io::parse_csv(text, label);
    if (!t) {
      errors.push_back(std::move(t).error());
      continue;
    }
    if (options.locale && t->locale && *options.locale != *t->locale) {
      const auto name_of = [](NumberLocale l) { return std::string(l == NumberLocale::id ? "id" : "en"); };
      errors.push_back(Error(Errc::invalid_input, "the file declares another number locale than --number-locale (" +
                                                      name_of(*t->locale) + " in the file, " + name_of(*options.locale) +
                                                      " given)")
                           .at(SourcePos{label, 1, 1}));
    }
    if (!t->locale) t->locale = options.locale ? options.locale : options.journal_locale;
    const auto required = required_columns().find(name);
    if (required != required_columns().end()) {
      for (const std::string& col : required->second) {
        if (t->column(col)) continue;
        if (label.empty()) {
          std::string flag = "--" + col;
          std::replace(flag.begin(), flag.end(), '_', '-');
          errors.push_back(Error(Errc::invalid_input, "is required").in(flag));
        } else {
          errors.push_back(Error(Errc::invalid_input, "the header has no column \"" + col + "\"")
                               .at(SourcePos{label, t->header_line, 0}));
        }
      }
    }
    const auto known = known_columns().find(name);
    if (known != known_columns().end() && !label.empty()) {
      for (std::size_t i = 0; i < t->header.size(); ++i) {
        const std::string& col = t->header[i];
        if (std::find(known->second.begin(), known->second.end(), col) != known->second.end()) continue;
        std::string message = "the header has a column \"" + col + "\" that " + name + " does not have";
        for (const std::string& k : known->second) {
          if (close_to(col, k)) {
            message += "; did you mean \"" + k + "\"?";
            break;
          }
        }
        errors.push_back(Error(Errc::invalid_input, message).at(SourcePos{label, t->header_line, 0}));
      }
    }
    out.emplace(name, std::move(*t));
  }
  return out;
}

const io::CsvTable* read_table(const Tables& tables, const std::string& name) {
  const auto found = tables.find(name);
  return found == tables.end() ? nullptr : &found->second;
}

// Runs `f` on every row of `file` (if the file exists), collecting errors.
template <class F>
void each_row(const Tables& sources, const std::string& name, std::vector<Error>& errors, F f) {
  const io::CsvTable* table = read_table(sources, name);
  if (!table) return;
  Rows rows(*table, table->locale, errors);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    rows.row(r);
    f(rows);
  }
}

// The optional posting_date column: the period an event is booked in, when it is not its value
// date's (a late receipt posted in the open period). Never before the value date.
std::optional<Date> posting_date(Rows& rows, Date value_date) {
  const std::string s = rows.text("posting_date", false);
  if (s.empty()) return std::nullopt;
  auto d = Date::parse(s);
  if (!d) {
    rows.bad(rows.cell("posting_date"), "posting_date", d.error().message());
    return std::nullopt;
  }
  if (*d < value_date) {
    rows.bad(rows.cell("posting_date"), "posting_date", "falls before the value date " + value_date.to_string());
    return std::nullopt;
  }
  return *d;
}

// The optional recorded_on column: the day the fact became known, kept with the event so that
// history is not flattened to the import day.
Transaction known_on(Rows& rows, Transaction e) {
  const std::string s = rows.text("recorded_on", false);
  if (s.empty()) return e;
  auto d = Date::parse(s);
  if (!d) {
    rows.bad(rows.cell("recorded_on"), "recorded_on", d.error().message());
  } else {
    e.recorded_on = *d;
  }
  return e;
}

// A yes/no column that may be absent (no).
bool yes(Rows& rows, std::string_view col) {
  const std::string s = rows.text(col, false);
  if (s.empty() || s == "no") return false;
  if (s == "yes") return true;
  rows.bad(rows.cell(col), col, "\"" + s + "\" is not yes or no");
  return false;
}

// "a|b|c" -> {"a", "b", "c"}, dropping empty parts.
std::vector<std::string> split_bars(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    const auto bar = text.find('|', start);
    std::string part = text.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
    if (!part.empty()) out.push_back(std::move(part));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

// The events an import plans, in file order; sorted before they are added.
struct Plan {
  std::vector<Planned> out;
  std::size_t order = 0;
  void add(Transaction e, SourcePos where, int rank, bool derive = false, PartyId cso = {}) {
    out.push_back(Planned{std::move(e), std::move(where), rank, false, {}, order++, derive, std::move(cso)});
  }
};

void plan_parties(const Tables& dir, Date parties_date, std::vector<Error>& errors, Plan& plan) {
  each_row(dir, "parties.csv", errors, [&](Rows& rows) {
    Party p;
    const std::string id = rows.id("id");
    auto kind = parse_party_kind(rows.text("kind", true));
    if (!kind) rows.bad(rows.cell("kind"), "kind", kind.error().message());
    p.kind = kind ? *kind : PartyKind::cso;
    p.name = rows.text("name", true);
    p.level = rows.text("level", false);
    p.district = rows.text("district", false);
    p.province = rows.text("province", false);
    p.region_code = rows.text("region_code", false);
    p.aliases = split_bars(rows.text("aliases", false));
    std::string description = p.name;  // before p is moved from
    Transaction e = known_on(rows, make_event(EventKind::party, id, parties_date, std::move(description), std::move(p)));
    if (rows.ok()) plan.add(std::move(e), rows.where(), -3);
  });
}

void plan_bank_accounts(const Tables& dir, std::vector<Error>& errors, Plan& plan) {
  each_row(dir, "bank_accounts.csv", errors, [&](Rows& rows) {
    const std::string id = rows.id("id");
    PartyId cso = rows.id<PartyId>("cso");
    std::string bank = rows.text("bank", true);
    std::string number = rows.text("number", true);
    const Currency c = rows.currency("currency");
    BankAccount b{std::move(cso), std::move(bank), std::move(number), rows.text("account", true), Money::zero(c)};
    if (!b.account.empty()) {
      if (auto ok_account = check_account(b.account); !ok_account) rows.bad(rows.cell("account"), "account", ok_account.error().message());
    }
    const Date opened = rows.date("opened");
    b.opening = rows.amount("opening_balance", c, false);
    const std::string description = b.bank + " " + b.number;
    Transaction e = known_on(rows, make_event(EventKind::bank_account, id, opened, description, std::move(b)));
    if (rows.ok()) plan.add(std::move(e), rows.where(), -2);
  });
}

void plan_rates(const Tables& dir, std::vector<Error>& errors, Plan& plan) {
  each_row(dir, "rates.csv", errors, [&](Rows& rows) {
    const Date date = rows.date("date");
    const Currency base = rows.currency("base");
    RateQuote q{base, rows.currency("quote")};
    const std::string written = rows.text("value", true);
    q.source = rows.text("source", true);
    if (!written.empty()) {
      auto plain = parse_local_number(written, rows.locale());
      if (!plain) {
        rows.bad(rows.cell("value"), "value", plain.error().message());
      } else if (auto rate = Rate::parse(q.base, q.quote, *plain); !rate) {
        rows.bad(rows.cell("value"), "value", rate.error().message());
      } else {
        q.value = *plain;
      }
    }
    const bool confirm = yes(rows, "confirm_jump");
    // The id is given when the event is built (RATE-<base>-<quote>-<date>, or .2, .3, … after a
    // withdrawal of that day's quote).
    const std::string id = "RATE-" + std::string(q.base.code()) + "-" + std::string(q.quote.code()) + "-" + date.to_string();
    const std::string description = std::string(q.base.code()) + "/" + std::string(q.quote.code()) + " " + q.value + " (" + q.source + ")";
    Transaction e = known_on(rows, make_event(EventKind::rate, id, date, description, std::move(q)));
    if (rows.ok()) {
      plan.add(std::move(e), rows.where(), -1);
      plan.out.back().confirm_jump = confirm;
      plan.out.back().written = written;
    }
  });
}

// Agreements with their schedules; returns every agreement's currency (the files' and the
// journal's), which receipts and changes read their amounts in.
std::map<AgreementId, Currency> plan_agreements(const Tables& dir, const Programme& known, std::vector<Error>& errors, Plan& plan) {
  // Schedules first, so agreements can take theirs.
  std::map<AgreementId, std::vector<Tranche>> schedules;
  const io::CsvTable* agreements = read_table(dir, "agreements.csv");
  const io::CsvTable* schedule = read_table(dir, "schedule.csv");
  std::map<AgreementId, Currency> agreement_currency;
  if (agreements) {
    Rows rows(*agreements, agreements->locale, errors);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      rows.row(r);
      agreement_currency.emplace(rows.id<AgreementId>("id"), rows.currency("currency"));
    }
  }
  for (const auto& [id, a] : known.agreements()) agreement_currency.emplace(id, a.currency());
  if (schedule) {
    Rows rows(*schedule, schedule->locale, errors);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      rows.row(r);
      const AgreementId agreement = rows.id<AgreementId>("agreement");
      const auto cur = agreement_currency.find(agreement);
      if (cur == agreement_currency.end()) {
        rows.bad(rows.cell("agreement"), "agreement", "\"" + agreement + "\" is not in agreements.csv");
        continue;
      }
      TrancheId tranche = rows.id<TrancheId>("tranche");
      const Date due = rows.date("due");
      Tranche t{std::move(tranche), due, rows.amount("amount", cur->second, true)};
      if (rows.ok()) schedules[agreement].push_back(std::move(t));
    }
  }
  if (agreements) {
    Rows rows(*agreements, agreements->locale, errors);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      rows.row(r);
      const std::string id = rows.id("id");
      PartyId cso = rows.id<PartyId>("cso");
      PartyId counterparty = rows.id<PartyId>("counterparty");
      const Date signed_on = rows.date("signed");
      const Currency c = rows.currency("currency");
      const Money amount = rows.amount("amount", c, true);
      // Valued when the ledger derives what it books (engine/derive.hpp).
      Agreement a{.cso = std::move(cso), .counterparty = std::move(counterparty), .amount = amount,
                  .valuation = Valuation::none(amount)};
      a.nature = rows.choice("nature", {"contribution", "exchange"}) == "exchange" ? Nature::exchange : Nature::contribution;
      a.form = rows.choice("form", {"cash", "in-kind"}) == "in-kind" ? Form::in_kind : Form::cash;
      a.valuation_basis = rows.text("valuation_basis", false);
      a.conditional = rows.choice("conditional", {"yes", "no"}) == "yes";
      a.condition = rows.text("condition", false);
      a.counts_as = rows.choice("counts_as", {"leverage", "cost-share"}) == "cost-share" ? CountsAs::cost_share : CountsAs::leverage;
      a.purpose = rows.text("purpose", false);
      a.restriction = rows.text("restriction", false);
      a.document_sha256 = rows.text("document_sha256", false);
      a.schedule = schedules[AgreementId{id}];
      const std::string description = a.purpose.empty() ? "Agreement " + id : a.purpose;
      Transaction e = known_on(rows, make_event(EventKind::agreement, id, signed_on, description, std::move(a)));
      if (rows.ok()) plan.add(std::move(e), rows.where(), 0);
    }
  }
  return agreement_currency;
}

void plan_receipts(const Tables& dir, const std::map<AgreementId, Currency>& agreement_currency, std::vector<Error>& errors,
                   Plan& plan) {
  each_row(dir, "receipts.csv", errors, [&](Rows& rows) {
    const std::string id = rows.id("id");
    PartyId cso = rows.id<PartyId>("cso");
    AgreementId agreement = rows.id<AgreementId>("agreement");
    const Date date = rows.date("date");
    const auto cur = agreement_currency.find(agreement);
    const Currency c = cur != agreement_currency.end() ? cur->second : *Currency::parse("IDR");
    Money gross = rows.amount("gross", c, true);
    Money bank_charges = rows.amount("bank_charges", c, false);
    Money tax_withheld = rows.amount("tax_withheld", c, false);
    Receipt rc = Receipt::of(std::move(agreement), std::move(gross), std::move(bank_charges), std::move(tax_withheld));
    rc.bank_account = rows.id<BankAccountId>("bank_account", false);
    rc.bank_reference = rows.text("bank_reference", false);
    for (const std::string& part : split_bars(rows.text("allocation", false))) {
      const auto colon = part.find(':');
      if (colon == std::string::npos) {
        rows.bad(rows.cell("allocation"), "allocation", "\"" + part + "\" is not TRANCHE:AMOUNT");
        continue;
      }
      auto v = parse_local_amount(part.substr(colon + 1), c, AmountRules{rows.locale(), false});
      if (!v) {
        rows.bad(rows.cell("allocation"), "allocation", v.error().message());
      } else {
        rc.allocation.push_back(Allocation{TrancheId{part.substr(0, colon)}, Money(c, *v)});
      }
    }
    const bool derive = rc.allocation.empty();
    const std::optional<Date> posting = posting_date(rows, date);
    if (rows.ok()) {
      std::string description = "Receipt for " + rc.agreement;  // before rc is moved from
      Transaction e = known_on(rows, make_event(EventKind::receipt, id, date, std::move(description), std::move(rc)));
      if (posting) e.posting_date = *posting;
      plan.add(std::move(e), rows.where(), 2, derive, std::move(cso));
    }
  });
}

void plan_changes(const Tables& dir, const std::map<AgreementId, Currency>& agreement_currency, std::vector<Error>& errors,
                  Plan& plan) {
  each_row(dir, "changes.csv", errors, [&](Rows& rows) {
    const std::string id = rows.id("id");
    AgreementId agreement = rows.id<AgreementId>("agreement");
    const Date date = rows.date("date");
    auto kind = parse_change_kind(rows.text("change", true));
    if (!kind) rows.bad(rows.cell("change"), "change", kind.error().message());
    const ChangeKind change_kind = kind ? *kind : ChangeKind::amend;
    const auto cur = agreement_currency.find(agreement);
    const Currency c = cur != agreement_currency.end() ? cur->second : *Currency::parse("IDR");
    const Money amount = rows.amount("amount", c, false, change_kind == ChangeKind::amend);
    // Valued when the ledger derives what it books (engine/derive.hpp).
    Change ch{.agreement = std::move(agreement), .kind = change_kind, .amount = amount, .valuation = Valuation::none(amount)};
    ch.tranche = rows.id<TrancheId>("tranche", false);
    ch.bank_account = rows.id<BankAccountId>("bank_account", false);
    ch.note = rows.text("note", false);
    const int rank = ch.kind == ChangeKind::amend || ch.kind == ChangeKind::condition_met ? 1 : 3;
    const std::string description = ch.note.empty()
                                        ? std::string(change_kind_name(ch.kind)) + " " + ch.agreement
                                        : ch.note;
    const std::optional<Date> posting = posting_date(rows, date);
    if (rows.ok()) {
      Transaction e = known_on(rows, make_event(EventKind::change, id, date, description, std::move(ch)));
      if (posting) e.posting_date = *posting;
      plan.add(std::move(e), rows.where(), rank);
    }
  });
}

// Reads every file into planned events (unvalued), collecting row errors.
Result<std::vector<Planned>> plan(const Sources& sources, const ImportOptions& options, const Programme& known,
                                  Date parties_date, std::vector<Error>& errors) {
  const Tables dir = read_tables(sources, options, errors);
  if (!errors.empty()) return std::vector<Planned>{};
  Plan plan;
  plan_parties(dir, parties_date, errors, plan);
  plan_bank_accounts(dir, errors, plan);
  plan_rates(dir, errors, plan);
  const auto agreement_currency = plan_agreements(dir, known, errors, plan);
  plan_receipts(dir, agreement_currency, errors, plan);
  plan_changes(dir, agreement_currency, errors, plan);
  std::vector<Planned>& out = plan.out;
  std::stable_sort(out.begin(), out.end(), [](const Planned& a, const Planned& b) {
    if (a.rank < 0 || b.rank < 0) return a.rank < b.rank;  // parties, banks, rates first, in file order
    if (a.event.date != b.event.date) return a.event.date < b.event.date;
    if (a.rank != b.rank) return a.rank < b.rank;
    return a.order < b.order;
  });
  return out;
}

}  // namespace


namespace {

// "amount: differs from "AG-1" already in the journal: 100.00 in the journal, 120.00 in the
// file": the column (or flag) that differs, as the row names it, with both values.
Error differs(const Transaction& recorded, const Transaction& given, const SourcePos& where) {
  const bool flags = where.path.empty();
  const std::string head = "differs from \"" + given.id + "\" already in the journal";
  const std::string tail = "; an id names one event";
  const auto d = io::first_field_difference(recorded, given);
  if (!d) return Error(Errc::conflict, head + tail).at(where);
  if (d->path == "type") {
    return Error(Errc::conflict, head + ": its type there is " + d->recorded + ", not " + d->given + tail).in(flags ? "--id" : "id").at(where);
  }
  std::string column = d->path;
  std::string detail;
  if (column.starts_with("data.")) column = column.substr(5);
  if (const auto bracket = column.find('['); bracket != std::string::npos) {  // schedule[1].due, allocation[0].amount
    const auto dot = column.find('.', bracket);
    const std::string member = dot == std::string::npos ? std::string{} : column.substr(dot + 1);
    column = column.substr(0, bracket);
    if (!d->element.empty() && !member.empty()) {
      detail = "tranche " + d->element + "'s " + (member == "due" ? "due date" : member) + " is ";
    }
  }
  if (column == "date") {
    if (given.kind == EventKind::agreement) column = "signed";
    if (given.kind == EventKind::bank_account) column = "opened";
  }
  if (flags) {
    std::replace(column.begin(), column.end(), '_', '-');
    column = "--" + column;
  }
  return Error(Errc::conflict, head + ": " + detail + d->recorded + " in the journal, " + d->given +
                                   (flags ? " given" : " in the file") + tail)
      .in(column)
      .at(where);
}

// An engine refusal of a row, in the user's terms: the journal's `data.allocation[0].tranche`
// is the column `allocation[0].tranche` of the file, or the flag `--allocate` of a record
// command; a refusal about the day's rate names the date column, an overflow the amount's.
Error as_written(Error e, const Planned& p) {
  const bool flags = p.where.path.empty();
  std::string field = e.field();
  if (field.starts_with("data.")) field = field.substr(5);
  if (field.empty()) {
    const bool valued = p.event.kind == EventKind::agreement || p.event.kind == EventKind::receipt ||
                        p.event.kind == EventKind::change;
    if (valued && e.message().starts_with("conversion of")) {
      field = p.event.kind == EventKind::receipt ? "gross" : "amount";
    } else if (valued && e.message().find(" rate") != std::string::npos) {
      field = p.event.kind == EventKind::agreement ? "signed" : "date";
    }
  }
  if (flags && !field.empty()) {
    std::string column = field.substr(0, field.find_first_of(".["));
    if (column == "allocation") column = "allocate";
    if (column == "schedule") column = "tranche";
    std::replace(column.begin(), column.end(), '_', '-');
    field = "--" + column;
  }
  Error out(e.code(), e.message());
  if (!field.empty()) out.in(field);
  for (const auto& c : e.context()) out.context(c);
  return std::move(out).at(p.where);
}

// Plausibility: a new quote that differs from its neighbour of the same pair (docs/csv.md,
// rates.csv) by more than the journal's rate-jump-limit is refused unless confirmed.
Result<void> check_jump(const Programme& prog, const Transaction& e, const std::string& written, bool confirmed,
                        std::string_view field) {
  const auto& q = std::get<RateQuote>(e.data);
  const Programme::RateEntry* other = prog.neighbour_quote(q.base, q.quote, e.date);
  if (other == nullptr || confirmed) return ok();
  FL_TRY(const std::int32_t limit, parse_percent_limit(prog.settings().rate_jump_limit));
  FL_TRY(Rate before, Rate::parse(q.base, q.quote, other->quote.value));
  FL_TRY(Rate now, Rate::parse(q.base, q.quote, q.value));
  if (!jumps(before, now, limit)) return ok();
  const auto change = change_in_tenths_of_percent(before, now);
  const std::string how_far = change ? format_decimal(*change, 1) + " %" : std::string("too far");
  return fail(Error(Errc::invalid_input,
                    "\"" + written + "\"" + (written == q.value ? std::string() : " (read as " + q.value + ")") +
                        " of " + e.date.to_string() + " differs from the " +
                        (other->date < e.date ? "previous" : "next") + " " + std::string(q.base.code()) + "/" +
                        std::string(q.quote.code()) + " quote " + other->quote.value + " (" + other->date.to_string() +
                        ", " + other->id + ") by " + how_far + ", more than the journal's limit of " +
                        prog.settings().rate_jump_limit +
                        " %; check the number (and its locale), or confirm a genuine jump with --confirm-jump "
                        "(rates.csv: confirm_jump column \"yes\")")
                  .in(field));
}

}  // namespace

namespace {

// The documented name a misnamed file is close to: the same but for case, a dash for the
// underscore, or a missing or extra "s" before ".csv". Empty when none is close.
std::string close_name(const std::string& name) {
  const std::string stem = name.substr(0, name.size() - 4);  // without ".csv"
  for (const char* documented : kImportFiles) {
    const std::string d = documented;
    if (close_to(stem, d.substr(0, d.size() - 4))) return d;
  }
  return {};
}

std::vector<Error> misnamed_files(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_directory()) continue;
    const std::string name = entry.path().filename().string();
    if (name.size() < 4 || lowercase(name.substr(name.size() - 4)) != ".csv") continue;
    if (std::find(std::begin(kImportFiles), std::end(kImportFiles), name) != std::end(kImportFiles)) continue;
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  std::string list;
  for (const char* documented : kImportFiles) list += (list.empty() ? "" : ", ") + std::string(documented);
  std::vector<Error> out;
  for (const std::string& name : names) {
    const std::string close = close_name(name);
    std::string message = "is not a file fundledger imports";
    if (!close.empty()) message += "; did you mean " + close + "?";
    message += " (the names are " + list + ")";
    out.push_back(Error(Errc::invalid_input, message).at(SourcePos{(std::filesystem::path(dir) / name).string(), 0, 0}));
  }
  return out;
}

}  // namespace

Result<Imported> import_directory(const std::string& journal, const std::string& dir, const Clock& clock,
                                  const ImportOptions& options) {
  if (!std::filesystem::is_directory(dir)) {
    return fail(Error(Errc::invalid_input, "is not a folder of CSV files").at(SourcePos{dir, 0, 0}));
  }
  // Every CSV file of the folder must be one of the documented names: a misnamed file
  // (Receipts.csv, receipt.csv) would otherwise be skipped and its rows silently lost. Files
  // that are not CSV (a README) and sub-folders are not read.
  std::vector<Error> misnamed = misnamed_files(dir);
  if (!misnamed.empty()) {
    Imported out;
    out.files_refused = misnamed.size();
    out.refused = std::move(misnamed);
    return out;
  }
  Sources sources;
  for (const char* name : kImportFiles) {
    const std::filesystem::path file = std::filesystem::path(dir) / name;
    if (!std::filesystem::exists(file)) continue;
    FL_TRY(std::string text, read_input_file(file.string()));
    sources.emplace(name, std::pair{file.string(), std::move(text)});
  }
  return import_sources(journal, sources, clock, options);
}

namespace {

// The refusals of a rate row when that day's quote of the pair is recorded already (withdraw it
// first); none when it is the same quote (then it is found again, a no-op).
std::optional<Error> quote_in_force(Unit& unit, const Planned& p, const Programme::RateEntry& in_force) {
  const Transaction& e = p.event;
  const auto& q = std::get<RateQuote>(e.data);
  const std::string pair = std::string(q.base.code()) + "/" + std::string(q.quote.code());
  const std::string field = p.where.path.empty() ? "--" : "";  // a record given as flags names the flag
  if (in_force.quote == q && in_force.id.str().starts_with(e.id)) {
    unit.found(in_force.id.str());
    return std::nullopt;
  }
  if (in_force.quote.value == q.value) {
    return Error(Errc::conflict, "the " + pair + " rate for " + e.date.to_string() + " is recorded already (" + in_force.id +
                                     ") from " + in_force.quote.source + ", not " + q.source)
        .in(field + "source")
        .at(p.where);
  }
  if (const auto* gone = unit.ledger().programme().withdrawn_quote(q.base, q.quote, e.date, q.value)) {
    return Error(Errc::conflict, q.value + " is the quote withdrawn for " + e.date.to_string() + " (" + "WITHDRAW-" + gone->id +
                                     ": " + gone->withdrawn_note + "); the quote in force is " + in_force.id + ", " +
                                     in_force.quote.value + ": correct the file")
        .in(field + "value")
        .at(p.where);
  }
  return Error(Errc::conflict, "a " + pair + " rate for " + e.date.to_string() + " is recorded already: " + in_force.id + ", " +
                                   in_force.quote.value + " (" + in_force.quote.source + "), not " + q.value +
                                   "; if the recorded one is wrong and no event has used it, withdraw it first: "
                                   "fundledger rate withdraw " + in_force.id + " --note \"why\" (docs/booking.md, "
                                   "\"Correcting a rate\")")
      .in(field + "value")
      .at(p.where);
}

// A rate row gets its id (RATE-<base>-<quote>-<date>, or .2, .3, … after a withdrawal of that
// day's quote) and its plausibility check; false when it is refused or found already.
bool rate_row(Unit& unit, Planned& p, std::vector<Error>& refused) {
  Transaction& e = p.event;
  const auto& q = std::get<RateQuote>(e.data);
  const Programme& prog = unit.ledger().programme();
  const Programme::RateEntry* in_force = prog.rate_on(q.base, q.quote, e.date);
  const std::string field = p.where.path.empty() ? "--value" : "value";
  if (in_force && in_force->date == e.date) {
    if (auto refusal = quote_in_force(unit, p, *in_force)) refused.push_back(std::move(*refusal));
    return false;
  }
  if (const auto* gone = prog.withdrawn_quote(q.base, q.quote, e.date, q.value)) {
    refused.push_back(Error(Errc::conflict, q.value + " is the quote withdrawn for " + e.date.to_string() + " (" + "WITHDRAW-" +
                                                gone->id + ": " + gone->withdrawn_note + "); record the right quote of that day")
                          .in(field)
                          .at(p.where));
    return false;
  }
  e.id = prog.next_rate_id(q.base, q.quote, e.date).str();
  if (auto r = check_jump(prog, e, p.written, p.confirm_jump, field); !r) {
    refused.push_back(std::move(r).error().at(p.where));
    return false;
  }
  return true;
}

// Adds the planned events to the unit, every refusal collected (nothing is written if any). A
// clock earlier than the journal's last recording stops the import, as it stops every write.
Result<void> add_planned(Unit& unit, std::vector<Planned>& planned, std::vector<Error>& refused) {
  for (Planned& p : planned) {
    if (p.event.kind == EventKind::rate && !rate_row(unit, p, refused)) continue;
    if (!unit.recorded(p.event.id)) FL_TRY_VOID(unit.ledger().check_clock(unit.clock().now()));
    const DeriveOptions derive{p.derive_allocation, p.cso};
    auto added = unit.add(p.event, [&derive](Transaction& e, const Ledger& ledger) { return derive_event(e, ledger, derive); });
    if (!added) {
      refused.push_back(as_written(std::move(added).error(), p));
    } else if (added->outcome == Unit::Outcome::conflict) {
      refused.push_back(differs(added->recorded->event, added->given, p.where));
    }
  }
  return ok();
}

}  // namespace

Result<Imported> import_sources(const std::string& journal, const Sources& dir, const Clock& clock,
                                const ImportOptions& options) {
  Imported out;
  const auto build = [&](Unit& unit, Written& written) -> Result<void> {
    const Ledger& ledger = unit.ledger();
    ImportOptions with_default = options;
    with_default.journal_locale = ledger.programme().settings().number_locale;
    // A party's date: the day the ledger was created, in the ledger's time zone.
    FL_TRY(const Date parties_date, ledger.header().created_at.date_in_zone(ledger.header().time_zone));
    FL_TRY(std::vector<Planned> planned, plan(dir, with_default, ledger.programme(), parties_date, written.refused));
    if (written.refused.empty()) FL_TRY_VOID(add_planned(unit, planned, written.refused));
    return ok();
  };
  FL_TRY(Written written, write_unit(journal, clock, options.write, build));
  out.refused = std::move(written.refused);
  if (!out.refused.empty()) return out;
  out.added = written.booked.size();
  out.events = std::move(written.booked);
  out.already = written.already;
  out.head_hex = std::move(written.head_hex);
  out.notices = std::move(written.notices);
  return out;
}

}  // namespace fl::app
