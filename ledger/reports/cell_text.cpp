#include "reports/cell_text.hpp"


namespace fl::reports {
namespace {

bool plain_number(std::string_view s) {
  if (s.starts_with('-')) s.remove_prefix(1);
  bool digits = false, point = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digits = true;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return false;
    }
  }
  return digits;
}

// `prefix` and the byte as two lowercase hex digits: "\\x" 0x1b gives \x1b.
std::string hex(std::string_view prefix, unsigned char value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(prefix);
  out.push_back(kDigits[value >> 4]);
  out.push_back(kDigits[value & 0xF]);
  return out;
}

}  // namespace

std::string csv_safe_text(std::string_view cell) {
  if (cell.empty() || plain_number(cell)) return std::string(cell);
  switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return "'" + std::string(cell);
    default: return std::string(cell);
  }
}

std::string terminal_safe_text(std::string_view cell) {
  std::string out;
  out.reserve(cell.size());
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const auto c = static_cast<unsigned char>(cell[i]);
    if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      out += hex("\\x", c);
    } else if (c == 0xC2 && i + 1 < cell.size() && static_cast<unsigned char>(cell[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(cell[i + 1]) <= 0x9F) {  // U+0080..U+009F in UTF-8
      out += hex("\\u00", static_cast<unsigned char>(cell[++i]));
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace fl::reports
