# dojo pipeline: metrics, forecast and the quarter simulation (see core/pipeline and
# docs/PIPELINE_FORMAT.md), on the example files in tests/data/pipeline.

# Metrics with their formulas and working.
dealdojo_cli_test(NAME "pipeline metrics: values with formula and working"
  ARGS pipeline metrics tests/data/pipeline/q3-pipeline.json
  EXPECT_EXIT 0 EXPECT_OUTPUT "Pipeline value +535,000.*Weighted pipeline +166,850.*Sales velocity = opportunities × win rate × average deal size ÷ sales cycle length.*= 21 × 35.7% × 31,300.10 ÷ 79.6 days = 2,949.13 per day")
dealdojo_cli_test(NAME "pipeline metrics: funnel, conversions, rollup and health"
  ARGS pipeline metrics tests/data/pipeline/q3-pipeline.json
  EXPECT_EXIT 0 EXPECT_OUTPUT "Funnel.*Proposal +3 deals +117,000.*\\(2 stalled\\).*Proposal → Negotiation and commitment: 9 moved on.*Commit forecast = Closed \\+ Commit = 72,500.50 \\+ 117,000 = 189,500.50.*Health: Needs attention: Bottom-heavy; Stalled stage: Proposal")
dealdojo_cli_test(NAME "pipeline metrics --json"
  ARGS pipeline metrics tests/data/pipeline/q3-pipeline.json --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"ok\": true.*\"pipeline_value\": {[^}]*\"amount\": \"535000.00\".*\"key\": \"sales_velocity\".*\"formula\": \"Sales velocity = .*\"best_case\": {.*\"healthy\": false")

# The Monte Carlo forecast: reproducible for a seed.
dealdojo_cli_test(NAME "pipeline forecast: percentiles and the chance of quota"
  ARGS pipeline forecast tests/data/pipeline/q3-pipeline.json --trials 10000 --seed 7
  EXPECT_EXIT 0 EXPECT_OUTPUT "10,000 trials, seed 7.*P10 126,501 +P50 179,501 +P90 234,501.*closed form 179,883.*Chance to reach the quota of 300,000: 0.3% \\(31 of 10,000 trials\\).*<- quota")
dealdojo_cli_test(NAME "pipeline forecast --json"
  ARGS pipeline forecast tests/data/pipeline/q3-pipeline.json --trials 2000 --seed 3 --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"trials\": 2000,.*\"seed\": 3,.*\"p10\": [0-9]+,.*\"p50\": [0-9]+,.*\"p90\": [0-9]+,.*\"quota_probability\": .*\"histogram\": \\[")
dealdojo_cli_test(NAME "pipeline forecast: win chances from the stage conversions"
  ARGS pipeline forecast tests/data/pipeline/q3-pipeline.json --trials 1000 --source conversion
  EXPECT_EXIT 0 EXPECT_OUTPUT "1,000 trials, seed 1")

# The quarter simulation: a timeline and a debrief, the same for a seed.
dealdojo_cli_test(NAME "pipeline simulate: timeline and debrief"
  ARGS pipeline simulate --seed 7 --plan tests/data/pipeline/balanced-plan.json
  EXPECT_EXIT 0 EXPECT_OUTPUT "seed 7, plan 'Balanced': 13 weeks of 40 hours, quota 150,000.*start .*\n +1 +8 +6 +8 +8 +8 +2 \\|.*\n +13 +10 +6 +8 +6 +6 +4 \\|.*Debrief.*Booked 97,000 of a 150,000 quota \\(64.7%\\): below quota, 53,000 short.")
dealdojo_cli_test(NAME "pipeline simulate --json"
  ARGS pipeline simulate --seed 7 --plan tests/data/pipeline/balanced-plan.json --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"ok\": true.*\"weeks_played\": 13.*\"week\": 13.*\"debrief\": {.*\"drivers\": \\[.*\"kind\": \"outcome\"")

# Problems: file errors exit 1 with their JSON Pointer; bad flags exit 2.
dealdojo_cli_test(NAME "pipeline metrics: a broken file names the place"
  ARGS pipeline metrics tests/data/pipeline/bad-pipeline.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "NOT a valid pipeline file.*/deals/0/stage: 'proposl' is not a stage of this pipeline \\(did you mean 'proposal'\\?\\).*/deals/1/amount: write an amount with cents as text"
  EXPECT_NO_OUTPUT "Pipeline value")
dealdojo_cli_test(NAME "pipeline metrics --json: diagnostics with pointers"
  ARGS pipeline metrics tests/data/pipeline/bad-pipeline.json --json
  EXPECT_EXIT 1 EXPECT_OUTPUT "\"ok\": false.*\"pointer\": \"/deals/0/stage\"")
dealdojo_cli_test(NAME "pipeline metrics: a missing file"
  ARGS pipeline metrics tests/data/pipeline/none.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "none.json: this file cannot be read")
dealdojo_cli_test(NAME "pipeline simulate: a broken plan names the week"
  ARGS pipeline simulate --seed 1 --plan tests/data/pipeline/bad-plan.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "NOT a valid plan.*/weeks/1: the week's hours add up to 48; there are only 40 to share")
dealdojo_cli_test(NAME "pipeline forecast: trials out of range"
  ARGS pipeline forecast tests/data/pipeline/q3-pipeline.json --trials 0
  EXPECT_EXIT 2 EXPECT_OUTPUT "--trials: '0' is not a whole number from 1 to 1,000,000")
dealdojo_cli_test(NAME "pipeline forecast: a seed that is not a number"
  ARGS pipeline forecast tests/data/pipeline/q3-pipeline.json --seed -4
  EXPECT_EXIT 2 EXPECT_OUTPUT "--seed: '-4' is not a whole number")
dealdojo_cli_test(NAME "pipeline simulate: --plan is required"
  ARGS pipeline simulate --seed 1
  EXPECT_EXIT 2 EXPECT_OUTPUT "--plan PLAN.json is required")
dealdojo_cli_test(NAME "pipeline: unknown subcommand"
  ARGS pipeline frobnicate
  EXPECT_EXIT 2 EXPECT_OUTPUT "unknown subcommand 'frobnicate'. choose metrics, forecast or simulate")
dealdojo_cli_test(NAME "pipeline: unknown flag"
  ARGS pipeline metrics tests/data/pipeline/q3-pipeline.json --trials 5
  EXPECT_EXIT 2 EXPECT_OUTPUT "unknown flag --trials \\(flags: --json\\)")
dealdojo_cli_test(NAME "pipeline: help shows the subcommands"
  ARGS help pipeline
  EXPECT_EXIT 0 EXPECT_OUTPUT "dojo pipeline metrics FILE.*dojo pipeline forecast FILE.*dojo pipeline simulate --seed S --plan PLAN.json")
dealdojo_cli_test(NAME "pipeline simulate: the verdict on how the plan changed"
  ARGS pipeline simulate --seed 7 --plan tests/data/pipeline/balanced-plan.json
  EXPECT_EXIT 0 EXPECT_OUTPUT "How the plan changed\n  Humming: the plan held for all 13 weeks with only small tweaks.*\n  0 of 12 weeks changed \\(10% of the hours or more moved, or the playbook discipline switched\\). 0.8% of the hours moved a week on average. shortest hold 13 weeks.")
