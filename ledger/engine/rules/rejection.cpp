// A rejection: a match proposal an officer turned down, so it is not proposed again; its id is
// RJ- and the proposal's 12 hex digits. It books nothing.
#include "engine/bank_book.hpp"
#include "engine/rules/helpers.hpp"
#include "journal/names.hpp"

namespace fl {

using rules::bad_id;
using rules::hex_id;
using rules::refuse;

Result<void> BankBook::check_rejection(const Transaction& e) const {
  const auto& x = std::get<Rejection>(e.data);
  if (!hex_id(x.proposal, "P-", 12)) return refuse("proposal", "is P- and 12 hex digits");
  if (e.id != "RJ-" + x.proposal.substr(2)) return bad_id("rejection's id is RJ- and its proposal's 12 hex digits");
  if (auto t = check_id(x.target); !t) return refuse("target", t.error().message());
  if (rejected_.count(x.proposal) != 0) return refuse("proposal", "\"" + x.proposal + "\" is rejected already");
  for (std::size_t i = 0; i < x.lines.size(); ++i) {
    if (lines_.count(x.lines[i]) == 0) return refuse("lines[" + std::to_string(i) + "]", "\"" + x.lines[i] + "\" is not a recorded statement line");
  }
  return ok();
}

void BankBook::apply_rejection(const Transaction& e) {
  rejected_.insert(std::get<Rejection>(e.data).proposal);
}

}  // namespace fl
