#pragma once
// Match proposals between bank statement lines and what the ledger knows (docs/reconcile.md
// "Matching rules"): deterministic, so the same journal always gives the same proposals with
// the same ids. Pure: no I/O, no clock.
#include <optional>
#include <string>
#include <vector>

#include "engine/programme.hpp"

namespace fl {

struct MatchRules {
  int days_before_due = 30;   // a transfer may arrive this many days before a tranche is due
  int days_after_due = 90;    // … or this many days after
  int entry_days = 10;        // between a recorded receipt's date and its statement line's
  // Bank charges a payer's bank may deduct in transit, in whole units of the line's currency;
  // by default IDR 50,000 and 50 of any other currency.
  std::optional<std::int64_t> tolerance;
};

enum class ProposalKind {
  entry,        // a ledger entry recorded already (a receipt, a refund, …)
  tranche,      // outstanding tranches with no receipt yet: confirming records the receipt
  overpayment,  // an agreement received in full already: confirming records an over-payment
};
std::string_view proposal_kind_name(ProposalKind k);

struct Proposal {
  std::string id;  // P- and 12 hex digits of a 64-bit FNV-1a hash of what it proposes
  ProposalKind kind = ProposalKind::entry;
  BankAccountId bank_account;
  PartyId cso;
  Currency currency;  // the bank account's; set when the proposal is made
  std::vector<StatementLineId> lines;  // statement lines, by date
  EventId entry;                       // kind entry
  AgreementId agreement;
  PartyId counterparty;
  std::vector<TrancheId> tranches;  // kind tranche: those the transfer pays, oldest due first
  Date date = Date::from_days(0);     // the latest line's date
  Money amount = Money::zero(currency);  // the lines' total
  Money expected = amount;               // what the target expects
  std::vector<std::string> evidence;  // why: "amount", "reference", "payer PEMKAB BANDUNG", …
  bool by_payer = false;  // kind entry: a receipt found by its payer and amount alone, dated too early to be near
  bool exact = false;  // the only proposal for its lines and its target, nothing deducted, not by_payer
  // The proposals it competes with, itself included, in proposal order: those sharing a line or
  // a target with it, and so on transitively (one decision for the officer). Empty when alone.
  std::vector<std::string> competing;
  // What the payer's bank kept: at most the tolerance, as propose() made it (so never an overflow).
  Result<Money> deducted() const { return expected.minus(amount); }
  // The entry or agreement proposed, as a rejection records it.
  std::string target() const { return kind == ProposalKind::entry ? entry.str() : agreement.str(); }
  bool ambiguous() const { return !competing.empty(); }
  // "exact", "ambiguous" (it competes with others) or "review".
  std::string_view status() const { return exact ? "exact" : ambiguous() ? "ambiguous" : "review"; }
};

// What a proposal would settle, for telling competing proposals apart: the entry (of its bank
// account), or the agreement and the first tranche it pays.
std::string target_key(const Proposal& p);

// Every proposal for the open statement lines, those rejected left out, each with whether it is
// exact and which proposals it competes with; ordered by bank account, date and id.
std::vector<Proposal> propose(const Programme& programme, const MatchRules& rules);


}  // namespace fl
