#pragma once
// What the ledger derives for a new domain event before it is booked (docs/booking.md): its
// valuation, a receipt's allocation (oldest due first, unless given) and over-payment, a
// cancellation's default amount (all that is outstanding), and its postings.
#include <string>

#include "base/result.hpp"
#include "engine/ledger.hpp"
#include "journal/event.hpp"

namespace fl {

struct DeriveOptions {
  bool allocate = false;  // a receipt without an allocation: allocate it oldest due first
  std::string cso;        // the CSO a receipt claims, checked against its agreement's
};

// Fills what the ledger derives for `e` from the state before it, then its postings.
[[nodiscard]] Result<void> derive_event(Transaction& e, const Ledger& ledger, const DeriveOptions& options);

// What the ledger derived, copied from the same event recorded earlier (postings of a domain
// event, valuations, a derived allocation, a default cancellation amount), so that the same
// event given again compares only what its writer says.
void take_derived(Transaction& e, const Transaction& recorded);

}  // namespace fl
