#pragma once
/// Parallel work for every layer: the one place eaf starts threads. A worker's exception (an
/// std::bad_alloc, say) comes back to the caller instead of ending the process, and a thread the
/// system refuses to start only means fewer threads.

#include <cstddef>
#include <functional>
#include <thread>

namespace eaf::model {

/// Starts a thread that runs `body`; throws std::system_error when the system has none to give.
using ThreadStarter = std::function<std::jthread(std::function<void()> body)>;

/// The number of threads the machine runs at once, at least 1.
unsigned HardwareThreads();

/// Calls work(i) once for every i in [0, count), on up to `threads` threads counting the
/// caller's, which take the next index in turn. The first exception a call throws is rethrown
/// here once every started thread has ended; after it no call begins. When a thread cannot be
/// started the work is shared by those there are, at worst done by the caller alone.
void ForEachIndex(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work);

/// ForEachIndex, with `start_thread` starting the helper threads (tests make it fail).
void ForEachIndex(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work,
                  const ThreadStarter& start_thread);

/// Runs `one` and `other` at the same time, one of them on a second thread, and returns when both
/// have ended, rethrowing the first exception either threw. Without a second thread, one by one.
void RunBoth(const std::function<void()>& one, const std::function<void()>& other);

}  // namespace eaf::model
