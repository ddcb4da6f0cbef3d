#pragma once
// The one write path (docs/architecture.md, "Writing"). Every command that writes builds a
// Unit — the events of one atomic unit — against the replayed journal, and write_unit() appends
// it whole or not at all.
#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/clock.hpp"
#include "base/result.hpp"
#include "engine/ledger.hpp"
#include "journal/event.hpp"

namespace fl::app {

// An event of the journal, with its seq.
struct Recorded {
  Transaction event;
  std::uint64_t seq = 0;
};

// A journal line's body for an event (io::encode_txn_body); a seam for tests.
using Encoder = std::function<std::string(const Transaction&)>;

struct WriteOptions {
  std::chrono::milliseconds lock_timeout{10000};
  Encoder encode;  // empty: io::encode_txn_body
};

// What a write did: the events booked, and the events found already there (nothing written for
// them); or, for a unit refused for several reasons at once (an import's bad rows), the refusals.
struct Written {
  std::vector<Transaction> booked;    // appended, in journal order, as written
  std::uint64_t first_seq = 0;        // booked[0]'s seq
  std::size_t already = 0;            // events found in the journal with the same content
  std::uint64_t already_seq = 0;      // the seq of the last of them
  std::vector<Error> refused;         // not empty: the unit was refused, nothing was written
  std::string head_hex;               // the journal's head afterwards
  std::vector<std::string> ids;       // what the command recorded or confirmed, for the user
  std::vector<std::string> notices;   // for the user: kept apart, warnings, repairs
  bool refused_whole() const { return !refused.empty(); }
};

// What derives the ledger's part of a new event (valuations, allocations, postings) from the
// state before it; called only when the event is new.
using Derive = std::function<Result<void>(Transaction&, const Ledger&)>;

// The events of one atomic unit, each checked as it is added against the journal and the
// unit's earlier events, whose effect is applied to the ledger the unit is built on.
class Unit {
 public:
  // Finds a plain transaction of the journal by id (read again from the journal: plain
  // transactions are its bulk, and are not kept), or null.
  using Fetch = std::function<const Recorded*(const std::string& id)>;
  Unit(Ledger& ledger, const std::map<std::string, Recorded>& journal, Clock clock, Encoder encode, Fetch fetch)
      : ledger_(ledger), journal_(journal), clock_(clock), encode_(std::move(encode)), fetch_(std::move(fetch)) {}

  // The journal with the unit's events so far applied.
  const Ledger& ledger() const { return ledger_; }
  const Clock& clock() const { return clock_; }
  // The domain events of the journal (all but plain transactions), by id.
  const std::map<std::string, Recorded>& journal() const { return journal_; }
  // An event of the journal by id, or null.
  const Recorded* recorded(const std::string& id) const;

  enum class Outcome { booked, already, conflict };
  struct Added {
    Outcome outcome = Outcome::booked;
    const Recorded* recorded = nullptr;  // already, conflict: the event of the journal
    std::string difference;              // conflict: the first member that differs
    Transaction given;                   // conflict: as compared (what the ledger derived taken)
  };
  // The idempotency rule: an event whose id the journal holds already is not written again.
  // With what the ledger derived taken from the recorded event, the same content is a no-op
  // (`already`) and other content a `conflict` (the writer words the refusal; the unit stays
  // as it was). A new event is checked — the clock, `derive`, the transaction rules, the ids
  // derived from content, the ledger's rules — then encoded, decoded again and compared (the
  // paired read-back check), and applied.
  [[nodiscard]] Result<Added> add(Transaction e, const Derive& derive = {});
  // An event of the journal found again by what it says rather than its id (a statement line
  // recorded under an earlier id formula): counted as already there.
  void found(const std::string& id);

  const std::vector<Transaction>& events() const { return events_; }
  const std::vector<std::string>& bodies() const { return bodies_; }
  std::size_t already() const { return already_; }
  std::uint64_t already_seq() const { return already_seq_; }

 private:
  Ledger& ledger_;
  const std::map<std::string, Recorded>& journal_;
  Clock clock_;
  Encoder encode_;
  Fetch fetch_;
  std::vector<Transaction> events_;
  std::vector<std::string> bodies_;
  std::size_t already_ = 0;
  std::uint64_t already_seq_ = 0;
};

// "differs from "X" already at seq N": the default wording of a conflict.
Error conflict_error(const Recorded& recorded, const std::string& difference);

// Builds the unit against the replayed journal. A refusal is its error; a builder that reports
// several at once (an import, every bad row) pushes them to Written::refused instead.
using Build = std::function<Result<void>(Unit&, Written&)>;

// The one write: takes the lock, replays and verifies the journal, lets `build` add the unit's
// events (each checked and read back), checks the programme's invariants, repairs a torn tail,
// appends the unit with one write and fsyncs. On any error, or any refusal, nothing is written.
[[nodiscard]] Result<Written> write_unit(const std::string& path, const Clock& clock, const WriteOptions& options,
                                         const Build& build);

}  // namespace fl::app
