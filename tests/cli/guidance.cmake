# dojo guidance check: each playbook on a line, the guidance problems with their
# places, and the exit codes of validate.
set(_hostile tests/data/hostile)

dealdojo_cli_test(NAME "guidance check: the example pack's playbooks" ARGS guidance check content/example
  EXPECT_EXIT 0
  EXPECT_OUTPUT "content/example: valid \\(no problems\\). 2 playbooks, 1 template\n  lead qualified: qualify-lead \\(9 steps, 3 criteria\\) ok\n  stage simple/qualify: work-qualify \\(4 steps, 1 criterion\\) ok\n")
dealdojo_cli_test(NAME "guidance check: several packs, each with its playbooks"
  ARGS guidance check content/example content/sales-rep content/manufacturing
  EXPECT_EXIT 0
  EXPECT_OUTPUT "content/example: valid.*content/sales-rep: valid \\(no problems\\).*  lead qualified: .*content/manufacturing: valid \\(no problems\\)"
  EXPECT_NO_OUTPUT "error:|warning:")
dealdojo_cli_test(NAME "guidance check: a step that follows itself fails with its place"
  ARGS guidance check ${_hostile}/guidance-self-loop.json
  EXPECT_EXIT 1
  EXPECT_OUTPUT "guidance-self-loop.json: NOT valid \\(1 error\\)\n  error: guidance-self-loop.json: /guidance/playbooks/0/steps/0/outcomes/0/next: step 'call' names itself as the next step of outcome 'failed': a step cannot follow itself\n")
dealdojo_cli_test(NAME "guidance check: a loop of automated steps fails"
  ARGS guidance check content/example ${_hostile}/guidance-automated-loop.json
  EXPECT_EXIT 1
  EXPECT_OUTPUT "content/example: valid.*guidance-automated-loop.json: NOT valid \\(3 errors\\).*automated steps 'nudge' → 'nudge-again' → 'nudge' loop without a wait: they would fire forever")
dealdojo_cli_test(NAME "guidance check: a warning is shown under its playbook"
  ARGS guidance check tests/data/packs/guidance-warning.json
  EXPECT_EXIT 0
  EXPECT_OUTPUT "valid \\(1 warning\\). 1 playbook\n  lead qualified: qualify-lead \\(1 step, 1 criterion\\) ok \\(1 warning\\)\n    warning: guidance-warning.json: /guidance/playbooks/0/steps/0/colour: an action step has no field 'colour'. it is ignored\n")
dealdojo_cli_test(NAME "guidance check: problems elsewhere are counted, not listed"
  ARGS guidance check ${_hostile}/duplicate-question-id.json
  EXPECT_EXIT 1
  EXPECT_OUTPUT "NOT valid \\(1 error\\)\n  1 problem is outside the guidance section: 'dojo validate .*duplicate-question-id.json' lists it\n"
  EXPECT_NO_OUTPUT "question id")
dealdojo_cli_test(NAME "guidance check: a pack without playbooks is valid"
  ARGS guidance check tests/fuzz/corpus/pack_loader/minimal-valid.json
  EXPECT_EXIT 0 EXPECT_OUTPUT "minimal-valid.json: valid \\(no problems\\). no playbooks\n")
dealdojo_cli_test(NAME "guidance check: --json for machines" ARGS guidance check --json content/example
  EXPECT_EXIT 0
  EXPECT_OUTPUT "\"valid\": true,.*\"id\": \"qualify-lead\",\n          \"for\": \"lead qualified\",\n          \"steps\": 9,\n          \"criteria\": 3")
dealdojo_cli_test(NAME "guidance: needs a subcommand" ARGS guidance
  EXPECT_EXIT 2 EXPECT_OUTPUT "dojo guidance: name a subcommand: check.*Run 'dojo help guidance' for usage")
dealdojo_cli_test(NAME "guidance check: needs a pack" ARGS guidance check
  EXPECT_EXIT 2 EXPECT_OUTPUT "dojo guidance check: name at least one pack")
dealdojo_cli_test(NAME "guidance: an unknown subcommand is a usage error" ARGS guidance chek content/example
  EXPECT_EXIT 2 EXPECT_OUTPUT "unknown subcommand 'chek'")

# dojo stats and validate count the playbooks.
dealdojo_cli_test(NAME "stats counts the playbooks" ARGS stats content/example
  EXPECT_EXIT 0 EXPECT_OUTPUT "Also: 3 glossary terms, 1 pipeline preset, 1 role-play scenario, 2 playbooks\n")
dealdojo_cli_test(NAME "validate names a pack's playbooks in its contents" ARGS validate content/example
  EXPECT_EXIT 0 EXPECT_OUTPUT "1 role-play scenario, 2 playbooks\n")
