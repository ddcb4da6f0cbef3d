#pragma once
// Civil dates and UTC instants. Only time/ includes Howard Hinnant's date library.
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace fl {

// A calendar date (proleptic Gregorian), held as days since 1970-01-01.
class Date {
 public:
  // Strictly "YYYY-MM-DD", a real calendar date between 1900 and 2999.
  [[nodiscard]] static Result<Date> parse(std::string_view text);
  static Date from_days(std::int32_t days) { return Date(days); }
  static Result<Date> from_ymd(int year, unsigned month, unsigned day);

  std::int32_t days() const { return days_; }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  std::string to_string() const;
  void append_to(std::string& out) const;

  Date plus_days(std::int32_t n) const { return Date(days_ + n); }
  friend std::int32_t days_between(Date from, Date to) { return to.days_ - from.days_; }
  friend auto operator<=>(Date, Date) = default;

 private:
  explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_;
};

// A UTC instant with second precision: when an event was recorded.
class Instant {
 public:
  // "YYYY-MM-DDThh:mm:ssZ"
  [[nodiscard]] static Result<Instant> parse(std::string_view text);
  static Instant from_unix_seconds(std::int64_t s) { return Instant(s); }
  std::int64_t unix_seconds() const { return seconds_; }
  std::string to_string() const;  // UTC, "…Z"
  // Shown in an IANA time zone, e.g. "2026-11-28 04:35:00 WIB".
  [[nodiscard]] Result<std::string> in_zone(std::string_view zone) const;
  // The calendar date it is in an IANA time zone: "today" for a ledger kept in Jakarta.
  [[nodiscard]] Result<Date> date_in_zone(std::string_view zone) const;
  friend auto operator<=>(Instant, Instant) = default;

 private:
  explicit Instant(std::int64_t s) : seconds_(s) {}
  std::int64_t seconds_;
};

// Whether an IANA zone name is known to the system's time zone database.
[[nodiscard]] Result<void> check_time_zone(std::string_view zone);

// Where a fiscal year starts: US government 10-01, Indonesian government 01-01.
class FiscalYearStart {
 public:
  [[nodiscard]] static Result<FiscalYearStart> parse(std::string_view mm_dd);
  unsigned month() const { return month_; }
  unsigned day() const { return day_; }
  std::string to_string() const;
  // Fiscal years are named by the calendar year in which they end (FY2024 = Oct 2023–Sep 2024).
  int fiscal_year(Date d) const;
  // 1..4, counted from the start of the fiscal year.
  unsigned fiscal_quarter(Date d) const;

 private:
  FiscalYearStart(unsigned m, unsigned d) : month_(m), day_(d) {}
  unsigned month_;
  unsigned day_;
};

}  // namespace fl
