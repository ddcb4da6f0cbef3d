#pragma once
// The state of a funding programme as replay builds it: parties, bank accounts, rates and
// agreements, and the booking rules that turn each domain event into its postings
// (DESIGN §2, docs/booking.md). Pure: no I/O, no clock.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "engine/bank_book.hpp"
#include "journal/event.hpp"
#include "money/locale_amount.hpp"
#include "money/rate.hpp"

namespace fl {

// The accounts agreements control: only agreement events may post to them.
inline constexpr std::string_view kReceivable = "Assets:Receivable:Agreements";
inline constexpr std::string_view kRefundableAdvances = "Liabilities:RefundableAdvances";
inline constexpr std::string_view kContractLiabilities = "Liabilities:ContractLiabilities";
inline constexpr std::string_view kOverpayments = "Liabilities:Overpayments";
inline constexpr std::string_view kMobilised = "Income:Mobilised";
bool controlled_account(std::string_view account);

struct TrancheState {
  TrancheId id;
  Date due = Date::from_days(0);
  Money amount;       // after amendments and cancellations
  Money received;     // allocated receipts
  Money written_off;  // all three in the agreement's currency
  [[nodiscard]] Result<Money> outstanding() const;  // amount − received − written_off, checked
};

enum class AgreementStatus { signed_, active, fully_received, cancelled, condition_lapsed };
std::string_view agreement_status_name(AgreementStatus s);

struct AgreementState {
  AgreementId id;
  Date signed_on = Date::from_days(0);
  Agreement terms;  // as signed
  PartyKind counterparty_kind = PartyKind::government;
  std::vector<TrancheState> tranches;
  // In the agreement's currency, zero at signing (a member's initializer may read `terms`, which
  // comes before it).
  Money amended = Money::zero(currency()), cancelled = amended, received = amended, overpaid = amended,
        refunded = amended, written_off = amended;
  Money advanced = amended;  // received before the condition was met (RefundableAdvances)
  bool condition_met = false;
  std::optional<Date> condition_met_on;
  bool lapsed = false;
  // In the base currency: signing + amendments − cancellations, as valued; receipts at their own
  // date's rate.
  Money committed_value = terms.valuation.value;
  Money received_value_at_receipt = Money::zero(terms.valuation.value.currency());
  std::vector<std::string> notes;  // cancellation and lapse reasons, for reports

  Currency currency() const { return terms.amount.currency(); }
  // Checked sums: an amount beyond 128 bits is an error, never an abort.
  [[nodiscard]] Result<Money> committed() const;    // terms.amount + amended − cancelled
  [[nodiscard]] Result<Money> outstanding() const;  // of the tranches
  bool wholly_cancelled() const;
  // Recognised as a receivable and income: an unconditional cash contribution, or a
  // conditional one whose condition was met.
  bool receivable_booked() const;
  AgreementStatus status() const;
  // DESIGN §2 "What counts".
  bool counts() const;
  std::string not_counted_reason() const;  // "" when it counts
};

class Programme {
 public:
  // Checks a domain event against the state (parties and agreements exist, amounts fit, the
  // recorded valuation is right) and that its postings are exactly what the booking rules
  // give. `base` is the ledger's base currency and `rate_age_days_max` the fallback limit.
  [[nodiscard]] Result<void> check(const Transaction& e, const Header& header) const;
  // An error only when a figure of the state would pass the 128-bit range.
  [[nodiscard]] Result<void> apply(const Transaction& e);

  // The postings the booking rules give for `e` (whose data is complete, valuation included).
  [[nodiscard]] Result<std::vector<Posting>> book(const Transaction& e) const;
  // The base-currency value of `amount` on `date`: the latest rate on or before it, at most
  // `age_days_max` days old; refused (naming the dates) otherwise. Never a silent zero.
  [[nodiscard]] Result<Valuation> value_at(const Money& amount, Date date, Currency base,
                                           int age_days_max) const;
  // A recorded rate event, as replay keeps it.
  struct RateEntry {
    EventId id;
    Date date = Date::from_days(0);
    RateQuote quote;  // no default: stated when the rate event is applied
    Rate rate;        // the quote decoded, once, when the rate event is applied
    bool withdrawn = false;
    // What stands on it: agreements signed at it (a cancellation or write-off reuses the signing
    // rate and is no use of its own), and the receipts, amendments and refunds valued at it.
    std::vector<AgreementId> agreements;
    std::vector<EventId> others;
    std::string withdrawn_note;  // the withdrawal's note
  };
  // The rate event `id`, if recorded (withdrawn ones included).
  const RateEntry* rate_event(const EventId& id) const;
  // The quote of base/quote in force on `date` (recorded and not withdrawn), if any.
  const RateEntry* rate_on(Currency base, Currency quote, Date date) const;
  // A withdrawn quote of the pair on `date` with this value, if any (so it is not recorded again).
  const RateEntry* withdrawn_quote(Currency base, Currency quote, Date date, const std::string& value) const;
  // The neighbour a new quote of the pair dated `date` is compared with (plausibility): the
  // latest quote before `date`, or, when there is none, the earliest after it.
  const RateEntry* neighbour_quote(Currency base, Currency quote, Date date) const;
  // The id a new rate of the pair on `date` gets: RATE-<base>-<quote>-<date>, with ".2", ".3", …
  // when earlier quotes of that day were withdrawn.
  EventId next_rate_id(Currency base, Currency quote, Date date) const;

  // Journal-wide settings (docs/format/journal.md §4.5), as the setting events left them.
  struct Settings {
    std::optional<NumberLocale> number_locale;
    std::string rate_jump_limit = "10";  // percent
    std::map<std::string, int> count;     // setting events per name
  };
  const Settings& settings() const { return settings_; }

  // The default allocation of `gross` to an agreement's tranches: oldest due first.
  [[nodiscard]] Result<std::vector<Allocation>> allocate_oldest_first(const AgreementId& agreement,
                                                                      const Money& gross) const;

  const std::map<PartyId, Party>& parties() const { return parties_; }
  const std::map<BankAccountId, BankAccount>& bank_accounts() const { return bank_accounts_; }
  const std::map<AgreementId, AgreementState>& agreements() const { return agreements_; }
  // Receivable balance per (cso, currency code), for the replay pair-check.
  const std::map<std::pair<PartyId, std::string>, Money>& receivable() const { return receivable_; }
  // The pair-check: every CSO's agreements' outstanding amounts add up to its receivable.
  [[nodiscard]] Result<void> check_receivable() const;
  // Statements, their lines, the ledger's bank entries, matches and reconciliations.
  const BankBook& banks() const { return banks_; }

 private:
  struct RateKey {
    std::string base, quote;
    auto operator<=>(const RateKey&) const = default;
  };
  std::map<PartyId, Party> parties_;
  std::map<BankAccountId, BankAccount> bank_accounts_;
  std::map<std::string, BankAccountId> bank_by_account_;  // ledger account -> bank account, so a duplicate is one lookup
  std::map<RateKey, std::map<std::int32_t, EventId>> rates_;  // in force, by day number -> id
  std::map<EventId, RateEntry> rate_events_;                   // by id
  Settings settings_;
  std::map<AgreementId, AgreementState> agreements_;
  std::map<std::pair<PartyId, std::string>, Money> receivable_;
  BankBook banks_;

  Result<const AgreementState*> agreement(const AgreementId& id) const;
  Result<const Party*> party(const PartyId& id, std::string_view field) const;
  Result<const BankAccount*> bank_account(const BankAccountId& id) const;

  // engine/rates.cpp: a valuation of `amount` on `on` names a rate event in force then, the
  // latest of its pair, within the age limit, and is exactly its conversion
  // (docs/format/journal.md §4.3); use_rate() records what stands on a rate event.
  Result<void> check_valuation_rate(const Valuation& v, const Money& amount, Date on, const Header& h,
                                    std::string_view field) const;
  void use_rate(const Valuation& v, Currency of, Date on, const AgreementId& signed_at);
  void use_rate(const Valuation& v, Currency of, Date on, const EventId& valued);
  RateEntry* used_rate(const Valuation& v, Currency of, Date on);

  // The decoded rate of the recorded rate event a valuation of an amount in `of` states (by its
  // id, or, for a valuation written before they named one, the quote in force on `on`), when
  // its quote is the valuation's; nullptr otherwise (the valuation's rate text is then parsed,
  // and refused if it is not a rate).
  const Rate* decoded_rate(const Valuation& v, Currency of, Date on) const;

  // The booking rules, one file of engine/rules/ per event kind (docs/architecture.md): each
  // kind's check (the state it needs, the amounts that fit), its postings (book) and its effect
  // on the state (apply). check(), book() and apply() above only dispatch to these.
  Result<void> check_transaction(const Transaction& e) const;  // rules/transaction.cpp
  Result<void> check_party(const Transaction& e) const;        // rules/party.cpp
  void apply_party(const Transaction& e);
  Result<void> check_bank_account(const Transaction& e) const;  // rules/bank_account.cpp
  std::vector<Posting> book_bank_account(const Transaction& e) const;
  void apply_bank_account(const Transaction& e);
  Result<void> check_rate(const Transaction& e) const;  // rules/rate.cpp
  void apply_rate(const Transaction& e);
  Result<void> check_rate_withdrawal(const Transaction& e) const;  // rules/rate_withdrawal.cpp
  void apply_rate_withdrawal(const Transaction& e);
  Result<void> check_setting(const Transaction& e) const;  // rules/setting.cpp
  void apply_setting(const Transaction& e);
  Result<void> check_agreement(const Transaction& e, const Header& h) const;  // rules/agreement.cpp
  Result<std::vector<Posting>> book_agreement(const Transaction& e) const;
  Result<void> apply_agreement(const Transaction& e);
  Result<void> check_receipt(const Transaction& e, const Header& h) const;  // rules/receipt.cpp
  Result<std::vector<Posting>> book_receipt(const Transaction& e) const;
  Result<void> apply_receipt(const Transaction& e);
  // rules/change.cpp: what every change of an agreement must meet, then its kind's own rules.
  Result<void> check_change(const Transaction& e, const Header& h) const;
  Result<std::vector<Posting>> book_change(const Transaction& e) const;
  Result<void> apply_change(const Transaction& e);
  // rules/amendment.cpp
  Result<void> check_amendment(const Change& ch, const AgreementState& a, Date on, const Header& h) const;
  Result<std::vector<Posting>> book_amendment(const Change& ch, const AgreementState& a) const;
  Result<void> apply_amendment(const Change& ch, AgreementState& a);
  // rules/cancellation.cpp
  Result<void> check_cancellation(const Change& ch, const AgreementState& a, const Header& h) const;
  Result<std::vector<Posting>> book_cancellation(const Change& ch, const AgreementState& a) const;
  Result<void> apply_cancellation(const Change& ch, AgreementState& a);
  // rules/condition.cpp: a condition met or lapsed.
  Result<void> check_condition(const Change& ch, const AgreementState& a, const Header& h) const;
  Result<std::vector<Posting>> book_condition_met(const Change& ch, const AgreementState& a) const;
  void apply_condition(const Change& ch, AgreementState& a, Date on);
  // rules/refund.cpp
  Result<void> check_refund(const Change& ch, const AgreementState& a, Date on, const Header& h) const;
  Result<std::vector<Posting>> book_refund(const Change& ch, const AgreementState& a) const;
  Result<void> apply_refund(const Change& ch, AgreementState& a);
  // rules/write_off.cpp
  Result<void> check_write_off(const Change& ch, const AgreementState& a, const Header& h) const;
  Result<std::vector<Posting>> book_write_off(const Change& ch, const AgreementState& a) const;
  Result<void> apply_write_off(const Change& ch, AgreementState& a);
};

}  // namespace fl
