// A disk that fails: a write or an fsync that reports an error must leave the journal as it was
// (issue 10: a failed fsync used to say "nothing written" while the bytes stayed), and when
// cutting the bytes back fails too, they are marked unacknowledged so that no reader counts them.
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store/journal_file.hpp"
#include "store/store_fixtures.hpp"

using namespace fl;
using namespace fl::store;
using namespace fl::store::testing;

namespace {

// The real system calls, except those told to fail (with errno `err`).
struct FailingOps final : FileOps {
  bool fail_write = false;
  std::size_t short_write = 0;  // with fail_write: write this many bytes before failing
  int fsync_failures = 0;  // the next this many fsyncs fail
  bool fail_truncate = false;
  int err = EIO;
  ssize_t write(int fd, const void* bytes, std::size_t n) override {
    if (fail_write) {
      if (short_write > 0) {
        const std::size_t k = std::min(short_write, n);
        short_write = 0;
        return posix_file_ops().write(fd, bytes, k);
      }
      errno = err;
      return -1;
    }
    return posix_file_ops().write(fd, bytes, n);
  }
  int fsync(int fd) override {
    if (fsync_failures > 0) {
      --fsync_failures;
      errno = err;
      return -1;
    }
    return posix_file_ops().fsync(fd);
  }
  int ftruncate(int fd, off_t length) override {
    if (fail_truncate) {
      errno = err;
      return -1;
    }
    return posix_file_ops().ftruncate(fd, length);
  }
};

const std::vector<std::string> kUnit{"\"type\":\"txn\",\"id\":\"a\"", "\"type\":\"txn\",\"id\":\"b\""};

ScanResult scan_path(const std::string& path, const ScanOptions& options = {}) {
  const int fd = ::open(path.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  auto r = scan_journal(fd, [](const LineRef&) -> Result<void> { return ok(); }, options);
  ::close(fd);
  REQUIRE(r);
  return *r;
}

// A journal of a header and one unit; returns its bytes.
std::string make_journal(const std::string& path) {
  REQUIRE(create_journal(path, "\"type\":\"header\""));
  auto w = Writer::open(path, std::chrono::milliseconds(1000));
  REQUIRE(w);
  const ScanResult s = scan_path(path);
  REQUIRE(w->append_unit(s, std::vector<std::string>{"\"type\":\"txn\",\"id\":\"first\""}));
  return slurp(path);
}

}  // namespace

TEST_CASE("a failed fsync cuts the journal back to its last committed unit and says so") {
  TempDir dir;
  const std::string path = dir.file("j.jsonl");
  const std::string before = make_journal(path);
  for (const int err : {EIO, ENOSPC}) {
    FailingOps ops;
    ops.fsync_failures = 1;  // the unit's fsync fails; the truncation's succeeds
    ops.err = err;
    auto w = Writer::open(path, std::chrono::milliseconds(1000), ops);
    REQUIRE(w);
    const ScanResult s = scan_path(path);
    auto r = w->append_unit(s, kUnit);
    REQUIRE_FALSE(r);
    INFO(r.error().render());
    CHECK(r.error().message().find("cannot fsync: " + std::string(std::strerror(err))) != std::string::npos);
    CHECK(r.error().message().find("cut back to its last committed unit (byte " + std::to_string(before.size()) +
                                   "): nothing was written") != std::string::npos);
    CHECK(slurp(path) == before);
    CHECK_FALSE(std::filesystem::exists(unacknowledged_path(path)));
  }
}

TEST_CASE("a failed or short write cuts the journal back to its last committed unit") {
  TempDir dir;
  const std::string path = dir.file("j.jsonl");
  const std::string before = make_journal(path);
  for (const std::size_t partial : {std::size_t{0}, std::size_t{100}}) {
    FailingOps ops;
    ops.fail_write = true;
    ops.short_write = partial;
    ops.err = ENOSPC;
    auto w = Writer::open(path, std::chrono::milliseconds(1000), ops);
    REQUIRE(w);
    auto r = w->append_unit(scan_path(path), kUnit);
    REQUIRE_FALSE(r);
    CHECK(r.error().message().find("cannot write: No space left on device") != std::string::npos);
    CHECK(r.error().message().find("nothing was written") != std::string::npos);
    CHECK(slurp(path) == before);
  }
}

TEST_CASE("when cutting back fails too, the unit is marked unacknowledged, ignored by readers, quarantined by the next writer") {
  TempDir dir;
  const std::string path = dir.file("j.jsonl");
  const std::string before = make_journal(path);
  const ScanResult good = scan_path(path);
  {
    FailingOps ops;
    ops.fsync_failures = 1000;
    ops.fail_truncate = true;
    auto w = Writer::open(path, std::chrono::milliseconds(1000), ops);
    REQUIRE(w);
    auto r = w->append_unit(good, kUnit);
    REQUIRE_FALSE(r);
    INFO(r.error().message());
    CHECK(r.error().message().find("cutting the journal back to byte " + std::to_string(before.size()) +
                                   " failed too") != std::string::npos);
    CHECK(r.error().message().find("marked as never acknowledged in " + unacknowledged_path(path)) !=
          std::string::npos);
  }
  const std::string after = slurp(path);
  REQUIRE(after.size() > before.size());  // the unit's bytes are still there …
  CHECK(after.substr(0, before.size()) == before);
  CHECK(slurp(unacknowledged_path(path)) == "end " + std::to_string(before.size()) + " head " + to_hex(good.head) + "\n");

  // … but a reader that honours the mark sees the journal as it was, and the rest as a tail.
  auto options = scan_options_for(path);
  REQUIRE(options);
  REQUIRE(options->unacknowledged);
  const ScanResult read = scan_path(path, *options);
  CHECK_FALSE(read.damage);
  CHECK(read.events == good.events);
  CHECK(read.head == good.head);
  CHECK(read.unacknowledged);
  CHECK(read.tail_bytes == after.size() - before.size());
  CHECK(describe_tail(read).find("a unit whose write failed") != std::string::npos);

  // The next writer moves the bytes to the quarantine file, removes the mark, and writes.
  auto w = Writer::open(path, std::chrono::milliseconds(1000));
  REQUIRE(w);
  auto repaired = w->repair_tail(read);
  REQUIRE(repaired);
  CHECK(repaired->find("(a unit whose write failed)") != std::string::npos);
  CHECK(slurp(path) == before);
  CHECK(slurp(path + ".quarantine") == after.substr(before.size()));
  CHECK_FALSE(std::filesystem::exists(unacknowledged_path(path)));
  ScanResult now = read;
  now.tail_bytes = 0;
  REQUIRE(w->append_unit(now, kUnit));
  const ScanResult last = scan_path(path);
  CHECK_FALSE(last.damage);
  CHECK(last.events == good.events + 2);
}

TEST_CASE("a mark that does not match the journal is damage, not a licence to ignore lines") {
  TempDir dir;
  const std::string path = dir.file("j.jsonl");
  const std::string before = make_journal(path);
  spit(unacknowledged_path(path), "end 10 head " + std::string(64, '0') + "\n");
  auto options = scan_options_for(path);
  REQUIRE(options);
  const ScanResult read = scan_path(path, *options);
  REQUIRE(read.damage);
  CHECK(read.damage->reason.find("the mark of unacknowledged bytes says") != std::string::npos);
  spit(unacknowledged_path(path), "garbage\n");
  auto bad = scan_options_for(path);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message().find("is not a mark of unacknowledged bytes") != std::string::npos);
}

TEST_CASE("the quarantine file is never opened through a symbolic link, nor when it is not the writer's regular file") {
  TempDir dir;
  const std::string path = dir.file("j.jsonl");
  const std::string before = make_journal(path);
  const std::string victim = dir.file("victim");
  spit(victim, "precious\n");
  const std::string torn = "{\"seq\":2,\"prev\":\"torn";
  spit(path, before + torn);
  const std::string q = path + ".quarantine";
  REQUIRE(::symlink(victim.c_str(), q.c_str()) == 0);
  auto w = Writer::open(path, std::chrono::milliseconds(1000));
  REQUIRE(w);
  const ScanResult s = scan_path(path);
  REQUIRE(s.tail_bytes > 0);
  auto r = w->repair_tail(s);
  REQUIRE_FALSE(r);
  CHECK(r.error().message().find("is a symbolic link; refusing to follow it") != std::string::npos);
  CHECK(slurp(victim) == "precious\n");
  CHECK(slurp(path) == before + torn);  // nothing was cut either

  REQUIRE(::unlink(q.c_str()) == 0);
  REQUIRE(::mkfifo(q.c_str(), 0600) == 0);
  auto fifo = w->repair_tail(s);
  REQUIRE_FALSE(fifo);
  CHECK(fifo.error().message().find("is not a regular file") != std::string::npos);

  REQUIRE(::unlink(q.c_str()) == 0);
  spit(q, "");
  if (::geteuid() == 0) {  // only root can give a file away; CI runs as root
    REQUIRE(::chown(q.c_str(), 4242, 4242) == 0);
    auto theirs = w->repair_tail(s);
    REQUIRE_FALSE(theirs);
    CHECK(theirs.error().message().find("owned by another user") != std::string::npos);
  }
}

TEST_CASE("a journal path that is not a regular file is refused at once, not waited on") {
  TempDir dir;
  const std::string fifo = dir.file("fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto r = open_for_read(fifo);  // would block for ever without O_NONBLOCK
  REQUIRE_FALSE(r);
  CHECK(r.error().message().find("is not a regular file") != std::string::npos);
  auto w = Writer::open(fifo, std::chrono::milliseconds(100));
  REQUIRE_FALSE(w);
  auto d = open_for_read(dir.path.string());
  REQUIRE_FALSE(d);
}
