#include "money/decimal.hpp"

#include <array>
#include <charconv>

#include "base/limits.hpp"

namespace fl {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

Unexpected bad(std::string_view text, std::string_view why) {
  std::string msg = "\"" + std::string(text.substr(0, 64)) + "\" is not a decimal amount";
  if (!why.empty()) msg += ": " + std::string(why);
  return fail(Errc::invalid_input, std::move(msg));
}

}  // namespace

const Int128& pow10(int n) {
  static const auto table = [] {
    std::array<Int128, 39> t{};
    t[0] = 1;
    for (std::size_t i = 1; i < t.size(); ++i) t[i] = t[i - 1] * 10;
    return t;
  }();
  FL_ASSERT(n >= 0 && n <= 38);
  return table[static_cast<std::size_t>(n)];
}

Result<Int128> parse_decimal(std::string_view text, Currency currency, DecimalStyle style) {
  const int scale = currency.scale();
  if (text.empty()) return fail(Errc::invalid_input, "empty amount");
  std::size_t i = 0;
  const bool negative = text[0] == '-';
  if (negative) ++i;
  const std::size_t int_begin = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  const std::size_t int_end = i;
  std::size_t frac_begin = i, frac_end = i;
  if (i < text.size() && text[i] == '.') {
    frac_begin = ++i;
    while (i < text.size() && is_digit(text[i])) ++i;
    frac_end = i;
  }
  if (i != text.size()) {
    const char c = text[i];
    if (c == 'e' || c == 'E') return bad(text, "exponent notation is not accepted");
    if (c == ',' || c == ' ' || c == '_' || c == '\'') {
      return bad(text, "write digits without thousands separators, with '.' for decimals");
    }
    if (text[0] == '+') return bad(text, "write no '+' sign");
    return bad(text, "");
  }
  const std::size_t int_digits = int_end - int_begin;
  const std::size_t frac_digits = frac_end - frac_begin;
  const bool has_point = frac_begin != int_end;
  if (int_digits == 0) return bad(text, "a digit must come before the decimal point");
  if (has_point && frac_digits == 0) return bad(text, "a digit must follow the decimal point");
  if (frac_digits > static_cast<std::size_t>(scale)) {
    return fail(Errc::invalid_input,
                "\"" + std::string(text.substr(0, 64)) + "\" has " + std::to_string(frac_digits) +
                    " decimal places; " + std::string(currency.code()) + " allows at most " +
                    std::to_string(scale));
  }
  // Leading zeros are harmless; only the digit count matters for the limit.
  std::size_t significant = int_begin;
  while (significant + 1 < int_end && text[significant] == '0') ++significant;
  if (int_end - significant > limits::amount_integer_digits_max) {
    return fail(Errc::invalid_input, "\"" + std::string(text.substr(0, 64)) +
                                         "\" is beyond the limit of " +
                                         std::to_string(limits::amount_integer_digits_max) +
                                         " integer digits");
  }
  if (style == DecimalStyle::canonical) {
    if (static_cast<int>(frac_digits) != scale) {
      return bad(text, "the journal writes exactly " + std::to_string(scale) + " decimals for " +
                           std::string(currency.code()));
    }
    if (significant != int_begin) return bad(text, "leading zero");
  }
  // Accumulate digits: int64 for up to 18 digits, then carry into 128 bits.
  Int128 value = 0;
  std::uint64_t chunk = 0;
  int chunk_len = 0;
  auto feed = [&](char c) {
    chunk = chunk * 10 + static_cast<std::uint64_t>(c - '0');
    if (++chunk_len == 18) {
      value = value * pow10(18) + Int128(chunk);
      chunk = 0;
      chunk_len = 0;
    }
  };
  for (std::size_t k = significant; k < int_end; ++k) feed(text[k]);
  for (std::size_t k = frac_begin; k < frac_end; ++k) feed(text[k]);
  if (chunk_len > 0 || value == 0) value = value * pow10(chunk_len) + Int128(chunk);
  value *= pow10(scale - static_cast<int>(frac_digits));
  if (negative) {
    if (style == DecimalStyle::canonical && value == 0) return bad(text, "zero has no sign");
    value = -value;
  }
  return value;
}

Result<Money> parse_money(std::string_view text, Currency currency, DecimalStyle style) {
  FL_TRY(Int128 minor, parse_decimal(text, currency, style));
  return Money(currency, std::move(minor));
}

void append_decimal(std::string& out, const Int128& minor, int scale) {
  // Digits of |minor|, least significant first.
  std::array<char, 48> digits{};
  std::size_t n = 0;
  const bool negative = minor < 0;
  if (auto small = to_int64(minor); small && *small != std::numeric_limits<std::int64_t>::min()) {
    std::uint64_t u = static_cast<std::uint64_t>(*small < 0 ? -*small : *small);
    do {
      digits[n++] = static_cast<char>('0' + u % 10);
      u /= 10;
    } while (u != 0);
  } else {
    Int128 u = negative ? Int128(-minor) : minor;
    do {
      digits[n++] = static_cast<char>('0' + (u % 10).convert_to<int>());
      u /= 10;
    } while (u != 0);
  }
  const auto s = static_cast<std::size_t>(scale);
  while (n <= s) digits[n++] = '0';  // at least one integer digit
  if (negative) out.push_back('-');
  for (std::size_t k = n; k > s; --k) out.push_back(digits[k - 1]);
  if (s > 0) {
    out.push_back('.');
    for (std::size_t k = s; k > 0; --k) out.push_back(digits[k - 1]);
  }
}

std::string format_decimal(const Int128& minor, int scale) {
  std::string out;
  append_decimal(out, minor, scale);
  return out;
}

}  // namespace fl
