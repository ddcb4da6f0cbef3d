#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "store/journal_file.hpp"
#include "store/store_fixtures.hpp"

using namespace fl;
using namespace fl::store;

using namespace fl::store::testing;

TEST_CASE("a well-formed journal scans whole") {
  TempDir dir;
  const Built b = build({1, 1, 3, 1});
  auto s = scan_bytes(dir, b.bytes);
  CHECK_FALSE(s.result.damage);
  CHECK(s.result.lines == 8);   // header, 2 ones, 3 parts + commit, one
  CHECK(s.result.events == 6);
  CHECK(s.result.head == b.head);
  CHECK(s.result.committed_end == b.bytes.size());
  CHECK(s.seqs == std::vector<std::uint64_t>{0, 1, 2, 3, 4, 5, 7});
}

TEST_CASE("changing any byte of any line is caught at that line") {
  TempDir dir;
  const Built b = build({1, 2, 1});
  for (std::size_t p = 0; p < b.bytes.size(); ++p) {
    if (b.bytes[p] == '\n') continue;
    std::string bad = b.bytes;
    bad[p] = bad[p] == '#' ? '$' : '#';
    auto s = scan_bytes(dir, bad);
    INFO("byte " << p);
    REQUIRE(s.result.damage);
    const std::size_t line = line_of(b, p);
    CHECK(s.result.damage->line_no == line + 1);
    CHECK(s.result.damage->seq == line);
    CHECK(s.result.damage->offset == b.line_starts[line]);
  }
}

TEST_CASE("a deleted, swapped or repeated line breaks the chain") {
  TempDir dir;
  const Built b = build({1, 1, 1, 1});
  auto line = [&](std::size_t i) {
    const std::size_t end = i + 1 < b.line_starts.size() ? b.line_starts[i + 1] : b.bytes.size();
    return b.bytes.substr(b.line_starts[i], end - b.line_starts[i]);
  };
  const std::string deleted = line(0) + line(1) + line(3) + line(4);
  auto s = scan_bytes(dir, deleted);
  REQUIRE(s.result.damage);
  CHECK(s.result.damage->seq == 2);
  CHECK(s.result.damage->reason.find("seq is 3 where 2 was expected") != std::string::npos);
  const std::string swapped = line(0) + line(2) + line(1) + line(3) + line(4);
  s = scan_bytes(dir, swapped);
  REQUIRE(s.result.damage);
  CHECK(s.result.damage->line_no == 2);
  const std::string repeated = line(0) + line(1) + line(1) + line(2);
  s = scan_bytes(dir, repeated);
  REQUIRE(s.result.damage);
  CHECK(s.result.damage->line_no == 3);
}

TEST_CASE("a truncated tail is caught against the head an auditor kept") {
  TempDir dir;
  const Built b = build({1, 1, 1});
  const std::string truncated = b.bytes.substr(0, b.line_starts.back());
  auto s = scan_bytes(dir, truncated, ScanOptions{b.head});
  CHECK_FALSE(s.result.damage);
  CHECK_FALSE(s.result.expected_head_found);
  s = scan_bytes(dir, b.bytes, ScanOptions{b.head});
  CHECK(s.result.expected_head_found);
  // A journal that grew after the head was kept still contains it.
  const Built longer = build({1, 1, 1, 1});
  s = scan_bytes(dir, longer.bytes, ScanOptions{b.head});
  CHECK(s.result.expected_head_found);
}

TEST_CASE("a unit cut at any byte is either whole or invisible") {
  TempDir dir;
  const Built b = build({1, 3});
  const std::size_t unit_start = b.line_starts[2];
  for (std::size_t cut = unit_start; cut <= b.bytes.size(); ++cut) {
    auto s = scan_bytes(dir, b.bytes.substr(0, cut));
    INFO("cut at " << cut);
    REQUIRE_FALSE(s.result.damage);
    if (cut == b.bytes.size()) {
      CHECK(s.seqs == std::vector<std::uint64_t>{0, 1, 2, 3, 4});
      CHECK(s.result.tail_bytes == 0);
    } else {
      CHECK(s.seqs == std::vector<std::uint64_t>{0, 1});
      CHECK(s.result.committed_end == unit_start);
      CHECK(s.result.tail_bytes == cut - unit_start);
    }
  }
}

TEST_CASE("broken unit framing is damage") {
  TempDir dir;
  Hash prev = kZeroHash;
  std::string bytes = build_line(0, prev, Frame::one, "\"type\":\"header\"", prev) + "\n";
  const std::string after_header = bytes;
  const Hash header_hash = prev;
  bytes += build_line(1, prev, Frame::part, "\"type\":\"txn\"", prev) + "\n";
  bytes += build_line(2, prev, Frame::one, "\"type\":\"txn\"", prev) + "\n";
  auto s = scan_bytes(dir, bytes);
  REQUIRE(s.result.damage);
  CHECK(s.result.damage->seq == 2);
  prev = header_hash;
  bytes = after_header + build_line(1, prev, Frame::part, "\"type\":\"txn\"", prev) + "\n";
  bytes += build_line(2, prev, Frame::commit, "\"count\":2", prev) + "\n";
  s = scan_bytes(dir, bytes);
  REQUIRE(s.result.damage);
  CHECK(s.result.damage->reason == "commit names 2 line(s) but 1 part line(s) precede it");
}

TEST_CASE("units larger than a read chunk and spanning chunks scan whole") {
  TempDir dir;
  std::vector<std::size_t> units(9000, 1);
  units[8000] = 2000;  // a 2000-line unit across the first 4 MiB boundary
  const Built b = build(units, 800);
  REQUIRE(b.bytes.size() > (8u << 20));
  auto s = scan_bytes(dir, b.bytes);
  CHECK_FALSE(s.result.damage);
  CHECK(s.result.events == 8999 + 2000);
  CHECK(s.result.head == b.head);
  CHECK(s.seqs.size() == 1 + 8999 + 2000);
}

TEST_CASE("a writer quarantines a torn tail, then appends") {
  TempDir dir;
  const std::string path = dir.file("j.jsonl");
  REQUIRE(create_journal(path, "\"type\":\"header\""));
  const std::string good = slurp(path);
  spit(path, good + "{\"seq\":1,\"prev\":\"tor");
  auto w = Writer::open(path, std::chrono::milliseconds(1000));
  REQUIRE(w);
  auto scanned = scan_journal(w->fd(), [](const LineRef&) -> Result<void> { return ok(); });
  REQUIRE(scanned);
  CHECK(scanned->torn_line);
  CHECK(scanned->tail_bytes == 20);
  auto repaired = w->repair_tail(*scanned);
  REQUIRE(repaired);
  CHECK(repaired->find("moved 20 byte(s)") != std::string::npos);
  CHECK(slurp(path) == good);
  CHECK(slurp(path + ".quarantine") == "{\"seq\":1,\"prev\":\"tor");
  scanned->tail_bytes = 0;
  const std::vector<std::string> bodies{"\"type\":\"txn\",\"id\":\"a\"", "\"type\":\"txn\",\"id\":\"b\""};
  auto head = w->append_unit(*scanned, bodies);
  REQUIRE(head);
  auto again = scan_journal(w->fd(), [](const LineRef&) -> Result<void> { return ok(); });
  REQUIRE(again);
  CHECK(again->events == 2);
  CHECK(again->lines == 4);
  CHECK(again->head == *head);
}

TEST_CASE("create never overwrites a journal") {
  TempDir dir;
  const std::string path = dir.file("j.jsonl");
  REQUIRE(create_journal(path, "\"type\":\"header\""));
  const std::string before = slurp(path);
  auto second = create_journal(path, "\"type\":\"header\",\"x\":1");
  REQUIRE_FALSE(second);
  CHECK(second.error().message() == "a journal already exists here; nothing was written");
  CHECK(slurp(path) == before);
}

TEST_CASE("two writing processes lose nothing") {
  TempDir dir;
  const std::string path = dir.file("j.jsonl");
  REQUIRE(create_journal(path, "\"type\":\"header\""));
  constexpr int kEach = 500;
  auto writer = [&](char who) {
    for (int i = 0; i < kEach; ++i) {
      auto w = Writer::open(path, std::chrono::milliseconds(30000));
      if (!w) _exit(2);
      auto s = scan_journal(w->fd(), [](const LineRef&) -> Result<void> { return ok(); });
      if (!s || s->damage) _exit(3);
      const std::string body = std::string("\"type\":\"txn\",\"id\":\"") + who + std::to_string(i) + "\"";
      if (!w->append_unit(*s, std::span(&body, 1))) _exit(4);
    }
    _exit(0);
  };
  std::vector<pid_t> kids;
  for (char who : {'a', 'b'}) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) writer(who);
    kids.push_back(pid);
  }
  for (pid_t pid : kids) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  const int fd = ::open(path.c_str(), O_RDONLY);
  std::set<std::string> ids;
  auto s = scan_journal(fd, [&](const LineRef& l) -> Result<void> {
    ids.insert(std::string(l.body));
    return ok();
  });
  ::close(fd);
  REQUIRE(s);
  CHECK_FALSE(s->damage);
  CHECK(s->events == 2 * kEach);
  CHECK(ids.size() == 2 * kEach + 1);
}

TEST_CASE("hex helpers") {
  const Hash h = sha256("abc");
  CHECK(to_hex(h) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  Hash back{};
  CHECK(parse_hex(to_hex(h), back));
  CHECK(back == h);
  CHECK_FALSE(parse_hex("xyz", back));
  Hash own{}, whole{};
  sha256_prefix_and_whole("ab", "c", own, whole);
  CHECK(own == sha256("ab"));
  CHECK(whole == h);
}
