#include "io/pattern.hpp"

#include <re2/re2.h>

namespace fl::io {

Result<Pattern> Pattern::compile(const std::string& text) {
  RE2::Options options;
  options.set_log_errors(false);  // the error goes to the caller, never to stderr
  auto re = std::make_shared<const re2::RE2>(text, options);
  if (!re->ok()) return fail(Errc::invalid_input, re->error());
  return Pattern(std::move(re));
}

std::size_t Pattern::groups() const { return static_cast<std::size_t>(re_->NumberOfCapturingGroups()); }

bool Pattern::search(std::string_view line) const {
  return re_->Match(re2::StringPiece(line.data(), line.size()), 0, line.size(), RE2::UNANCHORED, nullptr, 0);
}

bool Pattern::search(std::string_view line, std::vector<std::optional<Capture>>& captures) const {
  const std::size_t n = groups();
  std::vector<re2::StringPiece> found(n + 1);
  const re2::StringPiece text(line.data(), line.size());
  captures.assign(n, std::nullopt);
  if (!re_->Match(text, 0, line.size(), RE2::UNANCHORED, found.data(), static_cast<int>(n + 1))) return false;
  for (std::size_t g = 1; g <= n; ++g) {
    if (found[g].data() == nullptr) continue;  // the group took no part in the match
    captures[g - 1] = Capture{static_cast<std::size_t>(found[g].data() - line.data()), found[g].size()};
  }
  return true;
}

}  // namespace fl::io
