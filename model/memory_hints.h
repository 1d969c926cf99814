#pragma once
/// Hints to the kernel about large buffers.

#include <cstddef>

namespace eaf::model {

/// Asks for transparent huge pages (2 MiB) over the whole 2 MiB-aligned pages inside
/// [data, data + bytes), before the buffer is first written. Where page faults are costly (virtual
/// machines), a model of a million elements otherwise spends most of its loading time in the
/// kernel mapping 4 KiB pages one by one. Only a hint: ignored where THP is off or unsupported.
void AdviseHugePages(void* data, std::size_t bytes);

/// Reserves `count` objects in `objects` and advises huge pages over the new storage, so that
/// filling it faults in 2 MiB at a time. For the model's few very large vectors.
template <typename Vector>
void ReserveWithHugePages(Vector& objects, std::size_t count) {
  if (count <= objects.capacity()) return;
  objects.reserve(count);
  AdviseHugePages(objects.data() + objects.size(), (objects.capacity() - objects.size()) * sizeof(*objects.data()));
}

}  // namespace eaf::model
