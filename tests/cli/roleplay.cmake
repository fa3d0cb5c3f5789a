# dojo roleplay check | play | compile: exit codes and output. The default pack's
# scenarios must pass the check, and its JSON must be up to date with its scripts.
set(_rp_data tests/unit/roleplay/data)
set(_rp_out "${CMAKE_BINARY_DIR}/cli-roleplay")
file(MAKE_DIRECTORY "${_rp_out}")

# check
dealdojo_cli_test(NAME "roleplay check: every default scenario is valid" ARGS roleplay check content/sales-rep
  EXPECT_EXIT 0 EXPECT_OUTPUT "price-too-high: valid \\(no problems\\).*content/sales-rep: [0-9]+ scenarios, all valid"
  EXPECT_NO_OUTPUT "error:|warning:")
dealdojo_cli_test(NAME "roleplay check: --json" ARGS roleplay check content/sales-rep --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"valid\": true.*\"id\": \"price-too-high\".*\"decision_points\": 7")
dealdojo_cli_test(NAME "roleplay check: problems are named by file and pointer"
  ARGS roleplay check ${_rp_data}/broken-pack.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "typo: NOT valid \\(1 error\\)\n  error: broken-pack.json: /roleplay/scenarios/0/nodes/0/choices/0/technique: 'cushon' is not a technique \\(did you mean 'cushion'\\?\\).*loop: NOT valid.*go round in a circle \\(a -> b -> a\\).*2 scenarios, 2 with errors")
dealdojo_cli_test(NAME "roleplay check: needs exactly one pack" ARGS roleplay check
  EXPECT_EXIT 2 EXPECT_OUTPUT "name exactly one pack")
dealdojo_cli_test(NAME "roleplay: an unknown subcommand is a usage error" ARGS roleplay frobnicate
  EXPECT_EXIT 2 EXPECT_OUTPUT "unknown subcommand 'frobnicate'. choose check, play, compile or probe")

# play
dealdojo_cli_test(NAME "roleplay play: the ideal path scores 100"
  ARGS roleplay play content/sales-rep price-too-high --choices 3,1,4,2,3,2,5
  EXPECT_EXIT 0 EXPECT_OUTPUT "Ending: Committed.*Score: 100/100 - passed")
dealdojo_cli_test(NAME "roleplay play: a good score that ends stalled is not a pass, and says why"
  ARGS roleplay play content/sales-rep price-too-high --choices 3,1,4,2,3,2,2
  EXPECT_EXIT 0 EXPECT_OUTPUT "Ending: Stalled.*Score: 84/100 - not passed \\(pass mark 70\\)\n  Not passed: The conversation ended \"Stalled\"; a pass needs \"Committed\"")
dealdojo_cli_test(NAME "roleplay play: a lost ending shows its score and the ideal path"
  ARGS roleplay play content/sales-rep price-too-high --choices 1,1
  EXPECT_EXIT 0 EXPECT_OUTPUT "Ending: Lost.*Score: 11/100 - not passed.*Ideal path:\n  1\\. Cushion:.*Replay from step 1")
dealdojo_cli_test(NAME "roleplay play: a misfit commitment method is marked down with the reason"
  ARGS roleplay play content/sales-rep alternate-choice --choices 1,1,1,1,1,1,2,1,1
  EXPECT_EXIT 0 EXPECT_OUTPUT "Note: Direct Question did not fit the moment: it needs trust at least 60 \\(it was 55\\)")
dealdojo_cli_test(NAME "roleplay play: input that ends early fails"
  ARGS roleplay play content/sales-rep price-too-high --choices 1
  EXPECT_EXIT 1 EXPECT_OUTPUT "Stopped at step 2, before the conversation ended")
dealdojo_cli_test(NAME "roleplay play: an unknown scenario lists the ones there are"
  ARGS roleplay play content/sales-rep nope
  EXPECT_EXIT 1 EXPECT_OUTPUT "There is no scenario 'nope' in content/sales-rep; it has: .*price-too-high")
dealdojo_cli_test(NAME "roleplay play: needs a pack and an id" ARGS roleplay play content/sales-rep
  EXPECT_EXIT 2 EXPECT_OUTPUT "name a pack and a scenario id")
dealdojo_cli_test(NAME "roleplay play: --shuffle needs a number"
  ARGS roleplay play content/sales-rep price-too-high --shuffle x
  EXPECT_EXIT 2 EXPECT_OUTPUT "--shuffle: 'x' is not a whole number")
dealdojo_cli_test(NAME "roleplay play: --export writes a JSON transcript"
  ARGS roleplay play content/sales-rep no-budget-now --choices 1,1,1,1,1,1,1 --export ${_rp_out}/no-budget.json
  EXPECT_EXIT 0 EXPECT_OUTPUT "Ending: Next step agreed.*Score: 100/100.*Transcript written to")

# probe
dealdojo_cli_test(NAME "roleplay probe: no strategy that reads surface cues passes the default pack"
  ARGS roleplay probe content/sales-rep --runs 200
  EXPECT_EXIT 0 EXPECT_OUTPUT "price-too-high .*Always the longest line passes 0 of [0-9]+ scenarios; always the shortest passes 0; random picks pass [0-4]\\.[0-9]% of")
dealdojo_cli_test(NAME "roleplay probe: one scenario, and an unknown one fails"
  ARGS roleplay probe content/sales-rep --scenario nope
  EXPECT_EXIT 1 EXPECT_OUTPUT "no scenario 'nope' in the pack")
dealdojo_cli_test(NAME "roleplay probe: --runs must be a whole number from 1"
  ARGS roleplay probe content/sales-rep --runs 0
  EXPECT_EXIT 2 EXPECT_OUTPUT "--runs")

# play reading choices from stdin, as `printf '1\n2\n' | dojo roleplay play ...` does
find_program(_rp_bash bash)
if(_rp_bash)
  add_test(NAME "cli: roleplay play: choices from stdin, with 'back' to replay"
    COMMAND ${_rp_bash} -c "set -o pipefail; printf '3\\n2\\nback 1\\n3\\n1\\n4\\n2\\n3\\n2\\n5\\n' | \"$<TARGET_FILE:dojo>\" roleplay play content/sales-rep price-too-high | grep -z 'Back to step 1\\..*Score: 100/100 - passed'"
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
  add_test(NAME "cli: roleplay play: stdin that ends early exits 1"
    COMMAND ${_rp_bash} -c "printf '1\\n' | \"$<TARGET_FILE:dojo>\" roleplay play content/sales-rep price-too-high; test $? -eq 1"
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
endif()

# compile
dealdojo_cli_test(NAME "roleplay compile: the shipped JSON is up to date with its scripts"
  ARGS roleplay compile content/sales-rep/roleplay-scripts -o content/sales-rep/roleplay --check
  EXPECT_EXIT 0 EXPECT_OUTPUT "price-too-high.json: up to date" EXPECT_NO_OUTPUT "OUT OF DATE|error:|warning:")
dealdojo_cli_test(NAME "roleplay compile: one script to one file"
  ARGS roleplay compile content/sales-rep/roleplay-scripts/false-belief.txt -o ${_rp_out}/false-belief.json
  EXPECT_EXIT 0 EXPECT_OUTPUT "wrote .*false-belief.json \\(scenario 'false-belief'\\)")
dealdojo_cli_test(NAME "roleplay compile: --check finds a stale file"
  ARGS roleplay compile content/sales-rep/roleplay-scripts/price-too-high.txt -o content/sales-rep/roleplay/false-belief.json --check
  EXPECT_EXIT 1 EXPECT_OUTPUT "false-belief.json: OUT OF DATE")
dealdojo_cli_test(NAME "roleplay compile: problems are reported on the script line"
  ARGS roleplay compile ${_rp_data}/bad-script.txt -o ${_rp_out}/bad.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "error: tests/unit/roleplay/data/bad-script.txt: line 11: there is no node 'nowhere'.*not compiled")
dealdojo_cli_test(NAME "roleplay compile: several scripts need a folder"
  ARGS roleplay compile content/sales-rep/roleplay-scripts -o ${_rp_out}/all.json
  EXPECT_EXIT 2 EXPECT_OUTPUT "name a folder")
