#pragma once
// Replay: a pure fold of journal events into balances. No I/O, no clock.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/result.hpp"
#include "engine/id_set.hpp"
#include "engine/interner.hpp"
#include "engine/programme.hpp"
#include "journal/event.hpp"
#include "money/minor_sum.hpp"

namespace fl {

struct ReplayOptions {
  std::optional<Date> as_of;     // only transactions with value date <= as_of count
  std::optional<Dimension> by;   // also keep balances per value of this dimension
};

struct BalanceRow {
  std::string account;
  std::string dim_value;  // empty unless ReplayOptions::by (and then "" = not set)
  Money amount;
  Currency currency() const { return amount.currency(); }
};

class Ledger {
 public:
  explicit Ledger(ReplayOptions options = {});

  [[nodiscard]] Result<void> apply_header(const Header& header);
  // Checks the transaction (balanced, id unused, reverses a known id) and folds it in.
  [[nodiscard]] Result<void> apply(const Transaction& t);
  // The two halves of apply(), for a unit of several transactions that lands whole or not at
  // all: check each (`pending_ids`: ids of the unit's earlier transactions, not yet applied),
  // then apply every one. apply_checked() asserts what check() established.
  // An error from apply_checked() is a balance passing the 128-bit range; the ledger is then
  // not to be used further.
  [[nodiscard]] Result<void> check(const Transaction& t, const IdSet* pending_ids = nullptr) const;
  [[nodiscard]] Result<void> apply_checked(const Transaction& t);

  // A unit of several events lands whole or not at all, and its events may depend on one
  // another (a party, then an agreement with it). stage() checks an event against the state
  // and the unit's earlier events and keeps it; commit_staged() applies the unit;
  // drop_staged() forgets it. Staged events must outlive the unit.
  [[nodiscard]] Result<void> stage(const Transaction& t);
  [[nodiscard]] Result<void> commit_staged();  // an error as apply_checked()
  void drop_staged();

  const Header& header() const { return header_; }
  bool has_header() const { return has_header_; }
  // The latest recording time so far (the header's created_at, then each event's recorded_at).
  Instant last_recorded_at() const { return last_recorded_at_; }
  // A writer's clock must not be earlier than last_recorded_at(): refused, naming both.
  [[nodiscard]] Result<void> check_clock(Instant now) const;
  std::uint64_t transactions() const { return transactions_; }
  std::uint64_t counted_transactions() const { return counted_; }
  bool knows_id(std::string_view id) const { return ids_.contains(id); }
  // Slots the id sets have inspected so far: for tests that the id checks stay O(1) an event.
  std::uint64_t id_probes() const { return ids_.probes() + staged_ids_.probes(); }
  // A hint before apply(t): starts loading what apply will touch (replay calls it a few
  // transactions ahead, so the id table's cache misses overlap).
  void prefetch(const Transaction& t) const { ids_.prefetch(t.id); }
  const ReplayOptions& options() const { return options_; }
  const Programme& programme() const { return programme_; }

  // Every (account, currency[, dimension value]) with postings, ordered by account, dimension
  // value, then currency code. Zero balances are included: an auditor sees every account.
  std::vector<BalanceRow> balances() const;

 private:

  ReplayOptions options_;
  Header header_;
  bool has_header_ = false;
  Instant last_recorded_at_ = Instant::from_unix_seconds(0);
  std::uint64_t transactions_ = 0;
  std::uint64_t counted_ = 0;
  IdSet ids_;
  Programme programme_;
  Result<void> apply_balances(const Transaction& t);
  bool after_as_of(const Transaction& t) const;
  // The open unit: its events, their ids, and the programme with their effects (copied from
  // programme_ at the unit's first agreement-domain event).
  std::vector<const Transaction*> staged_;
  IdSet staged_ids_;  // a hash set, not a list: a unit of n events is checked in O(n)
  std::optional<Programme> staged_programme_;

  Interner accounts_;
  // Per account, a bit per currency that has postings, and the sums by currency index.
  std::vector<std::uint64_t> used_currencies_;
  std::vector<MinorSum> sums_;  // account_id * Currency::count() + currency index

  // With ReplayOptions::by: (account, currency, dimension value) -> sum.
  Interner dim_values_;
  std::unordered_map<std::uint64_t, MinorSum> dim_sums_;
};

}  // namespace fl
