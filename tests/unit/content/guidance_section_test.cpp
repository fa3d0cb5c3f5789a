// The "guidance" section: a valid pack with a template and how it expands, one
// case per rule with the exact diagnostics it must give, the round trip through
// the pack writer, and the limits on hostile input.
#include <doctest/doctest.h>

#include <functional>

#include "content_test_support.hpp"
#include "core/content/pack_writer.hpp"

namespace fs = std::filesystem;
using content_test::lines;
using content_test::load;
using content_test::valid_bundle;
using nlohmann::json;
using namespace dealdojo::content;

namespace {

json outcome(const std::string& name, const std::string& next, json meets = json()) {
  json o = {{"name", name}, {"next", next}};
  if (!meets.is_null()) o["meets"] = std::move(meets);
  return o;
}

json rep_step(const std::string& id, json outcomes, bool required = false, const std::string& kind = "action") {
  json s = {{"id", id}, {"kind", kind}, {"text", "Do " + id}, {"outcomes", std::move(outcomes)}};
  if (required) s["required"] = true;
  return s;
}

json wait_step(const std::string& id, int days, const std::string& next) {
  return {{"id", id}, {"kind", "wait"}, {"days", days}, {"next", next}};
}

json send_step(const std::string& id, const std::string& next) {
  return {{"id", id}, {"kind", "send"}, {"message", "A note"}, {"next", next}};
}

// A valid pack: a template (call, wait, email), a lead playbook that uses it and
// loops through a wait, and a stage playbook for simple/open (two exit criteria).
json guidance_bundle() {
  json pack = valid_bundle();
  pack["pipeline_presets"] = {
      {{"id", "simple"},
       {"name", "Simple"},
       {"stages",
        {{{"id", "open"}, {"name", "Open"}, {"probability", 10}, {"conversion", 0.5}, {"forecast_category", "pipeline"},
          {"exit_criteria", {"Need confirmed", "Budget confirmed"}}},
         {{"id", "won"}, {"name", "Won"}, {"probability", 100}, {"forecast_category", "closed"}}}}}};
  const json reach = {
      {"id", "reach"},
      {"name", "Reach by phone"},
      {"steps",
       {rep_step("call", {outcome("succeeded", "end"), outcome("no_answer", "wait")}, true), wait_step("wait", 2, "email"),
        send_step("email", "end")}}};
  const json lead = {
      {"id", "qualify-lead"},
      {"name", "Qualify the lead"},
      {"lead", "qualified"},
      {"exit_criteria", {"Need", "Budget"}},
      {"steps",
       {{{"id", "first"}, {"use", "reach"}, {"next", "need"}},
        rep_step("need", {outcome("found", "budget", {1}), outcome("none", "retire")}, true, "question"),
        rep_step("budget", {outcome("confirmed", "end", {2}), outcome("later", "pause")}, false, "question"),
        wait_step("pause", 7, "budget")}}};
  const json stage = {{"id", "open-deal"},
                      {"name", "Open the deal"},
                      {"preset", "simple"},
                      {"stage", "open"},
                      {"steps", {rep_step("confirm", {outcome("confirmed", "end", {1, 2}), outcome("declined", "lost")})}}};
  pack["guidance"] = {{"templates", {reach}}, {"playbooks", {lead, stage}}};
  return pack;
}

json& playbook(json& pack, int i) { return pack["guidance"]["playbooks"][static_cast<std::size_t>(i)]; }
json& pb_step(json& pack, int i, int s) { return playbook(pack, i)["steps"][static_cast<std::size_t>(s)]; }
json& tpl_steps(json& pack) { return pack["guidance"]["templates"][0]["steps"]; }

std::vector<std::string> step_ids(const Playbook& p) {
  std::vector<std::string> ids;
  for (const GuidanceStep& s : p.steps) ids.push_back(s.id);
  return ids;
}

struct RuleCase {
  const char* rule;
  std::function<void(json&)> change;
  const char* expected;  // every diagnostic, in order
};

const RuleCase kRuleCases[] = {
    // Shape and fields.
    {"the section is an object", [](json& p) { p["guidance"] = json::array(); },
     "error: test.json: /guidance: the 'guidance' section must be an object { ... }, not a list [ ... ]\n"},
    {"a playbook needs steps", [](json& p) { playbook(p, 1)["steps"] = json::array(); },
     "error: test.json: /guidance/playbooks/1/steps: has no step: add at least one; the first is where the playbook "
     "starts\n"},
    {"step ids are kebab-case", [](json& p) { pb_step(p, 1, 0)["id"] = "Confirm It"; },
     "error: test.json: /guidance/playbooks/1/steps/0/id: 'Confirm It' is not a valid id: use lowercase letters, "
     "digits and single hyphens, such as 'confirm-it'\n"},
    {"step ids are unique", [](json& p) { playbook(p, 0)["steps"].push_back(rep_step("need", {outcome("ok", "end")})); },
     "error: test.json: /guidance/playbooks/0/steps/4/id: the step id 'need' is used twice in this playbook; the first "
     "is at /guidance/playbooks/0/steps/1\n"},
    {"end is not a step id", [](json& p) { playbook(p, 1)["steps"].push_back(rep_step("end", {outcome("ok", "end")})); },
     "error: test.json: /guidance/playbooks/1/steps/1/id: 'end' is where an outcome ends the playbook, so it cannot be "
     "a step's id: choose another\n"},
    {"a step kind is known", [](json& p) { pb_step(p, 1, 0)["kind"] = "call"; },
     "error: test.json: /guidance/playbooks/1/steps/0/kind: 'call' is not a step kind; use action, question, wait or "
     "send\n"},
    {"a rep step has text", [](json& p) { pb_step(p, 1, 0).erase("text"); },
     "error: test.json: /guidance/playbooks/1/steps/0/text: 'text' is missing: add what the rep does, such as \"Call "
     "the contact\"\n"},
    {"a rep step has outcomes", [](json& p) { pb_step(p, 1, 0)["outcomes"] = json::array(); },
     "error: test.json: /guidance/playbooks/1/steps/0/outcomes: has no outcome: add at least one, such as {\"name\": "
     "\"succeeded\", \"next\": \"end\"}\n"},
    {"at most 8 outcomes",
     [](json& p) {
       for (int i = 0; i < 7; ++i) pb_step(p, 1, 0)["outcomes"].push_back(outcome("o" + std::to_string(i), "end"));
     },
     "error: test.json: /guidance/playbooks/1/steps/0/outcomes: step has 9 outcomes; at most 8\n"},
    {"outcome names are words", [](json& p) { pb_step(p, 1, 0)["outcomes"][1]["name"] = "No Answer"; },
     "error: test.json: /guidance/playbooks/1/steps/0/outcomes/1/name: 'No Answer' is not a valid outcome name: use "
     "lowercase words joined by hyphens or underscores, such as 'no-answer'\n"},
    {"outcome names are unique in a step", [](json& p) { pb_step(p, 1, 0)["outcomes"][1]["name"] = "confirmed"; },
     "error: test.json: /guidance/playbooks/1/steps/0/outcomes/1/name: the outcome 'confirmed' is listed twice in this "
     "step\n"},
    {"meets are criterion numbers", [](json& p) { pb_step(p, 1, 0)["outcomes"][0]["meets"] = {1, "two"}; },
     "error: test.json: /guidance/playbooks/1/steps/0/outcomes/0/meets/1: must be the number of an exit criterion, 1 "
     "to 20, not text\n"},
    {"a wait lasts 1 to 365 days", [](json& p) { pb_step(p, 0, 3)["days"] = 0; },
     "error: test.json: /guidance/playbooks/0/steps/3/days: must be between 1 and 365, not 0\n"},
    {"a send step has a message", [](json& p) { tpl_steps(p)[2].erase("message"); },
     "error: test.json: /guidance/templates/0/steps/2/message: 'message' is missing: add what is sent, such as \"A "
     "short note asking for a good time\"\n"},
    {"an automated step is never required", [](json& p) { pb_step(p, 0, 3)["required"] = true; },
     "error: test.json: /guidance/playbooks/0/steps/3/required: a wait step runs by itself and is never skipped, so it "
     "cannot be required: remove 'required'\n"},
    {"an automated step meets nothing", [](json& p) { tpl_steps(p)[2]["meets"] = {1}; },
     "error: test.json: /guidance/templates/0/steps/2/meets: a send step meets no exit criterion: only an outcome of "
     "an action or question step can\n"},
    {"a template uses no template",
     [](json& p) { tpl_steps(p).push_back({{"id", "more"}, {"use", "reach"}, {"next", "end"}}); },
     "error: test.json: /guidance/templates/0/steps/3/use: a template cannot use another template: write its steps "
     "here instead\n"},
    // What a playbook is for.
    {"a lead status is known", [](json& p) { playbook(p, 0)["lead"] = "hot"; },
     "error: test.json: /guidance/playbooks/0/lead: 'hot' is not a lead status; use qualified, converted or retired\n"},
    {"a lead or a stage, not both", [](json& p) { playbook(p, 0)["stage"] = "open"; },
     "error: test.json: /guidance/playbooks/0/lead: a playbook is for a lead status or for a pipeline stage, not both: "
     "remove 'lead', or 'preset' and 'stage'\n"},
    {"a lead or a stage is needed", [](json& p) { playbook(p, 1).erase("preset"), playbook(p, 1).erase("stage"); },
     "error: test.json: /guidance/playbooks/1/lead: 'lead' is missing: add the lead status the playbook works towards "
     "(qualified, converted or retired), or the 'preset' and 'stage' it is for\n"},
    {"a lead playbook lists its exit criteria", [](json& p) { playbook(p, 0).erase("exit_criteria"); },
     "error: test.json: /guidance/playbooks/0/exit_criteria: 'exit_criteria' is missing: add what the buyer must have "
     "done before the lead takes this status, as a list of texts\n"},
    {"a stage playbook lists none", [](json& p) { playbook(p, 1)["exit_criteria"] = {"Mine"}; },
     "error: test.json: /guidance/playbooks/1/exit_criteria: a stage playbook uses its stage's exit criteria: move "
     "these to the stage in its pipeline preset\n"},
    {"the preset exists", [](json& p) { playbook(p, 1)["preset"] = "simpel"; },
     "error: test.json: /guidance/playbooks/1/preset: there is no pipeline preset 'simpel' in this pack (its presets: "
     "simple); did you mean 'simple'?\n"},
    {"the stage exists", [](json& p) { playbook(p, 1)["stage"] = "opne"; },
     "error: test.json: /guidance/playbooks/1/stage: the preset 'simple' has no stage 'opne' (its stages: open, won); "
     "did you mean 'open'?\n"},
    {"one playbook per lead status",
     [](json& p) {
       json again = playbook(p, 0);
       again["id"] = "again";
       p["guidance"]["playbooks"].push_back(again);
     },
     "error: test.json: /guidance/playbooks/2/lead: there is already a playbook for qualified leads, in test.json at "
     "/guidance/playbooks/0: a lead status has one playbook at most\n"},
    {"one playbook per stage",
     [](json& p) {
       json again = playbook(p, 1);
       again["id"] = "again";
       p["guidance"]["playbooks"].push_back(again);
     },
     "error: test.json: /guidance/playbooks/2/stage: the stage 'open' of 'simple' already has a playbook, in test.json "
     "at /guidance/playbooks/1: a stage has one playbook at most\n"},
    {"playbook ids are unique",
     [](json& p) {
       json again = playbook(p, 0);
       again["lead"] = "converted";
       p["guidance"]["playbooks"].push_back(again);
     },
     "error: test.json: /guidance/playbooks/2/id: the playbook id 'qualify-lead' is used twice; the first is in "
     "test.json at /guidance/playbooks/0\n"},
    // Outcome targets.
    {"a step cannot name itself", [](json& p) { pb_step(p, 0, 1)["outcomes"][1]["next"] = "need"; },
     "error: test.json: /guidance/playbooks/0/steps/1/outcomes/1/next: step 'need' names itself as the next step of "
     "outcome 'none': a step cannot follow itself\n"},
    {"an automated step cannot name itself", [](json& p) { pb_step(p, 0, 3)["next"] = "pause"; },
     "error: test.json: /guidance/playbooks/0/steps/3/next: step 'pause' names itself as its next step: a step cannot "
     "follow itself\n"},
    {"a target is a step or an end", [](json& p) { pb_step(p, 0, 1)["outcomes"][0]["next"] = "budgte"; },
     "error: test.json: /guidance/playbooks/0/steps/1/outcomes/0/next: 'budgte' is not a step of this playbook: name "
     "one of its steps, or end or retire (did you mean 'budget'?)\n"},
    {"a stage playbook does not retire", [](json& p) { pb_step(p, 1, 0)["outcomes"][1]["next"] = "retire"; },
     "error: test.json: /guidance/playbooks/1/steps/0/outcomes/1/next: 'retire' ends a lead playbook: a stage "
     "playbook's outcomes end with 'end' or 'lost'\n"},
    {"a lead playbook is not lost", [](json& p) { pb_step(p, 0, 1)["outcomes"][1]["next"] = "lost"; },
     "error: test.json: /guidance/playbooks/0/steps/1/outcomes/1/next: 'lost' ends a stage playbook: a lead "
     "playbook's outcomes end with 'end' or 'retire'\n"},
    // Templates in context.
    {"the template exists", [](json& p) { pb_step(p, 0, 0)["use"] = "raech"; },
     "error: test.json: /guidance/playbooks/0/steps/0/use: there is no template 'raech' in this pack (its templates: "
     "reach); did you mean 'reach'?\n"},
    {"a template's retire does not fit a stage playbook",
     [](json& p) {
       tpl_steps(p)[0]["outcomes"].push_back(outcome("wrong-person", "retire"));
       playbook(p, 1)["steps"].insert(playbook(p, 1)["steps"].begin(),
                                      json{{"id", "reach-out"}, {"use", "reach"}, {"next", "confirm"}});
     },
     "error: test.json: /guidance/playbooks/1/steps/0/use: the template 'reach' can end in 'retire' (step 'call', "
     "outcome 'wrong-person'), which only a lead playbook can: use another template here\n"},
    {"a template's criteria fit the playbook", [](json& p) { tpl_steps(p)[0]["outcomes"][0]["meets"] = {3}; },
     "error: test.json: /guidance/playbooks/0/steps/0/use: the template 'reach' meets exit criterion 3 (step 'call', "
     "outcome 'succeeded'), but this playbook has 2 exit criteria\n"},
    // Criteria.
    {"a criterion number exists", [](json& p) { pb_step(p, 1, 0)["outcomes"][0]["meets"] = {1, 3}; },
     "error: test.json: /guidance/playbooks/1/steps/0/outcomes/0/meets/1: exit criterion 3 does not exist: the stage "
     "'open' has 2 exit criteria\n"},
    {"every stage criterion is met", [](json& p) { pb_step(p, 1, 0)["outcomes"][0]["meets"] = {1}; },
     "error: test.json: /guidance/playbooks/1/steps: exit criterion 2 (\"Budget confirmed\") is met by no outcome: a "
     "deal could never leave the stage\n"},
    {"every lead criterion is met", [](json& p) { pb_step(p, 0, 2)["outcomes"][0].erase("meets"); },
     "error: test.json: /guidance/playbooks/0/exit_criteria/1: exit criterion 2 (\"Budget\") is met by no outcome: a "
     "lead could never be qualified\n"},
    // The step graph.
    {"every step is reached", [](json& p) { playbook(p, 1)["steps"].push_back(rep_step("orphan", {outcome("ok", "end")})); },
     "error: test.json: /guidance/playbooks/1/steps/1: step 'orphan' is never reached: no path of outcomes from the "
     "first step 'confirm' leads to it\n"},
    {"an unreached use step is reported once, at the playbook",
     [](json& p) { playbook(p, 0)["steps"].push_back({{"id", "again"}, {"use", "reach"}, {"next", "end"}}); },
     "error: test.json: /guidance/playbooks/0/steps/4: step 'again' is never reached: no path of outcomes from the "
     "first step 'first/call' leads to it\n"},
    {"a template's own step is reported at the template",
     [](json& p) { tpl_steps(p).push_back(rep_step("extra", {outcome("ok", "end")})); },
     "error: test.json: /guidance/templates/0/steps/3: step 'first/extra' is never reached: no path of outcomes from "
     "the first step 'first/call' leads to it (in playbook 'qualify-lead')\n"},
    {"every step can reach an end",
     [](json& p) {
       pb_step(p, 1, 0)["outcomes"][1]["next"] = "hold";
       playbook(p, 1)["steps"].push_back(wait_step("hold", 3, "ask"));
       playbook(p, 1)["steps"].push_back(rep_step("ask", {outcome("again", "hold")}));
     },
     "error: test.json: /guidance/playbooks/1/steps/1: step 'hold' cannot reach an end: every path from it loops\n"
     "error: test.json: /guidance/playbooks/1/steps/2: step 'ask' cannot reach an end: every path from it loops\n"},
    {"a loop passes a wait", [](json& p) { pb_step(p, 0, 2)["outcomes"].push_back(outcome("retry", "need")); },
     "error: test.json: /guidance/playbooks/0/steps/1: steps 'need' → 'budget' → 'need' loop without a wait step: add "
     "a wait so the buyer gets time to answer\n"},
    {"hostile: a cycle of automated steps",
     [](json& p) {
       pb_step(p, 1, 0)["outcomes"][1]["next"] = "nudge";
       playbook(p, 1)["steps"].push_back(send_step("nudge", "nudge-again"));
       playbook(p, 1)["steps"].push_back(send_step("nudge-again", "nudge"));
     },
     "error: test.json: /guidance/playbooks/1/steps/1: step 'nudge' cannot reach an end: every path from it loops\n"
     "error: test.json: /guidance/playbooks/1/steps/2: step 'nudge-again' cannot reach an end: every path from it "
     "loops\n"
     "error: test.json: /guidance/playbooks/1/steps/1: automated steps 'nudge' → 'nudge-again' → 'nudge' loop without "
     "a wait: they would fire forever\n"},
    {"a required step is on every path",
     [](json& p) {
       pb_step(p, 1, 0)["outcomes"][1]["next"] = "check";
       pb_step(p, 1, 0)["outcomes"][0].erase("meets");
       playbook(p, 1)["steps"].push_back(rep_step("check", {outcome("done", "end", {1, 2})}, true));
     },
     "error: test.json: /guidance/playbooks/1/steps/1: required step 'check' can be bypassed: confirm → end never "
     "passes it; make it skippable or put it on every path to the end\n"},
};

}  // namespace

TEST_CASE("guidance: the valid pack loads with no problems and its templates expanded") {
  const LoadResult result = load(guidance_bundle());
  CHECK(lines(result.diagnostics) == "");
  REQUIRE(result.pack);
  const Guidance& g = result.pack->guidance;
  REQUIRE(g.templates.size() == 1);
  REQUIRE(g.playbooks.size() == 2);
  const Playbook& lead = g.playbooks[0];
  CHECK(lead.lead == LeadStatus::Qualified);
  CHECK(lead.exit_criteria.size() == 2);
  CHECK(step_ids(lead) == std::vector<std::string>{"first/call", "first/wait", "first/email", "need", "budget", "pause"});
  // The template's "end" became the use step's next; its own targets got the prefix.
  CHECK(lead.steps[0].find_outcome("succeeded")->next == "need");
  CHECK(lead.steps[0].find_outcome("no_answer")->next == "first/wait");
  CHECK(lead.steps[0].required);
  CHECK(lead.steps[1].text == "Wait 2 days");
  CHECK(lead.steps[1].outcomes.size() == 1);
  CHECK(lead.steps[1].outcomes[0].name == "done");
  CHECK(lead.steps[1].outcomes[0].next == "first/email");
  CHECK(lead.steps[2].text == "Send: A note");
  CHECK(lead.steps[2].outcomes[0].next == "need");
  CHECK(lead.find_step("need")->find_outcome("found")->meets == std::vector<int>{1});
  // As written: the use step kept, its next as its one outcome.
  REQUIRE(lead.authored_steps.size() == 4);
  CHECK(lead.authored_steps[0].use == "reach");
  CHECK(lead.authored_steps[0].outcomes[0].next == "need");
  const Playbook& stage = g.playbooks[1];
  CHECK_FALSE(stage.for_lead());
  CHECK(g.for_stage("simple", "open") == &stage);
  CHECK(g.for_lead(LeadStatus::Qualified) == &lead);
  CHECK(step_ids(stage) == std::vector<std::string>{"confirm"});
}

TEST_CASE("guidance: a target naming a use step leads to its template's first step") {
  json pack = guidance_bundle();
  pb_step(pack, 0, 3)["next"] = "first";  // the pause leads back to the calls
  pb_step(pack, 0, 2)["outcomes"][1]["next"] = "pause";
  const LoadResult result = load(pack);
  CHECK(lines(result.diagnostics) == "");
  REQUIRE(result.pack);
  CHECK(result.pack->guidance.playbooks[0].find_step("pause")->outcomes[0].next == "first/call");
}

TEST_CASE("guidance: each rule gives its exact diagnostics") {
  for (const RuleCase& c : kRuleCases) {
    const std::string rule = c.rule;
    CAPTURE(rule);
    json pack = guidance_bundle();
    c.change(pack);
    const LoadResult result = load(pack);
    CHECK(lines(result.diagnostics) == c.expected);
    CHECK_FALSE(result.pack);
  }
}

TEST_CASE("guidance: an unknown field is a warning and the pack loads") {
  json pack = guidance_bundle();
  playbook(pack, 0)["colour"] = "red";
  pb_step(pack, 0, 3)["dayz"] = 3;
  const LoadResult result = load(pack);
  CHECK(lines(result.diagnostics) ==
        "warning: test.json: /guidance/playbooks/0/steps/3/dayz: a wait step has no field 'dayz'; it is ignored (did you "
        "mean 'days'?)\n"
        "warning: test.json: /guidance/playbooks/0/colour: a playbook has no field 'colour'; it is ignored\n");
  CHECK(result.pack);
}

TEST_CASE("guidance: a folder pack reads the guidance/ folder, and templates from another file") {
  content_test::ScratchDir dir;
  json pack = guidance_bundle();
  const json guidance = pack["guidance"];
  pack.erase("guidance");
  dir.write("pack.json", pack.dump());
  dir.write("guidance/a-templates.json", json({{"guidance", {{"templates", guidance["templates"]}}}}).dump());
  dir.write("guidance/b-playbooks.json", json({{"guidance", {{"playbooks", guidance["playbooks"]}}}}).dump());
  const LoadResult result = load_pack(dir.path());
  CHECK(lines(result.diagnostics) == "");
  REQUIRE(result.pack);
  CHECK(result.pack->guidance.playbooks[0].steps.size() == 6);
  REQUIRE(result.playbook_places.size() == 2);
  CHECK(result.playbook_places[1].file == "guidance/b-playbooks.json");
  CHECK(result.playbook_places[1].pointer == "/guidance/playbooks/1");
}

TEST_CASE("guidance: the writer keeps the section as written, and it loads back the same") {
  const LoadResult first = load(guidance_bundle());
  REQUIRE(first.pack);
  const json written = pack_to_json(*first.pack);
  const json& lead = written["guidance"]["playbooks"][0];
  CHECK(lead["steps"][0] == json({{"id", "first"}, {"use", "reach"}, {"next", "need"}}));
  CHECK(lead["steps"][3] == json({{"id", "pause"}, {"kind", "wait"}, {"days", 7}, {"next", "budget"}}));
  CHECK(written["guidance"]["playbooks"][1].contains("preset"));
  CHECK_FALSE(written["guidance"]["playbooks"][1].contains("exit_criteria"));

  const std::string bundle = save_pack_bundle(*first.pack);
  const LoadResult again = load_pack_from_text(bundle, "again.json");
  CHECK(lines(again.diagnostics) == "");
  REQUIRE(again.pack);
  CHECK(save_pack_bundle(*again.pack) == bundle);

  content_test::ScratchDir dir;
  CHECK(write_pack_folder(*first.pack, dir.path() / "copy").empty());
  CHECK(fs::exists(dir.path() / "copy/guidance/guidance.json"));
  const LoadResult folder = load_pack(dir.path() / "copy");
  REQUIRE(folder.pack);
  CHECK(save_pack_bundle(*folder.pack) == bundle);
}

TEST_CASE("guidance: the example pack's playbooks") {
  const LoadResult result = load_pack(content_test::source_dir() / "content/example");
  CHECK(lines(result.diagnostics) == "");
  REQUIRE(result.pack);
  const Guidance& g = result.pack->guidance;
  REQUIRE(g.playbooks.size() == 2);
  const Playbook* lead = g.for_lead(LeadStatus::Qualified);
  REQUIRE(lead != nullptr);
  CHECK(lead->steps.front().id == "reach/call");
  CHECK(lead->steps.size() == 9);
  CHECK(g.for_stage("simple", "qualify") != nullptr);
}
