// Reading a learner's ratings file against a pack's self-assessment.
#include "core/assessment/assessment_reader.hpp"

#include <array>

#include "core/content/json_document.hpp"
#include "core/content/text_checks.hpp"

namespace dealdojo::assessment {
namespace {

using content::JsonView;
using content::Need;
using content::ObjectReader;
using content::ReadContext;

constexpr std::array<std::string_view, 2> kRatingsFields = {"assessment", "ratings"};

}  // namespace

RatingsResult read_ratings(std::string_view json_text, std::string_view file, const Assessment& assessment) {
  content::DiagnosticSink sink;
  RatingsResult result;
  const content::Limits limits;
  std::size_t values_left = limits.max_values;
  const auto document = content::JsonDocument::parse(json_text, file, limits, values_left, sink);
  ReadContext ctx{file, sink};
  if (document && content::expect_object(document->root(), "", ctx, "a ratings file")) {
    ObjectReader r(document->root(), "", ctx);
    if (const auto named = r.text("assessment", Need::Optional, "the assessment's id"); named && *named != assessment.id) {
      sink.error(file, "/assessment",
                 "these ratings are for the assessment '" + *named + "', not '" + assessment.id + "'");
    }
    const auto ratings = r.find("ratings");
    if (!ratings) {
      sink.error(file, "/ratings", "'ratings' is missing: add {\"capability-id\": level, ...}");
    } else if (content::expect_object(*ratings, "/ratings", ctx, "'ratings'")) {
      ObjectReader rr(*ratings, "/ratings", ctx);
      for (JsonView member : ratings->children()) {
        const std::string key(member.key());
        if (assessment.find_capability(key) == nullptr) {
          std::vector<std::string_view> ids;
          for (const Capability& c : assessment.capabilities) ids.push_back(c.id);
          std::string message = "'" + key + "' is not a capability of '" + assessment.id + "'";
          if (const auto guess = content::closest_match(key, ids)) message += "; did you mean '" + std::string(*guess) + "'?";
          sink.error(file, rr.pointer(key), message);
          continue;
        }
        if (member.is_null()) continue;  // unrated
        if (const auto level = rr.integer(key, Need::Required, kMinLevel, kMaxLevel, "a level from 1 to 5")) {
          result.ratings[key] = *level;
        }
      }
    }
    r.warn_unknown_fields(kRatingsFields, "a ratings file");
  }
  result.diagnostics = sink.take();
  return result;
}

}  // namespace dealdojo::assessment
