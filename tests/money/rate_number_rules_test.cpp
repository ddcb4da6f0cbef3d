// A rate is a number like any other: it follows the number rules of amounts, and the
// plausibility limit compares two quotes exactly.
#include <catch2/catch.hpp>

#include "money/locale_amount.hpp"
#include "money/rate.hpp"

using namespace fl;

namespace {
std::string read(std::string_view text, std::optional<NumberLocale> locale) {
  auto r = parse_local_number(text, locale);
  return r ? *r : "error: " + r.error().message();
}
Rate rate(const char* value) { return *Rate::parse(*Currency::parse("USD"), *Currency::parse("IDR"), value); }
}  // namespace

TEST_CASE("a JISDOR rate written the Indonesian way is read as Indonesian numbers") {
  CHECK(read("15.525", NumberLocale::id) == "15525");
  CHECK(read("15.525,50", NumberLocale::id) == "15525.50");
  CHECK(read("15,525.50", NumberLocale::en) == "15525.50");
  CHECK(read("15525.5", std::nullopt) == "15525.5");    // no grouping: both locales agree
  CHECK(read("15525,5", std::nullopt) == "15525.5");
  CHECK(read("15.525", std::nullopt).starts_with("error: \"15.525\" is ambiguous: it reads as 15.525 with en numbers and 15525"));
  CHECK(read("15.525,50", NumberLocale::en).starts_with("error: \"15.525,50\" is not a number (en numbers"));
  CHECK(read("1,5e4", NumberLocale::id).starts_with("error: \"1,5e4\" is not a number: exponent"));
  CHECK(read("", NumberLocale::id) == "error: empty number");
}

TEST_CASE("the rate-jump limit is a percentage, compared exactly") {
  CHECK(*parse_percent_limit("10") == 1000);
  CHECK(*parse_percent_limit("12.5") == 1250);
  CHECK(!parse_percent_limit("0"));
  CHECK(!parse_percent_limit("1000.01"));
  CHECK(!parse_percent_limit("12,5"));
  CHECK(!parse_percent_limit("-5"));
  // 10 % of 15,525 is 1,552.5: 17,077.5 is exactly at the limit, 17,077.51 beyond it.
  CHECK_FALSE(jumps(rate("15525"), rate("17077.5"), 1000));
  CHECK(jumps(rate("15525"), rate("17077.51"), 1000));
  CHECK(jumps(rate("15525"), rate("1552.5"), 1000));
  CHECK(*change_in_tenths_of_percent(rate("15525"), rate("1552.5")) == 900);
  CHECK(*change_in_tenths_of_percent(rate("16000"), rate("25000")) == 562);  // 56.25 % -> 56.2, half to even
}
