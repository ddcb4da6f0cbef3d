#pragma once
// Bank reconciliation use cases (docs/reconcile.md): import a statement through a mapping file,
// confirm or reject match proposals, match or classify lines by hand, and close a reconciled
// period. Each command appends one atomic unit or nothing.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "app/clock.hpp"
#include "app/write.hpp"
#include "base/result.hpp"
#include "engine/matching.hpp"
#include "journal/event.hpp"
#include "time/date.hpp"

namespace fl::app {

struct StatementImportOptions {
  BankAccountId bank_account;
  std::string mapping_path;
  WriteOptions write;
  // The period the export covers, for layouts that do not state it (BRI CMS, Mandiri MCM): a
  // stated period must agree. Without either, the statement spans its rows.
  std::optional<Date> from, to;
  // The file is recorded already with another period: record it again, as a statement of its own
  // id (corrected_statement_id), with this period (docs/reconcile.md, "Correcting a recorded
  // period"). Its lines, recorded already, are not added again.
  bool correct_period = false;
};

// The ids of docs/format/journal.md §4.4, from what the events say: a prefix and 16 hex digits
// of the SHA-256 of the identity engine/derive.hpp forms.
EventId statement_id(const BankAccountId& bank_account, const std::string& file_sha256);
EventId corrected_statement_id(const BankAccountId& bank_account, const std::string& file_sha256, Date from, Date to);
StatementLineId statement_line_id(const BankAccountId& bank_account, Date date, const std::string& amount,
                                  const std::string& description, const std::string& reference, std::int32_t occurrence,
                                  bool told_apart);

// Reads a statement file with a mapping file and appends the statement and its new lines.
// Lines recorded already (by an earlier or overlapping statement) are not added again; pending
// rows are kept apart in the statement event.
[[nodiscard]] Result<Written> import_statement(const std::string& journal, const std::string& statement_path,
                                                const StatementImportOptions& options, const Clock& clock);

// The match proposals for the open statement lines under `rules` (engine/matching.hpp).
std::vector<Proposal> current_proposals(const Ledger& ledger, const MatchRules& rules);

struct ConfirmOptions {
  std::vector<std::string> ids;  // proposals to confirm (or reject)
  bool exact = false;            // confirm every exact proposal
  MatchRules rules;
  WriteOptions write;
};

// Confirms proposals: a match, after recording the receipt a proposal needs.
[[nodiscard]] Result<Written> confirm_proposals(const std::string& journal, const ConfirmOptions& options, const Clock& clock);
// Rejects proposals, so they are not proposed again.
[[nodiscard]] Result<Written> reject_proposals(const std::string& journal, const ConfirmOptions& options, const Clock& clock);

// Matches statement lines to ledger entries by hand (their amounts must add up to the same).
[[nodiscard]] Result<Written> match_by_hand(const std::string& journal, const BankAccountId& bank_account,
                                             const std::vector<StatementLineId>& lines,
                                             const std::vector<EventId>& entries,
                                             const WriteOptions& options, const Clock& clock);

// Books a statement line that is not agreement money (bank interest, charges) to `account`.
[[nodiscard]] Result<Written> classify_line(const std::string& journal, const StatementLineId& line,
                                             const std::string& account, std::optional<Date> posting_date,
                                             const WriteOptions& options, const Clock& clock);

// Records the reconciliation of a bank account as of a date; refused unless nothing is
// unexplained.
[[nodiscard]] Result<Written> close_reconciliation(const std::string& journal, const BankAccountId& bank_account,

                                                    Date as_of, const WriteOptions& options, const Clock& clock);

}  // namespace fl::app
