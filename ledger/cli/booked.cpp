#include "cli/booked.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>

#include "app/journal_ops.hpp"
#include "reports/cell_text.hpp"
#include "reports/table.hpp"

namespace fl::cli {
namespace {

std::string amount(const Money& m) {
  return reports::group_thousands(m.to_string()) + " " + std::string(m.currency().code());
}

void valuation(std::string& out, const Valuation& v, const Money& valued) {
  if (valued.currency() == v.value.currency()) {
    out += "  value: " + amount(v.value) + " (in the base currency)\n";
    return;
  }
  out += "  valued at " + reports::group_thousands(v.rate) + " " + std::string(valued.currency().code()) + " per " +
         std::string(v.value.currency().code()) + " (" + (v.rate_event.empty() ? std::string() : v.rate_event + ", ") +
         v.source + " of " + v.rate_date.to_string() + "): " + amount(v.value) + "\n";
}

struct Details {
  std::string& out;
  void operator()(const std::monostate&) const {}
  void operator()(const Party& p) const {
    out += "  " + std::string(party_kind_name(p.kind)) + ": " + reports::terminal_safe_text(p.name) + "\n";
  }
  void operator()(const BankAccount& b) const {
    out += "  " + b.cso + " at " + b.bank + " " + b.number + ", ledger account " + b.account + ", opening " +
           amount(b.opening) + "\n";
  }
  void operator()(const RateQuote& q) const {
    out += "  1 " + std::string(q.base.code()) + " = " + reports::group_thousands(q.value) + " " +
           std::string(q.quote.code()) + " (" + q.source + ")\n";
  }
  void operator()(const Agreement& a) const {
    out += "  " + a.cso + " with " + a.counterparty + ": " + amount(a.amount) + ", " +
           (a.nature == Nature::contribution ? "contribution" : "exchange") + ", " +
           (a.form == Form::cash ? "cash" : "in-kind") + (a.conditional ? ", conditional: " + a.condition : "") + "\n";
    valuation(out, a.valuation, a.amount);
    out += "  schedule:\n";
    for (const auto& t : a.schedule) out += "    tranche " + t.id + " due " + t.due.to_string() + "  " + amount(t.amount) + "\n";
  }
  void operator()(const Receipt& r) const {
    out += "  for " + r.agreement + ": gross " + amount(r.gross);
    if (!r.bank_charges.is_zero()) out += ", bank charges " + amount(r.bank_charges);
    if (!r.tax_withheld.is_zero()) out += ", tax withheld " + amount(r.tax_withheld);
    if (!r.bank_account.empty()) out += ", into " + r.bank_account;
    out += "\n";
    valuation(out, r.valuation, r.gross);
    for (const auto& al : r.allocation) out += "    tranche " + al.tranche + "  " + amount(al.amount) + "\n";
    if (!r.overpayment.is_zero()) out += "    over-payment  " + amount(r.overpayment) + "\n";
  }
  void operator()(const Change& c) const {
    out += "  " + std::string(change_kind_name(c.kind)) + " of " + c.agreement + ": " + amount(c.amount) +
           (c.tranche.empty() ? "" : ", tranche " + c.tranche) + "\n";
    valuation(out, c.valuation, c.amount);
  }
  void operator()(const StatementInfo& s) const {
    out += "  " + s.bank_account + " " + s.from.to_string() + " to " + s.to.to_string() + ", " +
           std::to_string(s.lines) + " line(s)\n";
  }
  void operator()(const StatementLine& l) const { out += "  " + l.bank_account + ": " + amount(l.amount) + "\n"; }
  void operator()(const Match& m) const {
    out += "  " + std::to_string(m.lines.size()) + " line(s) with " + std::to_string(m.entries.size()) + " entr" +
           (m.entries.size() == 1 ? "y" : "ies") + "\n";
  }
  void operator()(const Rejection& r) const { out += "  proposal " + r.proposal + " rejected\n"; }
  void operator()(const Classification& c) const { out += "  " + c.line + " to " + c.account + "\n"; }
  void operator()(const Reconciliation& r) const {
    out += "  " + r.bank_account + ": bank " + amount(r.bank_balance) + " = ledger " + amount(r.ledger_balance) +
           " + in bank, not recorded " + amount(r.in_bank_not_recorded) + " - recorded, not in bank " +
           amount(r.recorded_not_in_bank) + "\n";
  }
  void operator()(const RateWithdrawal& w) const { out += "  " + w.rate + " withdrawn: " + w.note + "\n"; }
  void operator()(const Setting& s) const { out += "  " + s.name + " = " + s.value + "\n"; }
};

}  // namespace

std::string booked_text(const Booked& b) {
  std::string out;
  for (const Transaction& e : b.events) {
    out += "booked " + std::string(event_kind_name(e.kind)) + " " + e.id + " on " + e.date.to_string();
    if (e.posting_date != e.date) out += " (posted " + e.posting_date.to_string() + ")";
    if (e.recorded_on) out += " (known on " + e.recorded_on->to_string() + ")";
    // A description is the user's text: its control characters are shown escaped on a terminal.
    out += e.description.empty() ? "\n" : ": " + reports::terminal_safe_text(e.description) + "\n";
    std::visit(Details{out}, e.data);
    if (!e.postings.empty()) {
      std::size_t width = 0;
      for (const auto& p : e.postings) width = std::max(width, p.account.size());
      out += "  postings:\n";
      for (const auto& p : e.postings) {
        const std::string a = reports::group_thousands(p.amount.to_string());
        out += "    " + p.account + std::string(width - p.account.size() + 2, ' ') +
               std::string(a.size() < 18 ? 18 - a.size() : 0, ' ') + a + " " + std::string(p.amount.currency().code()) + "\n";
      }
    }
  }
  if (b.events.empty()) {
    out += "already in the journal with the same content; nothing written\n";
  } else {
    if (b.already > 0) out += std::to_string(b.already) + " event(s) already in the journal\n";
    out += "head " + b.head_hex + "\n";
  }
  return out;
}

std::string booked_json(const Booked& b) {
  std::string out = "{\"events\":[";
  for (std::size_t i = 0; i < b.events.size(); ++i) {
    if (i > 0) out += ",";
    out += "{" + app::event_json_members(b.events[i]) + "}";
  }
  out += "],\"already\":" + std::to_string(b.already) + ",\"head\":\"" + b.head_hex + "\"}\n";
  return out;
}

void print_booked(const Booked& b, const std::string& format) {
  std::cout << (format == "json" ? booked_json(b) : booked_text(b));
}

Booked booked_of(const app::Written& w) { return Booked{w.booked, w.already, w.head_hex}; }

void print_bank_booked(const app::Written& w, const std::string& format) {
  if (format == "json") {
    std::cout << booked_json(booked_of(w));
    return;
  }
  Booked b{{}, 0, w.head_hex};
  for (const Transaction& e : w.booked) {
    if (e.kind != EventKind::statement_line) b.events.push_back(e);
  }
  if (!b.events.empty()) std::cout << booked_text(b);
}

std::string import_summary(const std::vector<Transaction>& events) {
  std::map<std::string, std::pair<std::size_t, std::optional<Money>>> by_kind;
  for (const Transaction& e : events) {
    auto& [count, total] = by_kind[std::string(event_kind_name(e.kind))];
    ++count;
    const Valuation* v = std::visit([](const auto& d) -> const Valuation* {
      if constexpr (requires { d.valuation; }) {
        return &d.valuation;
      } else {
        return nullptr;
      }
    }, e.data);
    if (v == nullptr || e.kind == EventKind::change) continue;  // changes add, take away or move nothing: no total
    if (!total) total = Money::zero(v->value.currency());
    if (auto sum = total->plus(v->value)) total = *sum;
  }
  std::string out;
  for (const auto& [kind, entry] : by_kind) {
    out += "  " + kind + ": " + std::to_string(entry.first);
    if (entry.second) {
      out += ", valued at " + reports::group_thousands(entry.second->to_string()) + " " +
             std::string(entry.second->currency().code());
    }
    out += "\n";
  }
  return out;
}

}  // namespace fl::cli
