// An amendment: changes an open agreement's amount (up or down, never below what was received),
// on a named tranche or the last one, valued at its own date's rate; books the difference to the
// receivable and income when the agreement books a receivable.
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::amount_text;
using rules::refuse;

Result<void> Programme::check_amendment(const Change& ch, const AgreementState& a, Date on, const Header& h) const {
  const Money& x = ch.amount;
  if (a.wholly_cancelled() || a.lapsed) {
    return refuse("agreement", "\"" + ch.agreement + "\" is " + std::string(agreement_status_name(a.status())));
  }
  if (x.is_zero()) return refuse("amount", "an amendment changes the amount");
  FL_TRY(const Money committed, a.committed());
  FL_TRY(const Money amended, committed.plus(x));
  if (amended < a.received) {
    return refuse("amount", "would bring the agreement to " + amount_text(amended) + ", below the " + amount_text(a.received) +
                                " already received");
  }
  const TrancheState& t = ch.tranche.empty() ? a.tranches.back() : *rules::find_tranche(a, ch.tranche);
  FL_TRY(const Money tranche, t.amount.plus(x));
  if (tranche < t.received) return refuse("amount", "would bring tranche " + t.id + " below what it received");
  FL_TRY_VOID(rules::check_valuation(ch.valuation, ch.amount, h.base_currency, "valuation", decoded_rate(ch.valuation, ch.amount.currency(), on)));
  FL_TRY_VOID(check_valuation_rate(ch.valuation, ch.amount, on, h, "valuation"));
  return ok();
}

Result<std::vector<Posting>> Programme::book_amendment(const Change& ch, const AgreementState& a) const {
  std::vector<Posting> out;
  if (!a.receivable_booked()) return out;
  const Money& x = ch.amount;
  out.push_back(rules::line(kReceivable, x, a.terms.cso, ch.agreement, a.terms.counterparty, ch.tranche));
  out.push_back(rules::line(rules::income_account(a), x.negated(), a.terms.cso, ch.agreement, a.terms.counterparty, ch.tranche));
  return out;
}

Result<void> Programme::apply_amendment(const Change& ch, AgreementState& a) {
  const Money& x = ch.amount;
  TrancheState& t = ch.tranche.empty() ? a.tranches.back() : *rules::find_tranche(a, ch.tranche);
  FL_TRY(t.amount, t.amount.plus(x));
  FL_TRY(a.amended, a.amended.plus(x));
  FL_TRY(a.committed_value, a.committed_value.plus(ch.valuation.value));
  return ok();
}

}  // namespace fl
