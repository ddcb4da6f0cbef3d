#pragma once
// Where two versions of one event differ, member by member, with both values as text: what an
// import says when a row's id is already in the journal with other content.
#include <optional>
#include <string>

#include "journal/event.hpp"

namespace fl::io {

struct FieldDifference {
  // The journal's name of the member, e.g. "data.amount", "date", "data.schedule[1].due",
  // "data.schedule" (when the lists differ in length), "type".
  std::string path;
  std::string recorded;  // the value in the journal, as text ("yes"/"no" for booleans)
  std::string given;     // the value given now
  // For a member of an element of a list of objects (a tranche of a schedule, an allocation):
  // the element's "tranche" member in the journal, to name it.
  std::string element;
};

// The first difference in the journal's member order, `data` first (what a row says), then
// the dates and the description; nothing when the two encode alike (recorded_at aside).
std::optional<FieldDifference> first_field_difference(const Transaction& recorded, const Transaction& given);

}  // namespace fl::io
