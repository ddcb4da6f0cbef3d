#pragma once
// Amounts in bank statements, read exactly into minor units with the mapping's number rules
// (decimal and thousands marks, a bare fraction, other spellings of zero).
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "io/statement_mapping.hpp"
#include "money/money.hpp"

namespace fl::io {

[[nodiscard]] Result<Int128> read_amount(std::string_view raw, const StatementMapping& m, Currency currency,
                                         bool allow_negative);

// For messages: the distance between two amounts, in the currency's decimals.
std::string difference_text(const Int128& a, const Int128& b, Currency c);

}  // namespace fl::io
