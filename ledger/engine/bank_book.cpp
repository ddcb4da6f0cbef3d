// The bank book: which events move which bank account (entries), the dispatch of the
// reconciliation events to their rules (engine/rules/), and the reconciliation statement.
#include "engine/bank_book.hpp"

#include <algorithm>

#include "engine/rules/helpers.hpp"

namespace fl {
using rules::refuse;

const BankState* BankBook::bank_of_account(std::string_view ledger_account) const {
  const auto it = by_ledger_account_.find(ledger_account);
  if (it == by_ledger_account_.end()) return nullptr;
  return &banks_.at(it->second);
}

Result<const BankState*> BankBook::bank(const BankAccountId& id, std::string_view field) const {

  const auto it = banks_.find(id);
  if (it == banks_.end()) return refuse(field, "\"" + id + "\" is not a recorded bank account");
  return &it->second;
}

Result<void> BankBook::check_postings(const Transaction& e) const {
  // A reconciled period is closed to the bank account's ledger side; a bank account moves in its
  // own currency only.
  if (e.kind != EventKind::bank_account) {
    for (std::size_t i = 0; i < e.postings.size(); ++i) {
      const Posting& p = e.postings[i];
      const BankState* b = bank_of_account(p.account);
      if (b != nullptr && p.amount.currency() != b->terms.opening.currency()) {
        return fail(Error(Errc::invalid_input, "bank account " + b->id + " is in " + std::string(b->terms.opening.currency().code()) +
                                                   "; convert with Equity:Conversion legs on another account")
                        .in("postings[" + std::to_string(i) + "].currency"));
      }
      if (b != nullptr && b->reconciled_through && e.posting_date <= *b->reconciled_through) {
        return fail(Error(Errc::invalid_input, "bank account " + b->id + " is reconciled through " +
                                                   b->reconciled_through->to_string() +
                                                   "; post this as an adjustment in the open period (a posting date after it)")
                        .in("posting_date"));
      }
    }
  }
  return ok();
}

Result<void> BankBook::check(const Transaction& e) const {
  FL_TRY_VOID(check_postings(e));
  switch (e.kind) {
    case EventKind::statement: return check_statement(e);
    case EventKind::statement_line: return check_statement_line(e);
    case EventKind::match: return check_match(e);
    case EventKind::rejection: return check_rejection(e);
    case EventKind::classification: return check_classification(e);
    case EventKind::reconciliation: return check_reconciliation(e);
    default: return ok();
  }
}

Result<std::vector<Posting>> BankBook::book(const Transaction& e) const {
  if (e.kind != EventKind::classification) return std::vector<Posting>{};
  return book_classification(e);
}

Result<void> BankBook::apply(const Transaction& e) {
  if (e.kind == EventKind::bank_account) {
    const auto& b = std::get<BankAccount>(e.data);
    const BankAccountId id{e.id};
    banks_.emplace(id, BankState{id, b, e.date, {}, {}, {}, std::nullopt});
    by_ledger_account_.emplace(b.account, id);
    return ok();
  }
  FL_TRY_VOID(apply_entries(e));
  switch (e.kind) {
    case EventKind::statement: apply_statement(e); break;
    case EventKind::statement_line: apply_statement_line(e); break;
    case EventKind::match: apply_match(e); break;
    case EventKind::rejection: apply_rejection(e); break;
    case EventKind::classification: apply_classification(e); break;
    case EventKind::reconciliation: apply_reconciliation(e); break;
    default: break;
  }
  return ok();
}

Result<void> BankBook::apply_entries(const Transaction& e) {
  // The entries this event makes: its net movement of each bank account it posts to.
  if (!e.postings.empty() && tracks()) {
    for (const Posting& p : e.postings) {
      const BankState* b = bank_of_account(p.account);
      if (b == nullptr) continue;
      auto [it, fresh] = entries_.try_emplace(EntryKey{b->id, EventId{e.id}}, EntryState{.amount = Money::zero(p.amount.currency())});
      EntryState& en = it->second;
      if (fresh) {
        en.id = EventId{e.id};
        en.bank_account = b->id;
        en.description = e.description;
        en.kind = e.kind;
        en.date = e.date;
        en.posting_date = e.posting_date;
        if (const auto* r = std::get_if<Receipt>(&e.data)) {
          en.agreement = r->agreement;
          en.reference = r->bank_reference;
        } else if (const auto* ch = std::get_if<Change>(&e.data)) {
          en.agreement = ch->agreement;
        }
        banks_.at(b->id).entries.emplace_back(e.id);
      }
      FL_TRY(en.amount, en.amount.plus(p.amount));
    }
  }
  return ok();
}

bool BankBook::settled(const EventId& group, Date as_of) const {
  if (group.empty()) return false;
  const Group& g = groups_.at(group);
  if (g.date > as_of) return false;
  for (const auto& id : g.lines) {
    if (lines_.at(id).date > as_of) return false;
  }
  for (const auto& key : g.entries) {
    if (entries_.at(key).posting_date > as_of) return false;
  }
  return true;
}

Result<ReconciliationFigures> BankBook::reconcile(const BankAccountId& bank_account, Date as_of) const {
  FL_TRY(const BankState* b, bank(bank_account, "bank_account"));
  const Currency c = b->terms.opening.currency();
  const Money opening = b->opened <= as_of ? b->terms.opening : Money::zero(c);

  const auto settled = [&](const EventId& group) { return this->settled(group, as_of); };

  // The bank's balance: the latest stated closing balance on or before the date, plus the lines
  // after it; with no such statement, the opening balance plus the lines.
  const StatementInfo* anchor = nullptr;
  EventId anchor_id;
  for (const auto& id : b->statements) {
    const StatementInfo& st = statements_.at(id);
    if (!st.closing || st.to > as_of) continue;
    if (anchor == nullptr || st.to >= anchor->to) {
      anchor = &st;
      anchor_id = id;
    }
  }
  ReconciliationFigures f{anchor != nullptr ? Money(c, anchor->closing->minor()) : opening, {}, opening, {}, {},
                          Money::zero(c), Money::zero(c), Money::zero(c)};
  std::size_t after = 0;
  for (const auto& id : b->lines) {
    const LineState& l = lines_.at(id);
    if (l.date > as_of) continue;
    const Money& amount = l.amount;
    if (anchor == nullptr || l.date > anchor->to) {
      FL_TRY(f.bank_balance, f.bank_balance.plus(amount));
      ++after;
    }
    if (!settled(l.matched_by)) {
      f.in_bank_not_recorded.push_back(ReconcilingItem{l.id.str(), l.date, l.description, amount});
      FL_TRY(f.in_bank_total, f.in_bank_total.plus(amount));
    }
  }
  f.bank_balance_source = anchor != nullptr ? "closing balance of statement " + anchor_id + " (" + anchor->to.to_string() + ")"
                                            : "opening balance";
  if (after > 0) f.bank_balance_source += " + " + std::to_string(after) + " statement line" + (after == 1 ? "" : "s") + " after it";

  for (const auto& id : b->entries) {
    const EntryState& en = entries_.at(EntryKey{b->id, id});
    if (en.posting_date > as_of) continue;
    const Money& amount = en.amount;
    FL_TRY(f.ledger_balance, f.ledger_balance.plus(amount));
    if (!settled(en.matched_by)) {
      f.recorded_not_in_bank.push_back(ReconcilingItem{en.id.str(), en.date, en.description, amount});

      FL_TRY(f.recorded_total, f.recorded_total.plus(amount));
    }
  }
  FL_TRY(const Money explained, f.ledger_balance.plus(f.in_bank_total));
  FL_TRY(const Money explained_net, explained.minus(f.recorded_total));
  FL_TRY(f.unexplained, f.bank_balance.minus(explained_net));
  const auto by_date = [](const ReconcilingItem& x, const ReconcilingItem& y) {
    return x.date != y.date ? x.date < y.date : x.id < y.id;
  };
  std::stable_sort(f.in_bank_not_recorded.begin(), f.in_bank_not_recorded.end(), by_date);
  std::stable_sort(f.recorded_not_in_bank.begin(), f.recorded_not_in_bank.end(), by_date);
  return f;
}

}  // namespace fl
