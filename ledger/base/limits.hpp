#pragma once
// A limit on everything, with the reason next to it.
#include <cstddef>

namespace fl::limits {
// Longest journal line: a transaction of postings_max postings fits well inside it.
inline constexpr std::size_t line_bytes_max = 1 << 20;
// Postings in one transaction: generous for a split receipt; bounds memory per event.
inline constexpr std::size_t postings_max = 1000;
// Integer digits of an amount: 10^27 minor units times a million postings still fits in the
// 128-bit accumulator (about 1.7e38), so a sum can overflow only through a bug.
inline constexpr std::size_t amount_integer_digits_max = 27;
inline constexpr std::size_t id_bytes_max = 128;
inline constexpr std::size_t account_bytes_max = 200;
inline constexpr std::size_t description_bytes_max = 1000;
// Events in one atomic unit (an import): bounds the memory a writer holds before fsync.
inline constexpr std::size_t unit_events_max = 100000;
}  // namespace fl::limits
