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
// A file given as input (an import CSV, a statement, a mapping, `post FILE`): read whole into
// memory, so bounded; a real export is a few MiB (docs/limits.md).
inline constexpr std::size_t input_file_bytes_max = std::size_t{256} << 20;
// A line of a bank statement, checked before any pattern of its mapping is matched against it:
// a bank's export line is a few hundred bytes (docs/limits.md).
inline constexpr std::size_t statement_line_bytes_max = 16 << 10;
// A value a key row of a statement states (account number, period date, currency, opening,
// closing or total amount), checked before it is read.
inline constexpr std::size_t statement_key_bytes_max = 100;
}  // namespace fl::limits
