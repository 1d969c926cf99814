// The workbook's zip. libxlsxwriter 1.1.4 (Debian 12) writes the package through minizip, asks it
// for zlib's default level (6) and deflates on one thread as it goes; on a federation's 50 MB of
// sheet XML that took 0.7 s of a 2.5 s run. It has no option for either. minizip is a shared
// library (Debian's libminizip1), so the three entry points below, defined in the program and
// exported from it (review/CMakeLists.txt), are the ones libxlsxwriter calls:
//   - opening an entry asks minizip for a raw one (the program gives the deflated bytes) at level
//     1, the fastest (flags bits 1-2 = 3, which the catalogue test reads);
//   - the entry's bytes are deflated as they come, a batch of pieces at once on every core
//     (PieceDeflater), and given to minizip as they are;
//   - closing it ends the stream and gives minizip the size and the CRC.
// Everything else (headers, central directory, zip64) is minizip's own. An entry minizip is asked
// to encrypt, or to store, is left to it.

#include "review/export/workbook_zip.h"

#include <dlfcn.h>
#include <zlib.h>

#include <algorithm>
#include <climits>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "model/parallel.h"

namespace eaf::review {

namespace {

constexpr std::size_t kWindow = 32768;  // deflate's history: what primes the next piece

// A piece's deflate, primed with `dictionary` (the input before it), ended by `flush`.
bool DeflatePiece(std::string_view dictionary, std::string_view in, int level, int flush, std::string& bytes) {
  z_stream stream{};
  if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return false;
  if (!dictionary.empty() && deflateSetDictionary(&stream, reinterpret_cast<const Bytef*>(dictionary.data()),
                                                  static_cast<uInt>(dictionary.size())) != Z_OK) {
    deflateEnd(&stream);
    return false;
  }
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  stream.avail_in = static_cast<uInt>(in.size());
  bytes.resize(deflateBound(&stream, in.size()) + 64);  // + the sync flush's empty block
  std::size_t produced = 0;
  bool done = false;
  while (true) {
    stream.next_out = reinterpret_cast<Bytef*>(bytes.data() + produced);
    stream.avail_out = static_cast<uInt>(std::min<std::size_t>(bytes.size() - produced, UINT_MAX));
    const uInt room = stream.avail_out;
    const int result = deflate(&stream, flush);
    produced += room - stream.avail_out;
    if (result == Z_STREAM_ERROR) break;
    // Done: the stream ended, or (a sync flush) all input taken and room left over.
    if (flush == Z_FINISH ? result == Z_STREAM_END : stream.avail_in == 0 && stream.avail_out > 0) {
      done = true;
      break;
    }
    bytes.resize(bytes.size() * 2);
  }
  deflateEnd(&stream);
  bytes.resize(produced);
  return done;
}

}  // namespace

PieceDeflater::PieceDeflater(int level, std::size_t piece, unsigned threads)
    // zlib counts a call's input in 32 bits: pieces of at most 1 GiB.
    : level_(level), piece_(std::clamp<std::size_t>(piece, 1, std::size_t{1} << 30)), threads_(std::max(threads, 1u)),
      crc_(static_cast<std::uint32_t>(crc32_z(0, nullptr, 0))) {}

bool PieceDeflater::Add(std::string_view data, std::string& out) {
  pending_.append(data);
  const std::size_t batch = piece_ * threads_;
  if (pending_.size() < batch) return true;
  const std::size_t whole = pending_.size() / batch * batch;
  const bool ok = Deflate(std::string_view(pending_).substr(0, whole), false, out);
  pending_.erase(0, whole);
  return ok;
}

bool PieceDeflater::Finish(std::string& out) {
  const bool ok = Deflate(pending_, true, out);
  pending_.clear();
  return ok;
}

bool PieceDeflater::Deflate(std::string_view data, bool last, std::string& out) {
  const std::size_t count = std::max<std::size_t>(1, (data.size() + piece_ - 1) / piece_);
  struct Part {
    std::string bytes;
    uLong crc = 0;
    bool ok = false;
  };
  std::vector<Part> parts(count);
  model::ForEachIndex(count, threads_, [&](std::size_t i) {
    const std::size_t begin = std::min(i * piece_, data.size());
    const std::string_view in = data.substr(begin, piece_);
    // The 32 KiB before the piece: in `data`, else partly or wholly what came before it.
    std::string joined;
    std::string_view dictionary;
    if (begin >= kWindow) {
      dictionary = data.substr(begin - kWindow, kWindow);
    } else {
      joined = history_.substr(history_.size() - std::min(history_.size(), kWindow - begin));
      joined.append(data.substr(0, begin));
      dictionary = joined;
    }
    Part& part = parts[i];
    part.crc = crc32_z(0, reinterpret_cast<const Bytef*>(in.data()), in.size());
    part.ok = DeflatePiece(dictionary, in, level_, last && i + 1 == count ? Z_FINISH : Z_SYNC_FLUSH, part.bytes);
  });
  for (std::size_t i = 0; i < count; ++i) {
    if (!parts[i].ok) return false;
    const std::size_t length = std::min(piece_, data.size() - std::min(i * piece_, data.size()));
    crc_ = static_cast<std::uint32_t>(crc32_combine(crc_, parts[i].crc, static_cast<z_off_t>(length)));
    out += parts[i].bytes;
  }
  size_ += data.size();
  history_.append(data.substr(data.size() - std::min(data.size(), kWindow)));
  history_.erase(0, history_.size() - std::min(history_.size(), kWindow));
  return true;
}

namespace {

constexpr int kFastest = 1;            // Z_BEST_SPEED
constexpr int kZipOk = 0;              // ZIP_OK
constexpr int kInternalError = -104;   // ZIP_INTERNALERROR: libxlsxwriter reports the workbook not written
constexpr std::size_t kPiece = 1u << 20;  // a federation's sheets are 50 MB: 25 batches of a piece per core

using Write = int (*)(void*, const void*, unsigned);

// minizip's own entry point `name`, which the program's definition hides.
template <typename Function>
Function Minizip(const char* name) {
  return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

// The entries being written raw, by zip file, each with its deflater. libxlsxwriter writes one
// entry at a time, but nothing here relies on it.
struct TakenEntries {
  std::mutex mutex;
  std::map<void*, std::unique_ptr<PieceDeflater>> deflaters;
};
TakenEntries& Taken() {
  static TakenEntries taken;
  return taken;
}

PieceDeflater* DeflaterOf(void* file) {
  const std::lock_guard<std::mutex> lock(Taken().mutex);
  const auto entry = Taken().deflaters.find(file);
  return entry == Taken().deflaters.end() ? nullptr : entry->second.get();
}

// Gives minizip the deflated bytes of a raw entry, in calls it can take.
int WriteRaw(Write write, void* file, const std::string& bytes) {
  for (std::size_t at = 0; at < bytes.size();) {
    const auto length = static_cast<unsigned>(std::min<std::size_t>(bytes.size() - at, 1u << 30));
    if (const int written = write(file, bytes.data() + at, length); written != kZipOk) return written;
    at += length;
  }
  return kZipOk;
}

}  // namespace
}  // namespace eaf::review

extern "C" int zipOpenNewFileInZip4_64(void* file, const char* filename, const void* file_info, const void* extra_local,
                                       unsigned extra_local_size, const void* extra_global, unsigned extra_global_size,
                                       const char* comment, int method, int level, int raw, int window_bits, int memory_level,
                                       int strategy, const char* password, unsigned long crc_for_crypting, unsigned long version_made_by,
                                       unsigned long flag_base, int zip64) {
  using namespace eaf::review;
  using Open = int (*)(void*, const char*, const void*, const void*, unsigned, const void*, unsigned, const char*, int, int, int, int, int,
                       int, const char*, unsigned long, unsigned long, unsigned long, int);
  static const Open open = Minizip<Open>("zipOpenNewFileInZip4_64");
  if (!open) return kInternalError;
  const bool take = method == Z_DEFLATED && !raw && password == nullptr;
  const int opened = open(file, filename, file_info, extra_local, extra_local_size, extra_global, extra_global_size, comment, method,
                          take ? kFastest : level, take ? 1 : raw, window_bits, memory_level, strategy, password, crc_for_crypting,
                          version_made_by, flag_base, zip64);
  const std::lock_guard<std::mutex> lock(Taken().mutex);
  if (opened == kZipOk && take) {
    Taken().deflaters[file] = std::make_unique<PieceDeflater>(kFastest, kPiece, eaf::model::HardwareThreads());
  } else {
    Taken().deflaters.erase(file);  // what an entry that failed left: never this entry's
  }
  return opened;
}

extern "C" int zipWriteInFileInZip(void* file, const void* buffer, unsigned length) {
  using namespace eaf::review;
  static const Write write = Minizip<Write>("zipWriteInFileInZip");
  if (!write) return kInternalError;
  PieceDeflater* deflater = DeflaterOf(file);
  if (!deflater) return write(file, buffer, length);
  if (length > 0 && buffer == nullptr) return kInternalError;
  std::string deflated;
  if (!deflater->Add(std::string_view(static_cast<const char*>(buffer), length), deflated)) return kInternalError;
  return WriteRaw(write, file, deflated);
}

extern "C" int zipCloseFileInZip(void* file) {
  using namespace eaf::review;
  using CloseRaw = int (*)(void*, unsigned long long, unsigned long);
  using Close = int (*)(void*);
  static const Write write = Minizip<Write>("zipWriteInFileInZip");
  static const CloseRaw close_raw = Minizip<CloseRaw>("zipCloseFileInZipRaw64");
  static const Close close = Minizip<Close>("zipCloseFileInZip");
  std::unique_ptr<PieceDeflater> deflater;
  {
    const std::lock_guard<std::mutex> lock(Taken().mutex);
    if (const auto entry = Taken().deflaters.find(file); entry != Taken().deflaters.end()) {
      deflater = std::move(entry->second);
      Taken().deflaters.erase(entry);
    }
  }
  if (!deflater) return close ? close(file) : kInternalError;
  if (!write || !close_raw) return kInternalError;
  std::string deflated;
  const bool ok = deflater->Finish(deflated);
  const int written = ok ? WriteRaw(write, file, deflated) : kInternalError;
  // An entry that failed is closed all the same (minizip's state stays sound); the workbook is
  // reported not written.
  const int closed = close_raw(file, written == kZipOk ? deflater->size() : 0, written == kZipOk ? deflater->crc() : 0);
  return written != kZipOk ? written : closed;
}
