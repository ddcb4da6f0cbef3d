#pragma once
// Amounts as finance officers write them: "Rp1.500.000", "1.500.000,00", "US$ 12,500.50".
// A number locale says which mark groups thousands and which separates decimals; without one,
// a number that reads differently in the two locales ("1.500") is refused as ambiguous.
#include <optional>
#include <string_view>

#include "base/result.hpp"
#include "money/currency.hpp"
#include "money/int128.hpp"

namespace fl {

enum class NumberLocale {
  en,  // 1,500,000.00
  id,  // 1.500.000,00
};

[[nodiscard]] Result<NumberLocale> parse_number_locale(std::string_view name);

// A plain number as a finance officer writes it (no sign, no currency), in `locale` or, with
// none, only if both locales read it alike: "15.525,50" (id) and "15,525.50" (en) both give
// "15525.50". The result is digits with an optional '.' and the decimals as written.
[[nodiscard]] Result<std::string> parse_local_number(std::string_view text, std::optional<NumberLocale> locale);

struct AmountRules {
  std::optional<NumberLocale> locale;  // none: accept only what both locales read alike
  bool allow_negative = false;
};

// Minor units of `currency`. Refuses exponents, more decimals than the currency has, a
// currency prefix that disagrees with `currency` (Rp is rupiah; $ and US$ are dollars), badly
// grouped thousands, and — with no locale — numbers the two locales read differently.
[[nodiscard]] Result<Int128> parse_local_amount(std::string_view text, Currency currency,
                                                const AmountRules& rules);

}  // namespace fl
