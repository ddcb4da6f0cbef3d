#pragma once
// Names -> dense ids, for the few thousand accounts a ledger has: an open-addressing table of
// (hash, id) pairs small enough to stay in cache, and the names in a vector.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fl {

class Interner {
 public:
  std::uint32_t intern(std::string_view name);
  const std::string& name(std::uint32_t id) const { return names_[id]; }
  std::size_t size() const { return names_.size(); }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t id = UINT32_MAX;  // UINT32_MAX: empty
  };
  void grow();
  std::vector<Slot> slots_;
  std::vector<std::string> names_;
};

}  // namespace fl
