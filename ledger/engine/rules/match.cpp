// A match: statement lines and ledger entries of one bank account that explain each other,
// adding up to the same amount, none matched before; dated on or after the latest of them and
// after the reconciled period. It books nothing.
#include <algorithm>

#include "engine/bank_book.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::amount_text;
using rules::bad_id;
using rules::hex_id;
using rules::refuse;

Result<void> BankBook::check_match(const Transaction& e) const {
  const auto& m = std::get<Match>(e.data);
  FL_TRY(const BankState* b, bank(m.bank_account, "bank_account"));
  if (m.lines.empty()) return refuse("lines", "a match names at least one statement line");
  if (m.entries.empty()) return refuse("entries", "a match names at least one ledger entry");
  if (!hex_id(e.id, "M-", 16)) return bad_id("match's id is M- and 16 hex digits");
  if (!m.proposal.empty() && !hex_id(m.proposal, "P-", 12)) return refuse("proposal", "is \"\" or P- and 12 hex digits");
  const Currency c = b->terms.opening.currency();
  Money lines = Money::zero(c), entries = lines;
  Date latest = Date::from_days(0);
  for (std::size_t i = 0; i < m.lines.size(); ++i) {
    const std::string at = "lines[" + std::to_string(i) + "]";
    const auto it = lines_.find(m.lines[i]);
    if (it == lines_.end()) return refuse(at, "\"" + m.lines[i] + "\" is not a recorded statement line");
    if (it->second.bank_account != b->id) return refuse(at, "\"" + m.lines[i] + "\" is a line of " + it->second.bank_account);
    if (!it->second.matched_by.empty()) return refuse(at, "\"" + m.lines[i] + "\" is matched already, by " + it->second.matched_by);
    if (std::count(m.lines.begin(), m.lines.end(), m.lines[i]) > 1) return refuse(at, "\"" + m.lines[i] + "\" is named twice");
    FL_TRY(lines, lines.plus(it->second.amount));
    latest = std::max(latest, it->second.date);
  }
  for (std::size_t i = 0; i < m.entries.size(); ++i) {
    const std::string at = "entries[" + std::to_string(i) + "]";
    const auto it = entries_.find({b->id, m.entries[i]});
    if (it == entries_.end()) return refuse(at, "\"" + m.entries[i] + "\" did not move bank account " + b->id);
    if (!it->second.matched_by.empty()) return refuse(at, "\"" + m.entries[i] + "\" is matched already, by " + it->second.matched_by);
    if (std::count(m.entries.begin(), m.entries.end(), m.entries[i]) > 1) return refuse(at, "\"" + m.entries[i] + "\" is named twice");
    FL_TRY(entries, entries.plus(it->second.amount));
    latest = std::max(latest, it->second.date);
  }
  if (lines != entries) {
    return refuse("entries", "the lines add up to " + amount_text(lines) + " but the entries to " + amount_text(entries));
  }
  if (e.date < latest) return fail(Error(Errc::invalid_input, "a match is dated on or after its latest line and entry, " + latest.to_string()).in("date"));
  // A match made after a close is dated after it, so the reconciled period stays as it was.
  if (b->reconciled_through && e.date <= *b->reconciled_through) {
    return fail(Error(Errc::invalid_input, "bank account " + b->id + " is reconciled through " + b->reconciled_through->to_string() +
                                               "; a match is dated after it").in("date"));
  }
  return ok();
}

void BankBook::apply_match(const Transaction& e) {
  const auto& m = std::get<Match>(e.data);
  Group g;
  for (const auto& id : m.lines) {
    lines_.at(id).matched_by = EventId{e.id};
    g.lines.push_back(id);
  }
  for (const auto& id : m.entries) {
    entries_.at(EntryKey{m.bank_account, id}).matched_by = EventId{e.id};
    g.entries.emplace_back(m.bank_account, id);
  }
  g.date = e.date;
  groups_.emplace(EventId{e.id}, std::move(g));
}

}  // namespace fl
