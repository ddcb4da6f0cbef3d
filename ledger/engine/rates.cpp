// The rate table of the programme: quotes by pair and day, the quote in force on a date, the
// neighbour a new quote is compared with, the id a new quote gets; the valuation of an amount
// at the quote in force, and the check that a recorded valuation names that quote
// (docs/format/journal.md §4.3). The rules of the rate events themselves are in
// rules/rate.cpp and rules/rate_withdrawal.cpp.
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"
#include "money/rate.hpp"

namespace fl {

using rules::code;
using rules::refuse;

const Programme::RateEntry* Programme::rate_event(const EventId& id) const {
  const auto it = rate_events_.find(id);
  return it == rate_events_.end() ? nullptr : &it->second;
}

const Programme::RateEntry* Programme::rate_on(Currency base, Currency quote, Date date) const {
  const auto series = rates_.find(RateKey{code(base), code(quote)});
  if (series == rates_.end()) return nullptr;
  auto it = series->second.upper_bound(date.days());
  if (it == series->second.begin()) return nullptr;
  --it;
  return &rate_events_.at(it->second);
}

const Programme::RateEntry* Programme::neighbour_quote(Currency base, Currency quote, Date date) const {
  const auto series = rates_.find(RateKey{code(base), code(quote)});
  if (series == rates_.end() || series->second.empty()) return nullptr;
  auto it = series->second.lower_bound(date.days());
  if (it != series->second.begin()) return &rate_events_.at(std::prev(it)->second);
  if (it != series->second.end() && it->first == date.days()) ++it;
  return it == series->second.end() ? nullptr : &rate_events_.at(it->second);
}

const Programme::RateEntry* Programme::withdrawn_quote(Currency base, Currency quote, Date date,
                                                       const std::string& value) const {
  const std::string first = "RATE-" + code(base) + "-" + code(quote) + "-" + date.to_string();
  const auto wanted = Rate::parse(base, quote, value);
  if (!wanted) return nullptr;
  for (auto it = rate_events_.lower_bound(EventId{first}); it != rate_events_.end() && it->first.str().starts_with(first);
       ++it) {
    if (!it->second.withdrawn || it->second.date != date) continue;
    // The same number, however many trailing zeros it was written with.
    if (!jumps(it->second.rate, *wanted, 0)) return &it->second;
  }
  return nullptr;
}

EventId Programme::next_rate_id(Currency base, Currency quote, Date date) const {
  const EventId first{"RATE-" + code(base) + "-" + code(quote) + "-" + date.to_string()};
  if (rate_events_.count(first) == 0) return first;
  for (int n = 2;; ++n) {
    EventId id{first + "." + std::to_string(n)};
    if (rate_events_.count(id) == 0) return id;
  }
}

Result<Valuation> Programme::value_at(const Money& amount, Date date, Currency base, int age_days_max) const {
  if (amount.currency() == base) return Valuation{EventId{}, date, "1", "", amount};
  const auto series = rates_.find(RateKey{code(base), code(amount.currency())});
  if (series == rates_.end() || series->second.empty()) {
    return fail(Errc::invalid_input, "no " + code(base) + "/" + code(amount.currency()) +
                                         " rate is recorded; record one on or before " + date.to_string());
  }
  const RateEntry* r = rate_on(base, amount.currency(), date);
  if (r == nullptr) {
    return fail(Errc::invalid_input, "no " + code(base) + "/" + code(amount.currency()) + " rate on or before " +
                                         date.to_string() + " (the first is " +
                                         Date::from_days(series->second.begin()->first).to_string() + ")");
  }
  if (days_between(r->date, date) > age_days_max) {
    return fail(Errc::invalid_input, "the latest " + code(base) + "/" + code(amount.currency()) + " rate before " +
                                         date.to_string() + " is from " + r->date.to_string() + ", " +
                                         std::to_string(days_between(r->date, date)) + " days old (the limit is " +
                                         std::to_string(age_days_max) + ")");
  }
  FL_TRY(Money value, convert(amount, r->rate));
  return Valuation{r->id, r->date, r->quote.value, r->quote.source, value};
}

Result<void> Programme::check_valuation_rate(const Valuation& v, const Money& amount, Date on, const Header& h,
                                             std::string_view field) const {
  const Currency base = h.base_currency;
  const std::string at = std::string(field) + ".rate_event";
  if (amount.currency() == base) {
    if (!v.rate_event.empty()) return refuse(at, "an amount in the base currency names no rate event");
    return ok();
  }
  if (!v.rate_event_recorded) {
    // Written before valuations named their rate event: it is the quote in force on the date.
    const RateEntry* in_force = rate_on(base, amount.currency(), on);
    if (in_force == nullptr || in_force->date != v.rate_date || in_force->quote.value != v.rate ||
        in_force->quote.source != v.source) {
      return refuse(std::string(field) + ".rate", "is " + v.rate + " of " + v.rate_date.to_string() + " but the " + code(base) +
                                                      "/" + code(amount.currency()) + " quote in force on " + on.to_string() +
                                                      (in_force ? " is " + in_force->id + ", " + in_force->quote.value
                                                                : std::string(" is none")));
    }
    if (days_between(in_force->date, on) > h.rate_age_days_max) {
      return refuse(std::string(field) + ".rate_date", "is " + std::to_string(days_between(in_force->date, on)) +
                                                           " days before " + on.to_string() + " (the limit is " +
                                                           std::to_string(h.rate_age_days_max) + ")");
    }
    return ok();
  }
  const RateEntry* named = rate_event(v.rate_event);
  if (named == nullptr) return refuse(at, "\"" + v.rate_event + "\" is not a recorded rate event");
  if (named->withdrawn) return refuse(at, "\"" + v.rate_event + "\" was withdrawn");
  if (named->quote.base != base || named->quote.quote != amount.currency()) {
    return refuse(at, "\"" + v.rate_event + "\" is a " + code(named->quote.base) + "/" + code(named->quote.quote) +
                          " rate; this amount needs " + code(base) + "/" + code(amount.currency()));
  }
  if (v.rate_date != named->date || v.rate != named->quote.value || v.source != named->quote.source) {
    return refuse(std::string(field) + ".rate", "is " + v.rate + " of " + v.rate_date.to_string() + " (" + v.source +
                                                    ") but rate event " + v.rate_event + " says " + named->quote.value +
                                                    " of " + named->date.to_string() + " (" + named->quote.source + ")");
  }
  const RateEntry* latest = rate_on(base, amount.currency(), on);
  if (latest != named) {
    return refuse(at, "\"" + v.rate_event + "\" is not the latest " + code(base) + "/" + code(amount.currency()) +
                          " rate on or before " + on.to_string() +
                          (latest ? " (" + latest->id + " of " + latest->date.to_string() + " is)" : std::string(" (none is in force)")));
  }
  if (named->date > on || days_between(named->date, on) > h.rate_age_days_max) {
    return refuse(at, "\"" + v.rate_event + "\" of " + named->date.to_string() + " is " +
                          std::to_string(days_between(named->date, on)) + " days before " + on.to_string() +
                          " (the limit is " + std::to_string(h.rate_age_days_max) + ")");
  }
  return ok();
}

const Rate* Programme::decoded_rate(const Valuation& v, Currency of, Date on) const {
  const Currency base = v.value.currency();
  if (of == base) return nullptr;
  const RateEntry* r = v.rate_event_recorded ? rate_event(v.rate_event) : rate_on(base, of, on);
  if (r == nullptr || r->quote.base != base || r->quote.quote != of || r->quote.value != v.rate) return nullptr;
  return &r->rate;
}

// The recorded rate event a valuation of an amount in `of` on `on` used, or nullptr.
Programme::RateEntry* Programme::used_rate(const Valuation& v, Currency of, Date on) {
  EventId id = v.rate_event;
  if (!v.rate_event_recorded && of != v.value.currency()) {
    if (const RateEntry* in_force = rate_on(v.value.currency(), of, on)) id = in_force->id;
  }
  if (id.empty()) return nullptr;
  const auto it = rate_events_.find(id);
  return it == rate_events_.end() ? nullptr : &it->second;
}

void Programme::use_rate(const Valuation& v, Currency of, Date on, const AgreementId& signed_at) {
  if (RateEntry* r = used_rate(v, of, on)) r->agreements.push_back(signed_at);
}

void Programme::use_rate(const Valuation& v, Currency of, Date on, const EventId& valued) {
  if (RateEntry* r = used_rate(v, of, on)) r->others.push_back(valued);
}


}  // namespace fl
