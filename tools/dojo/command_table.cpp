// The one list of dojo commands. Add a command here and in its own file.
#include "dojo/command.hpp"

namespace dojo {

int run_help(CommandContext& ctx);
int run_validate(CommandContext& ctx);
int run_stats(CommandContext& ctx);
int run_import(CommandContext& ctx);
int run_export(CommandContext& ctx);
int run_mock(CommandContext& ctx);
int run_score(CommandContext& ctx);
int run_deal(CommandContext& ctx);
std::string_view deal_usage();
int run_pipeline(CommandContext& ctx);
std::string_view pipeline_usage();
int run_roleplay(CommandContext& ctx);
std::string_view roleplay_usage();
int run_assess(CommandContext& ctx);
std::string_view assess_usage();
int run_publish(CommandContext& ctx);
int run_guidance(CommandContext& ctx);
std::string_view guidance_usage();

std::span<const Command> all_commands() {
  static const Command commands[] = {
      {"help", "dojo help [COMMAND]", "Show the commands, or one command's usage and flags.", run_help},
      {"validate", "dojo validate PACK... [--json] [--strict]",
       "Check content packs (folders or bundled .json files); exit 1 if any has an error. --strict also "
       "fails a pack whose questions trip the cue lint.",
       run_validate},
      {"stats", "dojo stats PACK [--json]",
       "Question counts by domain, kind and difficulty, answer positions, what is missing, and the cue lint "
       "(answers given away by length, letter or wording).",
       run_stats},
      {"import",
       "dojo import csv FILE -o OUT [--base PACK] [--id ID] [--title TEXT] [--force]\n"
       "  dojo import gift FILE -o OUT [--base PACK] [--id ID] [--title TEXT] [--force]\n"
       "                   [--domain ID] [--subtopic ID] [--difficulty easy|medium|hard] [--source TEXT]\n"
       "  OUT ending in .json is written as one bundled pack, anything else as a new pack folder.\n"
       "  --base PACK: take the manifest, blueprint, glossary and presets from PACK.",
       "Make a pack from a spreadsheet (CSV) or a Moodle GIFT file; nothing is written on any error.", run_import},
      {"export", "dojo export csv PACK [-o FILE]",
       "Write a pack's questions as CSV in the layout `dojo import csv` reads.", run_export},
      {"mock", "dojo mock --pack PACK [--seed N] [--json]",
       "Assemble a mock exam from a pack's blueprint and print its questions in order.", run_mock},
      {"score", "dojo score ATTEMPT.json --pack PACK",
       "Score a saved exam attempt against its pack and print the result as JSON.", run_score},
      {"deal", deal_usage(),
       "Deal-term calculators (AOV, TCV, ACV, ramps, deferred revenue, discounts) with the working; drills.",
       run_deal},
      {"pipeline", pipeline_usage(),
       "Pipeline metrics with formulas, forecast rollups, a Monte Carlo forecast, and a quarter to play.",
       run_pipeline},
      {"roleplay", roleplay_usage(),
       "Role-play scenarios: validate a pack's scenarios, play one in the terminal, compile scripts to JSON.",
       run_roleplay},
      {"assess", assess_usage(), "A pack's capability-maturity self-assessment: the capabilities, or a gap report from ratings.", run_assess},
      {"guidance", guidance_usage(),
       "Guided-selling playbooks: check a pack's playbooks (steps, outcomes, loops, required steps, exit criteria).",
       run_guidance},
      {"publish",
       "dojo publish scorm PACK --version 2004|1.2 -o course.zip [--web DIR] [--force]\n"
       "  --web DIR: the WebAssembly build to package (default: ../web beside the dojo executable).\n"
       "  --force: replace course.zip if it exists.",
       "Make a SCORM course package (a zip to upload to an LMS) of a pack and the web app.", run_publish},
  };
  return commands;
}

}  // namespace dojo
