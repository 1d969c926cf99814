// generate_exchange.cpp: writes large, realistic ArchiMate 3.x Open Exchange Format models that follow
// the VN-EAF profile (shared/PROFILE.md), for benchmarks and stress tests of eaf.
//
// Standalone on purpose: standard library only, so the benchmark input does not depend on eaf.
// Deterministic: the same options give byte-identical files on every platform. std::mt19937_64 is
// specified bit-exactly by the standard, but the std:: distributions are not, so every draw maps
// the raw 64-bit output with a multiply-shift (Rng::Below) and shuffles are our own Fisher-Yates.
//
// A clean model (no --violations) is built to satisfy the framework 2.0 rules of the profile for
// the file's agency: exactly one LGSP and one-stop shop, the required portals, document management,
// reporting and e-mail, a SOC monitoring every system of security level 3+, every application
// deployed on a node, application-to-application exchanges going through the LGSP (direct links only
// with db.* components), national systems as references owned by VN, and every element in at least
// one relationship (when --relationships leaves room for it).

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace {

constexpr uint32_t kNone = 0xffffffffu;

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

/// Portable random numbers: mt19937_64 output mapped with multiply-shift, never std:: distributions.
class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(seed) {}
  /// A number in [0, n), for 0 < n <= 2^32 (0 when n == 0).
  uint32_t Below(uint64_t n) {
    if (n == 0) return 0;
    const uint64_t r = engine_() >> 32;
    return static_cast<uint32_t>((r * n) >> 32);
  }
  /// True with probability percent/100.
  bool Percent(uint32_t percent) { return Below(100) < percent; }
  /// Index drawn with the given integer weights.
  template <size_t N>
  size_t Weighted(const uint32_t (&weights)[N]) {
    uint64_t total = 0;
    for (uint32_t w : weights) total += w;
    uint64_t x = Below(total);
    for (size_t i = 0; i < N; ++i) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return N - 1;
  }
  template <class T>
  const T& Pick(const std::vector<T>& v) { return v[Below(v.size())]; }
  template <class T>
  void Shuffle(std::vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[Below(i)]);
  }

 private:
  std::mt19937_64 engine_;
};

/// splitmix64: independent seeds for the files of a federation from one --seed.
uint64_t MixSeed(uint64_t seed, uint64_t stream) {
  uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

enum class Level { kNational, kMinistry, kProvince };

const char* LevelName(Level l) {
  switch (l) {
    case Level::kNational: return "national";
    case Level::kMinistry: return "ministry";
    case Level::kProvince: return "province";
  }
  return "province";
}

/// An agency: its code, the name used inside system names ("tỉnh Phú Thọ", "Bộ Y tế"), the name of
/// its business actor, and its level.
struct Agency {
  std::string code;
  std::string name;
  std::string actor;
  Level level = Level::kProvince;
};

struct AgencyRow {
  const char* code;
  const char* name;
  Level level;
};

// Ministries and ministry-level agencies, then the 34 provinces and centrally-run cities.
constexpr AgencyRow kAgencyTable[] = {
    {"BYT", "Bộ Y tế", Level::kMinistry},
    {"BTC", "Bộ Tài chính", Level::kMinistry},
    {"BTP", "Bộ Tư pháp", Level::kMinistry},
    {"BNV", "Bộ Nội vụ", Level::kMinistry},
    {"BCA", "Bộ Công an", Level::kMinistry},
    {"BQP", "Bộ Quốc phòng", Level::kMinistry},
    {"BNG", "Bộ Ngoại giao", Level::kMinistry},
    {"BCT", "Bộ Công Thương", Level::kMinistry},
    {"BNNMT", "Bộ Nông nghiệp và Môi trường", Level::kMinistry},
    {"BXD", "Bộ Xây dựng", Level::kMinistry},
    {"BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", Level::kMinistry},
    {"BKHCN", "Bộ Khoa học và Công nghệ", Level::kMinistry},
    {"BGDDT", "Bộ Giáo dục và Đào tạo", Level::kMinistry},
    {"BDTTG", "Bộ Dân tộc và Tôn giáo", Level::kMinistry},
    {"NHNN", "Ngân hàng Nhà nước Việt Nam", Level::kMinistry},
    {"TTCP", "Thanh tra Chính phủ", Level::kMinistry},
    {"PTO", "tỉnh Phú Thọ", Level::kProvince},
    {"HNI", "thành phố Hà Nội", Level::kProvince},
    {"HCM", "Thành phố Hồ Chí Minh", Level::kProvince},
    {"HPG", "thành phố Hải Phòng", Level::kProvince},
    {"DNG", "thành phố Đà Nẵng", Level::kProvince},
    {"CTO", "thành phố Cần Thơ", Level::kProvince},
    {"HUE", "thành phố Huế", Level::kProvince},
    {"LCU", "tỉnh Lai Châu", Level::kProvince},
    {"DBN", "tỉnh Điện Biên", Level::kProvince},
    {"SLA", "tỉnh Sơn La", Level::kProvince},
    {"LSN", "tỉnh Lạng Sơn", Level::kProvince},
    {"QNH", "tỉnh Quảng Ninh", Level::kProvince},
    {"THA", "tỉnh Thanh Hóa", Level::kProvince},
    {"NAN", "tỉnh Nghệ An", Level::kProvince},
    {"HTH", "tỉnh Hà Tĩnh", Level::kProvince},
    {"CBG", "tỉnh Cao Bằng", Level::kProvince},
    {"TQG", "tỉnh Tuyên Quang", Level::kProvince},
    {"LCI", "tỉnh Lào Cai", Level::kProvince},
    {"TNN", "tỉnh Thái Nguyên", Level::kProvince},
    {"BNH", "tỉnh Bắc Ninh", Level::kProvince},
    {"HYN", "tỉnh Hưng Yên", Level::kProvince},
    {"NBH", "tỉnh Ninh Bình", Level::kProvince},
    {"QTI", "tỉnh Quảng Trị", Level::kProvince},
    {"QNI", "tỉnh Quảng Ngãi", Level::kProvince},
    {"GLI", "tỉnh Gia Lai", Level::kProvince},
    {"KHA", "tỉnh Khánh Hòa", Level::kProvince},
    {"LDG", "tỉnh Lâm Đồng", Level::kProvince},
    {"DLK", "tỉnh Đắk Lắk", Level::kProvince},
    {"DNI", "tỉnh Đồng Nai", Level::kProvince},
    {"TNH", "tỉnh Tây Ninh", Level::kProvince},
    {"VLG", "tỉnh Vĩnh Long", Level::kProvince},
    {"DTP", "tỉnh Đồng Tháp", Level::kProvince},
    {"CMU", "tỉnh Cà Mau", Level::kProvince},
    {"AGG", "tỉnh An Giang", Level::kProvince},
};
constexpr size_t kAgencyCount = sizeof(kAgencyTable) / sizeof(kAgencyTable[0]);

Agency MakeAgency(std::string code, std::string name, Level level) {
  Agency a;
  a.code = std::move(code);
  a.name = std::move(name);
  a.level = level;
  if (level == Level::kProvince) {
    // "tỉnh Phú Thọ" -> "Ủy ban nhân dân tỉnh Phú Thọ"; "Thành phố Hồ Chí Minh" keeps its capital.
    a.actor = "Ủy ban nhân dân " + a.name;
  } else if (level == Level::kNational) {
    a.actor = "Văn phòng Chính phủ";
  } else {
    a.actor = a.name;
  }
  return a;
}

/// The i-th agency of the table; past its end the table repeats with a numeric suffix, so codes
/// stay unique for any number of files.
Agency TableAgency(size_t i) {
  const AgencyRow& row = kAgencyTable[i % kAgencyCount];
  const size_t round = i / kAgencyCount;
  std::string code = row.code;
  std::string name = row.name;
  if (round > 0) {
    code += std::to_string(round + 1);
    name += " (" + std::to_string(round + 1) + ")";
  }
  return MakeAgency(code, name, row.level);
}

Agency NationalAgency() { return MakeAgency("VN", "Chính phủ", Level::kNational); }

struct Domain {
  const char* vi;
  const char* subject;  // eaf:subject of sector databases; never one of the national subjects
};
constexpr Domain kDomains[] = {
    {"y tế", "health"},
    {"giáo dục và đào tạo", "education"},
    {"giao thông vận tải", "transport"},
    {"nông nghiệp và phát triển nông thôn", "agriculture"},
    {"tư pháp", "justice"},
    {"xây dựng", "construction"},
    {"văn hóa, thể thao và du lịch", "culture"},
    {"lao động, việc làm", "labour"},
    {"tài nguyên nước", "water"},
    {"công thương", "trade"},
    {"khoa học và công nghệ", "science"},
    {"hộ tịch", "civil-status"},
    {"cán bộ, công chức, viên chức", "officials"},
    {"thi đua, khen thưởng", "emulation"},
    {"thanh tra, khiếu nại, tố cáo", "inspection"},
    {"nghiên cứu & phát triển", "research"},
    {"quy hoạch đô thị", "urban-planning"},
    {"phòng, chống thiên tai", "disaster"},
    {"bảo trợ xã hội", "social-protection"},
    {"môi trường", "environment"},
};
constexpr const char* kInternal[] = {
    "nhân sự", "tài sản công", "kế toán – tài chính nội bộ", "hồ sơ cán bộ", "lưu trữ điện tử",
    "tiếp công dân", "phòng họp không giấy", "lịch công tác", "thi đua khen thưởng",
    "đào tạo, bồi dưỡng",
};
constexpr const char* kProcedures[] = {
    "cấp giấy phép xây dựng",
    "đăng ký khai sinh",
    "đăng ký kết hôn",
    "cấp phiếu lý lịch tư pháp",
    "đăng ký hộ kinh doanh",
    "cấp đổi giấy phép lái xe",
    "cấp giấy chứng nhận quyền sử dụng đất",
    "cấp chứng chỉ hành nghề khám bệnh, chữa bệnh",
    "đăng ký thường trú",
    "cấp giấy phép lao động cho người nước ngoài",
    "giải quyết trợ cấp thất nghiệp",
    "công nhận trường đạt chuẩn quốc gia",
    "cấp giấy phép kinh doanh vận tải",
};
constexpr const char* kProtocols[] = {"REST/JSON", "SOAP", "SFTP", "AMQP"};
constexpr const char* kStatuses[] = {"operational", "building", "planned", "retired"};
constexpr const char* kAccessTypes[] = {"Read", "Write", "ReadWrite", "Access"};

template <class T, size_t N>
constexpr size_t Count(const T (&)[N]) { return N; }

enum Type : uint8_t { kAC, kDO, kNode, kBS, kBA, kAS, kSS, kCN, kTypeCount };
constexpr const char* kTypeNames[] = {
    "ApplicationComponent", "DataObject", "Node", "BusinessService",
    "BusinessActor", "ApplicationService", "SystemSoftware", "CommunicationNetwork",
};
// Share (percent) of each type among the bulk elements; application components about 40%.
constexpr uint32_t kTypeShare[] = {40, 20, 9, 10, 5, 8, 6, 2};

enum RelType : uint8_t {
  kFlow, kServing, kAccess, kRealization, kComposition, kAssociation, kTriggering, kRelTypeCount
};
constexpr const char* kRelNames[] = {
    "Flow", "Serving", "Access", "Realization", "Composition", "Association", "Triggering",
};

// ---------------------------------------------------------------------------------------------
// The model in memory
// ---------------------------------------------------------------------------------------------

struct Elem {
  Type type = kAC;
  int8_t security = 0;     // eaf:security-level, 0 = not declared
  int8_t service = 0;      // eaf:service-level, 0 = not declared
  int8_t status = -1;      // index into kStatuses
  uint16_t owner = 0;      // index into Model::owners; 0 is the file's agency
  const char* kind = nullptr;
  const char* subject = nullptr;
  std::string name;
  std::string code;
  std::string doc;
};

struct Rel {
  uint32_t source = 0;
  uint32_t target = 0;
  RelType type = kFlow;
  int8_t access = -1;    // index into kAccessTypes
  int8_t protocol = -1;  // index into kProtocols
  bool in_view = false;
  uint32_t name = 0;     // index into Model::rel_names, 0 = none
};

struct Model {
  std::string id;
  std::string name;
  std::string doc;
  Agency agency;
  std::vector<std::string> owners;
  std::vector<Elem> elems;
  std::vector<Rel> rels;
  std::vector<std::string> rel_names{""};
  std::vector<uint32_t> view_elems;
  // what was seeded, for --summary
  size_t missing_security = 0, p2p_cross_agency = 0, direct_same_agency = 0, composition_inverted = 0;
};

/// What one file should contain.
struct FileSpec {
  std::vector<Agency> agencies;      // [0] is the file's agency; more share the file (--agencies)
  std::vector<Agency> peers;         // other agencies whose LGSP this file references (federation)
  std::vector<Agency> lgsp_refs;     // national file: every agency's LGSP, as references
  Agency neighbor;                   // owner of the point-to-point violation targets
  uint64_t elements = 100000;
  uint64_t relationships = 250000;
  uint64_t seed = 1;
  bool violations = false;
  std::string id_prefix;
};

/// Per-agency indices into Model::elems.
struct AgencyParts {
  uint16_t owner = 0;
  uint32_t hub = kNone, one_stop = kNone, dvc = kNone, info = kNone, docs = kNone, report = kNone,
           email = kNone, soc = kNone, dc = kNone, net = kNone, actor = kNone;
  std::vector<uint32_t> core_acs;
  std::vector<uint32_t> apps;     // app.*, portal.information and unclassified components (bulk)
  std::vector<uint32_t> dbs;      // db.* components
  std::vector<uint32_t> nodes, hosts, data, services, users, units, app_services, software, nets;
};

struct NationalParts {
  uint32_t ngsp = kNone, axis = kNone, dvcqg = kNone, pay = kNone, idp = kNone, bcqg = kNone,
           monitor = kNone;
  std::vector<uint32_t> dbs;
};

class Builder {
 public:
  explicit Builder(const FileSpec& spec) : spec_(spec), rng_(spec.seed) {}

  Model Build() {
    const Agency& own = spec_.agencies[0];
    m_.agency = own;
    m_.id = "model-" + Lower(own.code);
    if (own.level == Level::kNational) {
      m_.name = "Khung Kiến trúc Chính phủ điện tử Việt Nam";
    } else if (own.level == Level::kMinistry) {
      m_.name = "Kiến trúc Chính phủ điện tử " + own.name;
    } else {
      m_.name = "Kiến trúc Chính quyền điện tử " + own.name;
    }
    m_.doc = "Mô hình kiến trúc sinh tự động để đo hiệu năng (eaf_bench_generate, seed " +
             std::to_string(spec_.seed) + "). Hiện trạng, theo Khung Kiến trúc Chính phủ điện tử "
             "Việt Nam phiên bản 2.0.";
    for (const Agency& a : spec_.agencies) m_.owners.push_back(a.code);

    if (own.level == Level::kNational) {
      BuildNationalCore();
    } else {
      vn_owner_ = AddOwner("VN");
      BuildNationalReferences();
      for (size_t a = 0; a < spec_.agencies.size(); ++a) BuildAgencyCore(a);
      for (const Agency& p : spec_.peers) {
        const uint32_t ref = Add(kAC, "platform.lgsp", LgspName(p), p.code + ".LGSP", 0, AddOwner(p.code));
        AddRel(kFlow, parts_[0].hub, ref, "Liên thông dữ liệu giữa các LGSP");
      }
    }
    BuildViolationReferences();

    // Bulk elements, shared out evenly among the agencies of the file.
    const uint64_t fixed = m_.elems.size();
    const uint64_t bulk = spec_.elements > fixed ? spec_.elements - fixed : 0;
    const size_t k = parts_.size();
    for (size_t a = 0; a < k; ++a) {
      const uint64_t share = bulk / k + (a < bulk % k ? 1 : 0);
      BuildBulk(a, share);
    }

    mandatory_end_ = m_.rels.size();
    for (size_t a = 0; a < k; ++a) Anchor(a);
    if (spec_.violations) SeedViolations();
    // Keep the core, the anchors as far as the budget allows, then fill up with extras.
    if (m_.rels.size() > spec_.relationships) {
      m_.rels.resize(std::max<uint64_t>(spec_.relationships, mandatory_end_ + violation_rels_));
    }
    while (m_.rels.size() < spec_.relationships) Extra(rng_.Below(k));
    rng_.Shuffle(m_.rels);
    return std::move(m_);
  }

 private:
  static std::string Lower(std::string s) {
    for (char& c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
  }
  static std::string LgspName(const Agency& a) {
    return "Nền tảng tích hợp, chia sẻ dữ liệu " + a.name + " (LGSP)";
  }
  static std::string Num(uint64_t n) { return std::to_string(n); }
  static std::string Code5(uint64_t n) {
    std::string s = std::to_string(n);
    if (s.size() < 5) s.insert(0, 5 - s.size(), '0');
    return s;
  }

  uint16_t AddOwner(const std::string& code) {
    for (size_t i = 0; i < m_.owners.size(); ++i) {
      if (m_.owners[i] == code) return static_cast<uint16_t>(i);
    }
    m_.owners.push_back(code);
    return static_cast<uint16_t>(m_.owners.size() - 1);
  }

  uint32_t Add(Type t, const char* kind, std::string name, std::string code, int security,
               uint16_t owner) {
    Elem e;
    e.type = t;
    e.kind = kind;
    e.name = std::move(name);
    e.code = std::move(code);
    e.security = static_cast<int8_t>(security);
    e.owner = owner;
    m_.elems.push_back(std::move(e));
    return static_cast<uint32_t>(m_.elems.size() - 1);
  }

  uint32_t RelName(const char* name) {
    if (name == nullptr) return 0;
    for (size_t i = 1; i < m_.rel_names.size(); ++i) {
      if (m_.rel_names[i] == name) return static_cast<uint32_t>(i);
    }
    m_.rel_names.emplace_back(name);
    return static_cast<uint32_t>(m_.rel_names.size() - 1);
  }

  Rel& AddRel(RelType t, uint32_t source, uint32_t target, const char* name = nullptr,
              bool in_view = true) {
    Rel r;
    r.type = t;
    r.source = source;
    r.target = target;
    r.name = RelName(name);
    r.in_view = in_view;
    m_.rels.push_back(r);
    return m_.rels.back();
  }

  // -- national systems -------------------------------------------------------------------------

  struct NationalSystem {
    const char* kind;
    const char* name;
    const char* code;
    Type type;
    const char* subject;
  };
  static constexpr NationalSystem kNationalSystems[] = {
      {"platform.ngsp", "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NGSP)", "VN.NGSP", kAC, nullptr},
      {"platform.document-axis", "Trục liên thông văn bản quốc gia", "VN.TRUCVB", kAC, nullptr},
      {"portal.national-public-service", "Cổng Dịch vụ công quốc gia", "VN.DVCQG", kAC, nullptr},
      {"platform.payment", "Nền tảng thanh toán trực tuyến quốc gia", "VN.PAYMENT", kAC, nullptr},
      {"platform.identity", "Nền tảng định danh và xác thực điện tử", "VN.DDXT", kAC, nullptr},
      {"app.national-reporting", "Hệ thống thông tin báo cáo Chính phủ", "VN.BCCP", kAC, nullptr},
      {"sec.national-monitoring", "Hệ thống giám sát an toàn không gian mạng quốc gia", "VN.GSATTT",
       kNode, nullptr},
      {"db.national", "Cơ sở dữ liệu quốc gia về dân cư", "VN.CSDL.DANCU", kAC, "population"},
      {"db.national", "Cơ sở dữ liệu quốc gia về đất đai", "VN.CSDL.DATDAI", kAC, "land"},
      {"db.national", "Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp", "VN.CSDL.DKDN", kAC,
       "enterprise"},
      {"db.national", "Cơ sở dữ liệu quốc gia về bảo hiểm", "VN.CSDL.BAOHIEM", kAC, "insurance"},
      {"db.national", "Cơ sở dữ liệu quốc gia về tài chính", "VN.CSDL.TAICHINH", kAC, "finance"},
      {"db.national", "Cơ sở dữ liệu thống kê tổng hợp về dân số", "VN.CSDL.DANSO", kAC,
       "population-statistics"},
  };

  // Adds the national systems, owned by `owner` with security levels when `owned`.
  void AddNationalSystems(uint16_t owner, bool owned) {
    for (const NationalSystem& s : kNationalSystems) {
      const int security = owned && s.type == kAC ? (std::strcmp(s.kind, "platform.ngsp") == 0 ? 5 : 4) : 0;
      const uint32_t i = Add(s.type, s.kind, s.name, s.code, security, owner);
      m_.elems[i].subject = s.subject;
      if (owned && s.type == kAC) m_.elems[i].status = 0;
      m_.view_elems.push_back(i);
      const std::string_view kind = s.kind;
      if (kind == "platform.ngsp") nat_.ngsp = i;
      else if (kind == "platform.document-axis") nat_.axis = i;
      else if (kind == "portal.national-public-service") nat_.dvcqg = i;
      else if (kind == "platform.payment") nat_.pay = i;
      else if (kind == "platform.identity") nat_.idp = i;
      else if (kind == "app.national-reporting") nat_.bcqg = i;
      else if (kind == "sec.national-monitoring") nat_.monitor = i;
      else nat_.dbs.push_back(i);
    }
  }

  void BuildNationalReferences() {
    AddNationalSystems(vn_owner_, false);
    for (uint32_t db : nat_.dbs) AddRel(kFlow, db, nat_.ngsp, "Chia sẻ dữ liệu quốc gia");
  }

  void BuildNationalCore() {
    AddNationalSystems(0, true);
    AgencyParts p;
    p.owner = 0;
    p.hub = nat_.ngsp;
    p.actor = Add(kBA, "agency.national", "Văn phòng Chính phủ", "VN.VPCP", 0, 0);
    p.dc = Add(kNode, "infra.data-center", "Trung tâm dữ liệu quốc gia", "VN.TTDLQG", 0, 0);
    p.soc = Add(kNode, "sec.soc", "Trung tâm giám sát an toàn thông tin Văn phòng Chính phủ",
                "VN.SOC", 0, 0);
    p.net = Add(kCN, "infra.network.specialized",
                "Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước", "VN.TSLCD", 0, 0);
    for (uint32_t i : {p.actor, p.dc, p.soc, p.net}) m_.view_elems.push_back(i);
    p.core_acs = {nat_.ngsp, nat_.axis, nat_.dvcqg, nat_.pay, nat_.idp, nat_.bcqg};
    p.core_acs.insert(p.core_acs.end(), nat_.dbs.begin(), nat_.dbs.end());
    p.hosts.push_back(p.dc);
    p.nodes = {p.dc};
    p.nets = {p.net};

    AddRel(kFlow, nat_.ngsp, nat_.axis, "Liên thông văn bản");
    AddRel(kFlow, nat_.dvcqg, nat_.ngsp, "Kết nối Cổng Dịch vụ công quốc gia");
    AddRel(kFlow, nat_.ngsp, nat_.dvcqg);
    AddRel(kFlow, nat_.ngsp, nat_.bcqg, "Tổng hợp báo cáo");
    AddRel(kFlow, nat_.pay, nat_.dvcqg, "Thanh toán trực tuyến");
    AddRel(kServing, nat_.idp, nat_.dvcqg, "Xác thực người dùng");
    for (uint32_t db : nat_.dbs) AddRel(kFlow, db, nat_.ngsp, "Chia sẻ dữ liệu quốc gia");
    AddRel(kFlow, p.soc, nat_.monitor, "Chia sẻ thông tin giám sát");
    AddRel(kAssociation, p.net, p.dc);
    AddRel(kAssociation, p.net, p.soc);
    AddRel(kAssociation, p.net, nat_.monitor);
    AddRel(kServing, nat_.bcqg, p.actor, "Phục vụ chỉ đạo, điều hành");
    for (uint32_t ac : p.core_acs) {
      AddRel(kRealization, p.dc, ac);
      if (m_.elems[ac].security >= 3) AddRel(kServing, p.soc, ac, nullptr, false);
    }
    for (const Agency& a : spec_.lgsp_refs) {
      const uint32_t ref = Add(kAC, "platform.lgsp", LgspName(a), a.code + ".LGSP", 0, AddOwner(a.code));
      AddRel(kFlow, ref, nat_.ngsp, nullptr, false);
      AddRel(kFlow, nat_.ngsp, ref, nullptr, false);
    }
    parts_.push_back(std::move(p));
  }

  // -- an agency's own core systems ----------------------------------------------------------------

  void BuildAgencyCore(size_t a) {
    const Agency& ag = spec_.agencies[a];
    const std::string& n = ag.name;
    const std::string& c = ag.code;
    AgencyParts p;
    p.owner = static_cast<uint16_t>(a);
    auto core_ac = [&](const char* kind, std::string name, std::string code, int security) {
      const uint32_t i = Add(kAC, kind, std::move(name), std::move(code), security, p.owner);
      m_.elems[i].status = 0;
      p.core_acs.push_back(i);
      return i;
    };
    p.hub = core_ac("platform.lgsp", LgspName(ag), c + ".LGSP", 4);
    p.one_stop = core_ac("app.one-stop-shop", "Hệ thống thông tin một cửa điện tử " + n, c + ".MOTCUA", 3);
    p.dvc = core_ac("portal.public-service", "Cổng Dịch vụ công " + n, c + ".DVC", 3);
    p.info = core_ac("portal.information", "Cổng thông tin điện tử " + n, c + ".CTTDT", 3);
    p.docs = core_ac("app.document-management", "Hệ thống quản lý văn bản và điều hành " + n,
                     c + ".QLVB", 3);
    p.report = core_ac("app.reporting", "Hệ thống thông tin báo cáo " + n, c + ".BAOCAO", 2);
    p.email = core_ac("app.email", "Hệ thống thư điện tử công vụ " + n, c + ".EMAIL", 2);
    p.soc = Add(kNode, "sec.soc", "Trung tâm giám sát an toàn thông tin (SOC) " + n, c + ".SOC", 0, p.owner);
    p.dc = Add(kNode, "infra.data-center", "Trung tâm dữ liệu " + n, c + ".TTDL", 0, p.owner);
    p.net = Add(kCN, "infra.network.specialized", "Mạng truyền số liệu chuyên dùng " + n, c + ".TSLCD",
                0, p.owner);
    p.actor = Add(kBA, ag.level == Level::kMinistry ? "agency.ministry" : "agency.province", ag.actor,
                  c, 0, p.owner);
    m_.elems[p.docs].doc = "Kết nối Trục liên thông văn bản quốc gia qua LGSP; ký số văn bản điện tử.";
    m_.elems[p.hub].doc = "Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh theo Khung Kiến trúc "
                          "Chính phủ điện tử Việt Nam; kết nối với NGSP.";
    p.hosts.push_back(p.dc);
    p.nodes = {p.dc};
    p.nets = {p.net};
    if (a == 0) {
      for (uint32_t i : p.core_acs) m_.view_elems.push_back(i);
      for (uint32_t i : {p.soc, p.dc, p.net, p.actor}) m_.view_elems.push_back(i);
    }
    const bool v = a == 0;  // only the file agency's core goes on the overview diagram
    AddRel(kFlow, p.hub, nat_.ngsp, "Kết nối, chia sẻ dữ liệu với NGSP", v);
    AddRel(kFlow, nat_.ngsp, p.hub, "Nhận dữ liệu từ NGSP", v);
    AddRel(kFlow, p.docs, p.hub, "Gửi, nhận văn bản điện tử", v);
    AddRel(kFlow, p.hub, nat_.axis, "Liên thông văn bản quốc gia", v);
    AddRel(kFlow, p.one_stop, p.hub, "Đồng bộ hồ sơ thủ tục hành chính", v);
    AddRel(kFlow, p.hub, nat_.dvcqg, "Đồng bộ trạng thái hồ sơ lên Cổng Dịch vụ công quốc gia", v);
    AddRel(kFlow, p.dvc, p.hub, "Tiếp nhận hồ sơ trực tuyến", v);
    AddRel(kFlow, p.info, p.hub, "Công khai thông tin", v);
    AddRel(kFlow, p.report, p.hub, "Gửi báo cáo định kỳ", v);
    AddRel(kFlow, p.hub, nat_.bcqg, "Báo cáo Chính phủ", v);
    AddRel(kFlow, p.email, p.hub, nullptr, v);
    AddRel(kFlow, p.dvc, nat_.pay, "Thanh toán phí, lệ phí trực tuyến", v);
    AddRel(kServing, nat_.idp, p.dvc, "Xác thực người dùng", v);
    AddRel(kFlow, p.soc, nat_.monitor, "Chia sẻ thông tin giám sát", v);
    AddRel(kAssociation, p.net, p.dc, nullptr, v);
    AddRel(kAssociation, p.net, p.soc, nullptr, v);
    AddRel(kServing, p.one_stop, p.actor, "Giải quyết thủ tục hành chính", v);
    for (uint32_t ac : p.core_acs) {
      AddRel(kRealization, p.dc, ac, nullptr, v);
      if (m_.elems[ac].security >= 3) AddRel(kServing, p.soc, ac, nullptr, false);
    }
    if (a > 0) AddRel(kFlow, p.hub, parts_[0].hub, "Liên thông dữ liệu giữa các LGSP", false);
    parts_.push_back(std::move(p));
  }

  // Components owned by another agency, the targets of seeded point-to-point links. Only needed
  // when the file has no second agency of its own.
  void BuildViolationReferences() {
    if (!spec_.violations || spec_.agencies.size() > 1) return;
    const Agency& nb = spec_.neighbor;
    const uint16_t owner = AddOwner(nb.code);
    const uint64_t n = std::max<uint64_t>(1, spec_.elements / 5000);
    for (uint64_t i = 0; i < n; ++i) {
      const Domain& d = kDomains[i % Count(kDomains)];
      const uint32_t e = Add(kAC, "app.sector",
                             std::string("Hệ thống thông tin chuyên ngành ") + d.vi + " của " + nb.name,
                             nb.code + ".UD.9" + Code5(i), 0, owner);
      neighbor_apps_.push_back(e);
    }
  }

  // -- bulk -----------------------------------------------------------------------------------------

  void BuildBulk(size_t a, uint64_t count) {
    AgencyParts& p = parts_[a];
    const Agency& ag = spec_.agencies[a];
    std::vector<Type> types;
    types.reserve(count);
    uint64_t assigned = 0;
    for (int t = 1; t < kTypeCount; ++t) {
      const uint64_t c = count * kTypeShare[t] / 100;
      types.insert(types.end(), c, static_cast<Type>(t));
      assigned += c;
    }
    types.insert(types.end(), count - assigned, kAC);
    rng_.Shuffle(types);
    for (Type t : types) {
      switch (t) {
        case kAC: BulkComponent(p, ag); break;
        case kDO: BulkData(p, ag); break;
        case kNode: BulkNode(p, ag); break;
        case kBS: BulkService(p, ag); break;
        case kBA: BulkActor(p, ag); break;
        case kAS: BulkAppService(p, ag); break;
        case kSS: BulkSoftware(p, ag); break;
        case kCN: BulkNet(p, ag); break;
        default: break;
      }
    }
  }

  int DrawSecurity() {
    static constexpr uint32_t kWeights[] = {15, 40, 30, 12, 3};
    return static_cast<int>(rng_.Weighted(kWeights)) + 1;
  }

  void BulkComponent(AgencyParts& p, const Agency& ag) {
    static constexpr uint32_t kWeights[] = {45, 30, 12, 8, 2, 3};
    const size_t what = rng_.Weighted(kWeights);
    const Domain& d = kDomains[rng_.Below(Count(kDomains))];
    const uint64_t n = ++counter_[0];
    std::string name, code;
    const char* kind = nullptr;
    int security = DrawSecurity();
    switch (what) {
      case 0:
        kind = "app.sector";
        switch (rng_.Below(3)) {
          case 0: name = std::string("Hệ thống thông tin chuyên ngành ") + d.vi + " số " + Num(n); break;
          case 1: name = std::string("Phần mềm quản lý ") + d.vi + " " + Num(n); break;
          default: name = std::string("Hệ thống thông tin ") + d.vi + " số " + Num(n); break;
        }
        code = ag.code + ".UD." + Code5(n);
        break;
      case 1:
        kind = "app.internal";
        name = std::string(rng_.Percent(70) ? "Phần mềm quản lý " : "Ứng dụng ") +
               kInternal[rng_.Below(Count(kInternal))] + " số " + Num(n);
        code = ag.code + ".UD." + Code5(n);
        break;
      case 2:
        kind = "db.sector";
        name = std::string("Cơ sở dữ liệu chuyên ngành ") + d.vi + " " + Num(n);
        code = ag.code + ".CSDL." + Code5(n);
        break;
      case 3:
        kind = "db.shared";
        name = std::string("Cơ sở dữ liệu dùng chung ") + d.vi + " " + Num(n);
        code = ag.code + ".CSDL." + Code5(n);
        break;
      case 4:
        kind = "portal.information";
        name = std::string("Trang thông tin điện tử ") + d.vi + " " + Num(n);
        code = ag.code + ".TTDT." + Code5(n);
        security = std::max(security, 3);  // SEC-005: portal.* >= 3
        break;
      default:
        name = std::string("Ứng dụng ") + d.vi + " " + Num(n);  // unclassified: no eaf:kind
        code = ag.code + ".UD." + Code5(n);
        break;
    }
    const uint32_t i = Add(kAC, kind, std::move(name), std::move(code), security, p.owner);
    Elem& e = m_.elems[i];
    static constexpr uint32_t kStatusWeights[] = {80, 10, 7, 3};
    e.status = static_cast<int8_t>(rng_.Weighted(kStatusWeights));
    if (what == 2 || what == 3) {
      e.subject = d.subject;
      p.dbs.push_back(i);
    } else {
      p.apps.push_back(i);
    }
    if (rng_.Percent(10)) {
      e.doc = "Triển khai theo Kế hoạch số " + Num(100 + rng_.Below(900)) + "/KH-" +
              (ag.level == Level::kMinistry ? "BỘ" : ag.level == Level::kNational ? "VPCP" : "UBND") + " ngày " + Num(1 + rng_.Below(28)) +
              "/" + Num(1 + rng_.Below(12)) + "/" + Num(2018 + rng_.Below(7)) + "; đơn vị vận hành: " +
              ag.actor + ".";
    }
  }

  void BulkData(AgencyParts& p, const Agency& ag) {
    const Domain& d = kDomains[rng_.Below(Count(kDomains))];
    const uint64_t n = ++counter_[1];
    static constexpr uint32_t kWeights[] = {20, 10, 70};
    const size_t what = rng_.Weighted(kWeights);
    std::string name;
    const char* kind = nullptr;
    std::string code;
    if (what == 0) {
      kind = "db.sector";
      name = std::string("Tập dữ liệu chuyên ngành ") + d.vi + " " + Num(n);
      code = ag.code + ".DL." + Code5(n);
    } else if (what == 1) {
      kind = "db.shared";
      name = std::string("Kho dữ liệu dùng chung ") + d.vi + " " + Num(n);
      code = ag.code + ".DL." + Code5(n);
    } else {
      static constexpr const char* kForms[] = {"Hồ sơ thủ tục hành chính ", "Dữ liệu danh mục ",
                                               "Báo cáo thống kê ", "Dữ liệu mở "};
      name = std::string(kForms[rng_.Below(Count(kForms))]) + d.vi + " số " + Num(n);
    }
    const uint32_t i = Add(kDO, kind, std::move(name), std::move(code), 0, p.owner);
    if (kind != nullptr) m_.elems[i].subject = d.subject;
    p.data.push_back(i);
  }

  void BulkNode(AgencyParts& p, const Agency& ag) {
    const uint64_t n = ++counter_[2];
    static constexpr uint32_t kWeights[] = {15, 5, 10, 70};
    const size_t what = rng_.Weighted(kWeights);
    std::string name;
    const char* kind = nullptr;
    if (what == 0) {
      kind = "infra.cloud";
      name = "Hạ tầng điện toán đám mây " + ag.name + " – vùng " + Num(n);
    } else if (what == 1) {
      kind = "infra.data-center";
      name = "Trung tâm dữ liệu dự phòng số " + Num(n);
    } else if (what == 2) {
      kind = "sec.firewall";
      name = "Tường lửa lớp mạng " + Num(n);
    } else {
      static constexpr const char* kForms[] = {"Máy chủ ứng dụng ", "Máy chủ cơ sở dữ liệu ",
                                               "Cụm máy chủ ảo hóa ", "Máy chủ web "};
      name = std::string(kForms[rng_.Below(Count(kForms))]) + Num(n);
    }
    const uint32_t i = Add(kNode, kind, std::move(name), "", 0, p.owner);
    p.nodes.push_back(i);
    if (what != 2) p.hosts.push_back(i);
  }

  void BulkService(AgencyParts& p, const Agency&) {
    const uint64_t n = ++counter_[3];
    const uint32_t i = Add(kBS, "service.public",
                           std::string("Dịch vụ công trực tuyến ") +
                               kProcedures[rng_.Below(Count(kProcedures))] + " số " + Num(n),
                           "", 0, p.owner);
    static constexpr uint32_t kWeights[] = {5, 25, 30, 40};
    m_.elems[i].service = static_cast<int8_t>(rng_.Weighted(kWeights) + 1);
    p.services.push_back(i);
  }

  void BulkActor(AgencyParts& p, const Agency&) {
    const uint64_t n = ++counter_[4];
    static constexpr uint32_t kWeights[] = {40, 40, 10, 10};
    const size_t what = rng_.Weighted(kWeights);
    const Domain& d = kDomains[rng_.Below(Count(kDomains))];
    if (what == 0) {
      const uint32_t i = Add(kBA, "agency.unit", std::string("Phòng ") + d.vi + " số " + Num(n), "", 0, p.owner);
      p.units.push_back(i);
      return;
    }
    std::string name;
    const char* kind = nullptr;
    if (what == 1) {
      kind = "user.official";
      name = std::string("Cán bộ, công chức lĩnh vực ") + d.vi + " (nhóm " + Num(n) + ")";
    } else if (what == 2) {
      kind = "user.citizen";
      name = "Người dân (nhóm " + Num(n) + ")";
    } else {
      kind = "user.business";
      name = "Doanh nghiệp (nhóm " + Num(n) + ")";
    }
    p.users.push_back(Add(kBA, kind, std::move(name), "", 0, p.owner));
  }

  void BulkAppService(AgencyParts& p, const Agency&) {
    const uint64_t n = ++counter_[5];
    static constexpr const char* kForms[] = {"Dịch vụ tra cứu ", "Dịch vụ đồng bộ dữ liệu ",
                                             "Dịch vụ tiếp nhận hồ sơ ", "Dịch vụ cung cấp dữ liệu "};
    const Domain& d = kDomains[rng_.Below(Count(kDomains))];
    p.app_services.push_back(Add(kAS, nullptr,
                                 std::string(kForms[rng_.Below(Count(kForms))]) + d.vi + " " + Num(n),
                                 "", 0, p.owner));
  }

  void BulkSoftware(AgencyParts& p, const Agency&) {
    const uint64_t n = ++counter_[6];
    if (rng_.Percent(10)) {
      p.software.push_back(Add(kSS, "sec.firewall", "Tường lửa ứng dụng web (WAF) " + Num(n), "", 0, p.owner));
      return;
    }
    static constexpr const char* kForms[] = {"Hệ quản trị cơ sở dữ liệu PostgreSQL ",
                                             "Máy chủ ứng dụng Apache Tomcat ",
                                             "Hệ điều hành Ubuntu Server ", "Nền tảng ảo hóa "};
    const uint32_t i = Add(kSS, nullptr, std::string(kForms[rng_.Below(Count(kForms))]) + Num(n), "", 0, p.owner);
    p.software.push_back(i);
    p.hosts.push_back(i);
  }

  void BulkNet(AgencyParts& p, const Agency&) {
    const uint64_t n = ++counter_[7];
    const bool specialized = rng_.Percent(60);
    p.nets.push_back(Add(kCN, specialized ? "infra.network.specialized" : "infra.network.internet",
                         specialized ? "Mạng truyền số liệu chuyên dùng – nhánh " + Num(n)
                                     : "Đường truyền Internet " + Num(n),
                         "", 0, p.owner));
  }

  // -- relationships ----------------------------------------------------------------------------

  // Every bulk element takes part in at least one relationship.
  void Anchor(size_t a) {
    AgencyParts& p = parts_[a];
    for (uint32_t app : p.apps) HubFlow(p, app);
    for (uint32_t db : p.dbs) DbFlow(p, db);
    auto deploy = [&](uint32_t ac) { AddRel(kRealization, rng_.Pick(p.hosts), ac, nullptr, false); };
    for (uint32_t ac : p.apps) deploy(ac);
    for (uint32_t ac : p.dbs) deploy(ac);
    for (uint32_t ac : p.apps) {
      if (m_.elems[ac].security >= 3) AddRel(kServing, p.soc, ac, nullptr, false);
    }
    for (uint32_t ac : p.dbs) {
      if (m_.elems[ac].security >= 3) AddRel(kServing, p.soc, ac, nullptr, false);
    }
    for (uint32_t d : p.data) DataAccess(p, d);
    for (uint32_t s : p.services) ServeService(p, s);
    for (uint32_t u : p.units) AddRel(kComposition, p.actor, u, nullptr, false);
    for (uint32_t u : p.users) {
      if (!p.services.empty()) AddRel(kServing, rng_.Pick(p.services), u, nullptr, false);
      else AddRel(kServing, p.dvc != kNone ? p.dvc : p.hub, u, nullptr, false);
    }
    for (uint32_t s : p.app_services) AddRel(kRealization, RandomComponent(p), s, nullptr, false);
    for (uint32_t s : p.software) AddRel(kComposition, rng_.Pick(p.nodes), s, nullptr, false);
    for (size_t i = 1; i < p.nodes.size(); ++i) AddRel(kAssociation, rng_.Pick(p.nets), p.nodes[i], nullptr, false);
    for (size_t i = 1; i < p.nets.size(); ++i) AddRel(kAssociation, p.nets[i], p.dc, nullptr, false);
  }

  void HubFlow(AgencyParts& p, uint32_t app, RelType type = kFlow) {
    const bool out = rng_.Percent(50);
    Rel& r = AddRel(type, out ? app : p.hub, out ? p.hub : app, nullptr, false);
    if (rng_.Percent(15)) r.protocol = static_cast<int8_t>(rng_.Below(Count(kProtocols)));
    if (rng_.Percent(10)) r.name = RelName(out ? "Chia sẻ dữ liệu qua LGSP" : "Nhận dữ liệu qua LGSP");
  }

  void DbFlow(AgencyParts& p, uint32_t db) {
    const uint32_t app = p.apps.empty() ? p.hub : rng_.Pick(p.apps);
    const bool read = rng_.Percent(60);
    AddRel(kFlow, read ? db : app, read ? app : db, nullptr, false);
  }

  uint32_t RandomComponent(AgencyParts& p) {
    const uint64_t n = p.apps.size() + p.dbs.size();
    if (n == 0) return p.core_acs[rng_.Below(p.core_acs.size())];
    const uint32_t i = rng_.Below(n);
    return i < p.apps.size() ? p.apps[i] : p.dbs[i - p.apps.size()];
  }

  void DataAccess(AgencyParts& p, uint32_t d) {
    static constexpr uint32_t kWeights[] = {40, 25, 25, 10};
    Rel& r = AddRel(kAccess, RandomComponent(p), d, nullptr, false);
    r.access = static_cast<int8_t>(rng_.Weighted(kWeights));
  }

  void ServeService(AgencyParts& p, uint32_t s) {
    uint32_t app;
    const uint32_t x = rng_.Below(100);
    if (x < 30 && p.one_stop != kNone) app = p.one_stop;
    else if (x < 50 && p.dvc != kNone) app = p.dvc;
    else if (!p.apps.empty()) app = rng_.Pick(p.apps);
    else app = p.core_acs[0];
    AddRel(kServing, app, s, nullptr, false);
  }

  // One more relationship of a random sort, for agency a.
  void Extra(size_t a) {
    AgencyParts& p = parts_[a];
    static constexpr uint32_t kWeights[] = {28, 20, 12, 10, 8, 6, 6, 5, 5};
    switch (rng_.Weighted(kWeights)) {
      case 0:
        if (!p.data.empty()) { DataAccess(p, rng_.Pick(p.data)); return; }
        break;
      case 1:
        if (!p.apps.empty()) { HubFlow(p, rng_.Pick(p.apps)); return; }
        break;
      case 2:
        if (!p.dbs.empty()) { DbFlow(p, rng_.Pick(p.dbs)); return; }
        break;
      case 3:
        if (!p.services.empty()) { ServeService(p, rng_.Pick(p.services)); return; }
        break;
      case 4:
        if (p.apps.size() >= 2) {
          uint32_t x = rng_.Pick(p.apps), y = rng_.Pick(p.apps);
          const Elem& ex = m_.elems[x];
          const Elem& ey = m_.elems[y];
          if (x != y && ex.security > 0 && ey.security > 0) {
            // The whole is the greater by (security level, index): acyclic, and SEC-004 holds.
            if (std::make_pair(ex.security, x) < std::make_pair(ey.security, y)) std::swap(x, y);
            AddRel(kComposition, x, y, nullptr, false);
            return;
          }
        }
        break;
      case 5:
        if (!p.app_services.empty() && !p.users.empty()) {
          AddRel(kServing, rng_.Pick(p.app_services), rng_.Pick(p.users), nullptr, false);
          return;
        }
        break;
      case 6:
        if (!p.apps.empty()) { AddRel(kRealization, rng_.Pick(p.hosts), rng_.Pick(p.apps), nullptr, false); return; }
        break;
      case 7:
        if (!p.apps.empty()) { HubFlow(p, rng_.Pick(p.apps), kTriggering); return; }
        break;
      default:
        if (p.nodes.size() > 1) { AddRel(kAssociation, rng_.Pick(p.nets), rng_.Pick(p.nodes), nullptr, false); return; }
        break;
    }
    // Fallback, always possible: another deployment of a core component.
    AddRel(kRealization, rng_.Pick(p.hosts), p.core_acs[rng_.Below(p.core_acs.size())], nullptr, false);
  }

  // -- violations ---------------------------------------------------------------------------------

  void SeedViolations() {
    const size_t before = m_.rels.size();
    for (size_t a = 0; a < parts_.size(); ++a) {
      AgencyParts& p = parts_[a];
      if (p.apps.size() < 2) continue;
      const size_t n = std::max<size_t>(1, p.apps.size() / 200);
      // SEC-001: components without eaf:security-level (their SOC link goes too).
      for (size_t i = 0; i < n; ++i) {
        const uint32_t app = p.apps[rng_.Below(p.apps.size())];
        // Portals are left alone so that a missing level never doubles as a SEC-005 finding.
        const char* kind = m_.elems[app].kind;
        if (m_.elems[app].security == 0 || (kind != nullptr && std::strncmp(kind, "portal.", 7) == 0)) continue;
        m_.elems[app].security = 0;
        if (a == 0) ++m_.missing_security;
      }
      // INT-001: point-to-point links between agencies, bypassing the platforms.
      for (size_t i = 0; i < n; ++i) {
        const uint32_t app = rng_.Pick(p.apps);
        uint32_t other;
        if (parts_.size() > 1) {
          size_t b = rng_.Below(parts_.size() - 1);
          if (b >= a) ++b;
          if (parts_[b].apps.empty()) continue;
          other = rng_.Pick(parts_[b].apps);
        } else {
          other = rng_.Pick(neighbor_apps_);
        }
        AddRel(kFlow, app, other, "Kết nối trực tiếp (điểm – điểm)", false);
        ++m_.p2p_cross_agency;
      }
      // INT-006: same-agency applications exchanging directly, not through the LGSP.
      for (size_t i = 0; i < n; ++i) {
        const uint32_t x = rng_.Pick(p.apps), y = rng_.Pick(p.apps);
        if (x == y) continue;
        AddRel(kFlow, x, y, nullptr, false);
        if (a == 0) ++m_.direct_same_agency;
      }
      // SEC-004: a whole with a lower security level than its part.
      for (size_t i = 0; i < std::max<size_t>(1, n / 5); ++i) {
        uint32_t x = rng_.Pick(p.apps), y = rng_.Pick(p.apps);
        int8_t sx = m_.elems[x].security, sy = m_.elems[y].security;
        if (x == y || sx == 0 || sy == 0 || sx == sy) continue;
        if (sx > sy) std::swap(x, y);
        AddRel(kComposition, x, y, nullptr, false);
        if (a == 0) ++m_.composition_inverted;
      }
    }
    // Drop the SOC links of components that lost their level (SEC-002 scope stays consistent).
    std::vector<Rel> kept;
    kept.reserve(m_.rels.size());
    for (const Rel& r : m_.rels) {
      if (r.type == kServing && m_.elems[r.source].kind != nullptr &&
          std::strcmp(m_.elems[r.source].kind, "sec.soc") == 0 && m_.elems[r.target].security == 0 &&
          m_.elems[r.target].owner == m_.elems[r.source].owner) {
        continue;
      }
      kept.push_back(r);
    }
    violation_rels_ = m_.rels.size() - before;
    // The dropped SOC links were all anchors (after the core, before the violations).
    m_.rels = std::move(kept);
    // Move the violations right after the core so that truncation never drops them.
    std::vector<Rel> ordered(m_.rels.begin(), m_.rels.begin() + static_cast<std::ptrdiff_t>(mandatory_end_));
    ordered.insert(ordered.end(), m_.rels.end() - static_cast<std::ptrdiff_t>(violation_rels_), m_.rels.end());
    ordered.insert(ordered.end(), m_.rels.begin() + static_cast<std::ptrdiff_t>(mandatory_end_),
                   m_.rels.end() - static_cast<std::ptrdiff_t>(violation_rels_));
    m_.rels = std::move(ordered);
  }

  const FileSpec& spec_;
  Rng rng_;
  Model m_;
  std::vector<AgencyParts> parts_;
  NationalParts nat_;
  uint16_t vn_owner_ = 0;
  std::vector<uint32_t> neighbor_apps_;
  uint64_t counter_[kTypeCount] = {};
  size_t mandatory_end_ = 0;
  size_t violation_rels_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/// Buffered output: appends to a big string and hands it to stdio in 8 MiB pieces.
class Out {
 public:
  explicit Out(FILE* f) : f_(f) { buf_.reserve(kChunk + (1u << 20)); }
  Out& operator<<(std::string_view s) {
    buf_.append(s);
    if (buf_.size() >= kChunk) Flush();
    return *this;
  }
  Out& Num(uint64_t v) {
    char tmp[24];
    const auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, r.ptr);
    return *this;
  }
  /// Text with &, <, > and " escaped.
  Out& Esc(std::string_view s) {
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      const char* rep = nullptr;
      switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        default: continue;
      }
      buf_.append(s.substr(start, i - start));
      buf_.append(rep);
      start = i + 1;
    }
    buf_.append(s.substr(start));
    if (buf_.size() >= kChunk) Flush();
    return *this;
  }
  bool Flush() {
    if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size()) ok_ = false;
    buf_.clear();
    return ok_;
  }
  bool ok() const { return ok_; }

 private:
  static constexpr size_t kChunk = 8u << 20;
  FILE* f_;
  std::string buf_;
  bool ok_ = true;
};

struct PropDef {
  const char* id;
  const char* name;
};
constexpr PropDef kPropDefs[] = {
    {"pd-level", "eaf:level"},       {"pd-agency", "eaf:agency"},
    {"pd-framework", "eaf:framework"}, {"pd-state", "eaf:state"},
    {"pd-kind", "eaf:kind"},         {"pd-owner", "eaf:owner"},
    {"pd-code", "eaf:code"},         {"pd-security-level", "eaf:security-level"},
    {"pd-service-level", "eaf:service-level"}, {"pd-status", "eaf:status"},
    {"pd-subject", "eaf:subject"},   {"pd-protocol", "eaf:protocol"},
};

void Prop(Out& o, std::string_view indent, std::string_view def, std::string_view value) {
  o << indent << "<property propertyDefinitionRef=\"" << def << "\">\n"
    << indent << "  <value>";
  o.Esc(value) << "</value>\n" << indent << "</property>\n";
}

void ElemId(Out& o, const std::string& prefix, uint32_t i) { o << prefix << "e-"; o.Num(i + 1ull); }
void RelId(Out& o, const std::string& prefix, size_t i) { o << prefix << "r-"; o.Num(i + 1ull); }

bool Write(const Model& m, const std::string& prefix, FILE* f) {
  Out o(f);
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" "
       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:schemaLocation=\"http://www.opengroup.org/xsd/archimate/3.0/ "
       "http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd\" identifier=\""
    << prefix << m.id << "\">\n";
  o << "  <name xml:lang=\"vi\">";
  o.Esc(m.name) << "</name>\n  <documentation xml:lang=\"vi\">";
  o.Esc(m.doc) << "</documentation>\n  <properties>\n";
  Prop(o, "    ", "pd-level", LevelName(m.agency.level));
  Prop(o, "    ", "pd-agency", m.agency.code);
  Prop(o, "    ", "pd-framework", "2.0");
  Prop(o, "    ", "pd-state", "baseline");
  o << "  </properties>\n  <elements>\n";
  char digit[2] = {0, 0};
  for (uint32_t i = 0; i < m.elems.size(); ++i) {
    const Elem& e = m.elems[i];
    o << "    <element identifier=\"";
    ElemId(o, prefix, i);
    o << "\" xsi:type=\"" << kTypeNames[e.type] << "\">\n      <name xml:lang=\"vi\">";
    o.Esc(e.name) << "</name>\n";
    if (!e.doc.empty()) {
      o << "      <documentation xml:lang=\"vi\">";
      o.Esc(e.doc) << "</documentation>\n";
    }
    const bool has_props = e.kind || e.owner != 0 || !e.code.empty() || e.security || e.service ||
                           e.status >= 0 || e.subject;
    if (!has_props) {
      o << "    </element>\n";
      continue;
    }
    o << "      <properties>\n";
    constexpr std::string_view kIn = "        ";
    if (e.kind) Prop(o, kIn, "pd-kind", e.kind);
    if (e.owner != 0) Prop(o, kIn, "pd-owner", m.owners[e.owner]);
    if (!e.code.empty()) Prop(o, kIn, "pd-code", e.code);
    if (e.security) {
      digit[0] = static_cast<char>('0' + e.security);
      Prop(o, kIn, "pd-security-level", digit);
    }
    if (e.service) {
      digit[0] = static_cast<char>('0' + e.service);
      Prop(o, kIn, "pd-service-level", digit);
    }
    if (e.subject) Prop(o, kIn, "pd-subject", e.subject);
    if (e.status >= 0) Prop(o, kIn, "pd-status", kStatuses[e.status]);
    o << "      </properties>\n    </element>\n";
  }
  o << "  </elements>\n  <relationships>\n";
  for (size_t i = 0; i < m.rels.size(); ++i) {
    const Rel& r = m.rels[i];
    o << "    <relationship identifier=\"";
    RelId(o, prefix, i);
    o << "\" source=\"";
    ElemId(o, prefix, r.source);
    o << "\" target=\"";
    ElemId(o, prefix, r.target);
    o << "\" xsi:type=\"" << kRelNames[r.type] << "\"";
    if (r.access >= 0) o << " accessType=\"" << kAccessTypes[r.access] << "\"";
    if (r.name == 0 && r.protocol < 0) {
      o << " />\n";
      continue;
    }
    o << ">\n";
    if (r.name != 0) {
      o << "      <name xml:lang=\"vi\">";
      o.Esc(m.rel_names[r.name]) << "</name>\n";
    }
    if (r.protocol >= 0) {
      o << "      <properties>\n";
      Prop(o, "        ", "pd-protocol", kProtocols[r.protocol]);
      o << "      </properties>\n";
    }
    o << "    </relationship>\n";
  }
  o << "  </relationships>\n";

  // Organizations: Archi-style folders by layer.
  o << "  <organizations>\n";
  static constexpr const char* kFolders[] = {"Nghiệp vụ", "Ứng dụng", "Công nghệ &amp; Hạ tầng"};
  auto folder_of = [](Type t) {
    switch (t) {
      case kBS: case kBA: return 0;
      case kAC: case kAS: case kDO: return 1;
      default: return 2;
    }
  };
  for (int folder = 0; folder < 3; ++folder) {
    o << "    <item>\n      <label xml:lang=\"vi\">" << kFolders[folder] << "</label>\n";
    for (uint32_t i = 0; i < m.elems.size(); ++i) {
      if (folder_of(m.elems[i].type) != folder) continue;
      o << "      <item identifierRef=\"";
      ElemId(o, prefix, i);
      o << "\" />\n";
    }
    o << "    </item>\n";
  }
  // Relationships are left out of the folders: with them the default file would pass 80 MB.
  o << "    <item>\n      <label xml:lang=\"vi\">Khung nhìn</label>\n"
       "      <item identifierRef=\"" << prefix << "v-1\" />\n    </item>\n  </organizations>\n";

  o << "  <propertyDefinitions>\n";
  for (const PropDef& d : kPropDefs) {
    o << "    <propertyDefinition identifier=\"" << d.id << "\" type=\"string\">\n      <name>" << d.name
      << "</name>\n    </propertyDefinition>\n";
  }
  o << "  </propertyDefinitions>\n";

  // One overview diagram of the core systems and the links between them.
  o << "  <views>\n    <diagrams>\n      <view identifier=\"" << prefix
    << "v-1\" xsi:type=\"Diagram\">\n        <name xml:lang=\"vi\">Tổng quan kiến trúc</name>\n";
  std::vector<uint32_t> node_of(m.elems.size(), kNone);
  for (size_t k = 0; k < m.view_elems.size(); ++k) {
    const uint32_t e = m.view_elems[k];
    node_of[e] = static_cast<uint32_t>(k);
    o << "        <node identifier=\"" << prefix << "n-";
    o.Num(k + 1) << "\" elementRef=\"";
    ElemId(o, prefix, e);
    o << "\" xsi:type=\"Element\" x=\"";
    o.Num(24 + (k % 6) * 200) << "\" y=\"";
    o.Num(24 + (k / 6) * 120) << "\" w=\"160\" h=\"70\" />\n";
  }
  size_t c = 0;
  for (size_t i = 0; i < m.rels.size(); ++i) {
    const Rel& r = m.rels[i];
    if (!r.in_view || node_of[r.source] == kNone || node_of[r.target] == kNone) continue;
    o << "        <connection identifier=\"" << prefix << "c-";
    o.Num(++c) << "\" relationshipRef=\"";
    RelId(o, prefix, i);
    o << "\" xsi:type=\"Relationship\" source=\"" << prefix << "n-";
    o.Num(node_of[r.source] + 1ull) << "\" target=\"" << prefix << "n-";
    o.Num(node_of[r.target] + 1ull) << "\" />\n";
  }
  o << "      </view>\n    </diagrams>\n  </views>\n</model>\n";
  return o.Flush();
}

void Summary(const Model& m, const std::string& where) {
  size_t types[kTypeCount] = {};
  size_t rels[kRelTypeCount] = {};
  for (const Elem& e : m.elems) ++types[e.type];
  for (const Rel& r : m.rels) ++rels[r.type];
  std::fprintf(stderr, "%s: agency %s (%s), %zu elements, %zu relationships\n", where.c_str(),
               m.agency.code.c_str(), LevelName(m.agency.level), m.elems.size(), m.rels.size());
  for (int t = 0; t < kTypeCount; ++t) std::fprintf(stderr, "  %-22s %zu\n", kTypeNames[t], types[t]);
  for (int t = 0; t < kRelTypeCount; ++t) std::fprintf(stderr, "  %-22s %zu\n", kRelNames[t], rels[t]);
  if (m.missing_security + m.p2p_cross_agency + m.direct_same_agency + m.composition_inverted > 0) {
    std::fprintf(stderr,
                 "  seeded violations (file agency): SEC-001 components without security level %zu, "
                 "INT-001 point-to-point links between agencies %zu (all agencies), INT-006 direct "
                 "links %zu, SEC-004 inverted compositions %zu\n",
                 m.missing_security, m.p2p_cross_agency, m.direct_same_agency, m.composition_inverted);
  }
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

constexpr const char* kUsage =
    "usage: eaf_bench_generate [options]\n"
    "Writes a VN-EAF ArchiMate Open Exchange Format model for benchmarks. Deterministic per seed.\n"
    "\n"
    "  --elements N         elements per file (default 100000)\n"
    "  --relationships M    relationships per file (default 2.5 x elements, i.e. 250000); never fewer\n"
    "                       than the core links (about 35 per agency)\n"
    "  --agencies K         agencies in the file, each with its own LGSP, one-stop shop, portals,\n"
    "                       document management, SOC (default 1); the first is the file's agency,\n"
    "                       the others' elements carry eaf:owner and link to it through their LGSPs\n"
    "  --seed S             random seed (default 1)\n"
    "  --violations         seed profile violations: components without eaf:security-level (SEC-001),\n"
    "                       point-to-point links between agencies (INT-001), direct links between\n"
    "                       applications of one agency (INT-006), inverted compositions (SEC-004)\n"
    "  --agency-code CODE   the file's agency (default PTO, tỉnh Phú Thọ); known codes take their\n"
    "                       Vietnamese name and level from a built-in table\n"
    "  --level L            ministry | province | national (default: from the code, else province;\n"
    "                       national makes the VN model that owns NGSP and the other national systems)\n"
    "  -o FILE              output file (default standard output)\n"
    "  --files F --out-dir DIR\n"
    "                       federation: write DIR/agency-0001.xml ... agency-F.xml (ministries, then\n"
    "                       provinces, each with --elements elements) and DIR/national.xml with the\n"
    "                       national systems (NGSP, Trục liên thông văn bản, Cổng DVC quốc gia, ...)\n"
    "                       that the agency files reference by the same eaf:code\n"
    "  --summary            print element and relationship counts per type to standard error\n"
    "  --help               this text\n";

bool ParseNumber(const char* s, uint64_t& out) {
  const char* end = s + std::strlen(s);
  const auto r = std::from_chars(s, end, out);
  return r.ec == std::errc() && r.ptr == end;
}

int Fail(const std::string& msg) {
  std::fprintf(stderr, "eaf_bench_generate: %s\n", msg.c_str());
  return 2;
}

bool WriteFile(const Model& m, const std::string& prefix, const std::string& path) {
  FILE* f = path.empty() ? stdout : std::fopen(path.c_str(), "wb");
  if (f == nullptr) return false;
  bool ok = Write(m, prefix, f);
  if (f == stdout) ok = std::fflush(f) == 0 && ok;
  else ok = std::fclose(f) == 0 && ok;
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  FileSpec spec;
  bool rel_given = false, summary = false, code_given = false;
  uint64_t agencies = 1, files = 0;
  std::string code = "PTO", level, out, out_dir;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    auto value = [&](const char*& v) {
      if (i + 1 >= argc) return false;
      v = argv[++i];
      return true;
    };
    auto number = [&](uint64_t& n) {
      const char* v = nullptr;
      return value(v) && ParseNumber(v, n);
    };
    const char* v = nullptr;
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a == "--elements") {
      if (!number(spec.elements)) return Fail("--elements needs a number");
    } else if (a == "--relationships") {
      if (!number(spec.relationships)) return Fail("--relationships needs a number");
      rel_given = true;
    } else if (a == "--agencies") {
      if (!number(agencies) || agencies == 0 || agencies > 1000) return Fail("--agencies needs 1..1000");
    } else if (a == "--seed") {
      if (!number(spec.seed)) return Fail("--seed needs a number");
    } else if (a == "--files") {
      if (!number(files) || files == 0 || files > 10000) return Fail("--files needs 1..10000");
    } else if (a == "--violations") {
      spec.violations = true;
    } else if (a == "--summary") {
      summary = true;
    } else if (a == "--agency-code") {
      if (!value(v) || *v == '\0') return Fail("--agency-code needs a code");
      code = v;
      code_given = true;
    } else if (a == "--level") {
      if (!value(v)) return Fail("--level needs ministry, province or national");
      level = v;
      if (level != "ministry" && level != "province" && level != "national") {
        return Fail("--level must be ministry, province or national, not '" + level + "'");
      }
    } else if (a == "-o" || a == "--output") {
      if (!value(v)) return Fail("-o needs a file name");
      out = v;
    } else if (a == "--out-dir") {
      if (!value(v)) return Fail("--out-dir needs a directory");
      out_dir = v;
    } else {
      return Fail("unknown option '" + std::string(a) + "' (try --help)");
    }
  }
  if (spec.elements > 0xfffffff0ull || spec.relationships > 0xfffffff0ull) return Fail("too large");
  if (!rel_given) spec.relationships = spec.elements * 5 / 2;
  if ((files > 0) != !out_dir.empty()) return Fail("--files and --out-dir go together");

  if (files > 0) {
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (ec) return Fail("cannot create " + out_dir + ": " + ec.message());
    const uint64_t base_seed = spec.seed;
    std::vector<Agency> all;
    for (uint64_t i = 0; i < files; ++i) all.push_back(TableAgency(i));
    for (uint64_t i = 0; i < files; ++i) {
      FileSpec s = spec;
      s.seed = MixSeed(base_seed, i + 1);
      s.agencies = {all[i]};
      // Each LGSP links to the next two agencies' LGSPs (a ring), as references resolved by code.
      for (uint64_t d = 1; d <= 2 && d < files; ++d) s.peers.push_back(all[(i + d) % files]);
      s.neighbor = all[(i + 1) % files];
      if (files == 1) s.neighbor = TableAgency(1);
      s.id_prefix = "a" + std::string(4 - std::min<size_t>(4, std::to_string(i + 1).size()), '0') +
                    std::to_string(i + 1) + "-";
      Model m = Builder(s).Build();
      char name[32];
      std::snprintf(name, sizeof name, "agency-%04llu.xml", static_cast<unsigned long long>(i + 1));
      const std::string path = (std::filesystem::path(out_dir) / name).string();
      if (!WriteFile(m, s.id_prefix, path)) return Fail("cannot write " + path);
      if (summary) Summary(m, path);
    }
    FileSpec s = spec;
    s.seed = MixSeed(base_seed, 0);
    s.agencies = {NationalAgency()};
    s.lgsp_refs = all;
    s.violations = false;
    s.id_prefix = "vn-";
    Model m = Builder(s).Build();
    const std::string path = (std::filesystem::path(out_dir) / "national.xml").string();
    if (!WriteFile(m, s.id_prefix, path)) return Fail("cannot write " + path);
    if (summary) Summary(m, path);
    return 0;
  }

  // Single file: the named agency first, then agencies from the table that differ from it.
  Agency own;
  size_t table_index = kAgencyCount;
  for (size_t i = 0; i < kAgencyCount; ++i) {
    if (code == kAgencyTable[i].code) table_index = i;
  }
  if (code == "VN" || level == "national") {
    own = NationalAgency();
    if (code_given) own.code = code;
  } else if (table_index < kAgencyCount) {
    own = TableAgency(table_index);
  } else {
    own = MakeAgency(code, code, Level::kProvince);
  }
  if (level == "ministry") own = MakeAgency(own.code, own.name, Level::kMinistry);
  if (level == "province") own = MakeAgency(own.code, own.name, Level::kProvince);
  if (own.level == Level::kNational) {
    if (agencies > 1) return Fail("--level national makes one national file; --agencies must be 1");
  }
  spec.agencies = {own};
  for (size_t i = 0; spec.agencies.size() < agencies || spec.neighbor.code.empty(); ++i) {
    Agency a = TableAgency(i);
    if (a.code == own.code) continue;
    if (spec.neighbor.code.empty()) spec.neighbor = a;
    if (spec.agencies.size() < agencies) spec.agencies.push_back(a);
  }
  Model m = Builder(spec).Build();
  if (!WriteFile(m, spec.id_prefix, out)) return Fail("cannot write " + (out.empty() ? "standard output" : out));
  if (summary) Summary(m, out.empty() ? "<stdout>" : out);
  return 0;
}
