// eaf's allocator settings, read by jemalloc when the process starts; the eaf binary is linked
// with jemalloc (cli/CMakeLists.txt, option EAF_JEMALLOC). Loading a model of a million elements
// touches gigabytes of fresh memory, and on virtual machines the kernel's work of mapping it can
// cost more than eaf's own (docs/performance.md):
// - no transparent huge pages for the heap (jemalloc's default, thp:default): they were asked for
//   until 2026-11-30, when runs side by side (each order alternately) showed them slower on the
//   benchmark machine, a virtual machine: a fresh 2 MiB page costs the kernel (and the host) far
//   more to zero and back than the 4 KiB pages a previous process just freed. Workbook of 100
//   agencies: median 3.6 -> 3.0 s; one file of 100k elements: 4.1 -> 3.6 s (docs/performance.md).
//   The few very large buffers (a file's text, the id index) are still advised huge pages
//   (model/memory_hints.h);
// - oversize_threshold:0: large blocks come from the arenas too, and are reused;
// - dirty_decay_ms:-1, muzzy_decay_ms:-1: freed memory is kept for reuse instead of being handed
//   back to the kernel and faulted in again. eaf is a command that ends; its peak is unchanged.
// - narenas:1: the loading threads share one arena, so what one frees the other reuses (a lower
//   peak, measured, at no cost in time: each thread still has its own cache).
extern "C" {
// The name and type are jemalloc's documented interface (jemalloc(3), "malloc_conf").
extern const char* malloc_conf;
const char* malloc_conf = "oversize_threshold:0,dirty_decay_ms:-1,muzzy_decay_ms:-1,narenas:1";
}
