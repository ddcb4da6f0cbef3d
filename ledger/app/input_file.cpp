#include "app/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <vector>

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
  while (have < out.size()) {  // the size fstat gave, read into place
    const ssize_t n = ::read(file.fd, out.data() + have, out.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return refused(path, "cannot read this file");
    if (n == 0) break;  // the file shrank since fstat
    have += static_cast<std::size_t>(n);
  }
  out.resize(have);
  char more[65536];
  for (;;) {  // and whatever it has grown by since, never past the limit
    const ssize_t n = ::read(file.fd, more, sizeof more);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return refused(path, "cannot read this file");
    if (n == 0) break;
    out.append(more, static_cast<std::size_t>(n));
    if (out.size() > kMax) return too_big(path);
  }
  return out;
}

Result<std::string> read_input_stream(std::istream& in, const std::string& label) {
  // Read in chunks and joined once the end is reached, so input over the limit is refused having
  // held no more than the limit, and input within it is copied once into a string of its size.
  std::vector<std::string> chunks;
  std::size_t total = 0;
  for (;;) {
    std::string chunk(std::size_t{1} << 20, '\0');
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.resize(static_cast<std::size_t>(in.gcount()));
    if (chunk.empty()) break;
    total += chunk.size();
    if (total > kMax) return too_big(label);
    chunks.push_back(std::move(chunk));
  }
  if (in.bad()) return refused(label, "cannot read standard input");
  std::string out;
  out.reserve(total);
  for (const auto& c : chunks) out += c;
  return out;
}

}  // namespace fl::app
