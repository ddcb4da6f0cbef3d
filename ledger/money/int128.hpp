#pragma once
// The integer that holds minor units: 128 bits, checked, so overflow is an error and never a
// wrap. Boost.Multiprecision throws std::overflow_error on overflow; money/ catches it at the
// call site and turns it into an Error. Only money/ includes Boost.Multiprecision.
#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <optional>

namespace fl {

using Int128 = boost::multiprecision::checked_int128_t;

// The value as int64 when it fits (the common case, used by fast paths).
inline std::optional<std::int64_t> to_int64(const Int128& v) {
  static const Int128 lo = std::numeric_limits<std::int64_t>::min();
  static const Int128 hi = std::numeric_limits<std::int64_t>::max();
  if (v < lo || v > hi) return std::nullopt;
  return v.convert_to<std::int64_t>();
}

}  // namespace fl
