// A cancellation: removes part or all of what is outstanding (of one tranche, or from the latest
// due backwards), valued at the signing rate; reverses income against the receivable when the
// agreement books one. A wholly cancelled agreement no longer counts.
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::amount_text;
using rules::refuse;

Result<void> Programme::check_cancellation(const Change& ch, const AgreementState& a, const Header& h) const {
  const Money& x = ch.amount;
  if (a.wholly_cancelled()) return refuse("agreement", "\"" + ch.agreement + "\" is cancelled already");
  if (a.lapsed) return refuse("agreement", "\"" + ch.agreement + "\"'s condition lapsed");
  if (x.sign() <= 0) return refuse("amount", "a cancellation removes a positive amount");
  FL_TRY(Money available, a.outstanding());
  for (const auto& t : a.tranches) {
    if (t.id == ch.tranche) {
      FL_TRY(available, t.outstanding());
    }
  }
  if (x > available) return refuse("amount", "only " + amount_text(available) + " is outstanding");
  if (ch.valuation.rate != a.terms.valuation.rate) {
    return refuse("valuation.rate", "a cancellation is valued at the signing rate " + a.terms.valuation.rate);
  }
  return rules::check_valuation(ch.valuation, ch.amount, h.base_currency, "valuation",
                                decoded_rate(ch.valuation, ch.amount.currency(), a.signed_on));
}

Result<std::vector<Posting>> Programme::book_cancellation(const Change& ch, const AgreementState& a) const {
  std::vector<Posting> out;
  if (!a.receivable_booked()) return out;
  FL_TRY(const auto takes, rules::take_from_latest(a.tranches, ch.amount, ch.tranche));
  for (const auto& [i, take] : takes) {
    const TrancheId& tid = a.tranches[i].id;
    out.push_back(rules::line(rules::income_account(a), take, a.terms.cso, ch.agreement, a.terms.counterparty, tid));
    out.push_back(rules::line(kReceivable, take.negated(), a.terms.cso, ch.agreement, a.terms.counterparty, tid));
  }
  return out;
}

Result<void> Programme::apply_cancellation(const Change& ch, AgreementState& a) {
  const Money& x = ch.amount;
  FL_TRY(const auto takes, rules::take_from_latest(a.tranches, x, ch.tranche));
  for (const auto& [i, take] : takes) {
      FL_TRY(a.tranches[i].amount, a.tranches[i].amount.minus(take));
    }
  FL_TRY(a.cancelled, a.cancelled.plus(x));
  FL_TRY(a.committed_value, a.committed_value.minus(ch.valuation.value));
  if (!ch.note.empty()) a.notes.push_back("cancelled: " + ch.note);
  return ok();
}

}  // namespace fl
