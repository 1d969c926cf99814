#pragma once

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace eaf::model {

/// With EAF_TIMINGS set in the environment, prints how long each phase of a job took to standard
/// error, one line per scope: where the time goes on a user's machine, without a profiler, and
/// the peak memory at the scope's end.
/// Unset, it costs one getenv per scope.
class PhaseTimer {
 public:
  explicit PhaseTimer(std::string_view scope) : enabled_(std::getenv("EAF_TIMINGS") != nullptr) {
    if (enabled_) line_ = "eaf: timings: " + std::string(scope) + ":";
  }
  PhaseTimer(const PhaseTimer&) = delete;
  PhaseTimer& operator=(const PhaseTimer&) = delete;
  ~PhaseTimer() {
    // One write per scope, so lines of parallel loads do not interleave. The process's peak memory
    // so far tells which phase raised it: fresh memory is much of a large run's time.
    if (!enabled_) return;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::fprintf(stderr, "%s peak %ld MiB\n", line_.c_str(), usage.ru_maxrss / 1024);
  }

  /// Ends the phase that began at the previous mark (or at construction).
  void Mark(std::string_view phase) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    Record(phase, std::chrono::duration<double>(now - last_).count());
    last_ = now;
  }

  /// Adds a phase timed elsewhere (on another thread, say).
  void Record(std::string_view phase, double seconds) {
    if (!enabled_) return;
    char text[32];
    std::snprintf(text, sizeof text, " %.3f s", seconds);
    line_ += " " + std::string(phase) + text + ",";
  }

 private:
  bool enabled_;
  std::string line_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace eaf::model
