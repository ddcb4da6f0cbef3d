#include "io/canonical.hpp"

#include <cstring>
#include <vector>

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

// The members a posting may share with the others (version 2 writes them once, on the event):
// the currency, then the dimensions.
constexpr std::size_t kShareable = 1 + kDimensionCount;
constexpr std::string_view kEventKeys[kShareable] = {
    ",\"currency\":\"", ",\"cso\":\"", ",\"agreement\":\"", ",\"counterparty\":\"", ",\"tranche\":\""};

struct Shared {
  std::string_view value[kShareable];  // given on the event; "" when not
  Currency currency = Currency::at_index(0);
};

// One posting; `given` gets a bit per shareable member the posting states itself.
bool posting(Cursor& c, const Shared& shared, Posting& p, unsigned& given) {
  std::string_view account, amount, currency, value;
  if (!c.member("{\"account\":\"", account) || !check_account(account)) return false;
  if (!c.member(",\"amount\":\"", amount)) return false;
  given = 0;
  Currency cur = shared.currency;
  if (c.peek(kEventKeys[0])) {
    if (!shared.value[0].empty() || !c.member(kEventKeys[0], currency)) return false;
    auto parsed = Currency::parse(currency);
    if (!parsed) return false;
    cur = *parsed;
    given |= 1;
  } else if (shared.value[0].empty()) {
    return false;
  }
  auto minor = parse_decimal(amount, cur, DecimalStyle::canonical);
  if (!minor) return false;
  p.account.assign(account);
  p.amount = Money(cur, std::move(*minor));
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    if (c.peek(kEventKeys[d + 1])) {
      if (!shared.value[d + 1].empty()) return false;
      if (!c.member(kEventKeys[d + 1], value) || !check_id(value)) return false;
      p.dims[kDimensions[d]].assign(value);
      given |= 2u << d;
    } else {
      p.dims[kDimensions[d]].assign(shared.value[d + 1]);
    }
  }
  return c.literal("}");
}

// Version 2 writes a member on the event exactly when every posting has it with one value.
bool shared_canonically(const Shared& shared, const std::vector<Posting>& postings, std::size_t n,
                        unsigned given_by_all) {
  for (std::size_t m = 0; m < kShareable; ++m) {
    if (!shared.value[m].empty() || !(given_by_all & (1u << m))) continue;
    const auto value = [&](const Posting& p) -> std::string_view {
      return m == 0 ? p.amount.currency().code() : std::string_view(p.dims[kDimensions[m - 1]]);
    };
    bool same = true;
    for (std::size_t i = 1; i < n && same; ++i) same = value(postings[i]) == value(postings[0]);
    if (same) return false;  // all postings agree: version 2 would have written it once
  }
  return true;
}

}  // namespace

bool decode_canonical_txn(std::string_view body, Transaction& t, std::uint8_t& forms) {
  Cursor c(body);
  std::string_view id, recorded, date, posting_date, description, reverses;
  if (!c.member("\"type\":\"txn\",\"id\":\"", id) || !check_id(id)) return false;
  if (!c.member(",\"recorded_at\":\"", recorded)) return false;
  auto at = Instant::parse(recorded);
  if (!at) return false;
  if (!c.member(",\"date\":\"", date)) return false;
  auto d = Date::parse(date);
  if (!d) return false;
  const bool has_posting_date = c.peek(",\"posting_date\":\"");
  auto pd = d;
  if (has_posting_date) {
    if (!c.member(",\"posting_date\":\"", posting_date)) return false;
    pd = Date::parse(posting_date);
    if (!pd) return false;
  }
  if (!c.member(",\"description\":\"", description) ||
      description.size() > limits::description_bytes_max) {
    return false;
  }
  if (c.peek(",\"reverses\":\"")) {
    if (!c.member(",\"reverses\":\"", reverses) || !check_id(reverses)) return false;
  }
  Shared shared;
  bool any_shared = false;
  for (std::size_t m = 0; m < kShareable; ++m) {
    if (!c.peek(kEventKeys[m])) continue;
    if (!c.member(kEventKeys[m], shared.value[m]) || shared.value[m].empty()) return false;
    if (m == 0) {
      auto cur = Currency::parse(shared.value[0]);
      if (!cur) return false;
      shared.currency = *cur;
    } else if (!check_id(shared.value[m])) {
      return false;
    }
    any_shared = true;
  }
  if (!c.literal(",\"postings\":[")) return false;
  std::size_t n = 0;
  unsigned given_by_all = (1u << kShareable) - 1;
  do {
    if (n == limits::postings_max) return false;
    if (t.postings.size() <= n) t.postings.emplace_back();
    unsigned given = 0;
    if (!posting(c, shared, t.postings[n], given)) return false;
    given_by_all &= given;
    ++n;
  } while (c.literal(","));
  if (!c.literal("]") || !c.at_end()) return false;
  // Version 1: posting_date always, nothing on the event, every posting states its currency.
  // Version 2: posting_date only when it differs, shared members on the event and only there.
  forms = 0;
  if (has_posting_date && !any_shared && (given_by_all & 1)) forms |= 1u << 1;
  if ((!has_posting_date || *pd != *d) && shared_canonically(shared, t.postings, n, given_by_all)) {
    forms |= 1u << 2;
  }
  if (forms == 0) return false;
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
