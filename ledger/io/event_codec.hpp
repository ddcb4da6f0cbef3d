#pragma once
// JSON <-> journal events. Journal lines are decoded with simdjson (the replay path); the
// same decoder reads the transaction documents a user gives to `post`.
#include <memory>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "journal/event.hpp"

namespace fl::io {

enum class LineKind { header, txn };

// The members of a line between its frame and its hash (docs/format/journal.md §4).
std::string encode_txn_body(const Transaction& t);
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
  [[nodiscard]] Result<LineKind> decode_line(std::string_view line, Header& header,
                                             Transaction& txn);

  // Decodes the members a writer is about to frame (encode_txn_body's output), as replay will
  // decode them once they are stored: the writer's check that what it writes reads back.
  [[nodiscard]] Result<LineKind> decode_body(std::string_view body, Header& header,
                                             Transaction& txn);

  // Decodes a transaction document a person wrote (a file or stdin). Errors carry
  // path:line:col of the offending value. `recorded_at` is left for the writer to set.
  [[nodiscard]] Result<Transaction> decode_input(std::string_view text, const std::string& path);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fl::io
