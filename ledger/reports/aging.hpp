#pragma once
// Receivables aging: what is still to arrive, by how many days it is overdue on a date, so a
// finance officer knows whom to chase (docs/cli.md "report aging").
#include <optional>

#include "engine/ledger.hpp"
#include "reports/programme_reports.hpp"

namespace fl::reports {

// The outstanding tranches of every agreement with a receivable (unconditional, or its
// condition met; not wholly cancelled; not lapsed), aged on `today` (the as-of date, or the
// clock's date) in buckets current (not yet due, or due that day), 1-30, 31-60, 61-90 and over
// 90 days overdue. Three tables: per (CSO, currency) and per (counterparty, currency), in the
// agreement's own currency and at its value in the base currency (the signing rate), with one
// total per currency and one across currencies in the base currency; then every overdue
// tranche, oldest first. Totals are sums of the rounded lines.
Report aging_report(const Ledger& ledger, std::optional<Date> as_of, Date today);

}  // namespace fl::reports
