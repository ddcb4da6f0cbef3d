// A classification: a statement line with no ledger entry of its own, booked to the account an
// officer names (bank charges, interest, …) against the bank account, at the line's date. Its id
// is CL- and the line's 16 hex digits.
#include "engine/bank_book.hpp"
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::bad_id;
using rules::refuse;

Result<void> BankBook::check_classification(const Transaction& e) const {
  const auto& c = std::get<Classification>(e.data);
  FL_TRY(const BankState* b, bank(c.bank_account, "bank_account"));
  const auto it = lines_.find(c.line);
  if (it == lines_.end()) return refuse("line", "\"" + c.line + "\" is not a recorded statement line");
  if (it->second.bank_account != b->id) return refuse("line", "\"" + c.line + "\" is a line of " + it->second.bank_account);
  if (!it->second.matched_by.empty()) return refuse("line", "\"" + c.line + "\" is matched already, by " + it->second.matched_by);
  if (controlled_account(c.account)) return refuse("account", "\"" + c.account + "\" is controlled by agreements: match the line to a receipt instead");
  if (bank_of_account(c.account) != nullptr) return refuse("account", "\"" + c.account + "\" is a bank account's own ledger account");
  if (e.date != it->second.date) return fail(Error(Errc::invalid_input, "a classification takes its line's date, " + it->second.date.to_string()).in("date"));
  if (e.id != "CL-" + c.line.str().substr(3)) return bad_id("classification's id is CL- and its line's 16 hex digits");
  if (e.posting_date < e.date) return fail(Error(Errc::invalid_input, "falls before the line's date").in("posting_date"));
  return ok();
}

Result<std::vector<Posting>> BankBook::book_classification(const Transaction& e) const {
  std::vector<Posting> out;
  const auto& c = std::get<Classification>(e.data);
  const auto line = lines_.find(c.line);
  const auto b = banks_.find(c.bank_account);
  if (line == lines_.end()) return refuse("line", "\"" + c.line + "\" is not a recorded statement line");
  if (b == banks_.end()) return refuse("bank_account", "\"" + c.bank_account + "\" is not a recorded bank account");
  Posting bank{b->second.terms.account, line->second.amount, Dimensions{.cso = b->second.terms.cso.str()}};
  Posting other = bank;
  other.account = c.account;
  other.amount = line->second.amount.negated();
  out.push_back(std::move(bank));
  out.push_back(std::move(other));
  return out;
}

void BankBook::apply_classification(const Transaction& e) {
  const auto& c = std::get<Classification>(e.data);
  lines_.at(c.line).matched_by = EventId{e.id};
  entries_.at(EntryKey{c.bank_account, EventId{e.id}}).matched_by = EventId{e.id};
  groups_.emplace(EventId{e.id}, Group{{c.line}, {EntryKey{c.bank_account, EventId{e.id}}}, e.date});
}

}  // namespace fl
