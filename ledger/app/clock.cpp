#include "app/clock.hpp"

#include <chrono>

namespace fl::app {

Result<Clock> Clock::read(const std::string& text) {
  if (!text.empty()) {
    auto i = Instant::parse(text);
    // A clock the command line cannot read is a usage error (exit 2), whichever command it is.
    if (!i) return fail(Error(Errc::usage, i.error().message()).in("--now"));
    return Clock(*i);
  }
  const auto s = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
  return Clock(Instant::from_unix_seconds(s.count()));
}

Result<Date> Clock::today(const std::string& time_zone) const { return now_.date_in_zone(time_zone); }

}  // namespace fl::app
