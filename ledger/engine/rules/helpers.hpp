#pragma once
// What the booking rules of engine/rules/ share: the refusal of a data field, amounts as text,
// a posting with its dimensions, the income account of an agreement, the check that a recorded
// valuation is exactly its conversion, and the tranches a reduction takes from.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.hpp"
#include "engine/programme.hpp"

namespace fl::rules {

// An invalid-input error at `data.<field>`.
Unexpected refuse(std::string_view field, std::string message);

std::string code(Currency c);
// "1500000.00 IDR"
std::string amount_text(const Money& m);

// A posting of `amount` to `account` with the four dimensions (cso, agreement, counterparty,
// tranche).
Posting line(std::string_view account, const Money& amount, const PartyId& cso,
             const AgreementId& agreement = {}, const PartyId& counterparty = {}, const TrancheId& tranche = {});

// Where an agreement's income goes: by counterparty kind, nature and form (docs/booking.md).
std::string income_account(const AgreementState& a);

// The valuation of `amount` at a recorded rate must be exactly the conversion, rounded once.
// `decoded` is the valuation's rate as the rate event decoded it (Programme::decoded_rate), or
// nullptr: then the valuation's rate text is decoded here.
Result<void> check_valuation(const Valuation& v, const Money& amount, Currency base, std::string_view field,
                             const Rate* decoded);

// Reduces tranches from the latest due backwards (or only `named`), taking at most each one's
// outstanding part; returns the tranches touched, with amounts.
Result<std::vector<std::pair<std::size_t, Money>>> take_from_latest(const std::vector<TrancheState>& ts, Money amount,
                                                                    const TrancheId& named);

// Ids of the reconciliation events: PREFIX followed by n lower-case hex digits; a SHA-256 in
// lower-case hex; the refusal of an event's id.
bool hex_id(std::string_view id, std::string_view prefix, std::size_t n);
bool is_sha256_hex(std::string_view s);
Unexpected bad_id(std::string what);

// The tranche `id` of an agreement, or nullptr.
const TrancheState* find_tranche(const AgreementState& a, const TrancheId& id);
TrancheState* find_tranche(AgreementState& a, const TrancheId& id);

}  // namespace fl::rules
