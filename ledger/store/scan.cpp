// Reading and checking the journal in parallel.
//
// The calling thread reads the file in chunks and cuts each chunk after the last complete unit
// (a `one` line or a commit line), so no unit spans two batches. Worker threads each take a
// whole batch and check every line in it — shape, own hash, chain link to the line before,
// seq, unit framing — and let the sink decode it. The calling thread then takes the batches
// back in file order, checks the links between batches (first line's prev and seq), and applies
// the committed lines through the sink. Hashing and decoding, the costly parts, run on all
// cores; only the fold into the ledger is sequential.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "base/limits.hpp"
#include "store/journal_file.hpp"

namespace fl::store {
namespace {

constexpr std::size_t kChunkBytes = 4u << 20;

struct LineInfo {
  std::size_t begin = 0;  // in the batch buffer
  std::size_t len = 0;
  std::uint64_t seq = 0;
  Frame frame = Frame::one;
  std::string_view prev_hex;
  std::string_view body;
  Hash whole{};
};

struct Batch {
  std::vector<char> buf;  // [0, size) then kLinePadding zero bytes
  std::size_t size = 0;
  std::uint64_t base = 0;  // file offset of buf[0]
  std::size_t bank = 0;
  bool at_eof = false;
  // Worker output.
  std::vector<LineInfo> lines;  // every whole line checked, up to the first damage
  std::size_t committed = 0;    // lines [0, committed) form whole units
  std::optional<std::string> damage;  // at lines.size(), if set
  bool done = false;
};

// Where a line's frame word starts, if the line is long enough to have one: the word follows
// `{"seq":N,"prev":"<64 hex>","frame":"`.
std::optional<Frame> peek_frame(std::string_view line) {
  const auto comma = line.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  const std::size_t word = comma + 9 + 64 + 11;
  if (line.size() <= word) return std::nullopt;
  switch (line[word]) {
    case 'p': return Frame::part;
    case 'c': return Frame::commit;
    case 'o': return Frame::one;
    default: return std::nullopt;
  }
}

// The end (just past the LF) of the last whole unit in [0, size), or 0 if there is none.
// A line whose frame cannot be read ends a unit: the worker will report it as damage.
std::size_t last_unit_end(const char* data, std::size_t size) {
  std::size_t end = size;
  while (end > 0 && data[end - 1] != '\n') --end;  // drop a partial line
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && data[start - 1] != '\n') --start;
    const auto frame = peek_frame(std::string_view(data + start, end - 1 - start));
    if (frame != Frame::part) return end;
    end = start;
  }
  return 0;
}

void check_batch(Batch& b, LineSink* sink) {
  const char* data = b.buf.data();
  std::size_t pos = 0;
  std::size_t pending = 0;  // part lines since the last unit end
  while (pos < b.size) {
    const void* lf = std::memchr(data + pos, '\n', b.size - pos);
    if (lf == nullptr) {
      if (b.size - pos > limits::line_bytes_max) b.damage = "line is longer than 1 MiB";
      return;
    }
    const auto end = static_cast<std::size_t>(static_cast<const char*>(lf) - data);
    const std::string_view line(data + pos, end - pos);
    if (line.size() > limits::line_bytes_max) { b.damage = "line is longer than 1 MiB"; return; }
    auto framed = parse_frame(line);
    if (!framed) { b.damage = framed.error().message(); return; }
    LineInfo info{pos, line.size(), framed->seq, framed->frame, framed->prev_hex, framed->body, {}};
    Hash own;
    sha256_prefix_and_whole(line.substr(0, line.size() - kHashSuffixBytes),
                            line.substr(line.size() - kHashSuffixBytes), own, info.whole);
    if (!hex_equals(line.substr(line.size() - kHashSuffixBytes + 9, 64), own)) {
      b.damage = "its hash does not match its bytes: the line was altered or damaged";
      return;
    }
    const std::size_t index = b.lines.size();
    if (index > 0) {
      const LineInfo& before = b.lines.back();
      if (info.seq != before.seq + 1) {
        b.damage = "seq is " + std::to_string(info.seq) + " where " + std::to_string(before.seq + 1) +
                   " was expected: a line is missing, repeated or out of order";
        return;
      }
      if (!hex_equals(info.prev_hex, before.whole)) {
        b.damage = "prev does not match the hash of the line before: the chain is broken";
        return;
      }
    }
    if (info.frame == Frame::one && pending > 0) {
      b.damage = std::to_string(pending) + " part line(s) before it were never committed";
      return;
    }
    if (info.frame == Frame::commit && framed->commit_count != pending) {
      b.damage = "commit names " + std::to_string(framed->commit_count) + " line(s) but " +
                 std::to_string(pending) + " part line(s) precede it";
      return;
    }
    b.lines.push_back(info);
    if (info.frame == Frame::part) {
      ++pending;
    } else {
      pending = 0;
      b.committed = b.lines.size();
    }
    if (sink != nullptr && info.frame != Frame::commit) {
      sink->decode(b.bank, index, LineRef{info.seq, 0, b.base + pos, info.frame, line, info.body});
    }
    pos = end + 1;
  }
}

// pread() once, retrying when a signal interrupts it; 0 at the end of the file.
Result<std::size_t> read_at(int fd, char* into, std::size_t n, std::uint64_t offset) {
  for (;;) {
    const ssize_t got = ::pread(fd, into, n, static_cast<off_t>(offset));
    if (got >= 0) return static_cast<std::size_t>(got);
    if (errno != EINTR) return fail(Errc::io, std::string("cannot read the journal: ") + std::strerror(errno));
  }
}

Result<std::uint64_t> file_size(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return fail(Errc::io, std::string("cannot stat the journal: ") + std::strerror(errno));
  return static_cast<std::uint64_t>(st.st_size);
}

// `line` if it ends a unit and is intact: the shape of §1 with frame `one` or `commit`, and its
// own hash right. Only such a line can have been acknowledged to a user.
std::optional<FramedLine> intact_unit_end(std::string_view line) {
  if (line.size() <= kHashSuffixBytes || line.size() > limits::line_bytes_max) return std::nullopt;
  auto framed = parse_frame(line);
  if (!framed || framed->frame == Frame::part) return std::nullopt;
  const Hash own = sha256(line.substr(0, line.size() - kHashSuffixBytes));
  if (!hex_equals(line.substr(line.size() - kHashSuffixBytes + 9, 64), own)) return std::nullopt;
  return *framed;
}

// Whether the line at `offset` still reads as a journal line that was written whole and then
// altered: it ends with LF, holds no NUL byte, and is blank (an editor's empty line) or holds at
// least three of the four member keys every line has (one changed byte breaks at most one).
// What a crash leaves in a never-acknowledged write (zeros, stale bytes, a cut line) fails this.
Result<bool> reads_as_altered_line(int fd, std::uint64_t offset) {
  std::vector<char> buf(kChunkBytes);
  std::string head;  // the line's first bytes, where seq, prev and frame are
  std::string last;  // its last bytes, where hash is
  bool blank = true;  // only spaces, tabs and CRs so far
  std::uint64_t pos = offset;
  for (;;) {
    FL_TRY(const std::size_t n, read_at(fd, buf.data(), buf.size(), pos));
    if (n == 0) return false;  // no LF: a cut line
    pos += n;
    std::string_view chunk(buf.data(), n);
    const auto lf = chunk.find('\n');
    chunk = chunk.substr(0, lf);
    if (chunk.find('\0') != std::string_view::npos) return false;
    blank = blank && chunk.find_first_not_of(" \t\r") == std::string_view::npos;
    if (head.size() < 4096) head.append(chunk.substr(0, 4096 - head.size()));
    last.append(chunk);
    if (last.size() > 128) last.erase(0, last.size() - 128);
    if (lf == std::string_view::npos) continue;
    int keys = 0;
    for (const std::string_view key : {"\"seq\":", "\"prev\":", "\"frame\":", "\"hash\":"}) {
      keys += head.find(key) != std::string::npos || last.find(key) != std::string::npos ? 1 : 0;
    }
    return blank || keys >= 3;
  }
}

// Whether the bytes of `fd` from `from` (the end of the last committed unit, where line
// `first_seq` would start) to the end of the file can be what one interrupted write left
// (docs/format/journal.md §1, "tail"): they hold no intact unit end, or exactly one, which is a
// commit line that ends the file and whose unit began at `from` (seq − count = first_seq). A
// write appends one unit, so anything else means lines that were acknowledged.
// Lines longer than the limit are skipped unread.
Result<bool> one_write_could_leave(int fd, std::uint64_t from, std::uint64_t first_seq) {
  std::vector<char> buf(kChunkBytes);
  std::string line;   // the line read so far
  bool skipping = false;  // the current line is over the limit: wait for its LF
  std::optional<FramedLine> end;  // the one unit end seen, if any
  std::uint64_t end_at = 0;       // the offset just past its LF
  std::uint64_t pos = from;
  for (;;) {
    FL_TRY(const std::size_t n, read_at(fd, buf.data(), buf.size(), pos));
    if (n == 0) break;
    std::string_view chunk(buf.data(), n);
    std::uint64_t at = pos;  // file offset of chunk[0]
    pos += n;
    while (!chunk.empty()) {
      const auto lf = chunk.find('\n');
      const std::string_view piece = chunk.substr(0, lf);
      if (!skipping) {
        if (line.size() + piece.size() > limits::line_bytes_max) {
          skipping = true;
          line.clear();
        } else {
          line.append(piece);
        }
      }
      if (lf == std::string_view::npos) break;
      if (!skipping) {
        if (auto framed = intact_unit_end(line)) {
          if (end) return false;  // a second unit end: more than one write
          end = framed;
          end_at = at + lf + 1;
        }
      }
      line.clear();
      skipping = false;
      chunk.remove_prefix(lf + 1);
      at += lf + 1;
    }
  }
  if (!end) return true;
  // `line` holds (a prefix of) any bytes after the last LF: the unit end must end the file.
  return end->frame == Frame::commit && end_at == pos && end->seq >= end->commit_count &&
         end->seq - end->commit_count == first_seq;
}

class Scanner {
 public:
  Scanner(int fd, LineSink* sink, const ScanOptions& options)
      : fd_(fd), sink_(sink), options_(options) {}

  Result<ScanResult> run();

 private:
  Result<std::unique_ptr<Batch>> read_batch(std::size_t bank);
  // Applies a checked batch in order; false when damage stops the scan.
  bool stitch(Batch& b);
  void damage_at(std::uint64_t seq, std::uint64_t line_no, std::uint64_t offset, std::string why) {
    if (!result_.damage) result_.damage = Damage{seq, line_no, offset, std::move(why)};
  }
  void worker();
  // Damage after the last committed unit with no intact unit end after it was never
  // acknowledged: it becomes the tail (docs/format/journal.md §1).
  Result<void> forgive_damaged_tail();
  // With a mark of unacknowledged bytes: the journal must end a unit there, with the mark's head;
  // the bytes after it are the tail.
  Result<void> set_unacknowledged_tail();

  int fd_;
  LineSink* sink_;
  ScanOptions options_;
  ScanResult result_;

  // Reading.
  std::uint64_t file_pos_ = 0;
  std::vector<char> carry_;
  bool eof_ = false;
  std::vector<std::vector<char>> spare_buffers_;

  // Where the first line that is not a whole, intact journal line starts (shape, hash, chain or
  // framing failed there), if any.
  std::optional<std::uint64_t> broken_at_;

  // Stitching.
  std::uint64_t next_seq_ = 0;
  Hash prev_whole_ = kZeroHash;

  // Work queue.
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Batch*> todo_;
  bool stop_ = false;
};

Result<std::unique_ptr<Batch>> Scanner::read_batch(std::size_t bank) {
  auto b = std::make_unique<Batch>();
  b->bank = bank;
  b->base = file_pos_ - carry_.size();
  if (!spare_buffers_.empty()) {
    b->buf = std::move(spare_buffers_.back());
    spare_buffers_.pop_back();
  }
  std::size_t size = carry_.size();
  b->buf.resize(std::max(b->buf.size(), size + kChunkBytes + kLinePadding));
  std::copy(carry_.begin(), carry_.end(), b->buf.begin());
  for (;;) {
    while (!eof_ && size + kLinePadding < b->buf.size()) {
      std::size_t want = b->buf.size() - kLinePadding - size;
      if (options_.unacknowledged) {  // the journal ends at the mark for this scan
        const std::uint64_t end = options_.unacknowledged->end;
        want = static_cast<std::size_t>(std::min<std::uint64_t>(want, end > file_pos_ ? end - file_pos_ : 0));
        if (want == 0) {
          eof_ = true;
          break;
        }
      }
      FL_TRY(const std::size_t n, read_at(fd_, b->buf.data() + size, want, file_pos_));
      if (n == 0) eof_ = true;
      size += n;
      file_pos_ += n;
    }
    const std::size_t cut = eof_ ? size : last_unit_end(b->buf.data(), size);
    if (cut > 0 || eof_) {
      carry_.assign(b->buf.data() + cut, b->buf.data() + size);
      b->size = cut;
      b->at_eof = eof_ && carry_.empty();
      break;
    }
    // No whole unit yet: a unit larger than the buffer. Grow, within the limits: a line longer
    // than the line limit (a crash can leave megabytes of zeros) is damage at once.
    const void* last_lf = ::memrchr(b->buf.data(), '\n', size);
    const std::size_t partial =
        last_lf == nullptr ? size : size - static_cast<std::size_t>(static_cast<const char*>(last_lf) - b->buf.data() + 1);
    if (partial > limits::line_bytes_max || b->buf.size() > limits::unit_events_max * 1024 + kChunkBytes) {
      carry_.clear();
      b->size = size;
      b->at_eof = true;  // check what we have; the worker reports the oversized unit
      eof_ = true;
      break;
    }
    b->buf.resize(b->buf.size() * 2);
  }
  std::memset(b->buf.data() + b->size, 0, kLinePadding);
  return b;
}

void Scanner::worker() {
  for (;;) {
    Batch* b = nullptr;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return stop_ || !todo_.empty(); });
      if (todo_.empty()) return;
      b = todo_.front();
      todo_.pop_front();
    }
    check_batch(*b, sink_);
    {
      std::lock_guard lock(mu_);
      b->done = true;
    }
    cv_.notify_all();
  }
}

bool Scanner::stitch(Batch& b) {
  std::optional<Damage> held;  // the first refused line of the open unit
  std::size_t unit_lines = 0;  // lines checked in the open unit
  const auto checked_line = [&](const LineInfo& l) {
    return LineRef{l.seq, l.seq + 1, b.base + l.begin, l.frame,
                   std::string_view(b.buf.data() + l.begin, l.len), l.body};
  };
  for (std::size_t i = 0; i < b.lines.size(); ++i) {
    const LineInfo& info = b.lines[i];
    const std::uint64_t offset = b.base + info.begin;
    const std::uint64_t line_no = next_seq_ + 1;
    if (i == 0) {
      if (info.seq != next_seq_) {
        damage_at(next_seq_, line_no, offset,
                  "seq is " + std::to_string(info.seq) + " where " + std::to_string(next_seq_) +
                      " was expected: a line is missing, repeated or out of order");
        return false;
      }
      if (!hex_equals(info.prev_hex, prev_whole_)) {
        damage_at(next_seq_, line_no, offset,
                  "prev does not match the hash of the line before: the chain is broken");
        return false;
      }
    }
    if (next_seq_ == 0 && info.frame != Frame::one) {
      damage_at(0, 1, offset, "the header's frame must be one");
      return false;
    }
    prev_whole_ = info.whole;
    ++next_seq_;
    if (info.frame != Frame::commit && !held) {
      auto r = sink_->check(b.bank, i, checked_line(info));
      if (!r) {
        held = Damage{info.seq, info.seq + 1, offset, r.error().render().substr(7)};  // no "error: "
      }
      ++unit_lines;
    }
    if (info.frame == Frame::part) continue;
    if (held) {
      damage_at(held->seq, held->line_no, held->offset, held->reason);
      return false;
    }
    if (auto r = sink_->commit(); !r) {
      damage_at(info.seq, info.seq + 1, offset, r.error().render().substr(7));
      return false;
    }
    result_.events += info.seq == 0 ? 0 : (info.frame == Frame::one ? 1 : unit_lines);
    unit_lines = 0;
    result_.lines = info.seq + 1;
    result_.committed_end = offset + info.len + 1;
    result_.head = info.whole;
    if (options_.expect_head && *options_.expect_head == info.whole) result_.expected_head_found = true;
  }
  if (b.damage) {
    const std::size_t at = b.lines.size();
    const std::uint64_t offset = b.base + (at == 0 ? 0 : b.lines.back().begin + b.lines.back().len + 1);
    broken_at_ = offset;
    if (held) {  // a refused line of the open unit comes before the damage that ends it
      damage_at(held->seq, held->line_no, held->offset, held->reason);
      return false;
    }
    damage_at(next_seq_, next_seq_ + 1, offset, *b.damage);
    return false;
  }
  if (unit_lines > 0) sink_->drop();  // an uncommitted unit at the end of the file
  if (b.at_eof) {
    const std::uint64_t file_end = b.base + b.size;
    const std::size_t checked_end = b.lines.empty() ? 0 : b.lines.back().begin + b.lines.back().len + 1;
    result_.tail_bytes = file_end - result_.committed_end;
    result_.uncommitted_lines = b.lines.size() - b.committed;
    result_.torn_line = checked_end < b.size;
  }
  return true;
}

Result<void> Scanner::forgive_damaged_tail() {
  if (!broken_at_) return ok();  // every line was whole and intact: a refused event is damage
  FL_TRY(bool altered, reads_as_altered_line(fd_, *broken_at_));
  if (altered) return ok();      // a whole line with a wrong hash or link: it was altered
  FL_TRY(bool one_write, one_write_could_leave(fd_, result_.committed_end, result_.lines));
  if (!one_write) return ok();
  FL_TRY(const std::uint64_t file_end, file_size(fd_));
  if (file_end <= result_.committed_end) return ok();
  sink_->drop();  // the open unit's lines will never be committed
  result_.damage.reset();
  result_.tail_bytes = file_end - result_.committed_end;
  result_.uncommitted_lines = 0;
  result_.torn_line = false;
  result_.damaged_tail = true;
  return ok();
}

Result<void> Scanner::set_unacknowledged_tail() {
  const UnacknowledgedMark& mark = *options_.unacknowledged;
  if (result_.committed_end != mark.end || result_.head != mark.head || result_.tail_bytes != 0) {
    damage_at(result_.lines, result_.lines + 1, result_.committed_end,
              "the mark of unacknowledged bytes says the journal's last committed unit ends at byte " +
                  std::to_string(mark.end) + " with head " + to_hex(mark.head) + ", but it does not");
    return ok();
  }
  FL_TRY(const std::uint64_t file_end, file_size(fd_));
  if (file_end > mark.end) {
    result_.tail_bytes = file_end - mark.end;
    result_.unacknowledged = true;
  }
  return ok();
}

Result<ScanResult> Scanner::run() {
  const std::size_t banks = sink_->banks();
  FL_ASSERT(banks >= 1);
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = std::min<std::size_t>(std::min<std::size_t>(cores, 4), banks);
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (std::size_t i = 0; i < workers; ++i) threads.emplace_back([this] { worker(); });

  std::deque<std::unique_ptr<Batch>> in_flight;
  std::vector<std::size_t> free_banks;
  for (std::size_t i = banks; i > 0; --i) free_banks.push_back(i - 1);
  std::optional<Error> io_error;
  bool reading = true;
  for (;;) {
    while (reading && !free_banks.empty() && !result_.damage) {
      auto batch = read_batch(free_banks.back());
      if (!batch) {
        io_error = std::move(batch).error();
        reading = false;
        break;
      }
      free_banks.pop_back();
      reading = !(*batch)->at_eof && !(eof_ && carry_.empty());
      {
        std::lock_guard lock(mu_);
        todo_.push_back(batch->get());
      }
      cv_.notify_all();
      in_flight.push_back(std::move(*batch));
      if (!reading) break;
    }
    if (in_flight.empty()) break;
    Batch& front = *in_flight.front();
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return front.done; });
    }
    const bool go_on = !io_error && stitch(front) && !result_.damage;
    free_banks.push_back(front.bank);
    spare_buffers_.push_back(std::move(front.buf));
    in_flight.pop_front();
    if (!go_on) {
      reading = false;
      // Let the workers finish what they hold; nothing more is applied.
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] {
        return std::all_of(in_flight.begin(), in_flight.end(), [](const auto& b) { return b->done; });
      });
      in_flight.clear();
      break;
    }
  }
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    todo_.clear();
  }
  cv_.notify_all();
  for (auto& t : threads) t.join();
  if (io_error) return fail(std::move(*io_error));
  if (result_.damage) FL_TRY_VOID(forgive_damaged_tail());
  if (options_.unacknowledged && !result_.damage) FL_TRY_VOID(set_unacknowledged_tail());
  if (!result_.damage && result_.lines == 0) {
    result_.damage = Damage{0, 1, 0, "the journal has no header line"};
  }
  return result_;
}

}  // namespace

Result<ScanResult> scan_journal(int fd, LineSink& sink, const ScanOptions& options) {
  return Scanner(fd, &sink, options).run();
}

namespace {

// Calls a visitor for each line of each committed unit, in order, on the calling thread.
class VisitorSink final : public LineSink {
 public:
  explicit VisitorSink(const LineVisitor& visit) : visit_(visit) {}
  std::size_t banks() const override { return 2; }
  void decode(std::size_t, std::size_t, const LineRef&) override {}
  Result<void> check(std::size_t, std::size_t, const LineRef& line) override {
    unit_.push_back(Held{line, std::string(line.bytes)});
    return ok();
  }
  Result<void> commit() override {
    for (Held& h : unit_) {
      LineRef ref = h.line;
      const auto body_at = static_cast<std::size_t>(h.line.body.data() - h.line.bytes.data());
      h.bytes.reserve(h.bytes.size() + kLinePadding);
      ref.bytes = h.bytes;
      ref.body = std::string_view(h.bytes).substr(body_at, h.line.body.size());
      if (auto r = visit_(ref); !r) {
        unit_.clear();
        return r;
      }
    }
    unit_.clear();
    return ok();
  }
  void drop() override { unit_.clear(); }

 private:
  struct Held {
    LineRef line;
    std::string bytes;
  };
  const LineVisitor& visit_;
  std::vector<Held> unit_;
};

}  // namespace

Result<ScanResult> scan_journal(int fd, const LineVisitor& visit, const ScanOptions& options) {
  VisitorSink sink(visit);
  return Scanner(fd, &sink, options).run();
}

std::string describe_tail(const ScanResult& r) {
  if (r.tail_bytes == 0) return {};
  std::string s = "ignoring " + std::to_string(r.tail_bytes) + " byte(s) after the last committed unit";
  if (r.damaged_tail) {
    s += " (damaged: not whole journal lines)";
  } else if (r.unacknowledged) {
    s += " (a unit whose write failed, marked unacknowledged)";
  } else if (r.uncommitted_lines > 0) {
    s += " (" + std::to_string(r.uncommitted_lines) + " uncommitted line(s)";
    s += r.torn_line ? " and a torn line)" : ")";
  } else if (r.torn_line) {
    s += " (a torn line)";
  }
  s += ": a write was interrupted; the next writer moves them to the quarantine file";
  return s;
}

}  // namespace fl::store
