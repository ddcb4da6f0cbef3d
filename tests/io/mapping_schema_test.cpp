// Statement mappings are validated against schemas/statement-mapping.schema.json, built into the
// program: what only the schema refuses is said in our style (the file, the member path as the
// user wrote it, what is wrong); what our reader refuses keeps the reader's words.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "io/mapping_schema.hpp"
#include "io/statement_mapping.hpp"

using namespace fl;
using namespace fl::io;

namespace {

const std::string kBase = R"({"mapping_version": 1, "name": "contoh",
  "header": {"cells": ["Tanggal", "Uraian", "Jumlah"]},
  "columns": {"date": 0, "description": 1, "amount": 2},
  "amount": {"style": "signed"},
  "dates": {"formats": ["DD/MM/YYYY"]})";

std::string mapping_error(const std::string& extra) {
  auto r = parse_mapping(kBase + extra + "}", "m.json");
  return r ? "ok" : r.error().render();
}

}  // namespace

TEST_CASE("the schema is built into the program and reads") {
  const auto schema = nlohmann::json::parse(mapping_schema_text());
  CHECK(schema["title"] == "fundledger bank statement mapping");
  CHECK(mapping_error("") == "ok");
}

TEST_CASE("what only the schema refuses names the file and the member") {
  // An empty regex compiles, so our reader takes it; the schema wants at least one character.
  CHECK(mapping_error(R"(, "skip": ["^Total", ""])") ==
        "m.json: error: skip[1]: is refused by the mapping schema: String should be no fewer than 1 characters in length.");
  CHECK(mapping_error(R"(, "end": {"regex": ""})").starts_with("m.json: error: end.regex: is refused by the mapping schema: "));
  CHECK(mapping_error(R"(, "$schema": 7)").starts_with("m.json: error: $schema: is refused by the mapping schema: "));
}

TEST_CASE("the schema's errors are said in our style") {
  const auto schema_error = [](const std::string& json) {
    auto r = check_mapping_schema(nlohmann::json::parse(json), "m.json");
    return r ? "ok" : r.error().render();
  };
  CHECK(schema_error(kBase + "}") == "ok");
  CHECK(schema_error(kBase + R"(, "pendng": {}})") == "m.json: error: pendng: is not a member of this object");
  CHECK(schema_error(R"({"mapping_version": 1})").starts_with("m.json: error: "));
  CHECK(schema_error(R"({"mapping_version": 1})").ends_with(": is required"));
  CHECK(schema_error(R"({"mapping_version": 1, "name": "n", "header": {"regex": "^T"}, "columns": {"date": 0, "debit": 1, "credit": 2},
                          "amount": {"style": "debit_credit"}, "dates": {"formats": ["DD/MM/YYYY"]}})") ==
        "m.json: error: columns.description: is required");
}

TEST_CASE("where our reader refuses a mapping, its message stays") {
  CHECK(mapping_error(R"(, "pendng": {})").starts_with("m.json: error: pendng: is not a member of this object (known: "));
  CHECK(mapping_error(R"(, "numbers": {"thousands": "."})") ==
        "m.json: error: numbers.thousands: must be \",\" with decimal \".\", \".\" with decimal \",\", or \"\"");
}
