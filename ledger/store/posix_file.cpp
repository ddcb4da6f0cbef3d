#include "store/posix_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace fl::store {

Unexpected os_error(const std::string& what, const std::string& path) {
  return fail(Error(Errc::io, what + ": " + std::strerror(errno)).at(SourcePos{path, 0, 0}));
}

std::string dir_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

namespace {

class PosixFileOps final : public FileOps {
 public:
  ssize_t write(int fd, const void* bytes, std::size_t n) override { return ::write(fd, bytes, n); }
  int fsync(int fd) override { return ::fsync(fd); }
  int ftruncate(int fd, off_t length) override { return ::ftruncate(fd, length); }
};

}  // namespace

FileOps& posix_file_ops() {
  static PosixFileOps ops;  // stateless
  return ops;
}

Result<void> write_all(int fd, std::string_view bytes, const std::string& path) {
  return write_all(posix_file_ops(), fd, bytes, path);
}

Result<void> write_all(FileOps& ops, int fd, std::string_view bytes, const std::string& path) {
  while (!bytes.empty()) {
    const ssize_t n = ops.write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return os_error("cannot write", path);
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return ok();
}

Result<void> fsync_dir(const std::string& path) {
  const std::string dir = dir_of(path);
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) return os_error("cannot open directory", dir);
  const int rc = ::fsync(dfd);
  ::close(dfd);
  if (rc != 0) return os_error("cannot fsync directory", dir);
  return ok();
}

Result<void> require_regular(int fd, const std::string& what, const std::string& path) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return os_error("cannot stat " + what, path);
  if (!S_ISREG(st.st_mode)) {
    return fail(Error(Errc::invalid_input, what + " is not a regular file (a directory, device, FIFO or "
                                                  "socket cannot be a journal)")
                    .at(SourcePos{path, 0, 0}));
  }
  return ok();
}

}  // namespace fl::store
