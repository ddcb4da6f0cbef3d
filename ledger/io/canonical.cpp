#include "io/canonical.hpp"

#include <cstring>

#include "base/limits.hpp"
#include "base/utf8.hpp"
#include "journal/names.hpp"
#include "money/decimal.hpp"

namespace fl::io {
namespace {

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}

  bool literal(std::string_view lit) {
    if (s_.substr(pos_, lit.size()) != lit) return false;
    pos_ += lit.size();
    return true;
  }
  bool peek(std::string_view lit) const { return s_.substr(pos_, lit.size()) == lit; }

  // A string value after its opening quote, up to the closing one: no escapes, no control
  // characters, well-formed UTF-8.
  bool string(std::string_view& out) {
    const char* begin = s_.data() + pos_;
    const void* q = std::memchr(begin, '"', s_.size() - pos_);
    if (q == nullptr) return false;
    const auto len = static_cast<std::size_t>(static_cast<const char*>(q) - begin);
    bool ascii = true;
    for (std::size_t i = 0; i < len; ++i) {
      const auto c = static_cast<unsigned char>(begin[i]);
      if (c == '\\' || c < 0x20) return false;
      ascii = ascii && c < 0x80;
    }
    out = std::string_view(begin, len);
    if (!ascii && !valid_utf8(out)) return false;
    pos_ += len + 1;
    return true;
  }

  bool member(std::string_view key_and_open_quote, std::string_view& out) {
    return literal(key_and_open_quote) && string(out);
  }
  bool at_end() const { return pos_ == s_.size(); }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

bool posting(Cursor& c, Posting& p) {
  std::string_view account, amount, currency, value;
  if (!c.member("{\"account\":\"", account) || !check_account(account)) return false;
  if (!c.member(",\"amount\":\"", amount) || !c.member(",\"currency\":\"", currency)) return false;
  auto cur = Currency::parse(currency);
  if (!cur) return false;
  auto minor = parse_decimal(amount, *cur, DecimalStyle::canonical);
  if (!minor) return false;
  p.account.assign(account);
  p.amount = Money(*cur, std::move(*minor));
  static constexpr std::string_view kKeys[kDimensionCount] = {
      ",\"cso\":\"", ",\"agreement\":\"", ",\"counterparty\":\"", ",\"tranche\":\""};
  for (std::size_t i = 0; i < kDimensionCount; ++i) {
    std::string& slot = p.dims[kDimensions[i]];
    if (c.peek(kKeys[i])) {
      if (!c.member(kKeys[i], value) || !check_id(value)) return false;
      slot.assign(value);
    } else {
      slot.clear();
    }
  }
  return c.literal("}");
}

}  // namespace

bool decode_canonical_txn(std::string_view body, Transaction& t) {
  Cursor c(body);
  std::string_view id, recorded, date, posting_date, description, reverses;
  if (!c.member("\"type\":\"txn\",\"id\":\"", id) || !check_id(id)) return false;
  if (!c.member(",\"recorded_at\":\"", recorded)) return false;
  auto at = Instant::parse(recorded);
  if (!at) return false;
  if (!c.member(",\"date\":\"", date) || !c.member(",\"posting_date\":\"", posting_date)) return false;
  auto d = Date::parse(date);
  auto pd = Date::parse(posting_date);
  if (!d || !pd) return false;
  if (!c.member(",\"description\":\"", description) ||
      description.size() > limits::description_bytes_max) {
    return false;
  }
  if (c.peek(",\"reverses\":\"")) {
    if (!c.member(",\"reverses\":\"", reverses) || !check_id(reverses)) return false;
  }
  if (!c.literal(",\"postings\":[")) return false;
  std::size_t n = 0;
  do {
    if (n == limits::postings_max) return false;
    if (t.postings.size() <= n) t.postings.emplace_back();
    if (!posting(c, t.postings[n])) return false;
    ++n;
  } while (c.literal(","));
  if (!c.literal("]") || !c.at_end()) return false;
  t.postings.resize(n);
  t.kind = EventKind::txn;
  if (t.data.index() != 0) t.data = DomainData{};
  t.id.assign(id);
  t.recorded_at = *at;
  t.date = *d;
  t.posting_date = *pd;
  t.description.assign(description);
  t.reverses.assign(reverses);
  t.recorded_on.reset();
  return true;
}

}  // namespace fl::io
