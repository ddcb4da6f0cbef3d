#pragma once
// A set of ids, built for a million inserts on replay: the bytes live in one growing arena
// and an open-addressing table holds (hash, offset) pairs, so there is no allocation per id.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace fl {

class IdSet {
 public:
  // Inserts `id`; false if it was already there.
  bool insert(std::string_view id);
  bool contains(std::string_view id) const;
  void prefetch(std::string_view id) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[std::hash<std::string_view>{}(id) & (slots_.size() - 1)]);
  }
  std::size_t size() const { return size_; }
  // Empties the set in O(size) (a large table is given back rather than wiped slot by slot).
  void clear();
  // How many slots lookups and inserts have inspected: about one per call while the set works
  // as a hash set should; tests read it to catch a lookup that became a scan.
  std::uint64_t probes() const { return probes_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;  // into arena_: a length byte, then the id's bytes
    bool used = false;
  };
  std::size_t find_slot(std::string_view id, std::uint64_t hash) const;
  std::string_view at(std::uint32_t offset) const;
  void grow();

  std::vector<Slot> slots_;
  std::string arena_;
  std::size_t size_ = 0;
  mutable std::uint64_t probes_ = 0;
};

}  // namespace fl
