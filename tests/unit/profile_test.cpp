// The profile's kinds as data (rules/profile.xml): it loads, every kind has a label in every
// language, and a broken file says where and why.

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "model/messages.h"
#include "model/profile.h"

using namespace eaf;

TEST_CASE("profile: rules/profile.xml loads with the framework 2.0 kinds and the 3.0/4.0 national components") {
  for (const std::string& problem : model::ProfileProblems()) MESSAGE(problem);
  REQUIRE(model::ProfileProblems().empty());
  CHECK(model::AllKinds().size() == 37);
  const model::KindInfo* lgsp = model::FindKind("platform.lgsp");
  REQUIRE(lgsp != nullptr);
  CHECK(lgsp->expected_types == std::vector<model::ElementType>{model::ElementType::kApplicationComponent});
  CHECK(lgsp->architecture == model::Architecture::kApplication);
  CHECK(lgsp->band == model::OverviewBand::kPlatforms);
  CHECK(lgsp->federation_centre);  // the platform family's
  CHECK_FALSE(model::FindKind("portal.public-service")->federation_centre);
  CHECK(model::FindKind("db.national")->federation_centre);  // the kind's own, over its family's
  CHECK(model::FindKind("sec.firewall")->expected_types ==
        std::vector<model::ElementType>{model::ElementType::kNode, model::ElementType::kSystemSoftware});
  // The kinds that exist once nationally (PROFILE.md section 5).
  std::set<std::string> unique;
  for (const model::KindInfo& info : model::AllKinds()) {
    if (info.unique_nationally) unique.insert(info.kind);
  }
  CHECK(unique == std::set<std::string>{"app.national-reporting", "infra.national-data-center", "platform.document-axis",
                                        "platform.national-identity", "platform.ndop", "platform.ngsp", "platform.payment",
                                        "portal.national-public-service", "sec.national-monitoring"});
  CHECK(model::FindKind("platform.ndop")->since == "4.0");
  CHECK(model::FindKind("platform.national-identity")->since == "3.0");
  CHECK(model::FindKind("platform.lgsp")->since.empty());
  CHECK(model::KindWithRole(model::KindRole::kAgencyPlatform) == "platform.lgsp");
  CHECK(model::KindWithRole(model::KindRole::kNationalPlatform) == "platform.ngsp");
}

TEST_CASE("profile: the security-level approval keys are profile keys, so a model carrying them gets no LOAD-021") {
  const auto keys = model::AllPropertyKeys();
  for (std::string_view key : {"eaf:security-approval", "eaf:security-approval-date", "eaf:security-level"}) {
    CAPTURE(key);
    CHECK(std::find(keys.begin(), keys.end(), key) != keys.end());
  }
}

TEST_CASE("profile: a kind the family does not list still takes the family's architecture") {
  REQUIRE(model::FindFamily("db.custom") != nullptr);
  CHECK(model::FindFamily("db.custom")->band == model::OverviewBand::kData);
  CHECK(model::FindFamily("db")->name == "db");
  CHECK(model::FindFamily("dbx.national") == nullptr);
  CHECK(model::ArchitectureOf("db.custom", model::ElementType::kNode) == model::Architecture::kData);
  CHECK(model::ArchitectureOf("nope.custom", model::ElementType::kNode) == model::Architecture::kTechnology);
  CHECK(model::ArchitectureOf("portal.information", model::ElementType::kBusinessActor) == model::Architecture::kApplication);
}

TEST_CASE("profile: every kind has a label in every language, and every label a kind") {
  // (The diagrams' other labels, named by computed ids, are checked here too.)
  std::set<std::string> kinds;
  for (const model::KindInfo& info : model::AllKinds()) kinds.insert(info.kind);
  REQUIRE_FALSE(kinds.empty());
  for (std::string_view lang : model::kLanguages) {
    const model::MessageCatalog& catalogue = model::Messages(lang);
    for (const std::string& kind : kinds) {
      INFO("kind " << kind << " in " << lang);
      CHECK(catalogue.Find("kind." + kind) != nullptr);
    }
    for (const std::string& id : catalogue.Ids()) {
      if (id.starts_with("kind.")) CHECK_MESSAGE(kinds.count(id.substr(5)), id << " labels no kind of the profile");
    }
    // The diagrams and the gap report name the bands and the architectures too.
    for (auto band : {model::OverviewBand::kUsers, model::OverviewBand::kPortals, model::OverviewBand::kServices,
                      model::OverviewBand::kApplications, model::OverviewBand::kPlatforms, model::OverviewBand::kData,
                      model::OverviewBand::kTechnology, model::OverviewBand::kSecurity}) {
      CHECK(catalogue.Find("view.band." + std::string(model::OverviewBandName(band))) != nullptr);
    }
    for (auto architecture : {model::Architecture::kBusiness, model::Architecture::kData, model::Architecture::kApplication,
                              model::Architecture::kTechnology, model::Architecture::kSecurity}) {
      CHECK(catalogue.Find("view.architecture." + std::string(model::ArchitectureName(architecture))) != nullptr);
    }
    for (int type = 0; type < static_cast<int>(model::RelationshipType::kCount); ++type) {
      std::string name(model::RelationshipTypeName(static_cast<model::RelationshipType>(type)));
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      CHECK_MESSAGE(catalogue.Find("view.relationship." + name) != nullptr, name);
    }
  }
  CHECK(model::KindLabel("vi", "app.national-reporting") == "Hệ thống thông tin báo cáo Chính phủ");
  CHECK(model::KindLabel("en", "app.national-reporting") == "Government reporting information system");
  CHECK(model::KindLabel("vi", "x.unknown") == "x.unknown");
}

TEST_CASE("profile: a broken profile file says where and why, and gives no kinds") {
  model::ProfileTables tables;
  std::vector<std::string> problems;
  CHECK_FALSE(model::ParseProfile("p.xml",
                                  "<profile>\n"
                                  "<family name=\"db\" architecture=\"data\" band=\"data\">\n"
                                  "  <kind name=\"db.national\" types=\"ApplicationComponent Nod\"/>\n"
                                  "  <kind name=\"app.x\" types=\"Node\" role=\"hub\"/>\n"
                                  "  <kind name=\"db.national\" types=\"Node\" uniqe-nationally=\"true\"/>\n"
                                  "</family>\n"
                                  "<family name=\"sec\" architecture=\"safety\" band=\"security\" federation-centre=\"yes\"/>\n"
                                  "<kinds/>\n"
                                  "</profile>\n",
                                  tables, problems));
  CHECK(problems == std::vector<std::string>{
                        "p.xml:3:3: unknown ArchiMate element type 'Nod' in types",
                        "p.xml:4:3: kind 'app.x' does not start with its family's name 'db.'",
                        "p.xml:4:3: unknown role 'hub'; use agency-platform or national-platform",
                        "p.xml:5:3: <kind> has no attribute 'uniqe-nationally'",
                        "p.xml:5:3: kind 'db.national' is given twice",
                        "p.xml:7:1: unknown architecture 'safety'; use business, data, application, technology or security",
                        "p.xml:7:1: federation-centre is true or false, not 'yes'",
                        "p.xml:8:1: a <profile> holds <family> elements, not <kinds>",
                    });
  CHECK(tables.kinds.empty());
  CHECK(tables.families.empty());

  problems.clear();
  CHECK_FALSE(model::ParseProfile("p.xml", "<profile>\n<family name=\"db\">\n</profile>\n", tables, problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].starts_with("p.xml:3:3: malformed XML: "));

  problems.clear();
  CHECK_FALSE(model::ParseProfile("p.xml", "<profile/>", tables, problems));
  CHECK(problems == std::vector<std::string>{"p.xml:1:1: the profile defines no kind"});

  problems.clear();
  CHECK_FALSE(model::ParseProfile("p.xml",
                                  "<profile><family name=\"platform\" architecture=\"application\" band=\"platforms\">\n"
                                  "<kind name=\"platform.a\" types=\"Node\" role=\"national-platform\"/>\n"
                                  "<kind name=\"platform.b\" types=\"Node\" role=\"national-platform\"/>\n"
                                  "</family></profile>",
                                  tables, problems));
  CHECK(problems == std::vector<std::string>{"p.xml:3:1: role 'national-platform' is given to 'platform.a' already"});
}

TEST_CASE("profile: a profile found nowhere, or unreadable, is one clear line") {
  model::ProfileTables tables;
  std::vector<std::string> problems;
  CHECK_FALSE(model::LoadProfile("", tables, problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].starts_with("cannot find the VN-EAF profile (profile.xml) in rules/ next to eaf nor in "));
  CHECK(problems[0].find('\n') == std::string::npos);
  problems.clear();
  CHECK_FALSE(model::LoadProfile("/nonexistent/profile.xml", tables, problems));
  CHECK(problems == std::vector<std::string>{"/nonexistent/profile.xml: cannot read the VN-EAF profile"});
}
