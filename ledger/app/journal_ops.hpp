#pragma once
// Use cases on a journal file: create, load (replay + verify), verify, export.
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/clock.hpp"
#include "base/result.hpp"
#include "engine/ledger.hpp"
#include "journal/event.hpp"
#include "store/journal_file.hpp"

namespace fl::app {

struct InitOptions {
  std::optional<std::string> number_locale;    // a journal-wide default, as a setting event; the target is read in it
  std::optional<std::string> rate_jump_limit;  // percent, as a setting event
  std::string ledger_id = "fundledger";
  std::string base_currency = "USD";
  std::string time_zone = "Asia/Jakarta";
  std::string fiscal_year_start = "01-01";
  std::string target = "0";
  std::int32_t rate_age_days_max = 7;
};

struct Initialized {
  std::string head_hex;
};

[[nodiscard]] Result<Initialized> init_journal(const std::string& path, const InitOptions& options,
                                               const Clock& clock);

// A setting event (docs/format/journal.md §4.5) for the journal `ledger` holds: its id counts
// that setting's earlier events; dated today in the journal's time zone.
Transaction setting_event(const Ledger& ledger, const std::string& name, const std::string& value, const Clock& clock);

// An event as the journal stores it, as a JSON object's members (for what a write booked).
std::string event_json_members(const Transaction& e);

// Called for every transaction replayed, in journal order, after it is applied.
using TxnHook = std::function<void(const Transaction&, std::uint64_t seq)>;

struct Loaded {
  Ledger ledger;
  store::ScanResult scan;
  std::vector<std::string> warnings;  // for the user: ignored torn tail, …
};

// Replays and verifies the journal; damage anywhere is an Errc::corrupt error naming the line,
// its seq and byte offset.
[[nodiscard]] Result<Loaded> load_journal(const std::string& path, const ReplayOptions& options,
                                          const TxnHook& hook = {});

struct VerifyReport {
  bool ok = false;
  std::uint64_t events = 0;
  std::uint64_t lines = 0;
  std::string head_hex;
  std::optional<store::Damage> damage;
  bool expected_head_missing = false;
  std::vector<std::string> warnings;
  std::vector<BalanceRow> balances;  // from the lines accepted
  Ledger ledger;                     // owns the strings balances point into
};

enum class ExportFormat { ledger, beancount };

// The journal's transactions (value date <= as_of) as ledger-cli/hledger or beancount text.
[[nodiscard]] Result<std::string> export_journal(const std::string& path, ExportFormat format,
                                                 std::optional<Date> as_of);

[[nodiscard]] Result<VerifyReport> verify_journal(const std::string& path,
                                                  const std::optional<std::string>& expect_head_hex);

}  // namespace fl::app
