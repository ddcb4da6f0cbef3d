#pragma once
// ISO 4217 currencies that fundledger knows, with their scale (digits of the minor unit).
#include <compare>
#include <cstdint>
#include <string_view>

#include "base/result.hpp"

namespace fl {

class Currency {
 public:
  [[nodiscard]] static Result<Currency> parse(std::string_view code);
  // Every known currency, in a fixed order; index() is the position in it.
  static std::size_t count();
  static Currency at_index(std::size_t index);

  std::string_view code() const;
  int scale() const;
  std::size_t index() const { return index_; }

  friend bool operator==(Currency a, Currency b) { return a.index_ == b.index_; }
  friend std::strong_ordering operator<=>(Currency a, Currency b) { return a.code() <=> b.code(); }

 private:
  explicit Currency(std::uint8_t index) : index_(index) {}
  std::uint8_t index_;
};

}  // namespace fl
