#include "reports/reconcile_reports.hpp"

#include <map>

#include "reports/sum.hpp"

namespace fl::reports {
namespace {

// Texts or ids, one after the other.
template <class T>
std::string joined(const std::vector<T>& parts, std::string_view sep = " ") {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

}  // namespace

Result<Report> reconciliation_report(const Ledger& ledger, const BankAccountId& bank_account, Date as_of) {
  const BankBook& book = ledger.programme().banks();
  const auto bank = book.banks().find(bank_account);
  if (bank == book.banks().end()) {
    return fail(Error(Errc::invalid_input, "\"" + bank_account + "\" is not a recorded bank account").in("--bank-account"));
  }
  FL_TRY(ReconciliationFigures f, book.reconcile(bank_account, as_of));
  const Currency c = f.currency();
  const std::string code(c.code());

  Table summary;
  summary.report = "reconcile-summary";
  summary.columns = {{"item", "Item", ColumnType::text}, {"currency", "Currency", ColumnType::text},
                     {"amount", "Amount", ColumnType::money}};
  summary.rows = {
      Row{RowKind::line, {"Ledger balance", code, f.ledger_balance.to_string()}},
      Row{RowKind::line, {"Add: in the bank, not recorded", code, f.in_bank_total.to_string()}},
      Row{RowKind::line, {"Less: recorded, not in the bank", code, minus(Money::zero(c), f.recorded_total).to_string()}},
      Row{RowKind::line, {"Unexplained difference", code, f.unexplained.to_string()}},
      Row{RowKind::total, {"Bank balance", code, f.bank_balance.to_string()}},
  };

  Table in_bank;
  in_bank.report = "reconcile-in-bank";
  in_bank.columns = {{"line", "Statement line", ColumnType::text}, {"date", "Date", ColumnType::text},
                     {"description", "Description", ColumnType::text}, {"currency", "Currency", ColumnType::text},
                     {"amount", "Amount", ColumnType::money}};
  for (const auto& item : f.in_bank_not_recorded) {
    in_bank.rows.push_back(Row{RowKind::line, {item.id, item.date.to_string(), item.description, code, item.amount.to_string()}});
  }
  in_bank.rows.push_back(Row{RowKind::total, {"Total", "", "", code, f.in_bank_total.to_string()}});

  Table recorded;
  recorded.report = "reconcile-recorded";
  recorded.columns = {{"entry", "Entry", ColumnType::text}, {"date", "Date", ColumnType::text},
                      {"description", "Description", ColumnType::text}, {"currency", "Currency", ColumnType::text},
                      {"amount", "Amount", ColumnType::money}};
  for (const auto& item : f.recorded_not_in_bank) {
    recorded.rows.push_back(Row{RowKind::line, {item.id, item.date.to_string(), item.description, code, item.amount.to_string()}});
  }
  recorded.rows.push_back(Row{RowKind::total, {"Total", "", "", code, f.recorded_total.to_string()}});

  Report r;
  r.name = "reconcile";
  r.meta = {{"bank_account", bank_account.str()},
            {"cso", bank->second.terms.cso.str()},
            {"as_of", as_of.to_string()},
            {"currency", code},
            {"bank_balance", f.bank_balance.to_string()},
            {"bank_balance_source", f.bank_balance_source},
            {"ledger_balance", f.ledger_balance.to_string()},
            {"unexplained_difference", f.unexplained.to_string()},
            {"reconciled_through", bank->second.reconciled_through ? bank->second.reconciled_through->to_string() : ""}};
  r.tables = {{"Reconciliation of " + bank_account + " as of " + as_of.to_string(), std::move(summary)},
              {"In the bank, not recorded", std::move(in_bank)},
              {"Recorded, not in the bank", std::move(recorded)}};
  return r;
}

Report proposals_report(const Ledger& ledger, const std::vector<Proposal>& proposals) {
  const BankBook& book = ledger.programme().banks();
  Table t;
  t.report = "proposals";
  t.columns = {{"proposal", "Proposal", ColumnType::text},   {"status", "Status", ColumnType::text},
               {"kind", "Kind", ColumnType::text},           {"bank_account", "Bank account", ColumnType::text},
               {"date", "Date", ColumnType::text},           {"lines", "Statement lines", ColumnType::text},
               {"target", "Target", ColumnType::text},       {"tranches", "Tranches", ColumnType::text},
               {"currency", "Currency", ColumnType::text},   {"amount", "Amount", ColumnType::money},
               {"expected", "Expected", ColumnType::money},  {"deducted", "Deducted", ColumnType::money},
               {"evidence", "Evidence", ColumnType::text}};
  Table amb;
  amb.report = "proposals-ambiguous";
  amb.columns = {{"line", "Statement line", ColumnType::text}, {"date", "Date", ColumnType::text},
                 {"description", "Description", ColumnType::text}, {"candidates", "Competing proposals", ColumnType::text}};
  std::size_t exact = 0, ambiguous = 0;
  std::map<StatementLineId, std::string> contested;  // line -> the proposals its group holds
  for (const Proposal& p : proposals) {
    exact += p.exact ? 1u : 0u;
    ambiguous += p.ambiguous() ? 1u : 0u;
    if (p.ambiguous()) {
      for (const auto& id : p.lines) contested[id] = joined(p.competing);
    }
    t.rows.push_back(Row{RowKind::line, {p.id, std::string(p.status()), std::string(proposal_kind_name(p.kind)), p.bank_account.str(), p.date.to_string(),
                                         joined(p.lines), p.target(), joined(p.tranches), std::string(p.currency.code()),
                                         p.amount.to_string(), p.expected.to_string(), checked(p.deducted()).to_string(),
                                         joined(p.evidence, "; ")}});
  }
  for (const auto& [id, candidates] : contested) {
    const LineState& l = book.lines().at(id);
    amb.rows.push_back(Row{RowKind::line, {id.str(), l.date.to_string(), l.description, candidates}});
  }
  Report r;
  r.name = "proposals";
  r.meta = {{"proposals", std::to_string(proposals.size())},
            {"exact", std::to_string(exact)},
            {"ambiguous", std::to_string(ambiguous)}};
  r.tables = {{"Match proposals", std::move(t)}, {"Statement lines whose proposals compete", std::move(amb)}};
  return r;
}

Report unmatched_report(const Ledger& ledger, Date as_of, int older_than) {
  const BankBook& book = ledger.programme().banks();
  Table t;
  t.report = "unmatched";
  t.columns = {{"line", "Statement line", ColumnType::text},   {"bank_account", "Bank account", ColumnType::text},
               {"cso", "CSO", ColumnType::text},               {"date", "Date", ColumnType::text},
               {"days", "Days", ColumnType::text},             {"description", "Description", ColumnType::text},
               {"currency", "Currency", ColumnType::text},     {"amount", "Amount", ColumnType::money}};
  std::map<std::string, Money> totals;
  for (const auto& [bank_id, bank] : book.banks()) {
    const Currency c = bank.terms.opening.currency();
    for (const auto& id : bank.lines) {
      const LineState& l = book.lines().at(id);
      if (l.amount.sign() <= 0 || l.date > as_of) continue;
      // Open on the date: not matched, or matched with a line or entry after it (as the
      // reconciliation statement of that date counts it).
      if (book.settled(l.matched_by, as_of)) continue;
      const int days = days_between(l.date, as_of);
      if (days <= older_than) continue;
      t.rows.push_back(Row{RowKind::line, {id.str(), bank_id.str(), bank.terms.cso.str(), l.date.to_string(), std::to_string(days), l.description,
                                           std::string(c.code()), l.amount.to_string()}});
      auto& tot = totals.try_emplace(std::string(c.code()), Money::zero(c)).first->second;
      add_to(tot, l.amount);
    }
  }
  for (const auto& [code, tot] : totals) {
    t.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", "", code, tot.to_string()}});
  }
  Report r;
  r.name = "unmatched";
  r.meta = {{"as_of", as_of.to_string()}, {"older_than_days", std::to_string(older_than)}};
  r.tables = {{"Bank credits not matched, more than " + std::to_string(older_than) + " days old", std::move(t)}};
  return r;
}

}  // namespace fl::reports
