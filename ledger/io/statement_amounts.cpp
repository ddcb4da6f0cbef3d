#include "io/statement_amounts.hpp"

#include "io/statement_text.hpp"
#include "money/locale_amount.hpp"

namespace fl::io {

Result<Int128> read_amount(std::string_view raw, const StatementMapping& m, Currency currency, bool allow_negative) {
  const std::string_view s = trim(raw);
  for (const auto& z : m.zero_spellings) {
    if (s == z) return Int128(0);
  }
  if (s.empty()) return fail(Errc::invalid_input, "no amount");
  std::string t(s);
  if (m.bare_fraction) {
    const bool negative = t.front() == '-';
    const std::size_t body = negative ? 1 : 0;
    if (t.size() > body && t[body] == m.decimal_mark) t.insert(body, "0");
  }
  if (m.thousands_mark == 0) {
    const char other = m.decimal_mark == '.' ? ',' : '.';
    if (t.find(other) != std::string::npos) {
      return fail(Errc::invalid_input, in_quotes(s) + " is not an amount: this layout writes no thousands separator and '" +
                                           std::string(1, m.decimal_mark) + "' for decimals");
    }
  }
  AmountRules rules;
  rules.locale = m.decimal_mark == '.' ? NumberLocale::en : NumberLocale::id;
  rules.allow_negative = allow_negative;
  auto v = parse_local_amount(t, currency, rules);
  if (!v && t != s) {  // say it in the file's own text
    return fail(Errc::invalid_input, in_quotes(s) + " is not an amount: " + v.error().message());
  }
  return v;
}

std::string difference_text(const Int128& a, const Int128& b, Currency c) {
  const Int128 d = a > b ? Int128(a - b) : Int128(b - a);
  return Money(c, d).to_string();
}

}  // namespace fl::io
