#pragma once
// The journal file: framing, the hash chain, units, locking, fsync and torn-tail repair.
// The store knows bytes, not accounting: it hands each committed event line to a visitor.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>

#include "base/result.hpp"
#include "store/file_ops.hpp"
#include "store/framing.hpp"
#include "store/sha256.hpp"

namespace fl::store {

// Every LineRef's bytes stay readable for this many bytes past their end, so a JSON parser
// that reads ahead in blocks (simdjson) can parse them in place.
inline constexpr std::size_t kLinePadding = 64;

struct LineRef {
  std::uint64_t seq = 0;
  std::uint64_t line_no = 0;  // 1-based
  std::uint64_t offset = 0;   // byte offset of the line's first byte
  Frame frame = Frame::one;
  std::string_view bytes;     // the stored line, without LF; valid during the visit only
  std::string_view body;      // the JSON members between frame and hash
};

struct Damage {
  std::uint64_t seq = 0;
  std::uint64_t line_no = 0;
  std::uint64_t offset = 0;
  std::string reason;
};

struct ScanResult {
  std::uint64_t lines = 0;           // committed lines (header, events and commits)
  std::uint64_t events = 0;          // committed event lines, the header excluded
  std::uint64_t committed_end = 0;   // byte offset just past the last committed line's LF
  Hash head{};                       // hash of the last committed line's whole bytes
  std::uint64_t tail_bytes = 0;      // bytes after committed_end (torn or uncommitted)
  std::uint64_t uncommitted_lines = 0;
  bool torn_line = false;            // the file does not end with LF
  bool damaged_tail = false;         // the tail holds bytes that are not whole journal lines
  bool unacknowledged = false;       // the tail is a unit whose write failed (ScanOptions)
  std::optional<Damage> damage;      // the first damaged line; nothing after it was visited
  bool expected_head_found = false;  // ScanOptions::expect_head matched a committed line
};

// Called for the header and every event line of every committed unit, in order. An error
// stops the scan and becomes the Damage of that line.
using LineVisitor = std::function<Result<void>(const LineRef&)>;

// `<journal>.unacknowledged`, written when a failed write could not be cut back: the journal's
// committed end and head before that write. Readers read up to `end` only; the next writer
// quarantines the rest and removes the mark.
struct UnacknowledgedMark {
  std::uint64_t end = 0;
  Hash head{};
};
std::string unacknowledged_path(const std::string& journal);

struct ScanOptions {
  std::optional<Hash> expect_head;
  // Read the journal as ending at the mark's end: the bytes after it are a unit whose write or
  // fsync failed and could not be cut off; they become the tail. The journal must have a
  // committed unit ending there with the mark's head, or that is damage.
  std::optional<UnacknowledgedMark> unacknowledged;
};

[[nodiscard]] Result<std::optional<UnacknowledgedMark>> read_unacknowledged_mark(const std::string& journal);
// The options every reader and writer of the journal at `path` scans with (its mark, if any).
[[nodiscard]] Result<ScanOptions> scan_options_for(const std::string& path);

// Decodes and applies journal lines for a parallel scan. The file is cut into batches of whole
// units; each batch is checked and decoded on a worker thread while the calling thread applies
// earlier batches in journal order. A batch occupies one of `banks()` banks until applied.
class LineSink {
 public:
  virtual ~LineSink() = default;
  // How many batches may be in flight at once (each needs its own bank of decoded lines).
  virtual std::size_t banks() const = 0;
  // On a worker thread: decode line `index` (0, 1, 2, … within the batch) into bank `bank`.
  // Only one thread uses a bank at a time. Errors are kept for apply() to report.
  virtual void decode(std::size_t bank, std::size_t index, const LineRef& line) = 0;
  // On the calling thread, in journal order, for the header and every event line: check the
  // line against the state so far and the earlier lines of its unit, without changing the
  // state. An error becomes the Damage of that line (for a line of a unit that never commits,
  // at the end of the file, the error is ignored with the unit).
  virtual Result<void> check(std::size_t bank, std::size_t index, const LineRef& line) = 0;
  // The lines checked since the last commit() or drop() form a committed unit: apply them.
  virtual Result<void> commit() = 0;
  // The lines checked since the last commit() or drop() will never be committed.
  virtual void drop() = 0;
};

// Reads the whole journal from `fd` (from offset 0, without moving the file offset) and checks
// the shape, own hash and chain of every line and the unit framing (docs/format/journal.md §5).
[[nodiscard]] Result<ScanResult> scan_journal(int fd, LineSink& sink,
                                              const ScanOptions& options = {});

// The same with a visitor called in order on the calling thread (no decoding on workers).
[[nodiscard]] Result<ScanResult> scan_journal(int fd, const LineVisitor& visit,
                                              const ScanOptions& options = {});

// Human text for a tail that a reader ignores ("" when there is none).
std::string describe_tail(const ScanResult& r);

// Creates a journal holding one header line, atomically: written to a temporary file, fsynced,
// linked into place only if nothing exists there, and the directory fsynced.
// `more_bodies` (events written at creation, e.g. settings) follow the header, each a unit of
// its own (frame one), in the same file and the same write.
[[nodiscard]] Result<Hash> create_journal(const std::string& path, std::string_view header_body,
                                          std::span<const std::string> more_bodies = {});

// Writes a new journal unit by unit into a temporary file beside `path` (for a journal too large
// to hold in memory: a migration). finish() fsyncs it, links it into place only if nothing
// exists there, and fsyncs the directory; a builder destroyed unfinished removes its temporary
// file, so nothing half written ever appears at `path`.
class JournalBuilder {
 public:
  [[nodiscard]] static Result<JournalBuilder> create(const std::string& path, std::string_view header_body);
  JournalBuilder(JournalBuilder&& other) noexcept;
  JournalBuilder& operator=(JournalBuilder&&) = delete;
  JournalBuilder(const JournalBuilder&) = delete;
  ~JournalBuilder();

  // A lone `one` line, or `part` lines closed by a commit line.
  [[nodiscard]] Result<void> add_unit(std::span<const std::string> bodies);
  // The temporary file as written so far (flushed), for a check before finish().
  [[nodiscard]] Result<std::string> flushed_path();
  [[nodiscard]] Result<Hash> finish();
  std::uint64_t lines() const { return seq_; }

 private:
  JournalBuilder(int fd, std::string path, std::string tmp) : fd_(fd), path_(std::move(path)), tmp_(std::move(tmp)) {}
  [[nodiscard]] Result<void> flush();
  int fd_;
  std::string path_;
  std::string tmp_;
  std::string buffer_;
  std::uint64_t seq_ = 0;
  Hash prev_ = kZeroHash;
};

// An open journal with the exclusive writer lock held until destruction.
class Writer {
 public:
  // Waits for the lock up to `lock_timeout` rather than failing at once.
  // `ops` makes the writes, fsyncs and truncations (tests pass one that fails).
  [[nodiscard]] static Result<Writer> open(const std::string& path,
                                           std::chrono::milliseconds lock_timeout,
                                           FileOps& ops = posix_file_ops());
  Writer(Writer&& other) noexcept;
  Writer& operator=(Writer&&) = delete;
  Writer(const Writer&) = delete;
  ~Writer();

  int fd() const { return fd_; }
  const std::string& path() const { return path_; }

  // Moves the bytes after the last committed unit to `<path>.quarantine` (fsynced), then
  // truncates the journal there (fsynced). Returns what it did, for the user; "" if nothing.
  [[nodiscard]] Result<std::string> repair_tail(const ScanResult& scanned);

  // Appends one unit: a lone `one` line, or `part` lines closed by a commit line; one write,
  // then fsync. `scanned` must describe the file as it is (after any repair). Returns the new
  // head. If the write or the fsync fails, the file is cut back to `scanned.committed_end`;
  // if that fails too, the new bytes are marked unacknowledged (UnacknowledgedMark).
  [[nodiscard]] Result<Hash> append_unit(const ScanResult& scanned,
                                         std::span<const std::string> bodies);

 private:
  Writer(int fd, std::string path, FileOps& ops) : fd_(fd), path_(std::move(path)), ops_(&ops) {}
  // The error after a failed write or fsync (errno set), once the file is cut back or marked.
  Unexpected cut_back(const ScanResult& scanned, const Hash& head_before, std::string what) const;
  int fd_;
  std::string path_;
  FileOps* ops_;
};

// Opens for reading (no lock); refuses anything but a regular file.
[[nodiscard]] Result<int> open_for_read(const std::string& path);

}  // namespace fl::store
