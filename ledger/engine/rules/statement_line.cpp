// A statement line: a movement the bank reports, within its statement's period, in the
// account's currency, not in a reconciled period. Its id is SL- and 16 hex digits of its
// identity (docs/reconcile.md). It books nothing.
#include "engine/bank_book.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::bad_id;
using rules::hex_id;
using rules::refuse;

Result<void> BankBook::check_statement_line(const Transaction& e) const {
  const auto& l = std::get<StatementLine>(e.data);
  FL_TRY(const BankState* b, bank(l.bank_account, "bank_account"));
  const auto st = statements_.find(l.statement);
  if (st == statements_.end()) return refuse("statement", "\"" + l.statement + "\" is not a recorded statement");
  if (st->second.bank_account != l.bank_account) return refuse("statement", "\"" + l.statement + "\" is a statement of " + st->second.bank_account);
  if (l.amount.currency() != b->terms.opening.currency()) return refuse("currency", "bank account " + b->id + " is in " + std::string(b->terms.opening.currency().code()));
  if (l.amount.is_zero()) return refuse("amount", "a statement line moves money");
  if (!hex_id(e.id, "SL-", 16)) return bad_id("statement line's id is SL- and 16 hex digits");
  if (l.occurrence < 1) return refuse("occurrence", "counts from 1");
  if (e.date < st->second.from || e.date > st->second.to) {
    return fail(Error(Errc::invalid_input, "falls outside the statement's period " + st->second.from.to_string() + " to " +
                                               st->second.to.to_string()).in("date"));
  }
  if (e.date < b->opened) {
    return fail(Error(Errc::invalid_input, "is before bank account " + b->id + " was opened, " + b->opened.to_string()).in("date"));
  }
  if (b->reconciled_through && e.date <= *b->reconciled_through) {
    return fail(Error(Errc::invalid_input, "bank account " + b->id + " is reconciled through " + b->reconciled_through->to_string() +
                                               "; a new line dated on or before it would change a reconciled period")
                    .in("date"));
  }
  return ok();
}

void BankBook::apply_statement_line(const Transaction& e) {
  const auto& l = std::get<StatementLine>(e.data);
  lines_.emplace(StatementLineId{e.id}, LineState{StatementLineId{e.id}, l.bank_account, l.statement, e.description, l.reference, e.date, l.amount, {}});
  banks_.at(l.bank_account).lines.emplace_back(e.id);
}

}  // namespace fl
