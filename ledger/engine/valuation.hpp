#pragma once
// How a new event is valued in the base currency (docs/booking.md): at the rate in force on its
// date (Programme::value_at), or, for what undoes part of an agreement, at the agreement's
// signing rate; and whether a value fits what the journal can hold.
#include <string_view>

#include "base/result.hpp"
#include "engine/programme.hpp"
#include "journal/event.hpp"

namespace fl {

// `amount` (in the agreement's currency) at the rate the agreement was valued at when signed.
[[nodiscard]] Result<Valuation> value_at_signing_rate(const AgreementState& agreement, const Money& amount, Currency base);

// A value with more integer digits than an amount may have would make the line unreadable and
// the reports' sums inexact: refused, naming `column`, the field it comes from.
[[nodiscard]] Result<void> check_value_fits(const Valuation& v, std::string_view column);

}  // namespace fl
