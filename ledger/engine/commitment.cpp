#include "engine/commitment.hpp"

#include "money/decimal.hpp"
#include "money/wide.hpp"

namespace fl {

Result<Int128> share_of_commitment(const AgreementState& a, const Int128& amount) {
  if (a.committed() == 0) return Int128(0);
  // The product of two amounts needs 256 bits; the share itself fits whenever the amount is
  // at most the commitment.
  auto v = mul_div_half_even(a.committed_value, amount, a.committed());
  if (!v) {
    return fail(Errc::invalid_input, "the value of " + format_decimal(amount, a.currency().scale()) + " of agreement " + a.id +
                                         ": " + v.error().message());
  }
  return *v;
}

Result<CommitmentValue> commitment_value(const AgreementState& a) {
  CommitmentValue f;
  f.committed = a.committed_value;
  FL_TRY(f.outstanding, share_of_commitment(a, a.outstanding()));
  FL_TRY(f.written_off, share_of_commitment(a, a.written_off));
  f.received = f.committed - f.outstanding - f.written_off;
  f.received_at_receipt = a.received_value_at_receipt;
  return f;
}

bool aged(const AgreementState& a) { return a.receivable_booked() && !a.wholly_cancelled() && !a.lapsed; }

Result<std::vector<TrancheValue>> outstanding_by_tranche(const AgreementState& a) {
  std::vector<TrancheValue> out;
  std::vector<Int128> weights;
  for (const auto& t : a.tranches) {
    if (t.outstanding() <= 0) continue;
    out.push_back(TrancheValue{&t, 0});
    weights.push_back(t.outstanding());
  }
  if (out.empty()) return out;
  FL_TRY(Int128 total, share_of_commitment(a, a.outstanding()));
  auto values = allocate_wide(total, weights);  // 256-bit products
  if (!values) return fail(Errc::invalid_input, "the outstanding value of agreement " + a.id + ": " + values.error().message());
  for (std::size_t i = 0; i < out.size(); ++i) out[i].value = (*values)[i];
  return out;
}

bool overdue(const AgreementState& a, const TrancheState& t, Date today) {
  return !a.lapsed && t.due < today && t.outstanding() > 0;  // a lapsed agreement is no longer expected
}

Overdue overdue(const AgreementState& a, Date today) {
  Overdue o;
  for (const auto& t : a.tranches) {
    if (overdue(a, t, today)) {
      o.amount += t.outstanding();
      ++o.tranches;
    }
  }
  return o;
}

}  // namespace fl
