#include "journal/event.hpp"

#include <algorithm>
#include <array>

#include "base/assert.hpp"
#include "base/limits.hpp"
#include "base/utf8.hpp"
#include "journal/names.hpp"

namespace fl {
namespace {
constexpr std::array<std::string_view, kDimensionCount> kDimensionNames{"cso", "agreement",
                                                                        "counterparty", "tranche"};
}

std::string_view dimension_name(Dimension d) { return kDimensionNames[static_cast<std::size_t>(d)]; }

namespace {
// The slot of `d` in `dims`, const or not.
template <class Dims>
auto& slot(Dims& dims, Dimension d) {
  switch (d) {
    case Dimension::cso: return dims.cso;
    case Dimension::agreement: return dims.agreement;
    case Dimension::counterparty: return dims.counterparty;
    case Dimension::tranche: return dims.tranche;
  }
  FL_ASSERT(false);
  return dims.cso;
}
}  // namespace

std::string& Dimensions::operator[](Dimension d) { return slot(*this, d); }
const std::string& Dimensions::operator[](Dimension d) const { return slot(*this, d); }

Result<Dimension> parse_dimension(std::string_view name) {
  for (std::size_t i = 0; i < kDimensionNames.size(); ++i) {
    if (kDimensionNames[i] == name) return static_cast<Dimension>(i);
  }
  return fail(Errc::invalid_input, "unknown dimension \"" + std::string(name) +
                               "\" (expected cso, agreement, counterparty or tranche)");
}

namespace {
constexpr std::array<std::string_view, 15> kEventKinds{
    "txn",       "party",          "bank-account", "rate",   "agreement", "receipt",       "change",
    "statement", "statement-line", "match",        "reject", "classify",  "reconcile",     "rate-withdraw",
    "setting"};
}

std::string_view event_kind_name(EventKind k) { return kEventKinds[static_cast<std::size_t>(k)]; }

Result<EventKind> parse_event_kind(std::string_view s) {
  for (std::size_t i = 0; i < kEventKinds.size(); ++i) {
    if (kEventKinds[i] == s) return static_cast<EventKind>(i);
  }
  return fail(Errc::corrupt, "unknown event type \"" + std::string(s) + "\"");
}

Transaction make_event(EventKind kind, std::string id, Date date, std::string description, DomainData data) {
  Transaction e;
  e.kind = kind;
  e.id = std::move(id);
  e.date = date;
  e.posting_date = date;
  e.description = std::move(description);
  e.data = std::move(data);
  return e;
}

std::string first_difference(const Transaction& a, const Transaction& b) {
  if (a.kind != b.kind) return "type";
  if (a.id != b.id) return "id";
  if (a.date != b.date) return "date";
  if (a.posting_date != b.posting_date) return "posting_date";
  if (a.description != b.description) return "description";
  if (a.reverses != b.reverses) return "reverses";
  if (a.recorded_on != b.recorded_on) return "recorded_on";
  if (!(a.data == b.data)) return "data";
  if (a.postings.size() != b.postings.size()) return "postings";
  for (std::size_t i = 0; i < a.postings.size(); ++i) {
    const auto& p = a.postings[i];
    const auto& q = b.postings[i];
    const std::string at = "postings[" + std::to_string(i) + "].";
    if (p.account != q.account) return at + "account";
    if (p.amount.currency() != q.amount.currency()) return at + "currency";
    if (p.amount != q.amount) return at + "amount";
    for (Dimension d : kDimensions) {
      if (p.dims[d] != q.dims[d]) return at + std::string(dimension_name(d));
    }
  }
  return {};
}

Result<void> check_balanced(const Transaction& t) {
  if (t.postings.empty() && t.kind == EventKind::txn) {
    return fail(Error(Errc::invalid_input, "a transaction needs postings").in("postings"));
  }
  if (t.postings.size() > limits::postings_max) {
    return fail(Error(Errc::invalid_input, "more than 1000 postings").in("postings"));
  }
  // Few currencies per transaction: a small linear table of sums, one per currency, beats a map.
  std::vector<Money> sums;
  sums.reserve(2);
  for (const auto& p : t.postings) {
    auto it = std::find_if(sums.begin(), sums.end(),
                           [&](const Money& s) { return s.currency() == p.amount.currency(); });
    if (it == sums.end()) {
      sums.push_back(p.amount);
    } else {
      // Checked, although limits::amount_integer_digits_max keeps it from overflowing.
      auto sum = it->plus(p.amount);
      if (!sum) return fail(std::move(sum).error().in("postings"));
      *it = *sum;
    }
  }
  for (const auto& s : sums) {
    if (!s.is_zero()) {
      return fail(Error(Errc::invalid_input,
                        "transaction does not balance: " + std::string(s.currency().code()) +
                            " postings add up to " + s.to_string() +
                            " (use Equity:Conversion legs to convert between currencies)")
                      .in("postings"));
    }
  }
  return ok();
}

}  // namespace fl

namespace fl {

Result<void> check_transaction(const Transaction& t) {
  if (auto r = check_id(t.id); !r) return fail(std::move(r).error().in("id"));
  if (!t.reverses.empty()) {
    if (auto r = check_id(t.reverses); !r) return fail(std::move(r).error().in("reverses"));
  }
  if (t.description.size() > limits::description_bytes_max) {
    return fail(Error(Errc::invalid_input, "is longer than 1000 bytes").in("description"));
  }
  if (!valid_utf8(t.description)) {
    return fail(Error(Errc::invalid_input, "is not valid UTF-8 text").in("description"));
  }
  for (std::size_t i = 0; i < t.postings.size(); ++i) {
    const Posting& p = t.postings[i];
    const std::string at = "postings[" + std::to_string(i) + "]";
    if (auto r = check_account(p.account); !r) return fail(std::move(r).error().in("account").in(at));
    for (Dimension d : kDimensions) {
      if (p.dims[d].empty()) continue;
      if (auto r = check_id(p.dims[d]); !r) {
        return fail(std::move(r).error().in(dimension_name(d)).in(at));
      }
    }
  }
  return check_balanced(t);
}

}  // namespace fl
