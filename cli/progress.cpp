#include "cli/progress.h"

#include <unistd.h>

#include <iostream>

namespace eaf::cli {

Progress::Progress(std::ostream& err, bool quiet) : err_(err), enabled_(!quiet && &err == &std::cerr && ::isatty(2)) {}

void Progress::Update(const char* what, std::size_t done, std::size_t total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard<std::mutex> lock(mutex_);
  if (now - start_ < std::chrono::seconds(1) || (shown_ && now - last_ < std::chrono::milliseconds(100) && done != total)) return;
  last_ = now;
  shown_ = true;
  err_ << "\r\033[Keaf: " << what << " " << done << "/" << total << std::flush;
}

void Progress::Finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (shown_) err_ << "\r\033[K" << std::flush;
  shown_ = false;
}

}  // namespace eaf::cli
