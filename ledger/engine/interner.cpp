#include "engine/interner.hpp"

#include <functional>

namespace fl {

std::uint32_t Interner::intern(std::string_view name) {
  if ((names_.size() + 1) * 2 > slots_.size()) grow();
  const std::uint64_t hash = std::hash<std::string_view>{}(name);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.id == UINT32_MAX) {
      s = Slot{hash, static_cast<std::uint32_t>(names_.size())};
      names_.emplace_back(name);
      return s.id;
    }
    if (s.hash == hash && names_[s.id] == name) return s.id;
  }
}

void Interner::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == UINT32_MAX) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].id != UINT32_MAX) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace fl
