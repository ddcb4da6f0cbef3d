// The fmt formatters write what the values' own to_string writes, so text is the same bytes
// whichever way a message or a report builds it.
#include <catch2/catch.hpp>

#include <limits>

#include "money/decimal.hpp"
#include "money/formatters.hpp"
#include "money/wide.hpp"

using namespace fl;

namespace {
Currency cur(const char* code) { return *Currency::parse(code); }
Money money(const char* text, const char* code) { return *parse_money(text, cur(code), DecimalStyle::input); }
}  // namespace

TEST_CASE("Money formats as its canonical decimal, with its code on request") {
  CHECK(fmt::format("{}", money("1500000", "IDR")) == "1500000.00");
  CHECK(fmt::format("{}", money("-0.5", "USD")) == "-0.50");
  CHECK(fmt::format("{}", money("12", "JPY")) == "12");
  CHECK(fmt::format("{}", money("1.234", "BHD")) == "1.234");
  CHECK(fmt::format("{:c}", money("1500000", "IDR")) == "1500000.00 IDR");
  CHECK(fmt::format("{:c}", Money::zero(cur("USD"))) == "0.00 USD");
  const Money huge(cur("USD"), std::numeric_limits<Int128>::max());
  CHECK(fmt::format("{}", huge) == huge.to_string());
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:x}"), money("1", "USD")), fmt::format_error);
}

TEST_CASE("Currency formats as its ISO code, Rate as quoted") {
  CHECK(fmt::format("{}", cur("IDR")) == "IDR");
  CHECK(fmt::format("[{:>5}]", cur("USD")) == "[  USD]");
  CHECK(fmt::format("{}", *Rate::parse(cur("USD"), cur("IDR"), "15234.50")) ==
        Rate::parse(cur("USD"), cur("IDR"), "15234.50")->value_string());
}

TEST_CASE("Money shares, percentages and splits are checked, never an abort") {
  const Money max(cur("USD"), std::numeric_limits<Int128>::max());
  // value × part ÷ whole: exact through 256 bits.
  CHECK(share_of(money("1000", "USD"), money("500", "IDR"), money("1500", "IDR"))->to_string() == "333.33");
  CHECK(share_of(max, money("2", "IDR"), money("2", "IDR"))->to_string() == max.to_string());
  auto too_big = share_of(max, money("2", "IDR"), money("1", "IDR"));
  REQUIRE_FALSE(too_big);
  auto mixed = share_of(money("1", "USD"), money("1", "IDR"), money("1", "USD"));
  REQUIRE_FALSE(mixed);
  CHECK_FALSE(share_of(money("1", "USD"), money("1", "IDR"), Money::zero(cur("IDR"))));
  CHECK(*percent_text(money("1", "USD"), money("3", "USD")) == "33.33");
  CHECK(percent_text(money("1", "USD"), Money::zero(cur("USD")))->empty());
  const std::vector<Money> weights{money("1", "IDR"), money("2", "IDR")};
  auto parts = allocate_wide(money("1", "USD"), weights);
  REQUIRE(parts);
  CHECK((*parts)[0].to_string() == "0.33");
  CHECK((*parts)[1].to_string() == "0.67");
  CHECK((*parts)[1].currency() == cur("USD"));
}

TEST_CASE("Money difference past 128 bits is an error") {
  const Money min(cur("USD"), std::numeric_limits<Int128>::min());
  auto r = min.minus(money("1", "USD"));
  REQUIRE_FALSE(r);
  CHECK(r.error().message() == "amount overflows 128 bits");
}
