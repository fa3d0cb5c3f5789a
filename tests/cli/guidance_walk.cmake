# dojo guidance walk: a playbook of content/example walked with given outcomes.
# lead:qualified starts with the reach-by-phone template (call, wait a day,
# follow-up call, e-mail), then need, budget (with a 14-day wait), decider.

dealdojo_cli_test(NAME "guidance walk: a failed call branches to a wait, then the follow-up"
  ARGS guidance walk content/example lead:qualified --outcomes no_answer,wait,no_answer,need-found,not-yet,wait,wait
  EXPECT_EXIT 0
  EXPECT_OUTPUT "day 0  reach/call \\(action, required\\): Call the contact\n         succeeded → need\n         no_answer → reach/wait\n       took no_answer → reach/wait\nday 0  reach/wait \\(wait\\): Wait 1 day, fires on day 1\nday 1  a day passes\nday 1  reach/wait \\(wait\\): Wait 1 day, fired on day 1\nday 1  reach/follow-up \\(action, skippable\\): Make the follow-up call.*reach/email \\(send\\): Send: A short note asking for a good time to talk, fired on day 1\nday 1  need \\(question, required\\).*need-found → budget \\(meets 1\\).*budget-review \\(wait\\): Wait 14 days, fires on day 15\nday 2  a day passes\nday 3  a day passes\n\nWhere it stands: at budget-review on day 3\nExit criteria: 1 of 3 met\n  \\[x\\] 1. The buyer described a problem we can solve\n  \\[ \\] 2.*Steps: 4 done, 0 skipped, 3 failed")
dealdojo_cli_test(NAME "guidance walk: a stage playbook met in full may move on"
  ARGS guidance walk content/example qualify --outcomes date-given,no_answer,wait,wait,wait,confirmed
  EXPECT_EXIT 0
  EXPECT_OUTPUT "Qualify the deal \\(work-qualify\\), stage simple/qualify.*reminder \\(send\\): Send: A reminder with the recap attached, fired on day 0\nday 0  wait-reply \\(wait\\): Wait 3 days, fires on day 3.*day 3  wait-reply \\(wait\\): Wait 3 days, fired on day 3\nday 3  recap \\(action, skippable\\).*took confirmed → end \\(meets 1\\)\n\nWhere it stands: ended \\(done\\) by day 3\nExit criteria: 1 of 1 met: it may move on\n  \\[x\\] 1. Need, budget, authority and timeline confirmed")
dealdojo_cli_test(NAME "guidance walk: skipping a skippable step meets nothing"
  ARGS guidance walk content/example qualify --outcomes date-given,skip
  EXPECT_EXIT 0
  EXPECT_OUTPUT "skipped: follows the first outcome → end, meets nothing\n\nWhere it stands: ended \\(done\\) by day 0\nExit criteria: 0 of 1 met\n")
dealdojo_cli_test(NAME "guidance walk: a retire outcome ends the lead's run"
  ARGS guidance walk content/example lead:qualified --outcomes succeeded,no-need
  EXPECT_EXIT 0 EXPECT_OUTPUT "took no-need → retire\n\nWhere it stands: ended \\(retire\\) by day 0")
dealdojo_cli_test(NAME "guidance walk: a required step cannot be skipped"
  ARGS guidance walk content/example lead:qualified --outcomes skip
  EXPECT_EXIT 1
  EXPECT_OUTPUT "refused: “Call the contact” is required: mark it done with what happened — qualifying the lead depends on it\n$"
  EXPECT_NO_OUTPUT "Where it stands")
dealdojo_cli_test(NAME "guidance walk: an unknown outcome is refused with the valid ones"
  ARGS guidance walk content/example lead:qualified --outcomes maybe
  EXPECT_EXIT 1 EXPECT_OUTPUT "refused: no outcome 'maybe' for “Call the contact”: choose succeeded or no_answer")
dealdojo_cli_test(NAME "guidance walk: a wait is not the rep's to mark"
  ARGS guidance walk content/example lead:qualified --outcomes no_answer,done
  EXPECT_EXIT 1 EXPECT_OUTPUT "refused: “Wait 1 day” runs by itself: it fires on day 1")
dealdojo_cli_test(NAME "guidance walk: --json lists the events and the criteria"
  ARGS guidance walk content/example lead:qualified --outcomes no_answer,wait --json
  EXPECT_EXIT 0
  EXPECT_OUTPUT "\"playbook\": \"qualify-lead\",.*\"event\": \"took\",\n      \"step\": \"reach/call\",\n      \"outcome\": \"no_answer\",.*\"day\": 1,\n      \"event\": \"fired\",\n      \"step\": \"reach/wait\",.*\"end\": \"open\",\n  \"step\": \"reach/follow-up\",\n  \"day\": 1,.*\"criteria_complete\": false")
dealdojo_cli_test(NAME "guidance walk: a stage the preset lacks is named with the stages it has"
  ARGS guidance walk content/example nope
  EXPECT_EXIT 1 EXPECT_OUTPUT "preset 'simple' has no stage 'nope' \\(its stages: qualify, propose, commit, won")
dealdojo_cli_test(NAME "guidance walk: a stage without a playbook"
  ARGS guidance walk content/example propose
  EXPECT_EXIT 1 EXPECT_OUTPUT "stage 'propose' of preset 'simple' has no playbook")
dealdojo_cli_test(NAME "guidance walk: an unknown lead status is a usage error"
  ARGS guidance walk content/example lead:won
  EXPECT_EXIT 2 EXPECT_OUTPUT "'lead:won': a lead's status is qualified, converted or retired")
dealdojo_cli_test(NAME "guidance walk: needs a pack and a stage" ARGS guidance walk content/example
  EXPECT_EXIT 2 EXPECT_OUTPUT "name a pack and a stage")
