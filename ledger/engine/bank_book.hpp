#pragma once
// The bank side of the programme (docs/reconcile.md): statement lines as the bank reports them,
// the ledger's entries that moved each bank account, which lines and entries are matched, and
// how far each account is reconciled. Pure: no I/O, no clock.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "journal/event.hpp"

namespace fl {

struct LineState {
  StatementLineId id;
  BankAccountId bank_account;
  EventId statement;
  std::string description, reference;
  Date date = Date::from_days(0);
  Money amount;  // credit > 0
  EventId matched_by;  // the match or classification event; empty while open
};

// An event that moved a bank account's ledger balance: a receipt, a refund, a classification,
// a plain transaction.
struct EntryState {
  EventId id;
  BankAccountId bank_account;
  std::string description;
  EventKind kind = EventKind::txn;
  Date date = Date::from_days(0);          // value date
  Date posting_date = Date::from_days(0);  // the period it is booked in
  Money amount;                            // net movement of the bank account
  AgreementId agreement;                   // receipts and refunds
  std::string reference;
  EventId matched_by;
};

struct BankState {
  BankAccountId id;
  BankAccount terms;
  Date opened = Date::from_days(0);
  // in journal order
  std::vector<StatementLineId> lines;
  std::vector<EventId> entries, statements;
  std::optional<Date> reconciled_through;
};

// One reconciling item of a reconciliation statement.
struct ReconcilingItem {
  std::string id;  // statement line or entry
  Date date = Date::from_days(0);
  std::string description;
  Money amount;
};

// The reconciliation statement of a bank account as of a date, every figure in the account's
// currency; reconcile() forms the sums with Money's checked arithmetic.
struct ReconciliationFigures {
  Money bank_balance;                 // as the bank states it (see bank_balance_source)
  std::string bank_balance_source;    // "statement ST-… closing 2026-10-31 + N lines after", or "opening + lines"
  Money ledger_balance;               // opening + entries posted on or before the date
  std::vector<ReconcilingItem> in_bank_not_recorded, recorded_not_in_bank;
  Money in_bank_total, recorded_total;
  Money unexplained;                  // bank - (ledger + in bank - recorded)
  Currency currency() const { return bank_balance.currency(); }
};

class BankBook {
 public:
  // Checks a reconciliation event, and for every event that posts to a bank account's ledger
  // account, that the account is not reconciled through its posting date.
  [[nodiscard]] Result<void> check(const Transaction& e) const;
  [[nodiscard]] Result<void> apply(const Transaction& e);  // an error: a sum past 128 bits
  [[nodiscard]] Result<std::vector<Posting>> book(const Transaction& e) const;

  // Plain transactions matter here only once a bank account exists.
  bool tracks() const { return !by_ledger_account_.empty(); }

  [[nodiscard]] Result<ReconciliationFigures> reconcile(const BankAccountId& bank_account, Date as_of) const;
  // Whether a match or classification settles its lines and entries as of a date: it exists, is
  // dated on or before the date, and all its lines are dated, and all its entries posted, on or
  // before it.
  bool settled(const EventId& group, Date as_of) const;

  const std::map<BankAccountId, BankState>& banks() const { return banks_; }
  const std::map<StatementLineId, LineState>& lines() const { return lines_; }
  // Keyed by (bank account, event id): a transfer between two accounts is an entry of each.
  using EntryKey = std::pair<BankAccountId, EventId>;
  const std::map<EntryKey, EntryState>& entries() const { return entries_; }
  const std::map<EventId, StatementInfo>& statements() const { return statements_; }
  bool rejected(const std::string& proposal) const { return rejected_.count(proposal) != 0; }
  // The bank account whose ledger account this is, or nullptr.
  const BankState* bank_of_account(std::string_view ledger_account) const;

 private:
  std::map<BankAccountId, BankState> banks_;
  std::map<std::string, BankAccountId, std::less<>> by_ledger_account_;
  std::map<StatementLineId, LineState> lines_;
  std::map<EntryKey, EntryState> entries_;
  struct Group {
    std::vector<StatementLineId> lines;
    std::vector<EntryKey> entries;
    Date date = Date::from_days(0);  // the match's (a classification's: its line's)
  };
  std::map<EventId, Group> groups_;  // by match or classification event
  std::map<EventId, StatementInfo> statements_;
  std::set<std::string> rejected_;  // proposal ids
  Result<const BankState*> bank(const BankAccountId& id, std::string_view field) const;

  // Any event's postings to a bank account's ledger account: in its currency, and not in a
  // reconciled period (bank_book.cpp); apply_entries() records them as the account's entries.
  Result<void> check_postings(const Transaction& e) const;
  Result<void> apply_entries(const Transaction& e);
  // The rules of the reconciliation events, one file of engine/rules/ per kind.
  Result<void> check_statement(const Transaction& e) const;  // rules/statement.cpp
  void apply_statement(const Transaction& e);
  Result<void> check_statement_line(const Transaction& e) const;  // rules/statement_line.cpp
  void apply_statement_line(const Transaction& e);
  Result<void> check_match(const Transaction& e) const;  // rules/match.cpp
  void apply_match(const Transaction& e);
  Result<void> check_rejection(const Transaction& e) const;  // rules/rejection.cpp
  void apply_rejection(const Transaction& e);
  Result<void> check_classification(const Transaction& e) const;  // rules/classification.cpp
  Result<std::vector<Posting>> book_classification(const Transaction& e) const;
  void apply_classification(const Transaction& e);
  Result<void> check_reconciliation(const Transaction& e) const;  // rules/reconciliation.cpp
  void apply_reconciliation(const Transaction& e);
};

}  // namespace fl
