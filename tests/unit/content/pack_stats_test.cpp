#include <doctest/doctest.h>

#include "content_test_support.hpp"
#include "core/content/pack_stats.hpp"

using namespace content_test;
using dealdojo::content::compute_stats;

namespace {

// 20 single questions with 4 options over two domains; `key_of(i)` is the correct letter.
dealdojo::content::Pack bank(char (*key_of)(int)) {
  nlohmann::json bundle = valid_bundle();
  bundle["blueprint"]["questions"] = 10;
  bundle["blueprint"]["domains"] = {{{"id", "planning"}, {"name", "Planning"}, {"weight", 70}},
                                    {{"id", "closing"}, {"name", "Closing"}, {"weight", 30}}};
  bundle["questions"] = nlohmann::json::array();
  for (int i = 0; i < 20; ++i) {
    nlohmann::json q = valid_question(std::string("q") + std::to_string(i), i < 16 ? "planning" : "closing");
    q["correct"] = {std::string(1, key_of(i))};
    q["difficulty"] = i % 4 == 0 ? "hard" : "medium";
    if (i == 3) q.erase("source");
    if (i == 5) q.erase("explanation");
    if (i == 7) q["options"][1].erase("why");
    bundle["questions"].push_back(q);
  }
  auto result = load(bundle);
  REQUIRE(result.pack);
  return std::move(*result.pack);
}

char spread(int i) { return static_cast<char>('a' + i % 4); }
char mostly_b(int i) { return i % 10 == 0 ? 'a' : 'b'; }

}  // namespace

TEST_CASE("stats: counts by domain against the blueprint, kind and difficulty") {
  const auto s = compute_stats(bank(spread));
  CHECK(s.questions == 20);
  REQUIRE(s.domains.size() == 2);
  CHECK(s.domains[0].questions == 16);
  CHECK(s.domains[0].bank_percent == doctest::Approx(80.0));
  CHECK(s.domains[0].exam_share == 7);
  CHECK(s.domains[1].questions == 4);
  CHECK(s.domains[1].exam_share == 3);
  CHECK_FALSE(s.domains[1].short_of_exam_share());
  CHECK(s.single == 20);
  CHECK(s.multiple == 0);
  CHECK(s.by_difficulty[0] == 0);
  CHECK(s.by_difficulty[1] == 15);
  CHECK(s.by_difficulty[2] == 5);
  CHECK(s.without_source == std::vector<std::string>{"q3"});
  CHECK(s.without_explanation == std::vector<std::string>{"q5"});
  CHECK(s.with_options_missing_why == std::vector<std::string>{"q7"});
}

TEST_CASE("stats: an even spread of answer letters shows no bias") {
  const auto s = compute_stats(bank(spread));
  REQUIRE(s.key_positions.size() == 4);
  for (const auto& k : s.key_positions) {
    CHECK(k.correct == 5);
    CHECK(k.expected == doctest::Approx(5.0));
    CHECK_FALSE(k.biased());
  }
  CHECK_FALSE(s.any_key_bias());
}

TEST_CASE("stats: a bank where 'b' is nearly always right is flagged") {
  const auto s = compute_stats(bank(mostly_b));
  CHECK(s.key_positions[1].correct == 18);
  CHECK(s.key_positions[1].biased());
  CHECK(s.key_positions[2].biased());  // 'c' is never right where about 5 would be even
  CHECK(s.any_key_bias());
  const std::string text = dealdojo::content::format_stats_text(s);
  CHECK(text.find("'b' is correct 18 times where an even spread gives about 5.0") != std::string::npos);
  CHECK(dealdojo::content::stats_to_json(s)["key_bias"] == true);
}

TEST_CASE("stats: the text report lists domains, kinds and what is missing") {
  const std::string text = dealdojo::content::format_stats_text(compute_stats(bank(spread)));
  CHECK(text.find("Test pack (test-pack 1.0.0): 20 questions") == 0);
  CHECK(text.find("Domain    Weight  Exam  Questions  Bank share\n"
                  "Planning     70%     7         16       80.0%\n"
                  "Closing      30%     3          4       20.0%\n") != std::string::npos);
  CHECK(text.find("Kinds: 20 single, 0 multiple") != std::string::npos);
  CHECK(text.find("Without source: 1 (q3)") != std::string::npos);
  CHECK(text.find("No answer-letter bias.") != std::string::npos);
}

TEST_CASE("stats: a domain short of its exam share is marked") {
  nlohmann::json bundle = valid_bundle();
  bundle["blueprint"]["questions"] = 10;
  auto result = load(bundle);
  REQUIRE(result.pack);
  const auto s = compute_stats(*result.pack);
  CHECK(s.domains[0].short_of_exam_share());
  CHECK(dealdojo::content::format_stats_text(s).find("Planning needs 8 more to fill its 10 exam questions.") !=
        std::string::npos);
}
