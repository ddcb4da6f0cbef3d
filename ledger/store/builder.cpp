// A new journal written unit by unit into a temporary file and linked into place at the end
// (JournalBuilder, journal_file.hpp).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/assert.hpp"
#include "store/journal_file.hpp"
#include "store/posix_file.hpp"

namespace fl::store {
namespace {

constexpr std::size_t kFlushBytes = 4u << 20;

}  // namespace

Result<JournalBuilder> JournalBuilder::create(const std::string& path, std::string_view header_body) {
  if (::access(path.c_str(), F_OK) == 0) {
    return fail(Error(Errc::invalid_input, "a file already exists here; nothing was written").at(SourcePos{path, 0, 0}));
  }
  std::string tmp = path + ".creating." + std::to_string(::getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return os_error("cannot create", tmp);
  JournalBuilder b(fd, path, std::move(tmp));
  b.buffer_ = build_line(0, kZeroHash, Frame::one, header_body, b.prev_) + "\n";
  b.seq_ = 1;
  return b;
}

JournalBuilder::JournalBuilder(JournalBuilder&& other) noexcept
    : fd_(other.fd_), path_(std::move(other.path_)), tmp_(std::move(other.tmp_)),
      buffer_(std::move(other.buffer_)), seq_(other.seq_), prev_(other.prev_) {
  other.fd_ = -1;
  other.tmp_.clear();
}

JournalBuilder::~JournalBuilder() {
  if (fd_ >= 0) ::close(fd_);
  if (!tmp_.empty()) ::unlink(tmp_.c_str());
}

Result<void> JournalBuilder::add_unit(std::span<const std::string> bodies) {
  FL_ASSERT(!bodies.empty() && fd_ >= 0);
  const Frame frame = bodies.size() == 1 ? Frame::one : Frame::part;
  for (const std::string& body : bodies) {
    const Hash prev = prev_;
    buffer_ += build_line(seq_++, prev, frame, body, prev_);
    buffer_ += '\n';
  }
  if (frame == Frame::part) {
    const Hash prev = prev_;
    buffer_ += build_line(seq_++, prev, Frame::commit, "\"count\":" + std::to_string(bodies.size()), prev_);
    buffer_ += '\n';
  }
  if (buffer_.size() >= kFlushBytes) return flush();
  return ok();
}

Result<void> JournalBuilder::flush() {
  FL_TRY_VOID(write_all(fd_, buffer_, tmp_));
  buffer_.clear();
  return ok();
}

Result<std::string> JournalBuilder::flushed_path() {
  FL_TRY_VOID(flush());
  return tmp_;
}

Result<Hash> JournalBuilder::finish() {
  FL_TRY_VOID(flush());
  if (::fsync(fd_) != 0) return os_error("cannot fsync", tmp_);
  ::close(fd_);
  fd_ = -1;
  // link() refuses to replace an existing file, so nothing is ever overwritten.
  if (::link(tmp_.c_str(), path_.c_str()) != 0) {
    if (errno == EEXIST) {
      return fail(Error(Errc::invalid_input, "a file already exists here; nothing was written").at(SourcePos{path_, 0, 0}));
    }
    return os_error("cannot create", path_);
  }
  ::unlink(tmp_.c_str());
  tmp_.clear();
  FL_TRY_VOID(fsync_dir(path_));
  return prev_;
}

}  // namespace fl::store
