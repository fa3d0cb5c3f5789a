#include "core/content/pack_writer.hpp"

#include <cstdio>

#include "core/assessment/assessment_report.hpp"
#include "core/util/atomic_file.hpp"

namespace dealdojo::content {
namespace {

namespace fs = std::filesystem;
using ojson = nlohmann::ordered_json;

std::string dump(const ojson& value) {
  // replace: a Pack built in code could hold invalid UTF-8; never abort on it.
  return value.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

ojson glossary_term_to_json(const GlossaryTerm& t) {
  ojson j = {{"id", t.id}, {"term", t.term}, {"definition", t.definition}};
  if (!t.source.empty()) j["source"] = t.source;
  return j;
}

ojson preset_to_json(const PipelinePreset& p) {
  ojson stages = ojson::array();
  for (std::size_t i = 0; i < p.stages.size(); ++i) {
    const PipelineStage& s = p.stages[i];
    ojson stage = {{"id", s.id}, {"name", s.name}, {"probability", s.probability}};
    if (i + 1 < p.stages.size()) stage["conversion"] = s.conversion;
    stage["forecast_category"] = std::string(forecast_category_name(s.forecast_category));
    stage["exit_criteria"] = s.exit_criteria;
    stages.push_back(std::move(stage));
  }
  return {{"id", p.id}, {"name", p.name}, {"stages", std::move(stages)}};
}

ojson assessment_to_json(const Assessment& a) {
  ojson scale = ojson::array();
  for (const ScaleLevel& s : a.scale) scale.push_back({{"level", s.level}, {"name", s.name}, {"meaning", s.meaning}});
  ojson capabilities = ojson::array();
  for (const Capability& c : a.capabilities) {
    ojson levels = ojson::object();
    for (int level = kMinLevel; level <= kMaxLevel; ++level) levels[std::to_string(level)] = c.level_text(level);
    ojson j = {{"id", c.id}, {"name", c.name}, {"area", c.area}};
    if (!c.description.empty()) j["description"] = c.description;
    j["levels"] = std::move(levels);
    j["minimum"] = c.minimum;
    j["recommended"] = c.recommended;
    j["best_practices"] = c.best_practices;
    if (!c.source.empty()) j["source"] = c.source;
    capabilities.push_back(std::move(j));
  }
  ojson j = {{"id", a.id}, {"title", a.title}};
  if (!a.description.empty()) j["description"] = a.description;
  j["scale"] = std::move(scale);
  j["capabilities"] = std::move(capabilities);
  return j;
}

// A step as written: a use step as {"id", "use", "next"}; an automated step's
// "next" from its one outcome, its text only when the author's own.
ojson step_to_json(const GuidanceStep& s) {
  const std::string next = s.outcomes.empty() ? std::string(kTargetEnd) : s.outcomes.front().next;
  if (!s.use.empty()) return {{"id", s.id}, {"use", s.use}, {"next", next}};
  ojson j = {{"id", s.id}, {"kind", std::string(step_kind_name(s.kind))}};
  if (!is_automated(s.kind) || s.text != default_step_text(s)) j["text"] = s.text;
  if (!s.detail.empty()) j["detail"] = s.detail;
  if (s.kind == StepKind::Wait) j["days"] = s.days;
  if (s.kind == StepKind::Send) j["message"] = s.message;
  if (is_automated(s.kind)) {
    j["next"] = next;
    return j;
  }
  if (s.required) j["required"] = true;
  ojson outcomes = ojson::array();
  for (const StepOutcome& o : s.outcomes) {
    ojson outcome = {{"name", o.name}, {"next", o.next}};
    if (!o.meets.empty()) outcome["meets"] = o.meets;
    outcomes.push_back(std::move(outcome));
  }
  j["outcomes"] = std::move(outcomes);
  return j;
}

ojson steps_to_json(const std::vector<GuidanceStep>& steps) {
  ojson list = ojson::array();
  for (const GuidanceStep& s : steps) list.push_back(step_to_json(s));
  return list;
}

ojson playbook_to_json(const Playbook& p) {
  ojson j = {{"id", p.id}, {"name", p.name}};
  if (!p.goal.empty()) j["goal"] = p.goal;
  if (p.lead) {
    j["lead"] = std::string(lead_status_name(*p.lead));
    j["exit_criteria"] = p.exit_criteria;
  } else {
    j["preset"] = p.preset;
    j["stage"] = p.stage;
  }
  // A playbook made in code may only have its steps; a loaded one has both.
  j["steps"] = steps_to_json(p.authored_steps.empty() ? p.steps : p.authored_steps);
  return j;
}

ojson guidance_to_json(const Guidance& g) {
  ojson j = ojson::object();
  if (!g.templates.empty()) {
    ojson templates = ojson::array();
    for (const StepTemplate& t : g.templates) {
      templates.push_back({{"id", t.id}, {"name", t.name}, {"steps", steps_to_json(t.steps)}});
    }
    j["templates"] = std::move(templates);
  }
  ojson playbooks = ojson::array();
  for (const Playbook& p : g.playbooks) playbooks.push_back(playbook_to_json(p));
  j["playbooks"] = std::move(playbooks);
  return j;
}

template <typename Item, typename Fn>
ojson list_to_json(const std::vector<Item>& items, Fn to_json) {
  ojson list = ojson::array();
  for (const Item& item : items) list.push_back(to_json(item));
  return list;
}

}  // namespace

ojson question_to_json(const Question& q) {
  ojson options = ojson::array();
  for (const Option& o : q.options) {
    ojson option = {{"id", o.id}, {"text", o.text}};
    if (!o.why.empty()) option["why"] = o.why;
    options.push_back(std::move(option));
  }
  ojson j = {{"id", q.id},
             {"domain", q.domain},
             {"subtopic", q.subtopic},
             {"kind", std::string(kind_name(q.kind))},
             {"choose", q.choose},
             {"stem", q.stem},
             {"options", std::move(options)},
             {"correct", q.correct}};
  if (!q.explanation.empty()) j["explanation"] = q.explanation;
  if (!q.source.empty()) j["source"] = q.source;
  j["difficulty"] = std::string(difficulty_name(q.difficulty));
  j["tags"] = q.tags;
  if (!q.glossary.empty()) j["glossary"] = q.glossary;
  return j;
}

ojson manifest_to_json(const Pack& pack) {
  const Manifest& m = pack.manifest;
  ojson j = {{"format", kFormatVersion}, {"id", m.id},         {"title", m.title},     {"version", m.version},
             {"locale", m.locale},      {"authors", m.authors}, {"licence", m.licence}};
  if (!m.description.empty()) j["description"] = m.description;
  if (pack.blueprint) {
    const Blueprint& bp = *pack.blueprint;
    ojson domains = ojson::array();
    for (const BlueprintDomain& d : bp.domains) {
      domains.push_back({{"id", d.id}, {"name", d.name}, {"weight", d.weight}});
    }
    j["blueprint"] = {{"questions", bp.questions},
                      {"minutes", bp.minutes},
                      {"pass_percent", bp.pass_percent}};
    if (bp.mocks_to_complete != 1) j["blueprint"]["mocks_to_complete"] = bp.mocks_to_complete;
    j["blueprint"]["domains"] = std::move(domains);
  }
  return j;
}

ojson pack_to_json(const Pack& pack) {
  ojson j = manifest_to_json(pack);
  if (!pack.questions.empty()) j["questions"] = list_to_json(pack.questions, question_to_json);
  if (!pack.glossary.empty()) j["glossary"] = list_to_json(pack.glossary, glossary_term_to_json);
  if (!pack.pipeline_presets.empty()) j["pipeline_presets"] = list_to_json(pack.pipeline_presets, preset_to_json);
  if (pack.roleplay.is_object()) j["roleplay"] = ojson(pack.roleplay);
  if (!pack.assessments.empty()) j["assessments"] = list_to_json(pack.assessments, assessment_to_json);
  if (!pack.guidance.empty()) j["guidance"] = guidance_to_json(pack.guidance);
  return j;
}

std::string save_pack_bundle(const Pack& pack) { return dump(pack_to_json(pack)); }

std::vector<PackFile> pack_to_folder_files(const Pack& pack, std::string_view questions_stem) {
  std::vector<PackFile> files;
  files.push_back({"pack.json", dump(manifest_to_json(pack))});
  if (!pack.questions.empty()) {
    files.push_back({"questions/" + std::string(questions_stem) + ".json",
                     dump({{"questions", list_to_json(pack.questions, question_to_json)}})});
  }
  if (!pack.glossary.empty()) {
    files.push_back({"glossary/glossary.json", dump({{"glossary", list_to_json(pack.glossary, glossary_term_to_json)}})});
  }
  if (!pack.pipeline_presets.empty()) {
    files.push_back({"pipeline/presets.json",
                     dump({{"pipeline_presets", list_to_json(pack.pipeline_presets, preset_to_json)}})});
  }
  if (pack.roleplay.is_object()) {
    files.push_back({"roleplay/scenarios.json", dump({{"roleplay", ojson(pack.roleplay)}})});
  }
  if (!pack.assessments.empty()) {
    files.push_back({"assessment/assessments.json",
                     dump({{"assessments", list_to_json(pack.assessments, assessment_to_json)}})});
  }
  if (!pack.guidance.empty()) {
    files.push_back({"guidance/guidance.json", dump({{"guidance", guidance_to_json(pack.guidance)}})});
  }
  return files;
}

std::vector<Diagnostic> write_pack_folder(const Pack& pack, const fs::path& folder, std::string_view questions_stem) {
  const auto failed = [&](std::string message) {
    return std::vector<Diagnostic>{{Diagnostic::Severity::Error, folder.generic_string(), "", std::move(message)}};
  };
  std::error_code ec;
  if (fs::exists(folder, ec) && !(fs::is_directory(folder, ec) && fs::is_empty(folder, ec))) {
    return failed("already exists and is not an empty folder; choose a new folder");
  }
  // Everything goes into a fresh folder beside the target, renamed into place at the
  // end, so a failure never leaves half a pack behind.
  fs::path staging = folder;
  staging += ".partial";
  if (fs::exists(staging, ec)) {
    std::string message = "'";
    message += staging.filename().string();
    return failed(message + "' is in the way; remove it first");
  }
  const auto abandon = [&](std::vector<Diagnostic> problems) {
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    return problems;
  };
  for (const PackFile& file : pack_to_folder_files(pack, questions_stem)) {
    const fs::path target = staging / fs::path(file.path);
    fs::create_directories(target.parent_path(), ec);
    if (ec) return abandon(failed("cannot create the folder: " + ec.message()));
    const util::Status written = util::write_file_atomically(target, file.text);
    if (!written.ok()) return abandon(written.diagnostics());
  }
  fs::remove(folder, ec);  // only ever an empty folder here
  fs::rename(staging, folder, ec);
  if (ec) return abandon(failed("cannot create the folder: " + ec.message()));
  return {};
}

}  // namespace dealdojo::content
