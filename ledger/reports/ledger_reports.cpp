#include "reports/ledger_reports.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "journal/names.hpp"
#include "reports/sum.hpp"

namespace fl::reports {
namespace {

void add_scope_meta(Table& t, const ReportScope& s) {
  t.meta.emplace_back("as_of", s.as_of ? s.as_of->to_string() : "");
  if (s.by) t.meta.emplace_back("by", std::string(dimension_name(*s.by)));
}

std::vector<Column> leading_columns(const ReportScope& s) {
  std::vector<Column> cols;
  if (s.by) cols.push_back({std::string(dimension_name(*s.by)), std::string(dimension_name(*s.by)), ColumnType::text});
  cols.push_back({"account", "Account", ColumnType::text});
  cols.push_back({"currency", "Currency", ColumnType::text});
  return cols;
}

std::vector<std::string> leading_cells(const ReportScope& s, std::string_view dim, std::string_view account,
                                       Currency c) {
  std::vector<std::string> cells;
  if (s.by) cells.emplace_back(dim);
  cells.emplace_back(account);
  cells.emplace_back(c.code());
  return cells;
}

// Rows by dimension value, then currency, then account: each currency reads as one tree.
std::vector<const BalanceRow*> report_order(const std::vector<BalanceRow>& balances) {
  std::vector<const BalanceRow*> order;
  order.reserve(balances.size());
  for (const auto& b : balances) order.push_back(&b);
  std::sort(order.begin(), order.end(), [](const BalanceRow* a, const BalanceRow* b) {
    if (a->dim_value != b->dim_value) return a->dim_value < b->dim_value;
    if (a->currency() != b->currency()) return a->currency().code() < b->currency().code();
    return a->account < b->account;
  });
  return order;
}

// Totals keyed by (dimension value, currency code).
using TotalKey = std::pair<std::string, std::string>;

}  // namespace

Table balance_report(const std::vector<BalanceRow>& balances, const ReportScope& scope) {
  Table t;
  t.report = "balance";
  add_scope_meta(t, scope);
  t.columns = leading_columns(scope);
  t.columns.push_back({"amount", "Balance", ColumnType::money});

  const std::vector<const BalanceRow*> order = report_order(balances);
  std::map<TotalKey, Money> totals;
  // A parent is any proper prefix of an account; its subtotal covers every account under it,
  // its own postings included when it has some.
  std::set<std::string> parents;
  for (const BalanceRow* b : order) {
    for (std::size_t i = b->account.find(':'); i != std::string::npos; i = b->account.find(':', i + 1)) {
      parents.insert(b->account.substr(0, i));
    }
  }
  auto parents_of = [&](const std::string& account) {
    std::vector<std::string> out;
    for (std::size_t i = account.find(':'); i != std::string::npos; i = account.find(':', i + 1)) {
      out.push_back(account.substr(0, i));
    }
    if (parents.count(account) != 0) out.push_back(account);
    return out;
  };
  using SubKey = std::tuple<std::string, std::string, std::string>;  // dim, prefix, currency
  std::map<SubKey, Money> subtotals;
  for (const BalanceRow* b : order) {
    const Money& amount = b->amount;
    for (const auto& prefix : parents_of(b->account)) {
      auto& sub = subtotals.try_emplace({b->dim_value, prefix, std::string(b->currency().code())}, Money::zero(b->currency())).first->second;
      add_to(sub, amount);
    }
  }
  std::set<SubKey> emitted;
  for (const BalanceRow* b : order) {
    for (const auto& prefix : parents_of(b->account)) {
      const SubKey key{b->dim_value, prefix, std::string(b->currency().code())};
      if (!emitted.insert(key).second) continue;
      Row r{RowKind::subtotal, leading_cells(scope, b->dim_value, prefix, b->currency())};
      r.cells.push_back(subtotals.at(key).to_string());
      t.rows.push_back(std::move(r));
    }
    Row r{RowKind::line, leading_cells(scope, b->dim_value, b->account, b->currency())};
    const Money& amount = b->amount;
    r.cells.push_back(amount.to_string());
    t.rows.push_back(std::move(r));
    auto& tot = totals.try_emplace({b->dim_value, std::string(b->currency().code())}, Money::zero(b->currency())).first->second;
    add_to(tot, amount);
  }
  for (const auto& [key, tot] : totals) {
    Row r{RowKind::total, leading_cells(scope, key.first, "Total", tot.currency())};
    r.cells.push_back(tot.to_string());
    t.rows.push_back(std::move(r));
  }
  return t;
}

Table trial_balance(const std::vector<BalanceRow>& balances, const ReportScope& scope) {
  Table t;
  t.report = "trial-balance";
  add_scope_meta(t, scope);
  t.columns = leading_columns(scope);
  t.columns.push_back({"debit", "Debit", ColumnType::money});
  t.columns.push_back({"credit", "Credit", ColumnType::money});
  const std::vector<const BalanceRow*> order = report_order(balances);
  struct Tot {
    Money debit, credit;
  };
  std::map<TotalKey, Tot> totals;
  for (const BalanceRow* b : order) {
    const Money& amount = b->amount;
    const Money zero = Money::zero(b->currency());
    const bool debit = amount.sign() >= 0;
    const Money magnitude = debit ? amount : minus(zero, amount);
    Row r{RowKind::line, leading_cells(scope, b->dim_value, b->account, b->currency())};
    r.cells.push_back((debit ? magnitude : zero).to_string());
    r.cells.push_back((debit ? zero : magnitude).to_string());
    t.rows.push_back(std::move(r));
    auto& tot = totals.try_emplace({b->dim_value, std::string(b->currency().code())}, Tot{zero, zero}).first->second;
    add_to(debit ? tot.debit : tot.credit, magnitude);
  }
  for (const auto& [key, tot] : totals) {
    Row r{RowKind::total, leading_cells(scope, key.first, "Total", tot.debit.currency())};
    r.cells.push_back(tot.debit.to_string());
    r.cells.push_back(tot.credit.to_string());
    t.rows.push_back(std::move(r));
  }
  return t;
}

RegisterBuilder::RegisterBuilder(std::string account_prefix, ReportScope scope)
    : prefix_(std::move(account_prefix)), scope_(scope) {}

void RegisterBuilder::add(const Transaction& t, std::uint64_t seq) {
  if (scope_.as_of && t.date > *scope_.as_of) return;
  for (const Posting& p : t.postings) {
    if (!account_under(p.account, prefix_)) continue;
    const Currency c = p.amount.currency();
    const std::string code(c.code());
    Money& run = running_.try_emplace(code, Money::zero(c)).first->second;
    add_to(run, p.amount);
    Row r;
    r.cells = {t.date.to_string(), std::to_string(seq), t.id, t.description, p.account, code,
               p.amount.to_string(), run.to_string()};
    rows_.push_back(std::move(r));
  }
}

Table RegisterBuilder::table() const {
  Table t;
  t.report = "register";
  t.meta.emplace_back("account", prefix_);
  t.meta.emplace_back("as_of", scope_.as_of ? scope_.as_of->to_string() : "");
  t.columns = {{"date", "Date", ColumnType::text},     {"seq", "Seq", ColumnType::count},
               {"id", "Id", ColumnType::text},         {"description", "Description", ColumnType::text},
               {"account", "Account", ColumnType::text}, {"currency", "Currency", ColumnType::text},
               {"amount", "Amount", ColumnType::money}, {"balance", "Balance", ColumnType::running}};
  t.rows = rows_;
  for (const auto& [code, run] : running_) {
    Row r{RowKind::total, {"", "", "", "", "Total", code, run.to_string(), run.to_string()}};
    t.rows.push_back(std::move(r));
  }
  return t;
}

}  // namespace fl::reports
