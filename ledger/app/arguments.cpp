#include "app/arguments.hpp"

#include "journal/names.hpp"

namespace fl::app {

Result<std::optional<NumberLocale>> locale_flag(const std::string& text) {
  if (text.empty()) return std::optional<NumberLocale>{};
  auto l = parse_number_locale(text);
  if (!l) return fail(Error(Errc::usage, l.error().message()).in("--number-locale"));
  return std::optional<NumberLocale>{*l};
}

Result<std::optional<Date>> as_of_flag(const std::string& text) {
  if (text.empty()) return std::optional<Date>{};
  FL_TRY(Date d, date_flag(text, "--as-of"));
  return std::optional<Date>{d};
}

Result<Date> date_flag(const std::string& text, std::string_view flag) {
  auto d = Date::parse(text);
  if (!d) return fail(Error(Errc::usage, d.error().message()).in(flag));
  return *d;
}

Result<std::optional<Dimension>> dimension_flag(const std::string& text) {
  if (text.empty()) return std::optional<Dimension>{};
  auto d = parse_dimension(text);
  if (!d) return fail(Error(Errc::usage, d.error().message()).in("--by"));
  return std::optional<Dimension>{*d};
}

Result<void> account_arg(const std::string& text, std::string_view name) {
  if (auto c = check_account(text); !c) return fail(std::move(c).error().in(name));
  return ok();
}

}  // namespace fl::app
