// A write-off: an outstanding receivable judged uncollectable (of one tranche, or from the
// latest due backwards), valued at the signing rate; books Expenses:WrittenOff against the
// receivable.
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::amount_text;
using rules::refuse;

Result<void> Programme::check_write_off(const Change& ch, const AgreementState& a, const Header& h) const {
  const Money& x = ch.amount;
  if (!a.receivable_booked()) return refuse("agreement", "\"" + ch.agreement + "\" has no receivable to write off");
  FL_TRY(const Money outstanding, a.outstanding());
  if (x.sign() <= 0 || x > outstanding) {
    return refuse("amount", "write off between 0 and the " + amount_text(outstanding) + " outstanding");
  }
  if (ch.valuation.rate != a.terms.valuation.rate) {
    return refuse("valuation.rate", "a write-off is valued at the signing rate " + a.terms.valuation.rate);
  }
  return rules::check_valuation(ch.valuation, ch.amount, h.base_currency, "valuation",
                                decoded_rate(ch.valuation, ch.amount.currency(), a.signed_on));
}

Result<std::vector<Posting>> Programme::book_write_off(const Change& ch, const AgreementState& a) const {
  std::vector<Posting> out;
  if (!a.receivable_booked()) return out;
  FL_TRY(const auto takes, rules::take_from_latest(a.tranches, ch.amount, ch.tranche));
  for (const auto& [i, take] : takes) {
    const TrancheId& tid = a.tranches[i].id;
    out.push_back(rules::line("Expenses:WrittenOff", take, a.terms.cso, ch.agreement, a.terms.counterparty, tid));
    out.push_back(rules::line(kReceivable, take.negated(), a.terms.cso, ch.agreement, a.terms.counterparty, tid));
  }
  return out;
}

Result<void> Programme::apply_write_off(const Change& ch, AgreementState& a) {
  const Money& x = ch.amount;
  FL_TRY(const auto takes, rules::take_from_latest(a.tranches, x, ch.tranche));
  for (const auto& [i, take] : takes) {
      FL_TRY(a.tranches[i].written_off, a.tranches[i].written_off.plus(take));
    }
  FL_TRY(a.written_off, a.written_off.plus(x));
  return ok();
}

}  // namespace fl
