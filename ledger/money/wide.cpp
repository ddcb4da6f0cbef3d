#include "money/wide.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace fl {
namespace {

using Int256 = boost::multiprecision::checked_int256_t;

Int256 widen(const Int128& v) { return Int256(v); }

// n ÷ d rounded half to even, in 256 bits.
Int256 half_even(const Int256& n, const Int256& d) {
  Int256 q = n / d;
  const Int256 r = n % d;
  const Int256 twice = abs(r) * 2;
  const Int256 ad = abs(d);
  const bool negative = (n < 0) != (d < 0);
  if (twice > ad || (twice == ad && (q % 2) != 0)) q += negative ? -1 : 1;
  return q;
}

Result<Int128> narrow(const Int256& v, const char* what) {
  static const Int256 hi = Int256(std::numeric_limits<Int128>::max());
  static const Int256 lo = Int256(std::numeric_limits<Int128>::min());
  if (v > hi || v < lo) return fail(Errc::invalid_input, std::string(what) + " is beyond 128 bits");
  return Int128(v);
}

}  // namespace

Result<Int128> mul_div_half_even(const Int128& a, const Int128& b, const Int128& d) {
  if (d == 0) return fail(Errc::invalid_input, "division by zero");
  try {
    return narrow(half_even(widen(a) * widen(b), widen(d)), "the share");
  } catch (const std::overflow_error&) {
    return fail(Errc::invalid_input, "the share is beyond 256 bits");
  }
}

Result<std::string> percent_text(const Int128& part, const Int128& whole) {
  if (whole == 0) return fail(Errc::invalid_input, "percentage of zero");
  try {
    const Int256 p = half_even(widen(part) * 10000, widen(whole));
    const bool negative = p < 0;
    std::string digits = (negative ? Int256(-p) : p).str();
    if (digits.size() < 3) digits.insert(0, 3 - digits.size(), '0');
    return std::string(negative ? "-" : "") + digits.substr(0, digits.size() - 2) + "." + digits.substr(digits.size() - 2);
  } catch (const std::overflow_error&) {
    return fail(Errc::invalid_input, "the percentage is beyond 256 bits");
  }
}

Result<std::vector<Int128>> allocate_wide(const Int128& total, std::span<const Int128> weights) {
  if (weights.empty()) return fail(Errc::invalid_input, "nothing to allocate to");
  try {
    Int256 sum = 0;
    for (const auto& w : weights) {
      if (w < 0) return fail(Errc::invalid_input, "allocation weights must not be negative");
      sum += widen(w);
    }
    if (sum == 0) return fail(Errc::invalid_input, "allocation weights are all zero");
    const bool negative = total < 0;
    const Int256 magnitude = negative ? -widen(total) : widen(total);
    std::vector<Int256> parts(weights.size()), remainders(weights.size());
    Int256 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
      const Int256 p = magnitude * widen(weights[i]);
      parts[i] = p / sum;
      remainders[i] = p % sum;
      given += parts[i];
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t k = 0; given < magnitude; ++k) {
      parts[order[k]] += 1;
      given += 1;
    }
    std::vector<Int128> out;
    out.reserve(parts.size());
    for (const auto& p : parts) {
      FL_TRY(Int128 v, narrow(negative ? Int256(-p) : p, "an allocated part"));
      out.push_back(std::move(v));
    }
    return out;
  } catch (const std::overflow_error&) {
    return fail(Errc::invalid_input, "the allocation is beyond 256 bits");
  }
}

namespace {
Unexpected mixed(const Money& a, const Money& b) {
  return fail(Errc::invalid_input, "cannot compare " + std::string(a.currency().code()) + " and " +
                                       std::string(b.currency().code()) + " without a conversion");
}
}  // namespace

Result<Money> share_of(const Money& value, const Money& part, const Money& whole) {
  if (part.currency() != whole.currency()) return mixed(part, whole);
  if (whole.is_zero()) return fail(Errc::invalid_input, "a share of nothing");
  FL_TRY(Int128 v, mul_div_half_even(value.minor(), part.minor(), whole.minor()));
  return Money(value.currency(), std::move(v));
}

Result<std::string> percent_text(const Money& part, const Money& whole) {
  if (part.currency() != whole.currency()) return mixed(part, whole);
  if (whole.is_zero()) return std::string();
  return percent_text(part.minor(), whole.minor());
}

Result<std::vector<Money>> allocate_wide(const Money& total, std::span<const Money> weights) {
  std::vector<Int128> w;
  w.reserve(weights.size());
  for (const Money& m : weights) {
    if (m.currency() != weights.front().currency()) return mixed(m, weights.front());
    w.push_back(m.minor());
  }
  FL_TRY(std::vector<Int128> parts, allocate_wide(total.minor(), w));
  std::vector<Money> out;
  out.reserve(parts.size());
  for (auto& p : parts) out.emplace_back(total.currency(), std::move(p));
  return out;
}

}  // namespace fl
