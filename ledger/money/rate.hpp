#pragma once
// Exchange rates stored as quoted, and exact conversion rounded once, half to even.
#include <optional>
#include <span>
#include <vector>

#include "base/result.hpp"
#include "money/money.hpp"

namespace fl {

// "1 base = value quote", e.g. Bank Indonesia's JISDOR: base USD, quote IDR, 15,234.50 IDR per
// USD. The value is kept as quoted, as the decimal value_num / 10^value_exp.
class Rate {
 public:
  // Decimal text with at most 12 decimals, strictly positive.
  [[nodiscard]] static Result<Rate> parse(Currency base, Currency quote, std::string_view value);

  Currency base() const { return base_; }
  Currency quote() const { return quote_; }
  const Int128& value_num() const { return num_; }
  int value_exp() const { return exp_; }
  std::string value_string() const;  // as quoted, e.g. "15234.5"

 private:
  Rate(Currency base, Currency quote, Int128 num, int exp)
      : base_(base), quote_(quote), num_(std::move(num)), exp_(exp) {}
  Currency base_;
  Currency quote_;
  Int128 num_;
  int exp_;
};

// A percentage limit as written ("10", "12.5"): more than 0 and at most 1000, at most 2
// decimals; in hundredths of a percent (10 % is 1000): a count, not an amount.
[[nodiscard]] Result<std::int32_t> parse_percent_limit(std::string_view text);

// How far `next` is from `prev`, in tenths of a percent of `prev`, rounded half to even
// (15,525 after 15,500 is 2: 0.2 %); nothing when it does not fit 128 bits.
[[nodiscard]] std::optional<Int128> change_in_tenths_of_percent(const Rate& prev, const Rate& next);
// Whether `next` differs from `prev` by more than `limit` hundredths of a percent of `prev`
// (exact; a difference too large for 128 bits counts as more).
[[nodiscard]] bool jumps(const Rate& prev, const Rate& next, std::int32_t limit);

// Converts between the rate's two currencies, in either direction, by exact rational
// arithmetic and one rounding, half to even, to the target currency's scale.
[[nodiscard]] Result<Money> convert(const Money& amount, const Rate& rate);

// n / d rounded half to even; d must not be zero.
[[nodiscard]] Result<Int128> divide_half_even(const Int128& n, const Int128& d);

// Splits `total` in proportion to `weights` (all >= 0, not all zero) so that the parts add
// up to exactly `total`: largest remainder, ties to the earlier weight.
[[nodiscard]] Result<std::vector<Int128>> allocate(const Int128& total,
                                                   std::span<const Int128> weights);

}  // namespace fl
