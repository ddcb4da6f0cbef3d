#pragma once
// Strong id types: a party's id cannot be passed where an agreement's is expected, so four
// adjacent ids can no longer be swapped. Each is the id's text (checked by check_id where it is
// read), explicit to make from a string, compared and hashed as the text, and written by fmt as
// the text. An empty id means "not set" where a field is optional (a receipt in kind has no bank
// account).
#include <fmt/format.h>

#include <compare>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace fl {

template <class Tag>
class Id {
 public:
  Id() = default;
  explicit Id(std::string value) : value_(std::move(value)) {}
  explicit Id(std::string_view value) : value_(value) {}
  explicit Id(const char* value) : value_(value) {}

  const std::string& str() const { return value_; }
  bool empty() const { return value_.empty(); }

  // Messages name an id as its text: "\"" + id + "\" is not a recorded party". The result is
  // text, never another id.
  friend std::string operator+(std::string text, const Id& id) { return std::move(text) += id.value_; }
  friend std::string operator+(const Id& id, std::string_view text) { return id.value_ + std::string(text); }

  friend bool operator==(const Id&, const Id&) = default;
  friend std::strong_ordering operator<=>(const Id& a, const Id& b) { return a.value_.compare(b.value_) <=> 0; }

 private:
  std::string value_;
};

using PartyId = Id<struct PartyTag>;
using AgreementId = Id<struct AgreementTag>;
using TrancheId = Id<struct TrancheTag>;
using ReceiptId = Id<struct ReceiptTag>;
using BankAccountId = Id<struct BankAccountTag>;
using StatementLineId = Id<struct StatementLineTag>;
using EventId = Id<struct EventTag>;

}  // namespace fl

template <class Tag>
struct std::hash<fl::Id<Tag>> {
  std::size_t operator()(const fl::Id<Tag>& id) const noexcept { return std::hash<std::string>{}(id.str()); }
};

template <class Tag>
struct fmt::formatter<fl::Id<Tag>> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(const fl::Id<Tag>& id, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(id.str(), ctx);
  }
};
