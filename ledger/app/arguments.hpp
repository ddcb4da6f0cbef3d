#pragma once
// What the command line gives as text, read into the ledger's values: each refusal names the
// flag or argument it came from.
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "journal/event.hpp"
#include "money/locale_amount.hpp"
#include "time/date.hpp"

namespace fl::app {

// --number-locale: empty is none.
[[nodiscard]] Result<std::optional<NumberLocale>> locale_flag(const std::string& text);
// --as-of: empty is none.
[[nodiscard]] Result<std::optional<Date>> as_of_flag(const std::string& text);
// A date given as `flag`, required.
[[nodiscard]] Result<Date> date_flag(const std::string& text, std::string_view flag);
// --by: empty is none.
[[nodiscard]] Result<std::optional<Dimension>> dimension_flag(const std::string& text);
// An account given as `name` (a register's ACCOUNT).
[[nodiscard]] Result<void> account_arg(const std::string& text, std::string_view name);

}  // namespace fl::app
