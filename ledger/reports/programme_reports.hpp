#pragma once
// Reports on the funding programme: progress toward the target and each CSO's mobilisation
// (DESIGN §2 "What counts" and "USD valuation"). Money is in the ledger's base currency; every
// table foots because its totals are sums of its rounded lines.
#include <optional>
#include <string>
#include <vector>

#include "engine/commitment.hpp"
#include "engine/ledger.hpp"
#include "reports/table.hpp"

namespace fl::reports {

// A report of several tables, with figures of its own (meta) — rendered as titled tables,
// CSV sections, or one JSON object {"report", "meta", "tables"}.
struct Report {
  std::string name;
  std::vector<std::pair<std::string, std::string>> meta;
  std::vector<std::pair<std::string, Table>> tables;  // title, table
};
std::string render(const Report& r, Format f);

// Committed, received and outstanding value of counted agreements by counterparty kind, the
// target and how much of it is reached; agreements that do not count, with their reason.
Report progress_report(const Ledger& ledger, std::optional<Date> as_of);

// Every CSO, those with nothing included: counted agreements and their value by kind.
Report csos_report(const Ledger& ledger, std::optional<Date> as_of);

// The agreement register: state, committed, received, outstanding and overdue per agreement,
// totals per currency; and every tranche with what it received and how many days it is overdue
// on `today` (the as-of date, or the clock's date).
Report agreements_report(const Ledger& ledger, std::optional<Date> as_of, Date today);

// Counted agreements and their value per counterparty, with its kind and IATI organisation type.
Report counterparties_report(const Ledger& ledger, std::optional<Date> as_of);

// CSOs, CSOs mobilised, counted agreements and value per province.
Report provinces_report(const Ledger& ledger, std::optional<Date> as_of);

// Progress over time: value counted in each fiscal quarter (from the signing, or the date a
// condition was met), cumulative, and the share of the target reached.
Report quarters_report(const Ledger& ledger, std::optional<Date> as_of);

}  // namespace fl::reports
