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

// The part `amount` (in the agreement's currency) of the commitment, in `base`, the ledger's
// base currency. An error, never an abort, when the value does not fit 128 bits.
[[nodiscard]] Result<Money> share_of_commitment(const AgreementState& a, Currency base, const Money& amount);

// The base-currency figures of one agreement; received is what is left of the committed value
// after the outstanding and written-off parts, so committed = received + written off +
// outstanding.
struct CommitmentValue {
  explicit CommitmentValue(Currency base)
      : committed(Money::zero(base)), received(committed), outstanding(committed), written_off(committed),
        received_at_receipt(committed) {}
  Money committed, received, outstanding, written_off;
  Money received_at_receipt;  // receipts at their own date's rate (the FX-difference column)
};
[[nodiscard]] Result<CommitmentValue> commitment_value(const AgreementState& a, Currency base);

// Whether an agreement's tranches are receivables to chase: it books a receivable and is
// neither wholly cancelled nor lapsed.
bool aged(const AgreementState& a);

// One outstanding tranche of an agreement and the base-currency value of its outstanding part.
struct TrancheValue {
  const TrancheState* tranche;
  Money value;
};
// The tranches with something outstanding, in schedule order. The agreement's outstanding value
// is split over them in proportion to their outstanding amounts (largest remainder), so they add
// up to exactly commitment_value(a, base).outstanding.
[[nodiscard]] Result<std::vector<TrancheValue>> outstanding_by_tranche(const AgreementState& a, Currency base);

// What is overdue on `today`, in the agreement's currency: the outstanding part of the tranches
// due before it (none of a lapsed agreement), and how many tranches that is.
struct Overdue {
  Money amount;
  std::size_t tranches = 0;
};
[[nodiscard]] Result<Overdue> overdue(const AgreementState& a, Date today);
// Whether one tranche of `a` is overdue on `today`.
bool overdue(const AgreementState& a, const TrancheState& t, Date today);

}  // namespace fl
