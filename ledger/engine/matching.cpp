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

// In minor units: `units` whole units of the currency, by default IDR 50,000 or 50 of another.
Int128 tolerance_in(Currency c, std::optional<Int128> units) {
  Int128 t = units ? *units : c.code() == "IDR" ? Int128(50000) : Int128(50);
  for (int i = 0; i < c.scale(); ++i) t *= 10;
  return t;
}

struct Candidate {
  const AgreementState* agreement;
  std::string payer;  // the alias found
};

}  // namespace

std::string target_key(const Proposal& p) {
  if (p.kind == ProposalKind::entry) return "entry " + p.bank_account + "/" + p.entry;
  return "agreement " + p.agreement + "#" + (p.tranches.empty() ? std::string() : p.tranches.front());
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
  const BankBook& book = programme.banks();
  std::vector<Proposal> out;

  for (const auto& [bank_id, bank] : book.banks()) {
    const Currency cur = bank.terms.opening.currency();
    const Int128 tolerance = tolerance_in(cur, rules.tolerance);
    const std::string& cso = bank.terms.cso;

    std::vector<const LineState*> open_lines;
    for (const auto& id : bank.lines) {
      const LineState& l = book.lines().at(id);
      if (l.matched_by.empty()) open_lines.push_back(&l);
    }
    std::stable_sort(open_lines.begin(), open_lines.end(), [](const LineState* a, const LineState* b) {
      return a->date != b->date ? a->date < b->date : a->id < b->id;
    });
    std::vector<const EntryState*> open_entries;
    for (const auto& id : bank.entries) {
      const EntryState& e = book.entries().at({bank_id, id});
      if (e.matched_by.empty()) open_entries.push_back(&e);
    }
    // The CSO's cash agreements in the account's currency that can still receive money.
    std::vector<const AgreementState*> agreements;
    for (const auto& [aid, a] : programme.agreements()) {
      if (a.terms.cso != cso || a.currency() != cur || a.terms.form != Form::cash) continue;
      if (a.wholly_cancelled() || a.lapsed) continue;
      agreements.push_back(&a);
    }
    // The payer names of an agreement's counterparty found in a line's text.
    const auto payer_in = [&](const AgreementState& a, const LineState& l) -> std::string {
      const auto party = programme.parties().find(a.terms.counterparty);
      if (party == programme.parties().end()) return {};
      const std::string text = words(l.description + " " + l.reference);
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
    };
    const auto in_window = [&](Date d, Date first_due, Date last_due) {
      return days_between(first_due, d) >= -rules.days_before_due && days_between(last_due, d) <= rules.days_after_due;
    };

    const auto by_reference = [&](const EntryState& e, const LineState& l) {
      return !e.reference.empty() &&
             (l.reference == e.reference || words(l.description + " " + l.reference).find(words(e.reference)) != std::string::npos);
    };
    const auto near_in_date = [&](const EntryState& e, const LineState& l) {
      const int gap = days_between(e.date, l.date);
      return gap >= -rules.entry_days && gap <= rules.entry_days;
    };
    // Entries that a line of the same amount explains by reference or date: not offered by payer
    // alone to another line.
    std::set<std::string> claimed;
    for (const EntryState* e : open_entries) {
      for (const LineState* l : open_lines) {
        if (e->amount == l->amount && (by_reference(*e, *l) || near_in_date(*e, *l))) claimed.insert(e->id);
      }
    }

    std::vector<Proposal> mine;
    std::set<std::string> has_single;  // lines with a one-line proposal
    for (const LineState* l : open_lines) {
      // 1. A ledger entry recorded already: same amount, near in date or with its reference; or
      // a receipt of the same amount from the payer the line names, recorded earlier (on the
      // payment order's date, the bank crediting it weeks later). Only the first two kinds keep
      // rules 2 and 3 away: the last competes with them, so that a late credit of a recorded
      // receipt is never taken for the next tranche without a person deciding.
      bool entry_found = false;
      for (const EntryState* e : open_entries) {
        if (e->amount != l->amount) continue;
        const bool reference = by_reference(*e, *l);
        const int gap = days_between(e->date, l->date);
        const bool near = near_in_date(*e, *l);
        std::string payer;
        if (!reference && !near && l->amount > 0 && !e->agreement.empty() && gap > 0 && gap <= rules.days_after_due &&
            claimed.count(e->id) == 0) {
          const auto a = programme.agreements().find(e->agreement);
          if (a != programme.agreements().end()) payer = payer_in(a->second, *l);
        }
        if (!reference && !near && payer.empty()) continue;
        Proposal p;
        p.kind = ProposalKind::entry;
        p.lines = {l->id};
        p.entry = e->id;
        p.agreement = e->agreement;
        p.amount = l->amount;
        p.expected = e->amount;
        p.evidence.push_back("amount");
        if (reference) p.evidence.push_back("reference " + e->reference);
        if (!payer.empty()) p.evidence.push_back("payer " + payer);
        p.by_payer = !reference && !near;
        if (near || p.by_payer) p.evidence.push_back("date " + std::string(gap >= 0 ? "+" : "") + std::to_string(gap) + "d");
        if (!p.by_payer) entry_found = true;
        mine.push_back(std::move(p));
      }
      if (entry_found || l->amount <= 0) continue;  // a recorded receipt first; only credits pay tranches
      // 2. Outstanding tranches, oldest due first, that the transfer pays less bank charges; or
      // 3. an agreement received in full already: a second payment of one of its tranches.
      for (const AgreementState* a : agreements) {
        const std::string payer = payer_in(*a, *l);
        if (payer.empty()) continue;
        std::vector<const TrancheState*> due;
        for (const auto& t : a->tranches) {
          if (t.outstanding() > 0) due.push_back(&t);
        }
        std::stable_sort(due.begin(), due.end(), [](const TrancheState* x, const TrancheState* y) { return x->due < y->due; });
        Int128 cumulative = 0;
        std::vector<std::string> paid;
        for (const TrancheState* t : due) {
          cumulative += t->outstanding();
          paid.push_back(t->id);
          if (l->amount > cumulative) continue;
          if (cumulative - l->amount <= tolerance && in_window(l->date, due.front()->due, t->due)) {
            Proposal p;
            p.kind = ProposalKind::tranche;
            p.lines = {l->id};
            p.agreement = a->id;
            p.counterparty = a->terms.counterparty;
            p.tranches = paid;
            p.amount = l->amount;
            p.expected = cumulative;
            p.evidence = {"payer " + payer, cumulative == l->amount ? "amount" : "amount less charges", "due " + t->due.to_string()};
            mine.push_back(std::move(p));
          }
          break;
        }
        if (due.empty() && a->received > 0) {
          for (const auto& t : a->tranches) {
            if (t.amount - l->amount >= 0 && t.amount - l->amount <= tolerance && in_window(l->date, t.due, t.due)) {
              Proposal p;
              p.kind = ProposalKind::overpayment;
              p.lines = {l->id};
              p.agreement = a->id;
              p.counterparty = a->terms.counterparty;
              p.amount = l->amount;
              p.expected = l->amount;
              p.evidence = {"payer " + payer, "received in full already", "amount of tranche " + t.id};
              mine.push_back(std::move(p));
              break;
            }
          }
        }
      }
    }
    for (const auto& p : mine) has_single.insert(p.lines.front());
    // 4. Two transfers paying one tranche: two credit lines with no other proposal, from the same
    // payer, whose total is what the oldest outstanding tranche expects less bank charges.
    for (const AgreementState* a : agreements) {
      const TrancheState* first = nullptr;
      for (const auto& t : a->tranches) {
        if (t.outstanding() > 0 && (first == nullptr || t.due < first->due)) first = &t;
      }
      if (first == nullptr) continue;
      std::vector<std::pair<const LineState*, std::string>> lonely;
      for (const LineState* l : open_lines) {
        if (l->amount <= 0 || has_single.count(l->id) != 0 || l->amount >= first->outstanding()) continue;
        if (!in_window(l->date, first->due, first->due)) continue;
        std::string payer = payer_in(*a, *l);
        if (!payer.empty()) lonely.emplace_back(l, std::move(payer));
      }
      for (std::size_t i = 0; i < lonely.size(); ++i) {
        for (std::size_t j = i + 1; j < lonely.size(); ++j) {
          const Int128 sum = lonely[i].first->amount + lonely[j].first->amount;
          if (sum > first->outstanding() || first->outstanding() - sum > tolerance) continue;
          Proposal p;
          p.kind = ProposalKind::tranche;
          p.lines = {lonely[i].first->id, lonely[j].first->id};
          p.agreement = a->id;
          p.counterparty = a->terms.counterparty;
          p.tranches = {first->id};
          p.amount = sum;
          p.expected = first->outstanding();
          p.evidence = {"payer " + lonely[i].second, "two transfers", sum == first->outstanding() ? "amount" : "amount less charges",
                        "due " + first->due.to_string()};
          mine.push_back(std::move(p));
        }
      }
    }

    for (auto& p : mine) {
      p.bank_account = bank_id;
      p.cso = cso;
      p.currency = cur;
      p.date = Date::from_days(0);
      for (const auto& id : p.lines) p.date = std::max(p.date, book.lines().at(id).date);
      std::string identity = std::string(proposal_kind_name(p.kind)) + "|" + bank_id + "|";
      for (const auto& id : p.lines) identity += id + ",";
      identity += "|" + p.target() + "|";
      for (const auto& t : p.tranches) identity += t + ",";
      p.id = proposal_id(identity);
    }
    std::erase_if(mine, [&](const Proposal& p) { return book.rejected(p.id); });
    for (auto& p : mine) out.push_back(std::move(p));
  }
  // Exact: nothing deducted, not an over-payment, not a receipt found by its payer alone, and no other proposal — of any bank account —
  // shares its lines or its target.
  std::map<std::string, int> line_uses, target_uses;
  for (const auto& p : out) {
    for (const auto& id : p.lines) ++line_uses[id];
    ++target_uses[target_key(p)];
  }
  for (auto& p : out) {
    bool alone = target_uses[target_key(p)] == 1;
    for (const auto& id : p.lines) alone = alone && line_uses[id] == 1;
    p.exact = alone && p.deducted() == 0 && p.kind != ProposalKind::overpayment && !p.by_payer;
  }
  std::stable_sort(out.begin(), out.end(), [](const Proposal& a, const Proposal& b) {
    if (a.bank_account != b.bank_account) return a.bank_account < b.bank_account;
    return a.date != b.date ? a.date < b.date : a.id < b.id;
  });
  return out;
}

}  // namespace fl
