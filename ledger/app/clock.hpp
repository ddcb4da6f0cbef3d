#pragma once
// The clock of one command: read once (the system clock, or the test clock FUNDLEDGER_NOW /
// --now), passed down to whatever needs the time, never read again. "Today" is its date in the
// ledger's time zone (Jakarta's day starts 7 hours before UTC's).
#include <string>

#include "base/result.hpp"
#include "time/date.hpp"

namespace fl::app {

class Clock {
 public:
  // `text` empty: the system clock, read now; otherwise an instant YYYY-MM-DDThh:mm:ssZ.
  [[nodiscard]] static Result<Clock> read(const std::string& text);
  static Clock at(Instant now) { return Clock(now); }

  Instant now() const { return now_; }
  // The date it is in `time_zone` (an IANA name, the ledger's).
  [[nodiscard]] Result<Date> today(const std::string& time_zone) const;

 private:
  explicit Clock(Instant now) : now_(now) {}
  Instant now_;
};

}  // namespace fl::app
