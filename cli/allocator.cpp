// eaf's allocator settings, read by jemalloc when the process starts; the eaf binary is linked
// with jemalloc (cli/CMakeLists.txt, option EAF_JEMALLOC). Loading a model of a million elements
// touches gigabytes of fresh memory, and with 4 KiB pages, on virtual machines, the kernel's work
// of mapping them costs more than eaf's own (docs/performance.md):
// - thp:always, metadata_thp:always: transparent huge pages for all of jemalloc's memory;
// - oversize_threshold:0: large blocks come from the arenas too, on huge pages;
// - dirty_decay_ms:-1, muzzy_decay_ms:-1: freed memory is kept for reuse instead of being handed
//   back to the kernel and faulted in again. eaf is a command that ends; its peak is unchanged.
// - narenas:1: the loading threads share one arena, so what one frees the other reuses (a lower
//   peak, measured, at no cost in time: each thread still has its own cache).
extern "C" {
// The name and type are jemalloc's documented interface (jemalloc(3), "malloc_conf").
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:always,oversize_threshold:0,dirty_decay_ms:-1,muzzy_decay_ms:-1,narenas:1";
}
