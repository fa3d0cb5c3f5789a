// Reads the "assessments" section of a pack: self-assessments, their scale and
// capabilities (FORMAT.md, "Self-assessments").
//
// [SECTION] scale
// [SECTION] capabilities
// [SECTION] assessment
#include <algorithm>
#include <array>

#include "core/content/pack_reader.hpp"
#include "core/content/text_checks.hpp"

namespace dealdojo::content::detail {
namespace {

constexpr std::array<std::string_view, 5> kAssessmentFields = {"id", "title", "description", "scale", "capabilities"};
constexpr std::array<std::string_view, 3> kScaleFields = {"level", "name", "meaning"};
constexpr std::array<std::string_view, 9> kCapabilityFields = {
    "id", "name", "area", "description", "levels", "minimum", "recommended", "best_practices", "source"};
constexpr std::size_t kMaxCapabilities = 500;
constexpr std::size_t kMaxBestPractices = 30;

std::string item_pointer(const std::string& list_pointer, std::size_t index) {
  return list_pointer + "/" + std::to_string(index);
}

// ---------------------------------------------------------------------------------
// [SECTION] scale

// The scale must name each level 1–5 exactly once, in order.
std::vector<ScaleLevel> read_scale(ObjectReader& r) {
  ReadContext& ctx = r.context();
  std::vector<ScaleLevel> scale;
  const auto list = r.array("scale", Need::Required, "the five levels, each {\"level\", \"name\", \"meaning\"}");
  if (!list) return scale;
  const std::string lp = r.pointer("scale");
  std::size_t i = 0;
  for (JsonView item : list->children()) {
    const std::string p = item_pointer(lp, i++);
    if (!expect_object(item, p, ctx, "a level of the scale")) continue;
    ObjectReader s(item, p, ctx);
    const auto level = s.integer("level", Need::Required, kMinLevel, kMaxLevel, "the level's number, 1 to 5");
    const auto name = s.text("name", Need::Required, "the level's name, such as \"Practicing\"");
    const auto meaning = s.text("meaning", Need::Required, "what the level means");
    s.warn_unknown_fields(kScaleFields, "a level of the scale");
    if (!level) continue;
    if (std::any_of(scale.begin(), scale.end(), [&](const ScaleLevel& l) { return l.level == *level; })) {
      ctx.sink.error(ctx.file, s.pointer("level"), "level " + std::to_string(*level) + " is listed twice");
      continue;
    }
    if (*level != static_cast<int>(scale.size()) + kMinLevel) {
      ctx.sink.error(ctx.file, s.pointer("level"),
                     "level " + std::to_string(*level) + " is out of order: list the levels 1 to 5 in order");
    }
    scale.push_back({*level, name.value_or(std::string()), meaning.value_or(std::string())});
  }
  if (scale.size() != kLevelCount && list->size() == scale.size()) {
    ctx.sink.error(ctx.file, lp,
                   "the scale has " + std::to_string(scale.size()) + " levels; it needs exactly 5 (1 to 5)");
  }
  return scale;
}

// ---------------------------------------------------------------------------------
// [SECTION] capabilities

// "levels": {"1": "...", ..., "5": "..."}; every level described, nothing else.
bool read_levels(ObjectReader& r, Capability& c) {
  ReadContext& ctx = r.context();
  const auto value = r.find("levels");
  if (!value) {
    ctx.sink.error(ctx.file, r.pointer("levels"),
                   "'levels' is missing: add {\"1\": \"...\", ..., \"5\": \"...\"} describing each level");
    return false;
  }
  if (!expect_object(*value, r.pointer("levels"), ctx, "'levels'")) return false;
  ObjectReader levels(*value, r.pointer("levels"), ctx);
  bool ok = true;
  for (JsonView member : value->children()) {
    const std::string_view key = member.key();
    const bool known = key.size() == 1 && key[0] >= '1' && key[0] <= '5';
    if (!known) {
      ctx.sink.error(ctx.file, levels.pointer(key),
                     quote_value(key) + " is not a level: the levels are \"1\" to \"5\"");
      ok = false;
    }
  }
  for (int level = kMinLevel; level <= kMaxLevel; ++level) {
    const std::string key = std::to_string(level);
    auto text = levels.text(key, Need::Required, "what level " + key + " looks like for this capability");
    if (!text) {
      ok = false;
      continue;
    }
    c.levels[static_cast<std::size_t>(level - kMinLevel)] = std::move(*text);
  }
  return ok;
}

std::optional<Capability> read_capability(JsonView item, const std::string& pointer, ReadContext& ctx) {
  if (!expect_object(item, pointer, ctx, "a capability")) return std::nullopt;
  ObjectReader r(item, pointer, ctx);
  Capability c;
  auto id = r.id("id", Need::Required, "a capability id such as 'forecasting-approach'");
  auto name = r.text("name", Need::Required, "the capability's name");
  auto area = r.text("area", Need::Required, "the area it belongs to, such as \"Sales\"");
  c.description = r.optional_text("description");
  read_levels(r, c);
  const auto minimum = r.integer("minimum", Need::Required, kMinLevel, kMaxLevel,
                                 "the minimum level (1–5): the most basic viable implementation");
  const auto recommended = r.integer("recommended", Need::Required, kMinLevel, kMaxLevel,
                                     "the recommended level (1–5), at least the minimum");
  if (minimum && recommended && *minimum > *recommended) {
    ctx.sink.error(ctx.file, r.pointer("recommended"),
                   "the recommended level " + std::to_string(*recommended) + " is below the minimum level " +
                       std::to_string(*minimum) + "; it must be at least the minimum");
  }
  if (auto practices = r.text_list("best_practices", Need::Required, kMaxBestPractices, false,
                                   "the practices that move a business up, as a list of texts")) {
    if (practices->empty()) {
      ctx.sink.error(ctx.file, r.pointer("best_practices"), "lists no practice: add at least one");
    }
    c.best_practices = std::move(*practices);
  }
  c.source = r.optional_text("source");
  if (c.source.empty()) {
    ctx.sink.warning(ctx.file, r.pointer("source"), "has no source: say where the levels come from");
  }
  r.warn_unknown_fields(kCapabilityFields, "a capability");
  c.id = id.value_or(std::string());
  c.name = name.value_or(std::string());
  c.area = area.value_or(std::string());
  c.minimum = minimum.value_or(kMinLevel);
  c.recommended = recommended.value_or(kMaxLevel);
  return c;
}

void read_capabilities(ObjectReader& r, Assessment& a) {
  ReadContext& ctx = r.context();
  const auto list = r.array("capabilities", Need::Required, "the capabilities to rate");
  if (!list) return;
  const std::string lp = r.pointer("capabilities");
  if (list->size() == 0 || list->size() > kMaxCapabilities) {
    ctx.sink.error(ctx.file, lp,
                   "an assessment needs 1 to " + std::to_string(kMaxCapabilities) + " capabilities; this one has " +
                       std::to_string(list->size()));
    return;
  }
  std::vector<std::size_t> file_index;  // parallel to a.capabilities: its place in the list
  std::size_t i = 0;
  for (JsonView item : list->children()) {
    const std::string p = item_pointer(lp, i++);
    auto c = read_capability(item, p, ctx);
    if (!c) continue;
    const auto first = std::find_if(a.capabilities.begin(), a.capabilities.end(),
                                    [&](const Capability& other) { return !c->id.empty() && other.id == c->id; });
    if (first != a.capabilities.end()) {
      const auto first_at = file_index[static_cast<std::size_t>(first - a.capabilities.begin())];
      ctx.sink.error(ctx.file, p + "/id",
                     "the capability id '" + c->id + "' is used twice; the first is at " + item_pointer(lp, first_at));
      continue;
    }
    a.capabilities.push_back(std::move(*c));
    file_index.push_back(i - 1);
    if (ctx.sink.full()) return;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------
// [SECTION] assessment

std::optional<Assessment> read_assessment(JsonView item, const std::string& pointer, ReadContext& ctx) {
  if (!expect_object(item, pointer, ctx, "an assessment")) return std::nullopt;
  ObjectReader r(item, pointer, ctx);
  Assessment a;
  auto id = r.id("id", Need::Required, "an assessment id such as 'capability-maturity'");
  auto title = r.text("title", Need::Required, "the assessment's title");
  a.description = r.optional_text("description");
  a.scale = read_scale(r);
  read_capabilities(r, a);
  r.warn_unknown_fields(kAssessmentFields, "an assessment");
  a.id = id.value_or(std::string());
  a.title = title.value_or(std::string());
  return a;
}

}  // namespace dealdojo::content::detail
