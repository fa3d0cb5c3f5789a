# Every dojo command reads its flags with the one parser (tools/dojo/flags.hpp), so
# the same mistake gets the same words from each. A usage error is exactly two
# lines, exit code 2:
#   dojo COMMAND: MESSAGE
#   Run 'dojo help TOPIC' for usage.

# dealdojo_usage_error_test(NAME "..." COMMAND "deal aov" MESSAGE "literal text" ARGS ...)
function(dealdojo_usage_error_test)
  cmake_parse_arguments(CASE "" "NAME;COMMAND;MESSAGE" "ARGS" ${ARGN})
  string(REGEX REPLACE " .*" "" _topic "${CASE_COMMAND}")
  # MESSAGE is literal text: escape what a regex would read as special.
  string(REGEX REPLACE "([.*+?()|^$])" "\\\\\\1" _message "${CASE_MESSAGE}")
  dealdojo_cli_test(NAME "${CASE_NAME}" ARGS ${CASE_ARGS} EXPECT_EXIT 2
    EXPECT_OUTPUT "^dojo ${CASE_COMMAND}: ${_message}\nRun 'dojo help ${_topic}' for usage\\.\n$")
endfunction()

set(_pipeline tests/data/pipeline/q3-pipeline.json)
set(_pack content/sales-rep)

# An unknown flag, with a did-you-mean for a near miss.
dealdojo_usage_error_test(NAME "flags: deal, unknown flag" ARGS deal aov --qoute 5 --years 2
  COMMAND "deal aov" MESSAGE "unknown flag --qoute (did you mean --quote?)")
dealdojo_usage_error_test(NAME "flags: pipeline, unknown flag" ARGS pipeline forecast ${_pipeline} --trails 5
  COMMAND "pipeline forecast" MESSAGE "unknown flag --trails (did you mean --trials?)")
dealdojo_usage_error_test(NAME "flags: roleplay, unknown flag" ARGS roleplay play ${_pack} price-too-high --choises 1
  COMMAND "roleplay play" MESSAGE "unknown flag --choises (did you mean --choices?)")
dealdojo_usage_error_test(NAME "flags: mock, unknown flag" ARGS mock --pack content/example --sed 3
  COMMAND "mock" MESSAGE "unknown flag --sed (did you mean --seed?)")
dealdojo_usage_error_test(NAME "flags: validate, unknown flag" ARGS validate content/example --jsn
  COMMAND "validate" MESSAGE "unknown flag --jsn (did you mean --json?)")
dealdojo_usage_error_test(NAME "flags: import, unknown flag with no near miss" ARGS import csv bank.csv -x
  COMMAND "import"
  MESSAGE "unknown flag -x (flags: -o, --base, --id, --title, --force, --domain, --subtopic, --difficulty, --source)")

# A flag that takes a value, given none (at the end, or followed by another flag).
dealdojo_usage_error_test(NAME "flags: deal, missing value" ARGS deal aov --years 2 --quote
  COMMAND "deal aov" MESSAGE "--quote needs a value")
dealdojo_usage_error_test(NAME "flags: pipeline, missing value" ARGS pipeline forecast ${_pipeline} --seed --json
  COMMAND "pipeline forecast" MESSAGE "--seed needs a value")
dealdojo_usage_error_test(NAME "flags: roleplay, missing value" ARGS roleplay play ${_pack} price-too-high --shuffle
  COMMAND "roleplay play" MESSAGE "--shuffle needs a value")
dealdojo_usage_error_test(NAME "flags: mock, missing value" ARGS mock --pack content/example --seed
  COMMAND "mock" MESSAGE "--seed needs a value")
dealdojo_usage_error_test(NAME "flags: assess, missing value" ARGS assess content/manufacturing --ratings
  COMMAND "assess" MESSAGE "--ratings needs a value")

# A number that is not a whole number, or out of range.
dealdojo_usage_error_test(NAME "flags: deal, bad number" ARGS deal drill --count lots
  COMMAND "deal drill" MESSAGE "--count: 'lots' is not a whole number from 1 to 100")
dealdojo_usage_error_test(NAME "flags: deal, number out of range" ARGS deal drill --count 101
  COMMAND "deal drill" MESSAGE "--count: '101' is not a whole number from 1 to 100")
dealdojo_usage_error_test(NAME "flags: pipeline, bad number" ARGS pipeline forecast ${_pipeline} --trials 1.5
  COMMAND "pipeline forecast" MESSAGE "--trials: '1.5' is not a whole number from 1 to 1,000,000")
dealdojo_usage_error_test(NAME "flags: roleplay, bad number" ARGS roleplay play ${_pack} price-too-high --shuffle -3
  COMMAND "roleplay play" MESSAGE "--shuffle: '-3' is not a whole number from 0 to 18,446,744,073,709,551,615")
dealdojo_usage_error_test(NAME "flags: mock, bad number" ARGS mock --pack content/example --seed soon
  COMMAND "mock" MESSAGE "--seed: 'soon' is not a whole number from 0 to 18,446,744,073,709,551,615")

# A flag with a value given twice: which one was meant?
dealdojo_usage_error_test(NAME "flags: deal, given twice" ARGS deal aov --quote 1 --quote 2 --years 1
  COMMAND "deal aov" MESSAGE "--quote is given twice")
dealdojo_usage_error_test(NAME "flags: pipeline, given twice" ARGS pipeline simulate --plan a.json --plan b.json
  COMMAND "pipeline simulate" MESSAGE "--plan is given twice")
dealdojo_usage_error_test(NAME "flags: roleplay, given twice under another spelling"
  ARGS roleplay compile a.txt -o a.json --output b.json
  COMMAND "roleplay compile" MESSAGE "--output is given twice")
dealdojo_usage_error_test(NAME "flags: import, given twice" ARGS import csv bank.csv -o a.json -o b.json
  COMMAND "import" MESSAGE "-o is given twice")

# A plain argument where the command takes none, or no more.
dealdojo_usage_error_test(NAME "flags: deal, unexpected argument" ARGS deal tcv 500000 --years 2
  COMMAND "deal tcv" MESSAGE "unexpected argument '500000'")
dealdojo_usage_error_test(NAME "flags: pipeline, unexpected argument" ARGS pipeline simulate extra --plan a.json
  COMMAND "pipeline simulate" MESSAGE "unexpected argument 'extra'")
dealdojo_usage_error_test(NAME "flags: roleplay, unexpected argument" ARGS roleplay check ${_pack} content/example
  COMMAND "roleplay check" MESSAGE "unexpected argument 'content/example'")
dealdojo_usage_error_test(NAME "flags: mock, unexpected argument" ARGS mock content/example --pack content/example
  COMMAND "mock" MESSAGE "unexpected argument 'content/example'")

# A negative amount is a value, not a flag; "COMMAND --help" is "help COMMAND".
dealdojo_cli_test(NAME "flags: a value may start with '-'" ARGS deal acv --previous-aov 500000 --added -80000
  EXPECT_EXIT 0 EXPECT_OUTPUT "ACV = -80,000")
dealdojo_cli_test(NAME "flags: --help after any command shows its usage" ARGS validate --help
  EXPECT_EXIT 0 EXPECT_OUTPUT "^Check content packs.*Usage:\n  dojo validate PACK\\.\\.\\. \\[--json\\] \\[--strict\\]\n$")
dealdojo_cli_test(NAME "flags: -h works for commands with subcommands" ARGS deal -h
  EXPECT_EXIT 0 EXPECT_OUTPUT "Usage:\n  dojo deal SUBCOMMAND.*drill \\[--seed N\\]")
