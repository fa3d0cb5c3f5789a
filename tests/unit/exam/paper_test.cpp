#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/exam/paper.hpp"
#include "unit/exam/exam_fixture.hpp"

using namespace dealdojo;

TEST_CASE("a mock exam follows the blueprint split with no repeats") {
  const auto pack = testing::make_exam_pack(30);
  const auto result = exam::assemble_mock_exam(pack, 7);
  REQUIRE(result.ok());
  const auto& items = result->items;
  CHECK(items.size() == 60);
  std::map<std::string, int> per_domain;
  std::set<std::string> ids;
  for (const auto& item : items) {
    ++per_domain[item.domain];
    ids.insert(item.question_id);
  }
  CHECK(ids.size() == 60);
  CHECK(per_domain["planning"] == 13);
  CHECK(per_domain["customer-engagement"] == 9);
  CHECK(per_domain["deal-management"] == 22);
  CHECK(per_domain["pipeline-management"] == 7);
  CHECK(per_domain["forecasting"] == 4);
  CHECK(per_domain["customer-success"] == 5);
  CHECK(result->minutes == 105);
  CHECK(result->pass_percent == 70);
}

TEST_CASE("the same seed gives the same paper; another seed a different one") {
  const auto pack = testing::make_exam_pack(30);
  const auto a = exam::assemble_mock_exam(pack, 11).value();
  const auto b = exam::assemble_mock_exam(pack, 11).value();
  const auto c = exam::assemble_mock_exam(pack, 12).value();
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  auto ids = [](const exam::Paper& p) {
    std::vector<std::string> out;
    for (const auto& item : p.items) out.push_back(item.question_id);
    return out;
  };
  CHECK(ids(*a) == ids(*b));
  CHECK(ids(*a) != ids(*c));
  for (std::size_t i = 0; i < a->items.size(); ++i) CHECK(a->items[i].option_order == b->items[i].option_order);
}

TEST_CASE("the least-seen questions are preferred") {
  const auto pack = testing::make_exam_pack(30);
  // Questions 0..21 of each domain seen often; 22..29 never. Deal Management needs 22,
  // so it must take all 8 unseen plus 14 seen; the others need ≤ 13 and get only unseen
  // where 8 suffice (forecasting 4, customer success 5, pipeline 7).
  auto seen = [](std::string_view id) {
    const auto dash = id.rfind('-');
    return std::stoi(std::string(id.substr(dash + 1))) < 22 ? 5 : 0;
  };
  const auto paper = exam::assemble_mock_exam(pack, 3, seen).value();
  REQUIRE(paper);
  std::map<std::string, int> unseen;
  for (const auto& item : paper->items) unseen[item.domain] += seen(item.question_id) == 0 ? 1 : 0;
  CHECK(unseen["forecasting"] == 4);
  CHECK(unseen["customer-success"] == 5);
  CHECK(unseen["pipeline-management"] == 7);
  CHECK(unseen["planning"] == 8);
  CHECK(unseen["deal-management"] == 8);
}

TEST_CASE("a bank too small for a domain is named, not silently shortened") {
  auto pack = testing::make_exam_pack(30);
  std::erase_if(pack.questions, [](const content::Question& q) {
    return q.domain == "forecasting" && q.id != "forecasting-0" && q.id != "forecasting-1";
  });
  const auto result = exam::assemble_mock_exam(pack, 1);
  CHECK_FALSE(result.ok());
  REQUIRE(result.diagnostics().size() == 1);
  CHECK(result.diagnostics()[0].message == "Forecasting needs 4 questions for a full exam, but the pack has only 2.");
}

TEST_CASE("a pack without a blueprint cannot make a mock exam") {
  auto pack = testing::make_exam_pack(5);
  pack.blueprint.reset();
  const auto result = exam::assemble_mock_exam(pack, 1);
  CHECK_FALSE(result.ok());
  REQUIRE(result.diagnostics().size() == 1);
  CHECK(result.diagnostics()[0].message.find("has no exam blueprint") != std::string::npos);
}

TEST_CASE("option shuffling is a permutation that keeps every key with its option") {
  const auto pack = testing::make_exam_pack(30);
  const auto paper = exam::assemble_mock_exam(pack, 5).value();
  REQUIRE(paper);
  int moved = 0;
  for (const auto& item : paper->items) {
    const content::Question* q = pack.find_question(item.question_id);
    REQUIRE(q != nullptr);
    auto order = item.option_order;
    std::sort(order.begin(), order.end());
    for (std::size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
    const auto shown = exam::presented_options(*q, item);
    REQUIRE(shown.size() == q->options.size());
    std::size_t keys_shown = 0;
    for (std::size_t pos = 0; pos < shown.size(); ++pos) {
      if (q->is_correct(shown[pos]->id)) ++keys_shown;
      if (shown[pos]->id != q->options[pos].id) ++moved;
    }
    CHECK(keys_shown == q->correct.size());
  }
  CHECK(moved > 100);  // the order really changes
}

TEST_CASE("practice filters by domain and subtopic and caps the length") {
  const auto pack = testing::make_exam_pack(30);
  exam::PracticeFilter filter;
  filter.domains = {"forecasting", "planning"};
  filter.subtopics = {"odd"};
  filter.length = 20;
  const auto paper = exam::assemble_practice(pack, filter, 9).value();
  REQUIRE(paper);
  CHECK(paper->items.size() == 20);
  CHECK(paper->minutes == 0);
  for (const auto& item : paper->items) {
    CHECK((item.domain == "forecasting" || item.domain == "planning"));
    CHECK(pack.find_question(item.question_id)->subtopic == "odd");
  }
  filter.subtopics = {"no-such-topic"};
  const auto none = exam::assemble_practice(pack, filter, 9);
  CHECK_FALSE(none.ok());
  CHECK(none.diagnostics().at(0).message == "No questions match this choice of domains and topics.");
}

TEST_CASE("practice can retry exactly the missed questions") {
  const auto pack = testing::make_exam_pack(10);
  exam::PracticeFilter filter;
  filter.only_ids = {"planning-3", "forecasting-7"};
  filter.length = 10;
  const auto paper = exam::assemble_practice(pack, filter, 1).value();
  REQUIRE(paper);
  REQUIRE(paper->items.size() == 2);
  std::set<std::string> ids{paper->items[0].question_id, paper->items[1].question_id};
  CHECK(ids == std::set<std::string>{"planning-3", "forecasting-7"});
}

TEST_CASE("make_item shuffles a question's options with one shuffle of the generator") {
  const auto pack = testing::make_exam_pack(30);
  const content::Question& q = pack.questions.front();
  Rng rng(5);
  const exam::PaperItem item = exam::make_item(q, rng);
  CHECK(item.question_id == q.id);
  CHECK(item.domain == q.domain);
  CHECK(item.choose == q.choose);
  std::vector<std::size_t> expected(q.options.size());
  for (std::size_t i = 0; i < expected.size(); ++i) expected[i] = i;
  Rng same(5);
  same.shuffle(expected);
  CHECK(item.option_order == expected);
  CHECK(rng.next() == same.next());  // drew exactly as much as one shuffle
}
