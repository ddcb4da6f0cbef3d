#pragma once
// Assertions are for programmer errors. They stay on in release builds (TIGER_STYLE).
#include <cstdio>
#include <cstdlib>

namespace fl::detail {
[[noreturn]] inline void assert_failed(const char* expr, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: internal error: assertion failed: %s\n", file, line, expr);
  std::abort();
}
}  // namespace fl::detail

#define FL_ASSERT(cond) \
  ((cond) ? static_cast<void>(0) : ::fl::detail::assert_failed(#cond, __FILE__, __LINE__))
