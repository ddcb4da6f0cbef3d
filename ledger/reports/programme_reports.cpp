#include "reports/programme_reports.hpp"

#include <map>

#include "base/json_writer.hpp"
#include "money/decimal.hpp"
#include "money/rate.hpp"
#include "money/wide.hpp"

#include <stdexcept>

namespace fl::reports {
namespace {

// The base-currency figures of one agreement (engine/commitment.hpp); one that does not fit 128
// bits is reported as an error by the command, never an abort.
using Figures = CommitmentValue;
Figures figures(const AgreementState& a) {
  auto f = commitment_value(a);
  if (!f) throw std::overflow_error(f.error().message());
  return *f;
}

std::string fmt(const Int128& v, Currency c) { return format_decimal(v, c.scale()); }

std::string percent(const Int128& part, const Int128& whole) {
  if (whole == 0) return "";
  auto p = percent_text(part, whole);  // exact at any size: the product is formed in 256 bits
  if (!p) throw std::overflow_error(p.error().message());
  return *p;
}

constexpr PartyKind kKinds[] = {PartyKind::government, PartyKind::company, PartyKind::philanthropy};

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
  Figures total;
  std::size_t counted = 0;
  std::map<std::string, bool> mobilised;
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
      apart.rows.push_back(Row{RowKind::line, {id, a.terms.cso, a.terms.counterparty,
                                               std::string(party_kind_name(a.counterparty_kind)),
                                               std::string(agreement_status_name(a.status())),
                                               std::string(a.currency().code()), fmt(a.terms.amount.minor(), a.currency()),
                                               a.not_counted_reason()}});
      continue;
    }
    ++counted;
    mobilised[a.terms.cso] = true;
    const Figures f = figures(a);
    auto& [n, sum] = by_kind[a.counterparty_kind];
    ++n;
    for (auto* acc : {&sum, &total}) {
      acc->committed += f.committed;
      acc->received += f.received;
      acc->outstanding += f.outstanding;
      acc->written_off += f.written_off;
      acc->received_at_receipt += f.received_at_receipt;
    }
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
    t.rows.push_back(Row{kind, {std::move(name), std::to_string(n), fmt(f.committed, base), fmt(f.received, base),
                                fmt(f.written_off, base), fmt(f.outstanding, base), fmt(f.received_at_receipt, base),
                                fmt(f.received_at_receipt - f.received, base)}});
  };
  for (PartyKind k : kKinds) {
    const auto it = by_kind.find(k);
    row(RowKind::line, std::string(party_kind_name(k)), it == by_kind.end() ? 0 : it->second.first,
        it == by_kind.end() ? Figures{} : it->second.second);
  }
  row(RowKind::total, "Total", counted, total);
  std::size_t csos_mobilised = 0;
  for (const auto& [id, yes] : mobilised) csos_mobilised += yes ? 1 : 0;
  const Money& target = ledger.header().target;
  r.meta = {{"as_of", as_of ? as_of->to_string() : ""},
            {"currency", cur},
            {"target", target.to_string()},
            {"committed", fmt(total.committed, base)},
            {"percent_of_target", percent(total.committed, target.minor())},
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
    std::size_t agreements = 0;
    Figures f;
    std::map<PartyKind, Int128> by_kind;
  };
  std::map<std::string, Cso> csos;
  for (const auto& [id, p] : prog.parties()) {
    if (p.kind == PartyKind::cso) csos[id];
  }
  for (const auto& [id, a] : prog.agreements()) {
    if (!a.counts()) continue;
    Cso& c = csos[a.terms.cso];
    const Figures f = figures(a);
    ++c.agreements;
    c.f.committed += f.committed;
    c.f.received += f.received;
    c.f.outstanding += f.outstanding;
    c.f.written_off += f.written_off;
    c.by_kind[a.counterparty_kind] += f.committed;
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
  Cso total;
  std::size_t mobilised = 0;
  for (const auto& [id, c] : csos) {
    const auto p = prog.parties().find(id);
    const Party none{};
    const Party& party = p == prog.parties().end() ? none : p->second;
    auto kind = [&](PartyKind k) {
      const auto it = c.by_kind.find(k);
      return it == c.by_kind.end() ? Int128(0) : it->second;
    };
    t.rows.push_back(Row{RowKind::line, {id, party.name, party.district, party.province, party.region_code,
                                         c.agreements > 0 ? "yes" : "no", std::to_string(c.agreements),
                                         fmt(c.f.committed, base), fmt(kind(PartyKind::government), base),
                                         fmt(kind(PartyKind::company), base), fmt(kind(PartyKind::philanthropy), base),
                                         fmt(c.f.received, base), fmt(c.f.outstanding, base)}});
    mobilised += c.agreements > 0 ? 1 : 0;
    total.agreements += c.agreements;
    total.f.committed += c.f.committed;
    total.f.received += c.f.received;
    total.f.outstanding += c.f.outstanding;
    for (PartyKind k : kKinds) total.by_kind[k] += kind(k);
  }
  t.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", std::to_string(mobilised) + " of " + std::to_string(csos.size()),
                                        std::to_string(total.agreements), fmt(total.f.committed, base),
                                        fmt(total.by_kind[PartyKind::government], base), fmt(total.by_kind[PartyKind::company], base),
                                        fmt(total.by_kind[PartyKind::philanthropy], base), fmt(total.f.received, base),
                                        fmt(total.f.outstanding, base)}});
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
    Currency c;
    Int128 committed = 0, received = 0, written_off = 0, outstanding = 0, overdue = 0, amount = 0;
    std::size_t overdue_tranches = 0;
  };
  std::map<std::string, Tot> totals;
  for (const auto& [id, a] : prog.agreements()) {
    const Currency c = a.currency();
    const Overdue late = overdue(a, today);
    Int128 received = 0;
    for (const auto& t : a.tranches) received += t.received;
    reg.rows.push_back(Row{RowKind::line, {id, a.terms.cso, a.terms.counterparty, a.signed_on.to_string(),
                                           std::string(agreement_status_name(a.status())), a.counts() ? "yes" : "no",
                                           std::string(c.code()), fmt(a.committed(), c), fmt(received, c),
                                           fmt(a.written_off, c), fmt(a.outstanding(), c), fmt(late.amount, c),
                                           std::to_string(late.tranches)}});
    auto& tot = totals.try_emplace(std::string(c.code()), Tot{c}).first->second;
    tot.committed += a.committed();
    tot.received += received;
    tot.written_off += a.written_off;
    tot.outstanding += a.outstanding();
    tot.overdue += late.amount;
    tot.overdue_tranches += late.tranches;
    for (const auto& t : a.tranches) {
      const bool t_late = overdue(a, t, today);
      tranches.rows.push_back(Row{RowKind::line, {id, t.id, t.due.to_string(), std::string(c.code()), fmt(t.amount, c),
                                                  fmt(t.received, c), fmt(t.written_off, c), fmt(t.outstanding(), c),
                                                  t_late ? std::to_string(days_between(t.due, today)) : "0"}});
      tot.amount += t.amount;
    }
  }
  for (const auto& [code, t] : totals) {
    reg.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", "", code, fmt(t.committed, t.c), fmt(t.received, t.c),
                                            fmt(t.written_off, t.c), fmt(t.outstanding, t.c), fmt(t.overdue, t.c),
                                            std::to_string(t.overdue_tranches)}});
    tranches.rows.push_back(Row{RowKind::total, {"Total", "", "", code, fmt(t.amount, t.c), fmt(t.received, t.c),
                                                 fmt(t.written_off, t.c), fmt(t.outstanding, t.c), ""}});
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
    std::size_t n = 0;
    Figures f;
  };
  std::map<std::string, Acc> by;
  for (const auto& [id, p] : prog.parties()) {
    if (p.kind != PartyKind::cso) by[id];
  }
  for (const auto& [id, a] : prog.agreements()) {
    if (!a.counts()) continue;
    Acc& acc = by[a.terms.counterparty];
    const Figures f = figures(a);
    ++acc.n;
    acc.f.committed += f.committed;
    acc.f.received += f.received;
    acc.f.outstanding += f.outstanding;
  }
  Table t;
  t.report = "counterparties";
  t.columns = {{"counterparty", "Counterparty", ColumnType::text}, {"name", "Name", ColumnType::text},
               {"kind", "Kind", ColumnType::text}, {"level", "Level", ColumnType::text},
               {"iati_type", "IATI type", ColumnType::text}, {"agreements", "Agreements", ColumnType::count},
               {"committed", "Committed", ColumnType::money}, {"received", "Received", ColumnType::money},
               {"outstanding", "Outstanding", ColumnType::money}};
  Acc total;
  for (const auto& [id, acc] : by) {
    const auto p = prog.parties().find(id);
    if (p == prog.parties().end()) continue;
    t.rows.push_back(Row{RowKind::line, {id, p->second.name, std::string(party_kind_name(p->second.kind)), p->second.level,
                                         std::to_string(iati_organisation_type(p->second)), std::to_string(acc.n),
                                         fmt(acc.f.committed, base), fmt(acc.f.received, base), fmt(acc.f.outstanding, base)}});
    total.n += acc.n;
    total.f.committed += acc.f.committed;
    total.f.received += acc.f.received;
    total.f.outstanding += acc.f.outstanding;
  }
  t.rows.push_back(Row{RowKind::total, {"Total", "", "", "", "", std::to_string(total.n), fmt(total.f.committed, base),
                                        fmt(total.f.received, base), fmt(total.f.outstanding, base)}});
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
    std::size_t csos = 0, mobilised = 0, agreements = 0;
    Int128 committed = 0;
  };
  std::map<std::string, Acc> by;
  std::map<std::string, std::size_t> counted_per_cso;
  std::map<std::string, Int128> value_per_cso;
  for (const auto& [id, a] : prog.agreements()) {
    if (!a.counts()) continue;
    ++counted_per_cso[a.terms.cso];
    value_per_cso[a.terms.cso] += a.committed_value;
  }
  for (const auto& [id, p] : prog.parties()) {
    if (p.kind != PartyKind::cso) continue;
    Acc& acc = by[p.province];
    ++acc.csos;
    const std::size_t n = counted_per_cso.count(id) != 0 ? counted_per_cso.at(id) : 0;
    acc.mobilised += n > 0 ? 1 : 0;
    acc.agreements += n;
    acc.committed += value_per_cso.count(id) != 0 ? value_per_cso.at(id) : Int128(0);
  }
  Table t;
  t.report = "provinces";
  t.columns = {{"province", "Province", ColumnType::text}, {"csos", "CSOs", ColumnType::count},
               {"csos_mobilised", "Mobilised", ColumnType::count}, {"agreements", "Agreements", ColumnType::count},
               {"committed", "Committed", ColumnType::money}};
  Acc total;
  for (const auto& [province, acc] : by) {
    t.rows.push_back(Row{RowKind::line, {province, std::to_string(acc.csos), std::to_string(acc.mobilised),
                                         std::to_string(acc.agreements), fmt(acc.committed, base)}});
    total.csos += acc.csos;
    total.mobilised += acc.mobilised;
    total.agreements += acc.agreements;
    total.committed += acc.committed;
  }
  t.rows.push_back(Row{RowKind::total, {"Total", std::to_string(total.csos), std::to_string(total.mobilised),
                                        std::to_string(total.agreements), fmt(total.committed, base)}});
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
  std::map<std::pair<int, unsigned>, std::pair<std::size_t, Int128>> by;  // (FY, Q) -> (count, value)
  for (const auto& [id, a] : prog.agreements()) {
    if (!a.counts()) continue;
    const Date from = a.condition_met_on ? *a.condition_met_on : a.signed_on;
    auto& [n, v] = by[{fiscal->fiscal_year(from), fiscal->fiscal_quarter(from)}];
    ++n;
    v += a.committed_value;
  }
  Table t;
  t.report = "quarters";
  t.columns = {{"quarter", "Fiscal quarter", ColumnType::text}, {"agreements", "Agreements", ColumnType::count},
               {"committed", "Committed", ColumnType::money}, {"cumulative", "Cumulative", ColumnType::running},
               {"percent_of_target", "% of target", ColumnType::text}};
  Int128 running = 0;
  std::size_t total_n = 0;
  for (const auto& [q, nv] : by) {
    running += nv.second;
    total_n += nv.first;
    t.rows.push_back(Row{RowKind::line, {"FY" + std::to_string(q.first) + " Q" + std::to_string(q.second),
                                         std::to_string(nv.first), fmt(nv.second, base), fmt(running, base),
                                         percent(running, h.target.minor())}});
  }
  t.rows.push_back(Row{RowKind::total, {"Total", std::to_string(total_n), fmt(running, base), fmt(running, base),
                                        percent(running, h.target.minor())}});
  Report r;
  r.name = "quarters";
  r.meta = {{"as_of", meta_as_of(as_of)}, {"currency", std::string(base.code())},
            {"fiscal_year_start", h.fiscal_year_start}, {"target", h.target.to_string()}};
  r.tables.emplace_back("Counted value by fiscal quarter (" + std::string(base.code()) + ")", std::move(t));
  return r;
}

}  // namespace fl::reports
