#include "core/studio/draft_start.hpp"

#include <algorithm>

#include "core/content/pack_writer.hpp"

namespace dealdojo::studio {

namespace {

bool taken(std::string_view id, std::span<const std::string> ids) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

Json manifest(std::string id, std::string title, std::string description) {
  return Json{{"format", content::kFormatVersion},
              {"id", std::move(id)},
              {"title", std::move(title)},
              {"version", "0.1.0"},
              {"locale", "en-GB"},
              {"authors", Json::array({"Your name"})},
              {"licence", "CC-BY-4.0"},
              {"description", std::move(description)}};
}

Json example_question() {
  const auto option = [](const char* id, const char* text, const char* why) {
    return Json{{"id", id}, {"text", text}, {"why", why}};
  };
  return Json{
      {"id", "first-question"},
      {"domain", "discovery"},
      {"subtopic", "questioning"},
      {"kind", "single"},
      {"choose", 1},
      {"stem", "A buyer says their team is too busy to change tools. What should the rep do first?"},
      {"options",
       Json::array({option("a", "Ask what a change would take from the team's week",
                           "Right: it finds out what \"too busy\" means before answering it."),
                    option("b", "Offer a discount that makes the change worth the effort",
                           "A price answer to a worry about time."),
                    option("c", "Explain every feature that saves the team time",
                           "Answering before knowing which part of the change worries them."),
                    option("d", "Agree to call back next quarter when things are quieter",
                           "Gives up without learning what stands in the way.")})},
      {"correct", Json::array({"a"})},
      {"explanation", "Clarify an objection before replying to it: the same words can hide different worries."},
      {"source", "Your own notes"},
      {"difficulty", "easy"},
      {"tags", Json::array({"objections"})},
      {"glossary", Json::array({"objection"})}};
}

}  // namespace

std::string_view template_name(PackTemplate kind) {
  return kind == PackTemplate::Exam ? "Exam practice" : "Role-play";
}

std::string unused_id(std::string_view wanted, std::span<const std::string> taken_ids) {
  std::string id(wanted);
  for (int n = 2; taken(id, taken_ids); ++n) id = std::string(wanted) + "-" + std::to_string(n);
  return id;
}

Draft new_draft(PackTemplate kind, std::span<const std::string> taken_ids) {
  if (kind == PackTemplate::Roleplay) {
    Json pack = manifest(unused_id("my-roleplays", taken_ids), "My role-plays",
                         "Conversations to practise with a simulated buyer.");
    Json scripts = Json::array({Json{{"file", "first-conversation.txt"}, {"text", starter_script("first-conversation")}}});
    return Draft(std::move(pack), "new role-play pack", std::move(scripts));
  }
  Json pack = manifest(unused_id("my-pack", taken_ids), "My pack", "Questions for my team.");
  pack["blueprint"] = Json{{"questions", 10},
                           {"minutes", 15},
                           {"pass_percent", 70},
                           {"domains", Json::array({Json{{"id", "discovery"}, {"name", "Discovery"}, {"weight", 50}},
                                                    Json{{"id", "closing"}, {"name", "Closing"}, {"weight", 50}}})}};
  pack["questions"] = Json::array({example_question()});
  pack["glossary"] = Json::array({Json{{"id", "objection"},
                                       {"term", "Objection"},
                                       {"definition", "A concern a buyer raises that stands between them and a decision."},
                                       {"source", "Your own notes"}}});
  return Draft(std::move(pack), "new exam pack");
}

Draft copy_of_pack(const content::Pack& pack, std::span<const std::string> taken_ids) {
  Json bundle = content::pack_to_json(pack);
  bundle["id"] = unused_id(pack.manifest.id + "-copy", taken_ids);
  bundle["title"] = pack.manifest.title + " (copy)";
  return Draft(std::move(bundle), "copy of " + pack.manifest.id);
}

std::optional<Draft> open_pack_text(std::string_view text, std::string_view file_name,
                                    std::vector<content::Diagnostic>& problems) {
  Json pack = Json::parse(text, nullptr, false);
  const auto refuse = [&](std::string message) {
    problems.push_back({content::Diagnostic::Severity::Error, std::string(file_name), "", std::move(message)});
    return std::nullopt;
  };
  if (pack.is_discarded()) return refuse("is not JSON: open a bundled pack (.json), as DealDojo exports it");
  if (!pack.is_object()) return refuse("must be a JSON object: a bundled pack, as DealDojo exports it");
  if (pack.contains("studio_draft")) {
    return Draft::read_saved(text, file_name, problems);
  }
  return Draft(std::move(pack), "opened " + std::string(file_name));
}

std::string id_clash(std::string_view pack_id, std::span<const std::string> other_pack_ids) {
  if (!taken(pack_id, other_pack_ids)) return "";
  return "the id '" + std::string(pack_id) +
         "' is already used by a loaded pack: choose another id (packs are told apart by their id)";
}

std::string starter_script(std::string_view scenario_id) {
  std::string script = "id: " + std::string(scenario_id) + "\n";
  script += R"(title: Not the right time
kind: objection
focus: reply-reverse
persona: Sam Ortiz, operations manager at a regional distributor
briefing: Sam agreed to a call about your scheduling service, then said the timing is wrong.
vars: trust 40, clarity 30, resistance 60

=== opening
stage: Cushion
mood: guarded
buyer: Honestly, this quarter is a bad time to look at anything new.

* [cushion best] I understand; a busy quarter is a fair reason to be careful with your time.
  effects: trust +10, resistance -5
  feedback: A Cushion: you accepted the concern before answering it.
  -> clarify
* [arguing poor] Every quarter is busy, so now is as good as any.
  effects: trust -15
  feedback: Arguing makes the buyer defend the objection.
  -> lost

=== clarify
stage: Clarify
mood: guarded
buyer: We are short of people until the spring.

* [clarify best] Is it the time to set things up that worries you, or the cost?
  effects: clarity +20
  feedback: A Clarify: you found out which part of "timing" matters.
  -> committed
* [jumping-to-price poor] I can lower the price if you start now.
  effects: trust -10
  feedback: Jumping to price: the worry was time, not money.
  -> lost

=== committed
end: committed
mood: warm
buyer: The set-up time. If you can show me it is small, let's talk next week.
debrief: Cushion and Clarify found the real worry, and the buyer agreed to a next step.

=== lost
end: lost
mood: frustrated
buyer: Let's leave it there.
debrief: Arguing or offering price before understanding the concern ended the call.
)";
  return script;
}

}  // namespace dealdojo::studio
