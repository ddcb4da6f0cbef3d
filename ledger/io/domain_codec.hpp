#pragma once
// The `data` member of agreement-domain events (docs/format/journal.md §4.3): written with the
// canonical JSON writer, read back with nlohmann/json (these events are few next to
// transactions, so the replay fast path does not need them).
#include <string_view>

#include "base/json_writer.hpp"
#include "base/result.hpp"
#include "journal/event.hpp"

namespace fl::io {

void write_domain_data(json::JsonWriter& w, const DomainData& data);
[[nodiscard]] Result<DomainData> read_domain_data(EventKind kind, std::string_view raw_json);

}  // namespace fl::io
