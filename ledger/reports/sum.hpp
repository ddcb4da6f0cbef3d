#pragma once
// Sums of a report's figures through Money's checked arithmetic. A report is built whole or not
// at all: a sum beyond 128 bits (or of two currencies, which no report adds) is thrown as
// std::overflow_error, which the command reports as an error and exit 1, never an abort.
#include <string>

#include "money/money.hpp"

namespace fl::reports {

[[noreturn]] void throw_overflow(const Error& e);

template <class T>
T checked(Result<T> r) {
  if (!r) throw_overflow(r.error());
  return *std::move(r);
}
inline std::string checked_text(Result<std::string> r) { return checked(std::move(r)); }
inline Money plus(const Money& a, const Money& b) { return checked(a.plus(b)); }
inline Money minus(const Money& a, const Money& b) { return checked(a.minus(b)); }
inline void add_to(Money& total, const Money& m) { total = plus(total, m); }

}  // namespace fl::reports
