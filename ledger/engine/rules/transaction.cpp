// A plain transaction (kind "txn"): it may not post to the accounts agreements control, and, once
// a bank account exists, the bank book's rules apply to it (a reconciled period, the account's
// currency). It books what it states and changes no programme state.
#include "engine/programme.hpp"
#include "journal/names.hpp"

namespace fl {

bool controlled_account(std::string_view account) {
  switch (account[0]) {  // on the replay path for every posting: decide on the root first
    case 'A': return account_under(account, kReceivable);
    case 'L':
      return account_under(account, kRefundableAdvances) || account_under(account, kContractLiabilities) ||
             account_under(account, kOverpayments);
    case 'I': return account_under(account, kMobilised);
    default: return false;
  }
}

Result<void> Programme::check_transaction(const Transaction& e) const {
  for (std::size_t i = 0; i < e.postings.size(); ++i) {
    if (controlled_account(e.postings[i].account)) {
      return fail(Error(Errc::invalid_input, "\"" + e.postings[i].account +
                                                 "\" is controlled by agreements: only agreement events post to it")
                      .in("postings[" + std::to_string(i) + "].account"));
    }
  }
  if (banks_.tracks()) return banks_.check(e);  // a reconciled period, a bank's currency
  return ok();
}

}  // namespace fl
