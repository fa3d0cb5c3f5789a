// Reads a pack's documents: the manifest and blueprint at the root, and the
// sections ("questions", "glossary", "pipeline_presets", "roleplay", "assessments",
// "guidance") wherever they are.
//
// [SECTION] manifest and blueprint
// [SECTION] glossary, pipeline presets, role-play
// [SECTION] documents
#include <algorithm>
#include <array>

#include "core/content/pack_reader.hpp"
#include "core/content/text_checks.hpp"

namespace dealdojo::content::detail {
namespace {

using json = nlohmann::json;  // role-play scenarios are kept as nlohmann::json

constexpr std::array<std::string_view, 6> kSectionKeys = {"questions", "glossary",    "pipeline_presets",
                                                          "roleplay",  "assessments", "guidance"};
constexpr std::array<std::string_view, 15> kRootFields = {
    "format", "id", "title", "version", "locale", "authors", "licence", "description", "blueprint",
    "questions", "glossary", "pipeline_presets", "roleplay", "assessments", "guidance"};
constexpr std::array<std::string_view, 5> kBlueprintFields = {"questions", "minutes", "pass_percent",
                                                              "mocks_to_complete", "domains"};
constexpr std::array<std::string_view, 3> kDomainFields = {"id", "name", "weight"};
constexpr std::array<std::string_view, 4> kGlossaryFields = {"id", "term", "definition", "source"};
constexpr std::array<std::string_view, 3> kPresetFields = {"id", "name", "stages"};
constexpr std::array<std::string_view, 6> kStageFields = {"id", "name", "probability", "conversion",
                                                          "forecast_category", "exit_criteria"};
constexpr std::array<std::string_view, 2> kRoleplayFields = {"format", "scenarios"};
constexpr std::size_t kMaxDomains = 50;
constexpr std::size_t kMaxStages = 32;
constexpr std::size_t kMaxExitCriteria = 20;
constexpr std::size_t kMaxAuthors = 50;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "1", "1.2", "1.2.3", each optionally followed by "-beta.1" or "+build.5".
bool looks_like_version(std::string_view v) {
  if (v.size() > 64) return false;
  std::size_t i = 0, numbers = 0;
  while (true) {
    const std::size_t start = i;
    while (i < v.size() && is_digit(v[i])) ++i;
    if (i == start) return false;
    ++numbers;
    if (i < v.size() && v[i] == '.' && numbers < 3) {
      ++i;
      continue;
    }
    break;
  }
  if (i == v.size()) return true;
  if (v[i] != '-' && v[i] != '+') return false;
  const std::string_view rest = v.substr(i + 1);
  return !rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) {
    return is_alnum(c) || c == '.' || c == '-' || c == '+';
  });
}

// "en", "en-GB", "pt-BR", "zh-Hant-TW", "es-419": a language of 2–3 lowercase
// letters and up to two subtags of 2–8 letters or digits.
bool looks_like_locale(std::string_view v) {
  if (v.size() > 16) return false;
  std::size_t part = 0;
  while (true) {
    const std::size_t dash = v.find('-');
    const std::string_view token = v.substr(0, dash);
    if (part == 0) {
      if (token.size() < 2 || token.size() > 3 ||
          !std::all_of(token.begin(), token.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return false;
      }
    } else if (token.size() < 2 || token.size() > 8 || !std::all_of(token.begin(), token.end(), is_alnum)) {
      return false;
    }
    if (dash == std::string_view::npos) return true;
    if (++part > 2) return false;
    v.remove_prefix(dash + 1);
  }
}

// ---------------------------------------------------------------------------------
// [SECTION] manifest and blueprint

// The blueprint with whatever could be read; `domains_ok` tells whether every
// domain entry was read.
std::optional<Blueprint> read_blueprint(JsonView value, const std::string& pointer, ReadContext& ctx, bool& domains_ok) {
  domains_ok = false;
  if (!expect_object(value, pointer, ctx, "the blueprint")) return std::nullopt;
  ObjectReader reader(value, pointer, ctx);
  Blueprint bp;
  const auto questions = reader.integer("questions", Need::Required, 1, 500, "how many questions an exam has");
  const auto minutes = reader.integer("minutes", Need::Required, 1, 1440, "how many minutes an exam lasts");
  const auto pass = reader.integer("pass_percent", Need::Required, 1, 100, "the percentage needed to pass");
  const auto mocks = reader.integer("mocks_to_complete", Need::Optional, 1, 100,
                                    "how many mock exams an LMS course needs submitted to count as completed");
  std::optional<JsonView> domains = reader.array("domains", Need::Required, "the exam's domains, with weights adding up to 100");
  if (domains && (domains->size() == 0 || domains->size() > kMaxDomains)) {
    ctx.sink.error(ctx.file, reader.pointer("domains"),
                   "a blueprint needs 1 to " + std::to_string(kMaxDomains) + " domains; this one has " +
                       std::to_string(domains->size()));
    domains.reset();
  }
  bool weights_ok = domains.has_value();
  bool domains_complete = domains.has_value();
  if (domains) {
    std::size_t i = 0;
    for (JsonView item : domains->children()) {
      const std::string dp = reader.pointer("domains") + std::string("/") + std::to_string(i++);
      if (!expect_object(item, dp, ctx, "a domain")) {
        weights_ok = domains_complete = false;
        continue;
      }
      ObjectReader d(item, dp, ctx);
      auto id = d.id("id", Need::Required, "a domain id such as 'planning'");
      auto name = d.text("name", Need::Required, "the domain's name as people read it");
      auto weight = d.integer("weight", Need::Required, 1, 100, "the domain's share of the exam in percent");
      d.warn_unknown_fields(kDomainFields, "a domain");
      if (!weight) weights_ok = false;
      if (!id) {
        domains_complete = false;
        continue;
      }
      if (bp.find_domain(*id) != nullptr) {
        ctx.sink.error(ctx.file, d.pointer("id"), "the domain '" + *id + "' is listed twice");
        weights_ok = false;  // the sum would only repeat the problem
        continue;
      }
      bp.domains.push_back({std::move(*id), name.value_or(std::string()), weight.value_or(0)});
    }
  }
  if (weights_ok) {
    int sum = 0;
    for (const BlueprintDomain& d : bp.domains) sum += d.weight;
    if (sum != 100) {
      ctx.sink.error(ctx.file, reader.pointer("domains"),
                     "the domain weights add up to " + std::to_string(sum) + "%; they must add up to 100%");
    }
  }
  reader.warn_unknown_fields(kBlueprintFields, "the blueprint");
  domains_ok = domains_complete;
  // A broken blueprint is kept: its domain ids still check the questions.
  bp.questions = questions.value_or(0);
  bp.minutes = minutes.value_or(0);
  bp.pass_percent = pass.value_or(0);
  bp.mocks_to_complete = mocks.value_or(1);
  return bp;
}

// Returns false when the pack declares a newer format: nothing else should be read.
bool read_manifest(ObjectReader& reader, PackDraft& draft) {
  ReadContext& ctx = reader.context();
  const auto format = reader.integer("format", Need::Required, 1, 1000000, "\"format\": 1");
  if (format && *format != kFormatVersion) {
    ctx.sink.error(ctx.file, reader.pointer("format"),
                   "this pack is written in format " + std::to_string(*format) +
                       "; this version of DealDojo reads format " + std::to_string(kFormatVersion) +
                       ": update DealDojo to load it");
    draft.newer_format = true;
    return false;
  }
  Manifest& m = draft.pack.manifest;
  bool ok = format.has_value();
  const auto take = [&ok](auto&& value, auto& into) {
    if (value) {
      into = std::move(*value);
    } else {
      ok = false;
    }
  };
  take(reader.id("id", Need::Required, "the pack's id, such as 'sales-rep'"), m.id);
  take(reader.text("title", Need::Required, "the pack's title"), m.title);
  if (auto version = reader.text("version", Need::Required, "the pack's version, such as \"1.0.0\"")) {
    if (looks_like_version(*version)) {
      m.version = std::move(*version);
    } else {
      ctx.sink.error(ctx.file, reader.pointer("version"),
                     quote_value(*version) + " is not a version number; write it like \"1.0.0\"");
      ok = false;
    }
  } else {
    ok = false;
  }
  if (auto locale = reader.text("locale", Need::Required, "the pack's language, such as \"en-GB\"")) {
    if (looks_like_locale(*locale)) {
      m.locale = std::move(*locale);
    } else {
      ctx.sink.error(ctx.file, reader.pointer("locale"),
                     quote_value(*locale) + " is not a language tag; write it like \"en-GB\" or \"de\"");
      ok = false;
    }
  } else {
    ok = false;
  }
  if (auto authors = reader.text_list("authors", Need::Required, kMaxAuthors, false,
                                      "the authors' names, such as [\"DealDojo\"]")) {
    if (authors->empty()) {
      ctx.sink.error(ctx.file, reader.pointer("authors"), "names no author: add at least one");
      ok = false;
    }
    m.authors = std::move(*authors);
  } else {
    ok = false;
  }
  take(reader.text("licence", Need::Required, "the licence, such as \"CC-BY-4.0\""), m.licence);
  m.description = reader.optional_text("description");
  m.format = kFormatVersion;
  draft.manifest_ok = ok;

  if (const auto bp = reader.find("blueprint")) {
    draft.blueprint_present = true;
    draft.blueprint_place = {std::string(ctx.file), reader.pointer("blueprint")};
    draft.pack.blueprint = read_blueprint(*bp, reader.pointer("blueprint"), ctx, draft.blueprint_domains_ok);
  }
  return true;
}

// ---------------------------------------------------------------------------------
// [SECTION] glossary, pipeline presets, role-play

std::optional<GlossaryTerm> read_glossary_term(JsonView item, const std::string& pointer, ReadContext& ctx) {
  if (!expect_object(item, pointer, ctx, "a glossary term")) return std::nullopt;
  ObjectReader r(item, pointer, ctx);
  GlossaryTerm t;
  auto id = r.id("id", Need::Required, "a term id such as 'annual-contract-value'");
  auto term = r.text("term", Need::Required, "the term itself");
  auto definition = r.text("definition", Need::Required, "what the term means");
  t.source = r.optional_text("source");
  r.warn_unknown_fields(kGlossaryFields, "a glossary term");
  t.id = id.value_or(std::string());
  t.term = term.value_or(std::string());
  t.definition = definition.value_or(std::string());
  return t;  // kept even with errors, so references to its id still resolve
}

std::optional<PipelineStage> read_stage(JsonView item, const std::string& pointer, bool last, ReadContext& ctx) {
  if (!expect_object(item, pointer, ctx, "a stage")) return std::nullopt;
  ObjectReader r(item, pointer, ctx);
  PipelineStage s;
  auto id = r.id("id", Need::Required, "a stage id such as 'proposal'");
  auto name = r.text("name", Need::Required, "the stage's name");
  auto probability = r.integer("probability", Need::Required, 0, 100, "the win probability in percent (0–100)");
  std::optional<double> conversion;
  if (last) {
    if (r.find("conversion")) {
      ctx.sink.warning(ctx.file, r.pointer("conversion"),
                       "the last stage has no next stage, so its conversion is not used");
    }
    conversion = 1.0;
  } else {
    conversion = r.number("conversion", Need::Required, 0.0, 1.0,
                          "the share of deals that move on to the next stage (0–1)");
  }
  std::optional<ForecastCategory> category;
  if (auto cat = r.text("forecast_category", Need::Required,
                        "one of pipeline, best_case, commit, closed, omitted")) {
    category = parse_forecast_category(*cat);
    if (!category) {
      ctx.sink.error(ctx.file, r.pointer("forecast_category"),
                     quote_value(*cat) + " is not a forecast category; use pipeline, best_case, commit, "
                                         "closed or omitted");
    }
  }
  std::optional<std::vector<std::string>> criteria;
  if (r.find("exit_criteria")) {
    criteria = r.text_list("exit_criteria", Need::Optional, kMaxExitCriteria, false, "");
    if (!criteria) return std::nullopt;
    s.exit_criteria = std::move(*criteria);
  }
  r.warn_unknown_fields(kStageFields, "a stage");
  if (!id || !name || !probability || !conversion || !category) return std::nullopt;
  s.id = std::move(*id);
  s.name = std::move(*name);
  s.probability = *probability;
  s.conversion = *conversion;
  s.forecast_category = *category;
  return s;
}

std::optional<PipelinePreset> read_preset(JsonView item, const std::string& pointer, ReadContext& ctx) {
  if (!expect_object(item, pointer, ctx, "a pipeline preset")) return std::nullopt;
  ObjectReader r(item, pointer, ctx);
  PipelinePreset p;
  auto id = r.id("id", Need::Required, "a preset id such as 'default'");
  auto name = r.text("name", Need::Required, "the preset's name");
  if (const auto stages = r.array("stages", Need::Required, "the pipeline's stages, in order")) {
    if (stages->size() < 2 || stages->size() > kMaxStages) {
      ctx.sink.error(ctx.file, r.pointer("stages"),
                     "a pipeline needs 2 to " + std::to_string(kMaxStages) + " stages; this one has " +
                         std::to_string(stages->size()));
    } else {
      std::size_t i = 0;
      for (JsonView stage_item : stages->children()) {
        const std::string sp = r.pointer("stages") + std::string("/") + std::to_string(i);
        auto stage = read_stage(stage_item, sp, ++i == stages->size(), ctx);
        if (!stage) continue;
        const bool dup = std::any_of(p.stages.begin(), p.stages.end(),
                                     [&](const PipelineStage& s) { return s.id == stage->id; });
        if (dup) {
          ctx.sink.error(ctx.file, sp + "/id", "the stage id '" + stage->id + "' is used twice in this preset");
          continue;
        }
        if (!p.stages.empty() && stage->probability < p.stages.back().probability) {
          ctx.sink.warning(ctx.file, sp + "/probability",
                           "the probability drops from " + std::to_string(p.stages.back().probability) +
                               "% at '" + p.stages.back().id + "' to " + std::to_string(stage->probability) +
                               "% here; later stages usually have a higher probability");
        }
        p.stages.push_back(std::move(*stage));
      }
    }
  }
  r.warn_unknown_fields(kPresetFields, "a pipeline preset");
  // Kept even with errors, so that duplicate ids are still found.
  p.id = id.value_or(std::string());
  p.name = name.value_or(std::string());
  return p;
}

void read_roleplay(JsonView value, const std::string& pointer, ReadContext& ctx, PackDraft& draft) {
  if (!expect_object(value, pointer, ctx, "the 'roleplay' section")) return;
  ObjectReader r(value, pointer, ctx);
  const auto format = r.integer("format", Need::Required, 1, 1000000, "\"format\": 1");
  r.warn_unknown_fields(kRoleplayFields, "the 'roleplay' section");
  if (!format) return;
  if (*format != kRoleplayFormatVersion) {
    ctx.sink.error(ctx.file, r.pointer("format"),
                   "these role-play scenarios are in format " + std::to_string(*format) +
                       "; this version of DealDojo reads format " + std::to_string(kRoleplayFormatVersion));
    return;
  }
  const auto scenarios = r.array("scenarios", Need::Required, "the list of role-play scenarios");
  if (!scenarios) return;
  if (!draft.pack.roleplay.is_object()) {
    draft.pack.roleplay = {{"format", kRoleplayFormatVersion}, {"scenarios", json::array()}};
  }
  json& merged = draft.pack.roleplay["scenarios"];
  std::size_t i = 0;
  for (JsonView scenario : scenarios->children()) {
    const std::string sp = r.pointer("scenarios") + std::string("/") + std::to_string(i++);
    if (!expect_object(scenario, sp, ctx, "a scenario")) continue;
    const auto id = scenario.find("id");
    if (!id) {
      ctx.sink.error(ctx.file, sp + "/id", "'id' is missing: add a scenario id");
      continue;
    }
    if (!id->is_string() || trim(id->string()).empty()) {
      ctx.sink.error(ctx.file, sp + "/id", "a scenario's id must be non-empty text");
      continue;
    }
    draft.scenario_ids.emplace_back(id->string());
    draft.scenario_places.push_back({std::string(ctx.file), sp});
    merged.push_back(scenario.to_nlohmann());
  }
}

// ---------------------------------------------------------------------------------
// [SECTION] documents

template <typename Item, typename ReadFn>
void read_list(ObjectReader& root, std::string_view key, ReadFn read, std::vector<Item>& items,
               std::vector<Place>& places) {
  ReadContext& ctx = root.context();
  const auto list = root.array(key, Need::Optional, "");
  if (!list) return;
  std::size_t i = 0;
  for (JsonView element : list->children()) {
    const std::string pointer = root.pointer(key) + std::string("/") + std::to_string(i++);
    if (auto item = read(element, pointer, ctx)) {
      items.push_back(std::move(*item));
      places.push_back({std::string(ctx.file), pointer});
    }
    if (ctx.sink.full()) return;
  }
}

void read_sections(ObjectReader& root, PackDraft& draft) {
  read_list(root, "questions", read_question, draft.pack.questions, draft.question_places);
  read_list(root, "glossary", read_glossary_term, draft.pack.glossary, draft.glossary_places);
  read_list(root, "pipeline_presets", read_preset, draft.pack.pipeline_presets, draft.preset_places);
  if (const auto roleplay = root.find("roleplay")) read_roleplay(*roleplay, root.pointer("roleplay"), root.context(), draft);
  read_list(root, "assessments", read_assessment, draft.pack.assessments, draft.assessment_places);
  if (const auto guidance = root.find("guidance")) read_guidance(*guidance, root.pointer("guidance"), root.context(), draft);
}

}  // namespace

void read_root_document(JsonView root, ReadContext& ctx, PackDraft& draft) {
  if (!expect_object(root, "", ctx, "a pack")) return;
  draft.root_read = true;
  ObjectReader reader(root, "", ctx);
  if (!read_manifest(reader, draft)) return;
  read_sections(reader, draft);
  reader.warn_unknown_fields(kRootFields, "a pack");
}

void read_content_file(JsonView root, ReadContext& ctx, PackDraft& draft) {
  if (!expect_object(root, "", ctx, "a content file")) return;
  ObjectReader reader(root, "", ctx);
  bool any = false;
  for (JsonView member : root.children()) {
    const std::string_view key = member.key();
    if (std::find(kSectionKeys.begin(), kSectionKeys.end(), key) != kSectionKeys.end()) {
      any = true;
      continue;
    }
    std::string message = "a content file holds only the sections questions, glossary, pipeline_presets, "
                           "roleplay, assessments and guidance, not " + quote_value(key);
    if (const auto guess = closest_match(key, kSectionKeys)) message += " (did you mean '" + std::string(*guess) + "'?)";
    ctx.sink.error(ctx.file, reader.pointer(key), message);
  }
  if (!any) {
    ctx.sink.warning(ctx.file, "", "this file holds no section (questions, glossary, pipeline_presets, roleplay, assessments, "
                                     "guidance)");
  }
  read_sections(reader, draft);
}

}  // namespace dealdojo::content::detail
