// A funding agreement signed with a counterparty for a CSO: its terms, its tranche schedule and
// its valuation at the signing rate. An unconditional cash contribution books the receivable
// against income at signing; anything else books nothing until cash or a condition comes
// (docs/booking.md).
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::amount_text;
using rules::refuse;

namespace {

// The tranches: in the agreement's currency, positive, due on or after the signing, each named
// once, adding up to the agreement's amount.
Result<void> check_schedule(const Agreement& a, Date signed_on) {
  if (a.schedule.empty()) return refuse("schedule", "an agreement comes with its tranche schedule");
  Money sum = Money::zero(a.amount.currency());
  for (std::size_t i = 0; i < a.schedule.size(); ++i) {
    const auto& t = a.schedule[i];
    const std::string at = "schedule[" + std::to_string(i) + "]";
    if (t.amount.currency() != a.amount.currency()) return refuse(at + ".amount", "is not in the agreement's currency");
    if (t.amount.sign() <= 0) return refuse(at + ".amount", "must be more than zero");
    if (t.due < signed_on) return refuse(at + ".due", "falls before the signing date " + signed_on.to_string());
    for (std::size_t j = 0; j < i; ++j) {
      if (a.schedule[j].id == t.id) return refuse(at + ".tranche", "tranche \"" + t.id + "\" appears twice");
    }
    FL_TRY(sum, sum.plus(t.amount));
  }
  if (sum != a.amount) {
    return refuse("schedule", "the tranches add up to " + amount_text(sum) + ", not the agreement's " + amount_text(a.amount));
  }
  return ok();
}

}  // namespace

Result<void> Programme::check_agreement(const Transaction& e, const Header& h) const {
  const auto& a = std::get<Agreement>(e.data);
  if (agreements_.count(AgreementId{e.id}) != 0) return fail(Error(Errc::conflict, "an agreement \"" + e.id + "\" exists already").in("id"));
  FL_TRY(const Party* cso, party(a.cso, "cso"));
  if (cso->kind != PartyKind::cso) return refuse("cso", "\"" + a.cso + "\" is not a CSO");
  FL_TRY(const Party* cp, party(a.counterparty, "counterparty"));
  if (cp->kind == PartyKind::cso) return refuse("counterparty", "\"" + a.counterparty + "\" is a CSO, not a counterparty");
  if (a.amount.sign() <= 0) return refuse("amount", "must be more than zero");
  if (a.conditional && a.condition.empty()) return refuse("condition", "a conditional agreement states its condition");
  if (a.form == Form::in_kind && a.valuation_basis.empty()) return refuse("valuation_basis", "an in-kind agreement states how it was valued");
  if (!a.document_sha256.empty() && !rules::is_sha256_hex(a.document_sha256)) {
    return refuse("document_sha256", "is not 64 lowercase hex digits");
  }
  FL_TRY_VOID(check_schedule(a, e.date));
  FL_TRY_VOID(rules::check_valuation(a.valuation, a.amount, h.base_currency, "valuation", decoded_rate(a.valuation, a.amount.currency(), e.date)));
  FL_TRY_VOID(check_valuation_rate(a.valuation, a.amount, e.date, h, "valuation"));
  return ok();
}

Result<std::vector<Posting>> Programme::book_agreement(const Transaction& e) const {
  std::vector<Posting> out;
  const auto& a = std::get<Agreement>(e.data);
  FL_TRY(const Party* cp, party(a.counterparty, "counterparty"));
  AgreementState s{.terms = a};
  s.counterparty_kind = cp->kind;
  if (s.receivable_booked()) {
    const AgreementId id{e.id};
    out.push_back(rules::line(kReceivable, a.amount, a.cso, id, a.counterparty));
    out.push_back(rules::line(rules::income_account(s), a.amount.negated(), a.cso, id, a.counterparty));
  }
  return out;
}

Result<void> Programme::apply_agreement(const Transaction& e) {
  const auto& a = std::get<Agreement>(e.data);
  AgreementState s{.id = AgreementId{e.id}, .signed_on = e.date, .terms = a};
  s.counterparty_kind = parties_.at(a.counterparty).kind;
  const Money zero = Money::zero(a.amount.currency());
  for (const auto& t : a.schedule) s.tranches.push_back(TrancheState{t.id, t.due, t.amount, zero, zero});
  use_rate(a.valuation, a.amount.currency(), e.date, AgreementId{e.id});
  agreements_.emplace(s.id, std::move(s));
  return ok();
}

}  // namespace fl
