#include "io/statement_dates.hpp"

#include "io/statement_text.hpp"
#include "time/date.hpp"
#include "time/date_format.hpp"

namespace fl::io {
namespace {

// A mapping's date format in date::parse's language, and what the translation cannot say.
struct ParseFormat {
  std::string fmt;
  int dd = 0, mm = 0, years = 0;
  bool two_digit_year = false;  // YY: 20YY, where date::parse's %y would read 69..99 as 19YY
  bool four_digit_year = false; // YYYY: exactly four digits, where %Y reads one to four
};

ParseFormat translate(std::string_view f) {
  struct Token {
    std::string_view ours, theirs;
  };
  static constexpr Token kTokens[] = {{"YYYY", "%Y"}, {"YY", "%y"}, {"DD", "%d"}, {"MM", "%m"},
                                      {"HH", "%H"},   {"MI", "%M"}, {"SS", "%S"}};
  ParseFormat out;
  std::size_t i = 0;
  while (i < f.size()) {
    const Token* hit = nullptr;
    for (const Token& t : kTokens) {
      if (f.substr(i).starts_with(t.ours)) {
        hit = &t;
        break;
      }
    }
    if (hit) {
      out.fmt += hit->theirs;
      out.dd += hit->ours == "DD" ? 1 : 0;
      out.mm += hit->ours == "MM" ? 1 : 0;
      out.years += hit->ours.starts_with("YY") ? 1 : 0;
      out.two_digit_year = out.two_digit_year || hit->ours == "YY";
      out.four_digit_year = out.four_digit_year || hit->ours == "YYYY";
      i += hit->ours.size();
      continue;
    }
    // A literal: '%' is date::parse's escape; a space is %n (one white-space character), as a
    // plain space in a date::parse format would match any run of them.
    out.fmt += f[i] == '%' ? std::string("%%") : f[i] == ' ' ? std::string("%n") : std::string(1, f[i]);
    ++i;
  }
  return out;
}

// The day, month and (when the format has one) year that `format` reads from the whole of
// `text`; nothing when the text is not in that format. The date is not checked here.
std::optional<DateParts> match(std::string_view text, const ParseFormat& format) {
  const auto f = read_date_fields(text, format.fmt);
  if (!f) return std::nullopt;
  DateParts p;
  p.month = f->month;
  p.day = f->day;
  if (format.years > 0) {
    if (!f->year) return std::nullopt;
    const int y = *f->year;
    if (format.four_digit_year && y < 1000) return std::nullopt;  // fewer than four digits
    p.year = format.two_digit_year ? 2000 + y % 100 : y;
  }
  return p;
}

}  // namespace

bool usable_date_format(std::string_view format) {
  const ParseFormat f = translate(format);
  return f.dd == 1 && f.mm == 1 && f.years <= 1;
}

Result<DateParts> read_date(std::string_view raw, const std::vector<std::string>& formats) {
  const std::string_view text = trim(raw);
  for (const auto& f : formats) {
    auto p = match(text, translate(f));
    if (!p) continue;
    const int year = p->year < 0 ? 2000 : p->year;  // a leap year, for day-month checks
    if (!Date::from_ymd(year, p->month, p->day)) {
      return fail(Errc::invalid_input, in_quotes(text) + " is not a calendar date (read as " + f + ")");
    }
    return *p;
  }
  if (text.empty()) return fail(Errc::invalid_input, "no date");
  return fail(Errc::invalid_input, in_quotes(text) + " is not a date in the form " + join(formats, " or "));
}

}  // namespace fl::io
