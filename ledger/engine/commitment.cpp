#include "engine/commitment.hpp"

#include "money/formatters.hpp"
#include "money/wide.hpp"

namespace fl {

Result<Money> share_of_commitment(const AgreementState& a, Currency base, const Money& amount) {
  const Money committed(a.currency(), a.committed());
  if (committed.is_zero()) return Money::zero(base);
  // The product of two amounts needs 256 bits; the share itself fits whenever the amount is
  // at most the commitment.
  auto v = share_of(Money(base, a.committed_value), amount, committed);
  if (!v) return fail(Errc::invalid_input, fmt::format("the value of {} of agreement {}: {}", amount, a.id, v.error().message()));
  return *v;
}

Result<CommitmentValue> commitment_value(const AgreementState& a, Currency base) {
  CommitmentValue f(base);
  f.committed = Money(base, a.committed_value);
  FL_TRY(f.outstanding, share_of_commitment(a, base, Money(a.currency(), a.outstanding())));
  FL_TRY(f.written_off, share_of_commitment(a, base, Money(a.currency(), a.written_off)));
  FL_TRY(Money rest, f.committed.minus(f.outstanding));
  FL_TRY(f.received, rest.minus(f.written_off));
  f.received_at_receipt = Money(base, a.received_value_at_receipt);
  return f;
}

bool aged(const AgreementState& a) { return a.receivable_booked() && !a.wholly_cancelled() && !a.lapsed; }

Result<std::vector<TrancheValue>> outstanding_by_tranche(const AgreementState& a, Currency base) {
  std::vector<TrancheValue> out;
  std::vector<Money> weights;
  for (const auto& t : a.tranches) {
    if (t.outstanding() <= 0) continue;
    out.push_back(TrancheValue{&t, Money::zero(base)});
    weights.emplace_back(a.currency(), t.outstanding());
  }
  if (out.empty()) return out;
  FL_TRY(Money total, share_of_commitment(a, base, Money(a.currency(), a.outstanding())));
  auto values = allocate_wide(total, weights);  // 256-bit products
  if (!values) return fail(Errc::invalid_input, "the outstanding value of agreement " + a.id + ": " + values.error().message());
  for (std::size_t i = 0; i < out.size(); ++i) out[i].value = (*values)[i];
  return out;
}

bool overdue(const AgreementState& a, const TrancheState& t, Date today) {
  return !a.lapsed && t.due < today && t.outstanding() > 0;  // a lapsed agreement is no longer expected
}

Result<Overdue> overdue(const AgreementState& a, Date today) {
  Overdue o{Money::zero(a.currency()), 0};
  for (const auto& t : a.tranches) {
    if (!overdue(a, t, today)) continue;
    FL_TRY(o.amount, o.amount.plus(Money(a.currency(), t.outstanding())));
    ++o.tranches;
  }
  return o;
}

}  // namespace fl
