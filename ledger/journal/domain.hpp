#pragma once
// The vocabulary of funding agreements (DESIGN §2): parties, bank accounts, exchange rates,
// agreements with their tranche schedules, receipts, and the changes that happen to an
// agreement after signing. Pure values; the engine holds their state and the booking rules.
// Every amount and currency is stated when a record is made: none defaults to a currency.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "journal/ids.hpp"
#include "money/money.hpp"
#include "time/date.hpp"

namespace fl {

enum class PartyKind : std::uint8_t { cso, government, company, philanthropy, donor };
std::string_view party_kind_name(PartyKind k);
[[nodiscard]] Result<PartyKind> parse_party_kind(std::string_view s);

struct Party {
  std::string name;
  PartyKind kind = PartyKind::cso;
  std::string level;  // government: national|provincial|district|village; company: private|state-owned
  std::string district, province, region_code;  // CSOs
  std::vector<std::string> aliases;             // payer names on bank statements
  friend bool operator==(const Party&, const Party&) = default;
};
// IATI OrganisationType code for a party (22 national NGO, 10/11 government, 70/15 company,
// 60 foundation, 40 for the donor).
int iati_organisation_type(const Party& p);
// "Government", "Company", "Philanthropy", "Donor", "CSO": the <Kind> of Income:Mobilised:<Kind>.
std::string_view income_kind(PartyKind k);

struct BankAccount {
  PartyId cso;
  std::string bank, number;
  std::string account;  // the ledger account, e.g. Assets:Bank:BJB-3204
  Money opening;
  friend bool operator==(const BankAccount&, const BankAccount&) = default;
};

struct RateQuote {
  Currency base;
  Currency quote;
  std::string value;  // as quoted: units of `quote` per one `base`
  std::string source;
  friend bool operator==(const RateQuote&, const RateQuote&) = default;
};

// A rate that no event has used yet, withdrawn (a wrong quote): it no longer values anything.
struct RateWithdrawal {
  EventId rate;  // the rate event's id
  std::string note;  // why
  friend bool operator==(const RateWithdrawal&, const RateWithdrawal&) = default;
};

// A journal-wide setting (docs/format/journal.md §4.5): applies to the writes after it.
struct Setting {
  std::string name;   // number-locale | rate-jump-limit
  std::string value;
  friend bool operator==(const Setting&, const Setting&) = default;
};

// The rate a valued event used, recorded with it so a rate added later never rewrites it.
struct Valuation {
  EventId rate_event;  // the id of the rate event used; empty for an amount in the base currency
  Date rate_date = Date::from_days(0);
  std::string rate;    // as quoted
  std::string source;
  Money value;  // in the ledger's base currency
  // False for a valuation read from a journal written before valuations named their rate
  // event: it is checked against the quote in force instead (docs/format/journal.md §4.3).
  bool rate_event_recorded = true;

  // Not valued yet: what an agreement, receipt or change holds of `amount` between being read
  // and being valued (by the import's completion, or by the journal's valuation read after it).
  static Valuation none(const Money& amount) {
    return Valuation{EventId{}, Date::from_days(0), "", "", Money::zero(amount.currency())};
  }
  friend bool operator==(const Valuation&, const Valuation&) = default;
};

struct Tranche {
  TrancheId id;
  Date due = Date::from_days(0);
  Money amount;
  friend bool operator==(const Tranche&, const Tranche&) = default;
};

enum class Nature : std::uint8_t { contribution, exchange };
enum class Form : std::uint8_t { cash, in_kind };
enum class CountsAs : std::uint8_t { leverage, cost_share };

struct Agreement {
  PartyId cso, counterparty;
  Money amount;
  Nature nature = Nature::contribution;
  Form form = Form::cash;
  std::string valuation_basis;
  bool conditional = false;
  std::string condition;
  CountsAs counts_as = CountsAs::leverage;
  std::string purpose, restriction, document_sha256;
  std::vector<Tranche> schedule;
  Valuation valuation;  // the amount at the signing date's rate
  friend bool operator==(const Agreement&, const Agreement&) = default;
};

struct Allocation {
  TrancheId tranche;
  Money amount;
  friend bool operator==(const Allocation&, const Allocation&) = default;
};

struct Receipt {
  AgreementId agreement;
  Money gross;
  Money bank_charges;
  Money tax_withheld;
  BankAccountId bank_account;  // empty for a receipt in kind
  std::string bank_reference;
  std::vector<Allocation> allocation;  // of the gross, to tranches
  Money overpayment;
  Valuation valuation;  // the gross at the receipt date's rate

  // A receipt of `gross` for `agreement`, not yet allocated, with no over-payment, not valued.
  static Receipt of(AgreementId agreement, Money gross, Money bank_charges, Money tax_withheld) {
    const Money zero = Money::zero(gross.currency());
    Valuation unvalued = Valuation::none(gross);
    return Receipt{std::move(agreement), std::move(gross), std::move(bank_charges), std::move(tax_withheld),
                   BankAccountId{}, "", {}, zero, std::move(unvalued)};
  }
  friend bool operator==(const Receipt&, const Receipt&) = default;
};

enum class ChangeKind : std::uint8_t { amend, cancel, condition_met, condition_lapsed, refund, write_off };
std::string_view change_kind_name(ChangeKind k);
[[nodiscard]] Result<ChangeKind> parse_change_kind(std::string_view s);

struct Change {
  AgreementId agreement;
  ChangeKind kind = ChangeKind::amend;
  Money amount;  // amend: ±; cancel, refund, write-off: > 0
  TrancheId tranche;           // empty: the tranches the rules choose
  BankAccountId bank_account;  // refund
  std::string note;
  Valuation valuation;  // the amount valued (amend: at its date; cancel: at the signing rate)
  friend bool operator==(const Change&, const Change&) = default;
};

// --- Bank reconciliation (docs/reconcile.md) ------------------------------------------------

// A bank statement as imported: which account, the file's fingerprint, its period, and the
// balances it states. Its lines are separate events (StatementLine); rows the bank marks as not
// settled are kept apart here and become lines only once a later statement shows them settled.
struct PendingItem {
  std::string description;
  Money amount;  // credit > 0, debit < 0
  friend bool operator==(const PendingItem&, const PendingItem&) = default;
};
struct StatementInfo {
  BankAccountId bank_account;
  std::string layout;       // the mapping's name
  std::string file_sha256;  // of the file's bytes
  Date from = Date::from_days(0), to = Date::from_days(0);
  Currency currency;  // the bank account's
  std::optional<Money> opening, closing;  // as the statement states them; absent when it does not
  std::size_t lines = 0;    // settled rows in the file (new and already recorded)
  std::vector<PendingItem> pending;
  friend bool operator==(const StatementInfo&, const StatementInfo&) = default;
};

// One settled statement row. It moves nothing in the ledger (no postings) until it is matched to
// the ledger's entries or classified. Its id comes from its identity: the bank's reference where
// there is one, else its content plus its occurrence among identical rows of that date.
struct StatementLine {
  BankAccountId bank_account;
  EventId statement;  // the StatementInfo event that first brought it
  Money amount;  // credit > 0, debit < 0
  std::string reference;
  std::int32_t occurrence = 1;
  std::int32_t row = 0;  // the row's line in the statement file
  friend bool operator==(const StatementLine&, const StatementLine&) = default;
};

// Statement lines and ledger entries (events that moved the bank account's ledger balance) that
// are the same money: their amounts add up to the same total.
struct Match {
  BankAccountId bank_account;
  std::vector<StatementLineId> lines;
  std::vector<EventId> entries;
  std::string proposal;  // the proposal confirmed, or "" when matched by hand
  friend bool operator==(const Match&, const Match&) = default;
};

// A proposal the officer rejected: it is not proposed again.
struct Rejection {
  std::string proposal;
  std::vector<StatementLineId> lines;
  std::string target;  // the entry or agreement proposed
  friend bool operator==(const Rejection&, const Rejection&) = default;
};

// A statement line that is not agreement money, booked to an account of its own (bank interest,
// bank charges, …): its postings move the bank account by the line's amount.
struct Classification {
  BankAccountId bank_account;
  StatementLineId line;
  std::string account;
  friend bool operator==(const Classification&, const Classification&) = default;
};

// A bank account reconciled as of the event's date: the figures of the reconciliation statement,
// with a zero unexplained difference. Later events that would change that period are refused.
struct Reconciliation {
  BankAccountId bank_account;
  Money bank_balance;
  Money ledger_balance;
  Money in_bank_not_recorded;
  Money recorded_not_in_bank;
  friend bool operator==(const Reconciliation&, const Reconciliation&) = default;
};

using DomainData = std::variant<std::monostate, Party, BankAccount, RateQuote, Agreement, Receipt, Change,
                                StatementInfo, StatementLine, Match, Rejection, Classification, Reconciliation,
                                RateWithdrawal, Setting>;

}  // namespace fl
