#include "io/mapping_schema.hpp"

#include <exception>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "io/statement_mapping_schema_text.hpp"  // generated from schemas/ by ledger/io/CMakeLists.txt

namespace fl::io {
namespace {

// The schema, parsed once (it never changes while the program runs).
struct ParsedSchema {
  valijson::Schema schema;
  ParsedSchema() {
    const nlohmann::json doc = nlohmann::json::parse(kStatementMappingSchemaText);
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);  // the newest draft valijson reads; $defs resolve as JSON pointers
    parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(doc), schema);
  }
};

const valijson::Schema& schema() {
  static const ParsedSchema parsed;
  return parsed.schema;
}

// valijson names a place as "<root>", then "[member]" or "[index]" per step; we write
// `columns.description[0]`.
std::string member_path(const std::vector<std::string>& context) {
  std::string out;
  for (const auto& step : context) {
    if (step.size() < 2 || step.front() != '[' || step.back() != ']') continue;
    const std::string name = step.substr(1, step.size() - 2);
    const bool index = !name.empty() && name.find_first_not_of("0123456789") == std::string::npos;
    if (index) out += "[" + name + "]";
    else out += (out.empty() ? "" : ".") + name;
  }
  return out;
}

// The quoted name at the end of a valijson message: "... property 'name'." -> name.
std::string quoted_name(const std::string& description) {
  const auto close = description.rfind('\'');
  const auto open = close == std::string::npos || close == 0 ? std::string::npos : description.rfind('\'', close - 1);
  return open == std::string::npos ? std::string() : description.substr(open + 1, close - open - 1);
}

Error schema_error(const valijson::ValidationResults::Error& e, const std::string& label) {
  std::string path = member_path(e.context);
  std::string message;
  const std::string& d = e.description;
  const auto join = [](const std::string& parent, const std::string& child) {
    return parent.empty() ? child : parent + "." + child;
  };
  if (d.starts_with("Missing required property")) {
    path = join(path, quoted_name(d));
    message = "is required";
  } else if (d.starts_with("Object contains a property that could not be validated")) {
    path = join(path, quoted_name(d));
    message = "is not a member of this object";
  } else {
    message = "is refused by the mapping schema: " + d;
  }
  return Error(Errc::invalid_input, std::move(message)).in(path.empty() ? "(the mapping)" : path).at(SourcePos{label, 0, 0});
}

}  // namespace

std::string_view mapping_schema_text() { return kStatementMappingSchemaText; }

Result<void> check_mapping_schema(const nlohmann::json& mapping, const std::string& label) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  try {  // valijson is built to throw; a throw is an error of this mapping, never an abort
    if (validator.validate(schema(), valijson::adapters::NlohmannJsonAdapter(mapping), &results)) return ok();
  } catch (const std::exception& e) {
    return fail(Error(Errc::invalid_input, std::string("the mapping schema could not be applied: ") + e.what())
                    .at(SourcePos{label, 0, 0}));
  }
  valijson::ValidationResults::Error first;
  results.popError(first);  // the most specific: valijson reports a failure before its enclosing ones
  return fail(schema_error(first, label));
}

}  // namespace fl::io
