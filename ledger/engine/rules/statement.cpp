// A bank statement: the period it covers, the file it came from (by SHA-256), its balances
// and pending items, in the bank account's currency. Its id is ST- and 16 hex digits of its
// content (docs/format/journal.md §4.4). It books nothing.
#include "engine/bank_book.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::bad_id;
using rules::hex_id;
using rules::is_sha256_hex;
using rules::refuse;

Result<void> BankBook::check_statement(const Transaction& e) const {
  const auto& st = std::get<StatementInfo>(e.data);
  FL_TRY(const BankState* b, bank(st.bank_account, "bank_account"));
  const Currency c = b->terms.opening.currency();
  if (st.currency != c) return refuse("currency", "bank account " + b->id + " is in " + std::string(c.code()));
  if (st.to < st.from) return refuse("to", "the period ends before it starts");
  if (!is_sha256_hex(st.file_sha256)) return refuse("file_sha256", "is not a SHA-256 in lower-case hex");
  if (!hex_id(e.id, "ST-", 16)) return bad_id("statement's id is ST- and 16 hex digits");
  if (b->reconciled_through && st.to <= *b->reconciled_through) {
    return refuse("to", "bank account " + b->id + " is reconciled through " + b->reconciled_through->to_string() +
                            "; a statement ending on or before it would change a reconciled period");
  }
  if (e.date != st.to) return fail(Error(Errc::invalid_input, "a statement is dated the end of its period, " + st.to.to_string()).in("date"));
  if ((st.opening && st.opening->currency() != c) || (st.closing && st.closing->currency() != c)) {
    return refuse("currency", "the balances are not in the account's currency");
  }
  for (std::size_t i = 0; i < st.pending.size(); ++i) {
    if (st.pending[i].amount.currency() != c) return refuse("pending[" + std::to_string(i) + "].amount", "is not in the account's currency");
  }
  return ok();
}

void BankBook::apply_statement(const Transaction& e) {
  const auto& st = std::get<StatementInfo>(e.data);
  statements_.emplace(EventId{e.id}, st);
  banks_.at(st.bank_account).statements.emplace_back(e.id);
}

}  // namespace fl
