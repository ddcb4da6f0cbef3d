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
  const Int128 x = ch.amount.minor();
  if (x <= 0) return refuse("amount", "a refund is positive");
  const Int128 cash_in = a.received + a.overpaid - a.refunded;
  if (x > cash_in) return refuse("amount", "more than the " + amount_text(cash_in, a.currency()) + " received and not refunded");
  FL_TRY(const BankAccount* bank, bank_account(ch.bank_account));
  if (bank->cso != a.terms.cso) return refuse("bank_account", "\"" + ch.bank_account + "\" belongs to " + bank->cso);
  FL_TRY_VOID(rules::check_valuation(ch.valuation, ch.amount, h.base_currency, "valuation", decoded_rate(ch.valuation, ch.amount.currency(), on)));
  FL_TRY_VOID(check_valuation_rate(ch.valuation, ch.amount, on, h, "valuation"));
  return ok();
}

Result<std::vector<Posting>> Programme::book_refund(const Change& ch, const AgreementState& a) const {
  std::vector<Posting> out;
  FL_TRY(const BankAccount* bank, bank_account(ch.bank_account));
  const Currency c = a.currency();
  const PartyId& cso = a.terms.cso;
  const PartyId& cp = a.terms.counterparty;
  const Int128 x = ch.amount.minor();
  Int128 left = x;
  const Int128 from_over = std::min(left, a.overpaid);
  if (from_over > 0) out.push_back(rules::line(kOverpayments, from_over, c, cso, ch.agreement, cp));
  left -= from_over;
  if (left > 0) {
    const std::string_view from = a.terms.nature == Nature::exchange ? std::string_view(kContractLiabilities)
                                  : (a.terms.conditional && !a.condition_met) ? std::string_view(kRefundableAdvances)
                                                                                : std::string_view{};
    if (from.empty()) {
      out.push_back(rules::line(rules::income_account(a), left, c, cso, ch.agreement, cp));
    } else {
      out.push_back(rules::line(from, left, c, cso, ch.agreement, cp));
    }
  }
  out.push_back(rules::line(bank->account, -x, c, cso, ch.agreement, cp));
  return out;
}

void Programme::apply_refund(const Change& ch, AgreementState& a) {
  const Int128 x = ch.amount.minor();
  a.overpaid -= std::min(x, a.overpaid);
  a.refunded += x;
}

}  // namespace fl
