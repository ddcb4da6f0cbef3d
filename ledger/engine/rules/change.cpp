// A change of an agreement (kind "change"): what every change must meet — a recorded agreement,
// its currency, dated on or after the signing, a tranche of its own if it names one, and, for
// the kinds valued at the signing rate, that rate — then the rules of its kind, each in its own
// file: amendment.cpp, cancellation.cpp, condition.cpp, refund.cpp, write_off.cpp.
#include <algorithm>

#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::code;
using rules::refuse;

Result<void> Programme::check_change(const Transaction& e, const Header& h) const {
  const auto& ch = std::get<Change>(e.data);
  FL_TRY(const AgreementState* a, agreement(ch.agreement));
  if (ch.amount.currency() != a->currency()) return refuse("currency", "the agreement is in " + code(a->currency()));
  if (e.date < a->signed_on) return refuse("agreement", "the change is dated before the signing, " + a->signed_on.to_string());
  if (!ch.tranche.empty() && rules::find_tranche(*a, ch.tranche) == nullptr) {
    return refuse("tranche", "agreement \"" + ch.agreement + "\" has no tranche \"" + ch.tranche + "\"");
  }
  const bool at_signing = ch.kind == ChangeKind::cancel || ch.kind == ChangeKind::write_off ||
                          ch.kind == ChangeKind::condition_met || ch.kind == ChangeKind::condition_lapsed;
  if (at_signing && (ch.valuation.rate_event != a->terms.valuation.rate_event ||
                     ch.valuation.rate_date != a->terms.valuation.rate_date ||
                     ch.valuation.source != a->terms.valuation.source)) {
    return refuse("valuation.rate_event", "a " + std::string(change_kind_name(ch.kind)) +
                                              " is valued at its agreement's signing rate, " +
                                              (a->terms.valuation.rate_event.empty() ? std::string("\"\"")
                                                                                     : a->terms.valuation.rate_event.str()));
  }
  switch (ch.kind) {
    case ChangeKind::amend: return check_amendment(ch, *a, e.date, h);
    case ChangeKind::cancel: return check_cancellation(ch, *a, h);
    case ChangeKind::condition_met:
    case ChangeKind::condition_lapsed: return check_condition(ch, *a, h);
    case ChangeKind::refund: return check_refund(ch, *a, e.date, h);
    case ChangeKind::write_off: return check_write_off(ch, *a, h);
  }
  return ok();
}

Result<std::vector<Posting>> Programme::book_change(const Transaction& e) const {
  const auto& ch = std::get<Change>(e.data);
  FL_TRY(const AgreementState* a, agreement(ch.agreement));
  switch (ch.kind) {
    case ChangeKind::amend: return book_amendment(ch, *a);
    case ChangeKind::cancel: return book_cancellation(ch, *a);
    case ChangeKind::write_off: return book_write_off(ch, *a);
    case ChangeKind::condition_met: return book_condition_met(ch, *a);
    case ChangeKind::condition_lapsed: return std::vector<Posting>{};
    case ChangeKind::refund: return book_refund(ch, *a);
  }
  return std::vector<Posting>{};
}

Result<void> Programme::apply_change(const Transaction& e) {
  const auto& ch = std::get<Change>(e.data);
  AgreementState& a = agreements_.at(ch.agreement);
  if (ch.kind == ChangeKind::amend || ch.kind == ChangeKind::refund) use_rate(ch.valuation, ch.amount.currency(), e.date, EventId{e.id});
  switch (ch.kind) {
    case ChangeKind::amend: return apply_amendment(ch, a);
    case ChangeKind::cancel: return apply_cancellation(ch, a);
    case ChangeKind::condition_met:
    case ChangeKind::condition_lapsed: apply_condition(ch, a, e.date); return ok();
    case ChangeKind::refund: return apply_refund(ch, a);
    case ChangeKind::write_off: return apply_write_off(ch, a);
  }
  return ok();
}

}  // namespace fl
