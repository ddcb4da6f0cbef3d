#pragma once
// JSON <-> journal events. Journal lines are decoded with simdjson (the replay path); the
// same decoder reads the transaction documents a user gives to `post`.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "journal/event.hpp"

namespace fl::io {

enum class LineKind { header, txn };

// Journal format versions (docs/format/journal.md §3.2). Version 1 writes every member of every
// posting; it is also the form in which an event is shown outside a journal (write results,
// differences). Version 2 writes the members all postings share once, on the event.
inline constexpr std::uint32_t kJournalVersionFull = 1;
inline constexpr std::uint32_t kJournalVersionLatest = 2;

// The members of a line between its frame and its hash (docs/format/journal.md §4), in the
// canonical form of journal format `version` (a writer passes its journal's header().version).
std::string encode_txn_body(const Transaction& t, std::uint32_t version);
std::string encode_header_body(const Header& h);

class EventDecoder {
 public:
  EventDecoder();
  ~EventDecoder();
  EventDecoder(const EventDecoder&) = delete;
  EventDecoder& operator=(const EventDecoder&) = delete;

  // Decodes one stored journal line (all of it, seq to hash) into `header` or `txn`, reusing
  // their storage. `line` must stay readable for line.size() + 64 bytes. Strict: canonical
  // amounts, every required field, no unknown field. Errors name the field.
  // A line may be in the canonical form of several versions; which it is in is forms() (bit v
  // for version v), for replay to check against the journal's version.
  [[nodiscard]] Result<LineKind> decode_line(std::string_view line, Header& header,
                                             Transaction& txn);
  std::uint8_t forms() const;

  // Decodes the members a writer is about to frame (encode_txn_body's output), as replay will
  // decode them once they are stored: the writer's check that what it writes reads back, in
  // the form of the journal's `version`.
  [[nodiscard]] Result<LineKind> decode_body(std::string_view body, Header& header,
                                             Transaction& txn, std::uint32_t version);

  // Decodes a transaction document a person wrote (a file or stdin). Errors carry
  // path:line:col of the offending value. `recorded_at` is left for the writer to set.
  [[nodiscard]] Result<Transaction> decode_input(std::string_view text, const std::string& path);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fl::io
