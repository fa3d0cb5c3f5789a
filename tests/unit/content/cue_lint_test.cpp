// The cue lint: each rule has a small bank that trips it and one that does not.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "content_test_support.hpp"
#include "core/content/cue_lint.hpp"

using namespace content_test;
using dealdojo::content::CueFinding;
using dealdojo::content::CueLint;
using dealdojo::content::lint_cues;

namespace {

// One single-answer question with four options of the given texts; the key is `key`.
nlohmann::json question(int n, std::vector<std::string> texts, const std::string& key,
                        const std::string& stem = "") {
  nlohmann::json q = valid_question("q" + std::to_string(n));
  for (std::size_t i = 0; i < texts.size(); ++i) q["options"][i]["text"] = texts[i];
  q["correct"] = {key};
  // Three shared words and three of its own: stems of a clean bank are not alike.
  const std::string own = std::to_string(n);
  q["stem"] = stem.empty() ? "Which step suits account north" + own + " south" + own + " west" + own + "?" : stem;
  return q;
}

// Options of equal length, the key rotating over a–d: trips nothing.
std::vector<std::string> even_texts(int n) {
  return {"Alpha choice " + std::to_string(n), "Bravo choice " + std::to_string(n),
          "Delta choice " + std::to_string(n), "Gamma choice " + std::to_string(n)};
}
std::string rotating_key(int n) { return std::string(1, static_cast<char>('a' + n % 4)); }

CueLint lint_of(const std::vector<nlohmann::json>& questions) {
  nlohmann::json bundle = valid_bundle();
  bundle["questions"] = questions;
  auto result = load(bundle);
  REQUIRE_MESSAGE(result.pack, lines(result.diagnostics));
  return lint_cues(*result.pack);
}

CueFinding finding(const CueLint& lint, const std::string& rule) {
  for (const CueFinding& f : lint.findings) {
    if (f.rule == rule) return f;
  }
  FAIL("no finding for rule " << rule);
  return {};
}

std::vector<nlohmann::json> clean_bank(int count = 12) {
  std::vector<nlohmann::json> qs;
  for (int i = 0; i < count; ++i) qs.push_back(question(i, even_texts(i), rotating_key(i)));
  return qs;
}

// A clean bank of four whose last question offers "Yes" beside a full sentence.
std::vector<nlohmann::json> bank_with_uneven_options() {
  auto qs = clean_bank(4);
  auto texts = even_texts(3);
  texts[1] = "Yes";
  texts[2] = "Book the installation date with the customer's operations lead now";
  qs[3] = question(3, texts, "d");
  return qs;
}

}  // namespace

TEST_CASE("cue lint: a bank with no cues passes every rule") {
  const CueLint lint = lint_of(clean_bank());
  CHECK(lint.findings.size() == 7);
  CHECK(lint.failing() == 0);
  for (const CueFinding& f : lint.findings) {
    CAPTURE(f.rule);
    CHECK_FALSE(f.fails);
    CHECK_FALSE(f.figure.empty());
    CHECK_FALSE(f.advice.empty());
  }
}

TEST_CASE("cue lint: the key as the strictly longest option in more than 30% of singles") {
  auto qs = clean_bank(10);
  // 4 of 10 (40%): the key gets a longer text than the others.
  for (int i = 0; i < 4; ++i) {
    auto texts = even_texts(i);
    texts[static_cast<std::size_t>(i % 4)] += " with more words";
    qs[static_cast<std::size_t>(i)] = question(i, texts, rotating_key(i));
  }
  const CueFinding f = finding(lint_of(qs), "longest-key");
  CHECK(f.fails);
  CHECK(f.question_ids == std::vector<std::string>{"q0", "q1", "q2", "q3"});
  CHECK(f.figure.find("4 of 10 single-answer questions (40.0%)") != std::string::npos);

  qs = clean_bank(10);  // 3 of 10 (30%) is at the limit and passes
  for (int i = 0; i < 3; ++i) {
    auto texts = even_texts(i);
    texts[static_cast<std::size_t>(i % 4)] += " longer";
    qs[static_cast<std::size_t>(i)] = question(i, texts, rotating_key(i));
  }
  CHECK_FALSE(finding(lint_of(qs), "longest-key").fails);
}

TEST_CASE("cue lint: a key tied for longest is not strictly longest") {
  auto qs = clean_bank(4);
  for (int i = 0; i < 4; ++i) {
    auto texts = even_texts(i);
    texts[0] += " extra";
    texts[1] += " extra";
    qs[static_cast<std::size_t>(i)] = question(i, texts, "a");
  }
  CHECK(finding(lint_of(qs), "longest-key").question_ids.empty());
}

TEST_CASE("cue lint: the key as the strictly shortest option too often") {
  auto qs = clean_bank(6);
  for (int i = 0; i < 3; ++i) {
    auto texts = even_texts(i);
    texts[static_cast<std::size_t>(i % 4)] = "Short";
    qs[static_cast<std::size_t>(i)] = question(i, texts, rotating_key(i));
  }
  const CueFinding f = finding(lint_of(qs), "shortest-key");
  CHECK(f.fails);
  CHECK(f.question_ids.size() == 3);
}

TEST_CASE("cue lint: one answer letter far more often than an even spread") {
  std::vector<nlohmann::json> qs;
  for (int i = 0; i < 24; ++i) qs.push_back(question(i, even_texts(i), i % 6 == 0 ? "a" : "b"));
  const CueFinding f = finding(lint_of(qs), "key-position");
  CHECK(f.fails);
  CHECK(f.figure.find("b is correct 20 times") != std::string::npos);
}

TEST_CASE("cue lint: absolute words more common in wrong options than in keys") {
  auto qs = clean_bank(8);
  auto texts = even_texts(1);
  texts[0] = "Always call back within the hour";  // q1's key is b
  qs[1] = question(1, texts, "b");
  CueFinding f = finding(lint_of(qs), "absolute-words");
  CHECK(f.fails);
  CHECK(f.question_ids == std::vector<std::string>{"q1"});

  // One key of 8 (12.5%) and three wrong options of 24 (12.5%) say it: no cue either way.
  texts = even_texts(2);
  texts[2] = "Call back only after the demo";  // q2's key is c
  texts[0] = "Never call back before the demo";
  qs[2] = question(2, texts, "c");
  texts = even_texts(3);
  texts[0] = "Send every slide to the buyer";  // q3's key is d
  qs[3] = question(3, texts, "d");
  f = finding(lint_of(qs), "absolute-words");
  CHECK_FALSE(f.fails);
  CHECK(f.question_ids == std::vector<std::string>{"q1", "q3"});  // still worth a look
}

TEST_CASE("cue lint: absolute words far more common in keys than in wrong options") {
  auto qs = clean_bank(8);
  auto texts = even_texts(5);
  texts[1] = "Only the buyer can sign";  // q5's key is b
  qs[5] = question(5, texts, "b");
  const CueFinding f = finding(lint_of(qs), "absolute-words");
  CHECK(f.fails);  // 12.5% of keys against 0% of wrong options
  CHECK(f.question_ids == std::vector<std::string>{"q5"});
  CHECK(f.advice.find("Reword the keys") != std::string::npos);
}

TEST_CASE("cue lint: from 20 singles, a key that is almost never the longest is a cue too") {
  auto qs = clean_bank(20);
  auto texts = even_texts(0);
  texts[0] += " in full";
  qs[0] = question(0, texts, "a");  // 1 of 20 (5%) is under the 10% floor
  CueFinding f = finding(lint_of(qs), "longest-key");
  CHECK(f.fails);
  CHECK(f.figure.find("1 of 20 single-answer questions (5.0%); 10–30%") != std::string::npos);
  CHECK(f.advice.find("ruling out the longest option") != std::string::npos);
  texts = even_texts(1);
  texts[1] += " in full";
  qs[1] = question(1, texts, "b");  // 2 of 20 (10%) is at the floor
  CHECK_FALSE(finding(lint_of(qs), "longest-key").fails);
  // Under 20 singles there is no floor: a clean bank of 12 has no longest key and passes.
  CHECK_FALSE(finding(lint_of(clean_bank(12)), "longest-key").fails);
}

TEST_CASE("cue lint: absolute words are whole words in any case") {
  using dealdojo::content::has_absolute_word;
  CHECK(has_absolute_word("NEVER discount"));
  CHECK(has_absolute_word("It must be signed"));
  CHECK_FALSE(has_absolute_word("Allocate the budget"));  // "all" inside a word
  CHECK_FALSE(has_absolute_word("Everyone in the territory"));
}

TEST_CASE("cue lint: stems that cite a guide past 5% of the bank") {
  auto qs = clean_bank(19);
  qs.push_back(question(19, even_texts(19), rotating_key(19), "According to the guide, which stage comes first?"));
  CHECK_FALSE(finding(lint_of(qs), "guide-stems").fails);  // 1 of 20 is 5%: at the limit
  qs.push_back(question(20, even_texts(20), rotating_key(20), "Which two steps do the Guides list for discovery?"));
  const CueFinding f = finding(lint_of(qs), "guide-stems");
  CHECK(f.fails);
  CHECK(f.question_ids == std::vector<std::string>{"q19", "q20"});
  CHECK_FALSE(dealdojo::content::cites_guide("Which guided-selling step is required?"));
}

TEST_CASE("cue lint: two stems that share most of their words") {
  auto qs = clean_bank(6);
  qs[2]["stem"] = "Priya's renewal forecast slipped two quarters running. What should her manager review first?";
  qs[4]["stem"] = "Priya's renewal forecast slipped three quarters running. What should her manager review first?";
  const CueFinding f = finding(lint_of(qs), "near-duplicate-stems");
  CHECK(f.fails);
  CHECK(f.question_ids == std::vector<std::string>{"q2 ~ q4"});
  CHECK(dealdojo::content::stem_similarity(qs[2]["stem"].get<std::string>(), qs[4]["stem"].get<std::string>()) >
        0.6);
}

TEST_CASE("cue lint: options of wildly different length") {
  const auto qs = bank_with_uneven_options();
  const CueFinding f = finding(lint_of(qs), "uneven-options");
  CHECK(f.fails);
  CHECK(f.question_ids == std::vector<std::string>{"q3"});
}

TEST_CASE("cue lint: the report names each rule, its figure and the ids to fix") {
  const auto qs = bank_with_uneven_options();
  const std::string report = dealdojo::content::format_cue_lint(lint_of(qs));
  CHECK(report.find("Cue check (1 rule fails)") != std::string::npos);
  CHECK(report.find("  ok  Key is the longest option") != std::string::npos);
  CHECK(report.find("  FIX Options of very different length") != std::string::npos);
  CHECK(report.find("[uneven-options]") != std::string::npos);
  CHECK(report.find("  q3\n") != std::string::npos);
  const auto json = dealdojo::content::cue_lint_to_json(lint_of(qs));
  CHECK(json["failing"] == 1);
  CHECK(json["findings"].size() == 7);
}
