#pragma once
// Decimal text <-> minor units, per currency scale. No floating point anywhere.
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "money/currency.hpp"
#include "money/int128.hpp"
#include "money/money.hpp"

namespace fl {

enum class DecimalStyle {
  // The journal's canonical form: optional '-', no leading zero, exactly `scale` decimals.
  canonical,
  // What a person types: optional '-', at most `scale` decimals, whole numbers allowed.
  input,
};

[[nodiscard]] Result<Int128> parse_decimal(std::string_view text, Currency currency,
                                           DecimalStyle style);
[[nodiscard]] Result<Money> parse_money(std::string_view text, Currency currency,
                                        DecimalStyle style);

// Appends the canonical form of `minor` at `scale`.
void append_decimal(std::string& out, const Int128& minor, int scale);
std::string format_decimal(const Int128& minor, int scale);

// 10^n for 0 <= n <= 38.
const Int128& pow10(int n);

}  // namespace fl
