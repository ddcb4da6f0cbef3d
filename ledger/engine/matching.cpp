#include "engine/matching.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

namespace fl {
namespace {

// 64-bit FNV-1a: a stable id from content (not a security hash: a proposal is re-derived, and a
// confirmation checks what it records like any other event).
std::string proposal_id(std::string_view identity) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char ch : identity) {
    const auto c = static_cast<unsigned char>(ch);
    h ^= c;
    h *= 1099511628211ull;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "P-";
  for (int shift = 44; shift >= 0; shift -= 4) out += kHex[(h >> shift) & 0xf];
  return out;
}

// Upper-case ASCII words separated by single spaces, with a space at each end, so that a payer's
// name is found as whole words: " PEMKAB BANDUNG ".
std::string words(std::string_view s) {
  std::string out = " ";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (alnum) {
      // Statement text glues amounts to names ("2500000.00PEMKAB"): a digit next to a letter
      // starts a new word.
      const bool digit = c >= '0' && c <= '9';
      const char last = out.back();
      if (last != ' ' && digit != (last >= '0' && last <= '9')) out += ' ';
      out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

// `units` whole units of the currency, by default IDR 50,000 or 50 of another.
Money tolerance_in(Currency c, std::optional<std::int64_t> units) {
  return Money::whole_units(c, units ? *units : c.code() == "IDR" ? 50000 : 50);
}

// What a tranche has outstanding; one whose figures pass 128 bits (which the rules refuse) is
// offered as nothing outstanding.
Money open_of(const TrancheState& t) {
  const auto o = t.outstanding();
  return o ? *o : Money::zero(t.amount.currency());
}

// Whether `paid` is what `expected` asks less at most `tolerance` (bank charges in transit); a
// difference past 128 bits is not.
bool within(const Money& paid, const Money& expected, const Money& tolerance) {
  if (paid > expected) return false;
  const auto short_by = expected.minus(paid);
  return short_by && *short_by <= tolerance;
}

// Upper-case words of a line's text, as payer names and references are looked for in it.
std::string line_text(const LineState& l) { return words(l.description + " " + l.reference); }

// What propose() looks at for one bank account: its open lines (by date), open entries, and the
// CSO's cash agreements in the account's currency that can still receive money.
struct Account {
  const Programme& programme;
  const MatchRules& rules;
  const BankAccountId& id;
  const PartyId& cso;
  Currency currency;
  Money tolerance;
  std::vector<const LineState*> open_lines;
  std::vector<const EntryState*> open_entries;
  std::vector<const AgreementState*> agreements;
  // Entries that a line of the same amount explains by reference or date: not offered by payer
  // alone to another line.
  std::set<EventId> claimed;
};

bool by_reference(const EntryState& e, const LineState& l) {
  return !e.reference.empty() && (l.reference == e.reference || line_text(l).find(words(e.reference)) != std::string::npos);
}

bool near_in_date(const MatchRules& rules, const EntryState& e, const LineState& l) {
  const int gap = days_between(e.date, l.date);
  return gap >= -rules.entry_days && gap <= rules.entry_days;
}

bool in_window(const MatchRules& rules, Date d, Date first_due, Date last_due) {
  return days_between(first_due, d) >= -rules.days_before_due && days_between(last_due, d) <= rules.days_after_due;
}

Account gather(const Programme& programme, const MatchRules& rules, const BankAccountId& bank_id, const BankState& bank) {
  const BankBook& book = programme.banks();
  const Currency cur = bank.terms.opening.currency();
  Account acc{programme, rules, bank_id, bank.terms.cso, cur, tolerance_in(cur, rules.tolerance), {}, {}, {}, {}};
  for (const auto& id : bank.lines) {
    const LineState& l = book.lines().at(id);
    if (l.matched_by.empty()) acc.open_lines.push_back(&l);
  }
  std::stable_sort(acc.open_lines.begin(), acc.open_lines.end(), [](const LineState* a, const LineState* b) {
    return a->date != b->date ? a->date < b->date : a->id < b->id;
  });
  for (const auto& id : bank.entries) {
    const EntryState& e = book.entries().at(BankBook::EntryKey{bank_id, id});
    if (e.matched_by.empty()) acc.open_entries.push_back(&e);
  }
  for (const auto& [aid, a] : programme.agreements()) {
    if (a.terms.cso != acc.cso || a.currency() != cur || a.terms.form != Form::cash) continue;
    if (a.wholly_cancelled() || a.lapsed) continue;
    acc.agreements.push_back(&a);
  }
  for (const EntryState* e : acc.open_entries) {
    for (const LineState* l : acc.open_lines) {
      if (e->amount == l->amount && (by_reference(*e, *l) || near_in_date(rules, *e, *l))) acc.claimed.insert(e->id);
    }
  }
  return acc;
}

// The payer name of an agreement's counterparty found in a line's text, or "".
std::string payer_in(const Programme& programme, const AgreementState& a, const LineState& l) {
  const auto party = programme.parties().find(a.terms.counterparty);
  if (party == programme.parties().end()) return {};
  const std::string text = line_text(l);
  std::vector<std::string> names = party->second.aliases;
  names.push_back(party->second.name);
  for (const auto& n : names) {
    const std::string w = words(n);
    if (w.size() <= 2 || text.find(w) == std::string::npos) continue;
    // "PEMKAB BANDUNG" inside "PEMKAB BANDUNG BARAT", another payer's name also in the text,
    // is that other payer.
    bool longer_elsewhere = false;
    for (const auto& [other_id, other] : programme.parties()) {
      if (other_id == a.terms.counterparty || other.kind == PartyKind::cso) continue;
      std::vector<std::string> other_names = other.aliases;
      other_names.push_back(other.name);
      for (const auto& o : other_names) {
        const std::string ow = words(o);
        if (ow.size() > w.size() && ow.find(w) != std::string::npos && text.find(ow) != std::string::npos) {
          longer_elsewhere = true;
        }
      }
    }
    if (!longer_elsewhere) return w.substr(1, w.size() - 2);
  }
  return {};
}

// Step 1. A ledger entry recorded already: same amount, near in date or with its reference; or
// a receipt of the same amount from the payer the line names, recorded earlier (on the payment
// order's date, the bank crediting it weeks later). Only the first two kinds keep steps 2 and 3
// away (returns whether one was found): the last competes with them, so that a late credit of a
// recorded receipt is never taken for the next tranche without a person deciding.
bool propose_entries(const Account& acc, const LineState& l, std::vector<Proposal>& mine) {
  bool entry_found = false;
  for (const EntryState* e : acc.open_entries) {
    if (e->amount != l.amount) continue;
    const bool reference = by_reference(*e, l);
    const int gap = days_between(e->date, l.date);
    const bool near = near_in_date(acc.rules, *e, l);
    std::string payer;
    if (!reference && !near && l.amount.sign() > 0 && !e->agreement.empty() && gap > 0 && gap <= acc.rules.days_after_due &&
        acc.claimed.count(e->id) == 0) {
      const auto a = acc.programme.agreements().find(e->agreement);
      if (a != acc.programme.agreements().end()) payer = payer_in(acc.programme, a->second, l);
    }
    if (!reference && !near && payer.empty()) continue;
    Proposal p{.kind = ProposalKind::entry, .currency = acc.currency};
    p.lines = {l.id};
    p.entry = e->id;
    p.agreement = e->agreement;
    p.amount = l.amount;
    p.expected = e->amount;
    p.evidence.push_back("amount");
    if (reference) p.evidence.push_back("reference " + e->reference);
    if (!payer.empty()) p.evidence.push_back("payer " + payer);
    p.by_payer = !reference && !near;
    if (near || p.by_payer) p.evidence.push_back("date " + std::string(gap >= 0 ? "+" : "") + std::to_string(gap) + "d");
    if (!p.by_payer) entry_found = true;
    mine.push_back(std::move(p));
  }
  return entry_found;
}

// Step 2. Outstanding tranches of `a`, oldest due first, that the credit pays less bank charges.
// Returns false when the agreement has nothing outstanding.
bool propose_tranches(const Account& acc, const AgreementState& a, const LineState& l, const std::string& payer,
                      std::vector<Proposal>& mine) {
  std::vector<const TrancheState*> due;
  for (const auto& t : a.tranches) {
    if (open_of(t).sign() > 0) due.push_back(&t);
  }
  if (due.empty()) return false;
  std::stable_sort(due.begin(), due.end(), [](const TrancheState* x, const TrancheState* y) { return x->due < y->due; });
  Money cumulative = Money::zero(acc.currency);
  std::vector<TrancheId> paid;
  for (const TrancheState* t : due) {
    const auto sum = cumulative.plus(open_of(*t));
    if (!sum) break;  // past 128 bits: no line pays it
    cumulative = *sum;
    paid.push_back(t->id);
    if (l.amount > cumulative) continue;
    if (within(l.amount, cumulative, acc.tolerance) && in_window(acc.rules, l.date, due.front()->due, t->due)) {
      Proposal p{.kind = ProposalKind::tranche, .currency = acc.currency};
      p.lines = {l.id};
      p.agreement = a.id;
      p.counterparty = a.terms.counterparty;
      p.tranches = paid;
      p.amount = l.amount;
      p.expected = cumulative;
      p.evidence = {"payer " + payer, cumulative == l.amount ? "amount" : "amount less charges", "due " + t->due.to_string()};
      mine.push_back(std::move(p));
    }
    break;
  }
  return true;
}

// Step 3. An agreement received in full already: a second payment of one of its tranches.
void propose_overpayment(const Account& acc, const AgreementState& a, const LineState& l, const std::string& payer,
                         std::vector<Proposal>& mine) {
  if (a.received.sign() <= 0) return;
  for (const auto& t : a.tranches) {
    if (within(l.amount, t.amount, acc.tolerance) && in_window(acc.rules, l.date, t.due, t.due)) {
      Proposal p{.kind = ProposalKind::overpayment, .currency = acc.currency};
      p.lines = {l.id};
      p.agreement = a.id;
      p.counterparty = a.terms.counterparty;
      p.amount = l.amount;
      p.expected = l.amount;
      p.evidence = {"payer " + payer, "received in full already", "amount of tranche " + t.id};
      mine.push_back(std::move(p));
      return;
    }
  }
}

// Step 4. Two transfers paying one tranche: two credit lines with no other proposal, from the
// same payer, whose total is what the oldest outstanding tranche expects less bank charges.
void propose_two_transfers(const Account& acc, std::vector<Proposal>& mine) {
  std::set<StatementLineId> has_single;  // lines with a one-line proposal
  for (const auto& p : mine) has_single.insert(p.lines.front());
  for (const AgreementState* a : acc.agreements) {
    const TrancheState* first = nullptr;
    for (const auto& t : a->tranches) {
      if (open_of(t).sign() > 0 && (first == nullptr || t.due < first->due)) first = &t;
    }
    if (first == nullptr) continue;
    const Money first_open = open_of(*first);
    std::vector<std::pair<const LineState*, std::string>> lonely;
    for (const LineState* l : acc.open_lines) {
      if (l->amount.sign() <= 0 || has_single.count(l->id) != 0 || l->amount >= first_open) continue;
      if (!in_window(acc.rules, l->date, first->due, first->due)) continue;
      std::string payer = payer_in(acc.programme, *a, *l);
      if (!payer.empty()) lonely.emplace_back(l, std::move(payer));
    }
    for (std::size_t i = 0; i < lonely.size(); ++i) {
      for (std::size_t j = i + 1; j < lonely.size(); ++j) {
        const auto two = lonely[i].first->amount.plus(lonely[j].first->amount);
        if (!two || !within(*two, first_open, acc.tolerance)) continue;
        const Money& sum = *two;
        Proposal p{.kind = ProposalKind::tranche, .currency = acc.currency};
        p.lines = {lonely[i].first->id, lonely[j].first->id};
        p.agreement = a->id;
        p.counterparty = a->terms.counterparty;
        p.tranches = {first->id};
        p.amount = sum;
        p.expected = first_open;
        p.evidence = {"payer " + lonely[i].second, "two transfers", sum == first_open ? "amount" : "amount less charges",
                      "due " + first->due.to_string()};
        mine.push_back(std::move(p));
      }
    }
  }
}

// Step 5. Every proposal of the account gets its bank account, CSO, date (its latest
// line's) and id (from what it proposes).
void identify(const Account& acc, const BankBook& book, std::vector<Proposal>& mine) {
  for (auto& p : mine) {
    p.bank_account = acc.id;
    p.cso = acc.cso;
    p.date = Date::from_days(0);
    for (const auto& id : p.lines) p.date = std::max(p.date, book.lines().at(id).date);
    std::string identity = std::string(proposal_kind_name(p.kind)) + "|" + acc.id + "|";
    for (const auto& id : p.lines) identity += id + ",";
    identity += "|" + p.target() + "|";
    for (const auto& t : p.tranches) identity += t + ",";
    p.id = proposal_id(identity);
  }
}

// The proposals of one bank account, those rejected left out.
std::vector<Proposal> propose_for(const Programme& programme, const MatchRules& rules, const BankAccountId& bank_id,
                                  const BankState& bank) {
  const Account acc = gather(programme, rules, bank_id, bank);
  std::vector<Proposal> mine;
  for (const LineState* l : acc.open_lines) {
    if (propose_entries(acc, *l, mine) || l->amount.sign() <= 0) continue;  // a recorded receipt first; only credits pay tranches
    for (const AgreementState* a : acc.agreements) {
      const std::string payer = payer_in(programme, *a, *l);
      if (payer.empty()) continue;
      if (!propose_tranches(acc, *a, *l, payer, mine)) propose_overpayment(acc, *a, *l, payer, mine);
    }
  }
  propose_two_transfers(acc, mine);
  identify(acc, programme.banks(), mine);
  std::erase_if(mine, [&](const Proposal& p) { return programme.banks().rejected(p.id); });
  return mine;
}

// Exact: nothing deducted, not an over-payment, not a receipt found by its payer alone, and no
// other proposal — of any bank account — shares its lines or its target.
void mark_exact(std::vector<Proposal>& out) {
  std::map<StatementLineId, int> line_uses;
  std::map<std::string, int> target_uses;
  for (const auto& p : out) {
    for (const auto& id : p.lines) ++line_uses[id];
    ++target_uses[target_key(p)];
  }
  for (auto& p : out) {
    bool alone = target_uses[target_key(p)] == 1;
    for (const auto& id : p.lines) alone = alone && line_uses[id] == 1;
    p.exact = alone && p.expected == p.amount && p.kind != ProposalKind::overpayment && !p.by_payer;
  }
}

// Proposals compete when they share a line or a target (an entry, or an agreement's first
// tranche paid): grouped, so each group is one decision for the officer.
void mark_competing(std::vector<Proposal>& proposals) {
  std::vector<std::size_t> parent(proposals.size());
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  const auto root = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  std::map<std::string, std::size_t> first_with;
  for (std::size_t i = 0; i < proposals.size(); ++i) {
    const Proposal& p = proposals[i];
    std::vector<std::string> keys;
    for (const auto& id : p.lines) keys.push_back("line " + id);
    keys.push_back("target " + target_key(p));
    for (const auto& k : keys) {
      const auto [it, fresh] = first_with.emplace(k, i);
      if (!fresh) parent[root(i)] = root(it->second);
    }
  }
  std::map<std::size_t, std::vector<std::string>> groups;
  for (std::size_t i = 0; i < proposals.size(); ++i) groups[root(i)].push_back(proposals[i].id);
  for (std::size_t i = 0; i < proposals.size(); ++i) {
    const auto& group = groups[root(i)];
    if (group.size() > 1) proposals[i].competing = group;
  }
}

}  // namespace

std::string target_key(const Proposal& p) {
  if (p.kind == ProposalKind::entry) return "entry " + p.bank_account + "/" + p.entry;
  return "agreement " + p.agreement + "#" + (p.tranches.empty() ? std::string() : p.tranches.front().str());

}

std::string_view proposal_kind_name(ProposalKind k) {
  switch (k) {
    case ProposalKind::entry: return "entry";
    case ProposalKind::tranche: return "tranche";
    case ProposalKind::overpayment: return "overpayment";
  }
  return "entry";
}

std::vector<Proposal> propose(const Programme& programme, const MatchRules& rules) {
  std::vector<Proposal> out;
  for (const auto& [bank_id, bank] : programme.banks().banks()) {
    for (auto& p : propose_for(programme, rules, bank_id, bank)) out.push_back(std::move(p));
  }
  mark_exact(out);
  std::stable_sort(out.begin(), out.end(), [](const Proposal& a, const Proposal& b) {
    if (a.bank_account != b.bank_account) return a.bank_account < b.bank_account;
    return a.date != b.date ? a.date < b.date : a.id < b.id;
  });
  mark_competing(out);
  return out;
}

}  // namespace fl
