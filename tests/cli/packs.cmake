# dojo validate | stats | import | export: exit codes and output.
set(_hostile tests/data/hostile)
set(_out "${CMAKE_BINARY_DIR}/cli-packs")
file(MAKE_DIRECTORY "${_out}")

# validate
dealdojo_cli_test(NAME "validate: the example pack is valid" ARGS validate content/example
  EXPECT_EXIT 0 EXPECT_OUTPUT "content/example: valid \\(no problems\\); pack 'example' 1\\.0\\.0: 5 questions")
dealdojo_cli_test(NAME "validate: the default pack has no errors" ARGS validate content/sales-rep
  EXPECT_EXIT 0 EXPECT_OUTPUT "content/sales-rep: valid" EXPECT_NO_OUTPUT "error:")
dealdojo_cli_test(NAME "validate: several packs load together" ARGS validate content/example content/sales-rep
  EXPECT_EXIT 0 EXPECT_OUTPUT "content/example: valid.*content/sales-rep: valid")
dealdojo_cli_test(NAME "validate: a bad pack fails with its message"
  ARGS validate ${_hostile}/correct-option-missing.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "NOT valid \\(1 error\\)\n  error: correct-option-missing.json: /questions/0/correct/0: option 'e' does not exist; options are a–d")
dealdojo_cli_test(NAME "validate: one bad pack among good ones fails"
  ARGS validate content/example ${_hostile}/not-json.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "content/example: valid.*not-json.json: NOT valid")
dealdojo_cli_test(NAME "validate: the same pack twice is refused" ARGS validate content/example content/example
  EXPECT_EXIT 1 EXPECT_OUTPUT "a pack with the id 'example' is already loaded")
dealdojo_cli_test(NAME "validate: --json for machines" ARGS validate --json content/example
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"valid\": true.*\"id\": \"example\".*\"errors\": 0")
dealdojo_cli_test(NAME "validate: --json lists diagnostics" ARGS validate ${_hostile}/weights-not-100.json --json
  EXPECT_EXIT 1 EXPECT_OUTPUT "\"valid\": false.*\"severity\": \"error\",.*\"pointer\": \"/blueprint/domains\",")
dealdojo_cli_test(NAME "validate: no pack is a usage error" ARGS validate
  EXPECT_EXIT 2 EXPECT_OUTPUT "name at least one pack.*Run 'dojo help validate' for usage")
dealdojo_cli_test(NAME "validate: an unknown flag is a usage error" ARGS validate content/example --jsn
  EXPECT_EXIT 2 EXPECT_OUTPUT "unknown flag --jsn \\(did you mean --json\\?\\)")
dealdojo_cli_test(NAME "validate: a missing path fails" ARGS validate no/such/pack
  EXPECT_EXIT 1 EXPECT_OUTPUT "no/such/pack: there is no file or folder here")

# validate --strict: the cue lint as errors (content/FORMAT.md, "The cue lint")
set(_giveaway tests/data/cue-lint/giveaway.json)
dealdojo_cli_test(NAME "validate --strict: every shipped pack passes the cue lint"
  ARGS validate --strict content/sales-rep content/manufacturing content/example
  EXPECT_EXIT 0 EXPECT_OUTPUT "content/sales-rep: valid.*Cue check \\(passes\\).*content/manufacturing: valid.*Cue check \\(passes\\).*content/example: valid.*Cue check \\(passes\\)"
  EXPECT_NO_OUTPUT "FIX")
dealdojo_cli_test(NAME "validate --strict: a pack that gives its answers away fails, naming rules and ids"
  ARGS validate --strict ${_giveaway}
  EXPECT_EXIT 1 EXPECT_OUTPUT "NOT valid \\(no problems; 4 cue-lint rules fail\\).*FIX Key is the longest option: 4 of 4.*Stems citing a guide \\[guide-stems\\].*giveaway-2, giveaway-3")
dealdojo_cli_test(NAME "validate: without --strict the cue lint is a note, not an error" ARGS validate ${_giveaway}
  EXPECT_EXIT 0 EXPECT_OUTPUT "valid \\(no problems\\).*cue lint: 4 of 7 rules fail \\('dojo stats' lists them; --strict makes them errors\\)")
dealdojo_cli_test(NAME "validate --strict --json: the findings for machines" ARGS validate --strict --json ${_giveaway}
  EXPECT_EXIT 1 EXPECT_OUTPUT "\"valid\": false.*\"cue_lint\": \\{.*\"failing\": 4,.*\"rule\": \"longest-key\",.*\"fails\": true")

# stats
dealdojo_cli_test(NAME "stats: the cue check lists each rule and the ids to fix" ARGS stats ${_giveaway}
  EXPECT_EXIT 0 EXPECT_OUTPUT "Cue check \\(4 rules fail\\):.*  ok  Answer letters.*FIX Options of very different length.*\\[longest-key\\].*giveaway-1, giveaway-2, giveaway-3, giveaway-4")
dealdojo_cli_test(NAME "stats: --json carries the cue lint" ARGS stats ${_giveaway} --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"cue_lint\": \\{.*\"failing\": 4")
dealdojo_cli_test(NAME "stats: domains against the blueprint" ARGS stats content/example
  EXPECT_EXIT 0 EXPECT_OUTPUT "Discovery     60%     3          3       60\\.0%.*Kinds: 4 single, 1 multiple.*No answer-letter bias")
dealdojo_cli_test(NAME "stats: --json" ARGS stats content/example --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"questions\": 5,.*\"key_bias\": false")
dealdojo_cli_test(NAME "stats: an invalid pack fails" ARGS stats ${_hostile}/duplicate-question-id.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "fix the errors to see its stats")
dealdojo_cli_test(NAME "stats: needs a pack" ARGS stats
  EXPECT_EXIT 2 EXPECT_OUTPUT "name exactly one pack")
dealdojo_cli_test(NAME "stats: takes only one pack" ARGS stats content/example content/sales-rep
  EXPECT_EXIT 2 EXPECT_OUTPUT "unexpected argument 'content/sales-rep'")

# import
dealdojo_cli_test(NAME "import csv: a good spreadsheet becomes a pack"
  ARGS import csv tests/data/import/bank.csv -o ${_out}/bank.json --force
  EXPECT_EXIT 0 EXPECT_OUTPUT "wrote .*bank\\.json: pack 'bank' with 2 questions")
dealdojo_cli_test(NAME "import csv: into a base pack"
  ARGS import csv tests/data/import/bank.csv -o ${_out}/bank-example.json --base content/example --force
  EXPECT_EXIT 0 EXPECT_OUTPUT "pack 'example' with 2 questions, 3 glossary terms" EXPECT_NO_OUTPUT "made up")
dealdojo_cli_test(NAME "import csv: bad rows are reported and nothing is written"
  ARGS import csv tests/data/import/bank-bad.csv -o ${_out}/never-written.json
  EXPECT_EXIT 1
  EXPECT_OUTPUT "nothing was written\n  error: bank-bad\\.csv: row 3, column H \\(correct\\): option 'e' does not exist; options are a–b\n  error: bank-bad\\.csv: row 4, column A \\(id\\)")
dealdojo_cli_test(NAME "import csv: without -o is a usage error" ARGS import csv tests/data/import/bank.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT "say where to write the pack with -o OUT")
dealdojo_cli_test(NAME "import: an unknown format is a usage error" ARGS import xlsx bank.xlsx -o x.json
  EXPECT_EXIT 2 EXPECT_OUTPUT "say which format to import")
dealdojo_cli_test(NAME "import csv: GIFT options are refused" ARGS import csv tests/data/import/bank.csv -o x.json --domain a
  EXPECT_EXIT 2 EXPECT_OUTPUT "are for GIFT files")
dealdojo_cli_test(NAME "import gift: multiple choice and multiple answer"
  ARGS import gift tests/data/import/quiz.gift -o ${_out}/quiz.json --source "Sales notes" --force
  EXPECT_EXIT 0 EXPECT_OUTPUT "pack 'quiz' with 2 questions" EXPECT_NO_OUTPUT "no source")
dealdojo_cli_test(NAME "import gift: unsupported kinds are named by line"
  ARGS import gift tests/data/import/quiz-unsupported.gift -o ${_out}/never-written.json --domain discovery
  EXPECT_EXIT 1 EXPECT_OUTPUT "line 3: true/false questions \\(\\{T\\} or \\{F\\}\\) are not supported")
dealdojo_cli_test(NAME "import gift: a bad difficulty is a usage error"
  ARGS import gift tests/data/import/quiz.gift -o x.json --difficulty extreme
  EXPECT_EXIT 2 EXPECT_OUTPUT "--difficulty: 'extreme' is not a difficulty. use easy, medium or hard")

# export
dealdojo_cli_test(NAME "export csv: the spreadsheet layout" ARGS export csv content/example
  EXPECT_EXIT 0 EXPECT_OUTPUT "^id,domain,subtopic,kind,choose,stem,option_a,why_a,option_b,why_b.*\ntrial-commitment,closing,commitment,single,1,")
dealdojo_cli_test(NAME "export csv: an invalid pack fails" ARGS export csv ${_hostile}/empty.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "nothing was exported")
dealdojo_cli_test(NAME "export: an unknown format is a usage error" ARGS export xml content/example
  EXPECT_EXIT 2 EXPECT_OUTPUT "say which format to export")
