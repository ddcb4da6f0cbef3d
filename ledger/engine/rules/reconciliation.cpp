// A reconciliation: closes a bank account's period through a date that a statement covers, once
// the reconciliation statement leaves nothing unexplained; its figures must be what the bank book
// gives (docs/reconcile.md). It books nothing.
#include <algorithm>

#include "engine/bank_book.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::amount_text;
using rules::bad_id;
using rules::refuse;

Result<void> BankBook::check_reconciliation(const Transaction& e) const {
  const auto& x = std::get<Reconciliation>(e.data);
  FL_TRY(const BankState* b, bank(x.bank_account, "bank_account"));
  if (b->reconciled_through && e.date <= *b->reconciled_through) {
    return fail(Error(Errc::invalid_input, "bank account " + b->id + " is reconciled through " + b->reconciled_through->to_string() + " already").in("date"));
  }
  if (e.date < b->opened) return fail(Error(Errc::invalid_input, "is before the bank account was opened").in("date"));
  if (e.id != "RECON-" + b->id + "-" + e.date.to_string()) return bad_id("reconciliation's id is RECON-" + b->id + "-" + e.date.to_string());
  // The bank's side must be known through the date: a statement covers it.
  if (std::none_of(b->statements.begin(), b->statements.end(), [&](const EventId& id) {
        const StatementInfo& st = statements_.at(id);
        return st.from <= e.date && e.date <= st.to;
      })) {
    return fail(Error(Errc::invalid_input, "no statement of bank account " + b->id + " covers " + e.date.to_string() +
                                               ": import the bank's statement of that day first").in("date"));
  }
  FL_TRY(ReconciliationFigures f, reconcile(b->id, e.date));
  const auto same = [&](const Money& m, const Money& v, std::string_view field) -> Result<void> {
    if (m != v) {
      return refuse(field, "is " + m.to_string() + " but the reconciliation gives " + amount_text(v));
    }
    return ok();
  };
  FL_TRY_VOID(same(x.bank_balance, f.bank_balance, "bank_balance"));
  FL_TRY_VOID(same(x.ledger_balance, f.ledger_balance, "ledger_balance"));
  FL_TRY_VOID(same(x.in_bank_not_recorded, f.in_bank_total, "in_bank_not_recorded"));
  FL_TRY_VOID(same(x.recorded_not_in_bank, f.recorded_total, "recorded_not_in_bank"));
  if (!f.unexplained.is_zero()) {
    return refuse("bank_balance", "the reconciliation leaves " + amount_text(f.unexplained) +
                                      " unexplained; a bank account closes only when nothing is unexplained");
  }
  return ok();
}

void BankBook::apply_reconciliation(const Transaction& e) {
  const auto& x = std::get<Reconciliation>(e.data);
  banks_.at(x.bank_account).reconciled_through = e.date;
}

}  // namespace fl
