#pragma once
// Dates written in a format, read with Howard Hinnant's date::parse (only time/ includes it):
// the bank statement reader translates a mapping's date format into date::parse's language.
#include <optional>
#include <string>
#include <string_view>

namespace fl {

// What a format read: the year only when the format has one. Day and month are not checked
// (31/09 and 32/13 are read as written; the caller says they are no calendar date).
struct DateFields {
  std::optional<int> year;
  unsigned month = 0;
  unsigned day = 0;
};

// Reads the whole of `text` with `format` (date::parse's %d %m %Y %y %H %M %S %n %%); nothing
// when the text is not in that format. A time of day must be 00:00:00 to 23:59:59 and is dropped.
std::optional<DateFields> read_date_fields(std::string_view text, const std::string& format);

}  // namespace fl
