#include <catch2/catch.hpp>

#include "money/decimal.hpp"
#include "money/locale_amount.hpp"

using namespace fl;

namespace {
std::string read(const char* text, const char* code, std::optional<NumberLocale> locale,
                 bool negative = false) {
  const Currency c = *Currency::parse(code);
  auto r = parse_local_amount(text, c, AmountRules{locale, negative});
  return r ? format_decimal(*r, c.scale()) : "error: " + r.error().message();
}
constexpr auto ID = NumberLocale::id;
constexpr auto EN = NumberLocale::en;
}  // namespace

TEST_CASE("Indonesian amounts") {
  CHECK(read("Rp1.500.000", "IDR", ID) == "1500000.00");
  CHECK(read("Rp 1.500.000,50", "IDR", ID) == "1500000.50");
  CHECK(read("1.500.000,00", "IDR", ID) == "1500000.00");
  CHECK(read("1500000", "IDR", ID) == "1500000.00");
  CHECK(read("150.000.000", "IDR", ID) == "150000000.00");
  CHECK(read("1.500", "IDR", ID) == "1500.00");
  CHECK(read("1,5", "USD", ID) == "1.50");
  CHECK(read("1.50", "IDR", ID) == "error: \"1.50\" is not an amount (id numbers: 1.500.000,00)");
  CHECK(read("15.00.000", "IDR", ID) == "error: \"15.00.000\" is not an amount (id numbers: 1.500.000,00)");
}

TEST_CASE("English amounts") {
  CHECK(read("US$ 12,500.50", "USD", EN) == "12500.50");
  CHECK(read("$12,500", "USD", EN) == "12500.00");
  CHECK(read("1,500,000.00", "IDR", EN) == "1500000.00");
  CHECK(read("1.500", "USD", EN) == "error: \"1.500\" has 3 decimal places; USD allows at most 2");
  CHECK(read("1,50", "USD", EN) == "error: \"1,50\" is not an amount (en numbers: 1,500,000.00)");
}

TEST_CASE("without a declared locale, only what both read alike") {
  CHECK(read("1500000", "IDR", std::nullopt) == "1500000.00");
  CHECK(read("1.500.000", "IDR", std::nullopt) == "1500000.00");    // only id reads it
  CHECK(read("1.500.000,00", "IDR", std::nullopt) == "1500000.00");
  CHECK(read("1,500,000.00", "IDR", std::nullopt) == "1500000.00");
  CHECK(read("1.5", "USD", std::nullopt) == "1.50");                 // only en reads it
  CHECK(read("1.500", "IDR", std::nullopt) ==
        "error: \"1.500\" is ambiguous: it reads as 1.500 with en numbers and 1500 with id numbers; "
        "declare the number locale");
  CHECK(read("1,500", "IDR", std::nullopt).starts_with("error: \"1,500\" is ambiguous"));
}

TEST_CASE("refusals") {
  CHECK(read("Rp1.000", "USD", ID) == "error: \"Rp1.000\" is written in IDR but the amount is in USD");
  CHECK(read("-Rp1.000", "IDR", ID) == "error: \"-Rp1.000\" is negative; this column takes no negative amounts");
  CHECK(read("-Rp1.000", "IDR", ID, true) == "-1000.00");
  CHECK(read("1e5", "IDR", ID) == "error: \"1e5\" is not an amount: exponent notation is not accepted");
  CHECK(read("", "IDR", ID) == "error: empty amount");
  CHECK(read("Rp", "IDR", ID) == "error: \"Rp\" is not an amount (id numbers: 1.500.000,00)");
  CHECK(parse_number_locale("fr").error().message() == "\"fr\" is not a number locale (en or id)");
}
