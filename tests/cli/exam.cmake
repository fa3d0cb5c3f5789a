# dojo mock and dojo score.
dealdojo_cli_test(NAME "mock splits the default pack by the exam weights" ARGS mock --pack content/sales-rep --seed 7 --json
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"pack\": \"sales-rep\".*\"minutes\": 105.*\"pass_percent\": 70.*\"questions\": \\[")
dealdojo_cli_test(NAME "mock lists the questions in order" ARGS mock --pack content/example --seed 3
  EXPECT_EXIT 0 EXPECT_OUTPUT "5 questions, 10 minutes, 60% to pass\n  1\\. trial-commitment \\(closing\\)")
dealdojo_cli_test(NAME "mock needs --pack" ARGS mock --seed 3
  EXPECT_EXIT 2 EXPECT_OUTPUT "name the pack with --pack PACK")
dealdojo_cli_test(NAME "mock refuses a seed that is not a number" ARGS mock --pack content/example --seed soon
  EXPECT_EXIT 2 EXPECT_OUTPUT "--seed: 'soon' is not a whole number")
dealdojo_cli_test(NAME "mock names the domain whose bank is too small" ARGS mock --pack tests/data/packs/short-bank.json
  EXPECT_EXIT 1 EXPECT_OUTPUT "Discovery needs 10 questions for a full exam, but the pack has only 2\\.")
dealdojo_cli_test(NAME "score scores an attempt as the exam does" ARGS score tests/data/attempts/example-attempt.json --pack content/example
  EXPECT_EXIT 0 EXPECT_OUTPUT "\"right\": 3,\n  \"total\": 5,\n  \"percent\": 60,\n  \"pass_percent\": 60,\n  \"passed\": true,\n  \"unanswered\": 1,\n  \"flagged\": 1")
dealdojo_cli_test(NAME "score refuses an attempt from another pack" ARGS score tests/data/attempts/example-attempt.json --pack content/sales-rep
  EXPECT_EXIT 1 EXPECT_OUTPUT "drawn from pack 'example', not 'sales-rep'")
dealdojo_cli_test(NAME "score refuses a file that is not an attempt" ARGS score tests/data/packs/team-pack.json --pack content/example
  EXPECT_EXIT 1 EXPECT_OUTPUT "this is not a saved attempt")
