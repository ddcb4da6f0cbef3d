#pragma once
// A running sum of minor units for a slot whose currency the caller keeps (a balance table
// indexed by account and currency): 16 bytes and no Currency in every slot, for replay's hot
// per-posting accumulators. add() reports an overflow instead of wrapping or throwing; the sum
// is then unchanged.
#include <cstdint>

#include "money/money.hpp"

namespace fl {

namespace detail {
__extension__ typedef __int128 NativeInt128;
__extension__ typedef unsigned __int128 NativeUint128;
}  // namespace detail

class MinorSum {
 public:
  // Adds m's minor units; false (the sum unchanged) when the result leaves the 128-bit range
  // Money holds. The caller adds only amounts of the slot's currency.
  [[nodiscard]] bool add(const Money& m) noexcept {
    using detail::NativeInt128;
    using detail::NativeUint128;
    const auto& b = m.minor().backend();
    const auto* limbs = b.limbs();
    NativeUint128 mag = limbs[0];
    if (b.size() > 1) mag |= static_cast<NativeUint128>(limbs[1]) << 64;
    constexpr NativeUint128 kMax = static_cast<NativeUint128>(-1) >> 1;  // 2^127 - 1
    if (mag > kMax) return false;  // beyond what the sum can hold, whatever its sign
    const NativeInt128 v = b.sign() ? -static_cast<NativeInt128>(mag) : static_cast<NativeInt128>(mag);
    NativeInt128 sum;
    if (__builtin_add_overflow(sum_, v, &sum)) return false;
    sum_ = sum;
    return true;
  }
  // The sum as Money of the slot's currency.
  Money in(Currency c) const;
  bool is_zero() const { return sum_ == 0; }

 private:
  detail::NativeInt128 sum_ = 0;
};

}  // namespace fl
