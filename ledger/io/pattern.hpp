#pragma once
// The regular expressions of a mapping file, in RE2 syntax: matched in time linear in the line
// and in bounded stack, whatever the statement holds (no backtracking, no recursion per
// character). RE2 is included only here and in pattern.cpp.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace re2 {
class RE2;
}

namespace fl::io {

class Pattern {
 public:
  // The compiled pattern, or why RE2 refuses it (the message only: the caller names the field).
  static Result<Pattern> compile(const std::string& text);

  std::size_t groups() const;  // capture groups
  // Searches the whole line (not anchored: a pattern writes ^ to anchor).
  bool search(std::string_view line) const;
  // As above; capture group i (from 1) is `captures[i-1]`, empty when the group took no part.
  struct Capture {
    std::size_t offset = 0, length = 0;
  };
  bool search(std::string_view line, std::vector<std::optional<Capture>>& captures) const;

 private:
  explicit Pattern(std::shared_ptr<const re2::RE2> re) : re_(std::move(re)) {}
  std::shared_ptr<const re2::RE2> re_;
};

}  // namespace fl::io
