#include "core/studio/draft_checks.hpp"

#include <algorithm>
#include <utility>

#include "core/content/pack_loader.hpp"
#include "core/content/pack_writer.hpp"
#include "core/content/question_import.hpp"
#include "core/roleplay/check.hpp"
#include "core/roleplay/scenario.hpp"
#include "core/roleplay/script.hpp"

namespace dealdojo::studio {

namespace {

constexpr std::string_view kPackPointer = "/pack";

struct CompiledScripts {
  Json bundle;
  // Each compiled script's place in the bundle and its compile, to point problems back at its lines.
  std::vector<std::pair<std::string, roleplay::ScriptCompile>> compiled;
  std::vector<std::string> files;
  std::vector<content::Diagnostic> syntax_problems;
};

CompiledScripts compile_into_bundle(const Draft& draft) {
  CompiledScripts out;
  out.bundle = draft.pack();
  const Json& scripts = draft.scripts();
  if (scripts.empty()) return out;
  Json& roleplay = out.bundle["roleplay"];
  if (!roleplay.is_object()) roleplay = Json{{"format", 1}, {"scenarios", Json::array()}};
  if (!roleplay.contains("scenarios") || !roleplay["scenarios"].is_array()) roleplay["scenarios"] = Json::array();
  Json& scenarios = roleplay["scenarios"];
  for (const Json& script : scripts) {
    if (!script.is_object()) continue;
    std::string file = text_of(script, "file");
    if (file.empty()) file = "script.txt";
    roleplay::ScriptCompile compiled = roleplay::compile_script(text_of(script, "text"), file);
    for (const auto& problem : compiled.diagnostics) out.syntax_problems.push_back(problem);
    if (!compiled.scenario) continue;
    const std::string place = "/roleplay/scenarios/" + std::to_string(scenarios.size());
    scenarios.push_back(*compiled.scenario);
    out.compiled.emplace_back(place, std::move(compiled));
    out.files.push_back(file);
  }
  return out;
}

bool is_at_or_inside(std::string_view pointer, std::string_view place) {
  if (pointer.substr(0, place.size()) != place) return false;
  return pointer.size() == place.size() || pointer[place.size()] == '/';
}

}  // namespace

Json export_bundle(const Draft& draft, std::vector<content::Diagnostic>* script_problems) {
  CompiledScripts scripts = compile_into_bundle(draft);
  if (script_problems) {
    for (auto& problem : scripts.syntax_problems) script_problems->push_back(std::move(problem));
  }
  return std::move(scripts.bundle);
}

std::string export_text(const Draft& draft) { return export_bundle(draft).dump(2) + "\n"; }

std::string export_file_name(const Draft& draft) {
  const std::string id = draft_pack_id(draft);
  return (id.empty() ? std::string("pack") : id) + ".json";
}

DraftCheck check_draft(const Draft& draft) {
  CompiledScripts scripts = compile_into_bundle(draft);
  const std::string file = export_file_name(draft);
  content::LoadResult loaded = content::load_pack_from_text(scripts.bundle.dump(), file);
  // The pack loader keeps scenarios opaque; each is read and checked as
  // `dojo roleplay check` does it.
  const Json* scenarios = nullptr;
  if (const auto roleplay = scripts.bundle.find("roleplay"); roleplay != scripts.bundle.end() && roleplay->is_object()) {
    if (const auto list = roleplay->find("scenarios"); list != roleplay->end() && list->is_array()) scenarios = &*list;
  }
  for (std::size_t i = 0; scenarios && i < scenarios->size(); ++i) {
    const std::string place = "/roleplay/scenarios/" + std::to_string(i);
    roleplay::ScenarioRead read = roleplay::read_scenario(nlohmann::json((*scenarios)[i]), file, place);
    for (auto& problem : read.diagnostics) loaded.diagnostics.push_back(std::move(problem));
    if (!read.scenario) continue;
    for (auto& problem : roleplay::check_scenario(*read.scenario).diagnostics) {
      loaded.diagnostics.push_back(std::move(problem));
    }
  }
  // A compiled script's problems name its lines (only those inside its scenario).
  for (std::size_t i = 0; i < scripts.compiled.size(); ++i) {
    const std::string& place = scripts.compiled[i].first;
    std::vector<content::Diagnostic> inside;
    std::vector<content::Diagnostic> rest;
    for (auto& problem : loaded.diagnostics) {
      const bool ours = problem.file == file && is_at_or_inside(problem.pointer, place);
      (ours ? inside : rest).push_back(std::move(problem));
    }
    roleplay::map_to_script(inside, scripts.compiled[i].second, place, scripts.files[i]);
    loaded.diagnostics = std::move(rest);
    for (auto& problem : inside) loaded.diagnostics.push_back(std::move(problem));
  }
  DraftCheck check;
  for (auto& problem : scripts.syntax_problems) check.diagnostics.push_back(std::move(problem));
  for (auto& problem : loaded.diagnostics) {
    // Pack problems point into the draft document; script problems keep their line.
    if (problem.file == file && (problem.pointer.empty() || problem.pointer[0] == '/')) {
      problem.pointer = std::string(kPackPointer) + problem.pointer;
    }
    check.diagnostics.push_back(std::move(problem));
  }
  std::stable_partition(check.diagnostics.begin(), check.diagnostics.end(),
                        [](const content::Diagnostic& d) { return d.is_error(); });
  check.pack = std::move(loaded.pack);
  if (check.pack && check.pack->questions.size() <= kCueLintMaxQuestions) check.cues = content::lint_cues(*check.pack);
  check.cues_skipped = check.pack && check.pack->questions.size() > kCueLintMaxQuestions;
  return check;
}

QuestionCheck check_question(const Draft& draft, std::size_t index) {
  const Json& pack = draft.pack();
  const auto questions = pack.find("questions");
  if (questions == pack.end() || !questions->is_array() || index >= questions->size()) return {};
  Json alone = Json::object();
  for (auto it = pack.begin(); it != pack.end(); ++it) {
    if (it.key() == "questions") {
      alone["questions"] = Json::array({(*questions)[index]});
    } else if (it.key() != "roleplay" && it.key() != "guidance" && it.key() != "assessments") {
      alone[it.key()] = it.value();  // what a question may refer to: manifest, blueprint, glossary
    }
  }
  const std::string file = export_file_name(draft);
  content::LoadResult loaded = content::load_pack_from_text(alone.dump(), file);
  const std::string own = "/questions/0";
  const std::string place = std::string(kPackPointer) + "/questions/" + std::to_string(index);
  QuestionCheck check;
  for (auto& problem : loaded.diagnostics) {
    if (problem.file != file || !is_at_or_inside(problem.pointer, own)) continue;
    problem.pointer = place + problem.pointer.substr(own.size());
    check.diagnostics.push_back(std::move(problem));
  }
  if (loaded.pack && loaded.pack->questions.size() == 1) check.pack = std::move(loaded.pack);
  return check;
}

std::vector<const content::Diagnostic*> problems_at(const std::vector<content::Diagnostic>& diagnostics,
                                                    std::string_view pointer) {
  std::vector<const content::Diagnostic*> found;
  for (const auto& diagnostic : diagnostics) {
    if (is_at_or_inside(diagnostic.pointer, pointer)) found.push_back(&diagnostic);
  }
  return found;
}

std::vector<content::Diagnostic> import_questions_csv(Draft& draft, std::string_view csv_text,
                                                      std::string_view file_name, std::size_t& added) {
  added = 0;
  content::ImportOptions options;
  options.file_name = std::string(file_name);
  DraftCheck check = check_draft(draft);
  if (check.pack) options.base = std::move(check.pack);
  content::ImportResult imported = content::import_csv(csv_text, options);
  if (!imported.pack) return std::move(imported.diagnostics);
  Json questions = items_at(draft, "/pack/questions");
  for (const content::Question& question : imported.pack->questions) {
    questions.push_back(content::question_to_json(question));
  }
  added = imported.pack->questions.size();
  draft.set("/pack/questions", std::move(questions));
  // Only the CSV's own problems: a made-up manifest's warnings say nothing about the draft.
  std::vector<content::Diagnostic> found;
  for (auto& d : imported.diagnostics) {
    if (d.file == file_name) found.push_back(std::move(d));
  }
  return found;
}

std::optional<std::string> questions_csv(const Draft& draft, std::string& why) {
  const DraftCheck check = check_draft(draft);
  if (!check.pack) {
    why = "the pack has " + std::to_string(content::count_errors(check.diagnostics)) +
          " errors; fix them first (see Problems), then export the questions";
    return std::nullopt;
  }
  return content::export_csv(*check.pack);
}

}  // namespace dealdojo::studio
