#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "store/journal_file.hpp"
#include "store/posix_file.hpp"

namespace fl::store {

Result<int> open_for_read(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) {
      return fail(Error(Errc::not_found, "no journal here (create one with `fundledger init`)")
                      .at(SourcePos{path, 0, 0}));
    }
    return os_error("cannot open the journal", path);
  }
  return fd;
}

namespace {

// A symbolic link whose target does not exist: link() refuses it as existing, but there is no
// journal there.
bool dangling_link(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode) && ::stat(path.c_str(), &st) != 0;
}

}  // namespace

Result<Hash> create_journal(const std::string& path, std::string_view header_body,
                            std::span<const std::string> more_bodies) {
  Hash whole;
  std::string line = build_line(0, kZeroHash, Frame::one, header_body, whole) + "\n";
  std::uint64_t seq = 1;
  for (const std::string& body : more_bodies) {
    const Hash prev = whole;
    line += build_line(seq++, prev, Frame::one, body, whole) + "\n";
  }
  const std::string tmp = path + ".creating." + std::to_string(::getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return os_error("cannot create", tmp);
  auto written = write_all(fd, line, tmp);
  const bool synced = written && ::fsync(fd) == 0;
  ::close(fd);
  if (!synced) {
    ::unlink(tmp.c_str());
    if (!written) return fail(std::move(written).error());
    return os_error("cannot fsync", tmp);
  }
  // link() refuses to replace an existing file, so a journal is never overwritten.
  if (::link(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    errno = err;
    if (err == EEXIST && dangling_link(path)) {
      return fail(Error(Errc::invalid_input,
                        "is a symbolic link to nothing; init does not create a journal through a link (give the "
                        "path the journal should have, or remove the link); nothing was written")
                      .at(SourcePos{path, 0, 0}));
    }
    if (err == EEXIST) {
      return fail(Error(Errc::invalid_input, "a journal already exists here; nothing was written")
                      .at(SourcePos{path, 0, 0}));
    }
    return os_error("cannot create the journal", path);
  }
  ::unlink(tmp.c_str());
  FL_TRY_VOID(fsync_dir(path));
  return whole;
}

Result<Writer> Writer::open(const std::string& path, std::chrono::milliseconds lock_timeout) {
  const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) {
      return fail(Error(Errc::not_found, "no journal here (create one with `fundledger init`)")
                      .at(SourcePos{path, 0, 0}));
    }
    return os_error("cannot open the journal for writing", path);
  }
  const auto deadline = std::chrono::steady_clock::now() + lock_timeout;
  auto pause = std::chrono::milliseconds(1);
  while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      ::close(fd);
      return os_error("cannot lock the journal", path);
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd);
      return fail(Error(Errc::locked, "another writer holds the journal's lock; gave up after " +
                                          std::to_string(lock_timeout.count()) +
                                          " ms (nothing was written)")
                      .at(SourcePos{path, 0, 0}));
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
  return Writer(fd, path);
}

Writer::Writer(Writer&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)) {
  other.fd_ = -1;
}

Writer::~Writer() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

Result<std::string> Writer::repair_tail(const ScanResult& scanned) {
  if (scanned.tail_bytes == 0) return std::string{};
  std::string tail(scanned.tail_bytes, '\0');
  std::size_t got = 0;
  while (got < tail.size()) {
    const ssize_t n = ::pread(fd_, tail.data() + got, tail.size() - got,
                              static_cast<off_t>(scanned.committed_end + got));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return os_error("cannot read the torn tail", path_);
    got += static_cast<std::size_t>(n);
  }
  const std::string qpath = path_ + ".quarantine";
  const int q = ::open(qpath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (q < 0) return os_error("cannot open the quarantine file", qpath);
  auto written = write_all(q, tail, qpath);
  const bool synced = written && ::fsync(q) == 0;
  ::close(q);
  if (!written) return fail(std::move(written).error());
  if (!synced) return os_error("cannot fsync", qpath);
  FL_TRY_VOID(fsync_dir(qpath));
  if (::ftruncate(fd_, static_cast<off_t>(scanned.committed_end)) != 0) {
    return os_error("cannot truncate the torn tail", path_);
  }
  if (::fsync(fd_) != 0) return os_error("cannot fsync", path_);
  std::string what = "repaired the journal: moved " + std::to_string(scanned.tail_bytes) +
                     " byte(s) after byte " + std::to_string(scanned.committed_end);
  if (scanned.uncommitted_lines > 0) {
    what += " (" + std::to_string(scanned.uncommitted_lines) + " uncommitted line(s))";
  }
  what += " to " + qpath;
  return what;
}

Result<Hash> Writer::append_unit(const ScanResult& scanned, std::span<const std::string> bodies) {
  FL_ASSERT(!bodies.empty());
  FL_ASSERT(scanned.tail_bytes == 0);
  std::string out;
  Hash prev = scanned.head;
  std::uint64_t seq = scanned.lines;
  const Frame frame = bodies.size() == 1 ? Frame::one : Frame::part;
  for (const auto& body : bodies) {
    out += build_line(seq++, prev, frame, body, prev);
    out.push_back('\n');
  }
  if (frame == Frame::part) {
    out += build_line(seq++, prev, Frame::commit, "\"count\":" + std::to_string(bodies.size()), prev);
    out.push_back('\n');
  }
  // Append at the end we verified, whatever the file offset says.
  if (::lseek(fd_, static_cast<off_t>(scanned.committed_end), SEEK_SET) < 0) {
    return os_error("cannot seek", path_);
  }
  if (auto w = write_all(fd_, out, path_); !w) {
    // Leave no partial unit behind: cut the file back to where it was.
    if (::ftruncate(fd_, static_cast<off_t>(scanned.committed_end)) == 0) (void)::fsync(fd_);
    return fail(std::move(w).error());
  }
  if (::fsync(fd_) != 0) return os_error("cannot fsync", path_);
  return prev;
}

}  // namespace fl::store
