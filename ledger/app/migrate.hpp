#pragma once
// Migration of a journal to the current format version (docs/format/journal.md §3.2, §4.1).
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "app/journal_ops.hpp"
#include "base/result.hpp"

namespace fl::app {

struct Migrated {
  std::uint32_t from_version = 1;
  std::uint64_t old_lines = 0;  // committed lines of the old journal, its header included
  std::string old_head_hex;
  std::uint64_t events = 0;     // events carried over (each old unit stays one unit)
  std::uint64_t new_lines = 0;
  std::string new_head_hex;
  std::vector<std::string> warnings;  // an ignored torn tail of the old journal, …
};

// Writes the journal at `from` (version 1, verified in full and locked against writers while it
// is read) as a version-2 journal at `to`: the same header with `migrated_from` recording the
// old journal's line count and head, then every committed event in order, unit by unit. `to`
// must not exist; it appears whole (written to a temporary file, read back and checked to give
// the same events and balances, fsynced, then linked into place) or not at all.
[[nodiscard]] Result<Migrated> migrate_journal(const std::string& from, const std::string& to,
                                               std::chrono::milliseconds lock_timeout);

// For `verify --migrated-from OLD`: the journal `report` verified must record a migration, and
// OLD must verify and have the line count and head it records. A mismatch becomes the report's
// damage at line 1 (the header that records it).
[[nodiscard]] Result<void> check_migrated_from(VerifyReport& report, const std::string& old_path);

}  // namespace fl::app
