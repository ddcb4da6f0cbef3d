#pragma once
// Validates a statement mapping against schemas/statement-mapping.schema.json with a JSON Schema
// library (valijson). The schema is built into the program (a header generated from the file at
// build time), so an installed fundledger needs no source tree. The schema's first complaint is
// said in our error style: the file, the member path as the user wrote it, what is wrong.
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace fl::io {

[[nodiscard]] Result<void> check_mapping_schema(const nlohmann::json& mapping, const std::string& label);

// The schema's text as built into the program.
std::string_view mapping_schema_text();

}  // namespace fl::io
