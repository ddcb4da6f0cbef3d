// The low-level SHA256_* calls are deprecated in OpenSSL 3 in favour of EVP, but EVP costs an
// allocation and a provider look-up per digest, which the replay path (two digests per line,
// a million lines) cannot afford; the low-level context is a plain struct that copies cheaply.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include "store/sha256.hpp"

#include <openssl/sha.h>

#include <cstring>

namespace fl::store {
namespace {
constexpr char kHex[] = "0123456789abcdef";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

Hash sha256(std::string_view bytes) {
  Hash h;
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), h.data());
  return h;
}

void sha256_prefix_and_whole(std::string_view prefix, std::string_view suffix, Hash& of_prefix,
                             Hash& of_whole) {
  SHA256_CTX ctx;
  SHA256_Init(&ctx);
  SHA256_Update(&ctx, prefix.data(), prefix.size());
  SHA256_CTX copy = ctx;
  SHA256_Final(of_prefix.data(), &copy);
  SHA256_Update(&ctx, suffix.data(), suffix.size());
  SHA256_Final(of_whole.data(), &ctx);
}

void append_hex(std::string& out, const Hash& h) {
  for (auto b : h) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
}

std::string to_hex(const Hash& h) {
  std::string s;
  s.reserve(64);
  append_hex(s, h);
  return s;
}

bool hex_equals(std::string_view hex, const Hash& h) {
  if (hex.size() != 64) return false;
  for (std::size_t i = 0; i < 32; ++i) {
    if (hex[2 * i] != kHex[h[i] >> 4] || hex[2 * i + 1] != kHex[h[i] & 15]) return false;
  }
  return true;
}

bool parse_hex(std::string_view hex, Hash& out) {
  if (hex.size() != 64) return false;
  for (std::size_t i = 0; i < 32; ++i) {
    const int hi = hex_value(hex[2 * i]);
    const int lo = hex_value(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return true;
}

}  // namespace fl::store
