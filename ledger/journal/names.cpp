#include "journal/names.hpp"

#include <array>
#include <cstdint>

#include "base/limits.hpp"

namespace fl {
namespace {

// Character classes as a table: ids and accounts are checked for every posting on replay.
enum : std::uint8_t { kIdChar = 1, kSegmentStart = 2, kSegmentChar = 4 };
constexpr std::array<std::uint8_t, 256> kClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    std::uint8_t v = 0;
    if (lower || upper || digit || c == '.' || c == '_' || c == ':' || c == '/' || c == '-') v |= kIdChar;
    if (upper || digit) v |= kSegmentStart;
    if (lower || upper || digit || c == '-') v |= kSegmentChar;
    t[static_cast<std::size_t>(c)] = v;
  }
  return t;
}();
std::uint8_t char_class(char c) { return kClass[static_cast<unsigned char>(c)]; }
bool id_char(char c) { return (char_class(c) & kIdChar) != 0; }
// Segments start with a capital letter or digit and go on with letters, digits and '-': the
// rule beancount applies, so an export is read by beancount unchanged.
bool segment_start(char c) { return (char_class(c) & kSegmentStart) != 0; }
bool segment_char(char c) { return (char_class(c) & kSegmentChar) != 0; }
constexpr std::array<std::string_view, 5> kRoots{"Assets", "Liabilities", "Equity", "Income",
                                                 "Expenses"};

std::string quoted(std::string_view s) { return "\"" + std::string(s.substr(0, 80)) + "\""; }

}  // namespace

Result<void> check_id(std::string_view text) {
  if (text.empty()) return fail(Errc::invalid_input, "must not be empty");
  if (text.size() > limits::id_bytes_max) {
    return fail(Errc::invalid_input, quoted(text) + " is longer than 128 bytes");
  }
  std::uint8_t all = kIdChar;
  for (char c : text) all &= char_class(c);
  if (all != 0) return ok();
  for (char c : text) {
    if (!id_char(c)) {
      return fail(Errc::invalid_input,
                  quoted(text) + " may contain only letters, digits and . _ : / -");
    }
  }
  return ok();
}

Result<void> check_account(std::string_view text) {
  if (text.empty()) return fail(Errc::invalid_input, "account must not be empty");
  if (text.size() > limits::account_bytes_max) {
    return fail(Errc::invalid_input, "account " + quoted(text) + " is longer than 200 bytes");
  }
  const auto root = text.substr(0, text.find(':'));
  bool known_root = false;
  for (auto r : kRoots) known_root = known_root || r == root;
  if (!known_root) {
    return fail(Errc::invalid_input,
                "account " + quoted(text) +
                    " must start with Assets, Liabilities, Equity, Income or Expenses");
  }
  std::size_t seg_len = 0;
  for (char c : text) {
    if (c == ':') {
      if (seg_len == 0) break;
      seg_len = 0;
    } else if (seg_len == 0 ? !segment_start(c) : !segment_char(c)) {
      return fail(Errc::invalid_input,
                  "account " + quoted(text) +
                      ": each segment starts with a capital letter or digit and goes on with "
                      "letters, digits and -");
    } else {
      ++seg_len;
    }
  }
  if (seg_len == 0) {
    return fail(Errc::invalid_input, "account " + quoted(text) + " has an empty segment");
  }
  return ok();
}

AccountRoot account_root(std::string_view a) {
  switch (a[0]) {
    case 'A': return AccountRoot::assets;
    case 'L': return AccountRoot::liabilities;
    case 'I': return AccountRoot::income;
    default: return a[1] == 'q' ? AccountRoot::equity : AccountRoot::expenses;
  }
}

bool account_under(std::string_view account, std::string_view prefix) {
  if (!account.starts_with(prefix)) return false;
  return account.size() == prefix.size() || account[prefix.size()] == ':';
}

}  // namespace fl
