#pragma once
// Validated names: event ids, dimension values and account names. Text becomes one of these
// at the edge (io/, cli/); the core never takes a raw string where one of these is meant.
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace fl {

// [A-Za-z0-9._:/-], 1..128 bytes. Used for event ids and dimension values.
[[nodiscard]] Result<void> check_id(std::string_view text);

// Colon-separated segments [A-Z0-9][A-Za-z0-9-]*, the first one of the five roots.
[[nodiscard]] Result<void> check_account(std::string_view text);

enum class AccountRoot { assets, liabilities, equity, income, expenses };
AccountRoot account_root(std::string_view valid_account);

// True when `account` is `prefix` or lies below it ("Assets" covers "Assets:Bank:BJB").
bool account_under(std::string_view account, std::string_view prefix);

}  // namespace fl
