#include "model/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <new>
#include <system_error>
#include <utility>
#include <vector>

namespace eaf::model {

unsigned HardwareThreads() { return std::max(1u, std::thread::hardware_concurrency()); }

void ForEachIndex(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
  ForEachIndex(count, threads, work, [](std::function<void()> body) { return std::jthread(std::move(body)); });
}

void ForEachIndex(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work,
                  const ThreadStarter& start_thread) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr failure;  // written once, by the thread that set `failed`; read after the joins
  auto take_work = [&]() noexcept {
    try {
      while (!failed.load(std::memory_order_relaxed)) {
        const std::size_t i = next++;
        if (i >= count) return;
        work(i);
      }
    } catch (...) {
      if (!failed.exchange(true)) failure = std::current_exception();
    }
  };
  const std::size_t helpers_wanted = std::min<std::size_t>(std::max(threads, 1u), count) - (count > 0 ? 1 : 0);
  {
    std::vector<std::jthread> helpers;
    helpers.reserve(helpers_wanted);
    for (std::size_t t = 0; t < helpers_wanted; ++t) {
      // A refused thread (a limit on threads, or no memory for its stack) is not an error: the
      // threads already running, and the caller's, share its part.
      try {
        helpers.push_back(start_thread(take_work));
      } catch (const std::system_error&) {
        break;
      } catch (const std::bad_alloc&) {
        break;
      }
    }
    take_work();
  }  // every helper joined here
  if (failure) std::rethrow_exception(failure);
}

void RunBoth(const std::function<void()>& one, const std::function<void()>& other) {
  ForEachIndex(2, 2, [&](std::size_t i) { i == 0 ? one() : other(); });
}

}  // namespace eaf::model
