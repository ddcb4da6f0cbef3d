#pragma once
// What an agreement's commitment is worth in the ledger's base currency, part by part, and what
// of it is overdue (DESIGN §2 "USD valuation"). The parts of a commitment that are received,
// written off or outstanding are valued at the commitment's own value — pro rata of the
// committed value, exactly the signing rate when no amendment came at another rate — so a fully
// paid agreement has nothing outstanding and each line foots. Reports read these figures; they
// do not compute them. Pure: no I/O, no clock.
#include <cstddef>
#include <vector>

#include "base/result.hpp"
#include "engine/programme.hpp"

namespace fl {

// The part `amount` (in the agreement's currency) of the commitment, in the base currency.
// An error, never an abort, when the value does not fit 128 bits.
[[nodiscard]] Result<Int128> share_of_commitment(const AgreementState& a, const Int128& amount);

// The base-currency figures of one agreement; received is what is left of the committed value
// after the outstanding and written-off parts, so committed = received + written off +
// outstanding.
struct CommitmentValue {
  Int128 committed = 0, received = 0, outstanding = 0, written_off = 0;
  Int128 received_at_receipt = 0;  // receipts at their own date's rate (the FX-difference column)
};
[[nodiscard]] Result<CommitmentValue> commitment_value(const AgreementState& a);

// Whether an agreement's tranches are receivables to chase: it books a receivable and is
// neither wholly cancelled nor lapsed.
bool aged(const AgreementState& a);

// One outstanding tranche of an agreement and the base-currency value of its outstanding part.
struct TrancheValue {
  const TrancheState* tranche;
  Int128 value;
};
// The tranches with something outstanding, in schedule order. The agreement's outstanding value
// is split over them in proportion to their outstanding amounts (largest remainder), so they add
// up to exactly commitment_value(a).outstanding.
[[nodiscard]] Result<std::vector<TrancheValue>> outstanding_by_tranche(const AgreementState& a);

// What is overdue on `today`: the outstanding part of the tranches due before it (none of a
// lapsed agreement), and how many tranches that is.
struct Overdue {
  Int128 amount = 0;
  std::size_t tranches = 0;
};
Overdue overdue(const AgreementState& a, Date today);
// Whether one tranche of `a` is overdue on `today`.
bool overdue(const AgreementState& a, const TrancheState& t, Date today);

}  // namespace fl
