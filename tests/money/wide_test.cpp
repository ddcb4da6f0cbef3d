// 256-bit products: exact shares, percentages and splits of amounts up to the journal's limit.
#include <catch2/catch.hpp>

#include "money/decimal.hpp"
#include "money/wide.hpp"

namespace fl {
namespace {

Int128 big(const char* digits) {
  Int128 v = 0;
  for (const char* c = digits; *c != 0; ++c) v = v * 10 + (*c - '0');
  return v;
}

TEST_CASE("mul_div_half_even forms the product in 256 bits") {
  const Int128 a = big("99999999999999999999999999900");  // 27 integer digits, in cents
  auto v = mul_div_half_even(a, a, a);
  REQUIRE(v.has_value());
  CHECK(*v == a);
  CHECK(*mul_div_half_even(5, 1, 2) == 2);   // 2.5 -> 2 (even)
  CHECK(*mul_div_half_even(7, 1, 2) == 4);   // 3.5 -> 4
  CHECK(*mul_div_half_even(-5, 1, 2) == -2);
  CHECK(*mul_div_half_even(-7, 1, 2) == -4);
  CHECK_FALSE(mul_div_half_even(a, a, 1).has_value());  // does not fit 128 bits: an error, not a throw
  CHECK_FALSE(mul_div_half_even(1, 1, 0).has_value());
}

TEST_CASE("percent_text is exact at any size") {
  CHECK(*percent_text(1, 3) == "33.33");
  CHECK(*percent_text(2, 3) == "66.67");
  CHECK(*percent_text(0, 3) == "0.00");
  CHECK(*percent_text(-1, 8) == "-12.50");
  CHECK(*percent_text(big("299999999999999999999999999700"), 1) == "29999999999999999999999999970000.00");
  CHECK_FALSE(percent_text(1, 0).has_value());
}

TEST_CASE("allocate_wide splits huge amounts exactly") {
  const Int128 total = big("229999999999999999999999999700");
  const std::vector<Int128> weights{big("50000000000000000000000000000"), big("49999999999999999999999999900"),
                                    big("29999999999999999999999999900")};
  auto parts = allocate_wide(total, weights);
  REQUIRE(parts.has_value());
  Int128 sum = 0;
  for (const auto& p : *parts) sum += p;
  CHECK(sum == total);
  auto neg = allocate_wide(-total, weights);
  REQUIRE(neg.has_value());
  CHECK((*neg)[0] == -(*parts)[0]);
  CHECK_FALSE(allocate_wide(1, std::vector<Int128>{0, 0}).has_value());
}

}  // namespace
}  // namespace fl
