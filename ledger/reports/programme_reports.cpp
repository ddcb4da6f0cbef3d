#include "reports/programme_reports.hpp"

#include <map>

#include "base/json_writer.hpp"
#include "money/decimal.hpp"
#include "money/rate.hpp"

namespace fl::reports {
namespace {

// The base-currency figures of one agreement. The parts of a commitment that are received,
// written off or outstanding are valued at the signing rate, so a fully paid agreement has
// nothing outstanding; received is what is left, so each line foots.
struct Figures {
  Int128 committed = 0, received = 0, outstanding = 0, written_off = 0, received_at_receipt = 0;
};


// The part `amount` of the commitment, at the commitment's own value: pro rata of the
// committed value (exactly the signing rate when no amendment came at another rate), so the
// received part is never negative and a fully paid agreement has nothing outstanding.
Int128 share_of_commitment(const AgreementState& a, const Int128& amount) {
  if (a.committed() == 0) return 0;
  auto v = divide_half_even(a.committed_value * amount, a.committed());
  FL_ASSERT(v.has_value());
  return *v;
}

Figures figures(const AgreementState& a) {
  Figures f;
  f.committed = a.committed_value;
  f.outstanding = share_of_commitment(a, a.outstanding());
  f.written_off = share_of_commitment(a, a.written_off);
  f.received = f.committed - f.outstanding - f.written_off;
  f.received_at_receipt = a.received_value_at_receipt;
  return f;
}

std::string fmt(const Int128& v, Currency c) { return format_decimal(v, c.scale()); }

std::string percent(const Int128& part, const Int128& whole) {
  if (whole == 0) return "";
  auto p = divide_half_even(part * 10000, whole);
  return p ? format_decimal(*p, 2) : "";
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

}  // namespace fl::reports
