#include "engine/valuation.hpp"

#include <string>

#include "base/limits.hpp"
#include "money/rate.hpp"

namespace fl {

Result<Valuation> value_at_signing_rate(const AgreementState& agreement, const Money& amount, Currency base) {
  Valuation v = agreement.terms.valuation;
  if (amount.currency() == base) {
    v.value = amount;
    return v;
  }
  FL_TRY(Rate rate, Rate::parse(base, amount.currency(), v.rate));
  FL_TRY(v.value, convert(amount, rate));
  return v;
}

Result<void> check_value_fits(const Valuation& v, std::string_view column) {
  std::string digits = v.value.to_string();
  if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
  digits = digits.substr(0, digits.find('.'));
  if (digits.size() <= limits::amount_integer_digits_max) return ok();
  return fail(Error(Errc::invalid_input, "its value in " + std::string(v.value.currency().code()) + " at the rate of " +
                                             v.rate_date.to_string() + " (" + v.rate + "), " + v.value.to_string() +
                                             ", has more than the " + std::to_string(limits::amount_integer_digits_max) +
                                             " integer digits an amount may have")
                  .in(column));
}

}  // namespace fl
