#include "reports/aging.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>

#include "money/wide.hpp"
#include "reports/sum.hpp"

namespace fl::reports {
namespace {

// The buckets, by days overdue on the aging date: 0 or less (not yet due, or due that day),
// 1-30, 31-60, 61-90, over 90.
constexpr std::size_t kBuckets = 5;
struct Bucket {
  const char* key;    // column key; the base-currency column is key + "_value"
  const char* title;  // column title
  const char* name;   // as the overdue-tranche table names it
};
constexpr std::array<Bucket, kBuckets> kBucketDefs{{{"current", "Current", "current"},
                                                    {"one_to_thirty", "1-30", "1-30"},
                                                    {"thirty_one_to_sixty", "31-60", "31-60"},
                                                    {"sixty_one_to_ninety", "61-90", "61-90"},
                                                    {"over_ninety", "Over 90", "over 90"}}};

std::size_t bucket_of(std::int32_t days_overdue) {
  if (days_overdue <= 0) return 0;
  if (days_overdue <= 30) return 1;
  if (days_overdue <= 60) return 2;
  if (days_overdue <= 90) return 3;
  return 4;
}

// One outstanding tranche: its agreement, how many days it is overdue, and the base-currency
// value of what is outstanding.
struct Item {
  const AgreementState* agreement;
  const TrancheState* tranche;
  std::int32_t days_overdue;
  Money value;  // in the base currency
};

// The outstanding tranches of the agreements with a receivable, in agreement-id then schedule
// order, valued as report progress values the outstanding part (engine/commitment.hpp), so the
// figures agree.
std::vector<Item> outstanding_items(const Programme& prog, Currency base, Date today) {
  std::vector<Item> items;
  for (const auto& [id, a] : prog.agreements()) {
    if (!aged(a)) continue;
    for (const TrancheValue& v : checked(outstanding_by_tranche(a, base))) {
      items.push_back(Item{&a, v.tranche, days_between(v.tranche->due, today), v.value});
    }
  }
  return items;
}

// The buckets of one line or total: in the agreement's currency, and in the base currency.
std::array<Money, kBuckets> filled(const Money& z) { return {z, z, z, z, z}; }
struct Amounts {
  Amounts(Currency own_currency, Currency base)
      : own(filled(Money::zero(own_currency))), value(filled(Money::zero(base))) {}
  std::array<Money, kBuckets> own, value;
};

std::vector<std::string> amount_cells(const Amounts& m) {
  std::vector<std::string> cells;
  Money own_total = Money::zero(m.own[0].currency()), value_total = Money::zero(m.value[0].currency());
  for (std::size_t b = 0; b < kBuckets; ++b) {
    cells.push_back(m.own[b].to_string());
    add_to(own_total, m.own[b]);
  }
  cells.push_back(own_total.to_string());
  for (std::size_t b = 0; b < kBuckets; ++b) {
    cells.push_back(m.value[b].to_string());
    add_to(value_total, m.value[b]);
  }
  cells.push_back(value_total.to_string());
  return cells;
}

// Per (party, currency): the buckets in the agreement's currency and in the base currency; one
// total per currency, then one across currencies holding only the base-currency columns.
Table by_party(const std::vector<Item>& items, const std::string& report, const std::string& key,
               const std::string& title, bool cso, Currency base) {
  Table t;
  t.report = report;
  t.columns = {{key, title, ColumnType::text}, {"currency", "Currency", ColumnType::text}};
  const std::string code(base.code());
  for (const auto& b : kBucketDefs) t.columns.push_back({b.key, b.title, ColumnType::money});
  t.columns.push_back({"outstanding", "Outstanding", ColumnType::money});
  for (const auto& b : kBucketDefs) {
    t.columns.push_back({std::string(b.key) + "_value", std::string(b.title) + " (" + code + ")", ColumnType::money});
  }
  t.columns.push_back({"outstanding_value", "Outstanding (" + code + ")", ColumnType::money});

  std::map<std::pair<PartyId, std::string>, Amounts> lines;  // (party, code)
  for (const Item& it : items) {
    const AgreementState& a = *it.agreement;
    const PartyId& party = cso ? a.terms.cso : a.terms.counterparty;
    auto& m = lines.try_emplace({party, std::string(a.currency().code())}, a.currency(), base).first->second;
    const std::size_t b = bucket_of(it.days_overdue);
    add_to(m.own[b], checked(it.tranche->outstanding()));
    add_to(m.value[b], it.value);
  }
  std::map<std::string, Amounts> totals;  // by currency code
  Amounts all(base, base);
  for (const auto& [k, m] : lines) {
    std::vector<std::string> cells{k.first.str(), k.second};
    for (auto& cell : amount_cells(m)) cells.push_back(std::move(cell));
    t.rows.push_back(Row{RowKind::line, std::move(cells)});
    auto& tm = totals.try_emplace(k.second, m.own[0].currency(), base).first->second;
    for (std::size_t b = 0; b < kBuckets; ++b) {
      add_to(tm.own[b], m.own[b]);
      add_to(tm.value[b], m.value[b]);
      add_to(all.value[b], m.value[b]);
    }
  }
  for (const auto& [c_code, tm] : totals) {
    std::vector<std::string> cells{"Total", c_code};
    for (auto& cell : amount_cells(tm)) cells.push_back(std::move(cell));
    t.rows.push_back(Row{RowKind::total, std::move(cells)});
  }
  // Across currencies: only the base-currency columns add up.
  std::vector<std::string> cells = amount_cells(all);
  std::fill_n(cells.begin(), kBuckets + 1, std::string());
  cells.insert(cells.begin(), {"Total", ""});
  t.rows.push_back(Row{RowKind::total, std::move(cells)});
  return t;
}

// Every overdue tranche, oldest due first (then by agreement and schedule), with a total per
// currency and one across currencies in the base currency.
Table overdue_tranches(const std::vector<Item>& items, Currency base) {
  const std::string code(base.code());
  Table t;
  t.report = "aging-overdue";
  t.columns = {{"agreement", "Agreement", ColumnType::text},     {"cso", "CSO", ColumnType::text},
               {"counterparty", "Counterparty", ColumnType::text}, {"tranche", "Tranche", ColumnType::text},
               {"due", "Due", ColumnType::text},                  {"days_overdue", "Days overdue", ColumnType::count},
               {"bucket", "Bucket", ColumnType::text},            {"currency", "Currency", ColumnType::text},
               {"outstanding", "Outstanding", ColumnType::money},
               {"outstanding_value", "Outstanding (" + code + ")", ColumnType::money}};
  std::vector<const Item*> late;
  for (const Item& it : items) {
    if (it.days_overdue > 0) late.push_back(&it);
  }
  std::stable_sort(late.begin(), late.end(), [](const Item* x, const Item* y) { return x->tranche->due < y->tranche->due; });
  std::map<std::string, std::pair<Money, Money>> totals;  // code -> own, value
  Money all = Money::zero(base);
  for (const Item* it : late) {
    const AgreementState& a = *it->agreement;
    const Currency c = a.currency();
    const std::string c_code(c.code());
    t.rows.push_back(Row{RowKind::line, {a.id.str(), a.terms.cso.str(), a.terms.counterparty.str(), it->tranche->id.str(),

                                         it->tranche->due.to_string(), std::to_string(it->days_overdue),
                                         kBucketDefs[bucket_of(it->days_overdue)].name, c_code,
                                         checked(it->tranche->outstanding()).to_string(), it->value.to_string()}});
    auto& [own, value] = totals.try_emplace(c_code, Money::zero(c), Money::zero(base)).first->second;
    add_to(own, checked(it->tranche->outstanding()));
    add_to(value, it->value);
    add_to(all, it->value);
  }
  for (const auto& [c_code, tot] : totals) {
    t.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", "", "", c_code, tot.first.to_string(), tot.second.to_string()}});
  }
  t.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", "", "", "", "", all.to_string()}});
  return t;
}

}  // namespace

Report aging_report(const Ledger& ledger, std::optional<Date> as_of, Date today) {
  const Currency base = ledger.header().base_currency;
  const std::string code(base.code());
  const std::vector<Item> items = outstanding_items(ledger.programme(), base, today);
  Report r;
  r.name = "aging";
  r.meta = {{"as_of", as_of ? as_of->to_string() : ""}, {"today", today.to_string()}, {"currency", code}};
  r.tables.emplace_back("Outstanding by CSO, aged (own currency; " + code + " at the signing rate)",
                        by_party(items, "aging-csos", "cso", "CSO", true, base));
  r.tables.emplace_back("Outstanding by counterparty, aged (own currency; " + code + " at the signing rate)",
                        by_party(items, "aging-counterparties", "counterparty", "Counterparty", false, base));
  r.tables.emplace_back("Overdue tranches, oldest first", overdue_tranches(items, base));
  return r;
}

}  // namespace fl::reports
