#include "io/export.hpp"

namespace fl::io {
namespace {

// Beancount strings: backslash and double quote escaped; line breaks folded to spaces.
std::string bean_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c == '\n' || c == '\r' ? ' ' : c);
  }
  out.push_back('"');
  return out;
}

// Ledger's payee runs to the end of the line: keep it on one line, never empty.
std::string one_line(std::string_view s, std::string_view fallback) {
  std::string out;
  for (char c : s) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  return out.empty() ? std::string(fallback) : out;
}

// The payee of a ledger transaction line. hledger ends a description at any ';' and ledger-cli at
// "  ;" or a tab then ';' (the rest becomes a comment), and neither has an escape for it: a ';'
// is written as U+FF1B FULLWIDTH SEMICOLON, so both read the description whole (docs/cli.md).
std::string ledger_payee(std::string_view s, std::string_view fallback) {
  std::string out;
  for (char c : one_line(s, fallback)) {
    if (c == ';') {
      out += "\xEF\xBC\x9B";  // U+FF1B
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void append_amount(std::string& out, const Posting& p) {
  out += p.amount.to_string();
  out.push_back(' ');
  out += p.amount.currency().code();
}

}  // namespace

void append_ledger(std::string& out, const Transaction& t) {
  t.date.append_to(out);
  if (t.posting_date != t.date) {
    out.push_back('=');
    t.posting_date.append_to(out);
  }
  out += " (" + t.id + ") " + ledger_payee(t.description, t.id) + "\n";
  out += "    ; id: " + t.id + "\n";
  if (!t.reverses.empty()) out += "    ; reverses: " + t.reverses + "\n";
  for (const Posting& p : t.postings) {
    out += "    " + p.account + "  ";
    append_amount(out, p);
    bool first = true;
    for (Dimension d : kDimensions) {
      if (p.dims[d].empty()) continue;
      out += first ? "  ; " : ", ";
      out += std::string(dimension_name(d)) + ": " + p.dims[d];
      first = false;
    }
    out.push_back('\n');
  }
  out.push_back('\n');
}

void append_beancount(std::string& out, const Transaction& t) {
  t.date.append_to(out);
  out += " * " + bean_string(one_line(t.description, t.id)) + "\n";
  out += "  id: " + bean_string(t.id) + "\n";
  out += "  posting-date: " + t.posting_date.to_string() + "\n";
  if (!t.reverses.empty()) out += "  reverses: " + bean_string(t.reverses) + "\n";
  for (const Posting& p : t.postings) {
    out += "  " + p.account + "  ";
    append_amount(out, p);
    out.push_back('\n');
    for (Dimension d : kDimensions) {
      if (p.dims[d].empty()) continue;
      out += "    " + std::string(dimension_name(d)) + ": " + bean_string(p.dims[d]) + "\n";
    }
  }
  out.push_back('\n');
}

void append_beancount_open(std::string& out, Date date, std::string_view account) {
  date.append_to(out);
  out += " open ";
  out += account;
  out.push_back('\n');
}

std::string beancount_header(const Header& h) {
  return "option \"title\" " + bean_string(h.ledger_id) + "\noption \"operating_currency\" \"" +
         std::string(h.base_currency.code()) + "\"\n\n";
}

}  // namespace fl::io
