#include "app/write.hpp"

#include <optional>

#include "app/replayer.hpp"
#include "engine/derive.hpp"
#include "io/event_codec.hpp"
#include "store/journal_file.hpp"

namespace fl::app {

const Recorded* Unit::recorded(const std::string& id) const {
  const auto it = journal_.find(id);
  if (it != journal_.end()) return &it->second;
  // An id the ledger knows that is no domain event: a plain transaction of the journal (or an
  // event of this unit, which the fetch does not find).
  if (!ledger_.knows_id(id) || !fetch_) return nullptr;
  return fetch_(id);
}

void Unit::found(const std::string& id) {
  ++already_;
  if (const Recorded* r = recorded(id)) already_seq_ = r->seq;
}

Result<Unit::Added> Unit::add(Transaction e, const Derive& derive) {
  if (const Recorded* r = recorded(e.id)) {
    take_derived(e, r->event);
    const std::string diff = first_difference(r->event, e);
    if (!diff.empty()) return Added{Outcome::conflict, r, diff, std::move(e)};
    ++already_;
    already_seq_ = r->seq;
    return Added{Outcome::already, r, {}, {}};
  }
  // Recording time never goes backwards, checked once there is something new to write: what is
  // already in the journal is a no-op whatever the clock says.
  FL_TRY_VOID(ledger_.check_clock(clock_.now()));
  if (derive) FL_TRY_VOID(derive(e, ledger_));
  e.recorded_at = clock_.now();
  FL_TRY_VOID(check_transaction(e));
  FL_TRY_VOID(detail::check_bank_ids(e));
  FL_TRY_VOID(ledger_.check(e));
  std::string body = encode_ ? encode_(e) : io::encode_txn_body(e, ledger_.header().version);
  {
    // Read back what is about to be written, as replay will read it: a figure the journal cannot
    // hold is refused here, and an encoding that loses or changes anything is never written.
    io::EventDecoder decoder;
    Header unused;
    Transaction back;
    auto kind = decoder.decode_body(body, unused, back, ledger_.header().version);
    if (!kind) {
      return fail(Error(Errc::invalid_input, "cannot be recorded: " + kind.error().message()).in(kind.error().field()));
    }
    const std::string diff = *kind == io::LineKind::txn ? first_difference(back, e) : std::string("type");
    if (!diff.empty() || back.recorded_at != e.recorded_at) {
      return fail(Error(Errc::internal, "event \"" + e.id + "\" does not read back as written (" +
                                            (diff.empty() ? std::string("recorded_at") : diff) + "); nothing was written"));
    }
  }
  FL_TRY_VOID(ledger_.apply_checked(e));
  bodies_.push_back(std::move(body));
  events_.push_back(std::move(e));
  return Added{};
}

Error conflict_error(const Recorded& recorded, const std::string& difference) {
  return Error(Errc::conflict, "differs from \"" + recorded.event.id + "\" already at seq " + std::to_string(recorded.seq) +
                                   "; an id names one event (nothing was written)")
      .in(difference);
}

Result<Written> write_unit(const std::string& path, const Clock& clock, const WriteOptions& options, const Build& build) {
  FL_TRY(store::Writer writer, store::Writer::open(path, options.lock_timeout));
  Ledger ledger;
  std::map<std::string, Recorded> journal;  // the domain events
  detail::Replayer replay(ledger, [&](const Transaction& t, std::uint64_t seq) {
    if (t.kind != EventKind::txn) journal.insert_or_assign(t.id, Recorded{t, seq});
  });
  FL_TRY(const store::ScanOptions scan_options, store::scan_options_for(path));
  FL_TRY(store::ScanResult scan, store::scan_journal(writer.fd(), replay, scan_options));
  if (scan.damage) return fail(detail::corrupt(path, *scan.damage));
  std::map<std::string, Recorded> fetched;  // plain transactions read again, by id
  const Unit::Fetch fetch = [&](const std::string& id) -> const Recorded* {
    std::optional<Recorded> hit;
    Ledger again_ledger;
    detail::Replayer again(again_ledger, [&](const Transaction& t, std::uint64_t seq) {
      if (t.id == id) hit = Recorded{t, seq};
    });
    if (auto rescan = store::scan_journal(writer.fd(), again, scan_options); !rescan || !hit) return nullptr;
    return &fetched.insert_or_assign(id, std::move(*hit)).first->second;
  };
  Written out;
  out.head_hex = store::to_hex(scan.head);
  Unit unit(ledger, journal, clock, options.encode, fetch);
  FL_TRY_VOID(build(unit, out));
  out.already = unit.already();
  out.already_seq = unit.already_seq();
  if (!out.refused.empty()) return out;
  if (unit.bodies().empty()) return out;
  FL_TRY_VOID(ledger.programme().check_receivable());
  FL_TRY(std::string repaired, writer.repair_tail(scan));
  if (!repaired.empty()) {
    out.notices.push_back(repaired);
    scan.tail_bytes = 0;
  }
  FL_TRY(store::Hash head, writer.append_unit(scan, unit.bodies()));
  out.booked = unit.events();
  out.first_seq = scan.lines;
  out.head_hex = store::to_hex(head);
  return out;
}

}  // namespace fl::app
