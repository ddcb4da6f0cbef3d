#include <catch2/catch.hpp>

#include "money/decimal.hpp"
#include "money/rate.hpp"

using namespace fl;

namespace {
Currency cur(const char* code) { return *Currency::parse(code); }
Money idr(const char* t) { return *parse_money(t, cur("IDR"), DecimalStyle::input); }
Rate jisdor(const char* v) { return *Rate::parse(cur("USD"), cur("IDR"), v); }
}  // namespace

TEST_CASE("IDR converts to USD exactly, rounded once half to even") {
  // 15,000,000 IDR at 15,000 IDR/USD = 1,000.00 USD exactly.
  CHECK(convert(idr("15000000"), jisdor("15000"))->to_string() == "1000.00");
  // 100 / 15,234.5 = 0.006564...: rounds to 0.01.
  CHECK(convert(idr("100"), jisdor("15234.5"))->to_string() == "0.01");
  // 75 IDR at 15,000 = 0.005 USD: a tie, to even -> 0.00; 225 IDR = 0.015 -> 0.02.
  CHECK(convert(idr("75"), jisdor("15000"))->to_string() == "0.00");
  CHECK(convert(idr("225"), jisdor("15000"))->to_string() == "0.02");
  CHECK(convert(idr("-225"), jisdor("15000"))->to_string() == "-0.02");
  // The other direction: 1,000.00 USD at 15,234.56 = 15,234,560.00 IDR.
  CHECK(convert(*parse_money("1000", cur("USD"), DecimalStyle::input), jisdor("15234.56"))->to_string() ==
        "15234560.00");
}

TEST_CASE("rates are kept as quoted and refused when meaningless") {
  CHECK(jisdor("15234.50").value_string() == "15234.50");
  CHECK_FALSE(Rate::parse(cur("USD"), cur("IDR"), "0"));
  CHECK_FALSE(Rate::parse(cur("USD"), cur("IDR"), "-1"));
  CHECK_FALSE(Rate::parse(cur("USD"), cur("IDR"), "1e3"));
  CHECK_FALSE(Rate::parse(cur("USD"), cur("USD"), "1"));
  auto wrong = convert(*parse_money("1", cur("EUR"), DecimalStyle::input), jisdor("15000"));
  REQUIRE_FALSE(wrong);
  CHECK(wrong.error().message() == "a USD/IDR rate cannot convert EUR");
}

TEST_CASE("half-even division") {
  CHECK(*divide_half_even(Int128(5), Int128(2)) == 2);
  CHECK(*divide_half_even(Int128(7), Int128(2)) == 4);
  CHECK(*divide_half_even(Int128(-5), Int128(2)) == -2);
  CHECK(*divide_half_even(Int128(-7), Int128(2)) == -4);
  CHECK(*divide_half_even(Int128(10), Int128(3)) == 3);
  CHECK(*divide_half_even(Int128(11), Int128(3)) == 4);
  CHECK_FALSE(divide_half_even(Int128(1), Int128(0)));
}

TEST_CASE("allocation preserves the total") {
  const std::vector<Int128> w{1, 1, 1};
  auto parts = *allocate(Int128(100), w);
  CHECK(parts == std::vector<Int128>{34, 33, 33});
  auto neg = *allocate(Int128(-100), w);
  CHECK(neg == std::vector<Int128>{-34, -33, -33});
  const std::vector<Int128> tranches{500000000, 250000000, 250000000};
  auto receipt = *allocate(Int128(99999), tranches);
  CHECK(receipt[0] + receipt[1] + receipt[2] == 99999);
  CHECK(receipt == std::vector<Int128>{49999, 25000, 25000});  // remainders .5, .75, .75
  const std::vector<Int128> zeros{0, 0};
  CHECK_FALSE(allocate(Int128(1), zeros));
  const std::vector<Int128> negative{1, -1};
  CHECK_FALSE(allocate(Int128(1), negative));
}
