#pragma once
// The vocabulary of funding agreements (DESIGN §2): parties, bank accounts, exchange rates,
// agreements with their tranche schedules, receipts, and the changes that happen to an
// agreement after signing. Pure values; the engine holds their state and the booking rules.
#include <optional>
#include <string>
#include <variant>
#include <vector>

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
  std::string cso, bank, number;
  std::string account;  // the ledger account, e.g. Assets:Bank:BJB-3204
  Money opening{Currency::at_index(0), Int128(0)};
  friend bool operator==(const BankAccount&, const BankAccount&) = default;
};

struct RateQuote {
  Currency base = Currency::at_index(0);
  Currency quote = Currency::at_index(0);
  std::string value;  // as quoted: units of `quote` per one `base`
  std::string source;
  friend bool operator==(const RateQuote&, const RateQuote&) = default;
};

// The rate a valued event used, recorded with it so a rate added later never rewrites it.
struct Valuation {
  Date rate_date = Date::from_days(0);
  std::string rate;    // as quoted
  std::string source;
  Money value{Currency::at_index(0), Int128(0)};  // in the ledger's base currency
  friend bool operator==(const Valuation&, const Valuation&) = default;
};

struct Tranche {
  std::string id;
  Date due = Date::from_days(0);
  Money amount{Currency::at_index(0), Int128(0)};
  friend bool operator==(const Tranche&, const Tranche&) = default;
};

enum class Nature : std::uint8_t { contribution, exchange };
enum class Form : std::uint8_t { cash, in_kind };
enum class CountsAs : std::uint8_t { leverage, cost_share };

struct Agreement {
  std::string cso, counterparty;
  Money amount{Currency::at_index(0), Int128(0)};
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
  std::string tranche;
  Money amount{Currency::at_index(0), Int128(0)};
  friend bool operator==(const Allocation&, const Allocation&) = default;
};

struct Receipt {
  std::string agreement;
  Money gross{Currency::at_index(0), Int128(0)};
  Money bank_charges{Currency::at_index(0), Int128(0)};
  Money tax_withheld{Currency::at_index(0), Int128(0)};
  std::string bank_account, bank_reference;
  std::vector<Allocation> allocation;  // of the gross, to tranches
  Money overpayment{Currency::at_index(0), Int128(0)};
  Valuation valuation;  // the gross at the receipt date's rate
  friend bool operator==(const Receipt&, const Receipt&) = default;
};

enum class ChangeKind : std::uint8_t { amend, cancel, condition_met, condition_lapsed, refund, write_off };
std::string_view change_kind_name(ChangeKind k);
[[nodiscard]] Result<ChangeKind> parse_change_kind(std::string_view s);

struct Change {
  std::string agreement;
  ChangeKind kind = ChangeKind::amend;
  Money amount{Currency::at_index(0), Int128(0)};  // amend: ±; cancel, refund, write-off: > 0
  std::string tranche;
  std::string bank_account;  // refund
  std::string note;
  Valuation valuation;  // the amount valued (amend: at its date; cancel: at the signing rate)
  friend bool operator==(const Change&, const Change&) = default;
};

using DomainData = std::variant<std::monostate, Party, BankAccount, RateQuote, Agreement, Receipt, Change>;

}  // namespace fl
