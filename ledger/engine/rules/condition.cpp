// A condition met or lapsed, of a conditional agreement, valued at the signing rate and moving
// no amount. Met: a cash contribution's refundable advances become the receivable's settled part
// and the commitment becomes income. Lapsed: the agreement no longer counts; nothing is booked.
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::refuse;

Result<void> Programme::check_condition(const Change& ch, const AgreementState& a, const Header& h) const {
  if (!a.terms.conditional) return refuse("change", "\"" + ch.agreement + "\" has no condition");
  if (a.condition_met || a.lapsed || a.wholly_cancelled()) return refuse("change", "the condition of \"" + ch.agreement + "\" is settled already");
  if (!ch.amount.is_zero()) return refuse("amount", "a condition change moves no amount");
  if (ch.valuation.rate != a.terms.valuation.rate || ch.valuation.rate_date != a.terms.valuation.rate_date) {
    return refuse("valuation.rate", "a condition change is valued at the signing rate " + a.terms.valuation.rate);
  }
  return rules::check_valuation(ch.valuation, ch.amount, h.base_currency, "valuation",
                                decoded_rate(ch.valuation, ch.amount.currency(), a.signed_on));
}

Result<std::vector<Posting>> Programme::book_condition_met(const Change& ch, const AgreementState& a) const {
  std::vector<Posting> out;
  if (a.terms.form != Form::cash || a.terms.nature != Nature::contribution) return out;
  const PartyId& cso = a.terms.cso;
  const PartyId& cp = a.terms.counterparty;
  FL_TRY(const Money committed, a.committed());
  FL_TRY(const Money receivable, committed.minus(a.advanced));
  if (a.advanced.sign() > 0) out.push_back(rules::line(kRefundableAdvances, a.advanced, cso, ch.agreement, cp));
  if (receivable.sign() > 0) out.push_back(rules::line(kReceivable, receivable, cso, ch.agreement, cp));
  AgreementState met = a;
  met.condition_met = true;
  out.push_back(rules::line(rules::income_account(met), committed.negated(), cso, ch.agreement, cp));
  return out;
}

void Programme::apply_condition(const Change& ch, AgreementState& a, Date on) {
  if (ch.kind == ChangeKind::condition_met) {
    a.condition_met = true;
    a.condition_met_on = on;
    a.advanced = Money::zero(a.currency());
    return;
  }
  a.lapsed = true;
  if (!ch.note.empty()) a.notes.push_back("lapsed: " + ch.note);
}

}  // namespace fl
