#pragma once
// Small text helpers shared by the statement files (mapping, dates, amounts, reader, checks).
#include <string>
#include <string_view>
#include <vector>

namespace fl::io {

bool is_space(char c);
std::string_view trim(std::string_view s);
// Appends the words of `s` to `out`, separated by one space, no space at either end.
void append_collapsed(std::string& out, std::string_view s);
// `s` (its first 80 bytes) in double quotes, as messages quote the file's own text.
std::string in_quotes(std::string_view s);
std::string join(const std::vector<std::string>& words, std::string_view sep);

}  // namespace fl::io
