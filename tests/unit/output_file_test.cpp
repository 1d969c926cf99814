// Outputs never destroy anything (issue 18 §1): what WriteFileAtomically replaces, writes in place
// or refuses, the modes it leaves, its temporary names, and what the commands count as inputs.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include "model/data_files.h"
#include "model/output_file.h"
#include "test_util.h"

namespace model = eaf::model;
namespace fs = std::filesystem;

namespace {

// A fresh, empty folder under the system's temporary folder, removed at the end of the test.
struct Folder {
  explicit Folder(const std::string& name) : path(fs::temp_directory_path() / name) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Folder() { fs::remove_all(path); }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
  // Names starting with a dot: temporary files left behind.
  std::size_t Hidden() const {
    std::size_t count = 0;
    for (const auto& entry : fs::directory_iterator(path)) count += entry.path().filename().string().starts_with(".");
    return count;
  }
  fs::path path;
};

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

mode_t ModeOf(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

std::string Refusal(const std::string& path) {
  model::MessageRef problem;
  if (model::WriteFileAtomically(path, "x", {}, problem)) return "written";
  return model::Text("en", problem);
}

}  // namespace

TEST_CASE("output file: an existing file keeps its mode, a new one honours the umask") {
  Folder folder("eaf-output-mode");
  model::MessageRef problem;
  const std::string existing = folder / "existing.txt";
  std::ofstream(existing) << "old";
  ::chmod(existing.c_str(), 0600);
  CHECK(model::WriteFileAtomically(existing, "new", {}, problem));
  CHECK(Read(existing) == "new");
  CHECK(ModeOf(existing) == 0600);
  ::chmod(existing.c_str(), 0664);
  CHECK(model::WriteFileAtomically(existing, "newer", {}, problem));
  CHECK(ModeOf(existing) == 0664);

  const mode_t saved = ::umask(077);
  CHECK(model::WriteFileAtomically(folder / "private.txt", "x", {}, problem));
  ::umask(002);
  CHECK(model::WriteFileAtomically(folder / "shared.txt", "x", {}, problem));
  ::umask(saved);
  CHECK(ModeOf(folder / "private.txt") == 0600);
  CHECK(ModeOf(folder / "shared.txt") == 0664);
  CHECK(folder.Hidden() == 0);
}

TEST_CASE("output file: the longest name the system allows can be written") {
  Folder folder("eaf-output-long");
  model::MessageRef problem;
  for (const std::size_t length : {244u, 250u, 255u}) {
    const std::string target = folder / (std::string(length - 4, 'r') + ".txt");
    CHECK_MESSAGE(model::WriteFileAtomically(target, "whole", {}, problem), model::Text("en", problem));
    CHECK(Read(target) == "whole");
  }
  CHECK(folder.Hidden() == 0);
}

TEST_CASE("output file: a FIFO and a character device are written in place, never replaced") {
  Folder folder("eaf-output-fifo");
  const std::string fifo = folder / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  model::MessageRef problem;
  CHECK(model::WriteFileAtomically(fifo, "through the pipe", {}, problem));
  char buffer[64] = {};
  const ssize_t got = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  CHECK(std::string(buffer, static_cast<std::size_t>(std::max<ssize_t>(got, 0))) == "through the pipe");
  struct stat info {};
  REQUIRE(::lstat(fifo.c_str(), &info) == 0);
  CHECK(S_ISFIFO(info.st_mode));
  CHECK(folder.Hidden() == 0);

  CHECK(model::WriteFileAtomically("/dev/null", "nothing", {}, problem));
  REQUIRE(::lstat("/dev/null", &info) == 0);
  CHECK(S_ISCHR(info.st_mode));
}

TEST_CASE("output file: a link to a file replaces the file and stays a link — other kinds are refused") {
  Folder folder("eaf-output-link");
  const std::string real = folder / "real.txt";
  const std::string link = folder / "link.txt";
  std::ofstream(real) << "old";
  fs::create_symlink("real.txt", link);
  model::MessageRef problem;
  CHECK(model::WriteFileAtomically(link, "new", {}, problem));
  CHECK(fs::is_symlink(link));
  CHECK(fs::read_symlink(link) == "real.txt");
  CHECK(Read(real) == "new");
  // The link's target is an input: refused like the input itself.
  CHECK_FALSE(model::WriteFileAtomically(link, "x", {real}, problem));
  CHECK(model::Text("en", problem) == "refusing to overwrite the input file " + real + " with output");

  const std::string dangling = folder / "dangling.txt";
  fs::create_symlink("missing.txt", dangling);
  CHECK(Refusal(dangling) ==
        dangling + " is a symbolic link to a file that does not exist: not creating a file through a link");
  CHECK(fs::is_symlink(dangling));
  CHECK_FALSE(fs::exists(folder / "missing.txt"));

  const std::string directory = folder / "sub";
  fs::create_directory(directory);
  CHECK(Refusal(directory) == directory + " is a directory: name a file to write the output to");

  const std::string socket_path = folder / "sock";
  const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::snprintf(address.sun_path, sizeof address.sun_path, "%s", socket_path.c_str());
  REQUIRE(::bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  CHECK(Refusal(socket_path) == socket_path + " is not a regular file, a character device or a FIFO: not writing output to it");
  ::close(sock);
  struct stat info {};
  REQUIRE(::lstat(socket_path.c_str(), &info) == 0);
  CHECK(S_ISSOCK(info.st_mode));
  CHECK(folder.Hidden() == 0);
}

TEST_CASE("output file: SIGINT or SIGTERM while writing removes the temporary file") {
  Folder folder("eaf-output-signal");
  const std::string target = folder / "big.txt";
  const std::string content(64u << 20, 'x');
  for (const int signal_number : {SIGTERM, SIGINT}) {
    bool interrupted = false;
    // The signal must land while the temporary file exists; a child that finished first is retried.
    for (int attempt = 0; attempt < 20 && !interrupted; ++attempt) {
      for (const auto& entry : fs::directory_iterator(folder.path)) fs::remove(entry.path());
      const pid_t child = ::fork();
      REQUIRE(child >= 0);
      if (child == 0) {
        // The test runner's own crash handlers stay out of it: the signals do what they do by default.
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        model::MessageRef problem;
        ::_exit(model::WriteFileAtomically(target, content, {}, problem) ? 0 : 3);
      }
      const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
      while (folder.Hidden() == 0 && !fs::exists(target) && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::yield();
      }
      ::kill(child, signal_number);
      int status = 0;
      REQUIRE(::waitpid(child, &status, 0) == child);
      interrupted = WIFSIGNALED(status) && WTERMSIG(status) == signal_number && !fs::exists(target);
      CHECK(folder.Hidden() == 0);
    }
    CHECK_MESSAGE(interrupted, "the signal never landed during a write");
  }
}

TEST_CASE("outputs: the rule pack, its relationship table and eaf's data files are inputs too") {
  // Copies, so that a failure of this test cannot destroy the source tree's rules/.
  Folder folder("eaf-output-pack");
  const fs::path rules = folder.path / "rules";
  fs::copy(EAF_SOURCE_DIR "/rules", rules, fs::copy_options::recursive);
  const std::string model_path = folder / "model.xml";
  std::ofstream(model_path) << eaf::test::ExchangeModel("");
  model::SetDataDirectory(rules.string());
  for (const std::string name : {"vn-eaf-2.0.xml", "archimate-3.1-relationships.xml", "messages.en.xml",
                           "messages.vi.xml", "profile.xml", "diagnostics.xml"}) {
    CAPTURE(name);
    const std::string protected_file = (rules / name).string();
    const std::string before = Read(protected_file);
    const auto run = eaf::test::RunCli({"check", "--lang", "en", "--rules", (rules / "vn-eaf-2.0.xml").string(),
                                        "-o", protected_file, model_path});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("refusing to overwrite the input file") != std::string::npos);
    CHECK(Read(protected_file) == before);
  }
  model::SetDataDirectory(EAF_SOURCE_DIR "/rules");
}
