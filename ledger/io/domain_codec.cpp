#include "io/domain_codec.hpp"

#include <nlohmann/json.hpp>

#include "journal/names.hpp"
#include "money/decimal.hpp"

namespace fl::io {
namespace {

using Json = nlohmann::json;

// --- writing ---------------------------------------------------------------------------------

void money_members(fl::json::JsonWriter& w, std::string_view key, const Money& m) {
  w.member(key, m.to_string());
}

void write_valuation(fl::json::JsonWriter& w, const Valuation& v) {
  w.key("valuation").begin_object();
  if (v.rate_event_recorded) w.member("rate_event", v.rate_event.str());
  w.member("rate_date", v.rate_date.to_string()).member("rate", v.rate).member("source", v.source);
  w.member("currency", v.value.currency().code()).member("value", v.value.to_string());
  w.end_object();
}

struct Writer {
  fl::json::JsonWriter& w;
  void operator()(const std::monostate&) const {}
  void operator()(const Party& p) const {
    w.member("kind", party_kind_name(p.kind)).member("name", p.name).member("level", p.level);
    w.member("district", p.district).member("province", p.province).member("region_code", p.region_code);
    w.key("aliases").begin_array();
    for (const auto& a : p.aliases) w.string(a);
    w.end_array();
  }
  void operator()(const BankAccount& b) const {
    w.member("cso", b.cso.str()).member("bank", b.bank).member("number", b.number);
    w.member("currency", b.opening.currency().code()).member("account", b.account);
    money_members(w, "opening_balance", b.opening);
  }
  void operator()(const RateQuote& r) const {
    w.member("base", r.base.code()).member("quote", r.quote.code()).member("value", r.value);
    w.member("source", r.source);
  }
  void operator()(const Agreement& a) const {
    w.member("cso", a.cso.str()).member("counterparty", a.counterparty.str());
    w.member("currency", a.amount.currency().code()).member("amount", a.amount.to_string());
    w.member("nature", a.nature == Nature::contribution ? "contribution" : "exchange");
    w.member("form", a.form == Form::cash ? "cash" : "in-kind");
    w.member("valuation_basis", a.valuation_basis).key("conditional").boolean(a.conditional);
    w.member("condition", a.condition);
    w.member("counts_as", a.counts_as == CountsAs::leverage ? "leverage" : "cost-share");
    w.member("purpose", a.purpose).member("restriction", a.restriction);
    w.member("document_sha256", a.document_sha256);
    w.key("schedule").begin_array();
    for (const auto& t : a.schedule) {
      w.begin_object().member("tranche", t.id.str()).member("due", t.due.to_string());
      w.member("amount", t.amount.to_string()).end_object();
    }
    w.end_array();
    write_valuation(w, a.valuation);
  }
  void operator()(const Receipt& r) const {
    w.member("agreement", r.agreement.str()).member("currency", r.gross.currency().code());
    money_members(w, "gross", r.gross);
    money_members(w, "bank_charges", r.bank_charges);
    money_members(w, "tax_withheld", r.tax_withheld);
    w.member("bank_account", r.bank_account.str()).member("bank_reference", r.bank_reference);
    w.key("allocation").begin_array();
    for (const auto& a : r.allocation) {
      w.begin_object().member("tranche", a.tranche.str()).member("amount", a.amount.to_string()).end_object();
    }
    w.end_array();
    money_members(w, "overpayment", r.overpayment);
    write_valuation(w, r.valuation);
  }
  void operator()(const Change& c) const {
    w.member("agreement", c.agreement.str()).member("change", change_kind_name(c.kind));
    w.member("currency", c.amount.currency().code()).member("amount", c.amount.to_string());
    w.member("tranche", c.tranche.str()).member("bank_account", c.bank_account.str()).member("note", c.note);
    write_valuation(w, c.valuation);
  }
  void operator()(const StatementInfo& st) const {
    w.member("bank_account", st.bank_account.str()).member("layout", st.layout).member("file_sha256", st.file_sha256);
    w.member("from", st.from.to_string()).member("to", st.to.to_string());
    w.member("currency", st.currency.code());
    w.member("opening_balance", st.opening ? st.opening->to_string() : std::string{});
    w.member("closing_balance", st.closing ? st.closing->to_string() : std::string{});
    w.key("lines").number(static_cast<long long>(st.lines));
    w.key("pending").begin_array();
    for (const auto& p : st.pending) {
      w.begin_object().member("description", p.description).member("amount", p.amount.to_string()).end_object();
    }
    w.end_array();
  }
  void operator()(const StatementLine& l) const {
    w.member("bank_account", l.bank_account.str()).member("statement", l.statement.str());
    w.member("currency", l.amount.currency().code()).member("amount", l.amount.to_string());
    w.member("reference", l.reference).key("occurrence").number(l.occurrence);
    w.key("row").number(l.row);
  }
  void operator()(const Match& m) const {
    w.member("bank_account", m.bank_account.str());
    w.key("lines").begin_array();
    for (const auto& x : m.lines) w.string(x.str());
    w.end_array();
    w.key("entries").begin_array();
    for (const auto& x : m.entries) w.string(x.str());
    w.end_array();
    w.member("proposal", m.proposal);
  }
  void operator()(const Rejection& r) const {
    w.member("proposal", r.proposal);
    w.key("lines").begin_array();
    for (const auto& x : r.lines) w.string(x.str());
    w.end_array();
    w.member("target", r.target);
  }
  void operator()(const Classification& c) const {
    w.member("bank_account", c.bank_account.str()).member("line", c.line.str()).member("account", c.account);
  }
  void operator()(const Reconciliation& r) const {
    w.member("bank_account", r.bank_account.str()).member("currency", r.bank_balance.currency().code());
    money_members(w, "bank_balance", r.bank_balance);
    money_members(w, "ledger_balance", r.ledger_balance);
    money_members(w, "in_bank_not_recorded", r.in_bank_not_recorded);
    money_members(w, "recorded_not_in_bank", r.recorded_not_in_bank);
  }
  void operator()(const RateWithdrawal& x) const { w.member("rate", x.rate.str()).member("note", x.note); }
  void operator()(const Setting& x) const { w.member("name", x.name).member("value", x.value); }
};

// --- reading ---------------------------------------------------------------------------------

struct Reader {
  const Json& j;
  std::string where;

  Unexpected bad(std::string_view key, std::string msg) const {
    return fail(Error(Errc::corrupt, std::move(msg)).in(where.empty() ? std::string(key) : where + "." + std::string(key)));
  }
  Result<const Json*> get(std::string_view key) const {
    auto it = j.find(std::string(key));
    if (it == j.end()) return bad(key, "is missing");
    return &*it;
  }
  Result<std::string> str(std::string_view key) const {
    FL_TRY(const Json* v, get(key));
    if (!v->is_string()) return bad(key, "must be a string");
    return v->get<std::string>();
  }
  // An id (a strong id type, or the text of one that has none), checked with check_id; empty is
  // allowed only where it is optional.
  template <class T = std::string>
  Result<T> id(std::string_view key, bool optional = false) const {
    FL_TRY(std::string s, str(key));
    if (optional && s.empty()) return T{std::move(s)};
    if (auto r = check_id(s); !r) return bad(key, r.error().message());
    return T{std::move(s)};
  }
  Result<Currency> currency(std::string_view key = "currency") const {
    FL_TRY(std::string s, str(key));
    auto c = Currency::parse(s);
    if (!c) return bad(key, c.error().message());
    return *c;
  }
  Result<Money> money(std::string_view key, Currency c) const {
    FL_TRY(std::string s, str(key));
    auto m = parse_money(s, c, DecimalStyle::canonical);
    if (!m) return bad(key, m.error().message());
    return *m;
  }
  Result<Date> date(std::string_view key) const {
    FL_TRY(std::string s, str(key));
    auto d = Date::parse(s);
    if (!d) return bad(key, d.error().message());
    return *d;
  }
  Result<Valuation> valuation() const {
    FL_TRY(const Json* v, get("valuation"));
    if (!v->is_object()) return bad("valuation", "must be an object");
    Reader r{*v, where.empty() ? "valuation" : where + ".valuation"};
    EventId rate_event;
    const bool recorded = v->contains("rate_event");  // not in journals from before valuations named it
    if (recorded) {
      FL_TRY(rate_event, r.id<EventId>("rate_event", true));
    }
    FL_TRY(Date rate_date, r.date("rate_date"));
    FL_TRY(std::string rate, r.str("rate"));
    FL_TRY(std::string source, r.str("source"));
    FL_TRY(Currency c, r.currency());
    FL_TRY(Money value, r.money("value", c));
    return Valuation{std::move(rate_event), rate_date, std::move(rate), std::move(source), std::move(value), recorded};
  }
  template <class F>
  Result<void> each(std::string_view key, F f) const {
    FL_TRY(const Json* v, get(key));
    if (!v->is_array()) return bad(key, "must be an array");
    for (std::size_t i = 0; i < v->size(); ++i) {
      Reader r{(*v)[i], (where.empty() ? std::string(key) : where + "." + std::string(key)) + "[" + std::to_string(i) + "]"};
      FL_TRY_VOID(f(r));
    }
    return ok();
  }
  Result<std::int64_t> integer(std::string_view key) const {
    FL_TRY(const Json* v, get(key));
    if (!v->is_number_integer()) return bad(key, "must be a whole number");
    const std::int64_t n = v->get<std::int64_t>();
    if (n < 0 || n > 1000000000) return bad(key, "is out of range");
    return n;
  }
  template <class T>
  Result<std::vector<T>> ids(std::string_view key) const {
    std::vector<T> out;
    FL_TRY_VOID(each(key, [&](const Reader& x) -> Result<void> {
      if (!x.j.is_string()) return x.bad("", "must be a string");
      std::string s = x.j.get<std::string>();
      if (auto c = check_id(s); !c) return x.bad("", c.error().message());
      out.emplace_back(std::move(s));
      return ok();
    }));
    return out;
  }
  Result<std::string> one_of(std::string_view key, std::initializer_list<std::string_view> allowed) const {
    FL_TRY(std::string s, str(key));
    for (auto a : allowed) {
      if (s == a) return s;
    }
    return bad(key, "\"" + s + "\" is not an allowed value");
  }
};

Result<DomainData> read_party(const Reader& r) {
  Party p;
  FL_TRY(std::string k, r.str("kind"));
  auto pk = parse_party_kind(k);
  if (!pk) return r.bad("kind", pk.error().message());
  p.kind = *pk;
  FL_TRY(p.name, r.str("name"));
  FL_TRY(p.level, r.str("level"));
  FL_TRY(p.district, r.str("district"));
  FL_TRY(p.province, r.str("province"));
  FL_TRY(p.region_code, r.str("region_code"));
  FL_TRY_VOID(r.each("aliases", [&](const Reader& a) -> Result<void> {
    if (!a.j.is_string()) return a.bad("", "must be a string");
    p.aliases.push_back(a.j.get<std::string>());
    return ok();
  }));
  return DomainData{std::move(p)};
}

Result<DomainData> read_bank_account(const Reader& r) {
  FL_TRY(PartyId cso, r.id<PartyId>("cso"));
  FL_TRY(std::string bank, r.str("bank"));
  FL_TRY(std::string number, r.str("number"));
  FL_TRY(Currency c, r.currency());
  FL_TRY(std::string account, r.str("account"));
  if (auto ok_account = check_account(account); !ok_account) return r.bad("account", ok_account.error().message());
  FL_TRY(Money opening, r.money("opening_balance", c));
  return DomainData{BankAccount{std::move(cso), std::move(bank), std::move(number), std::move(account), std::move(opening)}};
}

Result<DomainData> read_rate(const Reader& r) {
  FL_TRY(Currency base, r.currency("base"));
  FL_TRY(Currency quote, r.currency("quote"));
  FL_TRY(std::string value, r.str("value"));
  FL_TRY(std::string source, r.str("source"));
  return DomainData{RateQuote{base, quote, std::move(value), std::move(source)}};
}

Result<DomainData> read_agreement(const Reader& r) {
  FL_TRY(PartyId cso, r.id<PartyId>("cso"));
  FL_TRY(PartyId counterparty, r.id<PartyId>("counterparty"));
  FL_TRY(Currency c, r.currency());
  FL_TRY(Money amount, r.money("amount", c));
  // The valuation is read last (below), as it always was; until then it values nothing.
  Agreement a{.cso = std::move(cso), .counterparty = std::move(counterparty), .amount = amount,
              .valuation = Valuation::none(amount)};
  FL_TRY(std::string nature, r.one_of("nature", {"contribution", "exchange"}));
  a.nature = nature == "contribution" ? Nature::contribution : Nature::exchange;
  FL_TRY(std::string form, r.one_of("form", {"cash", "in-kind"}));
  a.form = form == "cash" ? Form::cash : Form::in_kind;
  FL_TRY(a.valuation_basis, r.str("valuation_basis"));
  FL_TRY(const Json* cond, r.get("conditional"));
  if (!cond->is_boolean()) return r.bad("conditional", "must be true or false");
  a.conditional = cond->get<bool>();
  FL_TRY(a.condition, r.str("condition"));
  FL_TRY(std::string counts, r.one_of("counts_as", {"leverage", "cost-share"}));
  a.counts_as = counts == "leverage" ? CountsAs::leverage : CountsAs::cost_share;
  FL_TRY(a.purpose, r.str("purpose"));
  FL_TRY(a.restriction, r.str("restriction"));
  FL_TRY(a.document_sha256, r.str("document_sha256"));
  FL_TRY_VOID(r.each("schedule", [&](const Reader& t) -> Result<void> {
    FL_TRY(TrancheId id, t.id<TrancheId>("tranche"));
    FL_TRY(Date due, t.date("due"));
    FL_TRY(Money due_amount, t.money("amount", c));
    a.schedule.push_back(Tranche{std::move(id), due, std::move(due_amount)});
    return ok();
  }));
  FL_TRY(a.valuation, r.valuation());
  return DomainData{std::move(a)};
}

Result<DomainData> read_receipt(const Reader& r) {
  FL_TRY(AgreementId agreement, r.id<AgreementId>("agreement"));
  FL_TRY(Currency c, r.currency());
  FL_TRY(Money gross, r.money("gross", c));
  FL_TRY(Money bank_charges, r.money("bank_charges", c));
  FL_TRY(Money tax_withheld, r.money("tax_withheld", c));
  Receipt rc = Receipt::of(std::move(agreement), std::move(gross), std::move(bank_charges), std::move(tax_withheld));
  FL_TRY(rc.bank_account, r.id<BankAccountId>("bank_account", true));  // empty for in-kind deliveries
  FL_TRY(rc.bank_reference, r.str("bank_reference"));
  FL_TRY_VOID(r.each("allocation", [&](const Reader& a) -> Result<void> {
    FL_TRY(TrancheId tranche, a.id<TrancheId>("tranche"));
    FL_TRY(Money amount, a.money("amount", c));
    rc.allocation.push_back(Allocation{std::move(tranche), std::move(amount)});
    return ok();
  }));
  FL_TRY(rc.overpayment, r.money("overpayment", c));
  FL_TRY(rc.valuation, r.valuation());
  return DomainData{std::move(rc)};
}

Result<DomainData> read_change(const Reader& r) {
  FL_TRY(AgreementId agreement, r.id<AgreementId>("agreement"));
  FL_TRY(std::string kind_name, r.str("change"));
  auto ck = parse_change_kind(kind_name);
  if (!ck) return r.bad("change", ck.error().message());
  FL_TRY(Currency c, r.currency());
  FL_TRY(Money amount, r.money("amount", c));
  Change ch{.agreement = std::move(agreement), .kind = *ck, .amount = amount, .valuation = Valuation::none(amount)};
  FL_TRY(ch.tranche, r.id<TrancheId>("tranche", true));
  FL_TRY(ch.bank_account, r.id<BankAccountId>("bank_account", true));
  FL_TRY(ch.note, r.str("note"));
  FL_TRY(ch.valuation, r.valuation());
  return DomainData{std::move(ch)};
}

Result<DomainData> read_statement(const Reader& r) {
  FL_TRY(BankAccountId bank_account, r.id<BankAccountId>("bank_account"));
  FL_TRY(std::string layout, r.str("layout"));
  FL_TRY(std::string file_sha256, r.str("file_sha256"));
  FL_TRY(Date from, r.date("from"));
  FL_TRY(Date to, r.date("to"));
  FL_TRY(std::string opening, r.str("opening_balance"));
  FL_TRY(std::string closing, r.str("closing_balance"));
  FL_TRY(Currency c, r.currency());
  StatementInfo st{std::move(bank_account), std::move(layout), std::move(file_sha256), from, to, c};
  if (!opening.empty()) {
    FL_TRY(st.opening, r.money("opening_balance", c));
  }
  if (!closing.empty()) {
    FL_TRY(st.closing, r.money("closing_balance", c));
  }
  FL_TRY(std::int64_t lines, r.integer("lines"));
  st.lines = static_cast<std::size_t>(lines);
  FL_TRY_VOID(r.each("pending", [&](const Reader& p) -> Result<void> {
    FL_TRY(std::string description, p.str("description"));
    FL_TRY(Money amount, p.money("amount", c));
    st.pending.push_back(PendingItem{std::move(description), std::move(amount)});
    return ok();
  }));
  return DomainData{std::move(st)};
}

Result<DomainData> read_statement_line(const Reader& r) {
  FL_TRY(BankAccountId bank_account, r.id<BankAccountId>("bank_account"));
  FL_TRY(EventId statement, r.id<EventId>("statement"));
  FL_TRY(Currency c, r.currency());
  FL_TRY(Money amount, r.money("amount", c));
  StatementLine l{std::move(bank_account), std::move(statement), std::move(amount)};
  FL_TRY(l.reference, r.str("reference"));
  FL_TRY(std::int64_t occurrence, r.integer("occurrence"));
  FL_TRY(std::int64_t row, r.integer("row"));
  l.occurrence = static_cast<std::int32_t>(occurrence);
  l.row = static_cast<std::int32_t>(row);
  return DomainData{std::move(l)};
}

Result<DomainData> read_match(const Reader& r) {
  Match m;
  FL_TRY(m.bank_account, r.id<BankAccountId>("bank_account"));
  FL_TRY(m.lines, r.ids<StatementLineId>("lines"));
  FL_TRY(m.entries, r.ids<EventId>("entries"));
  FL_TRY(m.proposal, r.id("proposal", true));
  return DomainData{std::move(m)};
}

Result<DomainData> read_rejection(const Reader& r) {
  Rejection x;
  FL_TRY(x.proposal, r.id("proposal"));
  FL_TRY(x.lines, r.ids<StatementLineId>("lines"));
  FL_TRY(x.target, r.id("target"));
  return DomainData{std::move(x)};
}

Result<DomainData> read_classification(const Reader& r) {
  Classification c;
  FL_TRY(c.bank_account, r.id<BankAccountId>("bank_account"));
  FL_TRY(c.line, r.id<StatementLineId>("line"));
  FL_TRY(c.account, r.str("account"));
  if (auto ok_account = check_account(c.account); !ok_account) return r.bad("account", ok_account.error().message());
  return DomainData{std::move(c)};
}

Result<DomainData> read_reconciliation(const Reader& r) {
  FL_TRY(BankAccountId bank_account, r.id<BankAccountId>("bank_account"));
  FL_TRY(Currency c, r.currency());
  FL_TRY(Money bank_balance, r.money("bank_balance", c));
  FL_TRY(Money ledger_balance, r.money("ledger_balance", c));
  FL_TRY(Money in_bank_not_recorded, r.money("in_bank_not_recorded", c));
  FL_TRY(Money recorded_not_in_bank, r.money("recorded_not_in_bank", c));
  return DomainData{Reconciliation{std::move(bank_account), std::move(bank_balance), std::move(ledger_balance),
                                   std::move(in_bank_not_recorded), std::move(recorded_not_in_bank)}};
}

Result<DomainData> read_rate_withdrawal(const Reader& r) {
  RateWithdrawal x;
  FL_TRY(x.rate, r.id<EventId>("rate"));
  FL_TRY(x.note, r.str("note"));
  return DomainData{std::move(x)};
}

Result<DomainData> read_setting(const Reader& r) {
  Setting x;
  FL_TRY(x.name, r.str("name"));
  FL_TRY(x.value, r.str("value"));
  return DomainData{std::move(x)};
}

// One reader per event kind (docs/format/journal.md §4.3).
Result<DomainData> read(EventKind kind, const Json& j) {
  const Reader r{j, ""};
  switch (kind) {
    case EventKind::txn: return DomainData{};
    case EventKind::party: return read_party(r);
    case EventKind::bank_account: return read_bank_account(r);
    case EventKind::rate: return read_rate(r);
    case EventKind::agreement: return read_agreement(r);
    case EventKind::receipt: return read_receipt(r);
    case EventKind::change: return read_change(r);
    case EventKind::statement: return read_statement(r);
    case EventKind::statement_line: return read_statement_line(r);
    case EventKind::match: return read_match(r);
    case EventKind::rejection: return read_rejection(r);
    case EventKind::classification: return read_classification(r);
    case EventKind::reconciliation: return read_reconciliation(r);
    case EventKind::rate_withdrawal: return read_rate_withdrawal(r);
    case EventKind::setting: return read_setting(r);
  }
  return DomainData{};
}

}  // namespace

void write_domain_data(fl::json::JsonWriter& w, const DomainData& data) {
  if (std::holds_alternative<std::monostate>(data)) return;
  w.key("data").begin_object();
  std::visit(Writer{w}, data);
  w.end_object();
}

Result<DomainData> read_domain_data(EventKind kind, std::string_view raw_json) {
  try {
    const Json j = Json::parse(raw_json);
    if (!j.is_object()) return fail(Error(Errc::corrupt, "must be an object").in("data"));
    auto r = read(kind, j);
    if (!r) return fail(std::move(r).error().in("data"));
    return r;
  } catch (const Json::exception& e) {
    return fail(Error(Errc::corrupt, std::string("is not valid JSON: ") + e.what()).in("data"));
  }
}

}  // namespace fl::io
