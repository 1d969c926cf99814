#pragma once
/// A flat hash index from identifiers to positions, for the hundreds of thousands of ids a large
/// model holds: open addressing over one array, no allocation per entry.

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/memory_hints.h"

namespace eaf::model {

/// Maps string views (which must outlive the index) to values other than -1.
class IdIndex {
 public:
  explicit IdIndex(std::size_t expected = 0) { Reserve(expected); }

  /// Inserts `id` with `value` unless present; returns the value already there, or -1 if inserted.
  std::int32_t Insert(std::string_view id, std::int32_t value) {
    if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
    const std::uint64_t hash = Hash(id);
    Slot& slot = slots_[Probe(id, hash)];
    if (slot.value != -1) return slot.value;
    slot = {id, static_cast<std::uint32_t>(hash >> 32), value};
    ++size_;
    return -1;
  }

  /// The value for `id`, or -1.
  std::int32_t Find(std::string_view id) const {
    return slots_.empty() ? -1 : slots_[Probe(id, Hash(id))].value;
  }

  /// Starts loading the slot of `id` into the cache, for a lookup a few iterations later: in a
  /// model of millions of ids nearly every lookup misses the cache otherwise.
  void Prefetch(std::string_view id) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Hash(id) & mask_]);
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::string_view id;
    std::uint32_t tag = 0;  // the hash's high half
    std::int32_t value = -1;  // -1: empty
  };

  // The slot holding `id`, or the empty slot where it would go. The tag (the hash's high half)
  // spares reading the stored id's text (a cache miss in a large model) for every occupied slot
  // probed on the way.
  std::size_t Probe(std::string_view id, std::uint64_t hash) const {
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    std::size_t slot = hash & mask_;
    while (slots_[slot].value != -1 && !(slots_[slot].tag == tag && slots_[slot].id == id)) slot = (slot + 1) & mask_;
    return slot;
  }

  // FNV-1a, 8 bytes at a time for the bulk: ids are short and this is the hot path of loading.
  static std::uint64_t Hash(std::string_view id) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    std::size_t i = 0;
    for (; i + 8 <= id.size(); i += 8) {
      std::uint64_t word = 0;
      for (std::size_t k = 0; k < 8; ++k) word |= std::uint64_t{static_cast<unsigned char>(id[i + k])} << (8 * k);
      hash = (hash ^ word) * 0x100000001b3ull;
      hash ^= hash >> 29;
    }
    for (; i < id.size(); ++i) hash = (hash ^ static_cast<unsigned char>(id[i])) * 0x100000001b3ull;
    return hash ^ (hash >> 32);
  }

  void Reserve(std::size_t expected) {
    std::size_t capacity = 16;
    while (capacity * 3 < expected * 4 + 4) capacity *= 2;
    if (capacity > slots_.size()) Rehash(capacity);
  }
  void Grow() { Rehash(slots_.empty() ? 16 : slots_.size() * 2); }
  void Rehash(std::size_t capacity) {
    std::vector<Slot> old;
    old.swap(slots_);
    ReserveWithHugePages(slots_, capacity);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    size_ = 0;
    for (const Slot& slot : old) {
      if (slot.value != -1) Insert(slot.id, slot.value);
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace eaf::model
