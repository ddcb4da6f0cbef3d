#include "engine/commitment.hpp"

#include "money/formatters.hpp"
#include "money/wide.hpp"

namespace fl {

Result<Money> share_of_commitment(const AgreementState& a, Currency base, const Money& amount) {
  FL_TRY(const Money committed, a.committed());
  if (committed.is_zero()) return Money::zero(base);
  // The product of two amounts needs 256 bits; the share itself fits whenever the amount is
  // at most the commitment.
  auto v = share_of(a.committed_value, amount, committed);
  if (!v) return fail(Errc::invalid_input, fmt::format("the value of {} of agreement {}: {}", amount, a.id, v.error().message()));
  return *v;
}

Result<CommitmentValue> commitment_value(const AgreementState& a, Currency base) {
  CommitmentValue f(base);
  f.committed = a.committed_value;
  FL_TRY(const Money outstanding, a.outstanding());
  FL_TRY(f.outstanding, share_of_commitment(a, base, outstanding));
  FL_TRY(f.written_off, share_of_commitment(a, base, a.written_off));
  FL_TRY(Money rest, f.committed.minus(f.outstanding));
  FL_TRY(f.received, rest.minus(f.written_off));
  f.received_at_receipt = a.received_value_at_receipt;
  return f;
}

bool aged(const AgreementState& a) { return a.receivable_booked() && !a.wholly_cancelled() && !a.lapsed; }

Result<std::vector<TrancheValue>> outstanding_by_tranche(const AgreementState& a, Currency base) {
  std::vector<TrancheValue> out;
  std::vector<Money> weights;
  for (const auto& t : a.tranches) {
    FL_TRY(const Money left, t.outstanding());
    if (left.sign() <= 0) continue;
    out.push_back(TrancheValue{&t, Money::zero(base)});
    weights.push_back(left);
  }
  if (out.empty()) return out;
  FL_TRY(const Money outstanding, a.outstanding());
  FL_TRY(Money total, share_of_commitment(a, base, outstanding));
  auto values = allocate_wide(total, weights);  // 256-bit products
  if (!values) return fail(Errc::invalid_input, "the outstanding value of agreement " + a.id + ": " + values.error().message());
  for (std::size_t i = 0; i < out.size(); ++i) out[i].value = (*values)[i];
  return out;
}

bool overdue(const AgreementState& a, const TrancheState& t, Date today) {
  // A lapsed agreement is no longer expected; figures past 128 bits are refused by the rules.
  const auto left = t.outstanding();
  return !a.lapsed && t.due < today && left && left->sign() > 0;
}

Result<Overdue> overdue(const AgreementState& a, Date today) {
  Overdue o{Money::zero(a.currency()), 0};
  for (const auto& t : a.tranches) {
    if (!overdue(a, t, today)) continue;
    FL_TRY(const Money left, t.outstanding());
    FL_TRY(o.amount, o.amount.plus(left));
    ++o.tranches;
  }
  return o;
}

}  // namespace fl
