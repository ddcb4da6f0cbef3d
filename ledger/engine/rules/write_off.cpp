// A write-off: an outstanding receivable judged uncollectable (of one tranche, or from the
// latest due backwards), valued at the signing rate; books Expenses:WrittenOff against the
// receivable.
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::amount_text;
using rules::refuse;

Result<void> Programme::check_write_off(const Change& ch, const AgreementState& a, const Header& h) const {
  const Int128 x = ch.amount.minor();
  if (!a.receivable_booked()) return refuse("agreement", "\"" + ch.agreement + "\" has no receivable to write off");
  if (x <= 0 || x > a.outstanding()) {
    return refuse("amount", "write off between 0 and the " + amount_text(a.outstanding(), a.currency()) + " outstanding");
  }
  if (ch.valuation.rate != a.terms.valuation.rate) {
    return refuse("valuation.rate", "a write-off is valued at the signing rate " + a.terms.valuation.rate);
  }
  return rules::check_valuation(ch.valuation, ch.amount, h.base_currency, "valuation",
                                decoded_rate(ch.valuation, ch.amount.currency(), a.signed_on));
}

std::vector<Posting> Programme::book_write_off(const Change& ch, const AgreementState& a) const {
  std::vector<Posting> out;
  if (!a.receivable_booked()) return out;
  for (const auto& [i, take] : rules::take_from_latest(a.tranches, ch.amount.minor(), ch.tranche)) {
    const TrancheId& tid = a.tranches[i].id;
    out.push_back(rules::line("Expenses:WrittenOff", take, a.currency(), a.terms.cso, ch.agreement, a.terms.counterparty, tid));
    out.push_back(rules::line(kReceivable, -take, a.currency(), a.terms.cso, ch.agreement, a.terms.counterparty, tid));
  }
  return out;
}

void Programme::apply_write_off(const Change& ch, AgreementState& a) {
  const Int128 x = ch.amount.minor();
  for (const auto& [i, take] : rules::take_from_latest(a.tranches, x, ch.tranche)) a.tranches[i].written_off += take;
  a.written_off += x;
}

}  // namespace fl
