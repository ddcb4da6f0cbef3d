#pragma once
// A small JSON writer with one canonical output: compact, members in the order written,
// strings escaped minimally (\" \\ \b \f \n \r \t, other control characters as \u00xx) and
// otherwise kept as UTF-8 — byte for byte what Python's json.dumps(value, ensure_ascii=False,
// separators=(",", ":")) writes, so an independent verifier can check the canonical form. The
// journal's bytes must not depend on a library's formatting choices, so we write them here.
#include <string>
#include <string_view>

namespace fl::json {

void append_json_string(std::string& out, std::string_view s);

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& string(std::string_view v);
  JsonWriter& raw(std::string_view json);  // an already-encoded value (a number, true, null)
  JsonWriter& number(long long v) { return raw(std::to_string(v)); }
  JsonWriter& boolean(bool v) { return raw(v ? "true" : "false"); }
  JsonWriter& null() { return raw("null"); }
  JsonWriter& member(std::string_view k, std::string_view v) { return key(k).string(v); }

 private:
  void separate();
  std::string& out_;
  bool need_comma_ = false;
};

}  // namespace fl::json
