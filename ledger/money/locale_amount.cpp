#include "money/locale_amount.hpp"

#include <string>

#include "money/decimal.hpp"

namespace fl {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Reads digits grouped by `thousands` with `decimal` before the fraction; gives the plain form
// "1500000.00", or nothing if the text is not a number in that locale.
std::optional<std::string> plain(std::string_view s, char thousands, char decimal) {
  const auto point = s.find(decimal);
  const std::string_view whole = s.substr(0, point);
  const std::string_view frac = point == std::string_view::npos ? std::string_view{} : s.substr(point + 1);
  if (whole.empty() || (point != std::string_view::npos && frac.empty())) return std::nullopt;
  for (char c : frac) {
    if (!digit(c)) return std::nullopt;
  }
  std::string out;
  if (whole.find(thousands) == std::string_view::npos) {
    for (char c : whole) {
      if (!digit(c)) return std::nullopt;
    }
    out = whole;
  } else {
    // Groups: the first of 1-3 digits, every later one of exactly 3.
    std::size_t start = 0;
    bool first = true;
    while (start <= whole.size()) {
      const auto sep = whole.find(thousands, start);
      const std::string_view group = whole.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start);
      const bool ok_size = first ? (group.size() >= 1 && group.size() <= 3) : group.size() == 3;
      if (!ok_size) return std::nullopt;
      for (char c : group) {
        if (!digit(c)) return std::nullopt;
      }
      out += group;
      first = false;
      if (sep == std::string_view::npos) break;
      start = sep + 1;
    }
  }
  if (!frac.empty()) {
    out.push_back('.');
    out += frac;
  }
  return out;
}

Unexpected refuse(std::string_view text, const std::string& why) {
  return fail(Errc::invalid_input, "\"" + std::string(text.substr(0, 64)) + "\" " + why);
}

}  // namespace

Result<NumberLocale> parse_number_locale(std::string_view name) {
  if (name == "en") return NumberLocale::en;
  if (name == "id") return NumberLocale::id;
  return fail(Errc::invalid_input, "\"" + std::string(name) + "\" is not a number locale (en or id)");
}

namespace {

// The plain form of `s` in `locale` (or, with none, where both locales read it alike); errors
// quote `text`, call it `noun` ("a number", "an amount") and show the locale's form by `examples`.
Result<std::string> read_plain(std::string_view text, std::string_view s, std::optional<NumberLocale> locale,
                               std::string_view noun, std::pair<std::string_view, std::string_view> examples) {
  if (s.find_first_of("eE") != std::string_view::npos) {
    return refuse(text, "is not " + std::string(noun) + ": exponent notation is not accepted");
  }
  const auto en = plain(s, ',', '.');
  const auto id = plain(s, '.', ',');
  std::optional<std::string> chosen;
  if (locale == NumberLocale::en) {
    chosen = en;
  } else if (locale == NumberLocale::id) {
    chosen = id;
  } else if (en && id && *en != *id) {
    return refuse(text, "is ambiguous: it reads as " + *en + " with en numbers and " + *id +
                            " with id numbers; declare the number locale");
  } else {
    chosen = en ? en : id;
  }
  if (!chosen) {
    const std::string how = locale == NumberLocale::id   ? " (id numbers: " + std::string(examples.first) + ")"
                            : locale == NumberLocale::en ? " (en numbers: " + std::string(examples.second) + ")"
                                                         : "";
    return refuse(text, "is not " + std::string(noun) + how);
  }
  return *chosen;
}

}  // namespace

Result<std::string> parse_local_number(std::string_view text, std::optional<NumberLocale> locale) {
  const std::string_view s = trim(text);
  if (s.empty()) return fail(Errc::invalid_input, "empty number");
  return read_plain(text, s, locale, "a number", {"15.525,50", "15,525.50"});
}

Result<Int128> parse_local_amount(std::string_view text, Currency currency, const AmountRules& rules) {
  std::string_view s = trim(text);
  if (s.empty()) return fail(Errc::invalid_input, "empty amount");
  bool negative = false;
  if (s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  // A currency prefix must agree with the row's currency.
  for (const auto& [prefix, code] : {std::pair<std::string_view, std::string_view>{"Rp", "IDR"},
                                     {"US$", "USD"}, {"$", "USD"}}) {
    if (s.starts_with(prefix)) {
      if (currency.code() != code) {
        return refuse(text, "is written in " + std::string(code) + " but the amount is in " +
                                std::string(currency.code()));
      }
      s = trim(s.substr(prefix.size()));
      break;
    }
  }
  if (!negative && !s.empty() && s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  if (negative && !rules.allow_negative) return refuse(text, "is negative; this column takes no negative amounts");
  FL_TRY(const std::string chosen, read_plain(text, s, rules.locale, "an amount", {"1.500.000,00", "1,500,000.00"}));
  auto value = parse_decimal(chosen, currency, DecimalStyle::input);
  if (!value) {
    // Say it in the user's own text, not the normalised one.
    const std::string& m = value.error().message();
    const auto cut = m.find("\" ");
    return refuse(text, cut == std::string::npos ? m : m.substr(cut + 2));
  }
  return negative ? Int128(-*value) : *value;
}

}  // namespace fl
