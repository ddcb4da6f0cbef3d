#include "money/minor_sum.hpp"

namespace fl {

Money MinorSum::in(Currency c) const {
  // Int128 is wider than the sum (sign and 128-bit magnitude), so the sum always fits.
  const bool negative = sum_ < 0;
  using detail::NativeUint128;
  const NativeUint128 mag = negative ? -static_cast<NativeUint128>(sum_) : static_cast<NativeUint128>(sum_);
  Int128 v = static_cast<std::uint64_t>(mag >> 64);
  v <<= 64;
  v += static_cast<std::uint64_t>(mag);
  return Money(c, negative ? Int128(-v) : v);
}

}  // namespace fl
