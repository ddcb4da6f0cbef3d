#pragma once
// Dates in bank statements, in the mapping's formats (docs/format/statements.md): tokens DD MM
// (one or two digits), YYYY (four), YY (two, 20YY), HH MI SS (the time is checked and dropped);
// any other character is literal. A format is translated once into Hinnant's `date::parse`
// language, which reads the text; a format without a year leaves the year to the statement period.
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace fl::io {

struct DateParts {
  int year = -1;  // -1: the format has no year
  unsigned month = 0;
  unsigned day = 0;
};

// Whether `format` holds DD and MM once each and at most one YYYY or YY.
bool usable_date_format(std::string_view format);

// The first format that reads `raw` (trimmed); a format that reads it into no calendar date is an
// error (a format without a year checks the day against a leap year).
[[nodiscard]] Result<DateParts> read_date(std::string_view raw, const std::vector<std::string>& formats);

}  // namespace fl::io
