#pragma once
// What the ledger derives for a new domain event before it is booked (docs/booking.md): its
// valuation, a receipt's allocation (oldest due first, unless given) and over-payment, a
// cancellation's default amount (all that is outstanding), and its postings.
#include <cstdint>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "engine/ledger.hpp"
#include "journal/event.hpp"

namespace fl {

struct DeriveOptions {
  bool allocate = false;  // a receipt without an allocation: allocate it oldest due first
  PartyId cso;            // the CSO a receipt claims, checked against its agreement's
};

// Fills what the ledger derives for `e` from the state before it, then its postings.
[[nodiscard]] Result<void> derive_event(Transaction& e, const Ledger& ledger, const DeriveOptions& options);

// What the ledger derived, copied from the same event recorded earlier (postings of a domain
// event, valuations, a derived allocation, a default cancellation amount), so that the same
// event given again compares only what its writer says.
void take_derived(Transaction& e, const Transaction& recorded);

// What the ids of bank events digest (docs/format/journal.md §4.4): an id is its prefix (ST-, SL-,
// M-) and 16 hex digits of the SHA-256 of the identity, which app/ computes (the hashing lives
// in store/). A statement: <bank_account> LF <file_sha256>; recorded again to correct its
// period, LF <from> LF <to> appended. A line (US is 0x1F, amount as in the journal):
// <bank_account> US <date> US <amount> US <description> US <occurrence> without a reference;
// <bank_account> US ref US <date> US <reference> US <occurrence> with one, or, when rows of that
// reference and date differ in amount or text (`told_apart`),
// <bank_account> US ref US <date> US <reference> US <amount> US <description> US <occurrence>.
// A match: its lines and entries, each followed by a comma, the two lists apart by "|".
std::string statement_identity(const BankAccountId& bank_account, const std::string& file_sha256);
std::string corrected_statement_identity(const BankAccountId& bank_account, const std::string& file_sha256, Date from, Date to);
std::string statement_line_identity(const BankAccountId& bank_account, Date date, const std::string& amount,
                                    const std::string& description, const std::string& reference, std::int32_t occurrence,
                                    bool told_apart);
std::string match_identity(const std::vector<StatementLineId>& lines, const std::vector<EventId>& entries);

}  // namespace fl
