#include "journal/domain.hpp"

#include <array>

namespace fl {
namespace {
constexpr std::array<std::string_view, 5> kPartyKinds{"cso", "government", "company", "philanthropy", "donor"};
constexpr std::array<std::string_view, 6> kChangeKinds{"amend", "cancel", "condition-met",
                                                       "condition-lapsed", "refund", "write-off"};
}  // namespace

std::string_view party_kind_name(PartyKind k) { return kPartyKinds[static_cast<std::size_t>(k)]; }

Result<PartyKind> parse_party_kind(std::string_view s) {
  for (std::size_t i = 0; i < kPartyKinds.size(); ++i) {
    if (kPartyKinds[i] == s) return static_cast<PartyKind>(i);
  }
  return fail(Errc::invalid_input, "\"" + std::string(s) +
                                       "\" is not a party kind (cso, government, company, philanthropy, donor)");
}

std::string_view change_kind_name(ChangeKind k) { return kChangeKinds[static_cast<std::size_t>(k)]; }

Result<ChangeKind> parse_change_kind(std::string_view s) {
  for (std::size_t i = 0; i < kChangeKinds.size(); ++i) {
    if (kChangeKinds[i] == s) return static_cast<ChangeKind>(i);
  }
  return fail(Errc::invalid_input,
              "\"" + std::string(s) +
                  "\" is not a change (amend, cancel, condition-met, condition-lapsed, refund, write-off)");
}

int iati_organisation_type(const Party& p) {
  switch (p.kind) {
    case PartyKind::cso: return 22;
    case PartyKind::government: return p.level == "national" ? 10 : 11;
    case PartyKind::company: return p.level == "state-owned" ? 15 : 70;
    case PartyKind::philanthropy: return 60;
    case PartyKind::donor: return 40;
  }
  return 0;
}

std::string_view income_kind(PartyKind k) {
  switch (k) {
    case PartyKind::cso: return "CSO";
    case PartyKind::government: return "Government";
    case PartyKind::company: return "Company";
    case PartyKind::philanthropy: return "Philanthropy";
    case PartyKind::donor: return "Donor";
  }
  return "Other";
}

}  // namespace fl
