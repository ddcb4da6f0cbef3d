#pragma once
// Writes of one event given on the command line (docs/cli.md): a plain transaction (as JSON, or
// as flags), a rate's withdrawal, a setting. Each goes through write_unit (app/write.hpp); the
// domain records given as flags (party add, agreement sign, …) are one-row imports (app/import.hpp).
#include <optional>
#include <string>
#include <vector>

#include "app/clock.hpp"
#include "app/write.hpp"
#include "base/result.hpp"

namespace fl::app {

// A transaction as flags; its postings "ACCOUNT AMOUNT CURRENCY [dimension=value ...]", their
// amounts read by the number rules of docs/format/csv.md.
struct TransactionFlags {
  std::string id, date, posting_date, description, reverses;
  std::vector<std::string> postings;
  std::string locale;  // --number-locale; empty: the journal's number-locale setting
};

// Posts the transaction `text` (JSON; `label` names it in errors).
[[nodiscard]] Result<Written> post_json(const std::string& path, const std::string& text, const std::string& label,
                                        const Clock& clock, const WriteOptions& options);
// Posts a transaction given as flags.
[[nodiscard]] Result<Written> post_flags(const std::string& path, const TransactionFlags& flags, const Clock& clock,
                                         const WriteOptions& options);
// Withdraws rate event `rate` (one no event has used), saying why.
[[nodiscard]] Result<Written> withdraw_rate(const std::string& path, const EventId& rate, const std::string& note,

                                            const Clock& clock, const WriteOptions& options);
// Records a setting (number-locale, rate-jump-limit); refused when it is that already.
[[nodiscard]] Result<Written> set_setting(const std::string& path, const std::string& name, const std::string& value,
                                          const Clock& clock, const WriteOptions& options);

}  // namespace fl::app
