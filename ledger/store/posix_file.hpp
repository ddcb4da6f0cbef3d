#pragma once
// The few POSIX steps every writer of a journal file takes (the appending Writer and the
// JournalBuilder of a new file), each reporting errno as an error that names the path.
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "store/file_ops.hpp"

namespace fl::store {

// An I/O error "WHAT: strerror(errno)" at PATH.
Unexpected os_error(const std::string& what, const std::string& path);
// The directory that holds PATH ("." for a bare name).
std::string dir_of(const std::string& path);
// write() until every byte is written, retrying on EINTR.
Result<void> write_all(int fd, std::string_view bytes, const std::string& path);
Result<void> write_all(FileOps& ops, int fd, std::string_view bytes, const std::string& path);
// Refuses an open file that is not a regular file (WHAT names it in the error).
Result<void> require_regular(int fd, const std::string& what, const std::string& path);
// fsync the directory that holds PATH, so a new name in it survives a power cut.
Result<void> fsync_dir(const std::string& path);

}  // namespace fl::store
