#include "engine/derive.hpp"

#include <algorithm>

#include "engine/valuation.hpp"

namespace fl {
namespace {

Result<const AgreementState*> recorded_agreement(const Programme& prog, const AgreementId& agreement) {
  const auto it = prog.agreements().find(agreement);
  if (it == prog.agreements().end()) {
    return fail(Error(Errc::invalid_input, "\"" + agreement + "\" is not a recorded agreement").in("agreement"));
  }
  return &it->second;
}

// What the allocation adds up to (of the allocations in the gross's currency; checked).
Result<Money> allocated_of(const Receipt& r) {
  Money allocated = Money::zero(r.gross.currency());
  for (const auto& al : r.allocation) {
    if (al.amount.currency() != r.gross.currency()) continue;
    FL_TRY(allocated, allocated.plus(al.amount));
  }
  return allocated;
}

Result<void> derive_receipt(Transaction& e, const Ledger& ledger, const DeriveOptions& options) {
  const Programme& prog = ledger.programme();
  const Header& h = ledger.header();
  auto& r = std::get<Receipt>(e.data);
  FL_TRY(const AgreementState* a, recorded_agreement(prog, r.agreement));
  if (a->terms.cso != options.cso) {
    return fail(Error(Errc::invalid_input, "agreement \"" + r.agreement + "\" is " + a->terms.cso + "'s, not " + options.cso)
                    .in("cso"));
  }
  if (options.allocate) {
    FL_TRY(r.allocation, prog.allocate_oldest_first(r.agreement, r.gross));
  }
  FL_TRY(const Money allocated, allocated_of(r));
  if (!options.allocate && allocated > r.gross) {
    // An explicit allocation: what the gross has beyond it is an over-payment, which the
    // booking rules accept only once nothing is outstanding.
    return fail(Error(Errc::invalid_input, "the allocation adds up to " + allocated.to_string() + " " +
                                               std::string(r.gross.currency().code()) + ", more than the gross " +
                                               r.gross.to_string() + " " + std::string(r.gross.currency().code()))
                    .in("allocation"));
  }
  FL_TRY(r.overpayment, r.gross.minus(allocated));
  FL_TRY(r.valuation, prog.value_at(r.gross, e.date, h.base_currency, h.rate_age_days_max));
  return check_value_fits(r.valuation, "gross");
}

Result<void> derive_change(Transaction& e, const Ledger& ledger) {
  const Programme& prog = ledger.programme();
  const Header& h = ledger.header();
  auto& ch = std::get<Change>(e.data);
  FL_TRY(const AgreementState* a, recorded_agreement(prog, ch.agreement));
  if (ch.kind == ChangeKind::cancel && ch.amount.is_zero()) {
    if (a->wholly_cancelled()) {
      return fail(Error(Errc::invalid_input, "\"" + ch.agreement + "\" is cancelled already").in("agreement"));
    }
    FL_TRY(const Money outstanding, a->outstanding());
    if (outstanding.is_zero()) {
      return fail(Error(Errc::invalid_input, "nothing of \"" + ch.agreement + "\" is outstanding to cancel").in("agreement"));
    }
    ch.amount = outstanding;
  }
  if (ch.kind == ChangeKind::amend || ch.kind == ChangeKind::refund) {
    FL_TRY(ch.valuation, prog.value_at(ch.amount, e.date, h.base_currency, h.rate_age_days_max));
  } else if (ch.kind == ChangeKind::cancel || ch.kind == ChangeKind::write_off) {
    FL_TRY(ch.valuation, value_at_signing_rate(*a, ch.amount, h.base_currency));
  } else {  // a condition met or lapsed moves no amount
    FL_TRY(ch.valuation, value_at_signing_rate(*a, Money::zero(a->currency()), h.base_currency));
  }
  return check_value_fits(ch.valuation, "amount");
}

// The schedule's rows in another order are the same schedule: compare tranche by tranche, in the
// recorded order, when both name the same tranches.
void order_like(std::vector<Tranche>& given, const std::vector<Tranche>& recorded) {
  auto ids = [](const std::vector<Tranche>& ts) {
    std::vector<TrancheId> out;
    for (const auto& t : ts) out.push_back(t.id);
    return out;
  };
  const auto recorded_ids = ids(recorded);
  const auto given_ids = ids(given);
  if (!std::is_permutation(recorded_ids.begin(), recorded_ids.end(), given_ids.begin(), given_ids.end())) return;
  std::stable_sort(given.begin(), given.end(), [&](const Tranche& l, const Tranche& r) {
    return std::find(recorded_ids.begin(), recorded_ids.end(), l.id) < std::find(recorded_ids.begin(), recorded_ids.end(), r.id);
  });
}

}  // namespace

Result<void> derive_event(Transaction& e, const Ledger& ledger, const DeriveOptions& options) {
  const Header& h = ledger.header();
  switch (e.kind) {
    case EventKind::agreement: {
      auto& a = std::get<Agreement>(e.data);
      FL_TRY(a.valuation, ledger.programme().value_at(a.amount, e.date, h.base_currency, h.rate_age_days_max));
      FL_TRY_VOID(check_value_fits(a.valuation, "amount"));
      break;
    }
    case EventKind::receipt:
      FL_TRY_VOID(derive_receipt(e, ledger, options));
      break;
    case EventKind::change:
      FL_TRY_VOID(derive_change(e, ledger));
      break;
    default:
      break;
  }
  FL_TRY(e.postings, ledger.programme().book(e));
  return ok();
}

void take_derived(Transaction& e, const Transaction& recorded) {
  if (e.kind == EventKind::txn) return;  // a plain transaction's postings are what it says
  e.postings = recorded.postings;
  if (e.kind != recorded.kind) return;
  if (auto* a = std::get_if<Agreement>(&e.data)) {
    const auto& x = std::get<Agreement>(recorded.data);
    a->valuation = x.valuation;
    order_like(a->schedule, x.schedule);
  }
  if (auto* r = std::get_if<Receipt>(&e.data)) {
    const auto& x = std::get<Receipt>(recorded.data);
    if (r->allocation.empty()) {
      r->allocation = x.allocation;
      r->overpayment = x.overpayment;
    } else {  // an explicit allocation: the rest of the gross is the over-payment, as derive_event derives it
      // (a sum past 128 bits leaves it as given: the comparison with the recorded event names it)
      const auto allocated = allocated_of(*r);
      if (auto rest = allocated ? r->gross.minus(*allocated) : Result<Money>(allocated)) r->overpayment = *rest;
    }
    r->valuation = x.valuation;
  }
  if (auto* c = std::get_if<Change>(&e.data)) {
    const auto& x = std::get<Change>(recorded.data);
    if (c->kind == ChangeKind::cancel && c->amount.is_zero()) c->amount = x.amount;
    c->valuation = x.valuation;
  }
}

std::string statement_identity(const BankAccountId& bank_account, const std::string& file_sha256) {
  return bank_account.str() + "\n" + file_sha256;
}

std::string corrected_statement_identity(const BankAccountId& bank_account, const std::string& file_sha256, Date from, Date to) {
  return bank_account.str() + "\n" + file_sha256 + "\n" + from.to_string() + "\n" + to.to_string();
}

std::string statement_line_identity(const BankAccountId& bank_account, Date date, const std::string& amount,
                                    const std::string& description, const std::string& reference, std::int32_t occurrence,
                                    bool told_apart) {
  const std::string us = "\x1f";
  const std::string occ = us + std::to_string(occurrence);
  if (reference.empty()) return bank_account.str() + us + date.to_string() + us + amount + us + description + occ;
  const std::string base = bank_account.str() + us + "ref" + us + date.to_string() + us + reference;
  return told_apart ? base + us + amount + us + description + occ : base + occ;
}

std::string match_identity(const std::vector<StatementLineId>& lines, const std::vector<EventId>& entries) {
  std::string identity;
  for (const auto& id : lines) identity += id.str() + ",";
  identity += "|";
  for (const auto& id : entries) identity += id.str() + ",";

  return identity;
}

}  // namespace fl
