#include "engine/programme.hpp"

#include <algorithm>

#include "engine/rules/helpers.hpp"
#include "money/decimal.hpp"

// The programme's state and the dispatch of each event to its kind's rules (engine/rules/).
namespace fl {

using rules::code;
using rules::refuse;

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

Result<Money> TrancheState::outstanding() const {
  FL_TRY(Money left, amount.minus(received));
  return left.minus(written_off);
}

Result<Money> AgreementState::committed() const {
  FL_TRY(Money sum, terms.amount.plus(amended));
  return sum.minus(cancelled);
}

Result<Money> AgreementState::outstanding() const {
  Money sum = Money::zero(currency());
  for (const auto& t : tranches) {
    FL_TRY(Money part, t.outstanding());
    FL_TRY(sum, sum.plus(part));
  }
  return sum;
}

bool AgreementState::wholly_cancelled() const {
  const auto c = committed();
  return cancelled.sign() > 0 && c && c->is_zero();  // a commitment past 128 bits is not zero
}

bool AgreementState::receivable_booked() const {
  return terms.nature == Nature::contribution && terms.form == Form::cash &&
         (!terms.conditional || condition_met);
}

AgreementStatus AgreementState::status() const {
  if (lapsed) return AgreementStatus::condition_lapsed;
  if (wholly_cancelled()) return AgreementStatus::cancelled;
  const auto left = outstanding();
  if (received.sign() > 0 && left && left->is_zero()) return AgreementStatus::fully_received;
  if (received.sign() > 0 || condition_met) return AgreementStatus::active;
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

Result<const AgreementState*> Programme::agreement(const AgreementId& id) const {
  auto it = agreements_.find(id);
  if (it == agreements_.end()) return refuse("agreement", "\"" + id + "\" is not a recorded agreement");
  return &it->second;
}

Result<const Party*> Programme::party(const PartyId& id, std::string_view field) const {
  auto it = parties_.find(id);
  if (it == parties_.end()) return refuse(field, "\"" + id + "\" is not a recorded party");
  return &it->second;
}

Result<const BankAccount*> Programme::bank_account(const BankAccountId& id) const {
  const auto it = bank_accounts_.find(id);
  if (it == bank_accounts_.end()) return refuse("bank_account", "\"" + id + "\" is not a recorded bank account");
  return &it->second;
}

Result<std::vector<Allocation>> Programme::allocate_oldest_first(const AgreementId& id, const Money& gross) const {
  FL_TRY(const AgreementState* a, agreement(id));
  std::vector<std::size_t> order(a->tranches.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return a->tranches[x].due < a->tranches[y].due;
  });
  std::vector<Allocation> out;
  Money left = gross;
  for (std::size_t i : order) {
    FL_TRY(const Money outstanding, a->tranches[i].outstanding());
    const Money take = std::min(left, outstanding);
    if (take.sign() > 0) {
      out.push_back(Allocation{a->tranches[i].id, take});
      FL_TRY(left, left.minus(take));
    }
  }
  return out;
}

Result<std::vector<Posting>> Programme::book(const Transaction& e) const {
  switch (e.kind) {
    case EventKind::statement:
    case EventKind::statement_line:
    case EventKind::match:
    case EventKind::rejection:
    case EventKind::classification:
    case EventKind::reconciliation: return banks_.book(e);
    case EventKind::txn:
    case EventKind::party:
    case EventKind::rate:
    case EventKind::rate_withdrawal:
    case EventKind::setting: return std::vector<Posting>{};
    case EventKind::bank_account: return book_bank_account(e);
    case EventKind::agreement: return book_agreement(e);
    case EventKind::receipt: return book_receipt(e);
    case EventKind::change: return book_change(e);
  }
  return std::vector<Posting>{};
}

Result<void> Programme::check(const Transaction& e, const Header& header) const {
  switch (e.kind) {
    case EventKind::txn: return check_transaction(e);
    case EventKind::party: FL_TRY_VOID(check_party(e)); break;
    case EventKind::bank_account: FL_TRY_VOID(check_bank_account(e)); break;
    case EventKind::rate: FL_TRY_VOID(check_rate(e)); break;
    case EventKind::rate_withdrawal: FL_TRY_VOID(check_rate_withdrawal(e)); break;
    case EventKind::setting: FL_TRY_VOID(check_setting(e)); break;
    case EventKind::agreement: FL_TRY_VOID(check_agreement(e, header)); break;
    case EventKind::receipt: FL_TRY_VOID(check_receipt(e, header)); break;
    case EventKind::change: FL_TRY_VOID(check_change(e, header)); break;
    case EventKind::statement:
    case EventKind::statement_line:
    case EventKind::match:
    case EventKind::rejection:
    case EventKind::classification:
    case EventKind::reconciliation: break;  // the bank book's rules, below
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

Result<void> Programme::apply(const Transaction& e) {
  for (const Posting& p : e.postings) {
    if (p.account != kReceivable) continue;
    auto& sum = receivable_.try_emplace({PartyId{p.dim(Dimension::cso)}, code(p.amount.currency())}, Money::zero(p.amount.currency())).first->second;
    FL_TRY(sum, sum.plus(p.amount));
  }
  FL_TRY_VOID(banks_.apply(e));
  switch (e.kind) {
    case EventKind::txn:
    case EventKind::statement:
    case EventKind::statement_line:
    case EventKind::match:
    case EventKind::rejection:
    case EventKind::classification:
    case EventKind::reconciliation: return ok();
    case EventKind::party: apply_party(e); return ok();
    case EventKind::bank_account: apply_bank_account(e); return ok();
    case EventKind::rate: apply_rate(e); return ok();
    case EventKind::rate_withdrawal: apply_rate_withdrawal(e); return ok();
    case EventKind::setting: apply_setting(e); return ok();
    case EventKind::agreement: return apply_agreement(e);
    case EventKind::receipt: return apply_receipt(e);
    case EventKind::change: return apply_change(e);
  }
  return ok();
}

Result<void> Programme::check_receivable() const {
  std::map<std::pair<PartyId, std::string>, Money> expected;
  for (const auto& [id, a] : agreements_) {
    if (!a.receivable_booked()) continue;
    FL_TRY(const Money outstanding, a.outstanding());
    if (outstanding.is_zero()) continue;
    auto& sum = expected.try_emplace({a.terms.cso, code(a.currency())}, Money::zero(a.currency())).first->second;
    FL_TRY(sum, sum.plus(outstanding));
  }
  for (const auto& [key, value] : receivable_) {
    const auto it = expected.find(key);
    const Money want = it != expected.end() ? it->second : Money::zero(value.currency());
    if (value != want) {
      return fail(Errc::corrupt, "the agreements of " + key.first + " have " + want.to_string() + " " + key.second +
                                     " outstanding but " + std::string(kReceivable) + " holds " + value.to_string());
    }
  }
  for (const auto& [key, want] : expected) {
    if (receivable_.count(key) == 0) {
      return fail(Errc::corrupt, "the agreements of " + key.first + " have " + want.to_string() + " " + key.second +
                                     " outstanding but nothing is receivable");
    }
  }
  return ok();
}

}  // namespace fl
