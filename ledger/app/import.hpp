#pragma once
// Imports what a finance officer keeps (docs/format/csv.md) from a folder of CSV files, as one
// atomic unit: every bad row is reported, and then nothing is written; importing the same files
// again is a no-op.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/clock.hpp"
#include "app/write.hpp"
#include "base/result.hpp"
#include "journal/event.hpp"
#include "money/locale_amount.hpp"
#include "time/date.hpp"

namespace fl::app {

struct ImportOptions {
  std::optional<NumberLocale> locale;  // --number-locale; a file's own declaration must agree
  std::optional<NumberLocale> journal_locale;  // the journal's number-locale setting (filled in by the import)
  WriteOptions write;
};

struct Imported {
  std::size_t added = 0;     // events appended
  std::vector<Transaction> events;  // the events appended, as booked
  std::size_t already = 0;   // events already in the journal with the same content
  std::string head_hex;
  std::vector<std::string> notices;
  std::vector<Error> refused;  // when not empty, nothing was written
  std::size_t files_refused = 0;  // of `refused`, files of the folder that are no import file
};

// File name (parties.csv, …) -> (label for errors, CSV text). An empty label means the record
// came as command-line flags: errors then name the flag (--amount) instead of a file position.
using Sources = std::map<std::string, std::pair<std::string, std::string>>;

[[nodiscard]] Result<Imported> import_sources(const std::string& journal, const Sources& sources,
                                              const Clock& clock, const ImportOptions& options);

// Reads parties.csv, bank_accounts.csv, rates.csv, agreements.csv with schedule.csv,
// receipts.csv and changes.csv from `dir` (each optional) and appends their events.
[[nodiscard]] Result<Imported> import_directory(const std::string& journal, const std::string& dir,
                                                const Clock& clock, const ImportOptions& options);

}  // namespace fl::app
