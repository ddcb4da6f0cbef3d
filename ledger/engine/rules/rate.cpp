// A rate: one quote of a currency pair for a day (docs/booking.md "Rates"). At most one quote of
// a pair is in force per day; its id is RATE-<base>-<quote>-<date>, with ".2", ".3", … after
// withdrawn quotes of that day. It books nothing; valuations name it (engine/rates.cpp).
#include "base/assert.hpp"
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"
#include "money/rate.hpp"

namespace fl {

using rules::code;
using rules::refuse;

Result<void> Programme::check_rate(const Transaction& e) const {
  const auto& q = std::get<RateQuote>(e.data);
  FL_TRY_VOID(Rate::parse(q.base, q.quote, q.value));
  // One quote of a pair in force per day; its id counts the day's withdrawn ones.
  if (const RateEntry* in_force = rate_on(q.base, q.quote, e.date); in_force && in_force->date == e.date) {
    return refuse("value", "a " + code(q.base) + "/" + code(q.quote) + " rate for " + e.date.to_string() +
                               " is recorded already (" + in_force->id + ", " + in_force->quote.value +
                               "); if it is wrong and no event has used it, withdraw it first: "
                               "fundledger rate withdraw " + in_force->id + " --note \"why\"");
  }
  if (const EventId want = next_rate_id(q.base, q.quote, e.date); e.id != want.str()) {
    return fail(Error(Errc::invalid_input, "a rate's id is " + want).in("id"));
  }
  return ok();
}

void Programme::apply_rate(const Transaction& e) {
  const auto& q = std::get<RateQuote>(e.data);
  auto rate = Rate::parse(q.base, q.quote, q.value);
  FL_ASSERT(rate.has_value());  // check_rate() decoded it
  rates_[RateKey{code(q.base), code(q.quote)}][e.date.days()] = EventId{e.id};
  rate_events_.insert_or_assign(EventId{e.id}, RateEntry{EventId{e.id}, e.date, q, *std::move(rate), false, {}, {}, {}});
}

}  // namespace fl
