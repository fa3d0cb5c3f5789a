dealdojo_cli_test(NAME "help lists the commands" ARGS help
  EXPECT_EXIT 0 EXPECT_OUTPUT "Commands:.*help")
dealdojo_cli_test(NAME "unknown command is a usage error" ARGS frobnicate
  EXPECT_EXIT 2 EXPECT_OUTPUT "unknown command 'frobnicate'")
dealdojo_cli_test(NAME "help for an unknown command is a usage error" ARGS help nothing
  EXPECT_EXIT 2 EXPECT_OUTPUT "no command named 'nothing'")
