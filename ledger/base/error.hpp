#pragma once
// Errors are values: a code, a message, an optional input position and field, and a context
// chain that grows as the error travels up ("while importing line 14 of statement.csv").
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl {

enum class Errc : std::uint8_t {
  invalid_input,  // the user's input is refused (exit 1)
  usage,          // the command line is wrong (exit 2)
  not_found,
  conflict,       // e.g. an id reused with different content
  io,             // the operating system refused
  corrupt,        // the journal is damaged or was altered (exit 3)
  locked,         // the writer lock could not be had in time
  internal,
};

struct SourcePos {
  std::string path;
  std::uint64_t line = 0;  // 1-based; 0 = unknown
  std::uint64_t col = 0;   // 1-based; 0 = unknown
};

class Error {
 public:
  Error(Errc code, std::string message) : code_(code), message_(std::move(message)) {}

  Errc code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::optional<SourcePos>& pos() const { return pos_; }
  const std::string& field() const { return field_; }
  const std::vector<std::string>& context() const { return context_; }

  Error& at(SourcePos pos) & { pos_ = std::move(pos); return *this; }
  Error&& at(SourcePos pos) && { pos_ = std::move(pos); return std::move(*this); }
  // Prefixes a field path: in("postings[1]") on an error in "amount" gives "postings[1].amount".
  Error& in(std::string_view field) &;
  Error&& in(std::string_view field) && { in(field); return std::move(*this); }
  Error& context(std::string what) & { context_.push_back(std::move(what)); return *this; }
  Error&& context(std::string what) && { context_.push_back(std::move(what)); return std::move(*this); }

  // "path:line:col: error: field: message (while …)"
  std::string render() const;

 private:
  Errc code_;
  std::string message_;
  std::optional<SourcePos> pos_;
  std::string field_;
  std::vector<std::string> context_;
};

}  // namespace fl
