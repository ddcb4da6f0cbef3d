#include "engine/id_set.hpp"

#include <algorithm>
#include <functional>

#include "base/assert.hpp"
#include "base/limits.hpp"

namespace fl {

std::string_view IdSet::at(std::uint32_t offset) const {
  const auto len = static_cast<unsigned char>(arena_[offset]);
  return std::string_view(arena_).substr(offset + 1, len);
}

std::size_t IdSet::find_slot(std::string_view id, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    ++probes_;
    const Slot& s = slots_[i];
    if (!s.used || (s.hash == hash && at(s.offset) == id)) return i;
  }
}

void IdSet::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.used) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

bool IdSet::insert(std::string_view id) {
  static_assert(limits::id_bytes_max < 256, "ids are stored with a one-byte length");
  FL_ASSERT(id.size() <= limits::id_bytes_max);
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const std::uint64_t hash = std::hash<std::string_view>{}(id);
  Slot& s = slots_[find_slot(id, hash)];
  if (s.used) return false;
  FL_ASSERT(arena_.size() + id.size() + 1 < UINT32_MAX);
  s = Slot{hash, static_cast<std::uint32_t>(arena_.size()), true};
  arena_.push_back(static_cast<char>(id.size()));
  arena_ += id;
  ++size_;
  return true;
}

void IdSet::clear() {
  if (size_ == 0) return;
  if (slots_.size() > 1024) {
    slots_ = {};
    arena_ = {};
  } else {
    std::fill(slots_.begin(), slots_.end(), Slot{});
    arena_.clear();
  }
  size_ = 0;
}

bool IdSet::contains(std::string_view id) const {
  if (slots_.empty()) return false;
  return slots_[find_slot(id, std::hash<std::string_view>{}(id))].used;
}

}  // namespace fl
