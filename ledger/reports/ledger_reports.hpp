#pragma once
// The ledger's basic reports: balance, trial balance, register.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/ledger.hpp"
#include "reports/table.hpp"

namespace fl::reports {

struct ReportScope {
  std::optional<Date> as_of;
  std::optional<Dimension> by;
};

// Balances per account and currency, with subtotals for every parent account; totals per
// currency (per dimension value and currency with `by`). The totals of a whole ledger are zero.
Table balance_report(const std::vector<BalanceRow>& balances, const ReportScope& scope);

// Debit and credit columns per account and currency; totals per currency must be equal.
Table trial_balance(const std::vector<BalanceRow>& balances, const ReportScope& scope);

// Postings to an account (or below it), in journal order, with a running balance per currency.
class RegisterBuilder {
 public:
  RegisterBuilder(std::string account_prefix, ReportScope scope);
  void add(const Transaction& t, std::uint64_t seq);
  Table table() const;

 private:
  std::string prefix_;
  ReportScope scope_;
  std::map<std::string, Money> running_;  // by currency code, ordered for totals
  std::vector<Row> rows_;
};

}  // namespace fl::reports
