// A rate withdrawal: takes back a rate event nothing stands on (docs/booking.md "Correcting a
// rate"). Its id is WITHDRAW-<rate id>, dated as its rate. It books nothing.
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::code;
using rules::refuse;

Result<void> Programme::check_rate_withdrawal(const Transaction& e) const {
  const auto& w = std::get<RateWithdrawal>(e.data);
  const RateEntry* r = rate_event(w.rate);
  if (r == nullptr) return refuse("rate", "\"" + w.rate + "\" is not a recorded rate event");
  if (r->withdrawn) return refuse("rate", "\"" + w.rate + "\" is withdrawn already");
  // A rate is withdrawn once nothing stands on it: never used, or every agreement signed at
  // it wholly cancelled (the correction of those agreements), and no receipt, amendment or
  // refund valued at it.
  if (!r->others.empty()) {
    return refuse("rate", "\"" + w.rate + "\" values " + r->others.front() +
                              (r->others.size() > 1 ? " and " + std::to_string(r->others.size() - 1) + " other event(s)" : std::string()) +
                              ", which stay as recorded; it cannot be withdrawn (docs/booking.md, \"Correcting a rate\")");
  }
  for (const AgreementId& id : r->agreements) {
    if (!agreements_.at(id).wholly_cancelled()) {
      return refuse("rate", "\"" + w.rate + "\" values agreement " + id +
                                "; correct it first: cancel it (fundledger agreement change cancel --agreement " + id +
                                " --id ID) and sign it again once the right rate is recorded (docs/booking.md, \"Correcting a rate\")");
    }
  }
  if (e.id != "WITHDRAW-" + w.rate) return fail(Error(Errc::invalid_input, "a withdrawal's id is WITHDRAW-" + w.rate).in("id"));
  if (e.date != r->date) return fail(Error(Errc::invalid_input, "a withdrawal is dated as its rate, " + r->date.to_string()).in("date"));
  return ok();
}

void Programme::apply_rate_withdrawal(const Transaction& e) {
  RateEntry& r = rate_events_.at(std::get<RateWithdrawal>(e.data).rate);
  r.withdrawn = true;
  r.withdrawn_note = std::get<RateWithdrawal>(e.data).note;
  auto& series = rates_[RateKey{code(r.quote.base), code(r.quote.quote)}];
  const auto it = series.find(r.date.days());
  if (it != series.end() && it->second == r.id) series.erase(it);
}

}  // namespace fl
