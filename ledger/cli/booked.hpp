#pragma once
// What a write booked, said back to the user: each event appended (or found already there) with
// its amounts, the rate and its date, the value in the base currency, the schedule and the
// postings; as text, or as one JSON object (`--format json`) holding the events as the journal
// stores them.
#include <string>
#include <vector>

#include "journal/event.hpp"

namespace fl::cli {

struct Booked {
  std::vector<Transaction> events;  // appended, in journal order
  std::size_t already = 0;          // the same events found in the journal (nothing written)
  std::string head_hex;
};

// Text: a block per event, then "head …" (or "nothing written" when nothing was appended).
std::string booked_text(const Booked& b);
// {"events":[{…journal members…}],"already":N,"head":"…"}
std::string booked_json(const Booked& b);

}  // namespace fl::cli
