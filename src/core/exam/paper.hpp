#pragma once
// Assembling an exam paper from a pack's blueprint and question bank.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/pack.hpp"
#include "core/util/result.hpp"
#include "core/util/random.hpp"

namespace dealdojo::exam {

// One question as presented in an attempt: options in a shuffled order.
struct PaperItem {
  std::string question_id;  // id within the pack
  std::string domain;
  int choose = 1;  // how many options the learner must pick
  std::vector<std::size_t> option_order;  // presented position -> index in Question::options
};

// The item for `question`: its options in an order shuffled by `rng` (one
// Rng::shuffle of 0..n-1). Every paper (mock, practice, today's reviews) makes
// its items this way, so the same seed gives the same option order everywhere.
PaperItem make_item(const content::Question& question, Rng& rng);

struct Paper {
  std::string pack_id;
  std::uint64_t seed = 0;
  int minutes = 0;       // 0: untimed (practice)
  int pass_percent = 0;  // 0: no pass mark (practice)
  std::vector<PaperItem> items;
};

// How often the learner has seen a question (by id within the pack), so exams
// prefer the least-seen questions.
using SeenCount = std::function<int(std::string_view question_id)>;

// The paper, or why it cannot be made (each problem in plain words, no file or pointer).
using AssemblyResult = util::Result<Paper>;

// A full mock exam: the blueprint's question count split by domain weight
// (largest remainder), drawn without repeats preferring the least-seen questions,
// in shuffled order with shuffled options. The same seed gives the same paper.
AssemblyResult assemble_mock_exam(const content::Pack& pack, std::uint64_t seed,
                                  const SeenCount& seen = {});

// Practice: questions of the chosen domains and/or subtopics (empty = any), up to
// `length`, least seen first, shuffled. Untimed, no pass mark.
struct PracticeFilter {
  std::vector<std::string> domains;
  std::vector<std::string> subtopics;
  std::vector<std::string> only_ids;  // e.g. the missed questions to retry; empty = any
  int length = 10;
};
AssemblyResult assemble_practice(const content::Pack& pack, const PracticeFilter& filter,
                                 std::uint64_t seed, const SeenCount& seen = {});

// A question's options in presented order.
std::vector<const content::Option*> presented_options(const content::Question& question,
                                                      const PaperItem& item);

}  // namespace dealdojo::exam
