// A refund: money paid back from one of the CSO's bank accounts, at most what was received and
// not refunded, valued at its own date's rate. It comes first out of over-payments, then out of
// a contract liability, a refundable advance, or income (docs/booking.md).
#include <algorithm>

#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::amount_text;
using rules::refuse;

Result<void> Programme::check_refund(const Change& ch, const AgreementState& a, Date on, const Header& h) const {
  const Money& x = ch.amount;
  if (x.sign() <= 0) return refuse("amount", "a refund is positive");
  FL_TRY(const Money paid, a.received.plus(a.overpaid));
  FL_TRY(const Money cash_in, paid.minus(a.refunded));
  if (x > cash_in) return refuse("amount", "more than the " + amount_text(cash_in) + " received and not refunded");
  FL_TRY(const BankAccount* bank, bank_account(ch.bank_account));
  if (bank->cso != a.terms.cso) return refuse("bank_account", "\"" + ch.bank_account + "\" belongs to " + bank->cso);
  FL_TRY_VOID(rules::check_valuation(ch.valuation, ch.amount, h.base_currency, "valuation", decoded_rate(ch.valuation, ch.amount.currency(), on)));
  FL_TRY_VOID(check_valuation_rate(ch.valuation, ch.amount, on, h, "valuation"));
  return ok();
}

Result<std::vector<Posting>> Programme::book_refund(const Change& ch, const AgreementState& a) const {
  std::vector<Posting> out;
  FL_TRY(const BankAccount* bank, bank_account(ch.bank_account));
  const PartyId& cso = a.terms.cso;
  const PartyId& cp = a.terms.counterparty;
  const Money& x = ch.amount;
  const Money from_over = std::min(x, a.overpaid);
  if (from_over.sign() > 0) out.push_back(rules::line(kOverpayments, from_over, cso, ch.agreement, cp));
  FL_TRY(const Money left, x.minus(from_over));
  if (left.sign() > 0) {
    const std::string_view from = a.terms.nature == Nature::exchange ? std::string_view(kContractLiabilities)
                                  : (a.terms.conditional && !a.condition_met) ? std::string_view(kRefundableAdvances)
                                                                                : std::string_view{};
    if (from.empty()) {
      out.push_back(rules::line(rules::income_account(a), left, cso, ch.agreement, cp));
    } else {
      out.push_back(rules::line(from, left, cso, ch.agreement, cp));
    }
  }
  out.push_back(rules::line(bank->account, x.negated(), cso, ch.agreement, cp));
  return out;
}

Result<void> Programme::apply_refund(const Change& ch, AgreementState& a) {
  const Money& x = ch.amount;
  FL_TRY(a.overpaid, a.overpaid.minus(std::min(x, a.overpaid)));
  FL_TRY(a.refunded, a.refunded.plus(x));
  return ok();
}

}  // namespace fl
