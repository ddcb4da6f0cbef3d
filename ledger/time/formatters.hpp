#pragma once
// fmt formatters for time/'s values: {} of a Date is "2024-03-15", of an Instant
// "2024-03-15T04:35:00Z" (their to_string).
#include <fmt/format.h>

#include <string_view>

#include "time/date.hpp"

template <>
struct fmt::formatter<fl::Date> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(fl::Date d, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(d.to_string(), ctx);
  }
};

template <>
struct fmt::formatter<fl::Instant> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(fl::Instant t, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(t.to_string(), ctx);
  }
};
