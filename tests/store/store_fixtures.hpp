#pragma once
// Journals built as bytes and scanned, for the store's tests.
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "store/journal_file.hpp"

namespace fl::store::testing {

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    char tmpl[] = "/tmp/fl-store-XXXXXX";
    path = ::mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string file(const char* name) const { return (path / name).string(); }
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}
inline void spit(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// A journal as bytes: header, then units of the given sizes (1 = a `one` line).
struct Built {
  std::string bytes;
  std::vector<std::size_t> line_starts;
  Hash head{};
  std::uint64_t lines = 0;
};
inline Built build(const std::vector<std::size_t>& units, std::size_t body_pad = 0) {
  Built b;
  Hash prev = kZeroHash;
  auto add = [&](Frame f, const std::string& body) {
    b.line_starts.push_back(b.bytes.size());
    b.bytes += build_line(b.lines++, prev, f, body, prev);
    b.bytes += '\n';
  };
  add(Frame::one, "\"type\":\"header\"");
  int n = 0;
  for (std::size_t u : units) {
    for (std::size_t i = 0; i < u; ++i) {
      add(u == 1 ? Frame::one : Frame::part,
          "\"type\":\"txn\",\"id\":\"T-" + std::to_string(++n) + "\",\"pad\":\"" + std::string(body_pad, 'x') + "\"");
    }
    if (u > 1) add(Frame::commit, "\"count\":" + std::to_string(u));
  }
  b.head = prev;
  return b;
}

struct Scanned {
  ScanResult result;
  std::vector<std::uint64_t> seqs;  // visited lines
};
inline Scanned scan_bytes(const TempDir& dir, const std::string& bytes, ScanOptions options = {}) {
  const std::string path = dir.file("scan.jsonl");
  spit(path, bytes);
  const int fd = ::open(path.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  Scanned s;
  auto r = scan_journal(fd, [&](const LineRef& l) -> Result<void> {
    s.seqs.push_back(l.seq);
    return ok();
  }, options);
  ::close(fd);
  REQUIRE(r);
  s.result = *r;
  return s;
}

inline std::size_t line_of(const Built& b, std::size_t offset) {
  std::size_t line = 0;
  while (line + 1 < b.line_starts.size() && b.line_starts[line + 1] <= offset) ++line;
  return line;
}

}  // namespace fl::store::testing
