#include "app/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>

#include "base/limits.hpp"

namespace fl::app {
namespace {

constexpr std::size_t kMax = limits::input_file_bytes_max;

Unexpected refused(const std::string& label, std::string message) {
  return fail(Error(Errc::invalid_input, std::move(message)).at(SourcePos{label, 0, 0}));
}

Unexpected too_big(const std::string& label) {
  return refused(label, "holds more than " + std::to_string(kMax) + " bytes (256 MiB), the limit of an input file");
}

// Closes the descriptor whatever way the read ends.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

Result<std::string> read_input_file(const std::string& path) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer before it is refused below; it has no
  // effect on the regular file that is read.
  const Fd file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (file.fd < 0) return refused(path, "cannot read this file");
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) return refused(path, "cannot read this file");
  if (!S_ISREG(st.st_mode)) {
    return refused(path, S_ISDIR(st.st_mode) ? "is a folder, not a file"
                                             : "is not a regular file (a device or a pipe); give the file itself");
  }
  if (static_cast<std::uintmax_t>(st.st_size) > kMax) return too_big(path);
  std::string out(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t have = 0;
  for (;;) {  // the file may have grown since fstat: read to its end, never past the limit
    if (have == out.size()) {
      if (out.size() > kMax) return too_big(path);
      out.resize(std::min(kMax + 1, std::max<std::size_t>(out.size() * 2, 4096)));
    }
    const ssize_t n = ::read(file.fd, out.data() + have, out.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return refused(path, "cannot read this file");
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
  }
  if (have > kMax) return too_big(path);
  out.resize(have);
  return out;
}

Result<std::string> read_input_stream(std::istream& in, const std::string& label) {
  std::string out;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    out.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (out.size() > kMax) return too_big(label);
  }
  if (in.bad()) return refused(label, "cannot read standard input");
  return out;
}

}  // namespace fl::app
