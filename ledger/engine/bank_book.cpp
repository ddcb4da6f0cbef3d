#include "engine/bank_book.hpp"

#include <algorithm>

#include "engine/programme.hpp"
#include "journal/names.hpp"
#include "money/decimal.hpp"
#include "money/formatters.hpp"

namespace fl {
namespace {

Unexpected refuse(std::string_view field, std::string message) {
  return fail(Error(Errc::invalid_input, std::move(message)).in("data." + std::string(field)));
}

bool lower_hex(std::string_view s, std::size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}
bool is_sha256_hex(std::string_view s) { return lower_hex(s, 64); }
// PREFIX followed by n lower-case hex digits.
bool hex_id(std::string_view id, std::string_view prefix, std::size_t n) {
  return id.starts_with(prefix) && lower_hex(id.substr(prefix.size()), n);
}
Unexpected bad_id(std::string what) { return fail(Error(Errc::invalid_input, "a " + what).in("id")); }

}  // namespace

const BankState* BankBook::bank_of_account(std::string_view ledger_account) const {
  const auto it = by_ledger_account_.find(ledger_account);
  if (it == by_ledger_account_.end()) return nullptr;
  return &banks_.at(it->second);
}

Result<const BankState*> BankBook::bank(const std::string& id, std::string_view field) const {
  const auto it = banks_.find(id);
  if (it == banks_.end()) return refuse(field, "\"" + id + "\" is not a recorded bank account");
  return &it->second;
}

Result<void> BankBook::check(const Transaction& e) const {
  // A reconciled period is closed to the bank account's ledger side; a bank account moves in its
  // own currency only.
  if (e.kind != EventKind::bank_account) {
    for (std::size_t i = 0; i < e.postings.size(); ++i) {
      const Posting& p = e.postings[i];
      const BankState* b = bank_of_account(p.account);
      if (b != nullptr && p.amount.currency() != b->terms.opening.currency()) {
        return fail(Error(Errc::invalid_input, "bank account " + b->id + " is in " + std::string(b->terms.opening.currency().code()) +
                                                   "; convert with Equity:Conversion legs on another account")
                        .in("postings[" + std::to_string(i) + "].currency"));
      }
      if (b != nullptr && b->reconciled_through && e.posting_date <= *b->reconciled_through) {
        return fail(Error(Errc::invalid_input, "bank account " + b->id + " is reconciled through " +
                                                   b->reconciled_through->to_string() +
                                                   "; post this as an adjustment in the open period (a posting date after it)")
                        .in("posting_date"));
      }
    }
  }
  switch (e.kind) {
    case EventKind::statement: {
      const auto& st = std::get<StatementInfo>(e.data);
      FL_TRY(const BankState* b, bank(st.bank_account, "bank_account"));
      const Currency c = b->terms.opening.currency();
      if (st.currency != c) return refuse("currency", "bank account " + b->id + " is in " + std::string(c.code()));
      if (st.to < st.from) return refuse("to", "the period ends before it starts");
      if (!is_sha256_hex(st.file_sha256)) return refuse("file_sha256", "is not a SHA-256 in lower-case hex");
      if (!hex_id(e.id, "ST-", 16)) return bad_id("statement's id is ST- and 16 hex digits");
      if (b->reconciled_through && st.to <= *b->reconciled_through) {
        return refuse("to", "bank account " + b->id + " is reconciled through " + b->reconciled_through->to_string() +
                                "; a statement ending on or before it would change a reconciled period");
      }
      if (e.date != st.to) return fail(Error(Errc::invalid_input, "a statement is dated the end of its period, " + st.to.to_string()).in("date"));
      if ((st.opening && st.opening->currency() != c) || (st.closing && st.closing->currency() != c)) {
        return refuse("currency", "the balances are not in the account's currency");
      }
      for (std::size_t i = 0; i < st.pending.size(); ++i) {
        if (st.pending[i].amount.currency() != c) return refuse("pending[" + std::to_string(i) + "].amount", "is not in the account's currency");
      }
      return ok();
    }
    case EventKind::statement_line: {
      const auto& l = std::get<StatementLine>(e.data);
      FL_TRY(const BankState* b, bank(l.bank_account, "bank_account"));
      const auto st = statements_.find(l.statement);
      if (st == statements_.end()) return refuse("statement", "\"" + l.statement + "\" is not a recorded statement");
      if (st->second.bank_account != l.bank_account) return refuse("statement", "\"" + l.statement + "\" is a statement of " + st->second.bank_account);
      if (l.amount.currency() != b->terms.opening.currency()) return refuse("currency", "bank account " + b->id + " is in " + std::string(b->terms.opening.currency().code()));
      if (l.amount.is_zero()) return refuse("amount", "a statement line moves money");
      if (!hex_id(e.id, "SL-", 16)) return bad_id("statement line's id is SL- and 16 hex digits");
      if (l.occurrence < 1) return refuse("occurrence", "counts from 1");
      if (e.date < st->second.from || e.date > st->second.to) {
        return fail(Error(Errc::invalid_input, "falls outside the statement's period " + st->second.from.to_string() + " to " +
                                                   st->second.to.to_string()).in("date"));
      }
      if (e.date < b->opened) {
        return fail(Error(Errc::invalid_input, "is before bank account " + b->id + " was opened, " + b->opened.to_string()).in("date"));
      }
      if (b->reconciled_through && e.date <= *b->reconciled_through) {
        return fail(Error(Errc::invalid_input, "bank account " + b->id + " is reconciled through " + b->reconciled_through->to_string() +
                                                   "; a new line dated on or before it would change a reconciled period")
                        .in("date"));
      }
      return ok();
    }
    case EventKind::match: {
      const auto& m = std::get<Match>(e.data);
      FL_TRY(const BankState* b, bank(m.bank_account, "bank_account"));
      if (m.lines.empty()) return refuse("lines", "a match names at least one statement line");
      if (m.entries.empty()) return refuse("entries", "a match names at least one ledger entry");
      if (!hex_id(e.id, "M-", 16)) return bad_id("match's id is M- and 16 hex digits");
      if (!m.proposal.empty() && !hex_id(m.proposal, "P-", 12)) return refuse("proposal", "is \"\" or P- and 12 hex digits");
      Int128 lines = 0, entries = 0;
      Date latest = Date::from_days(0);
      for (std::size_t i = 0; i < m.lines.size(); ++i) {
        const std::string at = "lines[" + std::to_string(i) + "]";
        const auto it = lines_.find(m.lines[i]);
        if (it == lines_.end()) return refuse(at, "\"" + m.lines[i] + "\" is not a recorded statement line");
        if (it->second.bank_account != b->id) return refuse(at, "\"" + m.lines[i] + "\" is a line of " + it->second.bank_account);
        if (!it->second.matched_by.empty()) return refuse(at, "\"" + m.lines[i] + "\" is matched already, by " + it->second.matched_by);
        if (std::count(m.lines.begin(), m.lines.end(), m.lines[i]) > 1) return refuse(at, "\"" + m.lines[i] + "\" is named twice");
        lines += it->second.amount;
        latest = std::max(latest, it->second.date);
      }
      for (std::size_t i = 0; i < m.entries.size(); ++i) {
        const std::string at = "entries[" + std::to_string(i) + "]";
        const auto it = entries_.find({b->id, m.entries[i]});
        if (it == entries_.end()) return refuse(at, "\"" + m.entries[i] + "\" did not move bank account " + b->id);
        if (!it->second.matched_by.empty()) return refuse(at, "\"" + m.entries[i] + "\" is matched already, by " + it->second.matched_by);
        if (std::count(m.entries.begin(), m.entries.end(), m.entries[i]) > 1) return refuse(at, "\"" + m.entries[i] + "\" is named twice");
        entries += it->second.amount;
        latest = std::max(latest, it->second.date);
      }
      const Currency c = b->terms.opening.currency();
      if (lines != entries) {
        return refuse("entries", "the lines add up to " + fmt::format("{:c}", Money(c, lines)) + " but the entries to " + fmt::format("{:c}", Money(c, entries)));
      }
      if (e.date < latest) return fail(Error(Errc::invalid_input, "a match is dated on or after its latest line and entry, " + latest.to_string()).in("date"));
      // A match made after a close is dated after it, so the reconciled period stays as it was.
      if (b->reconciled_through && e.date <= *b->reconciled_through) {
        return fail(Error(Errc::invalid_input, "bank account " + b->id + " is reconciled through " + b->reconciled_through->to_string() +
                                                   "; a match is dated after it").in("date"));
      }
      return ok();
    }
    case EventKind::rejection: {
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
    case EventKind::classification: {
      const auto& c = std::get<Classification>(e.data);
      FL_TRY(const BankState* b, bank(c.bank_account, "bank_account"));
      const auto it = lines_.find(c.line);
      if (it == lines_.end()) return refuse("line", "\"" + c.line + "\" is not a recorded statement line");
      if (it->second.bank_account != b->id) return refuse("line", "\"" + c.line + "\" is a line of " + it->second.bank_account);
      if (!it->second.matched_by.empty()) return refuse("line", "\"" + c.line + "\" is matched already, by " + it->second.matched_by);
      if (controlled_account(c.account)) return refuse("account", "\"" + c.account + "\" is controlled by agreements: match the line to a receipt instead");
      if (bank_of_account(c.account) != nullptr) return refuse("account", "\"" + c.account + "\" is a bank account's own ledger account");
      if (e.date != it->second.date) return fail(Error(Errc::invalid_input, "a classification takes its line's date, " + it->second.date.to_string()).in("date"));
      if (e.id != "CL-" + c.line.substr(3)) return bad_id("classification's id is CL- and its line's 16 hex digits");
      if (e.posting_date < e.date) return fail(Error(Errc::invalid_input, "falls before the line's date").in("posting_date"));
      return ok();
    }
    case EventKind::reconciliation: {
      const auto& x = std::get<Reconciliation>(e.data);
      FL_TRY(const BankState* b, bank(x.bank_account, "bank_account"));
      if (b->reconciled_through && e.date <= *b->reconciled_through) {
        return fail(Error(Errc::invalid_input, "bank account " + b->id + " is reconciled through " + b->reconciled_through->to_string() + " already").in("date"));
      }
      if (e.date < b->opened) return fail(Error(Errc::invalid_input, "is before the bank account was opened").in("date"));
      if (e.id != "RECON-" + b->id + "-" + e.date.to_string()) return bad_id("reconciliation's id is RECON-" + b->id + "-" + e.date.to_string());
      // The bank's side must be known through the date: a statement covers it.
      if (std::none_of(b->statements.begin(), b->statements.end(), [&](const std::string& id) {
            const StatementInfo& st = statements_.at(id);
            return st.from <= e.date && e.date <= st.to;
          })) {
        return fail(Error(Errc::invalid_input, "no statement of bank account " + b->id + " covers " + e.date.to_string() +
                                                   ": import the bank's statement of that day first").in("date"));
      }
      FL_TRY(ReconciliationFigures f, reconcile(b->id, e.date));
      const Currency c = f.currency;
      const auto same = [&](const Money& m, const Int128& v, std::string_view field) -> Result<void> {
        if (m.currency() != c || m.minor() != v) {
          return refuse(field, "is " + m.to_string() + " but the reconciliation gives " + fmt::format("{:c}", Money(c, v)));
        }
        return ok();
      };
      FL_TRY_VOID(same(x.bank_balance, f.bank_balance, "bank_balance"));
      FL_TRY_VOID(same(x.ledger_balance, f.ledger_balance, "ledger_balance"));
      FL_TRY_VOID(same(x.in_bank_not_recorded, f.in_bank_total, "in_bank_not_recorded"));
      FL_TRY_VOID(same(x.recorded_not_in_bank, f.recorded_total, "recorded_not_in_bank"));
      if (f.unexplained() != 0) {
        return refuse("bank_balance", "the reconciliation leaves " + fmt::format("{:c}", Money(c, f.unexplained())) +
                                          " unexplained; a bank account closes only when nothing is unexplained");
      }
      return ok();
    }
    default:
      return ok();
  }
}

Result<std::vector<Posting>> BankBook::book(const Transaction& e) const {
  std::vector<Posting> out;
  if (e.kind != EventKind::classification) return out;
  const auto& c = std::get<Classification>(e.data);
  const auto line = lines_.find(c.line);
  const auto b = banks_.find(c.bank_account);
  if (line == lines_.end()) return refuse("line", "\"" + c.line + "\" is not a recorded statement line");
  if (b == banks_.end()) return refuse("bank_account", "\"" + c.bank_account + "\" is not a recorded bank account");
  const Currency cur = b->second.terms.opening.currency();
  Posting bank{b->second.terms.account, Money(cur, line->second.amount), Dimensions{.cso = b->second.terms.cso}};
  Posting other = bank;
  other.account = c.account;
  other.amount = Money(cur, -line->second.amount);
  out.push_back(std::move(bank));
  out.push_back(std::move(other));
  return out;
}

void BankBook::apply(const Transaction& e) {
  if (e.kind == EventKind::bank_account) {
    const auto& b = std::get<BankAccount>(e.data);
    banks_.emplace(e.id, BankState{e.id, b, e.date, {}, {}, {}, std::nullopt});
    by_ledger_account_.emplace(b.account, e.id);
    return;
  }
  // The entries this event makes: its net movement of each bank account it posts to.
  if (!e.postings.empty() && tracks()) {
    for (const Posting& p : e.postings) {
      const BankState* b = bank_of_account(p.account);
      if (b == nullptr) continue;
      auto [it, fresh] = entries_.try_emplace({b->id, e.id});
      EntryState& en = it->second;
      if (fresh) {
        en.id = e.id;
        en.bank_account = b->id;
        en.description = e.description;
        en.kind = e.kind;
        en.date = e.date;
        en.posting_date = e.posting_date;
        if (const auto* r = std::get_if<Receipt>(&e.data)) {
          en.agreement = r->agreement;
          en.reference = r->bank_reference;
        } else if (const auto* ch = std::get_if<Change>(&e.data)) {
          en.agreement = ch->agreement;
        }
        banks_.at(b->id).entries.push_back(e.id);
      }
      en.amount += p.amount.minor();
    }
  }
  switch (e.kind) {
    case EventKind::statement: {
      const auto& st = std::get<StatementInfo>(e.data);
      statements_.emplace(e.id, st);
      banks_.at(st.bank_account).statements.push_back(e.id);
      return;
    }
    case EventKind::statement_line: {
      const auto& l = std::get<StatementLine>(e.data);
      lines_.emplace(e.id, LineState{e.id, l.bank_account, l.statement, e.description, l.reference, e.date, l.amount.minor(), {}});
      banks_.at(l.bank_account).lines.push_back(e.id);
      return;
    }
    case EventKind::match: {
      const auto& m = std::get<Match>(e.data);
      Group g;
      for (const auto& id : m.lines) {
        lines_.at(id).matched_by = e.id;
        g.lines.push_back(id);
      }
      for (const auto& id : m.entries) {
        entries_.at({m.bank_account, id}).matched_by = e.id;
        g.entries.emplace_back(m.bank_account, id);
      }
      g.date = e.date;
      groups_.emplace(e.id, std::move(g));
      return;
    }
    case EventKind::rejection: rejected_.insert(std::get<Rejection>(e.data).proposal); return;
    case EventKind::classification: {
      const auto& c = std::get<Classification>(e.data);
      lines_.at(c.line).matched_by = e.id;
      entries_.at({c.bank_account, e.id}).matched_by = e.id;
      groups_.emplace(e.id, Group{{c.line}, {{c.bank_account, e.id}}, e.date});
      return;
    }
    case EventKind::reconciliation: {
      const auto& x = std::get<Reconciliation>(e.data);
      banks_.at(x.bank_account).reconciled_through = e.date;
      return;
    }
    default: return;
  }
}

bool BankBook::settled(const std::string& group, Date as_of) const {
  if (group.empty()) return false;
  const Group& g = groups_.at(group);
  if (g.date > as_of) return false;
  for (const auto& id : g.lines) {
    if (lines_.at(id).date > as_of) return false;
  }
  for (const auto& key : g.entries) {
    if (entries_.at(key).posting_date > as_of) return false;
  }
  return true;
}

Result<ReconciliationFigures> BankBook::reconcile(const std::string& bank_account, Date as_of) const {
  FL_TRY(const BankState* b, bank(bank_account, "bank_account"));
  ReconciliationFigures f;
  f.currency = b->terms.opening.currency();
  const Int128 opening = b->opened <= as_of ? b->terms.opening.minor() : Int128(0);

  const auto settled = [&](const std::string& group) { return this->settled(group, as_of); };

  // The bank's balance: the latest stated closing balance on or before the date, plus the lines
  // after it; with no such statement, the opening balance plus the lines.
  const StatementInfo* anchor = nullptr;
  std::string anchor_id;
  for (const auto& id : b->statements) {
    const StatementInfo& st = statements_.at(id);
    if (!st.closing || st.to > as_of) continue;
    if (anchor == nullptr || st.to >= anchor->to) {
      anchor = &st;
      anchor_id = id;
    }
  }
  f.bank_balance = anchor != nullptr ? anchor->closing->minor() : opening;
  std::size_t after = 0;
  for (const auto& id : b->lines) {
    const LineState& l = lines_.at(id);
    if (l.date > as_of) continue;
    if (anchor == nullptr || l.date > anchor->to) {
      f.bank_balance += l.amount;
      ++after;
    }
    if (!settled(l.matched_by)) {
      f.in_bank_not_recorded.push_back(ReconcilingItem{l.id, l.date, l.description, l.amount});
      f.in_bank_total += l.amount;
    }
  }
  f.bank_balance_source = anchor != nullptr ? "closing balance of statement " + anchor_id + " (" + anchor->to.to_string() + ")"
                                            : "opening balance";
  if (after > 0) f.bank_balance_source += " + " + std::to_string(after) + " statement line" + (after == 1 ? "" : "s") + " after it";

  f.ledger_balance = opening;
  for (const auto& id : b->entries) {
    const EntryState& en = entries_.at({b->id, id});
    if (en.posting_date > as_of) continue;
    f.ledger_balance += en.amount;
    if (!settled(en.matched_by)) {
      f.recorded_not_in_bank.push_back(ReconcilingItem{en.id, en.date, en.description, en.amount});
      f.recorded_total += en.amount;
    }
  }
  const auto by_date = [](const ReconcilingItem& x, const ReconcilingItem& y) {
    return x.date != y.date ? x.date < y.date : x.id < y.id;
  };
  std::stable_sort(f.in_bank_not_recorded.begin(), f.in_bank_not_recorded.end(), by_date);
  std::stable_sort(f.recorded_not_in_bank.begin(), f.recorded_not_in_bank.end(), by_date);
  return f;
}

}  // namespace fl
