#include "time/date.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <charconv>
#include <cstdio>
#include <chrono>
#include <exception>

namespace fl {
namespace {

bool digits(std::string_view s, std::size_t from, std::size_t n, int& out) {
  out = 0;
  for (std::size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

date::year_month_day ymd_of(std::int32_t days) {
  return date::year_month_day{date::sys_days{date::days{days}}};
}

void append2(std::string& out, unsigned v) {
  out.push_back(static_cast<char>('0' + v / 10));
  out.push_back(static_cast<char>('0' + v % 10));
}

}  // namespace

Result<Date> Date::from_ymd(int year, unsigned month, unsigned day) {
  const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  if (!ymd.ok() || year < 1900 || year > 2999) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year, month, day);
    return fail(Errc::invalid_input, std::string(buf) + " is not a calendar date");
  }
  return Date(static_cast<std::int32_t>(date::sys_days{ymd}.time_since_epoch().count()));
}

Result<Date> Date::parse(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y) ||
      !digits(text, 5, 2, m) || !digits(text, 8, 2, d)) {
    return fail(Errc::invalid_input,
                "\"" + std::string(text.substr(0, 40)) + "\" is not a date (expected YYYY-MM-DD)");
  }
  auto r = from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  if (!r) return fail(Errc::invalid_input, std::string(text) + " is not a calendar date");
  return r;
}

int Date::year() const { return static_cast<int>(ymd_of(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(ymd_of(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(ymd_of(days_).day()); }

void Date::append_to(std::string& out) const {
  const auto ymd = ymd_of(days_);
  const int y = static_cast<int>(ymd.year());
  out.push_back(static_cast<char>('0' + y / 1000));
  out.push_back(static_cast<char>('0' + y / 100 % 10));
  append2(out, static_cast<unsigned>(y % 100));
  out.push_back('-');
  append2(out, static_cast<unsigned>(ymd.month()));
  out.push_back('-');
  append2(out, static_cast<unsigned>(ymd.day()));
}

std::string Date::to_string() const {
  std::string s;
  append_to(s);
  return s;
}

Result<Instant> Instant::parse(std::string_view text) {
  int hh = 0, mm = 0, ss = 0;
  if (text.size() != 20 || text[10] != 'T' || text[19] != 'Z' || text[13] != ':' ||
      text[16] != ':' || !digits(text, 11, 2, hh) || !digits(text, 14, 2, mm) ||
      !digits(text, 17, 2, ss) || hh > 23 || mm > 59 || ss > 59) {
    return fail(Errc::invalid_input, "\"" + std::string(text.substr(0, 40)) +
                                         "\" is not a UTC time (expected YYYY-MM-DDThh:mm:ssZ)");
  }
  FL_TRY(Date d, Date::parse(text.substr(0, 10)));
  return Instant(std::int64_t{d.days()} * 86400 + hh * 3600 + mm * 60 + ss);
}

std::string Instant::to_string() const {
  const auto days = static_cast<std::int32_t>(
      seconds_ >= 0 ? seconds_ / 86400 : (seconds_ - 86399) / 86400);
  const auto rest = static_cast<unsigned>(seconds_ - std::int64_t{days} * 86400);
  std::string s = Date::from_days(days).to_string();
  s.push_back('T');
  append2(s, rest / 3600);
  s.push_back(':');
  append2(s, rest / 60 % 60);
  s.push_back(':');
  append2(s, rest % 60);
  s.push_back('Z');
  return s;
}

Result<std::string> Instant::in_zone(std::string_view zone) const {
  try {
    const auto* tz = date::locate_zone(zone);
    const date::sys_seconds t{std::chrono::seconds{seconds_}};
    return date::format("%Y-%m-%d %H:%M:%S %Z", date::make_zoned(tz, t));
  } catch (const std::exception& e) {
    return fail(Errc::invalid_input, "unknown time zone \"" + std::string(zone) + "\"");
  }
}

Result<Date> Instant::date_in_zone(std::string_view zone) const {
  try {
    const auto* tz = date::locate_zone(zone);
    const date::sys_seconds t{std::chrono::seconds{seconds_}};
    const auto local = date::make_zoned(tz, t).get_local_time();
    const auto days = date::floor<date::days>(local).time_since_epoch().count();
    return Date::from_days(static_cast<std::int32_t>(days));
  } catch (const std::exception&) {
    return fail(Errc::invalid_input, "unknown time zone \"" + std::string(zone) + "\"");
  }
}

Result<void> check_time_zone(std::string_view zone) {
  try {
    (void)date::locate_zone(zone);
    return ok();
  } catch (const std::exception&) {
    return fail(Errc::invalid_input,
                "unknown time zone \"" + std::string(zone) + "\" (expected an IANA name such as Asia/Jakarta)");
  }
}

Result<FiscalYearStart> FiscalYearStart::parse(std::string_view mm_dd) {
  int m = 0, d = 0;
  if (mm_dd.size() != 5 || mm_dd[2] != '-' || !digits(mm_dd, 0, 2, m) ||
      !digits(mm_dd, 3, 2, d) || m < 1 || m > 12 || d < 1 || d > 28) {
    return fail(Errc::invalid_input, "\"" + std::string(mm_dd.substr(0, 20)) +
                                         "\" is not a fiscal-year start (expected MM-DD, day 1-28)");
  }
  return FiscalYearStart(static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string FiscalYearStart::to_string() const {
  std::string s;
  append2(s, month_);
  s.push_back('-');
  append2(s, day_);
  return s;
}

int FiscalYearStart::fiscal_year(Date d) const {
  if (month_ == 1 && day_ == 1) return d.year();
  const bool after_start = d.month() > month_ || (d.month() == month_ && d.day() >= day_);
  return after_start ? d.year() + 1 : d.year();
}

unsigned FiscalYearStart::fiscal_quarter(Date d) const {
  int months = static_cast<int>(d.month()) - static_cast<int>(month_);
  if (d.day() < day_) months -= 1;
  months = (months % 12 + 12) % 12;
  return static_cast<unsigned>(months / 3) + 1;
}

}  // namespace fl
