#pragma once
// The fixed shape of every journal line (docs/format/journal.md §1):
//   {"seq":N,"prev":"<64 hex>","frame":"one|part|commit",<body>,"hash":"<64 hex>"}
// The store checks this shape and the hashes without parsing the JSON body.
#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "store/sha256.hpp"

namespace fl::store {

enum class Frame : std::uint8_t { one, part, commit };

inline constexpr std::size_t kHashSuffixBytes = 75;  // ,"hash":"<64 hex>"}

struct FramedLine {
  std::uint64_t seq = 0;
  Frame frame = Frame::one;
  std::string_view prev_hex;
  std::string_view body;            // between `"frame":"…",` and `,"hash":"`
  std::uint64_t commit_count = 0;   // for commit lines
};

// Checks the shape; the message says what is wrong with it.
[[nodiscard]] Result<FramedLine> parse_frame(std::string_view line);

// Frames `body` as line `seq` after a line whose whole hash is `prev`; sets `whole` to the
// hash of the new line's whole bytes (the next line's prev).
std::string build_line(std::uint64_t seq, const Hash& prev, Frame frame, std::string_view body,
                       Hash& whole);

}  // namespace fl::store
