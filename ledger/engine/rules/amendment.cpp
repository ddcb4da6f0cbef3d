// An amendment: changes an open agreement's amount (up or down, never below what was received),
// on a named tranche or the last one, valued at its own date's rate; books the difference to the
// receivable and income when the agreement books a receivable.
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::amount_text;
using rules::refuse;

Result<void> Programme::check_amendment(const Change& ch, const AgreementState& a, Date on, const Header& h) const {
  const Int128 x = ch.amount.minor();
  if (a.wholly_cancelled() || a.lapsed) {
    return refuse("agreement", "\"" + ch.agreement + "\" is " + std::string(agreement_status_name(a.status())));
  }
  if (x == 0) return refuse("amount", "an amendment changes the amount");
  if (a.committed() + x < a.received) {
    return refuse("amount", "would bring the agreement to " + amount_text(a.committed() + x, a.currency()) +
                                ", below the " + amount_text(a.received, a.currency()) + " already received");
  }
  const TrancheState& t = ch.tranche.empty() ? a.tranches.back() : *rules::find_tranche(a, ch.tranche);
  if (t.amount + x < t.received) return refuse("amount", "would bring tranche " + t.id + " below what it received");
  FL_TRY_VOID(rules::check_valuation(ch.valuation, ch.amount, h.base_currency, "valuation", decoded_rate(ch.valuation, ch.amount.currency(), on)));
  FL_TRY_VOID(check_valuation_rate(ch.valuation, ch.amount, on, h, "valuation"));
  return ok();
}

std::vector<Posting> Programme::book_amendment(const Change& ch, const AgreementState& a) const {
  std::vector<Posting> out;
  if (!a.receivable_booked()) return out;
  const Int128 x = ch.amount.minor();
  out.push_back(rules::line(kReceivable, x, a.currency(), a.terms.cso, ch.agreement, a.terms.counterparty, ch.tranche));
  out.push_back(rules::line(rules::income_account(a), -x, a.currency(), a.terms.cso, ch.agreement, a.terms.counterparty, ch.tranche));
  return out;
}

void Programme::apply_amendment(const Change& ch, AgreementState& a) {
  const Int128 x = ch.amount.minor();
  TrancheState& t = ch.tranche.empty() ? a.tranches.back() : *rules::find_tranche(a, ch.tranche);
  t.amount += x;
  a.amended += x;
  a.committed_value += ch.valuation.value.minor();
}

}  // namespace fl
