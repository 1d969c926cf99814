#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <new>
#include <set>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <vector>

#include "model/parallel.h"

namespace model = eaf::model;

namespace {

// How many times each index was worked on, and by which threads.
struct Tally {
  explicit Tally(std::size_t count) : calls(count) {}
  std::vector<std::atomic<int>> calls;
  std::mutex mutex;
  std::set<std::thread::id> threads;
  void Count(std::size_t i) {
    ++calls[i];
    const std::lock_guard<std::mutex> lock(mutex);
    threads.insert(std::this_thread::get_id());
  }
  bool EachOnce() const {
    for (const auto& n : calls) {
      if (n != 1) return false;
    }
    return true;
  }
};

// A starter that starts `allowed` threads, then refuses as the system does (pthread_create's EAGAIN).
model::ThreadStarter RefusingAfter(int allowed, int& started) {
  return [allowed, &started](std::function<void()> body) {
    if (started == allowed) throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again));
    ++started;
    return std::jthread(std::move(body));
  };
}

}  // namespace

TEST_CASE("parallel: every index is worked on exactly once, on several threads") {
  Tally tally(2000);
  model::ForEachIndex(2000, 4, [&](std::size_t i) {
    if (i % 100 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));  // let the others in
    tally.Count(i);
  });
  CHECK(tally.EachOnce());
  CHECK(tally.threads.size() > 1);
  CHECK(tally.threads.size() <= 4);
}

TEST_CASE("parallel: nothing to do, or no thread asked for") {
  int calls = 0;
  model::ForEachIndex(0, 4, [&](std::size_t) { ++calls; });
  CHECK(calls == 0);
  Tally tally(10);
  model::ForEachIndex(10, 0, [&](std::size_t i) { tally.Count(i); });
  CHECK(tally.EachOnce());
  CHECK(tally.threads == std::set<std::thread::id>{std::this_thread::get_id()});
}

TEST_CASE("parallel: an exception on a worker reaches the caller once every thread has ended") {
  std::atomic<int> running{0};
  std::atomic<int> begun{0};
  bool caught = false;
  try {
    model::ForEachIndex(1000, 4, [&](std::size_t i) {
      ++running;
      ++begun;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      --running;
      if (i == 5) throw std::bad_alloc();
    });
  } catch (const std::bad_alloc&) {
    caught = true;
    CHECK(running == 0);  // no worker still inside a call: all joined
  }
  CHECK(caught);
  CHECK(begun < 1000);  // after the failure no new work began
}

TEST_CASE("parallel: on one thread, the work stops at the first exception, which is rethrown") {
  std::vector<std::size_t> done;
  auto work = [&](std::size_t i) {
    done.push_back(i);
    if (i == 3 || i == 5) throw std::runtime_error("item " + std::to_string(i));
  };
  CHECK_THROWS_WITH_AS(model::ForEachIndex(10, 1, work), "item 3", std::runtime_error);
  CHECK(done == std::vector<std::size_t>{0, 1, 2, 3});
}

TEST_CASE("parallel: when threads are refused the work is still done, on the threads there are") {
  SUBCASE("no thread at all: the caller does everything") {
    int started = 0;
    Tally tally(500);
    model::ForEachIndex(500, 4, [&](std::size_t i) { tally.Count(i); }, RefusingAfter(0, started));
    CHECK(tally.EachOnce());
    CHECK(tally.threads == std::set<std::thread::id>{std::this_thread::get_id()});
  }
  SUBCASE("one thread, then refused") {
    int started = 0;
    Tally tally(500);
    model::ForEachIndex(500, 4, [&](std::size_t i) { tally.Count(i); }, RefusingAfter(1, started));
    CHECK(started == 1);
    CHECK(tally.EachOnce());
    CHECK(tally.threads.size() <= 2);
  }
  SUBCASE("no memory for a thread") {
    Tally tally(50);
    model::ForEachIndex(50, 3, [&](std::size_t i) { tally.Count(i); },
                        [](std::function<void()>) -> std::jthread { throw std::bad_alloc(); });
    CHECK(tally.EachOnce());
  }
  SUBCASE("a refused thread and a failing worker: the failure still comes back") {
    int started = 0;
    CHECK_THROWS_AS(model::ForEachIndex(
                        100, 4, [&](std::size_t i) { if (i == 50) throw std::bad_alloc(); }, RefusingAfter(1, started)),
                    std::bad_alloc);
  }
}

TEST_CASE("parallel: RunBoth runs both tasks and carries back an exception from either") {
  std::atomic<int> one{0}, other{0};
  model::RunBoth([&] { ++one; }, [&] { ++other; });
  CHECK(one == 1);
  CHECK(other == 1);
  CHECK_THROWS_AS(model::RunBoth([] {}, [] { throw std::bad_alloc(); }), std::bad_alloc);
  CHECK_THROWS_WITH(model::RunBoth([] { throw std::runtime_error("one"); }, [] {}), "one");
}
