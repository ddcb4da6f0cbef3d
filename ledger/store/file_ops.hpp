#pragma once
// The system calls a writer makes on an open journal, behind an interface so that tests can
// make them fail as a failing disk does (a short write, EIO or ENOSPC on write or fsync, a
// truncate that fails too). Each call returns what the system call returns and sets errno.
#include <sys/types.h>

#include <cstddef>

namespace fl::store {

class FileOps {
 public:
  virtual ~FileOps() = default;
  virtual ssize_t write(int fd, const void* bytes, std::size_t n) = 0;
  virtual int fsync(int fd) = 0;
  virtual int ftruncate(int fd, off_t length) = 0;
};

// The real system calls.
FileOps& posix_file_ops();

}  // namespace fl::store
