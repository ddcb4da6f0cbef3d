// Operations that have no meaning for money must not compile.
#include <catch2/catch.hpp>

#include "money/money.hpp"

namespace {
template <class A, class B>
concept Multipliable = requires(A a, B b) { a * b; };
template <class A, class B>
concept Addable = requires(A a, B b) { a + b; };
template <class A, class B>
concept Constructible = requires(B b) { A(fl::Currency::at_index(0), b); };
}  // namespace

static_assert(!Multipliable<fl::Money, fl::Money>, "Money * Money must not compile");
static_assert(!Multipliable<fl::Money, double>, "Money * double must not compile");
static_assert(!Addable<fl::Money, double>, "Money + double must not compile");
static_assert(!Addable<double, fl::Money>, "double + Money must not compile");
static_assert(!Constructible<fl::Money, double>, "Money from double must not compile");
static_assert(!Constructible<fl::Money, float>, "Money from float must not compile");
static_assert(!std::is_convertible_v<double, fl::Money>);
// A currency is always stated: there is no default one (no "first table entry" to fall back on),
// so neither a Currency nor a Money can be made without naming it.
static_assert(!std::is_default_constructible_v<fl::Currency>, "Currency has no default");
static_assert(!std::is_default_constructible_v<fl::Money>, "Money has no default currency");
static_assert(!std::is_convertible_v<int, fl::Currency>);

TEST_CASE("forbidden money operations are rejected at compile time") {
  // The static_asserts above are the test; this case makes the program report it ran.
  const fl::Money m(fl::Currency::at_index(0), fl::Int128(5));
  CHECK(m.minor() == 5);
}
