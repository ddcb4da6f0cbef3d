#include "io/event_diff.hpp"

#include <nlohmann/json.hpp>

#include "io/event_codec.hpp"

namespace fl::io {
namespace {

using Json = nlohmann::ordered_json;

std::string text_of(const Json& v) {
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    return s.empty() ? "(empty)" : s;
  }
  if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
  if (v.is_array()) {  // "a|b", or "1:2021-06-01:90000000.00|2:…" for a list of objects
    std::string out;
    for (const auto& item : v) {
      std::string one;
      if (item.is_object()) {
        for (const auto& [k, x] : item.items()) one += (one.empty() ? "" : ":") + text_of(x);
      } else {
        one = text_of(item);
      }
      out += (out.empty() ? "" : "|") + one;
    }
    return out.empty() ? "(none)" : out;
  }
  if (v.is_object()) return v.dump();
  return v.dump();
}

std::optional<FieldDifference> walk(const Json& a, const Json& b, const std::string& path, const std::string& element) {
  if (a == b) return std::nullopt;
  if (a.is_object() && b.is_object()) {
    for (const auto& [k, x] : a.items()) {
      const std::string sub = path.empty() ? k : path + "." + k;
      if (!b.contains(k)) return FieldDifference{sub, text_of(x), "(none)", element};
      if (auto d = walk(x, b.at(k), sub, element)) return d;
    }
    for (const auto& [k, y] : b.items()) {
      if (!a.contains(k)) return FieldDifference{path.empty() ? k : path + "." + k, "(none)", text_of(y), element};
    }
    return std::nullopt;
  }
  if (a.is_array() && b.is_array() && a.size() == b.size()) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      std::string el = element;
      if (a[i].is_object() && a[i].contains("tranche") && a[i]["tranche"].is_string()) el = a[i]["tranche"].get<std::string>();
      if (auto d = walk(a[i], b[i], path + "[" + std::to_string(i) + "]", el)) return d;
    }
    return std::nullopt;
  }
  return FieldDifference{path, text_of(a), text_of(b), element};
}

}  // namespace

std::optional<FieldDifference> first_field_difference(const Transaction& recorded, const Transaction& given) {
  Transaction x = recorded, y = given;
  y.recorded_at = x.recorded_at;
  const Json a = Json::parse("{" + encode_txn_body(x, kJournalVersionFull) + "}");
  const Json b = Json::parse("{" + encode_txn_body(y, kJournalVersionFull) + "}");
  if (a == b) return std::nullopt;
  if (a.value("type", "") != b.value("type", "")) return FieldDifference{"type", a.value("type", ""), b.value("type", ""), {}};
  // What the row says first, then the members the row's dates and text give.
  if (a.contains("data") || b.contains("data")) {
    if (auto d = walk(a.value("data", Json::object()), b.value("data", Json::object()), "data", {})) return d;
  }
  for (const char* k : {"date", "posting_date", "description", "reverses", "postings"}) {
    if (auto d = walk(a.value(k, Json()), b.value(k, Json()), k, {})) return d;
  }
  return walk(a, b, "", {});
}

}  // namespace fl::io
