#include "app/records.hpp"

#include <sstream>

#include "app/arguments.hpp"
#include "app/journal_ops.hpp"
#include "io/event_codec.hpp"
#include "journal/names.hpp"
#include "money/rate.hpp"

namespace fl::app {
namespace {

// "ACCOUNT AMOUNT CURRENCY [dimension=value ...]"; the amount by the number rules of
// docs/format/csv.md, in `locale` when one is declared (--number-locale, or the journal's
// number-locale setting); without one, a number the two locales read differently is refused.
Result<Posting> parse_posting_flag(const std::string& text, std::optional<NumberLocale> locale) {
  std::istringstream in(text);
  std::string account, amount, currency, extra;
  if (!(in >> account >> amount >> currency)) {
    return fail(Errc::invalid_input, "expected \"ACCOUNT AMOUNT CURRENCY [dimension=value ...]\"");
  }
  if (auto r = check_account(account); !r) return fail(std::move(r).error().in("account"));
  auto cur = Currency::parse(currency);
  if (!cur) return fail(std::move(cur).error().in("currency"));
  auto minor = parse_local_amount(amount, *cur, AmountRules{locale, true});
  if (!minor) return fail(std::move(minor).error().in("amount"));
  Posting p{account, Money(*cur, *minor)};
  while (in >> extra) {
    const auto eq = extra.find('=');
    if (eq == std::string::npos) {
      return fail(Errc::invalid_input, "\"" + extra + "\" is not dimension=value");
    }
    FL_TRY(Dimension d, parse_dimension(extra.substr(0, eq)));
    const std::string value = extra.substr(eq + 1);
    if (auto r = check_id(value); !r) return fail(std::move(r).error().in(extra.substr(0, eq)));
    p.dims[d] = value;
  }
  return p;
}

Result<Transaction> transaction_from_flags(const TransactionFlags& a) {
  Transaction t;
  if (auto r = check_id(a.id); !r) return fail(std::move(r).error().in("--id"));
  t.id = a.id;
  auto d = Date::parse(a.date);
  if (!d) return fail(std::move(d).error().in("--date"));
  t.date = *d;
  t.posting_date = *d;
  if (!a.posting_date.empty()) {
    auto pd = Date::parse(a.posting_date);
    if (!pd) return fail(std::move(pd).error().in("--posting-date"));
    t.posting_date = *pd;
  }
  t.description = a.description;
  if (!a.reverses.empty()) {
    if (auto r = check_id(a.reverses); !r) return fail(std::move(r).error().in("--reverses"));
    t.reverses = a.reverses;
  }
  return t;
}

Result<void> postings_from_flags(const TransactionFlags& a, std::optional<NumberLocale> locale, Transaction& t) {
  t.postings.clear();
  for (std::size_t i = 0; i < a.postings.size(); ++i) {
    auto p = parse_posting_flag(a.postings[i], locale);
    if (!p) return fail(std::move(p).error().in("--posting " + std::to_string(i + 1)));
    t.postings.push_back(std::move(*p));
  }
  return ok();
}

// Adds the one event of a record command; the same id with other content is refused.
Result<void> add_one(Unit& unit, const std::string& path, Transaction e) {
  FL_TRY(Unit::Added added, unit.add(std::move(e)));
  if (added.outcome != Unit::Outcome::conflict) return ok();
  const Recorded& r = *added.recorded;
  return fail(Error(Errc::conflict, "differs from transaction \"" + r.event.id + "\" already at seq " + std::to_string(r.seq) +
                                        "; an id names one transaction (nothing was written)")
                  .in(added.difference)
                  .at(SourcePos{path, r.seq + 1, 0}));
}

}  // namespace

Result<Written> post_json(const std::string& path, const std::string& text, const std::string& label, const Clock& clock,
                          const WriteOptions& options) {
  io::EventDecoder decoder;
  FL_TRY(Transaction t, decoder.decode_input(text, label));
  FL_TRY_VOID(check_transaction(t));
  return write_unit(path, clock, options, [&](Unit& unit, Written&) { return add_one(unit, path, t); });
}

Result<Written> post_flags(const std::string& path, const TransactionFlags& flags, const Clock& clock,
                           const WriteOptions& options) {
  FL_TRY(std::optional<NumberLocale> flag_locale, locale_flag(flags.locale));
  FL_TRY(Transaction t, transaction_from_flags(flags));
  return write_unit(path, clock, options, [&](Unit& unit, Written&) -> Result<void> {
    // The amounts are read once the journal is open: its number-locale setting applies when
    // --number-locale is not given.
    const auto locale = flag_locale ? flag_locale : unit.ledger().programme().settings().number_locale;
    FL_TRY_VOID(postings_from_flags(flags, locale, t));
    FL_TRY_VOID(check_transaction(t));
    return add_one(unit, path, t);
  });
}

Result<Written> withdraw_rate(const std::string& path, const EventId& rate, const std::string& note, const Clock& clock,
                              const WriteOptions& options) {
  if (auto r = check_id(rate.str()); !r)
 return fail(Error(Errc::usage, r.error().message()).in("RATE"));
  return write_unit(path, clock, options, [&](Unit& unit, Written&) -> Result<void> {
    const auto* r = unit.ledger().programme().rate_event(rate);
    if (r == nullptr) return fail(Error(Errc::invalid_input, "\"" + rate + "\" is not a recorded rate event").in("RATE"));
    return add_one(unit, path,
                   make_event(EventKind::rate_withdrawal, "WITHDRAW-" + rate, r->date, "Withdrawn: " + note, RateWithdrawal{rate, note}));
  });
}

Result<Written> set_setting(const std::string& path, const std::string& name, const std::string& value, const Clock& clock,
                            const WriteOptions& options) {
  return write_unit(path, clock, options, [&](Unit& unit, Written&) -> Result<void> {
    const auto& st = unit.ledger().programme().settings();
    const std::string current = name == "number-locale"
                                    ? (st.number_locale ? std::string(*st.number_locale == NumberLocale::id ? "id" : "en") : "")
                                    : st.rate_jump_limit;
    if (name == "number-locale") {
      if (auto l = parse_number_locale(value); !l) return fail(Error(Errc::usage, l.error().message()).in("VALUE"));
    } else if (auto v = parse_percent_limit(value); !v) {
      return fail(Error(Errc::usage, v.error().message()).in("VALUE"));
    }
    if (current == value) {
      return fail(Error(Errc::invalid_input, name + " is " + value + " already; nothing was written").in("VALUE"));
    }
    return add_one(unit, path, setting_event(unit.ledger(), name, value, unit.clock()));
  });
}

}  // namespace fl::app
