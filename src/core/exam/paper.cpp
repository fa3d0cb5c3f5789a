#include "core/exam/paper.hpp"

#include <algorithm>
#include <numeric>

#include "core/exam/blueprint_split.hpp"
#include "core/util/text.hpp"

namespace dealdojo::exam {
namespace {

struct Candidate {
  const content::Question* question;
  int seen;
  std::uint64_t tie_break;
};

// The `count` least-seen questions of `pool`, ties broken at random.
std::vector<const content::Question*> pick_least_seen(std::vector<const content::Question*> pool,
                                                      std::size_t count, Rng& rng,
                                                      const SeenCount& seen) {
  std::vector<Candidate> candidates;
  candidates.reserve(pool.size());
  for (const content::Question* q : pool) {
    candidates.push_back({q, seen ? seen(q->id) : 0, rng.next()});
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.seen != b.seen) return a.seen < b.seen;
    return a.tie_break < b.tie_break;
  });
  std::vector<const content::Question*> picked;
  for (std::size_t i = 0; i < count && i < candidates.size(); ++i) {
    picked.push_back(candidates[i].question);
  }
  return picked;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Why a paper cannot be made, in plain words (not tied to a file or field).
content::Diagnostic plain(std::string message) {
  return {content::Diagnostic::Severity::Error, "", "", std::move(message)};
}
AssemblyResult problem(std::string message) { return AssemblyResult::failure({plain(std::move(message))}); }

}  // namespace

PaperItem make_item(const content::Question& q, Rng& rng) {
  PaperItem item{q.id, q.domain, q.choose, std::vector<std::size_t>(q.options.size())};
  std::iota(item.option_order.begin(), item.option_order.end(), std::size_t{0});
  rng.shuffle(item.option_order);
  return item;
}

AssemblyResult assemble_mock_exam(const content::Pack& pack, std::uint64_t seed,
                                  const SeenCount& seen) {
  if (!pack.blueprint || pack.blueprint->domains.empty()) {
    return problem("The pack '" + pack.manifest.title + "' has no exam blueprint, so a mock exam cannot be assembled.");
  }
  const content::Blueprint& blueprint = *pack.blueprint;
  std::vector<int> weights;
  for (const auto& d : blueprint.domains) weights.push_back(d.weight);
  const std::vector<int> counts = split_by_weight(blueprint.questions, weights);

  Rng rng(seed);
  Paper paper{pack.manifest.id, seed, blueprint.minutes, blueprint.pass_percent, {}};
  std::vector<content::Diagnostic> problems;
  for (std::size_t d = 0; d < blueprint.domains.size(); ++d) {
    const auto& domain = blueprint.domains[d];
    std::vector<const content::Question*> pool;
    for (const auto& q : pack.questions) {
      if (q.domain == domain.id) pool.push_back(&q);
    }
    const auto needed = static_cast<std::size_t>(counts[d]);
    if (pool.size() < needed) {
      problems.push_back(plain(domain.name + " needs " + text::count_noun(counts[d], "question", "questions") +
                               " for a full exam, but the pack has only " +
                               text::with_thousands(static_cast<std::int64_t>(pool.size())) + "."));
      continue;
    }
    for (const content::Question* q : pick_least_seen(std::move(pool), needed, rng, seen)) {
      paper.items.push_back(make_item(*q, rng));
    }
  }
  if (!problems.empty()) return AssemblyResult::failure(std::move(problems));
  rng.shuffle(paper.items);
  return paper;
}

AssemblyResult assemble_practice(const content::Pack& pack, const PracticeFilter& filter,
                                 std::uint64_t seed, const SeenCount& seen) {
  if (filter.length <= 0) return problem("Choose at least one question.");
  std::vector<const content::Question*> pool;
  for (const auto& q : pack.questions) {
    if (!filter.domains.empty() && !contains(filter.domains, q.domain)) continue;
    if (!filter.subtopics.empty() && !contains(filter.subtopics, q.subtopic)) continue;
    if (!filter.only_ids.empty() && !contains(filter.only_ids, q.id)) continue;
    pool.push_back(&q);
  }
  if (pool.empty()) return problem("No questions match this choice of domains and topics.");
  Rng rng(seed);
  Paper paper{pack.manifest.id, seed, 0, 0, {}};
  for (const content::Question* q :
       pick_least_seen(std::move(pool), static_cast<std::size_t>(filter.length), rng, seen)) {
    paper.items.push_back(make_item(*q, rng));
  }
  rng.shuffle(paper.items);
  return paper;
}

std::vector<const content::Option*> presented_options(const content::Question& question,
                                                      const PaperItem& item) {
  std::vector<const content::Option*> options;
  for (std::size_t index : item.option_order) {
    if (index < question.options.size()) options.push_back(&question.options[index]);
  }
  return options;
}

}  // namespace dealdojo::exam
