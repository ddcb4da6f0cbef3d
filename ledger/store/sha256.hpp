#pragma once
// SHA-256 through OpenSSL's libcrypto (SHA-NI accelerated where the CPU has it).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace fl::store {

using Hash = std::array<std::uint8_t, 32>;

Hash sha256(std::string_view bytes);

// Hashes `prefix` and `prefix + suffix` in one pass over the prefix: the line's own hash and
// the hash of its whole stored bytes (the next line's `prev`).
void sha256_prefix_and_whole(std::string_view prefix, std::string_view suffix, Hash& of_prefix,
                             Hash& of_whole);

void append_hex(std::string& out, const Hash& h);
std::string to_hex(const Hash& h);
// Compares 64 lowercase hex digits with a hash; false for anything else.
bool hex_equals(std::string_view hex, const Hash& h);
bool parse_hex(std::string_view hex, Hash& out);

inline constexpr Hash kZeroHash{};

}  // namespace fl::store
