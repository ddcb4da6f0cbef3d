#include "engine/rules/helpers.hpp"

#include <algorithm>
#include <optional>

#include "money/formatters.hpp"
#include "money/rate.hpp"

namespace fl::rules {

Unexpected refuse(std::string_view field, std::string message) {
  return fail(Error(Errc::invalid_input, std::move(message)).in("data." + std::string(field)));
}

std::string code(Currency c) { return std::string(c.code()); }
std::string amount_text(const Money& m) { return fmt::format("{:c}", m); }

Posting line(std::string_view account, const Money& amount, const PartyId& cso,
             const AgreementId& agreement, const PartyId& counterparty, const TrancheId& tranche) {
  return Posting{std::string(account), amount, Dimensions{cso.str(), agreement.str(), counterparty.str(), tranche.str()}};
}

std::string income_account(const AgreementState& a) {
  if (a.counterparty_kind == PartyKind::donor) return "Income:Grants:Donor";
  if (a.terms.nature == Nature::exchange) return "Income:Contracts:" + std::string(income_kind(a.counterparty_kind));
  std::string acc = std::string(kMobilised) + ":" + std::string(income_kind(a.counterparty_kind));
  if (a.terms.form == Form::in_kind) acc += ":InKind";
  return acc;
}

Result<void> check_valuation(const Valuation& v, const Money& amount, Currency base, std::string_view field,
                             const Rate* decoded) {
  if (v.value.currency() != base) {
    return refuse(std::string(field) + ".currency", "must be the ledger's base currency " + code(base));
  }
  if (amount.currency() == base) {
    if (v.rate != "1" || v.value != amount) {
      return refuse(field, "an amount in the base currency is valued at rate 1 at its own value");
    }
    return ok();
  }
  std::optional<Rate> parsed;
  if (decoded == nullptr) {
    auto rate = Rate::parse(base, amount.currency(), v.rate);
    if (!rate) return refuse(std::string(field) + ".rate", rate.error().message());
    parsed = *std::move(rate);
    decoded = &*parsed;
  }
  FL_TRY(Money expected, convert(amount, *decoded));
  if (expected != v.value) {
    return refuse(std::string(field) + ".value", "is " + v.value.to_string() + " but " + amount.to_string() + " " +
                                                     code(amount.currency()) + " at " + v.rate + " is " +
                                                     expected.to_string());
  }
  return ok();
}

Result<std::vector<std::pair<std::size_t, Money>>> take_from_latest(const std::vector<TrancheState>& ts, Money amount,
                                                                    const TrancheId& named) {
  std::vector<std::pair<std::size_t, Money>> out;
  for (std::size_t k = ts.size(); k > 0 && amount.sign() > 0; --k) {
    const std::size_t i = k - 1;
    if (!named.empty() && ts[i].id != named) continue;
    FL_TRY(const Money outstanding, ts[i].outstanding());
    const Money take = std::min(amount, outstanding);
    if (take.sign() > 0) {
      out.emplace_back(i, take);
      FL_TRY(amount, amount.minus(take));
    }
  }
  return out;
}

namespace {
bool lower_hex(std::string_view s, std::size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}
}  // namespace

bool is_sha256_hex(std::string_view s) { return lower_hex(s, 64); }
bool hex_id(std::string_view id, std::string_view prefix, std::size_t n) {
  return id.starts_with(prefix) && lower_hex(id.substr(prefix.size()), n);
}
Unexpected bad_id(std::string what) { return fail(Error(Errc::invalid_input, "a " + what).in("id")); }

const TrancheState* find_tranche(const AgreementState& a, const TrancheId& id) {
  const auto t = std::find_if(a.tranches.begin(), a.tranches.end(), [&](const TrancheState& x) { return x.id == id; });
  return t == a.tranches.end() ? nullptr : &*t;
}

TrancheState* find_tranche(AgreementState& a, const TrancheId& id) {
  const auto t = std::find_if(a.tranches.begin(), a.tranches.end(), [&](const TrancheState& x) { return x.id == id; });
  return t == a.tranches.end() ? nullptr : &*t;
}

}  // namespace fl::rules
