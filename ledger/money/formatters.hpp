#pragma once
// fmt formatters for money/'s values, so text is built by one rule wherever it is written:
//   {}  of a Money    "1500000.00"       (Money::to_string: scale digits, never "-0.00")
//   {:c} of a Money   "1500000.00 IDR"   (with its currency code, as messages write amounts)
//   {}  of a Currency "IDR"
//   {}  of a Rate     "15234.5"          (as quoted, Rate::value_string)
#include <fmt/format.h>

#include <string_view>

#include "money/currency.hpp"
#include "money/money.hpp"
#include "money/rate.hpp"

template <>
struct fmt::formatter<fl::Currency> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(fl::Currency c, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(c.code(), ctx);
  }
};

template <>
struct fmt::formatter<fl::Money> {
  bool with_code = false;
  constexpr auto parse(fmt::format_parse_context& ctx) {
    auto it = ctx.begin();
    if (it != ctx.end() && *it == 'c') {
      with_code = true;
      ++it;
    }
    if (it != ctx.end() && *it != '}') throw fmt::format_error("a Money takes {} or {:c}");
    return it;
  }
  template <class Context>
  auto format(const fl::Money& m, Context& ctx) const {
    if (with_code) return fmt::format_to(ctx.out(), "{} {}", m.to_string(), m.currency().code());
    return fmt::format_to(ctx.out(), "{}", m.to_string());
  }
};

template <>
struct fmt::formatter<fl::Rate> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(const fl::Rate& r, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(r.value_string(), ctx);
  }
};
