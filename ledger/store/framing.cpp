#include "store/framing.hpp"

#include <charconv>

namespace fl::store {
namespace {

constexpr std::string_view kSeq = "{\"seq\":";
constexpr std::string_view kPrev = ",\"prev\":\"";
constexpr std::string_view kFrame = "\",\"frame\":\"";
constexpr std::string_view kHashKey = ",\"hash\":\"";
constexpr std::string_view kCount = "\"count\":";

Unexpected shape(std::string what) {
  return fail(Errc::corrupt, "line is not in journal shape: " + std::move(what));
}

std::string_view frame_word(Frame f) {
  switch (f) {
    case Frame::one: return "one";
    case Frame::part: return "part";
    case Frame::commit: return "commit";
  }
  return "one";
}

}  // namespace

Result<FramedLine> parse_frame(std::string_view line) {
  FramedLine out;
  if (!line.starts_with(kSeq)) return shape("it does not begin with {\"seq\":");
  std::size_t i = kSeq.size();
  const std::size_t digits_begin = i;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  const std::size_t ndigits = i - digits_begin;
  if (ndigits == 0 || ndigits > 19 || (ndigits > 1 && line[digits_begin] == '0')) {
    return shape("seq is not a plain decimal number");
  }
  std::from_chars(line.data() + digits_begin, line.data() + i, out.seq);
  if (line.substr(i, kPrev.size()) != kPrev) return shape("\"prev\" does not follow seq");
  i += kPrev.size();
  // prev and hash are compared with computed hashes as lowercase hex, which also rejects any
  // other digits; here only their length and place are checked (this runs on every line).
  out.prev_hex = line.substr(i, 64);
  if (out.prev_hex.size() != 64 || out.prev_hex.find('"') != std::string_view::npos) {
    return shape("prev is not 64 lowercase hex digits");
  }
  i += 64;
  if (line.substr(i, kFrame.size()) != kFrame) return shape("\"frame\" does not follow prev");
  i += kFrame.size();
  const std::string_view rest = line.substr(i);
  std::size_t word = 0;
  if (rest.starts_with("one\"")) {
    out.frame = Frame::one;
    word = 4;
  } else if (rest.starts_with("part\"")) {
    out.frame = Frame::part;
    word = 5;
  } else if (rest.starts_with("commit\"")) {
    out.frame = Frame::commit;
    word = 7;
  } else {
    return shape("frame is not one, part or commit");
  }
  i += word;
  if (line.size() < i + 1 + kHashSuffixBytes || line[i] != ',') {
    return shape("no body and hash after frame");
  }
  const std::string_view suffix = line.substr(line.size() - kHashSuffixBytes);
  if (!suffix.starts_with(kHashKey) || !suffix.ends_with("\"}")) {
    return shape("it does not end with ,\"hash\":\"<64 lowercase hex>\"}");
  }
  out.body = line.substr(i + 1, line.size() - kHashSuffixBytes - i - 1);
  if (out.frame == Frame::commit) {
    const std::string_view b = out.body;
    std::uint64_t count = 0;
    const char* end = b.data() + b.size();
    if (!b.starts_with(kCount)) return shape("a commit line holds only \"count\"");
    const auto [p, ec] = std::from_chars(b.data() + kCount.size(), end, count);
    if (ec != std::errc{} || p != end || count == 0 || b[kCount.size()] == '0') {
      return shape("a commit line's count is not a positive decimal number");
    }
    out.commit_count = count;
  }
  return out;
}

std::string build_line(std::uint64_t seq, const Hash& prev, Frame frame, std::string_view body,
                       Hash& whole) {
  std::string line;
  line.reserve(body.size() + 200);
  line += kSeq;
  line += std::to_string(seq);
  line += kPrev;
  append_hex(line, prev);
  line += kFrame;
  line += frame_word(frame);
  line += "\",";
  line += body;
  const std::size_t prefix_len = line.size();
  line += kHashKey;
  line.append(64, '0');
  line += "\"}";
  Hash own;
  own = sha256(std::string_view(line).substr(0, prefix_len));
  std::string hex = to_hex(own);
  line.replace(prefix_len + kHashKey.size(), 64, hex);
  whole = sha256(line);
  return line;
}

}  // namespace fl::store
