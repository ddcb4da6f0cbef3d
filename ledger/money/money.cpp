#include "money/money.hpp"

#include <stdexcept>

#include "money/decimal.hpp"

namespace fl {
namespace {

Unexpected mixed(Currency a, Currency b) {
  return fail(Errc::invalid_input, "cannot combine " + std::string(a.code()) + " and " +
                                       std::string(b.code()) + " without a conversion");
}

}  // namespace

Result<Money> Money::plus(const Money& other) const {
  if (currency_ != other.currency_) return mixed(currency_, other.currency_);
  try {
    return Money(currency_, minor_ + other.minor_);
  } catch (const std::overflow_error&) {
    return fail(Errc::invalid_input, "amount overflows 128 bits");
  }
}

Result<Money> Money::minus(const Money& other) const {
  if (currency_ != other.currency_) return mixed(currency_, other.currency_);
  try {
    return Money(currency_, minor_ - other.minor_);
  } catch (const std::overflow_error&) {
    return fail(Errc::invalid_input, "amount overflows 128 bits");
  }
}

Money Money::whole_units(Currency currency, std::int64_t units) {
  Int128 minor = units;
  for (int i = 0; i < currency.scale(); ++i) minor *= 10;
  return Money(currency, minor);
}

std::string Money::to_string() const { return format_decimal(minor_, currency_.scale()); }

}  // namespace fl
