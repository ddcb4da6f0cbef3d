#pragma once
// Result<T>: a value or an Error, shaped like C++23 std::expected (GCC 12 has none in C++20).
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

#include "base/assert.hpp"
#include "base/error.hpp"

namespace fl {

struct Unexpected {
  Error error;
};

inline Unexpected fail(Errc code, std::string message) {
  return Unexpected{Error(code, std::move(message))};
}
inline Unexpected fail(Error e) { return Unexpected{std::move(e)}; }

template <class T>
class [[nodiscard]] Result {
 public:
  using value_type = T;
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit like expected
  Result(Unexpected u) : v_(std::in_place_index<1>, std::move(u.error)) {}  // NOLINT
  Result(Error e) : v_(std::in_place_index<1>, std::move(e)) {}  // NOLINT

  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { FL_ASSERT(has_value()); return std::get<0>(v_); }
  const T& value() const& { FL_ASSERT(has_value()); return std::get<0>(v_); }
  T&& value() && { FL_ASSERT(has_value()); return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  Error& error() & { FL_ASSERT(!has_value()); return std::get<1>(v_); }
  const Error& error() const& { FL_ASSERT(!has_value()); return std::get<1>(v_); }
  Error&& error() && { FL_ASSERT(!has_value()); return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Unexpected u) : e_(std::move(u.error)) {}  // NOLINT
  Result(Error e) : e_(std::move(e)) {}  // NOLINT
  bool has_value() const { return !e_.has_value(); }
  explicit operator bool() const { return has_value(); }
  void value() const { FL_ASSERT(has_value()); }
  Error& error() & { FL_ASSERT(!has_value()); return *e_; }
  const Error& error() const& { FL_ASSERT(!has_value()); return *e_; }
  Error&& error() && { FL_ASSERT(!has_value()); return std::move(*e_); }

 private:
  std::optional<Error> e_;
};

inline Result<void> ok() { return {}; }

}  // namespace fl

// Propagates an error: FL_TRY(auto x, f()); or FL_TRY_VOID(g());
#define FL_CONCAT_INNER(a, b) a##b
#define FL_CONCAT(a, b) FL_CONCAT_INNER(a, b)
#define FL_TRY_IMPL(tmp, decl, expr)                            \
  auto tmp = (expr);                                            \
  if (!tmp.has_value()) return ::fl::fail(std::move(tmp).error()); \
  decl = std::move(tmp).value()
#define FL_TRY(decl, expr) FL_TRY_IMPL(FL_CONCAT(fl_try_, __LINE__), decl, expr)
#define FL_TRY_VOID(expr)                                                   \
  do {                                                                      \
    auto fl_try_v = (expr);                                                 \
    if (!fl_try_v.has_value()) return ::fl::fail(std::move(fl_try_v).error()); \
  } while (0)
