#include "model/profile.h"

#include <algorithm>

namespace eaf::model {
namespace {

using T = ElementType;

const std::vector<KindInfo>& KindTable() {
  // Kept sorted by kind: FindKind relies on it.
  static const std::vector<KindInfo> table = [] {
    std::vector<KindInfo> kinds{
        {"agency.ministry", {T::kBusinessActor}, "bộ", false},
        {"agency.national", {T::kBusinessActor}, "cơ quan trung ương", false},
        {"agency.province", {T::kBusinessActor}, "tỉnh", false},
        {"agency.unit", {T::kBusinessActor}, "đơn vị trực thuộc / sở ngành", false},
        {"app.document-management", {T::kApplicationComponent}, "Hệ thống quản lý văn bản và điều hành", false},
        {"app.e-cabinet", {T::kApplicationComponent}, "Hệ thống phục vụ họp và xử lý công việc (e-Cabinet)", false},
        {"app.email", {T::kApplicationComponent}, "Hệ thống thư điện tử công vụ", false},
        {"app.internal", {T::kApplicationComponent}, "ứng dụng nội bộ", false},
        {"app.national-reporting", {T::kApplicationComponent}, "Hệ thống thông tin báo cáo quốc gia", true},
        {"app.one-stop-shop", {T::kApplicationComponent}, "Hệ thống thông tin một cửa điện tử", false},
        {"app.reporting", {T::kApplicationComponent}, "Hệ thống thông tin báo cáo cấp bộ/tỉnh", false},
        {"app.sector", {T::kApplicationComponent}, "hệ thống thông tin chuyên ngành", false},
        {"db.national", {T::kApplicationComponent, T::kDataObject}, "cơ sở dữ liệu quốc gia", false},
        {"db.sector", {T::kApplicationComponent, T::kDataObject}, "CSDL chuyên ngành", false},
        {"db.shared", {T::kApplicationComponent, T::kDataObject}, "CSDL dùng chung", false},
        {"infra.cloud", {T::kNode}, "điện toán đám mây", false},
        {"infra.data-center", {T::kNode}, "trung tâm dữ liệu", false},
        {"infra.network.internet", {T::kCommunicationNetwork}, "Internet", false},
        {"infra.network.specialized", {T::kCommunicationNetwork}, "Mạng truyền số liệu chuyên dùng", false},
        {"platform.document-axis", {T::kApplicationComponent}, "Trục liên thông văn bản quốc gia", true},
        {"platform.identity", {T::kApplicationComponent}, "nền tảng định danh, xác thực điện tử", false},
        {"platform.lgsp", {T::kApplicationComponent}, "Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (LGSP)", false},
        {"platform.ngsp", {T::kApplicationComponent}, "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NGSP)", true},
        {"platform.payment", {T::kApplicationComponent}, "Nền tảng thanh toán trực tuyến", true},
        {"portal.information", {T::kApplicationComponent}, "Cổng thông tin điện tử", false},
        {"portal.national-public-service", {T::kApplicationComponent}, "Cổng Dịch vụ công quốc gia", true},
        {"portal.public-service", {T::kApplicationComponent}, "Cổng dịch vụ công cấp bộ/tỉnh", false},
        {"sec.firewall", {T::kNode, T::kSystemSoftware}, "tường lửa, thiết bị bảo vệ biên", false},
        {"sec.national-monitoring", {T::kNode, T::kApplicationComponent}, "hệ thống giám sát an toàn thông tin quốc gia", true},
        {"sec.soc", {T::kNode, T::kApplicationComponent}, "trung tâm giám sát an toàn thông tin (SOC)", false},
        {"service.public", {T::kBusinessService}, "dịch vụ công trực tuyến", false},
        {"user.business", {T::kBusinessActor, T::kBusinessRole}, "doanh nghiệp", false},
        {"user.citizen", {T::kBusinessActor, T::kBusinessRole}, "người dân", false},
        {"user.official", {T::kBusinessActor, T::kBusinessRole}, "cán bộ công chức", false},
    };
    std::sort(kinds.begin(), kinds.end(), [](const KindInfo& a, const KindInfo& b) { return a.kind < b.kind; });
    return kinds;
  }();
  return table;
}

}  // namespace

std::string_view ArchitectureName(Architecture architecture) {
  switch (architecture) {
    case Architecture::kBusiness: return "business";
    case Architecture::kData: return "data";
    case Architecture::kApplication: return "application";
    case Architecture::kTechnology: return "technology";
    case Architecture::kSecurity: return "security";
    case Architecture::kNone: return "none";
  }
  return "none";
}

std::optional<Architecture> ParseArchitecture(std::string_view name) {
  for (auto a : {Architecture::kBusiness, Architecture::kData, Architecture::kApplication,
                 Architecture::kTechnology, Architecture::kSecurity}) {
    if (ArchitectureName(a) == name) return a;
  }
  return std::nullopt;
}

std::span<const KindInfo> AllKinds() { return KindTable(); }

const KindInfo* FindKind(std::string_view kind) {
  const auto& table = KindTable();
  auto it = std::lower_bound(table.begin(), table.end(), kind,
                             [](const KindInfo& info, std::string_view k) { return info.kind < k; });
  return it != table.end() && it->kind == kind ? &*it : nullptr;
}

bool KindMatches(std::string_view kind, std::string_view prefix) {
  if (prefix.empty()) return false;
  if (prefix.back() == '*') prefix.remove_suffix(1);  // "db.*" means "db."
  if (!prefix.empty() && prefix.back() == '.') prefix.remove_suffix(1);
  return kind == prefix || (kind.size() > prefix.size() && kind.starts_with(prefix) && kind[prefix.size()] == '.');
}

Architecture ArchitectureOf(std::string_view kind, ElementType type) {
  if (!kind.empty()) {
    if (KindMatches(kind, "agency") || KindMatches(kind, "user") || KindMatches(kind, "service"))
      return Architecture::kBusiness;
    if (KindMatches(kind, "db")) return Architecture::kData;
    if (KindMatches(kind, "sec")) return Architecture::kSecurity;
    if (KindMatches(kind, "infra")) return Architecture::kTechnology;
    if (KindMatches(kind, "app") || KindMatches(kind, "portal") || KindMatches(kind, "platform"))
      return Architecture::kApplication;
  }
  switch (type) {
    case T::kDataObject: case T::kBusinessObject: case T::kArtifact:
      return Architecture::kData;
    case T::kNode: case T::kDevice: case T::kSystemSoftware: case T::kCommunicationNetwork:
    case T::kPath: case T::kTechnologyCollaboration: case T::kTechnologyInterface:
    case T::kTechnologyFunction: case T::kTechnologyProcess: case T::kTechnologyInteraction:
    case T::kTechnologyEvent: case T::kTechnologyService:
      return Architecture::kTechnology;
    default: break;
  }
  switch (LayerOf(type)) {
    case ArchiLayer::kBusiness: return Architecture::kBusiness;
    case ArchiLayer::kApplication: return Architecture::kApplication;
    default: return Architecture::kNone;
  }
}

}  // namespace eaf::model
