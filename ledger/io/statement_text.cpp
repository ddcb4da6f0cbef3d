#include "io/statement_text.hpp"

namespace fl::io {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

void append_collapsed(std::string& out, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i > start) {
      if (!out.empty()) out.push_back(' ');
      out.append(s.substr(start, i - start));
    }
  }
}

std::string in_quotes(std::string_view s) { return "\"" + std::string(s.substr(0, 80)) + "\""; }

std::string join(const std::vector<std::string>& words, std::string_view sep) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += sep;
    out += w;
  }
  return out;
}

}  // namespace fl::io
