// A party: a CSO (with its district, province and Kemendagri code), a government (with its
// level), a company (private or state-owned), a philanthropy or the programme's donor. It
// books nothing.
#include <algorithm>

#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"

namespace fl {

using rules::refuse;

Result<void> Programme::check_party(const Transaction& e) const {
  const auto& p = std::get<Party>(e.data);
  if (parties_.count(PartyId{e.id}) != 0) return fail(Error(Errc::conflict, "a party \"" + e.id + "\" exists already").in("id"));
  if (p.name.empty()) return refuse("name", "is empty");
  if (p.kind == PartyKind::cso) {
    if (p.district.empty() || p.province.empty()) return refuse("district", "a CSO needs its district and province");
    const auto& rc = p.region_code;
    const bool code_ok = rc.size() == 5 && rc[2] == '.' &&
                         std::all_of(rc.begin(), rc.end(), [](char ch) { return ch == '.' || (ch >= '0' && ch <= '9'); });
    if (!code_ok) return refuse("region_code", "\"" + rc + "\" is not a Kemendagri district code NN.NN");
  }
  if (p.kind == PartyKind::government &&
      !(p.level == "national" || p.level == "provincial" || p.level == "district" || p.level == "village")) {
    return refuse("level", "a government's level is national, provincial, district or village");
  }
  if (p.kind == PartyKind::company && !(p.level == "private" || p.level == "state-owned")) {
    return refuse("level", "a company is private or state-owned");
  }
  return ok();
}

void Programme::apply_party(const Transaction& e) { parties_.emplace(PartyId{e.id}, std::get<Party>(e.data)); }

}  // namespace fl
