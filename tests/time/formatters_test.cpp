#include <catch2/catch.hpp>

#include "time/formatters.hpp"

using namespace fl;

TEST_CASE("dates and instants format as their to_string") {
  const Date d = *Date::parse("2024-02-29");
  CHECK(fmt::format("{}", d) == "2024-02-29");
  CHECK(fmt::format("due {}", d.plus_days(1)) == "due 2024-03-01");
  const Instant t = *Instant::parse("2026-11-28T04:35:00Z");
  CHECK(fmt::format("{}", t) == t.to_string());
  CHECK(fmt::format("{}", t) == "2026-11-28T04:35:00Z");
}
