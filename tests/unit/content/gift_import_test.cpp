// GIFT import: the multiple-choice subset, and clear refusals for the rest.
#include <doctest/doctest.h>

#include "content_test_support.hpp"
#include "core/content/question_import.hpp"

using namespace content_test;
using namespace dealdojo::content;

namespace {

ImportOptions gift_options() {
  ImportOptions options;
  options.file_name = "quiz.gift";
  options.gift_source = "Sales notes";
  auto base = load(valid_bundle());
  REQUIRE(base.pack);
  options.base = std::move(base.pack);
  return options;
}

}  // namespace

TEST_CASE("gift: single and multiple answers, feedback, general feedback and escapes") {
  const std::string gift =
      "// comment lines are skipped\n"
      "$CATEGORY: $course$/Sales/Planning\n"
      "\n"
      "::Territory basics:: What is a territory? {\n"
      "  =A set of accounts #Right: a territory groups accounts.\n"
      "  ~A price list #Wrong: prices are not territories.\n"
      "  ####Territories divide the market.\n"
      "}\n"
      "\n"
      "::Pick two:: Which two? {~%50%One #yes ~%50%Two #yes ~%-100%Three #no ####Both.}\n"
      "\n"
      "::Escapes:: Price \\{in EUR\\} \\= cost\\: total? {=yes\\# really ~no}\n";
  const auto result = import_gift(gift, gift_options());
  REQUIRE(result.pack);
  REQUIRE(result.pack->questions.size() == 3);
  const auto& q1 = result.pack->questions[0];
  CHECK(q1.id == "territory-basics");
  CHECK(q1.domain == "planning");
  CHECK(q1.subtopic == "general");
  CHECK(q1.stem == "What is a territory?");
  CHECK(q1.correct == std::vector<std::string>{"a"});
  CHECK(q1.options[1].why == "Wrong: prices are not territories.");
  CHECK(q1.explanation == "Territories divide the market.");
  CHECK(q1.source == "Sales notes");
  const auto& q2 = result.pack->questions[1];
  CHECK(q2.kind == QuestionKind::Multiple);
  CHECK(q2.choose == 2);
  CHECK(q2.correct == std::vector<std::string>{"a", "b"});
  const auto& q3 = result.pack->questions[2];
  CHECK(q3.stem == "Price {in EUR} = cost: total?");
  CHECK(q3.options[0].text == "yes# really");
  CHECK(lines(result.diagnostics) ==
        "warning: quiz.gift: line 12, answer 1: option 'a' has no 'why': say why this option is right or wrong\n"
        "warning: quiz.gift: line 12, answer 2: option 'b' has no 'why': say why this option is right or wrong\n"
        "warning: quiz.gift: line 12: this question has no explanation: say why the right answer is right\n");
}

TEST_CASE("gift: a missing-word question becomes a blank in the stem") {
  const auto result = import_gift("::Trial:: A trial {=commitment ~close} checks an objection is resolved.\n",
                                  [] { auto o = gift_options(); o.gift_domain = "planning"; return o; }());
  REQUIRE(result.pack);
  CHECK(result.pack->questions[0].stem == "A trial _____ checks an objection is resolved.");
}

TEST_CASE("gift: unsupported question types are named, by line, and nothing is imported") {
  ImportOptions options = gift_options();
  options.gift_domain = "planning";
  const std::string gift =
      "::Good:: Fine {=a ~b}\n\n"
      "::TF:: The sky is blue. {T}\n\n"
      "::Short:: Name a stage. {=Proposal =Negotiation}\n\n"
      "::Num:: How many? {#3}\n\n"
      "::Match:: Pair them {=a -> 1 =b -> 2}\n\n"
      "::Essay:: Write. {}\n\n"
      "Just a description.\n\n"
      "::Two right:: Pick {=a =b ~c}\n\n"
      "::None right:: Pick {~a ~b}\n\n"
      "::Open:: Pick {=a ~b\n";
  const auto result = import_gift(gift, options);
  CHECK_FALSE(result.pack.has_value());
  CHECK(lines(result.diagnostics) ==
        "error: quiz.gift: line 3: true/false questions ({T} or {F}) are not supported; write them as a choice "
        "between two options\n"
        "error: quiz.gift: line 5: short-answer questions (only = answers) are not supported; add wrong answers with "
        "~\n"
        "error: quiz.gift: line 7: numeric questions ({#...}) are not supported; only multiple choice is\n"
        "error: quiz.gift: line 9: matching questions (a -> b) are not supported; only multiple choice is\n"
        "error: quiz.gift: line 11: essay questions ({}) are not supported; only multiple choice is\n"
        "error: quiz.gift: line 13: this paragraph has no answer block { ... }; descriptions are not supported\n"
        "error: quiz.gift: line 15, answers: more than one answer is marked '='; for several right answers give "
        "weights such as ~%50%\n"
        "error: quiz.gift: line 17, answers: no answer is marked right: start it with = or give it a positive "
        "weight such as ~%50%\n"
        "error: quiz.gift: line 19: the answer block is not closed: a '}' is missing\n"
        "warning: quiz.gift: line 1, answer 1: option 'a' has no 'why': say why this option is right or wrong\n"
        "warning: quiz.gift: line 1, answer 2: option 'b' has no 'why': say why this option is right or wrong\n"
        "warning: quiz.gift: line 1: this question has no explanation: say why the right answer is right\n");
}

TEST_CASE("gift: questions need a domain; titles that repeat get numbered ids") {
  ImportOptions options = gift_options();
  const auto no_domain = import_gift("::Q:: Pick {=a #w ~b #w ####E}\n", options);
  CHECK(lines(no_domain.diagnostics) ==
        "error: quiz.gift: line 1: this question has no domain: put a line '$CATEGORY: domain-id' above it, or give a "
        "default domain\n");
  options.gift_domain = "planning";
  const auto repeated = import_gift("::Q:: One {=a #w ~b #w ####E}\n\n::Q:: Two {=a #w ~b #w ####E}\n\n"
                                    "Untitled {=a #w ~b #w ####E}\n",
                                    options);
  REQUIRE(repeated.pack);
  CHECK(repeated.pack->questions[0].id == "q");
  CHECK(repeated.pack->questions[1].id == "q-2");
  CHECK(repeated.pack->questions[2].id == "quiz-3");
}

TEST_CASE("gift: weights of the right answers should add up to 100") {
  ImportOptions options = gift_options();
  options.gift_domain = "planning";
  const auto result = import_gift("::W:: Pick {~%40%a #w ~%40%b #w ~%-50%c #w ####E}\n", options);
  REQUIRE(result.pack);
  CHECK(lines(result.diagnostics) ==
        "warning: quiz.gift: line 1, answers: the weights of the right answers add up to 80%; Moodle expects 100%\n"
        "warning: quiz.gift: /blueprint/questions: the pack has 1 question; one exam needs 2\n"
        "warning: quiz.gift: /blueprint/domains/0: the domain 'planning' has 1 question; an exam draws 2 from it (100% "
        "of 2): add at least 1\n");
}
