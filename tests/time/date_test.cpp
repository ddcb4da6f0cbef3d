#include <catch2/catch.hpp>

#include "time/date.hpp"

using namespace fl;

TEST_CASE("dates are calendar dates") {
  CHECK(Date::parse("2024-02-29")->to_string() == "2024-02-29");
  auto bad = Date::parse("2024-02-30");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message() == "2024-02-30 is not a calendar date");
  CHECK_FALSE(Date::parse("2023-02-29"));
  CHECK_FALSE(Date::parse("2024-13-01"));
  CHECK_FALSE(Date::parse("2024-1-01"));
  CHECK_FALSE(Date::parse("24-01-01"));
  CHECK_FALSE(Date::parse("2024/01/01"));
  CHECK(Date::parse("1970-01-01")->days() == 0);
  CHECK(days_between(*Date::parse("2024-01-01"), *Date::parse("2024-03-01")) == 60);
  CHECK(Date::parse("2023-12-31")->plus_days(1).to_string() == "2024-01-01");
}

TEST_CASE("instants are UTC and shown in the ledger's zone") {
  auto i = Instant::parse("2026-11-27T21:35:00Z");
  REQUIRE(i);
  CHECK(i->to_string() == "2026-11-27T21:35:00Z");
  CHECK(*i->in_zone("Asia/Jakarta") == "2026-11-28 04:35:00 WIB");
  CHECK(*i->in_zone("Asia/Makassar") == "2026-11-28 05:35:00 WITA");
  CHECK_FALSE(i->in_zone("Mars/Olympus"));
  CHECK_FALSE(Instant::parse("2026-11-27 21:35:00"));
  CHECK_FALSE(Instant::parse("2026-11-27T24:00:00Z"));
  CHECK(Instant::from_unix_seconds(-1).to_string() == "1969-12-31T23:59:59Z");
}

TEST_CASE("fiscal years: US government and calendar") {
  auto us = *FiscalYearStart::parse("10-01");
  CHECK(us.fiscal_year(*Date::parse("2023-09-30")) == 2023);
  CHECK(us.fiscal_year(*Date::parse("2023-10-01")) == 2024);
  CHECK(us.fiscal_quarter(*Date::parse("2023-10-01")) == 1);
  CHECK(us.fiscal_quarter(*Date::parse("2024-01-15")) == 2);
  CHECK(us.fiscal_quarter(*Date::parse("2024-09-30")) == 4);
  auto cal = *FiscalYearStart::parse("01-01");
  CHECK(cal.fiscal_year(*Date::parse("2023-12-31")) == 2023);
  CHECK(cal.fiscal_quarter(*Date::parse("2023-05-01")) == 2);
  CHECK_FALSE(FiscalYearStart::parse("02-30"));
  CHECK_FALSE(FiscalYearStart::parse("13-01"));
}
