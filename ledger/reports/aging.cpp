#include "reports/aging.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>

#include "money/decimal.hpp"
#include "money/rate.hpp"
#include "money/wide.hpp"

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

std::string fmt(const Int128& v, Currency c) { return format_decimal(v, c.scale()); }

// One outstanding tranche: its agreement, how many days it is overdue, and the base-currency
// value of what is outstanding.
struct Item {
  const AgreementState* agreement;
  const TrancheState* tranche;
  std::int32_t days_overdue;
  Int128 value;
};

// The outstanding tranches of the agreements with a receivable, in agreement-id then schedule
// order, valued as report progress values the outstanding part (engine/commitment.hpp), so the
// figures agree.
std::vector<Item> outstanding_items(const Programme& prog, Date today) {
  std::vector<Item> items;
  for (const auto& [id, a] : prog.agreements()) {
    if (!aged(a)) continue;
    const auto values = outstanding_by_tranche(a);
    if (!values) throw std::overflow_error(values.error().message());  // reported by the command, never an abort
    for (const TrancheValue& v : *values) {
      items.push_back(Item{&a, v.tranche, days_between(v.tranche->due, today), v.value});
    }
  }
  return items;
}

struct Amounts {
  std::array<Int128, kBuckets> own{}, value{};  // in the agreement's currency; in the base currency
};

std::vector<std::string> amount_cells(const Amounts& m, Currency own, Currency base) {
  std::vector<std::string> cells;
  Int128 own_total = 0, value_total = 0;
  for (std::size_t b = 0; b < kBuckets; ++b) {
    cells.push_back(fmt(m.own[b], own));
    own_total += m.own[b];
  }
  cells.push_back(fmt(own_total, own));
  for (std::size_t b = 0; b < kBuckets; ++b) {
    cells.push_back(fmt(m.value[b], base));
    value_total += m.value[b];
  }
  cells.push_back(fmt(value_total, base));
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

  std::map<std::pair<std::string, std::string>, std::pair<Currency, Amounts>> lines;  // (party, code)
  for (const Item& it : items) {
    const AgreementState& a = *it.agreement;
    const std::string& party = cso ? a.terms.cso : a.terms.counterparty;
    auto& [c, m] = lines.try_emplace({party, std::string(a.currency().code())}, a.currency(), Amounts{})
                       .first->second;
    const std::size_t b = bucket_of(it.days_overdue);
    m.own[b] += it.tranche->outstanding();
    m.value[b] += it.value;
  }
  std::map<std::string, std::pair<Currency, Amounts>> totals;  // by currency code
  Amounts all;
  for (const auto& [k, cm] : lines) {
    const auto& [c, m] = cm;
    std::vector<std::string> cells{k.first, k.second};
    for (auto& cell : amount_cells(m, c, base)) cells.push_back(std::move(cell));
    t.rows.push_back(Row{RowKind::line, std::move(cells)});
    auto& [tc, tm] = totals.try_emplace(k.second, c, Amounts{}).first->second;
    for (std::size_t b = 0; b < kBuckets; ++b) {
      tm.own[b] += m.own[b];
      tm.value[b] += m.value[b];
      all.value[b] += m.value[b];
    }
  }
  for (const auto& [c_code, cm] : totals) {
    std::vector<std::string> cells{"Total", c_code};
    for (auto& cell : amount_cells(cm.second, cm.first, base)) cells.push_back(std::move(cell));
    t.rows.push_back(Row{RowKind::total, std::move(cells)});
  }
  // Across currencies: only the base-currency columns add up.
  std::vector<std::string> cells = amount_cells(all, base, base);
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
  std::map<std::string, std::pair<Currency, std::pair<Int128, Int128>>> totals;  // code -> own, value
  Int128 all = 0;
  for (const Item* it : late) {
    const AgreementState& a = *it->agreement;
    const Currency c = a.currency();
    const std::string c_code(c.code());
    t.rows.push_back(Row{RowKind::line, {a.id, a.terms.cso, a.terms.counterparty, it->tranche->id,
                                         it->tranche->due.to_string(), std::to_string(it->days_overdue),
                                         kBucketDefs[bucket_of(it->days_overdue)].name, c_code,
                                         fmt(it->tranche->outstanding(), c), fmt(it->value, base)}});
    auto& [own, value] = totals.try_emplace(c_code, c, std::pair<Int128, Int128>{0, 0}).first->second.second;
    own += it->tranche->outstanding();
    value += it->value;
    all += it->value;
  }
  for (const auto& [c_code, cm] : totals) {
    t.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", "", "", c_code, fmt(cm.second.first, cm.first),
                                          fmt(cm.second.second, base)}});
  }
  t.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", "", "", "", "", fmt(all, base)}});
  return t;
}

}  // namespace

Report aging_report(const Ledger& ledger, std::optional<Date> as_of, Date today) {
  const Currency base = ledger.header().base_currency;
  const std::string code(base.code());
  const std::vector<Item> items = outstanding_items(ledger.programme(), today);
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
