// What a commitment is worth in the base currency, part by part (engine/commitment.hpp): the
// parts foot to the committed value, a share too large for 128 bits is an error (never an
// abort), and what is overdue leaves a lapsed agreement out.
#include <catch2/catch.hpp>

#include "engine/commitment.hpp"
#include "money/decimal.hpp"

using namespace fl;

namespace {

const Currency kIdr = *Currency::parse("IDR");
const Currency kUsd = *Currency::parse("USD");
Date day(const char* d) { return *Date::parse(d); }

// IDR 1,000,000 in two tranches valued at USD 62.50 (cents: 6250).
AgreementState agreement() {
  const Money amount(kIdr, Int128(100000000));
  AgreementState a{.id = AgreementId{"AG-1"}, .terms = Agreement{.amount = amount, .valuation = Valuation::none(amount)}};
  const Money zero = Money::zero(kIdr);
  a.tranches = {TrancheState{TrancheId{"1"}, day("2026-03-01"), Money(kIdr, Int128(60000000)), zero, zero},
                TrancheState{TrancheId{"2"}, day("2026-09-01"), Money(kIdr, Int128(40000000)), zero, zero}};
  a.committed_value = Money(kUsd, Int128(6250));
  return a;
}

}  // namespace

TEST_CASE("commitment: received, written off and outstanding foot to the committed value") {
  AgreementState a = agreement();
  a.tranches[0].received = Money(kIdr, Int128(30000000));
  a.received = Money(kIdr, Int128(30000000));
  a.tranches[1].written_off = Money(kIdr, Int128(10000000));
  a.written_off = Money(kIdr, Int128(10000000));
  const auto v = commitment_value(a, kUsd);
  REQUIRE(v);
  CHECK(v->committed == Money(kUsd, Int128(6250)));
  CHECK(v->outstanding == Money(kUsd, Int128(3750)));  // 600,000 of 1,000,000
  CHECK(v->written_off == Money(kUsd, Int128(625)));
  CHECK(v->received == Money(kUsd, Int128(1875)));
  const auto by_tranche = outstanding_by_tranche(a, kUsd);
  REQUIRE(by_tranche);
  REQUIRE(by_tranche->size() == 2);
  CHECK(*(*by_tranche)[0].value.plus((*by_tranche)[1].value) == v->outstanding);
  CHECK((*by_tranche)[0].value == Money(kUsd, Int128(1875)));  // 300,000 of the 600,000 outstanding
}

TEST_CASE("commitment: a value beyond 128 bits is an error, not an abort") {
  // A commitment of 2 minor units valued at 2^120: the share of 2^120 units of it is 2^239.
  AgreementState a = agreement();
  const Int128 huge = Int128(1) << 120;
  a.terms.amount = Money(kIdr, Int128(2));
  a.committed_value = Money(kUsd, huge);
  a.tranches = {TrancheState{TrancheId{"1"}, day("2026-03-01"), Money(kIdr, huge), Money::zero(kIdr), Money::zero(kIdr)}};
  CHECK_FALSE(share_of_commitment(a, kUsd, Money(kIdr, huge)));
  CHECK_FALSE(commitment_value(a, kUsd));
  CHECK_FALSE(outstanding_by_tranche(a, kUsd));
}

TEST_CASE("commitment: overdue tranches, none of a lapsed agreement") {
  AgreementState a = agreement();
  const auto o = overdue(a, day("2026-06-01"));
  REQUIRE(o);
  CHECK(o->amount == Money(kIdr, Int128(60000000)));
  CHECK(o->tranches == 1);
  CHECK(overdue(a, a.tranches[0], day("2026-06-01")));
  CHECK_FALSE(overdue(a, a.tranches[1], day("2026-06-01")));
  a.lapsed = true;
  CHECK(overdue(a, day("2026-06-01"))->tranches == 0);
}
