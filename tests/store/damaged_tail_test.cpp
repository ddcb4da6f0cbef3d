// Bytes after the last committed unit that a crash damaged (zeros, stale bytes, a cut line, a
// run longer than the line limit) were never acknowledged: they are a tail, wherever they are
// damaged. A whole line that was altered, or damage followed by an intact unit end, stays damage.
#include <catch2/catch.hpp>

#include <random>

#include "store/journal_file.hpp"
#include "store/store_fixtures.hpp"

using namespace fl;
using namespace fl::store;
using namespace fl::store::testing;

TEST_CASE("a tail of zeros or stale bytes after the last commit is a tail, not damage") {
  TempDir dir;
  const Built b = build({1, 3, 1});
  std::mt19937 rng(7);
  std::string stale(6000, '\0');
  for (char& c : stale) c = static_cast<char>(rng());
  const Built part = build({1, 3, 1, 2});  // an open unit's part lines, then the damage
  const std::string open_unit = part.bytes.substr(b.bytes.size(), part.line_starts[part.line_starts.size() - 1] - b.bytes.size());
  const std::vector<std::pair<const char*, std::string>> tails{
      {"4 KiB of zeros", std::string(4096, '\0')},
      {"zeros with line feeds", std::string(100, '\0') + "\n" + std::string(100, '\0') + "\n"},
      {"stale bytes", stale},
      {"2 MiB of zeros, longer than the line limit", std::string(2u << 20, '\0')},
      {"3 MiB of text without a line feed", std::string(3u << 20, 'x')},
      {"a line over the limit, then a line feed", std::string((1u << 20) + 10, 'x') + "\n"},
      {"part lines of an open unit, then zeros", open_unit + std::string(5000, '\0')},
      {"a cut line with zeros inside", b.bytes.substr(b.line_starts[2], 100) + std::string(50, '\0') + "\n"},
  };
  for (const auto& [what, tail] : tails) {
    INFO(what);
    auto s = scan_bytes(dir, b.bytes + tail);
    INFO("damage: " << (s.result.damage ? s.result.damage->reason : std::string("none")));
    REQUIRE_FALSE(s.result.damage);
    CHECK(s.result.events == 5);
    CHECK(s.result.head == b.head);
    CHECK(s.result.committed_end == b.bytes.size());
    CHECK(s.result.tail_bytes == tail.size());
    CHECK(describe_tail(s.result).find("ignoring " + std::to_string(tail.size()) + " byte(s)") == 0);
  }
}

TEST_CASE("damage followed by an intact unit end is damage, however it looks") {
  TempDir dir;
  const Built b = build({1, 1, 1});
  // Zeros over the second event line, the last line intact after them: a rewrite, not a crash.
  std::string zeroed = b.bytes;
  const std::size_t from = b.line_starts[2], to = b.line_starts[3] - 1;
  std::fill(zeroed.begin() + static_cast<std::ptrdiff_t>(from), zeroed.begin() + static_cast<std::ptrdiff_t>(to), '\0');
  auto s = scan_bytes(dir, zeroed);
  REQUIRE(s.result.damage);
  CHECK(s.result.damage->line_no == 3);
  // An intact old line repeated after zeros at the end: still damage (it could be a rewrite).
  auto again = scan_bytes(dir, b.bytes + std::string(100, '\0') + "\n" + b.bytes.substr(b.line_starts[1], b.line_starts[2] - b.line_starts[1]));
  REQUIRE(again.result.damage);
}

TEST_CASE("a whole last line with a changed byte is damage, not a tail") {
  TempDir dir;
  const Built b = build({1, 1});
  std::string bad = b.bytes;
  bad[b.line_starts.back() + 30] ^= 1;
  auto s = scan_bytes(dir, bad);
  REQUIRE(s.result.damage);
  CHECK(s.result.damage->line_no == b.line_starts.size());
}

TEST_CASE("a unit whose middle pages were lost while its commit line reached the disk is a tail") {
  // Pages written out of order: the last page of the write (the commit line) is on disk, an
  // earlier one is zeros. One write appends one unit, so the unit was never acknowledged.
  TempDir dir;
  const Built after = build({1, 1, 40}, 200);  // a 40-line unit of ~10 KiB, several pages
  const Built base = build({1, 1}, 200);
  REQUIRE(after.bytes.substr(0, base.bytes.size()) == base.bytes);
  std::string crashed = after.bytes;
  const std::size_t unit = base.bytes.size();
  std::fill(crashed.begin() + static_cast<std::ptrdiff_t>(unit + 4096),
            crashed.begin() + static_cast<std::ptrdiff_t>(unit + 8192), '\0');
  auto s = scan_bytes(dir, crashed);
  REQUIRE_FALSE(s.result.damage);
  CHECK(s.result.events == 2);
  CHECK(s.result.committed_end == unit);
  CHECK(s.result.tail_bytes == crashed.size() - unit);
  // The same zeros with a line after the commit: two writes, so the first was acknowledged.
  const Built longer = build({1, 1, 40, 1}, 200);
  std::string two = longer.bytes;
  std::fill(two.begin() + static_cast<std::ptrdiff_t>(unit + 4096), two.begin() + static_cast<std::ptrdiff_t>(unit + 8192), '\0');
  auto t = scan_bytes(dir, two);
  REQUIRE(t.result.damage);
}
