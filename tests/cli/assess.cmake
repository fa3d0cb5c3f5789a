# dojo assess: the capability list, the gap report from a ratings file, and errors.
set(_assess_dir "${CMAKE_BINARY_DIR}/cli-assess")
file(MAKE_DIRECTORY "${_assess_dir}")
# forecasting-approach is 3/4 in the pack, cpq 1/2, lead-management 4/5.
file(WRITE "${_assess_dir}/ratings.json"
  "{\"assessment\": \"capability-maturity\", \"ratings\": {\"forecasting-approach\": 1, \"cpq\": 2, \"lead-management\": 4}}\n")
file(WRITE "${_assess_dir}/typo.json" "{\"ratings\": {\"forcasting-approach\": 9}}\n")

dealdojo_cli_test(NAME "assess: lists the capabilities with their levels" ARGS assess content/manufacturing
  EXPECT_EXIT 0
  EXPECT_OUTPUT "Capability maturity self-assessment \\(capability-maturity\\): [0-9]+ capabilities.*Scale: 1 Minimal, 2 Emerging, 3 Practicing, 4 Optimized, 5 Leading.*forecasting-approach: Forecasting approach - minimum 3 \\(Practicing\\), recommended 4 \\(Optimized\\)")
dealdojo_cli_test(NAME "assess: --json lists the capabilities" ARGS assess content/manufacturing --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"assessment\": \"capability-maturity\",.*\"id\": \"cpq\",.*\"minimum\": 1,.*\"recommended\": 2")
dealdojo_cli_test(NAME "assess: ratings give the report in priority order"
  ARGS assess content/manufacturing --ratings ${_assess_dir}/ratings.json
  EXPECT_EXIT 0
  EXPECT_OUTPUT "1\\. Forecasting approach \\(Forecasting and pipeline\\) - Below minimum\n   Rated 1 \\(Minimal\\); minimum 3 \\(Practicing\\); recommended 4 \\(Optimized\\)\n   Gap: 2 levels to minimum, 3 levels to recommended.*2\\. Lead management \\(Selling and quoting\\) - At minimum.*Configure, price, quote \\(CPQ\\) \\(Selling and quoting\\) - At or above recommended")
dealdojo_cli_test(NAME "assess: the report as JSON" ARGS assess content/manufacturing --ratings ${_assess_dir}/ratings.json --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"below_minimum\": 1,.*\"capabilities\": \\[\n    {\n      \"id\": \"forecasting-approach\",.*\"status\": \"below_minimum\",\n      \"gap_to_minimum\": 2,")
dealdojo_cli_test(NAME "assess: a bad ratings file fails with its places"
  ARGS assess content/manufacturing --ratings ${_assess_dir}/typo.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "NOT valid \\(1 error\\)\n  error: .*typo.json: /ratings/forcasting-approach: 'forcasting-approach' is not a capability of 'capability-maturity'; did you mean 'forecasting-approach'\\?")
dealdojo_cli_test(NAME "assess: a pack without an assessment fails" ARGS assess content/example
  EXPECT_EXIT 1 EXPECT_OUTPUT "content/example has no self-assessment")
dealdojo_cli_test(NAME "assess: an unknown assessment id fails" ARGS assess content/manufacturing --assessment nope
  EXPECT_EXIT 1 EXPECT_OUTPUT "has no assessment 'nope'")
dealdojo_cli_test(NAME "assess: needs exactly one pack" ARGS assess
  EXPECT_EXIT 2 EXPECT_OUTPUT "name exactly one pack\nRun 'dojo help assess' for usage")

# dojo stats and validate count a pack's self-assessments.
dealdojo_cli_test(NAME "stats counts the self-assessment and its capabilities"
  ARGS stats content/manufacturing
  EXPECT_EXIT 0
  EXPECT_OUTPUT "Also: 35 glossary terms, 2 pipeline presets, 6 role-play scenarios, 1 self-assessment \\(40 capabilities\\)")
dealdojo_cli_test(NAME "validate names a pack's self-assessment in its contents"
  ARGS validate content/manufacturing
  EXPECT_EXIT 0
  EXPECT_OUTPUT "6 role-play scenarios, 1 self-assessment")
