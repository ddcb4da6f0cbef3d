#pragma once
// Reports of bank reconciliation (docs/reconcile.md): the reconciliation statement of a bank
// account, the match proposals, and the bank credits nobody has explained yet.
#include <optional>
#include <string>
#include <vector>

#include "engine/matching.hpp"
#include "reports/programme_reports.hpp"

namespace fl::reports {

// Bank balance, ledger balance, the reconciling items both ways and the unexplained difference
// of one bank account as of a date. The summary table foots: ledger balance + in the bank not
// recorded − recorded not in the bank + unexplained difference = bank balance.
[[nodiscard]] Result<Report> reconciliation_report(const Ledger& ledger, const BankAccountId& bank_account, Date as_of);

// Every current proposal with its status (exact, ambiguous, review), and the lines that have
// more than one candidate.
Report proposals_report(const Ledger& ledger, const std::vector<Proposal>& proposals);

// Bank credits neither matched nor classified, more than `older_than` days old on `as_of`.
Report unmatched_report(const Ledger& ledger, Date as_of, int older_than);

}  // namespace fl::reports
