#include <catch2/catch.hpp>

#include "money/minor_sum.hpp"

using namespace fl;

namespace {
const Currency kUsd = *Currency::parse("USD");
Money usd(int minor) { return Money(kUsd, Int128(minor)); }
// 2^127 - 1, the largest sum a MinorSum holds.
Int128 max_sum() {
  Int128 v = 1;
  v <<= 126;
  return v - 1 + v;
}
}  // namespace

TEST_CASE("minor sum: adds amounts of its slot's currency, either sign") {
  MinorSum s;
  CHECK(s.is_zero());
  REQUIRE(s.add(usd(150)));
  REQUIRE(s.add(usd(-50)));
  CHECK(s.in(kUsd) == usd(100));
  REQUIRE(s.add(usd(-300)));
  CHECK(s.in(kUsd) == usd(-200));
}

TEST_CASE("minor sum: holds the whole signed 128-bit range and gives it back as Money") {
  MinorSum s;
  REQUIRE(s.add(Money(kUsd, max_sum())));
  CHECK(s.in(kUsd).minor() == max_sum());
  MinorSum n;
  REQUIRE(n.add(Money(kUsd, -max_sum())));
  CHECK(n.in(kUsd).minor() == -max_sum());
}

TEST_CASE("minor sum: an overflow is reported and leaves the sum as it was") {
  MinorSum s;
  REQUIRE(s.add(Money(kUsd, max_sum())));
  CHECK_FALSE(s.add(usd(1)));
  CHECK(s.in(kUsd).minor() == max_sum());
  REQUIRE(s.add(usd(-1)));  // still usable
  MinorSum n;
  REQUIRE(n.add(Money(kUsd, -max_sum())));
  CHECK_FALSE(n.add(usd(-2)));
  CHECK(n.in(kUsd).minor() == -max_sum());
}

TEST_CASE("minor sum: an amount beyond the sum's range is refused, whatever the sum") {
  // Money's checked integer has a sign and a 128-bit magnitude: 2^127 fits it, not the sum.
  MinorSum s;
  CHECK_FALSE(s.add(Money(kUsd, max_sum() + 1)));
  CHECK_FALSE(s.add(Money(kUsd, -(max_sum() + 1) - 1)));
  CHECK(s.is_zero());
}
