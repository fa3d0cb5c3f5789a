// dojo assess PACK [--assessment ID] [--ratings FILE.json] [--json]: a pack's
// self-assessment, as a list of capabilities or, with ratings, as the gap report.
#include <ostream>

#include "core/assessment/assessment_reader.hpp"
#include "core/assessment/assessment_report.hpp"
#include "core/content/pack_loader.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {
namespace {

namespace as = dealdojo::assessment;
namespace content = dealdojo::content;
using ojson = nlohmann::ordered_json;

std::string dump(const ojson& j) { return j.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n"; }

void print_capabilities(std::ostream& out, const as::Assessment& a) {
  out << a.title << " (" << a.id << "): " << a.capabilities.size() << " capabilities\n";
  out << "Scale:";
  for (const as::ScaleLevel& s : a.scale) out << " " << s.level << " " << s.name << (s.level < as::kMaxLevel ? "," : "\n");
  for (const std::string& area : a.areas()) {
    out << "\n" << area << "\n";
    for (const as::Capability& c : a.capabilities) {
      if (c.area != area) continue;
      out << "  " << c.id << ": " << c.name << " - minimum " << c.minimum << " (" << a.level_name(c.minimum)
          << "), recommended " << c.recommended << " (" << a.level_name(c.recommended) << ")\n";
    }
  }
}

ojson capabilities_json(const as::Assessment& a) {
  ojson list = ojson::array();
  for (const as::Capability& c : a.capabilities) {
    list.push_back({{"id", c.id}, {"name", c.name}, {"area", c.area},
                    {"minimum", c.minimum}, {"recommended", c.recommended}});
  }
  return {{"assessment", a.id}, {"title", a.title}, {"capabilities", std::move(list)}};
}

const as::Assessment* pick_assessment(CommandContext& ctx, const content::Pack& pack, const std::string& pack_path,
                                     const std::optional<std::string>& wanted) {
  for (const as::Assessment& a : pack.assessments) {
    if (!wanted || a.id == *wanted) return &a;
  }
  if (wanted) {
    ctx.err << "dojo assess: " << pack_path << " has no assessment '" << *wanted << "'\n";
  } else {
    ctx.err << "dojo assess: " << pack_path << " has no self-assessment\n";
  }
  return nullptr;
}

}  // namespace

std::string_view assess_usage() {
  return "dojo assess PACK [--assessment ID] [--ratings FILE.json] [--json]\n"
         "  Without --ratings: the capabilities with their minimum and recommended levels.\n"
         "  --ratings FILE.json: {\"ratings\": {\"CAPABILITY-ID\": 1..5, ...}} gives the gap report,\n"
         "  in order of priority (below minimum first, largest gap first).\n"
         "  Exit codes: 0 ok, 1 the pack or the ratings have errors, 2 usage error.";
}

int run_assess(CommandContext& ctx) {
  const auto args = parse_or_report(
      ctx, {"assess", {value_flag("--assessment"), value_flag("--ratings"), switch_flag("--json")}, 1}, ctx.args);
  if (!args) return kExitUsage;
  const std::vector<std::string>& paths = args->arguments;
  if (paths.empty()) return usage_error(ctx, "assess", "name exactly one pack");

  const content::LoadResult loaded = content::load_pack(paths.front());
  if (!loaded.pack) {
    ctx.out << paths.front() << ": NOT valid (" << problem_summary(loaded.diagnostics) << ")\n";
    print_diagnostics(ctx.out, loaded.diagnostics);
    return kExitFailed;
  }
  const as::Assessment* assessment = pick_assessment(ctx, *loaded.pack, paths.front(), args->value("--assessment"));
  if (assessment == nullptr) return kExitFailed;
  const bool json = args->has("--json");

  const auto ratings_path = args->value("--ratings");
  if (!ratings_path) {
    if (json) {
      ctx.out << dump(capabilities_json(*assessment));
    } else {
      print_capabilities(ctx.out, *assessment);
    }
    return kExitOk;
  }
  content::DiagnosticSink sink;
  const auto text = content::read_file_bounded(*ratings_path, *ratings_path, content::Limits{}.max_file_bytes, sink);
  if (!text) {
    print_diagnostics(ctx.out, sink.take());
    return kExitFailed;
  }
  const as::RatingsResult ratings = as::read_ratings(*text, *ratings_path, *assessment);
  if (!ratings.ok()) {
    ctx.out << *ratings_path << ": NOT valid (" << problem_summary(ratings.diagnostics) << ")\n";
    print_diagnostics(ctx.out, ratings.diagnostics);
    return kExitFailed;
  }
  const as::Report report = as::build_report(*assessment, ratings.ratings);
  ctx.out << (json ? dump(as::report_to_json(report)) : as::report_to_text(report));
  return kExitOk;
}

}  // namespace dojo
