// A CSO's bank account: its own ledger account under Assets:Bank, and an opening balance booked
// against Equity:Opening. The bank book opens the account too (BankBook::apply).
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"
#include "journal/names.hpp"

namespace fl {

using rules::refuse;

Result<void> Programme::check_bank_account(const Transaction& e) const {
  const auto& b = std::get<BankAccount>(e.data);
  if (bank_accounts_.count(BankAccountId{e.id}) != 0) return fail(Error(Errc::conflict, "a bank account \"" + e.id + "\" exists already").in("id"));
  FL_TRY(const Party* cso, party(b.cso, "cso"));
  if (cso->kind != PartyKind::cso) return refuse("cso", "\"" + b.cso + "\" is not a CSO");
  if (!account_under(b.account, "Assets:Bank")) return refuse("account", "a bank account's ledger account is under Assets:Bank");
  if (const auto other = bank_by_account_.find(b.account); other != bank_by_account_.end()) {
    return refuse("account", "\"" + b.account + "\" belongs to bank account " + other->second);
  }
  return ok();
}

std::vector<Posting> Programme::book_bank_account(const Transaction& e) const {
  std::vector<Posting> out;
  const auto& b = std::get<BankAccount>(e.data);
  if (!b.opening.is_zero()) {
    out.push_back(rules::line(b.account, b.opening, b.cso));
    out.push_back(rules::line("Equity:Opening", b.opening.negated(), b.cso));
  }
  return out;
}

void Programme::apply_bank_account(const Transaction& e) {
  const auto& b = std::get<BankAccount>(e.data);
  bank_by_account_.emplace(b.account, BankAccountId{e.id});
  bank_accounts_.emplace(BankAccountId{e.id}, b);
}

}  // namespace fl
