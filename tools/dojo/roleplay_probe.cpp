// dojo roleplay probe PACK [--scenario ID] [--runs N] [--seed S]: plays every
// scenario with strategies that know nothing of selling (always the longest line,
// always the shortest, random picks) and prints how far each gets. A scenario
// whose text gives the answers away passes the first; a sound one passes none and
// few random runs. The figures go to `make test`'s log and `make bench`.
#include <ostream>
#include <string>

#include "core/content/pack_loader.hpp"
#include "core/roleplay/strategies.hpp"
#include "core/util/format.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {

namespace rp = dealdojo::roleplay;

namespace {

std::string outcome_text(const rp::Score& score) {
  return std::string(rp::ending_name(score.reached)) + " " + std::to_string(score.total) +
         (score.passed ? " PASS" : " fail");
}

}  // namespace

int run_roleplay_probe(CommandContext& ctx, const ParsedArgs& args) {
  const auto runs = whole_number(args, "--runs", 2000, {1, 1'000'000});
  if (!runs) return usage_error(ctx, "roleplay probe", runs.error_message());
  const auto seed = whole_number(args, "--seed", 1);
  if (!seed) return usage_error(ctx, "roleplay probe", seed.error_message());
  const std::optional<std::string> only = args.value("--scenario");
  if (args.arguments.empty()) return usage_error(ctx, "roleplay probe", "name exactly one pack");

  const dealdojo::content::LoadResult loaded = dealdojo::content::load_pack(args.arguments[0]);
  if (!loaded.pack) {
    ctx.out << args.arguments[0] << ": the pack has errors; fix them first (dojo validate " << args.arguments[0]
            << ")\n";
    print_diagnostics(ctx.out, loaded.diagnostics);
    return kExitFailed;
  }
  const rp::ScenarioSet set = rp::read_scenarios(loaded.pack->roleplay, args.arguments[0], loaded.scenario_places);
  std::size_t scenarios = 0, longest_passes = 0, shortest_passes = 0, random_runs = 0, random_passes = 0;
  ctx.out << "scenario                        always longest    always shortest   random picks passing\n";
  for (const rp::Scenario& s : set.scenarios) {
    if (only && s.id != *only) continue;
    ++scenarios;
    const rp::Score longest = rp::play_by_length(s, rp::LengthStrategy::Longest);
    const rp::Score shortest = rp::play_by_length(s, rp::LengthStrategy::Shortest);
    const rp::RandomPlay random = rp::play_randomly(s, *runs, *seed);
    longest_passes += longest.passed ? 1 : 0;
    shortest_passes += shortest.passed ? 1 : 0;
    random_runs += random.runs;
    random_passes += random.passed;
    std::string row = s.id;
    row.resize(std::max<std::size_t>(row.size() + 1, 32), ' ');
    std::string l = outcome_text(longest), sh = outcome_text(shortest);
    l.resize(std::max<std::size_t>(l.size() + 1, 18), ' ');
    sh.resize(std::max<std::size_t>(sh.size() + 1, 18), ' ');
    ctx.out << row << l << sh << dealdojo::util::format_one_decimal(100.0 * random.pass_rate()) << "% of "
            << random.runs << "\n";
  }
  if (scenarios == 0) {
    ctx.out << (only ? "no scenario '" + *only + "' in the pack" : std::string("no role-play scenarios")) << "\n";
    return only ? kExitFailed : kExitOk;
  }
  ctx.out << "\nAlways the longest line passes " << longest_passes << " of " << scenarios
          << " scenarios; always the shortest passes " << shortest_passes << "; random picks pass "
          << dealdojo::util::format_one_decimal(100.0 * static_cast<double>(random_passes) /
                                                static_cast<double>(random_runs))
          << "% of " << random_runs << " runs (seed " << *seed << ").\n";
  return kExitOk;
}

}  // namespace dojo
