#include "reports/programme_reports.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>

#include "base/json_writer.hpp"
#include <stdexcept>

#include "money/formatters.hpp"
#include "money/wide.hpp"
#include "reports/sum.hpp"

namespace fl::reports {
namespace {

// Sums of the base-currency figures of agreements (engine/commitment.hpp values each one).
struct Figures {
  explicit Figures(Currency base)
      : committed(Money::zero(base)), received(committed), outstanding(committed), written_off(committed),
        received_at_receipt(committed) {}
  Money committed, received, outstanding, written_off, received_at_receipt;

  // Adds another's committed, received, outstanding and written off (and, with `at_receipt`,
  // its value at the receipt rates), checked.
  void add(const Figures& o, bool at_receipt = true) {
    add_to(committed, o.committed);
    add_to(received, o.received);
    add_to(outstanding, o.outstanding);
    add_to(written_off, o.written_off);
    if (at_receipt) add_to(received_at_receipt, o.received_at_receipt);
  }
};

// The figures of one agreement, as the engine values them (engine/commitment.hpp).
Figures figures(const AgreementState& a, Currency base) {
  const CommitmentValue v = checked(commitment_value(a, base));
  Figures f(base);
  f.committed = v.committed;
  f.outstanding = v.outstanding;
  f.written_off = v.written_off;
  f.received = v.received;
  f.received_at_receipt = v.received_at_receipt;
  return f;
}

std::string percent(const Money& part, const Money& whole) {
  return checked_text(percent_text(part, whole));  // exact at any size: the product is formed in 256 bits
}

// The counterparty kinds whose value is shown apart, in column order.
constexpr PartyKind kKinds[] = {PartyKind::government, PartyKind::company, PartyKind::philanthropy};
bool is_counted_kind(PartyKind k) { return std::find(std::begin(kKinds), std::end(kKinds), k) != std::end(kKinds); }
std::size_t kind_slot(PartyKind k) {
  return static_cast<std::size_t>(std::find(std::begin(kKinds), std::end(kKinds), k) - std::begin(kKinds));
}

}  // namespace

std::string render(const Report& r, Format f) {
  std::string out;
  if (f == Format::json) {
    json::JsonWriter w(out);
    w.begin_object().member("report", r.name).key("meta").begin_object();
    for (const auto& [k, v] : r.meta) w.member(k, v);
    w.end_object().key("tables").begin_array();
    for (const auto& [title, t] : r.tables) {
      std::string one = render_json(t);
      one.pop_back();  // its newline
      w.raw(one);
    }
    w.end_array().end_object();
    out.push_back('\n');
    return out;
  }
  if (f == Format::table) {
    for (const auto& [k, v] : r.meta) out += k + ": " + v + "\n";
  }
  for (const auto& [title, t] : r.tables) {
    out += f == Format::csv ? "# " + title + "\r\n" : "\n" + title + "\n";
    out += f == Format::csv ? render_csv(t) : render_table(t);
  }
  return out;
}

Report progress_report(const Ledger& ledger, std::optional<Date> as_of) {
  const Programme& prog = ledger.programme();
  const Currency base = ledger.header().base_currency;
  const std::string cur(base.code());
  Report r;
  r.name = "progress";
  std::map<PartyKind, std::pair<std::size_t, Figures>> by_kind;
  Figures total(base);
  std::size_t counted = 0;
  std::map<PartyId, bool> mobilised;
  for (const auto& [id, p] : prog.parties()) {
    if (p.kind == PartyKind::cso) mobilised[id] = false;
  }
  Table apart;
  apart.report = "progress-not-counted";
  apart.columns = {{"agreement", "Agreement", ColumnType::text}, {"cso", "CSO", ColumnType::text},
                   {"counterparty", "Counterparty", ColumnType::text}, {"kind", "Kind", ColumnType::text},
                   {"status", "Status", ColumnType::text}, {"currency", "Currency", ColumnType::text},
                   {"amount", "Amount", ColumnType::money}, {"reason", "Reason", ColumnType::text}};
  for (const auto& [id, a] : prog.agreements()) {
    if (!a.counts()) {
      apart.rows.push_back(Row{RowKind::line, {id.str(), a.terms.cso.str(), a.terms.counterparty.str(),
                                               std::string(party_kind_name(a.counterparty_kind)),
                                               std::string(agreement_status_name(a.status())),
                                               std::string(a.currency().code()), a.terms.amount.to_string(),
                                               a.not_counted_reason()}});
      continue;
    }
    ++counted;
    mobilised[a.terms.cso] = true;
    const Figures f = figures(a, base);
    auto& [n, sum] = by_kind.try_emplace(a.counterparty_kind, 0, Figures(base)).first->second;
    ++n;
    sum.add(f);
    total.add(f);
  }
  Table t;
  t.report = "progress";
  t.meta.emplace_back("currency", cur);
  t.columns = {{"kind", "Counterparty kind", ColumnType::text}, {"agreements", "Agreements", ColumnType::count},
               {"committed", "Committed", ColumnType::money},  {"received", "Received", ColumnType::money},
               {"written_off", "Written off", ColumnType::money}, {"outstanding", "Outstanding", ColumnType::money},
               {"received_at_receipt_rate", "Received at receipt rate", ColumnType::money},
               {"fx_difference", "FX difference", ColumnType::money}};
  auto row = [&](RowKind kind, std::string name, std::size_t n, const Figures& f) {
    t.rows.push_back(Row{kind, {std::move(name), std::to_string(n), f.committed.to_string(), f.received.to_string(),
                                f.written_off.to_string(), f.outstanding.to_string(), f.received_at_receipt.to_string(),
                                minus(f.received_at_receipt, f.received).to_string()}});
  };
  for (PartyKind k : kKinds) {
    const auto it = by_kind.find(k);
    row(RowKind::line, std::string(party_kind_name(k)), it == by_kind.end() ? 0 : it->second.first,
        it == by_kind.end() ? Figures(base) : it->second.second);
  }
  row(RowKind::total, "Total", counted, total);
  std::size_t csos_mobilised = 0;
  for (const auto& [id, yes] : mobilised) csos_mobilised += yes ? 1 : 0;
  const Money& target = ledger.header().target;
  r.meta = {{"as_of", as_of ? as_of->to_string() : ""},
            {"currency", cur},
            {"target", target.to_string()},
            {"committed", total.committed.to_string()},
            {"percent_of_target", percent(total.committed, target)},
            {"counted_agreements", std::to_string(counted)},
            {"csos_mobilised", std::to_string(csos_mobilised)},
            {"csos", std::to_string(mobilised.size())}};
  r.tables.emplace_back("Counted agreements by counterparty kind (" + cur + ")", std::move(t));
  r.tables.emplace_back("Agreements that do not count", std::move(apart));
  return r;
}

Report csos_report(const Ledger& ledger, std::optional<Date> as_of) {
  const Programme& prog = ledger.programme();
  const Currency base = ledger.header().base_currency;
  struct Cso {
    explicit Cso(Currency base) : f(base), by_kind{f.committed, f.committed, f.committed} {}
    std::size_t agreements = 0;
    Figures f;
    std::array<Money, std::size(kKinds)> by_kind;  // committed, in kKinds order
    Money& of(PartyKind k) { return by_kind[kind_slot(k)]; }
    const Money& of(PartyKind k) const { return by_kind[kind_slot(k)]; }
  };
  std::map<PartyId, Cso> csos;
  for (const auto& [id, p] : prog.parties()) {
    if (p.kind == PartyKind::cso) csos.try_emplace(id, base);
  }
  for (const auto& [id, a] : prog.agreements()) {
    if (!a.counts()) continue;
    Cso& c = csos.try_emplace(a.terms.cso, base).first->second;
    const Figures f = figures(a, base);
    ++c.agreements;
    c.f.add(f, false);
    if (is_counted_kind(a.counterparty_kind)) add_to(c.of(a.counterparty_kind), f.committed);
  }
  Table t;
  t.report = "csos";
  t.columns = {{"cso", "CSO", ColumnType::text},           {"name", "Name", ColumnType::text},
               {"district", "District", ColumnType::text}, {"province", "Province", ColumnType::text},
               {"region_code", "Code", ColumnType::text},  {"mobilised", "Mobilised", ColumnType::text},
               {"agreements", "Agreements", ColumnType::count}, {"committed", "Committed", ColumnType::money},
               {"government", "Government", ColumnType::money}, {"company", "Company", ColumnType::money},
               {"philanthropy", "Philanthropy", ColumnType::money}, {"received", "Received", ColumnType::money},
               {"outstanding", "Outstanding", ColumnType::money}};
  Cso total(base);
  std::size_t mobilised = 0;
  for (const auto& [id, c] : csos) {
    const auto p = prog.parties().find(id);
    const Party none{};
    const Party& party = p == prog.parties().end() ? none : p->second;
    t.rows.push_back(Row{RowKind::line, {id.str(), party.name, party.district, party.province, party.region_code,
                                         c.agreements > 0 ? "yes" : "no", std::to_string(c.agreements),
                                         c.f.committed.to_string(), c.of(PartyKind::government).to_string(),
                                         c.of(PartyKind::company).to_string(), c.of(PartyKind::philanthropy).to_string(),
                                         c.f.received.to_string(), c.f.outstanding.to_string()}});
    mobilised += c.agreements > 0 ? 1 : 0;
    total.agreements += c.agreements;
    total.f.add(c.f, false);
    for (PartyKind k : kKinds) add_to(total.of(k), c.of(k));
  }
  t.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", std::to_string(mobilised) + " of " + std::to_string(csos.size()),
                                        std::to_string(total.agreements), total.f.committed.to_string(),
                                        total.of(PartyKind::government).to_string(), total.of(PartyKind::company).to_string(),
                                        total.of(PartyKind::philanthropy).to_string(), total.f.received.to_string(),
                                        total.f.outstanding.to_string()}});
  Report r;
  r.name = "csos";
  r.meta = {{"as_of", as_of ? as_of->to_string() : ""},
            {"currency", std::string(base.code())},
            {"csos_mobilised", std::to_string(mobilised)},
            {"csos", std::to_string(csos.size())}};
  r.tables.emplace_back("Mobilisation by CSO (" + std::string(base.code()) + ")", std::move(t));
  return r;
}

namespace {

std::string meta_as_of(std::optional<Date> as_of) { return as_of ? as_of->to_string() : ""; }

}  // namespace

Report agreements_report(const Ledger& ledger, std::optional<Date> as_of, Date today) {
  const Programme& prog = ledger.programme();
  const Currency base = ledger.header().base_currency;
  Table reg;
  reg.report = "agreements";
  reg.columns = {{"agreement", "Agreement", ColumnType::text}, {"cso", "CSO", ColumnType::text},
                 {"counterparty", "Counterparty", ColumnType::text}, {"signed", "Signed", ColumnType::text},
                 {"status", "Status", ColumnType::text}, {"counts", "Counts", ColumnType::text},
                 {"currency", "Currency", ColumnType::text}, {"committed", "Committed", ColumnType::money},
                 {"received", "Received", ColumnType::money}, {"written_off", "Written off", ColumnType::money},
                 {"outstanding", "Outstanding", ColumnType::money}, {"overdue", "Overdue", ColumnType::money},
                 {"overdue_tranches", "Overdue tranches", ColumnType::count}};
  Table tranches;
  tranches.report = "agreements-tranches";
  tranches.columns = {{"agreement", "Agreement", ColumnType::text}, {"tranche", "Tranche", ColumnType::text},
                      {"due", "Due", ColumnType::text}, {"currency", "Currency", ColumnType::text},
                      {"amount", "Amount", ColumnType::money}, {"received", "Received", ColumnType::money},
                      {"written_off", "Written off", ColumnType::money}, {"outstanding", "Outstanding", ColumnType::money},
                      {"days_overdue", "Days overdue", ColumnType::count}};
  struct Tot {
    explicit Tot(Currency c)
        : committed(Money::zero(c)), received(committed), written_off(committed), outstanding(committed),
          overdue(committed), amount(committed) {}
    Money committed, received, written_off, outstanding, overdue, amount;
    std::size_t overdue_tranches = 0;
  };
  std::map<std::string, Tot> totals;
  for (const auto& [id, a] : prog.agreements()) {
    const Currency c = a.currency();
    const Overdue late = checked(overdue(a, today));
    const Money& overdue_amount = late.amount;
    const std::size_t n_overdue = late.tranches;
    Money received = Money::zero(c);
    for (const auto& t : a.tranches) add_to(received, t.received);
    const Money committed = checked(a.committed()), written_off = a.written_off, outstanding = checked(a.outstanding());
    reg.rows.push_back(Row{RowKind::line, {id.str(), a.terms.cso.str(), a.terms.counterparty.str(), a.signed_on.to_string(),
                                           std::string(agreement_status_name(a.status())), a.counts() ? "yes" : "no",
                                           std::string(c.code()), committed.to_string(), received.to_string(),
                                           written_off.to_string(), outstanding.to_string(), overdue_amount.to_string(),
                                           std::to_string(n_overdue)}});
    auto& tot = totals.try_emplace(std::string(c.code()), c).first->second;
    add_to(tot.committed, committed);
    add_to(tot.received, received);
    add_to(tot.written_off, written_off);
    add_to(tot.outstanding, outstanding);
    add_to(tot.overdue, overdue_amount);
    tot.overdue_tranches += n_overdue;
    for (const auto& t : a.tranches) {
      const bool t_late = overdue(a, t, today);
      const Money& amount = t.amount;
      tranches.rows.push_back(Row{RowKind::line, {id.str(), t.id.str(), t.due.to_string(), std::string(c.code()), amount.to_string(),
                                                  t.received.to_string(), t.written_off.to_string(), checked(t.outstanding()).to_string(),
                                                  t_late ? std::to_string(days_between(t.due, today)) : "0"}});
      add_to(tot.amount, amount);
    }
  }
  for (const auto& [code, t] : totals) {
    reg.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", "", code, t.committed.to_string(), t.received.to_string(),
                                            t.written_off.to_string(), t.outstanding.to_string(), t.overdue.to_string(),
                                            std::to_string(t.overdue_tranches)}});
    tranches.rows.push_back(Row{RowKind::total, {"Total", "", "", code, t.amount.to_string(), t.received.to_string(),
                                                 t.written_off.to_string(), t.outstanding.to_string(), ""}});
  }
  Report r;
  r.name = "agreements";
  r.meta = {{"as_of", meta_as_of(as_of)}, {"today", today.to_string()}, {"currency", std::string(base.code())}};
  r.tables.emplace_back("Agreements", std::move(reg));
  r.tables.emplace_back("Tranches", std::move(tranches));
  return r;
}

Report counterparties_report(const Ledger& ledger, std::optional<Date> as_of) {
  const Programme& prog = ledger.programme();
  const Currency base = ledger.header().base_currency;
  struct Acc {
    explicit Acc(Currency base) : f(base) {}
    std::size_t n = 0;
    Figures f;
  };
  std::map<PartyId, Acc> by;
  for (const auto& [id, p] : prog.parties()) {
    if (p.kind != PartyKind::cso) by.try_emplace(id, base);
  }
  for (const auto& [id, a] : prog.agreements()) {
    if (!a.counts()) continue;
    Acc& acc = by.try_emplace(a.terms.counterparty, base).first->second;
    ++acc.n;
    acc.f.add(figures(a, base), false);
  }
  Table t;
  t.report = "counterparties";
  t.columns = {{"counterparty", "Counterparty", ColumnType::text}, {"name", "Name", ColumnType::text},
               {"kind", "Kind", ColumnType::text}, {"level", "Level", ColumnType::text},
               {"iati_type", "IATI type", ColumnType::text}, {"agreements", "Agreements", ColumnType::count},
               {"committed", "Committed", ColumnType::money}, {"received", "Received", ColumnType::money},
               {"outstanding", "Outstanding", ColumnType::money}};
  Acc total(base);
  for (const auto& [id, acc] : by) {
    const auto p = prog.parties().find(id);
    if (p == prog.parties().end()) continue;
    t.rows.push_back(Row{RowKind::line, {id.str(), p->second.name, std::string(party_kind_name(p->second.kind)), p->second.level,
                                         std::to_string(iati_organisation_type(p->second)), std::to_string(acc.n),
                                         acc.f.committed.to_string(), acc.f.received.to_string(), acc.f.outstanding.to_string()}});
    total.n += acc.n;
    total.f.add(acc.f, false);
  }
  t.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", std::to_string(total.n), total.f.committed.to_string(),
                                        total.f.received.to_string(), total.f.outstanding.to_string()}});
  Report r;
  r.name = "counterparties";
  r.meta = {{"as_of", meta_as_of(as_of)}, {"currency", std::string(base.code())}};
  r.tables.emplace_back("Counted agreements by counterparty (" + std::string(base.code()) + ")", std::move(t));
  return r;
}

Report provinces_report(const Ledger& ledger, std::optional<Date> as_of) {
  const Programme& prog = ledger.programme();
  const Currency base = ledger.header().base_currency;
  struct Acc {
    explicit Acc(Currency base) : committed(Money::zero(base)) {}
    std::size_t csos = 0, mobilised = 0, agreements = 0;
    Money committed;
  };
  std::map<std::string, Acc> by;
  std::map<PartyId, std::size_t> counted_per_cso;
  std::map<PartyId, Money> value_per_cso;
  for (const auto& [id, a] : prog.agreements()) {
    if (!a.counts()) continue;
    ++counted_per_cso[a.terms.cso];
    add_to(value_per_cso.try_emplace(a.terms.cso, Money::zero(base)).first->second, a.committed_value);
  }
  for (const auto& [id, p] : prog.parties()) {
    if (p.kind != PartyKind::cso) continue;
    Acc& acc = by.try_emplace(p.province, base).first->second;
    ++acc.csos;
    const std::size_t n = counted_per_cso.count(id) != 0 ? counted_per_cso.at(id) : 0;
    acc.mobilised += n > 0 ? 1 : 0;
    acc.agreements += n;
    if (const auto v = value_per_cso.find(id); v != value_per_cso.end()) add_to(acc.committed, v->second);
  }
  Table t;
  t.report = "provinces";
  t.columns = {{"province", "Province", ColumnType::text}, {"csos", "CSOs", ColumnType::count},
               {"csos_mobilised", "Mobilised", ColumnType::count}, {"agreements", "Agreements", ColumnType::count},
               {"committed", "Committed", ColumnType::money}};
  Acc total(base);
  for (const auto& [province, acc] : by) {
    t.rows.push_back(Row{RowKind::line, {province, std::to_string(acc.csos), std::to_string(acc.mobilised),
                                         std::to_string(acc.agreements), acc.committed.to_string()}});
    total.csos += acc.csos;
    total.mobilised += acc.mobilised;
    total.agreements += acc.agreements;
    add_to(total.committed, acc.committed);
  }
  t.rows.push_back(Row{RowKind::total, {"Total", std::to_string(total.csos), std::to_string(total.mobilised),
                                        std::to_string(total.agreements), total.committed.to_string()}});
  Report r;
  r.name = "provinces";
  r.meta = {{"as_of", meta_as_of(as_of)}, {"currency", std::string(base.code())}};
  r.tables.emplace_back("Mobilisation by province (" + std::string(base.code()) + ")", std::move(t));
  return r;
}

Report quarters_report(const Ledger& ledger, std::optional<Date> as_of) {
  const Programme& prog = ledger.programme();
  const Header& h = ledger.header();
  const Currency base = h.base_currency;
  const auto fiscal = FiscalYearStart::parse(h.fiscal_year_start);
  FL_ASSERT(fiscal.has_value());
  std::map<std::pair<int, unsigned>, std::pair<std::size_t, Money>> by;  // (FY, Q) -> (count, value)
  for (const auto& [id, a] : prog.agreements()) {
    if (!a.counts()) continue;
    const Date from = a.condition_met_on ? *a.condition_met_on : a.signed_on;
    auto& [n, v] = by.try_emplace({fiscal->fiscal_year(from), fiscal->fiscal_quarter(from)}, 0, Money::zero(base)).first->second;
    ++n;
    add_to(v, a.committed_value);
  }
  Table t;
  t.report = "quarters";
  t.columns = {{"quarter", "Fiscal quarter", ColumnType::text}, {"agreements", "Agreements", ColumnType::count},
               {"committed", "Committed", ColumnType::money}, {"cumulative", "Cumulative", ColumnType::running},
               {"percent_of_target", "% of target", ColumnType::text}};
  Money running = Money::zero(base);
  std::size_t total_n = 0;
  for (const auto& [q, nv] : by) {
    add_to(running, nv.second);
    total_n += nv.first;
    t.rows.push_back(Row{RowKind::line, {"FY" + std::to_string(q.first) + " Q" + std::to_string(q.second),
                                         std::to_string(nv.first), nv.second.to_string(), running.to_string(),
                                         percent(running, h.target)}});
  }
  t.rows.push_back(Row{RowKind::total, {"Total", std::to_string(total_n), running.to_string(), running.to_string(),
                                        percent(running, h.target)}});
  Report r;
  r.name = "quarters";
  r.meta = {{"as_of", meta_as_of(as_of)}, {"currency", std::string(base.code())},
            {"fiscal_year_start", h.fiscal_year_start}, {"target", h.target.to_string()}};
  r.tables.emplace_back("Counted value by fiscal quarter (" + std::string(base.code()) + ")", std::move(t));
  return r;
}

}  // namespace fl::reports
