// A receipt of money (or an in-kind delivery) under an agreement: allocated to its tranches,
// any excess an over-payment once nothing is outstanding, less bank charges and tax withheld.
// It credits the receivable, or a refundable advance before a condition is met, or a contract
// liability for an exchange (docs/booking.md).
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"
#include "money/rate.hpp"

namespace fl {

using rules::amount_text;
using rules::code;
using rules::refuse;

namespace {

// Cash comes into one of the CSO's own bank accounts in the agreement's currency; an in-kind
// delivery moves no cash and is recognised only once its condition is met.
Result<void> check_cash_side(const Receipt& r, const AgreementState& a, const Money& deductions,
                             const std::map<BankAccountId, BankAccount>& banks) {
  if (a.terms.form == Form::in_kind) {
    if (!r.bank_account.empty() || !deductions.is_zero() || !r.overpayment.is_zero()) {
      return refuse("bank_account", "an in-kind delivery moves no cash: no bank account, deductions or over-payment");
    }
    if (a.terms.conditional && !a.condition_met) return refuse("agreement", "in-kind support is recognised once its condition is met");
    return ok();
  }
  const auto bank = banks.find(r.bank_account);
  if (bank == banks.end()) return refuse("bank_account", "\"" + r.bank_account + "\" is not a recorded bank account");
  if (bank->second.cso != a.terms.cso) return refuse("bank_account", "\"" + r.bank_account + "\" belongs to " + bank->second.cso + ", not " + a.terms.cso);
  if (bank->second.opening.currency() != a.currency()) return refuse("bank_account", "\"" + r.bank_account + "\" is a " + code(bank->second.opening.currency()) + " account");
  return ok();
}

// Each allocation names a tranche of the agreement and takes at most its outstanding part; the
// allocation and over-payment add up to the gross; an over-payment only once every tranche is
// paid.
Result<void> check_allocation(const Receipt& r, const AgreementState& a) {
  Money allocated = Money::zero(a.currency());
  for (std::size_t i = 0; i < r.allocation.size(); ++i) {
    const auto& al = r.allocation[i];
    const std::string at = "allocation[" + std::to_string(i) + "]";
    const TrancheState* t = rules::find_tranche(a, al.tranche);
    if (t == nullptr) return refuse(at + ".tranche", "agreement \"" + r.agreement + "\" has no tranche \"" + al.tranche + "\"");
    if (al.amount.sign() <= 0) return refuse(at + ".amount", "must be more than zero");
    FL_TRY(const Money outstanding, t->outstanding());
    if (al.amount > outstanding) {
      return refuse(at + ".amount", "is more than tranche " + al.tranche + "'s outstanding " + amount_text(outstanding));
    }
    FL_TRY(allocated, allocated.plus(al.amount));
  }
  FL_TRY(const Money paid, allocated.plus(r.overpayment));
  if (paid != r.gross) return refuse("allocation", "the allocation and over-payment do not add up to the gross amount");
  if (r.overpayment.sign() < 0) return refuse("overpayment", "is negative");
  FL_TRY(const Money outstanding, a.outstanding());
  if (r.overpayment.sign() > 0 && allocated != outstanding) {
    // Name what stays outstanding, tranche by tranche, after this receipt's allocation.
    std::string left;
    for (const auto& t : a.tranches) {
      FL_TRY(Money rest, t.outstanding());
      for (const auto& al : r.allocation) {
        if (al.tranche == t.id) {
      FL_TRY(rest, rest.minus(al.amount));
    }
      }
      if (rest.sign() > 0) left += (left.empty() ? "" : ", ") + std::string("tranche ") + t.id + ": " + amount_text(rest);
    }
    FL_TRY(const Money still, outstanding.minus(allocated));
    return refuse("allocation", amount_text(r.overpayment) + " of the gross would be an over-payment while " +
                                    amount_text(still) + " is still outstanding (" + left +
                                    "); allocate it to the tranches first");
  }
  return ok();
}

}  // namespace

Result<void> Programme::check_receipt(const Transaction& e, const Header& h) const {
  const auto& r = std::get<Receipt>(e.data);
  FL_TRY(const AgreementState* a, agreement(r.agreement));
  if (a->wholly_cancelled()) return refuse("agreement", "\"" + r.agreement + "\" is cancelled");
  if (a->lapsed) return refuse("agreement", "\"" + r.agreement + "\"'s condition lapsed");
  if (e.date < a->signed_on) return refuse("agreement", "the receipt is dated before the signing, " + a->signed_on.to_string());
  if (r.gross.currency() != a->currency()) {
    return refuse("currency", "the agreement is in " + code(a->currency()) + "; record a receipt in " +
                                  code(r.gross.currency()) + " as a conversion first");
  }
  if (r.gross.sign() <= 0) return refuse("gross", "must be more than zero");
  if (r.bank_charges.sign() < 0 || r.tax_withheld.sign() < 0) return refuse("bank_charges", "deductions are not negative");
  FL_TRY(Money deductions, r.bank_charges.plus(r.tax_withheld));
  if (deductions > r.gross) return refuse("bank_charges", "deductions exceed the gross amount");
  FL_TRY_VOID(check_cash_side(r, *a, deductions, bank_accounts_));
  FL_TRY_VOID(check_allocation(r, *a));
  FL_TRY_VOID(rules::check_valuation(r.valuation, r.gross, h.base_currency, "valuation", decoded_rate(r.valuation, r.gross.currency(), e.date)));
  FL_TRY_VOID(check_valuation_rate(r.valuation, r.gross, e.date, h, "valuation"));
  return ok();
}

Result<std::vector<Posting>> Programme::book_receipt(const Transaction& e) const {
  std::vector<Posting> out;
  const auto& r = std::get<Receipt>(e.data);
  FL_TRY(const AgreementState* a, agreement(r.agreement));
  const PartyId& cso = a->terms.cso;
  const PartyId& cp = a->terms.counterparty;
  if (a->terms.form == Form::in_kind) {  // delivered, not paid: no bank
    for (const auto& al : r.allocation) {
      out.push_back(rules::line("Expenses:InKind", al.amount, cso, r.agreement, cp, al.tranche));
    }
    for (const auto& al : r.allocation) {
      out.push_back(rules::line(rules::income_account(*a), al.amount.negated(), cso, r.agreement, cp, al.tranche));
    }
    return out;
  }
  FL_TRY(Money net, r.gross.minus(r.bank_charges));
  FL_TRY(net, net.minus(r.tax_withheld));
  FL_TRY(const BankAccount* bank, bank_account(r.bank_account));
  out.push_back(rules::line(bank->account, net, cso, r.agreement, cp));
  if (!r.bank_charges.is_zero()) out.push_back(rules::line("Expenses:BankCharges", r.bank_charges, cso, r.agreement, cp));
  if (!r.tax_withheld.is_zero()) out.push_back(rules::line("Assets:TaxWithheld", r.tax_withheld, cso, r.agreement, cp));
  const std::string_view credit = a->receivable_booked()             ? kReceivable
                                  : a->terms.nature == Nature::exchange ? kContractLiabilities
                                                                        : kRefundableAdvances;
  for (const auto& al : r.allocation) {
    out.push_back(rules::line(credit, al.amount.negated(), cso, r.agreement, cp, al.tranche));
  }
  if (!r.overpayment.is_zero()) out.push_back(rules::line(kOverpayments, r.overpayment.negated(), cso, r.agreement, cp));
  return out;
}

Result<void> Programme::apply_receipt(const Transaction& e) {
  const auto& r = std::get<Receipt>(e.data);
  AgreementState& a = agreements_.at(r.agreement);
  for (const auto& al : r.allocation) {
    for (auto& t : a.tranches) {
      if (t.id == al.tranche) {
      FL_TRY(t.received, t.received.plus(al.amount));
    }
    }
    FL_TRY(a.received, a.received.plus(al.amount));
    if (a.terms.conditional && !a.condition_met) {
      FL_TRY(a.advanced, a.advanced.plus(al.amount));
    }
  }
  FL_TRY(a.overpaid, a.overpaid.plus(r.overpayment));
  use_rate(r.valuation, r.gross.currency(), e.date, EventId{e.id});
  // What was allocated to tranches, at the receipt date's rate (the FX-difference column).
  FL_TRY(const Money allocated, r.gross.minus(r.overpayment));
  Money value = allocated;
  if (allocated.currency() != r.valuation.value.currency()) {
    const Rate* rate = decoded_rate(r.valuation, allocated.currency(), e.date);  // checked: never null here
    if (rate == nullptr) return ok();
    auto v = convert(allocated, *rate);
    if (!v) return ok();
    value = *v;
  }
  FL_TRY(a.received_value_at_receipt, a.received_value_at_receipt.plus(value));
  return ok();
}

}  // namespace fl
