#pragma once
// Products of two amounts, then divided: a share of a commitment (value × part ÷ whole), a
// percentage (part × 10000 ÷ whole), a split in proportion to weights. The product of two
// 128-bit amounts needs 256 bits; it is formed in 256 bits, so the result is exact whenever it
// fits 128 bits, and an error (never an abort) when it does not.
#include <span>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "money/int128.hpp"
#include "money/money.hpp"

namespace fl {

// a × b ÷ d, rounded half to even; d must not be zero.
[[nodiscard]] Result<Int128> mul_div_half_even(const Int128& a, const Int128& b, const Int128& d);

// part ÷ whole as a percentage with two decimals, rounded half to even ("12.34"); any size.
[[nodiscard]] Result<std::string> percent_text(const Int128& part, const Int128& whole);

// Splits `total` in proportion to `weights` (all >= 0, not all zero) so that the parts add up
// to exactly `total`: largest remainder, ties to the earlier weight (as allocate() in
// money/rate.hpp, with 256-bit products).
[[nodiscard]] Result<std::vector<Int128>> allocate_wide(const Int128& total, std::span<const Int128> weights);

// The same on Money, for code outside money/ that holds no raw integers:
// value × part ÷ whole in value's currency (part and whole in one currency, whole not zero) —
// the share of a commitment's value that a part of it carries;
[[nodiscard]] Result<Money> share_of(const Money& value, const Money& part, const Money& whole);
// part ÷ whole as a percentage text (one currency; "" when whole is zero);
[[nodiscard]] Result<std::string> percent_text(const Money& part, const Money& whole);
// `total` split in proportion to `weights` (any one currency, >= 0, not all zero), each part in
// total's currency.
[[nodiscard]] Result<std::vector<Money>> allocate_wide(const Money& total, std::span<const Money> weights);

}  // namespace fl
