#include "model/output_file.h"

#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>

namespace eaf::model {

namespace {

bool SameFile(const std::string& a, const std::string& b) {
  struct stat sa {}, sb {};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// The temporary file being written, for the signal handler: a fixed buffer, since a handler may
// only call async-signal-safe functions (no allocation, no std::string).
char g_temporary[PATH_MAX];
volatile std::sig_atomic_t g_temporary_armed = 0;
constexpr std::array<int, 3> kInterruptions = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[kInterruptions.size()];

// Removes the temporary file, then lets the signal do what it did before (end the process).
extern "C" void RemoveTemporaryAndReraise(int signal_number) {
  if (g_temporary_armed) ::unlink(g_temporary);
  g_temporary_armed = 0;
  for (std::size_t i = 0; i < kInterruptions.size(); ++i) {
    if (kInterruptions[i] == signal_number) ::sigaction(signal_number, &g_previous[i], nullptr);
  }
  ::raise(signal_number);
}

// While alive, SIGINT, SIGTERM and SIGHUP remove the temporary file before ending the process.
// A signal the process ignores (a background job's SIGINT) stays ignored.
class TemporaryFileGuard {
 public:
  TemporaryFileGuard() {
    struct sigaction action {};
    action.sa_handler = RemoveTemporaryAndReraise;
    ::sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < kInterruptions.size(); ++i) {
      ::sigaction(kInterruptions[i], nullptr, &g_previous[i]);
      installed_[i] = g_previous[i].sa_handler != SIG_IGN && ::sigaction(kInterruptions[i], &action, nullptr) == 0;
    }
  }
  ~TemporaryFileGuard() {
    Remove();
    for (std::size_t i = 0; i < kInterruptions.size(); ++i) {
      if (installed_[i]) ::sigaction(kInterruptions[i], &g_previous[i], nullptr);
    }
  }
  TemporaryFileGuard(const TemporaryFileGuard&) = delete;
  TemporaryFileGuard& operator=(const TemporaryFileGuard&) = delete;

  // Creates a new file ".eaf-XXXXXX" in `folder` with `mode` (less the umask) and arms the
  // handler with its name; signals are held meanwhile, so the file never exists unguarded.
  // Short, so that the longest output name the system allows still has a temporary beside it.
  int Create(const std::filesystem::path& folder, mode_t mode) {
    static constexpr char kLetters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device device;
    std::mt19937_64 random(device());
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kLetters - 2);
    for (int attempt = 0; attempt < 100; ++attempt) {
      std::string name = ".eaf-";
      for (int i = 0; i < 6; ++i) name += kLetters[pick(random)];
      const std::string candidate = (folder / name).string();
      if (candidate.size() >= sizeof g_temporary) {
        errno = ENAMETOOLONG;
        return -1;
      }
      Held held;
      const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
      if (fd >= 0) {
        std::memcpy(g_temporary, candidate.c_str(), candidate.size() + 1);
        g_temporary_armed = 1;
        return fd;
      }
      if (errno != EEXIST) return -1;
    }
    return -1;
  }
  // Removes the temporary file (on failure), holding signals so the name is removed only once.
  void Remove() {
    Held held;
    if (g_temporary_armed) ::unlink(g_temporary);
    g_temporary_armed = 0;
  }
  // Renames the temporary file to `path`; after that there is nothing to remove.
  bool RenameTo(const std::string& path) {
    Held held;
    const bool renamed = ::rename(g_temporary, path.c_str()) == 0;
    if (renamed) g_temporary_armed = 0;
    return renamed;
  }

 private:
  // Holds the interrupting signals in this thread for its lifetime.
  struct Held {
    Held() {
      sigset_t set;
      ::sigemptyset(&set);
      for (int signal_number : kInterruptions) ::sigaddset(&set, signal_number);
      ::pthread_sigmask(SIG_BLOCK, &set, &previous);
    }
    ~Held() { ::pthread_sigmask(SIG_SETMASK, &previous, nullptr); }
    sigset_t previous;
  };
  std::array<bool, kInterruptions.size()> installed_{};
};

bool WriteAll(int fd, std::string_view content) {
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  return true;
}

// A terminal, /dev/null or a pipe: there is nothing to replace, the bytes go straight in.
bool WriteInPlace(const std::string& path, std::string_view content, MessageRef& problem) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  bool ok = fd >= 0 && WriteAll(fd, content);
  if (fd >= 0 && ::close(fd) != 0) ok = false;
  if (!ok) problem = {"load.write.failed", {{"path", path}, {"reason", std::strerror(errno)}}};
  return ok;
}

// A regular file (or none yet) at `path`: a temporary file beside it, renamed over it when whole.
// An existing file keeps its permission bits; a new one gets 0666 less the umask.
bool ReplaceByRename(const std::string& path, std::string_view content, const struct stat* existing,
                     MessageRef& problem) {
  std::filesystem::path folder = std::filesystem::path(path).parent_path();
  if (folder.empty()) folder = ".";
  TemporaryFileGuard guard;
  const int fd = guard.Create(folder, existing ? 0600 : 0666);
  if (fd < 0) {
    problem = {"load.write.cannot-create", {{"folder", folder.string()}, {"reason", std::strerror(errno)}}};
    return false;
  }
  bool ok = WriteAll(fd, content);
  if (ok && existing) ok = ::fchmod(fd, existing->st_mode & 0777) == 0;
  if (ok) ok = ::fsync(fd) == 0;
  if (::close(fd) != 0) ok = false;
  if (ok) ok = guard.RenameTo(path);
  if (!ok) {
    problem = {"load.write.failed", {{"path", path}, {"reason", std::strerror(errno)}}};
    guard.Remove();
  }
  return ok;
}

}  // namespace

bool WriteFileAtomically(const std::string& path, std::string_view content, const std::vector<std::string>& inputs,
                         MessageRef& problem) {
  for (const std::string& input : inputs) {
    if (SameFile(path, input)) {
      problem = {"load.write.would-overwrite-input", {{"path", input}}};
      return false;
    }
  }
  struct stat link {};
  if (::lstat(path.c_str(), &link) != 0) {
    if (errno != ENOENT) {
      problem = {"load.write.failed", {{"path", path}, {"reason", std::strerror(errno)}}};
      return false;
    }
    return ReplaceByRename(path, content, nullptr, problem);
  }
  if (S_ISREG(link.st_mode)) return ReplaceByRename(path, content, &link, problem);
  // What the name finally stands for, through any symbolic links.
  struct stat target {};
  if (::stat(path.c_str(), &target) != 0) {
    problem = {"load.write.dangling-link", {{"path", path}}};
    return false;
  }
  if (S_ISCHR(target.st_mode) || S_ISFIFO(target.st_mode)) return WriteInPlace(path, content, problem);
  if (S_ISDIR(target.st_mode)) {
    problem = {"load.write.is-directory", {{"path", path}}};
    return false;
  }
  if (S_ISREG(target.st_mode)) {
    // A link to a regular file: the file is replaced, the link stays a link.
    char resolved[PATH_MAX];
    if (::realpath(path.c_str(), resolved) == nullptr) {
      problem = {"load.write.failed", {{"path", path}, {"reason", std::strerror(errno)}}};
      return false;
    }
    return ReplaceByRename(resolved, content, &target, problem);
  }
  problem = {"load.write.special-file", {{"path", path}}};
  return false;
}

}  // namespace eaf::model
