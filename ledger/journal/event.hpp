#pragma once
// The journal's vocabulary: pure values, no I/O.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/result.hpp"
#include "journal/domain.hpp"
#include "money/money.hpp"
#include "time/date.hpp"

namespace fl {

enum class Dimension : std::uint8_t { cso, agreement, counterparty, tranche };
inline constexpr std::size_t kDimensionCount = 4;
inline constexpr Dimension kDimensions[kDimensionCount] = {Dimension::cso, Dimension::agreement,
                                                           Dimension::counterparty, Dimension::tranche};
std::string_view dimension_name(Dimension d);
[[nodiscard]] Result<Dimension> parse_dimension(std::string_view name);

// The dimension slots of a posting, by name; each empty when not set.
struct Dimensions {
  std::string cso, agreement, counterparty, tranche;

  std::string& operator[](Dimension d);
  const std::string& operator[](Dimension d) const;
  friend bool operator==(const Dimensions&, const Dimensions&) = default;
};

struct Posting {
  std::string account;  // checked with check_account
  // Set by whoever makes the posting; the decoders reuse postings in place, so this one slot keeps
  // a stand-in currency until they read the real one (to go when they build postings whole).
  Money amount = Money::zero(Currency::at_index(0));
  Dimensions dims;

  const std::string& dim(Dimension d) const { return dims[d]; }
  friend bool operator==(const Posting&, const Posting&) = default;
};

// What an event line records. A plain transaction is only its postings; the others carry the
// domain record in `data` and postings derived from it by the booking rules (engine/booking).
enum class EventKind : std::uint8_t {
  txn, party, bank_account, rate, agreement, receipt, change,
  statement, statement_line, match, rejection, classification, reconciliation,
  rate_withdrawal, setting
};
std::string_view event_kind_name(EventKind k);  // the journal's "type": txn, party, bank-account, …
[[nodiscard]] Result<EventKind> parse_event_kind(std::string_view s);

struct Transaction {
  EventKind kind = EventKind::txn;
  std::string id;
  Date date = Date::from_days(0);          // value date: when it happened
  Date posting_date = Date::from_days(0);  // the period it is booked in
  std::string description;
  std::string reverses;  // empty, or the id of the transaction it corrects
  std::vector<Posting> postings;
  DomainData data;  // monostate for kind txn; the record matching `kind` otherwise
  // When the writer recorded it; not business content (first_difference ignores it).
  Instant recorded_at = Instant::from_unix_seconds(0);
  // When the fact became known, where the file it came from says so (an import's recorded_on
  // column); never after recorded_at's day in the journal's time zone.
  std::optional<Date> recorded_on;
};

// A domain event (a party, a receipt, a statement line, …) with its posting date its value date;
// the booking rules give its postings later.
Transaction make_event(EventKind kind, std::string id, Date date, std::string description, DomainData data);

// Business content equality: everything the user said, nothing the writer added. Returns the
// name of the first differing field, or empty when equal.
std::string first_difference(const Transaction& a, const Transaction& b);

// Checks the rules every transaction obeys: postings present and within the limit, and a zero
// sum per currency. Names the currency that does not balance and by how much.
[[nodiscard]] Result<void> check_balanced(const Transaction& t);

// Everything a journal line requires of a transaction, whatever built it: valid ids, accounts
// and dimensions, a description of well-formed UTF-8 within its limit, and check_balanced.
[[nodiscard]] Result<void> check_transaction(const Transaction& t);

// What a journal migrated from an older format version records of the journal it was made from
// (docs/format/journal.md §4.1): the chain of custody runs on through the migration.
struct MigratedFrom {
  std::uint32_t version = 1;
  std::uint64_t lines = 0;  // committed lines of the old journal, its header included
  std::string head;         // the old journal's head, 64 lowercase hex digits
  friend bool operator==(const MigratedFrom&, const MigratedFrom&) = default;
};

struct Header {
  std::uint32_t version = 2;  // the journal's format version: how its lines are written
  std::optional<MigratedFrom> migrated_from;
  std::string ledger_id;
  // Stand-ins until the header line is read, as for Posting::amount.
  Currency base_currency = Currency::at_index(0);
  std::string time_zone;
  std::string fiscal_year_start;  // MM-DD, checked by FiscalYearStart::parse
  Money target = Money::zero(Currency::at_index(0));
  std::string target_text;  // as read, before the base currency is known
  std::int32_t rate_age_days_max = 7;
  Instant created_at = Instant::from_unix_seconds(0);
};

}  // namespace fl
