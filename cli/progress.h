#pragma once
// Progress on stderr for long runs: only on a terminal, only after a second, never with --quiet.

#include <chrono>
#include <mutex>
#include <ostream>
#include <string>

namespace eaf::cli {

class Progress {
 public:
  /// Shows progress only when `err` is the process's standard error, that is a terminal, and not quiet.
  Progress(std::ostream& err, bool quiet);
  ~Progress() { Finish(); }
  /// "loading 3/100 files"; thread-safe; prints nothing during the first second.
  void Update(const char* what, std::size_t done, std::size_t total);
  /// Clears the progress line, if one was shown.
  void Finish();

 private:
  std::ostream& err_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_;
  std::mutex mutex_;
};

}  // namespace eaf::cli
