// A cancellation: removes part or all of what is outstanding (of one tranche, or from the latest
// due backwards), valued at the signing rate; reverses income against the receivable when the
// agreement books one. A wholly cancelled agreement no longer counts.
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::amount_text;
using rules::refuse;

Result<void> Programme::check_cancellation(const Change& ch, const AgreementState& a, const Header& h) const {
  const Int128 x = ch.amount.minor();
  if (a.wholly_cancelled()) return refuse("agreement", "\"" + ch.agreement + "\" is cancelled already");
  if (a.lapsed) return refuse("agreement", "\"" + ch.agreement + "\"'s condition lapsed");
  if (x <= 0) return refuse("amount", "a cancellation removes a positive amount");
  Int128 available = a.outstanding();
  for (const auto& t : a.tranches) {
    if (t.id == ch.tranche) available = t.outstanding();
  }
  if (x > available) return refuse("amount", "only " + amount_text(available, a.currency()) + " is outstanding");
  if (ch.valuation.rate != a.terms.valuation.rate) {
    return refuse("valuation.rate", "a cancellation is valued at the signing rate " + a.terms.valuation.rate);
  }
  return rules::check_valuation(ch.valuation, ch.amount, h.base_currency, "valuation",
                                decoded_rate(ch.valuation, ch.amount.currency(), a.signed_on));
}

std::vector<Posting> Programme::book_cancellation(const Change& ch, const AgreementState& a) const {
  std::vector<Posting> out;
  if (!a.receivable_booked()) return out;
  for (const auto& [i, take] : rules::take_from_latest(a.tranches, ch.amount.minor(), ch.tranche)) {
    const TrancheId& tid = a.tranches[i].id;
    out.push_back(rules::line(rules::income_account(a), take, a.currency(), a.terms.cso, ch.agreement, a.terms.counterparty, tid));
    out.push_back(rules::line(kReceivable, -take, a.currency(), a.terms.cso, ch.agreement, a.terms.counterparty, tid));
  }
  return out;
}

void Programme::apply_cancellation(const Change& ch, AgreementState& a) {
  const Int128 x = ch.amount.minor();
  for (const auto& [i, take] : rules::take_from_latest(a.tranches, x, ch.tranche)) a.tranches[i].amount -= take;
  a.cancelled += x;
  a.committed_value -= ch.valuation.value.minor();
  if (!ch.note.empty()) a.notes.push_back("cancelled: " + ch.note);
}

}  // namespace fl
