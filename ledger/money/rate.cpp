#include "money/rate.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "money/decimal.hpp"

namespace fl {
namespace {
constexpr int kRateDecimalsMax = 12;
constexpr std::size_t kRateDigitsMax = 24;
}  // namespace

Result<Rate> Rate::parse(Currency base, Currency quote, std::string_view value) {
  if (base == quote) return fail(Errc::invalid_input, "a rate needs two different currencies");
  const auto point = value.find('.');
  const std::string_view int_part = value.substr(0, point);
  const std::string_view frac_part =
      point == std::string_view::npos ? std::string_view{} : value.substr(point + 1);
  const bool digits_only =
      !int_part.empty() && std::all_of(int_part.begin(), int_part.end(), [](char c) {
        return c >= '0' && c <= '9';
      }) && std::all_of(frac_part.begin(), frac_part.end(), [](char c) {
        return c >= '0' && c <= '9';
      }) && (point == std::string_view::npos || !frac_part.empty());
  if (!digits_only) {
    return fail(Errc::invalid_input, "\"" + std::string(value.substr(0, 64)) +
                                         "\" is not a rate (digits, optionally '.' and decimals)");
  }
  if (frac_part.size() > kRateDecimalsMax || int_part.size() + frac_part.size() > kRateDigitsMax) {
    return fail(Errc::invalid_input, "rate \"" + std::string(value.substr(0, 64)) +
                                         "\" has too many digits (at most 12 decimals, 24 digits)");
  }
  Int128 num = 0;
  for (char c : int_part) num = num * 10 + (c - '0');
  for (char c : frac_part) num = num * 10 + (c - '0');
  if (num == 0) return fail(Errc::invalid_input, "a rate must be greater than zero");
  return Rate(base, quote, std::move(num), static_cast<int>(frac_part.size()));
}

std::string Rate::value_string() const {
  std::string s = format_decimal(num_, exp_);
  return s;
}

Result<std::int32_t> parse_percent_limit(std::string_view text) {
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view frac = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  const auto digits = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (whole.empty() || whole.size() > 4 || !digits(whole) || !digits(frac) || frac.size() > 2 ||
      (point != std::string_view::npos && frac.empty())) {
    return fail(Errc::invalid_input, "\"" + std::string(text.substr(0, 64)) +
                                         "\" is not a percentage (e.g. 10 or 12.5, at most 2 decimals)");
  }
  std::int32_t v = 0;  // at most 4 + 2 digits
  for (char c : whole) v = v * 10 + (c - '0');
  for (std::size_t i = 0; i < 2; ++i) v = v * 10 + (i < frac.size() ? frac[i] - '0' : 0);
  if (v <= 0 || v > 100000) return fail(Errc::invalid_input, "a percentage limit is more than 0 and at most 1000");
  return v;
}

namespace {
// prev and next on one scale: (P, N) with value = P / 10^e, N / 10^e.
std::pair<Int128, Int128> common_scale(const Rate& prev, const Rate& next) {
  const int e = std::max(prev.value_exp(), next.value_exp());
  return {prev.value_num() * pow10(e - prev.value_exp()), next.value_num() * pow10(e - next.value_exp())};
}
}  // namespace

std::optional<Int128> change_in_tenths_of_percent(const Rate& prev, const Rate& next) {
  try {
    const auto [p, n] = common_scale(prev, next);
    const Int128 diff = n > p ? Int128(n - p) : Int128(p - n);
    auto q = divide_half_even(diff * 1000, p);
    if (!q) return std::nullopt;
    return *q;
  } catch (const std::overflow_error&) {
    return std::nullopt;
  }
}

bool jumps(const Rate& prev, const Rate& next, std::int32_t limit) {
  try {
    const auto [p, n] = common_scale(prev, next);
    const Int128 diff = n > p ? Int128(n - p) : Int128(p - n);
    return diff * 10000 > Int128(limit) * p;
  } catch (const std::overflow_error&) {
    return true;
  }
}

Result<Int128> divide_half_even(const Int128& n, const Int128& d) {
  if (d == 0) return fail(Errc::internal, "division by zero");
  const bool negative = (n < 0) != (d < 0);
  const Int128 an = n < 0 ? Int128(-n) : n;
  const Int128 ad = d < 0 ? Int128(-d) : d;
  Int128 q = an / ad;
  const Int128 r = an % ad;
  const Int128 twice = r * 2;
  if (twice > ad || (twice == ad && q % 2 == 1)) q += 1;
  return negative ? Int128(-q) : q;
}

Result<Money> convert(const Money& amount, const Rate& rate) {
  // quote -> base: x_quote / value;  base -> quote: x_base * value. In minor units:
  //   base_minor  = quote_minor * 10^exp * 10^base_scale  / (num * 10^quote_scale)
  //   quote_minor = base_minor  * num    * 10^quote_scale / (10^exp * 10^base_scale)
  const int bs = rate.base().scale();
  const int qs = rate.quote().scale();
  try {
    if (amount.currency() == rate.quote()) {
      const Int128 n = amount.minor() * pow10(rate.value_exp() + bs);
      const Int128 d = rate.value_num() * pow10(qs);
      FL_TRY(Int128 minor, divide_half_even(n, d));
      return Money(rate.base(), std::move(minor));
    }
    if (amount.currency() == rate.base()) {
      const Int128 n = amount.minor() * rate.value_num() * pow10(qs);
      const Int128 d = pow10(rate.value_exp() + bs);
      FL_TRY(Int128 minor, divide_half_even(n, d));
      return Money(rate.quote(), std::move(minor));
    }
  } catch (const std::overflow_error&) {
    return fail(Errc::invalid_input, "conversion of " + amount.to_string() + " " +
                                         std::string(amount.currency().code()) +
                                         " overflows 128 bits");
  }
  return fail(Errc::invalid_input, "a " + std::string(rate.base().code()) + "/" +
                                       std::string(rate.quote().code()) + " rate cannot convert " +
                                       std::string(amount.currency().code()));
}

Result<std::vector<Int128>> allocate(const Int128& total, std::span<const Int128> weights) {
  if (weights.empty()) return fail(Errc::invalid_input, "nothing to allocate to");
  Int128 sum = 0;
  for (const auto& w : weights) {
    if (w < 0) return fail(Errc::invalid_input, "allocation weights must not be negative");
    sum += w;
  }
  if (sum == 0) return fail(Errc::invalid_input, "allocation weights are all zero");
  const bool negative = total < 0;
  const Int128 magnitude = negative ? Int128(-total) : total;
  std::vector<Int128> parts(weights.size());
  std::vector<Int128> remainders(weights.size());
  Int128 given = 0;
  try {
    for (std::size_t i = 0; i < weights.size(); ++i) {
      const Int128 p = magnitude * weights[i];
      parts[i] = p / sum;
      remainders[i] = p % sum;
      given += parts[i];
    }
  } catch (const std::overflow_error&) {
    return fail(Errc::invalid_input, "allocation overflows 128 bits");
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return remainders[a] > remainders[b];
  });
  for (std::size_t k = 0; given < magnitude; ++k) {
    parts[order[k]] += 1;
    given += 1;
  }
  if (negative) {
    for (auto& p : parts) p = -p;
  }
  return parts;
}

}  // namespace fl
