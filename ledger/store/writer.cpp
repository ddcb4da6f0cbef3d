#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>
#include <vector>

#include "store/journal_file.hpp"
#include "store/posix_file.hpp"

namespace fl::store {

Result<int> open_for_read(const std::string& path) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it has no effect on a regular file.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENOENT) {
      return fail(Error(Errc::not_found, "no journal here (create one with `fundledger init`)")
                      .at(SourcePos{path, 0, 0}));
    }
    return os_error("cannot open the journal", path);
  }
  if (auto regular = require_regular(fd, "the journal", path); !regular) {
    ::close(fd);
    return fail(std::move(regular).error());
  }
  return fd;
}

std::string unacknowledged_path(const std::string& journal) { return journal + ".unacknowledged"; }

Result<std::optional<UnacknowledgedMark>> read_unacknowledged_mark(const std::string& journal) {
  const std::string mpath = unacknowledged_path(journal);
  const int fd = ::open(mpath.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENOENT) return std::optional<UnacknowledgedMark>{};
    return os_error("cannot open the mark of unacknowledged bytes", mpath);
  }
  char buf[256];
  const ssize_t n = ::read(fd, buf, sizeof buf);
  ::close(fd);
  // "end N head HEX\n": the journal's committed end and head before the write that failed.
  const std::string_view text(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
  UnacknowledgedMark mark;
  const auto bad = [&] {
    return fail(Error(Errc::corrupt, "is not a mark of unacknowledged bytes (`end N head HEX`)")
                    .at(SourcePos{mpath, 1, 0}));
  };
  if (!text.starts_with("end ")) return bad();
  std::size_t i = 4;
  std::uint64_t end = 0;
  const std::size_t digits = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - digits < 19) end = end * 10 + static_cast<std::uint64_t>(text[i++] - '0');
  if (i == digits || text.substr(i, 6) != " head ") return bad();
  i += 6;
  if (!parse_hex(text.substr(i, 64), mark.head) || text.substr(i + 64) != "\n") return bad();
  mark.end = end;
  return std::optional<UnacknowledgedMark>{mark};
}

Result<ScanOptions> scan_options_for(const std::string& path) {
  ScanOptions options;
  FL_TRY(options.unacknowledged, read_unacknowledged_mark(path));
  return options;
}

namespace {

// Writes the mark (fsynced, and its directory): the bytes after `end` were never acknowledged.
Result<void> write_unacknowledged_mark(const std::string& journal, std::uint64_t end, const Hash& head) {
  const std::string mpath = unacknowledged_path(journal);
  const int fd = ::open(mpath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) return os_error("cannot create", mpath);
  const std::string text = "end " + std::to_string(end) + " head " + to_hex(head) + "\n";
  auto written = write_all(fd, text, mpath);
  const bool synced = written && ::fsync(fd) == 0;
  ::close(fd);
  if (!written) return fail(std::move(written).error());
  if (!synced) return os_error("cannot fsync", mpath);
  return fsync_dir(mpath);
}

// Opens the quarantine file for appending without following a link, and only if it is a
// regular file owned by this writer (a planted link or someone else's file is refused).
Result<int> open_quarantine(const std::string& qpath) {
  struct stat seen {};
  if (::lstat(qpath.c_str(), &seen) == 0 && !S_ISREG(seen.st_mode) && !S_ISLNK(seen.st_mode)) {
    // Checked before opening: opening a FIFO or a device could block or act on it.
    return fail(Error(Errc::invalid_input, "the quarantine file is not a regular file; refusing to write to it "
                                           "(nothing was moved or written)")
                    .at(SourcePos{qpath, 0, 0}));
  }
  const int q = ::open(qpath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
  if (q < 0) {
    if (errno == ELOOP) {
      return fail(Error(Errc::invalid_input, "the quarantine file is a symbolic link; refusing to follow it "
                                             "(nothing was moved or written)")
                      .at(SourcePos{qpath, 0, 0}));
    }
    return os_error("cannot open the quarantine file", qpath);
  }
  struct stat st {};
  if (::fstat(q, &st) != 0) {
    ::close(q);
    return os_error("cannot stat the quarantine file", qpath);
  }
  if (!S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
    ::close(q);
    return fail(Error(Errc::invalid_input, std::string("the quarantine file is ") +
                                               (S_ISREG(st.st_mode) ? "owned by another user" : "not a regular file") +
                                               "; refusing to write to it (nothing was moved or written)")
                    .at(SourcePos{qpath, 0, 0}));
  }
  return q;
}

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

Result<Writer> Writer::open(const std::string& path, std::chrono::milliseconds lock_timeout, FileOps& ops) {
  const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENOENT) {
      return fail(Error(Errc::not_found, "no journal here (create one with `fundledger init`)")
                      .at(SourcePos{path, 0, 0}));
    }
    return os_error("cannot open the journal for writing", path);
  }
  if (auto regular = require_regular(fd, "the journal", path); !regular) {
    ::close(fd);
    return fail(std::move(regular).error());
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
  return Writer(fd, path, ops);
}

Writer::Writer(Writer&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)), ops_(other.ops_) {
  other.fd_ = -1;
}

Writer::~Writer() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

Result<std::string> Writer::repair_tail(const ScanResult& scanned) {
  if (scanned.tail_bytes == 0) return std::string{};
  const std::string qpath = path_ + ".quarantine";
  FL_TRY(const int q, open_quarantine(qpath));
  // Copied in pieces: a damaged tail can be longer than memory allows.
  std::vector<char> piece(std::min<std::uint64_t>(scanned.tail_bytes, 4u << 20));
  std::uint64_t done = 0;
  while (done < scanned.tail_bytes) {
    const ssize_t n = ::pread(fd_, piece.data(), std::min<std::uint64_t>(piece.size(), scanned.tail_bytes - done),
                              static_cast<off_t>(scanned.committed_end + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(q);
      return os_error("cannot read the torn tail", path_);
    }
    if (auto w = write_all(q, std::string_view(piece.data(), static_cast<std::size_t>(n)), qpath); !w) {
      ::close(q);
      return fail(std::move(w).error());
    }
    done += static_cast<std::uint64_t>(n);
  }
  const bool synced = ::fsync(q) == 0;
  ::close(q);
  if (!synced) return os_error("cannot fsync", qpath);
  FL_TRY_VOID(fsync_dir(qpath));
  if (ops_->ftruncate(fd_, static_cast<off_t>(scanned.committed_end)) != 0) {
    return os_error("cannot truncate the torn tail", path_);
  }
  if (ops_->fsync(fd_) != 0) return os_error("cannot fsync", path_);
  const std::string mark = unacknowledged_path(path_);
  if (::unlink(mark.c_str()) == 0) {
    FL_TRY_VOID(fsync_dir(mark));
  } else if (errno != ENOENT) {
    return os_error("cannot remove", mark);
  }
  std::string what = "repaired the journal: moved " + std::to_string(scanned.tail_bytes) +
                     " byte(s) after byte " + std::to_string(scanned.committed_end);
  if (scanned.damaged_tail) {
    what += " (damaged: not whole journal lines)";
  } else if (scanned.unacknowledged) {
    what += " (a unit whose write failed)";
  } else if (scanned.uncommitted_lines > 0) {
    what += " (" + std::to_string(scanned.uncommitted_lines) + " uncommitted line(s))";
  }
  what += " to " + qpath;
  return what;
}

Unexpected Writer::cut_back(const ScanResult& scanned, const Hash& head_before, std::string what) const {
  const int err = errno;
  const std::string end = std::to_string(scanned.committed_end);
  what += ": " + std::string(std::strerror(err));
  if (ops_->ftruncate(fd_, static_cast<off_t>(scanned.committed_end)) == 0 && ops_->fsync(fd_) == 0) {
    return fail(Error(Errc::io, what + "; the journal was cut back to its last committed unit (byte " + end +
                                    "): nothing was written")
                    .at(SourcePos{path_, 0, 0}));
  }
  what += "; cutting the journal back to byte " + end + " failed too (" + std::strerror(errno) + ")";
  if (auto marked = write_unacknowledged_mark(path_, scanned.committed_end, head_before); !marked) {
    return fail(Error(Errc::io, what + ", and so did marking those bytes (" + marked.error().message() +
                                    "): the bytes after byte " + end +
                                    " were never acknowledged; move them aside before the next write")
                    .at(SourcePos{path_, 0, 0}));
  }
  return fail(Error(Errc::io, what + "; the bytes after byte " + end + " are marked as never acknowledged in " +
                                  unacknowledged_path(path_) +
                                  ": readers ignore them and the next writer moves them to the quarantine file")
                  .at(SourcePos{path_, 0, 0}));
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
  // After a failed write or fsync the bytes may stay in the file although the user is told
  // nothing was written: cut them off, or mark them (cut_back).
  if (auto w = write_all(*ops_, fd_, out, path_); !w) return cut_back(scanned, scanned.head, "cannot write");
  if (ops_->fsync(fd_) != 0) return cut_back(scanned, scanned.head, "cannot fsync");
  return prev;
}

}  // namespace fl::store
