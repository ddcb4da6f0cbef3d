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
  if (ch.amount.minor() != 0) return refuse("amount", "a condition change moves no amount");
  if (ch.valuation.rate != a.terms.valuation.rate || ch.valuation.rate_date != a.terms.valuation.rate_date) {
    return refuse("valuation.rate", "a condition change is valued at the signing rate " + a.terms.valuation.rate);
  }
  return rules::check_valuation(ch.valuation, ch.amount, h.base_currency, "valuation",
                                decoded_rate(ch.valuation, ch.amount.currency(), a.signed_on));
}

std::vector<Posting> Programme::book_condition_met(const Change& ch, const AgreementState& a) const {
  std::vector<Posting> out;
  if (a.terms.form != Form::cash || a.terms.nature != Nature::contribution) return out;
  const Currency c = a.currency();
  const PartyId& cso = a.terms.cso;
  const PartyId& cp = a.terms.counterparty;
  const Int128 committed = a.committed();
  if (a.advanced > 0) out.push_back(rules::line(kRefundableAdvances, a.advanced, c, cso, ch.agreement, cp));
  if (committed - a.advanced > 0) out.push_back(rules::line(kReceivable, committed - a.advanced, c, cso, ch.agreement, cp));
  AgreementState met = a;
  met.condition_met = true;
  out.push_back(rules::line(rules::income_account(met), -committed, c, cso, ch.agreement, cp));
  return out;
}

void Programme::apply_condition(const Change& ch, AgreementState& a, Date on) {
  if (ch.kind == ChangeKind::condition_met) {
    a.condition_met = true;
    a.condition_met_on = on;
    a.advanced = 0;
    return;
  }
  a.lapsed = true;
  if (!ch.note.empty()) a.notes.push_back("lapsed: " + ch.note);
}

}  // namespace fl
