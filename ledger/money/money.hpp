#pragma once
// Money is a value: a currency and a checked integer of minor units. There is no constructor
// from floating point and no Money * Money (tests/money/money_compile_test.cpp proves both).
#include <compare>
#include <string>

#include "base/result.hpp"
#include "money/currency.hpp"
#include "money/int128.hpp"

namespace fl {

class Money {
 public:
  Money(Currency currency, Int128 minor) : currency_(currency), minor_(std::move(minor)) {}
  Money(Currency, double) = delete;
  Money(Currency, float) = delete;
  static Money zero(Currency currency) { return Money(currency, Int128(0)); }
  // `units` whole units of the currency (50 USD is 5000 cents); never overflows, as a scale is
  // at most a few digits.
  static Money whole_units(Currency currency, std::int64_t units);

  Currency currency() const { return currency_; }
  const Int128& minor() const { return minor_; }
  bool is_zero() const { return minor_ == 0; }
  int sign() const { return minor_ < 0 ? -1 : (minor_ > 0 ? 1 : 0); }
  Money negated() const { return Money(currency_, -minor_); }

  // Sums and differences are checked for overflow and for mixed currencies.
  [[nodiscard]] Result<Money> plus(const Money& other) const;
  [[nodiscard]] Result<Money> minus(const Money& other) const;

  // "1500000.00" (scale digits, '-' for negatives, never "-0.00").
  std::string to_string() const;

  friend bool operator==(const Money&, const Money&) = default;
  // Amounts of one currency are ordered; amounts of two currencies are not (unordered: every
  // <, <=, >, >= between them is false), so nothing compares across currencies by accident.
  friend std::partial_ordering operator<=>(const Money& a, const Money& b) {
    if (a.currency_ != b.currency_) return std::partial_ordering::unordered;
    if (a.minor_ < b.minor_) return std::partial_ordering::less;
    return a.minor_ == b.minor_ ? std::partial_ordering::equivalent : std::partial_ordering::greater;
  }

 private:
  Currency currency_;
  Int128 minor_;
};

// Multiplying or dividing money by money, or mixing it with floating point, has no meaning.
template <class T>
void operator*(const Money&, const T&) = delete;
template <class T>
void operator/(const Money&, const T&) = delete;
void operator+(const Money&, double) = delete;
void operator+(double, const Money&) = delete;
void operator-(const Money&, double) = delete;

}  // namespace fl
