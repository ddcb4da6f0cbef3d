#pragma once
// What a write booked, said back to the user: each event appended (or found already there) with
// its amounts, the rate and its date, the value in the base currency, the schedule and the
// postings; as text, or as one JSON object (`--format json`) holding the events as the journal
// stores them.
#include <string>
#include <vector>

#include "app/write.hpp"

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
// What a write booked, as `format` (table or json), to standard output.
void print_booked(const Booked& b, const std::string& format);
Booked booked_of(const app::Written& w);
// What a statement or reconciliation write booked: with --format json the whole result; in
// text, each event but the statement lines (the command counts those).
void print_bank_booked(const app::Written& w, const std::string& format);

// What an import booked, by event type: counts, and for agreements and receipts the total value
// in the base currency (every event in full with --format json).
std::string import_summary(const std::vector<Transaction>& events);

}  // namespace fl::cli
