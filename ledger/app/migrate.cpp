#include "app/migrate.hpp"
#include "app/replayer.hpp"

#include <unistd.h>

#include "io/event_codec.hpp"
#include "store/journal_file.hpp"

namespace fl::app {
namespace {

// The old journal's committed lines: its header and, per seq, whether the line ends its unit.
struct Outline {
  Header header;
  std::vector<bool> ends_unit;  // by seq; a part line ends its unit when its commit follows
  store::ScanResult scan;
};

// A first pass over the bytes only (hashes, chain, framing): the header and the units' shape.
Result<Outline> outline(int fd, const std::string& path) {
  Outline out;
  std::vector<store::Frame> frames;  // by seq; commit lines are never visited
  io::EventDecoder decoder;
  Transaction unused;
  const store::LineVisitor visit = [&](const store::LineRef& line) -> Result<void> {
    frames.resize(line.seq, store::Frame::commit);
    frames.push_back(line.frame);
    if (line.seq == 0) {
      auto kind = decoder.decode_line(line.bytes, out.header, unused);
      if (!kind) return fail(std::move(kind).error());
    }
    return ok();
  };
  FL_TRY(const store::ScanOptions scan_options, store::scan_options_for(path));
  FL_TRY(out.scan, store::scan_journal(fd, visit, scan_options));
  if (out.scan.damage) return fail(detail::corrupt(path, *out.scan.damage));
  frames.resize(out.scan.lines, store::Frame::commit);
  out.ends_unit.resize(frames.size());
  for (std::size_t s = 1; s < frames.size(); ++s) {
    out.ends_unit[s] = frames[s] == store::Frame::one ||
                       (frames[s] == store::Frame::part && (s + 1 == frames.size() || frames[s + 1] == store::Frame::commit));
  }
  return out;
}

bool same_balances(const std::vector<BalanceRow>& a, const std::vector<BalanceRow>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].account != b[i].account || a[i].amount != b[i].amount) return false;
  }
  return true;
}

}  // namespace

Result<Migrated> migrate_journal(const std::string& from, const std::string& to,
                                 std::chrono::milliseconds lock_timeout) {
  if (::access(to.c_str(), F_OK) == 0) {
    return fail(Error(Errc::invalid_input, "a file already exists here; nothing was written").in("--output").at(SourcePos{to, 0, 0}));
  }
  // The writer's lock keeps the old journal as it is while it is read twice.
  FL_TRY(store::Writer lock, store::Writer::open(from, lock_timeout));
  FL_TRY(Outline old, outline(lock.fd(), from));
  if (old.header.version >= io::kJournalVersionLatest) {
    return fail(Error(Errc::invalid_input, "is already format version " + std::to_string(old.header.version) +
                                               ": nothing to migrate (nothing was written)")
                    .at(SourcePos{from, 1, 0}));
  }
  Migrated out;
  out.from_version = old.header.version;
  out.old_lines = old.scan.lines;
  out.old_head_hex = store::to_hex(old.scan.head);
  Header header = old.header;
  header.version = io::kJournalVersionLatest;
  header.migrated_from = MigratedFrom{old.header.version, old.scan.lines, out.old_head_hex};
  FL_TRY(store::JournalBuilder builder, store::JournalBuilder::create(to, io::encode_header_body(header)));

  // The second pass replays and checks every event as any reader does, and writes it anew.
  std::vector<std::string> unit;
  std::optional<Error> failed;
  io::EventDecoder decoder;
  const TxnHook write = [&](const Transaction& e, std::uint64_t seq) {
    if (failed) return;
    std::string body = io::encode_txn_body(e, header.version);
    Header unused;
    Transaction back;
    auto kind = decoder.decode_body(body, unused, back, header.version);
    if (!kind || !first_difference(back, e).empty() || back.recorded_at != e.recorded_at) {
      failed = Error(Errc::internal, "event \"" + e.id + "\" does not read back as written; nothing was written");
      return;
    }
    unit.push_back(std::move(body));
    if (!old.ends_unit[seq]) return;
    if (auto r = builder.add_unit(unit); !r) failed = std::move(r).error();
    unit.clear();
  };
  FL_TRY(Loaded loaded, load_journal(from, ReplayOptions{}, write));
  if (failed) return fail(std::move(*failed));
  FL_ASSERT(unit.empty() && loaded.scan.lines == old.scan.lines && loaded.scan.head == old.scan.head);
  out.warnings = std::move(loaded.warnings);
  out.events = loaded.scan.events;

  // Read the new journal back before it appears: the same events and the same balances.
  FL_TRY(std::string written, builder.flushed_path());
  FL_TRY(VerifyReport check, verify_journal(written, std::nullopt));
  if (!check.ok || check.events != out.events || !same_balances(check.balances, loaded.ledger.balances())) {
    return fail(Errc::internal, "the migrated journal does not read back as the old one; nothing was written");
  }
  out.new_lines = builder.lines();
  FL_TRY(store::Hash head, builder.finish());
  out.new_head_hex = store::to_hex(head);
  return out;
}

Result<void> check_migrated_from(VerifyReport& report, const std::string& old_path) {
  if (!report.ok) return ok();  // the journal's own damage comes first
  const auto at_header = [&](std::string why) {
    report.ok = false;
    report.damage = store::Damage{0, 1, 0, std::move(why)};
  };
  const auto& recorded = report.ledger.header().migrated_from;
  if (!recorded) {
    at_header("the header records no migration (no migrated_from), so it was not migrated from " + old_path);
    return ok();
  }
  FL_TRY(VerifyReport old, verify_journal(old_path, std::nullopt));
  if (!old.ok) {
    at_header("the old journal " + old_path + " does not verify: " + old.damage->reason + " at its line " +
              std::to_string(old.damage->line_no));
    return ok();
  }
  const std::uint32_t old_version = old.ledger.header().version;
  if (recorded->version != old_version || recorded->lines != old.lines || recorded->head != old.head_hex) {
    at_header("migrated_from records version " + std::to_string(recorded->version) + ", " +
              std::to_string(recorded->lines) + " lines, head " + recorded->head + ", but " + old_path +
              " has version " + std::to_string(old_version) + ", " + std::to_string(old.lines) + " lines, head " +
              old.head_hex);
  }
  return ok();
}

}  // namespace fl::app
