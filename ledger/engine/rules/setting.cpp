// A journal-wide setting (docs/format/journal.md §4.5): number-locale or rate-jump-limit, the
// latest in force; its id is SETTING-<name>-<n>, n counting that setting's events. It books
// nothing.
#include "engine/programme.hpp"
#include "engine/rules/helpers.hpp"
#include "money/rate.hpp"

namespace fl {

using rules::refuse;

Result<void> Programme::check_setting(const Transaction& e) const {
  const auto& st = std::get<Setting>(e.data);
  if (st.name == "number-locale") {
    if (auto l = parse_number_locale(st.value); !l) return refuse("value", l.error().message());
  } else if (st.name == "rate-jump-limit") {
    if (auto v = parse_percent_limit(st.value); !v) return refuse("value", v.error().message());
  } else {
    return refuse("name", "\"" + st.name + "\" is not a setting (number-locale, rate-jump-limit)");
  }
  const auto n = settings_.count.find(st.name);
  const std::string want = "SETTING-" + st.name + "-" + std::to_string(n == settings_.count.end() ? 1 : n->second + 1);
  if (e.id != want) return fail(Error(Errc::invalid_input, "this setting's id is " + want).in("id"));
  return ok();
}

void Programme::apply_setting(const Transaction& e) {
  const auto& st = std::get<Setting>(e.data);
  ++settings_.count[st.name];
  if (st.name == "number-locale") {
    if (auto l = parse_number_locale(st.value)) settings_.number_locale = *l;
  } else if (st.name == "rate-jump-limit") {
    settings_.rate_jump_limit = st.value;
  }
}

}  // namespace fl
