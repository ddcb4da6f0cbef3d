#include "time/date_format.hpp"

#include <chrono>
#include <date/date.h>
#include <sstream>

namespace fl {

std::optional<DateFields> read_date_fields(std::string_view text, const std::string& format) {
  std::istringstream in{std::string(text)};
  date::fields<std::chrono::seconds> f{};
  date::from_stream(in, format.c_str(), f);
  if (in.fail() || in.peek() != std::char_traits<char>::eof()) return std::nullopt;
  // date::parse takes 24:00 and a leap second; a time of day here is 00:00:00 to 23:59:59.
  using namespace std::chrono_literals;
  if (f.has_tod && (f.tod.hours() > 23h || f.tod.minutes() > 59min || f.tod.seconds() > 59s)) return std::nullopt;
  DateFields out;
  if (f.ymd.year().ok()) out.year = static_cast<int>(f.ymd.year());
  out.month = static_cast<unsigned>(f.ymd.month());
  out.day = static_cast<unsigned>(f.ymd.day());
  return out;
}

}  // namespace fl
