// Reading and checking the journal. The file is read in chunks into batches; each batch's
// lines are checked (shape, own hash, chain, units) in file order, and the lines of committed
// units are then handed to the visitor. Checking a batch runs on a second thread while the
// visitor works through the previous one, since hashing and decoding cost about the same.
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <algorithm>
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

struct Batch {
  std::vector<char> buf;  // bytes [0, size) plus kLinePadding
  std::vector<LineRef> lines;  // committed event lines to visit, in order
  std::optional<Damage> damage;
  bool last = false;
};

// Chain and unit state carried from one batch to the next.
struct Checker {
  int fd;
  std::optional<Hash> expect_head;
  std::uint64_t file_pos = 0;  // next byte to read
  std::vector<char> carry;     // bytes from the last batch not yet consumed
  std::uint64_t carry_offset = 0;
  std::uint64_t next_seq = 0;
  std::uint64_t line_no = 1;
  Hash prev = kZeroHash;
  bool eof = false;
  ScanResult result;

  Result<Batch> next_batch();
};

Damage damage_at(std::uint64_t seq, std::uint64_t line_no, std::uint64_t offset, std::string why) {
  return Damage{seq, line_no, offset, std::move(why)};
}

Result<Batch> Checker::next_batch() {
  Batch b;
  // Fill: carried bytes, then a fresh chunk (more if a single unit is larger than a chunk).
  const std::size_t have = carry.size();
  b.buf.resize(have + kChunkBytes + kLinePadding);
  std::copy(carry.begin(), carry.end(), b.buf.begin());
  std::size_t size = have;
  const std::uint64_t base = carry_offset;
  while (!eof && size < have + kChunkBytes) {
    const ssize_t n = ::pread(fd, b.buf.data() + size, have + kChunkBytes - size,
                              static_cast<off_t>(file_pos));
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(Errc::io, std::string("cannot read the journal: ") + std::strerror(errno));
    }
    if (n == 0) eof = true;
    size += static_cast<std::size_t>(n);
    file_pos += static_cast<std::uint64_t>(n);
  }
  std::memset(b.buf.data() + size, 0, kLinePadding);

  // Check the complete lines; `pending` holds the parts of a unit not yet committed.
  std::vector<LineRef> pending;
  std::size_t unit_start = 0;  // where the first uncommitted byte of this batch starts
  std::uint64_t unit_seq = next_seq, unit_line = line_no;
  Hash unit_prev = prev;
  std::size_t pos = 0;
  const char* data = b.buf.data();
  while (pos < size) {
    const void* lf = std::memchr(data + pos, '\n', size - pos);
    const std::uint64_t offset = base + pos;
    if (lf == nullptr) {
      if (size - pos > limits::line_bytes_max) {
        b.damage = damage_at(next_seq, line_no, offset, "line is longer than 1 MiB");
      }
      break;
    }
    const auto end = static_cast<std::size_t>(static_cast<const char*>(lf) - data);
    const std::string_view line(data + pos, end - pos);
    auto bad = [&](std::string why) { b.damage = damage_at(next_seq, line_no, offset, std::move(why)); };
    if (line.size() > limits::line_bytes_max) { bad("line is longer than 1 MiB"); break; }
    auto framed = parse_frame(line);
    if (!framed) { bad(framed.error().message()); break; }
    Hash own, whole;
    sha256_prefix_and_whole(line.substr(0, line.size() - kHashSuffixBytes),
                            line.substr(line.size() - kHashSuffixBytes), own, whole);
    if (!hex_equals(line.substr(line.size() - kHashSuffixBytes + 9, 64), own)) {
      bad("its hash does not match its bytes: the line was altered or damaged");
      break;
    }
    if (framed->seq != next_seq) {
      bad("seq is " + std::to_string(framed->seq) + " where " + std::to_string(next_seq) +
          " was expected: a line is missing, repeated or out of order");
      break;
    }
    if (!hex_equals(framed->prev_hex, prev)) {
      bad("prev does not match the hash of the line before: the chain is broken");
      break;
    }
    const LineRef ref{next_seq, line_no, offset, framed->frame, line, framed->body};
    if (next_seq == 0 && framed->frame != Frame::one) { bad("the header's frame must be one"); break; }
    if (framed->frame == Frame::part) {
      if (pending.empty()) {
        unit_start = pos;
        unit_seq = next_seq;
        unit_line = line_no;
        unit_prev = prev;
      }
      pending.push_back(ref);
    } else if (framed->frame == Frame::one && !pending.empty()) {
      bad(std::to_string(pending.size()) + " part line(s) before it were never committed");
      break;
    } else if (framed->frame == Frame::commit && framed->commit_count != pending.size()) {
      bad("commit names " + std::to_string(framed->commit_count) + " line(s) but " +
          std::to_string(pending.size()) + " part line(s) precede it");
      break;
    } else {
      if (framed->frame == Frame::one) {
        b.lines.push_back(ref);
        if (ref.seq != 0) ++result.events;  // the header is not an event
      } else {
        b.lines.insert(b.lines.end(), pending.begin(), pending.end());
        result.events += pending.size();
        pending.clear();
      }
      result.lines += framed->frame == Frame::one ? 1 : framed->commit_count + 1;
      result.committed_end = base + end + 1;
      result.head = whole;
      if (expect_head && *expect_head == whole) result.expected_head_found = true;
    }
    prev = whole;
    ++next_seq;
    ++line_no;
    pos = end + 1;
  }
  const std::size_t keep_from = pending.empty() ? pos : unit_start;
  if (!pending.empty()) {
    // Re-check the open unit with the next batch, from its first line.
    next_seq = unit_seq;
    line_no = unit_line;
    prev = unit_prev;
  }
  carry.assign(data + keep_from, data + size);
  carry_offset = base + keep_from;
  if (b.damage) {
    b.last = true;
  } else if (eof) {
    b.last = true;
    result.tail_bytes = carry.size();
    result.uncommitted_lines = pending.size();
    result.torn_line = !carry.empty() && carry.back() != '\n';
  } else if (carry.size() > limits::unit_events_max * limits::line_bytes_max / 64) {
    b.damage = damage_at(next_seq, line_no, carry_offset, "a unit is larger than the limit");
    b.last = true;
  }
  return b;
}

}  // namespace

Result<ScanResult> scan_journal(int fd, const LineVisitor& visit, const ScanOptions& options) {
  Checker checker{fd, options.expect_head};
  std::mutex mu;
  std::condition_variable cv;
  std::deque<Result<Batch>> ready;
  bool stop = false;
  constexpr std::size_t kQueueMax = 2;

  std::thread producer([&] {
    for (;;) {
      Result<Batch> batch = checker.next_batch();
      const bool last = !batch || batch->last;
      std::unique_lock lock(mu);
      cv.wait(lock, [&] { return stop || ready.size() < kQueueMax; });
      if (stop) return;
      ready.push_back(std::move(batch));
      cv.notify_all();
      if (last) return;
    }
  });

  std::optional<Damage> visit_damage;
  std::optional<Error> io_error;
  for (bool done = false; !done;) {
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return !ready.empty(); });
    Result<Batch> batch = std::move(ready.front());
    ready.pop_front();
    cv.notify_all();
    lock.unlock();
    if (!batch) {
      io_error = std::move(batch).error();
      break;
    }
    for (const LineRef& line : batch->lines) {
      if (auto r = visit(line); !r) {
        visit_damage = damage_at(line.seq, line.line_no, line.offset, r.error().render().substr(7));
        done = true;
        break;
      }
    }
    if (batch->last) {
      if (!visit_damage && batch->damage) visit_damage = batch->damage;
      done = true;
    }
  }
  {
    std::lock_guard lock(mu);
    stop = true;
    cv.notify_all();
  }
  producer.join();
  if (io_error) return fail(std::move(*io_error));
  ScanResult result = checker.result;
  if (visit_damage) {
    result.damage = std::move(visit_damage);
  } else if (result.lines == 0) {
    result.damage = damage_at(0, 1, 0, "the journal has no header line");
  }
  return result;
}

std::string describe_tail(const ScanResult& r) {
  if (r.tail_bytes == 0) return {};
  std::string s = "ignoring " + std::to_string(r.tail_bytes) + " byte(s) after the last committed unit";
  if (r.uncommitted_lines > 0) {
    s += " (" + std::to_string(r.uncommitted_lines) + " uncommitted line(s)";
    s += r.torn_line ? " and a torn line)" : ")";
  } else if (r.torn_line) {
    s += " (a torn line)";
  }
  s += ": a write was interrupted; the next writer moves them to the quarantine file";
  return s;
}

}  // namespace fl::store
