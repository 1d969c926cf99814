#include "model/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace eaf::model {

namespace {
bool SameFile(const std::string& a, const std::string& b) {
  struct stat sa {}, sb {};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
}  // namespace

bool WriteFileAtomically(const std::string& path, std::string_view content, const std::vector<std::string>& inputs,
                         MessageRef& problem) {
  auto cannot_write = [&] {
    problem = {"load.write.failed", {{"path", path}, {"reason", std::strerror(errno)}}};
    return false;
  };
  for (const std::string& input : inputs) {
    if (SameFile(path, input)) {
      problem = {"load.write.would-overwrite-input", {{"path", input}}};
      return false;
    }
  }
  std::filesystem::path target(path);
  std::filesystem::path folder = target.parent_path();
  if (folder.empty()) folder = ".";
  std::string temporary_name = ".";
  temporary_name += target.filename().string();
  temporary_name += ".tmp-XXXXXX";
  std::string temporary = (folder / temporary_name).string();
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    problem = {"load.write.cannot-create", {{"folder", folder.string()}, {"reason", std::strerror(errno)}}};
    return false;
  }
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      cannot_write();
      ::close(fd);
      ::unlink(temporary.c_str());
      return false;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  ::fchmod(fd, 0644);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    cannot_write();
    ::unlink(temporary.c_str());
    return false;
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    cannot_write();
    ::unlink(temporary.c_str());
    return false;
  }
  return true;
}

}  // namespace eaf::model
