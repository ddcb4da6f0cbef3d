// Ids of different kinds are different types: swapping two of them must not compile.
#include <catch2/catch.hpp>

#include <map>
#include <unordered_set>

#include "journal/ids.hpp"

using namespace fl;

namespace {
template <class To, class From>
concept Converts = std::is_convertible_v<From, To>;
template <class A, class B>
concept Comparable = requires(A a, B b) { a == b; };

// What a function taking a party and an agreement accepts.
void takes(const PartyId&, const AgreementId&) {}
template <class A, class B>
concept Takes = requires(A a, B b) { takes(a, b); };
}  // namespace

static_assert(!Converts<PartyId, AgreementId>, "an agreement id is not a party id");
static_assert(!Converts<AgreementId, TrancheId>);
static_assert(!Converts<BankAccountId, StatementLineId>);
static_assert(!Converts<ReceiptId, EventId>);
static_assert(!Converts<PartyId, std::string>, "an id is made explicitly from text");
static_assert(!Converts<std::string, PartyId>, "an id is not silently text");
static_assert(!Comparable<PartyId, AgreementId>, "ids of two kinds do not compare");
static_assert(Takes<PartyId, AgreementId>);
static_assert(!Takes<AgreementId, PartyId>, "swapped arguments do not compile");

TEST_CASE("ids compare, order, hash and format as their text") {
  const PartyId a("CSO-1"), b("CSO-2");
  CHECK(a == PartyId("CSO-1"));
  CHECK(a != b);
  CHECK(a < b);
  CHECK(a.str() == "CSO-1");
  CHECK(PartyId().empty());
  CHECK(fmt::format("{}", AgreementId("AG-7")) == "AG-7");
  CHECK(fmt::format("[{:>6}]", TrancheId("1")) == "[     1]");
  std::unordered_set<BankAccountId> banks{BankAccountId("BA-1"), BankAccountId("BA-1"), BankAccountId("BA-2")};
  CHECK(banks.size() == 2);
  std::map<AgreementId, int> ordered{{AgreementId("B"), 2}, {AgreementId("A"), 1}};
  CHECK(ordered.begin()->first.str() == "A");
}
