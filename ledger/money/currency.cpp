#include "money/currency.hpp"

#include <array>
#include <string>

namespace fl {
namespace {

struct Entry {
  std::string_view code;
  int scale;
};

// Scales from ISO 4217. Rupiah has scale 2 although it is usually written whole.
constexpr std::array kCurrencies{
    Entry{"AUD", 2}, Entry{"BHD", 3}, Entry{"CAD", 2}, Entry{"CHF", 2}, Entry{"CLP", 0},
    Entry{"CNY", 2}, Entry{"DKK", 2}, Entry{"EUR", 2}, Entry{"GBP", 2}, Entry{"HKD", 2},
    Entry{"IDR", 2}, Entry{"INR", 2}, Entry{"ISK", 0}, Entry{"JOD", 3}, Entry{"JPY", 0},
    Entry{"KRW", 0}, Entry{"KWD", 3}, Entry{"MYR", 2}, Entry{"NOK", 2}, Entry{"NZD", 2},
    Entry{"OMR", 3}, Entry{"PHP", 2}, Entry{"SEK", 2}, Entry{"SGD", 2}, Entry{"THB", 2},
    Entry{"TND", 3}, Entry{"UGX", 0}, Entry{"USD", 2}, Entry{"VND", 0}, Entry{"XAF", 0},
    Entry{"XOF", 0}, Entry{"ZAR", 2},
};

}  // namespace

Result<Currency> Currency::parse(std::string_view code) {
  // Hot on replay: the two currencies of this domain first.
  if (code == "IDR") return Currency(10);
  if (code == "USD") return Currency(27);
  for (std::size_t i = 0; i < kCurrencies.size(); ++i) {
    if (kCurrencies[i].code == code) return Currency(static_cast<std::uint8_t>(i));
  }
  return fail(Errc::invalid_input, "unknown currency \"" + std::string(code) +
                                       "\" (expected an ISO 4217 code such as IDR or USD)");
}

std::size_t Currency::count() { return kCurrencies.size(); }
Currency Currency::at_index(std::size_t index) {
  FL_ASSERT(index < kCurrencies.size());
  return Currency(static_cast<std::uint8_t>(index));
}
std::string_view Currency::code() const { return kCurrencies[index_].code; }
int Currency::scale() const { return kCurrencies[index_].scale; }

}  // namespace fl
