#include "review/review.h"

#include "model/phase_timer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "model/clock.h"
#include "model/data_files.h"
#include "model/diagnostic_format.h"
#include "model/escaping.h"
#include "model/messages.h"
#include "model/profile.h"

namespace eaf::review {
namespace {

// Skips the XML declaration, comments, processing instructions and a DOCTYPE; returns the
// root element's name, or "" when the bytes do not show one.
std::string RootElementName(std::string_view text) {
  std::size_t i = 0;
  if (text.starts_with("\xEF\xBB\xBF")) i = 3;
  while (i < text.size()) {
    const std::size_t open = text.find('<', i);
    if (open == std::string_view::npos || open + 1 >= text.size()) return {};
    const std::string_view rest = text.substr(open);
    std::size_t close;
    if (rest.starts_with("<?")) close = text.find("?>", open);
    else if (rest.starts_with("<!--")) close = text.find("-->", open);
    else if (rest.starts_with("<!")) close = text.find('>', open);
    else {
      std::size_t end = open + 1;
      while (end < text.size() && text[end] != ' ' && text[end] != '>' && text[end] != '/' && text[end] != '\t' &&
             text[end] != '\r' && text[end] != '\n') {
        ++end;
      }
      return std::string(text.substr(open + 1, end - open - 1));
    }
    if (close == std::string_view::npos) return {};
    i = close + 1;
  }
  return {};
}

std::string FormatFailures(const model::Workspace& workspace, std::uint32_t file, const std::string& lang) {
  std::string text;
  for (const model::Diagnostic& diagnostic : workspace.diagnostics) {
    if (diagnostic.location.file == file) text += model::FormatDiagnosticText(workspace.files, diagnostic, lang);
  }
  return text;
}

// Loads one set of inputs; files that could not be loaded at all are recorded in the result.
model::Workspace LoadInputs(const std::vector<std::string>& paths, const Request& request, Result& result) {
  model::LoadOptions options = request.load;
  options.lang = request.policy.lang;
  if (request.progress) {
    options.progress = [&](std::size_t done, std::size_t total) { request.progress("loading files", done, total); };
  }
  model::Workspace workspace = model::LoadWorkspace(paths, options);
  for (std::uint32_t f = 0; f < workspace.files.size(); ++f) {
    if (workspace.files[f].loaded) continue;
    result.input_error = true;
    result.load_failures.push_back(FormatFailures(workspace, f, request.policy.lang));
  }
  return workspace;
}

// Expands one list of inputs, with the notice for what a directory scan skipped.
std::vector<std::string> Expand(const std::vector<std::string>& inputs, const Request& request, Result& result) {
  std::vector<std::string> skipped;
  std::vector<std::string> paths = ExpandInputs(inputs, skipped);
  if (!skipped.empty() && checker::IsSelected("LOAD-014", request.policy)) {
    std::string names;
    for (const std::string& path : skipped) names += (names.empty() ? "" : ", ") + model::EscapeForTerminal(path);
    result.notices.push_back(model::Text(request.policy.lang, "review.skipped-non-models",
                                         {{"count", std::to_string(skipped.size())}, {"files", names}}) +
                             " [LOAD-014]");
  }
  return paths;
}

// The pack itself and every file a rule's file parameter names.
std::vector<std::string> PackFilesRead(const LoadedPack& loaded) {
  std::vector<std::string> files;
  for (const model::SourceFile& file : loaded.pack.files) files.push_back(file.path);  // the pack and its includes
  for (const checker::RuleDefinition& rule : loaded.pack.rules) {
    const checker::RuleTemplate* implementation = loaded.checker.TemplateOf(rule);
    if (!implementation) continue;
    const std::vector<checker::ParameterSpec> specs = implementation->ParameterSpecs();
    for (const checker::RawParameter& raw : rule.parameters) {
      const bool names_a_file = std::any_of(specs.begin(), specs.end(), [&](const checker::ParameterSpec& spec) {
        return spec.name == raw.name && spec.type == checker::ParameterType::kFile;
      });
      std::string path;
      if (names_a_file && checker::FindPackFile(loaded.pack, raw.value, path) == checker::PackFileProblem::kNone) {
        files.push_back(path);
      }
    }
  }
  return files;
}

// eaf's own data files that this run may read.
std::vector<std::string> DataFilesRead() {
  std::vector<std::string> files;
  for (const char* name : {"messages.vi.xml", "messages.en.xml", "profile.xml", "diagnostics.xml"}) {
    std::string path = model::FindDataFile(name);
    if (!path.empty()) files.push_back(std::move(path));
  }
  return files;
}

}  // namespace

bool MayBeModel(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  const std::string name = RootElementName(head);
  if (name.empty()) return true;
  const std::size_t colon = name.find(':');
  return (colon == std::string::npos ? name : name.substr(colon + 1)) == "model";
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs, std::vector<std::string>& skipped) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (!fs::is_directory(input, error)) {
      paths.push_back(input);
      continue;
    }
    for (const std::string& path : model::ExpandInputs({input})) {
      if (path.ends_with(".xml") && !MayBeModel(path)) skipped.push_back(path);
      else paths.push_back(path);
    }
  }
  return paths;
}

std::unique_ptr<LoadedPack> LoadPack(const std::string& path_given, const std::string& lang, std::vector<std::string>& errors) {
  const std::string path = path_given.empty() ? checker::FindDefaultPack() : path_given;
  if (path.empty()) {
    errors.push_back(model::Text(lang, "review.pack-not-found", {{"name", "vn-eaf-2.0.xml"}}));
    return nullptr;
  }
  auto loaded = std::make_unique<LoadedPack>();
  std::vector<model::Diagnostic> diagnostics;
  bool ok = checker::LoadRulePack(path, loaded->pack, diagnostics);
  if (ok) ok = checker::Checker::Compile(loaded->pack, loaded->checker, diagnostics);
  if (!ok || !diagnostics.empty()) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), model::DiagnosticLess);
    model::Localize(diagnostics, lang);
    std::string text;
    for (const model::Diagnostic& diagnostic : diagnostics) text += model::FormatDiagnosticText(loaded->pack.files, diagnostic, lang);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    if (!text.empty()) errors.push_back(text);
    errors.push_back(model::Text(lang, "review.pack-unusable", {{"path", model::EscapeForTerminal(path)}}));
    return nullptr;
  }
  std::vector<std::string> problems;
  if (!loaded->registry.LoadDefault(&loaded->pack, problems)) {
    for (const std::string& problem : problems) {
      errors.push_back(model::Text(lang, "review.data-file-broken", {{"problem", model::EscapeForTerminal(problem)}}));
    }
    return nullptr;
  }
  loaded->files_read = PackFilesRead(*loaded);
  return loaded;
}

std::span<const FrameworkPack> FrameworkPacks() {
  static constexpr FrameworkPack kPacks[] = {
      {"archimate", "archimate.xml"}, {"2.0", "vn-eaf-2.0.xml"}, {"3.0", "vn-eaf-3.0.xml"}, {"4.0", "vn-eaf-4.0.xml"}};
  return kPacks;
}

std::vector<bool> ProfiledFiles(const model::Workspace& workspace) {
  auto profiled = [](const std::vector<model::Property>& properties) {
    return std::any_of(properties.begin(), properties.end(),
                       [](const model::Property& property) { return property.key.starts_with("eaf:"); });
  };
  std::vector<bool> files(workspace.files.size(), false);
  std::size_t left = files.size();
  auto mark = [&](std::uint32_t file) {
    if (file < files.size() && !files[file]) {
      files[file] = true;
      --left;
    }
  };
  for (std::uint32_t f = 0; f < files.size(); ++f) {
    if (profiled(workspace.files[f].properties)) mark(f);
  }
  // Stops at the first element of each file that shows the profile: a profiled model shows it at once.
  for (const model::Element& element : workspace.elements) {
    if (left == 0) return files;
    if (!files[element.location.file] && (!element.kind.empty() || profiled(element.properties))) mark(element.location.file);
  }
  for (const model::Relationship& relationship : workspace.relationships) {
    if (left == 0) return files;
    if (!files[relationship.location.file] && profiled(relationship.properties)) mark(relationship.location.file);
  }
  return files;
}

std::string FrameworkOf(const model::SourceFile& file, bool profiled) {
  if (!profiled) return "archimate";
  return file.framework.empty() ? std::string(model::kDefaultFramework) : file.framework;
}

namespace {

constexpr std::size_t kNoPack = static_cast<std::size_t>(-1);

// The place of `framework` in FrameworkPacks() (later: newer), or kNoPack.
std::size_t FrameworkRank(std::string_view framework) {
  const auto packs = FrameworkPacks();
  const auto found = std::find_if(packs.begin(), packs.end(), [&](const FrameworkPack& pack) { return pack.framework == framework; });
  return found == packs.end() ? kNoPack : static_cast<std::size_t>(found - packs.begin());
}

// Per loaded file, the rank of the pack that checks it by content (kNoPack: none); files that could
// not be loaded get `unloaded`.
std::vector<std::size_t> PackRanks(const model::Workspace& workspace, std::size_t unloaded) {
  const std::vector<bool> profiled = ProfiledFiles(workspace);
  std::vector<std::size_t> ranks(workspace.files.size(), unloaded);
  for (std::uint32_t f = 0; f < ranks.size(); ++f) {
    if (workspace.files[f].loaded) ranks[f] = FrameworkRank(FrameworkOf(workspace.files[f], profiled[f]));
  }
  return ranks;
}

// The pack checking each file by content, each pack loaded once: result.pack becomes the newest
// framework's pack among the files (the federation rules are the newest framework's: a later pack
// includes the earlier one's rules and overrides those that changed), the others go to
// result.other_packs. False (with the errors in result) when a pack cannot be loaded.
bool ChoosePacksByContent(Result& result, bool has_baseline, const std::string& lang) {
  const std::size_t first = FrameworkRank(model::kDefaultFramework);  // the pack loaded already
  std::vector<std::size_t> ranks = PackRanks(result.workspace, kNoPack - 1);
  std::vector<std::size_t> baseline_ranks = has_baseline ? PackRanks(result.baseline, kNoPack - 1) : std::vector<std::size_t>();
  std::size_t newest = 0;
  std::vector<bool> used(FrameworkPacks().size(), false);
  for (const auto* list : {&ranks, &baseline_ranks}) {
    for (const std::size_t rank : *list) {
      if (rank < used.size()) {
        used[rank] = true;
        newest = std::max(newest, rank);
      }
    }
  }
  if (std::none_of(used.begin(), used.end(), [](bool b) { return b; })) newest = first;
  used[newest] = true;
  std::vector<std::unique_ptr<LoadedPack>> packs(used.size());
  packs[first] = std::move(result.pack);
  for (std::size_t rank = 0; rank < used.size(); ++rank) {
    if (!used[rank] || packs[rank]) continue;
    const std::string_view name = FrameworkPacks()[rank].file;
    const std::string path = checker::FindDefaultPack(name);
    if (path.empty()) result.errors.push_back(model::Text(lang, "review.pack-not-found", {{"name", std::string(name)}}));
    packs[rank] = path.empty() ? nullptr : LoadPack(path, lang, result.errors);
    if (!packs[rank]) return false;
  }
  auto pack_of = [&](std::size_t rank) -> const checker::RulePack* {
    if (rank == kNoPack) return nullptr;
    return &packs[rank < packs.size() ? rank : newest]->pack;  // a file not loaded: the newest pack reports it
  };
  for (const std::size_t rank : ranks) result.file_packs.push_back(pack_of(rank));
  for (const std::size_t rank : baseline_ranks) result.baseline_file_packs.push_back(pack_of(rank));
  result.pack = std::move(packs[newest]);
  for (std::size_t rank = 0; rank < packs.size(); ++rank) {
    if (packs[rank] && used[rank]) result.other_packs.push_back(std::move(packs[rank]));
  }
  result.input_paths.insert(result.input_paths.end(), result.pack->files_read.begin(), result.pack->files_read.end());
  for (const auto& pack : result.other_packs) {
    result.input_paths.insert(result.input_paths.end(), pack->files_read.begin(), pack->files_read.end());
  }
  return true;
}

// Checks `workspace`, each file with its pack in `file_packs`: one run when one pack checks every
// file (the common case, as fast as ever), else one run per pack on its own files, result.pack's
// also running the federation rules over all files and saying CHK-002 for the files no pack checks.
checker::CheckReport CheckFiles(const model::Workspace& workspace, const std::vector<const checker::RulePack*>& file_packs,
                                const Result& result, checker::CheckOptions policy) {
  const checker::RulePack* primary = &result.pack->pack;
  if (std::all_of(file_packs.begin(), file_packs.end(), [&](const checker::RulePack* pack) { return pack == primary; })) {
    return result.pack->checker.Run(workspace, policy);
  }
  std::vector<const LoadedPack*> packs{result.pack.get()};
  for (const auto& pack : result.other_packs) packs.push_back(pack.get());
  std::vector<checker::CheckReport> runs;
  std::vector<std::vector<checker::FileScope>> scopes;
  for (const LoadedPack* pack : packs) {
    const bool is_primary = pack == result.pack.get();
    std::vector<checker::FileScope> scope;
    for (const checker::RulePack* file_pack : file_packs) {
      scope.push_back(file_pack == &pack->pack                 ? checker::FileScope::kChecked
                      : file_pack == nullptr && is_primary ? checker::FileScope::kNoPack
                                                             : checker::FileScope::kOther);
    }
    if (!is_primary && std::none_of(scope.begin(), scope.end(), [](checker::FileScope s) { return s == checker::FileScope::kChecked; })) {
      continue;
    }
    policy.file_scope = scope;
    policy.federation = is_primary;
    policy.registry = &pack->registry;
    runs.push_back(pack->checker.Run(workspace, policy));
    scopes.push_back(std::move(scope));
  }
  return checker::MergeReports(std::move(runs), scopes);
}

}  // namespace

void RunInto(Request request, Result& result) {
  model::PhaseTimer timer("review");
  const std::string& lang = request.policy.lang;
  auto fail = [&](std::string message) {
    result.errors.push_back(std::move(message));
    result.input_error = true;
  };
  if (request.inputs.empty() && request.stage != Stage::kPack) return fail(model::Text(lang, "review.no-input"));
  // No pack named: each file's framework pack (the default pack until the files are read).
  const bool pack_by_content = request.pack_path.empty() && request.framework.empty();
  if (!request.framework.empty()) {
    if (!request.pack_path.empty()) return fail(model::Text(lang, "review.rules-and-framework"));
    const std::size_t rank = FrameworkRank(request.framework);
    if (rank == kNoPack) return fail(model::Text(lang, "review.unknown-framework", {{"value", model::EscapeForTerminal(request.framework)}}));
    const std::string_view file = FrameworkPacks()[rank].file;
    request.pack_path = checker::FindDefaultPack(file);
    if (request.pack_path.empty()) return fail(model::Text(lang, "review.pack-not-found", {{"name", std::string(file)}}));
  }
  const std::optional<std::int64_t> reference_time = model::ReferenceTime();
  if (!reference_time && request.stage != Stage::kPack) {
    return fail(model::Text(lang, "review.bad-source-date-epoch", {{"value", model::EscapeForTerminal(model::SourceDateEpochValue())}}));
  }
  result.reference_time = reference_time.value_or(0);
  if (request.policy.today.empty()) request.policy.today = model::UtcDate(result.reference_time);
  // Checked by content, a glob the default pack does not know may name a rule of another file's
  // pack: it is judged once the packs are known.
  std::vector<std::string> policy_problems;
  if (request.stage != Stage::kLoad) {
    result.pack = LoadPack(request.pack_path, lang, result.errors);
    if (!result.pack) {
      result.input_error = true;
      return;
    }
    request.policy.registry = &result.pack->registry;
    policy_problems = checker::ValidatePolicy(request.policy, result.pack->registry);
    if (!policy_problems.empty() && (!pack_by_content || request.stage == Stage::kPack)) {
      for (std::string& problem : policy_problems) result.errors.push_back(std::move(problem));
      result.input_error = true;
      return;
    }
    if (request.stage == Stage::kPack) {
      result.usable = true;
      return;
    }
  }
  const std::vector<std::string> paths = Expand(request.inputs, request, result);
  const std::vector<std::string> baseline_paths = Expand(request.baseline, request, result);
  if (paths.empty()) return fail(model::Text(lang, "review.no-model-in-dirs"));
  result.input_paths = paths;
  result.input_paths.insert(result.input_paths.end(), baseline_paths.begin(), baseline_paths.end());
  if (result.pack) {
    result.input_paths.insert(result.input_paths.end(), result.pack->files_read.begin(), result.pack->files_read.end());
  }
  for (std::string& path : DataFilesRead()) result.input_paths.push_back(std::move(path));

  timer.Mark("pack");
  result.workspace = LoadInputs(paths, request, result);
  timer.Mark("load");
  if (request.stage == Stage::kLoad) {
    result.usable = true;
    return;
  }
  result.has_baseline = request.stage == Stage::kGap && !baseline_paths.empty();
  if (result.has_baseline) result.baseline = LoadInputs(baseline_paths, request, result);
  const bool any_loaded = std::any_of(result.workspace.files.begin(), result.workspace.files.end(),
                                      [](const model::SourceFile& file) { return file.loaded; });
  if (pack_by_content && any_loaded) {
    if (!ChoosePacksByContent(result, result.has_baseline, lang)) {
      result.input_error = true;
      return;
    }
    request.policy.registry = &result.pack->registry;
    if (!policy_problems.empty()) {
      // A glob is good when one pack in use knows what it names.
      bool known = checker::ValidatePolicy(request.policy, result.pack->registry).empty();
      for (const auto& pack : result.other_packs) known = known || checker::ValidatePolicy(request.policy, pack->registry).empty();
      if (!known) {
        for (std::string& problem : policy_problems) result.errors.push_back(std::move(problem));
        result.input_error = true;
        return;
      }
    }
    if (result.pack->pack.framework == "archimate") result.notices.push_back(model::Text(lang, "review.generic-pack"));
  } else {
    if (!policy_problems.empty()) {
      for (std::string& problem : policy_problems) result.errors.push_back(std::move(problem));
      result.input_error = true;
      return;
    }
    result.file_packs.assign(result.workspace.files.size(), &result.pack->pack);
    result.baseline_file_packs.assign(result.baseline.files.size(), &result.pack->pack);
  }
  checker::CheckOptions policy = request.policy;
  for (const FrameworkPack& pack : FrameworkPacks()) {
    if (pack.framework != "archimate") policy.bundled_frameworks.emplace_back(pack.framework);
  }
  if (request.progress) {
    policy.progress = [&](std::size_t done, std::size_t total) { request.progress("running rules", done, total); };
  }
  timer.Mark("choose packs");
  // One context (graphs, exchanges, federation) for every pack's run and for the exporters after.
  result.context = std::make_shared<const checker::CheckContext>(result.workspace, lang);
  policy.context = result.context.get();
  timer.Mark("context");
  result.report = CheckFiles(result.workspace, result.file_packs, result, policy);
  timer.Mark("check");
  if (request.stage == Stage::kGap) {
    if (result.has_baseline) result.baseline_report = CheckFiles(result.baseline, result.baseline_file_packs, result, policy);
    // Compared with a file missing, every element of it would look added or removed: the gap is
    // left out, and the command says why.
    if (!result.load_failures.empty()) {
      result.notices.push_back(model::Text(lang, "review.gap-left-out"));
      result.usable = request.gap_optional;
      return;
    }
    result.gap = checker::AnalyzeGap(result.has_baseline ? &result.baseline : nullptr,
                                     result.has_baseline ? &result.baseline_report : nullptr, result.workspace,
                                     result.report, result.pack->pack);
  }
  result.usable = true;
}

Result Run(Request request) {
  Result result;
  RunInto(std::move(request), result);
  return result;  // one named object returned: constructed in place, never moved
}

}  // namespace eaf::review
