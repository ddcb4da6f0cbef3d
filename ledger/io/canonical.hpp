#pragma once
// The replay fast path: decodes a transaction body written in the journal's canonical form
// (members in the writer's order, no white space, strings without escapes) with plain string
// scanning. Anything else — an escape, another order, an unknown member, a value the checks
// refuse — returns false and the caller decodes the line with the general JSON decoder, which
// stays the reference for what a line means and for every error message.
#include <cstdint>
#include <string_view>

#include "journal/event.hpp"

namespace fl::io {

// `body` is the members between a line's frame and its hash (store::LineRef::body). `forms`
// gets bit v set for each journal format version v whose canonical form the body is in.
bool decode_canonical_txn(std::string_view body, Transaction& t, std::uint8_t& forms);

}  // namespace fl::io
