#pragma once
// The files a command is given as input — import CSV files, a bank statement and its mapping,
// `post FILE` or standard input — are read whole into memory, so each is bounded: a file must be
// a regular file (not a device such as /dev/zero, a pipe or a folder) of at most
// limits::input_file_bytes_max bytes (docs/limits.md).
#include <istream>
#include <string>

#include "base/result.hpp"

namespace fl::app {

// The whole file at `path`, or an error naming it.
[[nodiscard]] Result<std::string> read_input_file(const std::string& path);
// The whole of `in` (standard input), read up to the same limit; `label` names it in errors.
[[nodiscard]] Result<std::string> read_input_stream(std::istream& in, const std::string& label);

}  // namespace fl::app
