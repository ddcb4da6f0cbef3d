#include "engine/programme.hpp"

#include <algorithm>

#include "journal/names.hpp"
#include "money/decimal.hpp"
#include "money/formatters.hpp"
#include "money/rate.hpp"

namespace fl {
namespace {

Unexpected refuse(std::string_view field, std::string message) {
  return fail(Error(Errc::invalid_input, std::move(message)).in("data." + std::string(field)));
}

std::string code(Currency c) { return std::string(c.code()); }

Posting line(std::string_view account, const Int128& amount, Currency c, const std::string& cso,
             const std::string& agreement = {}, const std::string& counterparty = {},
             const std::string& tranche = {}) {
  return Posting{std::string(account), Money(c, amount), Dimensions{cso, agreement, counterparty, tranche}};
}

std::string income_account(const AgreementState& a) {
  if (a.counterparty_kind == PartyKind::donor) return "Income:Grants:Donor";
  if (a.terms.nature == Nature::exchange) return "Income:Contracts:" + std::string(income_kind(a.counterparty_kind));
  std::string acc = std::string(kMobilised) + ":" + std::string(income_kind(a.counterparty_kind));
  if (a.terms.form == Form::in_kind) acc += ":InKind";
  return acc;
}

// The valuation of `amount` at a recorded rate must be exactly the conversion, rounded once.
Result<void> check_valuation(const Valuation& v, const Money& amount, Currency base, std::string_view field) {
  if (v.value.currency() != base) {
    return refuse(std::string(field) + ".currency", "must be the ledger's base currency " + code(base));
  }
  if (amount.currency() == base) {
    if (v.rate != "1" || v.value != amount) {
      return refuse(field, "an amount in the base currency is valued at rate 1 at its own value");
    }
    return ok();
  }
  auto rate = Rate::parse(base, amount.currency(), v.rate);
  if (!rate) return refuse(std::string(field) + ".rate", rate.error().message());
  FL_TRY(Money expected, convert(amount, *rate));
  if (expected != v.value) {
    return refuse(std::string(field) + ".value", "is " + v.value.to_string() + " but " + amount.to_string() + " " +
                                                     code(amount.currency()) + " at " + v.rate + " is " +
                                                     expected.to_string());
  }
  return ok();
}

// Reduces tranches from the latest due backwards (or only `named`), taking at most each one's
// outstanding part; returns the tranches touched, with amounts.
std::vector<std::pair<std::size_t, Int128>> take_from_latest(const std::vector<TrancheState>& ts, Int128 amount,
                                                             const std::string& named) {
  std::vector<std::pair<std::size_t, Int128>> out;
  for (std::size_t k = ts.size(); k > 0 && amount > 0; --k) {
    const std::size_t i = k - 1;
    if (!named.empty() && ts[i].id != named) continue;
    const Int128 take = std::min(amount, ts[i].outstanding());
    if (take > 0) {
      out.emplace_back(i, take);
      amount -= take;
    }
  }
  return out;
}

Result<void> check_jump_limit(const std::string& value) {
  if (auto v = parse_percent_limit(value); !v) return refuse("value", v.error().message());
  return ok();
}

}  // namespace

bool controlled_account(std::string_view account) {
  switch (account[0]) {  // on the replay path for every posting: decide on the root first
    case 'A': return account_under(account, kReceivable);
    case 'L':
      return account_under(account, kRefundableAdvances) || account_under(account, kContractLiabilities) ||
             account_under(account, kOverpayments);
    case 'I': return account_under(account, kMobilised);
    default: return false;
  }
}

std::string_view agreement_status_name(AgreementStatus s) {
  switch (s) {
    case AgreementStatus::signed_: return "signed";
    case AgreementStatus::active: return "active";
    case AgreementStatus::fully_received: return "fully received";
    case AgreementStatus::cancelled: return "cancelled";
    case AgreementStatus::condition_lapsed: return "condition lapsed";
  }
  return "signed";
}

Int128 AgreementState::outstanding() const {
  Int128 sum = 0;
  for (const auto& t : tranches) sum += t.outstanding();
  return sum;
}

bool AgreementState::receivable_booked() const {
  return terms.nature == Nature::contribution && terms.form == Form::cash &&
         (!terms.conditional || condition_met);
}

AgreementStatus AgreementState::status() const {
  if (lapsed) return AgreementStatus::condition_lapsed;
  if (wholly_cancelled()) return AgreementStatus::cancelled;
  if (received > 0 && outstanding() == 0) return AgreementStatus::fully_received;
  if (received > 0 || condition_met) return AgreementStatus::active;
  return AgreementStatus::signed_;
}

bool AgreementState::counts() const { return not_counted_reason().empty(); }

std::string AgreementState::not_counted_reason() const {
  if (counterparty_kind == PartyKind::donor) return "the programme's own donor";
  if (terms.counts_as == CountsAs::cost_share) return "cost share, not leverage";
  const auto with_note = [&](std::string reason, std::string_view prefix) {
    for (const auto& n : notes) {
      if (n.starts_with(prefix)) return reason + ": " + n.substr(prefix.size());
    }
    return reason;
  };
  if (lapsed) return with_note("condition lapsed", "lapsed: ");
  if (wholly_cancelled()) return with_note("cancelled", "cancelled: ");
  if (terms.conditional && !condition_met) return "condition not met: " + terms.condition;
  return {};
}

Result<const AgreementState*> Programme::agreement(const std::string& id) const {
  auto it = agreements_.find(id);
  if (it == agreements_.end()) return refuse("agreement", "\"" + id + "\" is not a recorded agreement");
  return &it->second;
}

Result<const Party*> Programme::party(const std::string& id, std::string_view field) const {
  auto it = parties_.find(id);
  if (it == parties_.end()) return refuse(field, "\"" + id + "\" is not a recorded party");
  return &it->second;
}

const Programme::RateEntry* Programme::rate_event(const std::string& id) const {
  const auto it = rate_events_.find(id);
  return it == rate_events_.end() ? nullptr : &it->second;
}

const Programme::RateEntry* Programme::rate_on(Currency base, Currency quote, Date date) const {
  const auto series = rates_.find(RateKey{code(base), code(quote)});
  if (series == rates_.end()) return nullptr;
  auto it = series->second.upper_bound(date.days());
  if (it == series->second.begin()) return nullptr;
  --it;
  return &rate_events_.at(it->second);
}

const Programme::RateEntry* Programme::neighbour_quote(Currency base, Currency quote, Date date) const {
  const auto series = rates_.find(RateKey{code(base), code(quote)});
  if (series == rates_.end() || series->second.empty()) return nullptr;
  auto it = series->second.lower_bound(date.days());
  if (it != series->second.begin()) return &rate_events_.at(std::prev(it)->second);
  if (it != series->second.end() && it->first == date.days()) ++it;
  return it == series->second.end() ? nullptr : &rate_events_.at(it->second);
}

const Programme::RateEntry* Programme::withdrawn_quote(Currency base, Currency quote, Date date,
                                                       const std::string& value) const {
  const std::string first = "RATE-" + code(base) + "-" + code(quote) + "-" + date.to_string();
  for (auto it = rate_events_.lower_bound(first); it != rate_events_.end() && it->first.starts_with(first); ++it) {
    if (!it->second.withdrawn || it->second.date != date) continue;
    // The same number, however many trailing zeros it was written with.
    const auto a = Rate::parse(base, quote, it->second.quote.value);
    const auto b = Rate::parse(base, quote, value);
    if (a && b && !jumps(*a, *b, Int128(0))) return &it->second;
  }
  return nullptr;
}

std::string Programme::next_rate_id(Currency base, Currency quote, Date date) const {
  const std::string first = "RATE-" + code(base) + "-" + code(quote) + "-" + date.to_string();
  if (rate_events_.count(first) == 0) return first;
  for (int n = 2;; ++n) {
    std::string id = first + "." + std::to_string(n);
    if (rate_events_.count(id) == 0) return id;
  }
}

Result<Valuation> Programme::value_at(const Money& amount, Date date, Currency base, int age_days_max) const {
  if (amount.currency() == base) return Valuation{"", date, "1", "", amount};
  const auto series = rates_.find(RateKey{code(base), code(amount.currency())});
  if (series == rates_.end() || series->second.empty()) {
    return fail(Errc::invalid_input, "no " + code(base) + "/" + code(amount.currency()) +
                                         " rate is recorded; record one on or before " + date.to_string());
  }
  const RateEntry* r = rate_on(base, amount.currency(), date);
  if (r == nullptr) {
    return fail(Errc::invalid_input, "no " + code(base) + "/" + code(amount.currency()) + " rate on or before " +
                                         date.to_string() + " (the first is " +
                                         Date::from_days(series->second.begin()->first).to_string() + ")");
  }
  if (days_between(r->date, date) > age_days_max) {
    return fail(Errc::invalid_input, "the latest " + code(base) + "/" + code(amount.currency()) + " rate before " +
                                         date.to_string() + " is from " + r->date.to_string() + ", " +
                                         std::to_string(days_between(r->date, date)) + " days old (the limit is " +
                                         std::to_string(age_days_max) + ")");
  }
  FL_TRY(Rate rate, Rate::parse(base, amount.currency(), r->quote.value));
  FL_TRY(Money value, convert(amount, rate));
  return Valuation{r->id, r->date, r->quote.value, r->quote.source, value};
}

Result<void> Programme::check_valuation_rate(const Valuation& v, const Money& amount, Date on, const Header& h,
                                             std::string_view field) const {
  const Currency base = h.base_currency;
  const std::string at = std::string(field) + ".rate_event";
  if (amount.currency() == base) {
    if (!v.rate_event.empty()) return refuse(at, "an amount in the base currency names no rate event");
    return ok();
  }
  if (!v.rate_event_recorded) {
    // Written before valuations named their rate event: it is the quote in force on the date.
    const RateEntry* in_force = rate_on(base, amount.currency(), on);
    if (in_force == nullptr || in_force->date != v.rate_date || in_force->quote.value != v.rate ||
        in_force->quote.source != v.source) {
      return refuse(std::string(field) + ".rate", "is " + v.rate + " of " + v.rate_date.to_string() + " but the " + code(base) +
                                                      "/" + code(amount.currency()) + " quote in force on " + on.to_string() +
                                                      (in_force ? " is " + in_force->id + ", " + in_force->quote.value
                                                                : std::string(" is none")));
    }
    if (days_between(in_force->date, on) > h.rate_age_days_max) {
      return refuse(std::string(field) + ".rate_date", "is " + std::to_string(days_between(in_force->date, on)) +
                                                           " days before " + on.to_string() + " (the limit is " +
                                                           std::to_string(h.rate_age_days_max) + ")");
    }
    return ok();
  }
  const RateEntry* named = rate_event(v.rate_event);
  if (named == nullptr) return refuse(at, "\"" + v.rate_event + "\" is not a recorded rate event");
  if (named->withdrawn) return refuse(at, "\"" + v.rate_event + "\" was withdrawn");
  if (named->quote.base != base || named->quote.quote != amount.currency()) {
    return refuse(at, "\"" + v.rate_event + "\" is a " + code(named->quote.base) + "/" + code(named->quote.quote) +
                          " rate; this amount needs " + code(base) + "/" + code(amount.currency()));
  }
  if (v.rate_date != named->date || v.rate != named->quote.value || v.source != named->quote.source) {
    return refuse(std::string(field) + ".rate", "is " + v.rate + " of " + v.rate_date.to_string() + " (" + v.source +
                                                    ") but rate event " + v.rate_event + " says " + named->quote.value +
                                                    " of " + named->date.to_string() + " (" + named->quote.source + ")");
  }
  const RateEntry* latest = rate_on(base, amount.currency(), on);
  if (latest != named) {
    return refuse(at, "\"" + v.rate_event + "\" is not the latest " + code(base) + "/" + code(amount.currency()) +
                          " rate on or before " + on.to_string() +
                          (latest ? " (" + latest->id + " of " + latest->date.to_string() + " is)" : std::string(" (none is in force)")));
  }
  if (named->date > on || days_between(named->date, on) > h.rate_age_days_max) {
    return refuse(at, "\"" + v.rate_event + "\" of " + named->date.to_string() + " is " +
                          std::to_string(days_between(named->date, on)) + " days before " + on.to_string() +
                          " (the limit is " + std::to_string(h.rate_age_days_max) + ")");
  }
  return ok();
}

void Programme::use_rate(const Valuation& v, Currency of, Date on, const std::string& event_id, bool agreement) {
  std::string id = v.rate_event;
  if (!v.rate_event_recorded && of != v.value.currency()) {
    if (const RateEntry* in_force = rate_on(v.value.currency(), of, on)) id = in_force->id;
  }
  if (id.empty()) return;
  const auto it = rate_events_.find(id);
  if (it == rate_events_.end()) return;
  (agreement ? it->second.agreements : it->second.others).push_back(event_id);
}

Result<std::vector<Allocation>> Programme::allocate_oldest_first(const std::string& id, const Money& gross) const {
  FL_TRY(const AgreementState* a, agreement(id));
  std::vector<std::size_t> order(a->tranches.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return a->tranches[x].due < a->tranches[y].due;
  });
  std::vector<Allocation> out;
  Int128 left = gross.minor();
  for (std::size_t i : order) {
    const Int128 take = std::min(left, a->tranches[i].outstanding());
    if (take > 0) {
      out.push_back(Allocation{a->tranches[i].id, Money(gross.currency(), take)});
      left -= take;
    }
  }
  return out;
}

Result<std::vector<Posting>> Programme::book(const Transaction& e) const {
  std::vector<Posting> out;
  switch (e.kind) {
    case EventKind::statement:
    case EventKind::statement_line:
    case EventKind::match:
    case EventKind::rejection:
    case EventKind::classification:
    case EventKind::reconciliation:
      return banks_.book(e);
    case EventKind::txn:
    case EventKind::party:
    case EventKind::rate:
    case EventKind::rate_withdrawal:
    case EventKind::setting:
      return out;
    case EventKind::bank_account: {
      const auto& b = std::get<BankAccount>(e.data);
      if (!b.opening.is_zero()) {
        out.push_back(line(b.account, b.opening.minor(), b.opening.currency(), b.cso));
        out.push_back(line("Equity:Opening", -b.opening.minor(), b.opening.currency(), b.cso));
      }
      return out;
    }
    case EventKind::agreement: {
      const auto& a = std::get<Agreement>(e.data);
      FL_TRY(const Party* cp, party(a.counterparty, "counterparty"));
      AgreementState s{.terms = a};
      s.counterparty_kind = cp->kind;
      if (s.receivable_booked()) {
        const Currency c = a.amount.currency();
        out.push_back(line(kReceivable, a.amount.minor(), c, a.cso, e.id, a.counterparty));
        out.push_back(line(income_account(s), -a.amount.minor(), c, a.cso, e.id, a.counterparty));
      }
      return out;
    }
    case EventKind::receipt: {
      const auto& r = std::get<Receipt>(e.data);
      FL_TRY(const AgreementState* a, agreement(r.agreement));
      const Currency c = r.gross.currency();
      const std::string& cso = a->terms.cso;
      const std::string& cp = a->terms.counterparty;
      if (a->terms.form == Form::in_kind) {  // delivered, not paid: no bank
        for (const auto& al : r.allocation) {
          out.push_back(line("Expenses:InKind", al.amount.minor(), c, cso, r.agreement, cp, al.tranche));
        }
        for (const auto& al : r.allocation) {
          out.push_back(line(income_account(*a), -al.amount.minor(), c, cso, r.agreement, cp, al.tranche));
        }
        return out;
      }
      FL_TRY(Money net, r.gross.minus(r.bank_charges));
      FL_TRY(net, net.minus(r.tax_withheld));
      const auto bank = bank_accounts_.find(r.bank_account);
      if (bank == bank_accounts_.end()) return refuse("bank_account", "\"" + r.bank_account + "\" is not a recorded bank account");
      out.push_back(line(bank->second.account, net.minor(), c, cso, r.agreement, cp));
      if (!r.bank_charges.is_zero()) out.push_back(line("Expenses:BankCharges", r.bank_charges.minor(), c, cso, r.agreement, cp));
      if (!r.tax_withheld.is_zero()) out.push_back(line("Assets:TaxWithheld", r.tax_withheld.minor(), c, cso, r.agreement, cp));
      const std::string_view credit = a->receivable_booked()             ? kReceivable
                                      : a->terms.nature == Nature::exchange ? kContractLiabilities
                                                                            : kRefundableAdvances;
      for (const auto& al : r.allocation) {
        out.push_back(line(credit, -al.amount.minor(), c, cso, r.agreement, cp, al.tranche));
      }
      if (!r.overpayment.is_zero()) out.push_back(line(kOverpayments, -r.overpayment.minor(), c, cso, r.agreement, cp));
      return out;
    }
    case EventKind::change: {
      const auto& ch = std::get<Change>(e.data);
      FL_TRY(const AgreementState* a, agreement(ch.agreement));
      const Currency c = a->currency();
      const std::string& cso = a->terms.cso;
      const std::string& cp = a->terms.counterparty;
      const Int128 x = ch.amount.minor();
      switch (ch.kind) {
        case ChangeKind::amend:
          if (a->receivable_booked()) {
            out.push_back(line(kReceivable, x, c, cso, ch.agreement, cp, ch.tranche));
            out.push_back(line(income_account(*a), -x, c, cso, ch.agreement, cp, ch.tranche));
          }
          return out;
        case ChangeKind::cancel:
        case ChangeKind::write_off:
          if (a->receivable_booked()) {
            for (const auto& [i, take] : take_from_latest(a->tranches, x, ch.tranche)) {
              const std::string& tid = a->tranches[i].id;
              if (ch.kind == ChangeKind::cancel) {
                out.push_back(line(income_account(*a), take, c, cso, ch.agreement, cp, tid));
              } else {
                out.push_back(line("Expenses:WrittenOff", take, c, cso, ch.agreement, cp, tid));
              }
              out.push_back(line(kReceivable, -take, c, cso, ch.agreement, cp, tid));
            }
          }
          return out;
        case ChangeKind::condition_met: {
          if (a->terms.form != Form::cash || a->terms.nature != Nature::contribution) return out;
          const Int128 committed = a->committed();
          if (a->advanced > 0) out.push_back(line(kRefundableAdvances, a->advanced, c, cso, ch.agreement, cp));
          if (committed - a->advanced > 0) {
            out.push_back(line(kReceivable, committed - a->advanced, c, cso, ch.agreement, cp));
          }
          AgreementState met = *a;
          met.condition_met = true;
          out.push_back(line(income_account(met), -committed, c, cso, ch.agreement, cp));
          return out;
        }
        case ChangeKind::condition_lapsed:
          return out;
        case ChangeKind::refund: {
          const auto bank = bank_accounts_.find(ch.bank_account);
          if (bank == bank_accounts_.end()) return refuse("bank_account", "\"" + ch.bank_account + "\" is not a recorded bank account");
          Int128 left = x;
          const Int128 from_over = std::min(left, a->overpaid);
          if (from_over > 0) out.push_back(line(kOverpayments, from_over, c, cso, ch.agreement, cp));
          left -= from_over;
          if (left > 0) {
            const std::string_view from = a->terms.nature == Nature::exchange ? std::string_view(kContractLiabilities)
                                          : (a->terms.conditional && !a->condition_met) ? std::string_view(kRefundableAdvances)
                                                                                          : std::string_view{};
            if (from.empty()) {
              out.push_back(line(income_account(*a), left, c, cso, ch.agreement, cp));
            } else {
              out.push_back(line(from, left, c, cso, ch.agreement, cp));
            }
          }
          out.push_back(line(bank->second.account, -x, c, cso, ch.agreement, cp));
          return out;
        }
      }
      return out;
    }
  }
  return out;
}

Result<void> Programme::check(const Transaction& e, const Header& header) const {
  const Currency base = header.base_currency;
  switch (e.kind) {
    case EventKind::txn:
      for (std::size_t i = 0; i < e.postings.size(); ++i) {
        if (controlled_account(e.postings[i].account)) {
          return fail(Error(Errc::invalid_input, "\"" + e.postings[i].account +
                                                     "\" is controlled by agreements: only agreement events post to it")
                          .in("postings[" + std::to_string(i) + "].account"));
        }
      }
      if (banks_.tracks()) return banks_.check(e);  // a reconciled period, a bank's currency
      return ok();
    case EventKind::party: {
      const auto& p = std::get<Party>(e.data);
      if (parties_.count(e.id) != 0) return fail(Error(Errc::conflict, "a party \"" + e.id + "\" exists already").in("id"));
      if (p.name.empty()) return refuse("name", "is empty");
      if (p.kind == PartyKind::cso) {
        if (p.district.empty() || p.province.empty()) return refuse("district", "a CSO needs its district and province");
        const auto& rc = p.region_code;
        const bool code_ok = rc.size() == 5 && rc[2] == '.' &&
                             std::all_of(rc.begin(), rc.end(), [](char ch) { return ch == '.' || (ch >= '0' && ch <= '9'); });
        if (!code_ok) return refuse("region_code", "\"" + rc + "\" is not a Kemendagri district code NN.NN");
      }
      if (p.kind == PartyKind::government &&
          !(p.level == "national" || p.level == "provincial" || p.level == "district" || p.level == "village")) {
        return refuse("level", "a government's level is national, provincial, district or village");
      }
      if (p.kind == PartyKind::company && !(p.level == "private" || p.level == "state-owned")) {
        return refuse("level", "a company is private or state-owned");
      }
      break;
    }
    case EventKind::bank_account: {
      const auto& b = std::get<BankAccount>(e.data);
      if (bank_accounts_.count(e.id) != 0) return fail(Error(Errc::conflict, "a bank account \"" + e.id + "\" exists already").in("id"));
      FL_TRY(const Party* cso, party(b.cso, "cso"));
      if (cso->kind != PartyKind::cso) return refuse("cso", "\"" + b.cso + "\" is not a CSO");
      if (!account_under(b.account, "Assets:Bank")) return refuse("account", "a bank account's ledger account is under Assets:Bank");
      for (const auto& [id, other] : bank_accounts_) {
        if (other.account == b.account) return refuse("account", "\"" + b.account + "\" belongs to bank account " + id);
      }
      break;
    }
    case EventKind::rate: {
      const auto& q = std::get<RateQuote>(e.data);
      FL_TRY_VOID(Rate::parse(q.base, q.quote, q.value));
      // One quote of a pair in force per day; its id counts the day's withdrawn ones.
      if (const RateEntry* in_force = rate_on(q.base, q.quote, e.date); in_force && in_force->date == e.date) {
        return refuse("value", "a " + code(q.base) + "/" + code(q.quote) + " rate for " + e.date.to_string() +
                                   " is recorded already (" + in_force->id + ", " + in_force->quote.value +
                                   "); if it is wrong and no event has used it, withdraw it first: "
                                   "fundledger rate withdraw " + in_force->id + " --note \"why\"");
      }
      if (const std::string want = next_rate_id(q.base, q.quote, e.date); e.id != want) {
        return fail(Error(Errc::invalid_input, "a rate's id is " + want).in("id"));
      }
      break;
    }
    case EventKind::rate_withdrawal: {
      const auto& w = std::get<RateWithdrawal>(e.data);
      const RateEntry* r = rate_event(w.rate);
      if (r == nullptr) return refuse("rate", "\"" + w.rate + "\" is not a recorded rate event");
      if (r->withdrawn) return refuse("rate", "\"" + w.rate + "\" is withdrawn already");
      // A rate is withdrawn once nothing stands on it: never used, or every agreement signed at
      // it wholly cancelled (the correction of those agreements), and no receipt, amendment or
      // refund valued at it.
      if (!r->others.empty()) {
        return refuse("rate", "\"" + w.rate + "\" values " + r->others.front() +
                                  (r->others.size() > 1 ? " and " + std::to_string(r->others.size() - 1) + " other event(s)" : std::string()) +
                                  ", which stay as recorded; it cannot be withdrawn (docs/booking.md, \"Correcting a rate\")");
      }
      for (const std::string& id : r->agreements) {
        if (!agreements_.at(id).wholly_cancelled()) {
          return refuse("rate", "\"" + w.rate + "\" values agreement " + id +
                                    "; correct it first: cancel it (fundledger agreement change cancel --agreement " + id +
                                    " --id ID) and sign it again once the right rate is recorded (docs/booking.md, \"Correcting a rate\")");
        }
      }
      if (e.id != "WITHDRAW-" + w.rate) return fail(Error(Errc::invalid_input, "a withdrawal's id is WITHDRAW-" + w.rate).in("id"));
      if (e.date != r->date) return fail(Error(Errc::invalid_input, "a withdrawal is dated as its rate, " + r->date.to_string()).in("date"));
      break;
    }
    case EventKind::setting: {
      const auto& st = std::get<Setting>(e.data);
      if (st.name == "number-locale") {
        if (auto l = parse_number_locale(st.value); !l) return refuse("value", l.error().message());
      } else if (st.name == "rate-jump-limit") {
        FL_TRY_VOID(check_jump_limit(st.value));
      } else {
        return refuse("name", "\"" + st.name + "\" is not a setting (number-locale, rate-jump-limit)");
      }
      const auto n = settings_.count.find(st.name);
      const std::string want = "SETTING-" + st.name + "-" + std::to_string(n == settings_.count.end() ? 1 : n->second + 1);
      if (e.id != want) return fail(Error(Errc::invalid_input, "this setting's id is " + want).in("id"));
      break;
    }
    case EventKind::agreement: {
      const auto& a = std::get<Agreement>(e.data);
      if (agreements_.count(e.id) != 0) return fail(Error(Errc::conflict, "an agreement \"" + e.id + "\" exists already").in("id"));
      FL_TRY(const Party* cso, party(a.cso, "cso"));
      if (cso->kind != PartyKind::cso) return refuse("cso", "\"" + a.cso + "\" is not a CSO");
      FL_TRY(const Party* cp, party(a.counterparty, "counterparty"));
      if (cp->kind == PartyKind::cso) return refuse("counterparty", "\"" + a.counterparty + "\" is a CSO, not a counterparty");
      if (a.amount.sign() <= 0) return refuse("amount", "must be more than zero");
      if (a.conditional && a.condition.empty()) return refuse("condition", "a conditional agreement states its condition");
      if (a.form == Form::in_kind && a.valuation_basis.empty()) return refuse("valuation_basis", "an in-kind agreement states how it was valued");
      if (!a.document_sha256.empty() &&
          (a.document_sha256.size() != 64 || !std::all_of(a.document_sha256.begin(), a.document_sha256.end(), [](char ch) {
            return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
          }))) {
        return refuse("document_sha256", "is not 64 lowercase hex digits");
      }
      if (a.schedule.empty()) return refuse("schedule", "an agreement comes with its tranche schedule");
      Int128 sum = 0;
      for (std::size_t i = 0; i < a.schedule.size(); ++i) {
        const auto& t = a.schedule[i];
        const std::string at = "schedule[" + std::to_string(i) + "]";
        if (t.amount.currency() != a.amount.currency()) return refuse(at + ".amount", "is not in the agreement's currency");
        if (t.amount.sign() <= 0) return refuse(at + ".amount", "must be more than zero");
        if (t.due < e.date) return refuse(at + ".due", "falls before the signing date " + e.date.to_string());
        for (std::size_t j = 0; j < i; ++j) {
          if (a.schedule[j].id == t.id) return refuse(at + ".tranche", "tranche \"" + t.id + "\" appears twice");
        }
        sum += t.amount.minor();
      }
      if (sum != a.amount.minor()) {
        return refuse("schedule", "the tranches add up to " + fmt::format("{:c}", Money(a.amount.currency(), sum)) + ", not the agreement's " +
                                      fmt::format("{:c}", a.amount));
      }
      FL_TRY_VOID(check_valuation(a.valuation, a.amount, base, "valuation"));
      FL_TRY_VOID(check_valuation_rate(a.valuation, a.amount, e.date, header, "valuation"));
      break;
    }
    case EventKind::receipt: {
      const auto& r = std::get<Receipt>(e.data);
      FL_TRY(const AgreementState* a, agreement(r.agreement));
      if (a->wholly_cancelled()) return refuse("agreement", "\"" + r.agreement + "\" is cancelled");
      if (a->lapsed) return refuse("agreement", "\"" + r.agreement + "\"'s condition lapsed");
      if (e.date < a->signed_on) return refuse("agreement", "the receipt is dated before the signing, " + a->signed_on.to_string());
      if (r.gross.currency() != a->currency()) {
        return refuse("currency", "the agreement is in " + code(a->currency()) + "; record a receipt in " +
                                      code(r.gross.currency()) + " as a conversion first");
      }
      if (r.gross.sign() <= 0) return refuse("gross", "must be more than zero");
      if (r.bank_charges.sign() < 0 || r.tax_withheld.sign() < 0) return refuse("bank_charges", "deductions are not negative");
      FL_TRY(Money deductions, r.bank_charges.plus(r.tax_withheld));
      if (deductions.minor() > r.gross.minor()) return refuse("bank_charges", "deductions exceed the gross amount");
      if (a->terms.form == Form::in_kind) {
        if (!r.bank_account.empty() || !deductions.is_zero() || !r.overpayment.is_zero()) {
          return refuse("bank_account", "an in-kind delivery moves no cash: no bank account, deductions or over-payment");
        }
        if (a->terms.conditional && !a->condition_met) return refuse("agreement", "in-kind support is recognised once its condition is met");
      } else {
        const auto bank = bank_accounts_.find(r.bank_account);
        if (bank == bank_accounts_.end()) return refuse("bank_account", "\"" + r.bank_account + "\" is not a recorded bank account");
        if (bank->second.cso != a->terms.cso) return refuse("bank_account", "\"" + r.bank_account + "\" belongs to " + bank->second.cso + ", not " + a->terms.cso);
        if (bank->second.opening.currency() != a->currency()) return refuse("bank_account", "\"" + r.bank_account + "\" is a " + code(bank->second.opening.currency()) + " account");
      }
      Int128 allocated = 0;
      for (std::size_t i = 0; i < r.allocation.size(); ++i) {
        const auto& al = r.allocation[i];
        const std::string at = "allocation[" + std::to_string(i) + "]";
        const auto t = std::find_if(a->tranches.begin(), a->tranches.end(), [&](const TrancheState& x) { return x.id == al.tranche; });
        if (t == a->tranches.end()) return refuse(at + ".tranche", "agreement \"" + r.agreement + "\" has no tranche \"" + al.tranche + "\"");
        if (al.amount.sign() <= 0) return refuse(at + ".amount", "must be more than zero");
        if (al.amount.minor() > t->outstanding()) {
          return refuse(at + ".amount", "is more than tranche " + al.tranche + "'s outstanding " + fmt::format("{:c}", Money(a->currency(), t->outstanding())));
        }
        allocated += al.amount.minor();
      }
      if (allocated + r.overpayment.minor() != r.gross.minor()) return refuse("allocation", "the allocation and over-payment do not add up to the gross amount");
      if (r.overpayment.sign() < 0) return refuse("overpayment", "is negative");
      if (r.overpayment.sign() > 0 && allocated != a->outstanding()) {
        // Name what stays outstanding, tranche by tranche, after this receipt's allocation.
        std::string left;
        for (const auto& t : a->tranches) {
          Int128 rest = t.outstanding();
          for (const auto& al : r.allocation) {
            if (al.tranche == t.id) rest -= al.amount.minor();
          }
          if (rest > 0) left += (left.empty() ? "" : ", ") + std::string("tranche ") + t.id + ": " + fmt::format("{:c}", Money(a->currency(), rest));
        }
        return refuse("allocation", fmt::format("{:c}", r.overpayment) + " of the gross would be an over-payment while " +
                                        fmt::format("{:c}", Money(a->currency(), a->outstanding() - allocated)) + " is still outstanding (" + left +
                                        "); allocate it to the tranches first");
      }
      FL_TRY_VOID(check_valuation(r.valuation, r.gross, base, "valuation"));
      FL_TRY_VOID(check_valuation_rate(r.valuation, r.gross, e.date, header, "valuation"));
      break;
    }
    case EventKind::change: {
      const auto& ch = std::get<Change>(e.data);
      FL_TRY(const AgreementState* a, agreement(ch.agreement));
      if (ch.amount.currency() != a->currency()) return refuse("currency", "the agreement is in " + code(a->currency()));
      if (e.date < a->signed_on) return refuse("agreement", "the change is dated before the signing, " + a->signed_on.to_string());
      const Int128 x = ch.amount.minor();
      if (!ch.tranche.empty() &&
          std::none_of(a->tranches.begin(), a->tranches.end(), [&](const TrancheState& t) { return t.id == ch.tranche; })) {
        return refuse("tranche", "agreement \"" + ch.agreement + "\" has no tranche \"" + ch.tranche + "\"");
      }
      const bool closed = a->wholly_cancelled() || a->lapsed;
      const std::string signing_rate = a->terms.valuation.rate;
      const bool at_signing = ch.kind == ChangeKind::cancel || ch.kind == ChangeKind::write_off ||
                              ch.kind == ChangeKind::condition_met || ch.kind == ChangeKind::condition_lapsed;
      if (at_signing && (ch.valuation.rate_event != a->terms.valuation.rate_event ||
                         ch.valuation.rate_date != a->terms.valuation.rate_date ||
                         ch.valuation.source != a->terms.valuation.source)) {
        return refuse("valuation.rate_event", "a " + std::string(change_kind_name(ch.kind)) +
                                                  " is valued at its agreement's signing rate, " +
                                                  (a->terms.valuation.rate_event.empty() ? std::string("\"\"")
                                                                                         : a->terms.valuation.rate_event));
      }
      switch (ch.kind) {
        case ChangeKind::amend: {
          if (closed) return refuse("agreement", "\"" + ch.agreement + "\" is " + std::string(agreement_status_name(a->status())));
          if (x == 0) return refuse("amount", "an amendment changes the amount");
          if (a->committed() + x < a->received) {
            return refuse("amount", "would bring the agreement to " + fmt::format("{:c}", Money(a->currency(), a->committed() + x)) +
                                        ", below the " + fmt::format("{:c}", Money(a->currency(), a->received)) + " already received");
          }
          const auto& t = ch.tranche.empty() ? a->tranches.back()
                                             : *std::find_if(a->tranches.begin(), a->tranches.end(), [&](const TrancheState& s) { return s.id == ch.tranche; });
          if (t.amount + x < t.received) return refuse("amount", "would bring tranche " + t.id + " below what it received");
          FL_TRY_VOID(check_valuation(ch.valuation, ch.amount, base, "valuation"));
          FL_TRY_VOID(check_valuation_rate(ch.valuation, ch.amount, e.date, header, "valuation"));
          break;
        }
        case ChangeKind::cancel:
          if (a->wholly_cancelled()) return refuse("agreement", "\"" + ch.agreement + "\" is cancelled already");
          if (a->lapsed) return refuse("agreement", "\"" + ch.agreement + "\"'s condition lapsed");
          if (x <= 0) return refuse("amount", "a cancellation removes a positive amount");
          {
            Int128 available = a->outstanding();
            for (const auto& t : a->tranches) {
              if (t.id == ch.tranche) available = t.outstanding();
            }
            if (x > available) return refuse("amount", "only " + fmt::format("{:c}", Money(a->currency(), available)) + " is outstanding");
          }
          if (ch.valuation.rate != signing_rate) return refuse("valuation.rate", "a cancellation is valued at the signing rate " + signing_rate);
          FL_TRY_VOID(check_valuation(ch.valuation, ch.amount, base, "valuation"));
          break;
        case ChangeKind::condition_met:
        case ChangeKind::condition_lapsed:
          if (!a->terms.conditional) return refuse("change", "\"" + ch.agreement + "\" has no condition");
          if (a->condition_met || a->lapsed || a->wholly_cancelled()) return refuse("change", "the condition of \"" + ch.agreement + "\" is settled already");
          if (x != 0) return refuse("amount", "a condition change moves no amount");
          if (ch.valuation.rate != signing_rate || ch.valuation.rate_date != a->terms.valuation.rate_date) {
            return refuse("valuation.rate", "a condition change is valued at the signing rate " + signing_rate);
          }
          FL_TRY_VOID(check_valuation(ch.valuation, ch.amount, base, "valuation"));
          break;
        case ChangeKind::refund: {
          if (x <= 0) return refuse("amount", "a refund is positive");
          const Int128 cash_in = a->received + a->overpaid - a->refunded;
          if (x > cash_in) return refuse("amount", "more than the " + fmt::format("{:c}", Money(a->currency(), cash_in)) + " received and not refunded");
          const auto bank = bank_accounts_.find(ch.bank_account);
          if (bank == bank_accounts_.end()) return refuse("bank_account", "\"" + ch.bank_account + "\" is not a recorded bank account");
          if (bank->second.cso != a->terms.cso) return refuse("bank_account", "\"" + ch.bank_account + "\" belongs to " + bank->second.cso);
          FL_TRY_VOID(check_valuation(ch.valuation, ch.amount, base, "valuation"));
          FL_TRY_VOID(check_valuation_rate(ch.valuation, ch.amount, e.date, header, "valuation"));
          break;
        }
        case ChangeKind::write_off:
          if (!a->receivable_booked()) return refuse("agreement", "\"" + ch.agreement + "\" has no receivable to write off");
          if (x <= 0 || x > a->outstanding()) return refuse("amount", "write off between 0 and the " + fmt::format("{:c}", Money(a->currency(), a->outstanding())) + " outstanding");
          if (ch.valuation.rate != signing_rate) return refuse("valuation.rate", "a write-off is valued at the signing rate " + signing_rate);
          FL_TRY_VOID(check_valuation(ch.valuation, ch.amount, base, "valuation"));
          break;
      }
      break;
    }
    case EventKind::statement:
    case EventKind::statement_line:
    case EventKind::match:
    case EventKind::rejection:
    case EventKind::classification:
    case EventKind::reconciliation:
      break;  // checked by banks_ above
  }
  // The bank book's rules (after the domain rules, whose messages say more), then the postings
  // must be exactly what the booking rules give.
  FL_TRY_VOID(banks_.check(e));
  FL_TRY(std::vector<Posting> expected, book(e));
  if (expected != e.postings) {
    return fail(Error(Errc::invalid_input, "do not follow the booking rules for a " + std::string(event_kind_name(e.kind)) + " event")
                    .in("postings"));
  }
  return ok();
}

void Programme::apply(const Transaction& e) {
  for (const Posting& p : e.postings) {
    if (p.account == kReceivable) receivable_[{p.dim(Dimension::cso), code(p.amount.currency())}] += p.amount.minor();
  }
  banks_.apply(e);
  switch (e.kind) {
    case EventKind::txn:
    case EventKind::statement:
    case EventKind::statement_line:
    case EventKind::match:
    case EventKind::rejection:
    case EventKind::classification:
    case EventKind::reconciliation:
      return;
    case EventKind::party: parties_.emplace(e.id, std::get<Party>(e.data)); return;
    case EventKind::bank_account: bank_accounts_.emplace(e.id, std::get<BankAccount>(e.data)); return;
    case EventKind::rate: {
      const auto& q = std::get<RateQuote>(e.data);
      rates_[RateKey{code(q.base), code(q.quote)}][e.date.days()] = e.id;
      rate_events_.insert_or_assign(e.id, RateEntry{e.id, e.date, q, false, {}, {}, {}});
      return;
    }
    case EventKind::rate_withdrawal: {
      RateEntry& r = rate_events_.at(std::get<RateWithdrawal>(e.data).rate);
      r.withdrawn = true;
      r.withdrawn_note = std::get<RateWithdrawal>(e.data).note;
      auto& series = rates_[RateKey{code(r.quote.base), code(r.quote.quote)}];
      const auto it = series.find(r.date.days());
      if (it != series.end() && it->second == r.id) series.erase(it);
      return;
    }
    case EventKind::setting: {
      const auto& st = std::get<Setting>(e.data);
      ++settings_.count[st.name];
      if (st.name == "number-locale") {
        if (auto l = parse_number_locale(st.value)) settings_.number_locale = *l;
      } else if (st.name == "rate-jump-limit") {
        settings_.rate_jump_limit = st.value;
      }
      return;
    }
    case EventKind::agreement: {
      const auto& a = std::get<Agreement>(e.data);
      AgreementState s{.id = e.id, .signed_on = e.date, .terms = a};
      s.counterparty_kind = parties_.at(a.counterparty).kind;
      for (const auto& t : a.schedule) s.tranches.push_back(TrancheState{t.id, t.due, t.amount.minor(), 0, 0});
      s.committed_value = a.valuation.value.minor();
      use_rate(a.valuation, a.amount.currency(), e.date, e.id, true);
      agreements_.emplace(e.id, std::move(s));
      return;
    }
    case EventKind::receipt: {
      const auto& r = std::get<Receipt>(e.data);
      AgreementState& a = agreements_.at(r.agreement);
      for (const auto& al : r.allocation) {
        for (auto& t : a.tranches) {
          if (t.id == al.tranche) t.received += al.amount.minor();
        }
        a.received += al.amount.minor();
        if (a.terms.conditional && !a.condition_met) a.advanced += al.amount.minor();
      }
      a.overpaid += r.overpayment.minor();
      use_rate(r.valuation, r.gross.currency(), e.date, e.id, false);
      // What was allocated to tranches, at the receipt date's rate (the FX-difference column).
      const Money allocated(r.gross.currency(), r.gross.minor() - r.overpayment.minor());
      if (allocated.currency() == r.valuation.value.currency()) {
        a.received_value_at_receipt += allocated.minor();
      } else if (auto rate = Rate::parse(r.valuation.value.currency(), allocated.currency(), r.valuation.rate)) {
        if (auto v = convert(allocated, *rate)) a.received_value_at_receipt += v->minor();
      }
      return;
    }
    case EventKind::change: {
      const auto& ch = std::get<Change>(e.data);
      AgreementState& a = agreements_.at(ch.agreement);
      const Int128 x = ch.amount.minor();
      if (ch.kind == ChangeKind::amend || ch.kind == ChangeKind::refund) use_rate(ch.valuation, ch.amount.currency(), e.date, e.id, false);
      switch (ch.kind) {
        case ChangeKind::amend: {
          auto& t = ch.tranche.empty() ? a.tranches.back()
                                       : *std::find_if(a.tranches.begin(), a.tranches.end(), [&](const TrancheState& s) { return s.id == ch.tranche; });
          t.amount += x;
          a.amended += x;
          a.committed_value += ch.valuation.value.minor();
          break;
        }
        case ChangeKind::cancel:
          for (const auto& [i, take] : take_from_latest(a.tranches, x, ch.tranche)) a.tranches[i].amount -= take;
          a.cancelled += x;
          a.committed_value -= ch.valuation.value.minor();
          if (!ch.note.empty()) a.notes.push_back("cancelled: " + ch.note);
          break;
        case ChangeKind::condition_met:
          a.condition_met = true;
          a.condition_met_on = e.date;
          a.advanced = 0;
          break;
        case ChangeKind::condition_lapsed:
          a.lapsed = true;
          if (!ch.note.empty()) a.notes.push_back("lapsed: " + ch.note);
          break;
        case ChangeKind::refund: {
          const Int128 from_over = std::min(x, a.overpaid);
          a.overpaid -= from_over;
          a.refunded += x;
          break;
        }
        case ChangeKind::write_off:
          for (const auto& [i, take] : take_from_latest(a.tranches, x, ch.tranche)) a.tranches[i].written_off += take;
          a.written_off += x;
          break;
      }
      return;
    }
  }
}

Result<void> Programme::check_receivable() const {
  std::map<std::pair<std::string, std::string>, Int128> expected;
  for (const auto& [id, a] : agreements_) {
    if (a.receivable_booked() && a.outstanding() != 0) expected[{a.terms.cso, code(a.currency())}] += a.outstanding();
  }
  for (const auto& [key, value] : receivable_) {
    const Int128 want = expected.count(key) != 0 ? expected.at(key) : Int128(0);
    if (value != want) {
      const int scale = Currency::parse(key.second)->scale();
      return fail(Errc::corrupt, "the agreements of " + key.first + " have " + format_decimal(want, scale) + " " + key.second +
                                     " outstanding but " + std::string(kReceivable) + " holds " + format_decimal(value, scale));
    }
  }
  for (const auto& [key, want] : expected) {
    if (receivable_.count(key) == 0) {
      return fail(Errc::corrupt, "the agreements of " + key.first + " have " +
                                     format_decimal(want, Currency::parse(key.second)->scale()) + " " + key.second +
                                     " outstanding but nothing is receivable");
    }
  }
  return ok();
}

}  // namespace fl
