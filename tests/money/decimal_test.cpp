#include <catch2/catch.hpp>

#include "money/decimal.hpp"

using namespace fl;

namespace {
Currency cur(const char* code) { return *Currency::parse(code); }
std::string input(const char* text, const char* code = "USD") {
  auto r = parse_decimal(text, cur(code), DecimalStyle::input);
  return r ? format_decimal(*r, cur(code).scale()) : "error: " + r.error().message();
}
}  // namespace

TEST_CASE("currencies carry their ISO 4217 scale") {
  CHECK(cur("USD").scale() == 2);
  CHECK(cur("IDR").scale() == 2);
  CHECK(cur("JPY").scale() == 0);
  CHECK(cur("KWD").scale() == 3);
  auto bad = Currency::parse("XYZ");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message().find("unknown currency \"XYZ\"") != std::string::npos);
}

TEST_CASE("decimal input is read exactly") {
  CHECK(input("1500000", "IDR") == "1500000.00");
  CHECK(input("65005.5") == "65005.50");
  CHECK(input("-0.01") == "-0.01");
  CHECK(input("0") == "0.00");
  CHECK(input("007.10") == "7.10");
  CHECK(input("1234", "JPY") == "1234");
  CHECK(input("1.234", "KWD") == "1.234");
  CHECK(input("123456789012345678901234567") == "123456789012345678901234567.00");
}

TEST_CASE("malformed amounts are refused with a reason") {
  CHECK(input("1e5") == "error: \"1e5\" is not a decimal amount: exponent notation is not accepted");
  CHECK(input("1.005") == "error: \"1.005\" has 3 decimal places; USD allows at most 2");
  CHECK(input("1.5", "JPY") == "error: \"1.5\" has 1 decimal places; JPY allows at most 0");
  CHECK(input("NaN") == "error: \"NaN\" is not a decimal amount");
  CHECK(input("inf") == "error: \"inf\" is not a decimal amount");
  CHECK(input("") == "error: empty amount");
  CHECK(input("-") == "error: \"-\" is not a decimal amount: a digit must come before the decimal point");
  CHECK(input(".5") == "error: \".5\" is not a decimal amount: a digit must come before the decimal point");
  CHECK(input("5.") == "error: \"5.\" is not a decimal amount: a digit must follow the decimal point");
  CHECK(input("1,500") ==
        "error: \"1,500\" is not a decimal amount: write digits without thousands separators, with '.' for decimals");
  CHECK(input("+5") == "error: \"+5\" is not a decimal amount: write no '+' sign");
  CHECK(input("1234567890123456789012345678") ==
        "error: \"1234567890123456789012345678\" is beyond the limit of 27 integer digits");
}

TEST_CASE("the journal's canonical form is strict") {
  auto canon = [](const char* t) { return parse_decimal(t, cur("USD"), DecimalStyle::canonical).has_value(); };
  CHECK(canon("1500.00"));
  CHECK(canon("-0.01"));
  CHECK(canon("0.00"));
  CHECK_FALSE(canon("1500"));
  CHECK_FALSE(canon("1500.0"));
  CHECK_FALSE(canon("01.00"));
  CHECK_FALSE(canon("-0.00"));
}

TEST_CASE("formatting round-trips at the 128-bit edge") {
  const Int128 big = pow10(29) - 1;
  CHECK(format_decimal(big, 2) == "999999999999999999999999999.99");
  CHECK(format_decimal(-big, 2) == "-999999999999999999999999999.99");
  CHECK(format_decimal(Int128(-5), 2) == "-0.05");
  CHECK(format_decimal(Int128(0), 0) == "0");
  CHECK(format_decimal(Int128(std::numeric_limits<std::int64_t>::min()), 2) == "-92233720368547758.08");
}

TEST_CASE("money sums are checked for currency and overflow") {
  const Money a(cur("USD"), Int128(150));
  const Money b(cur("IDR"), Int128(150));
  auto mixed = a.plus(b);
  REQUIRE_FALSE(mixed);
  CHECK(mixed.error().message() == "cannot combine USD and IDR without a conversion");
  const Int128 max = std::numeric_limits<Int128>::max();
  auto over = Money(cur("USD"), max).plus(Money(cur("USD"), Int128(1)));
  REQUIRE_FALSE(over);
  CHECK(over.error().message() == "amount overflows 128 bits");
  CHECK(a.plus(a)->minor() == 300);
  CHECK(a.minus(a)->is_zero());
  CHECK(a.to_string() == "1.50");
}
