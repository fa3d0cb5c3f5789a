#include "core/study/review_queue.hpp"

#include <algorithm>
#include <deque>
#include <map>

#include "core/study/history.hpp"
#include "core/util/random.hpp"

namespace dealdojo::study {
namespace {

std::vector<QueueItem> due_items(const content::Pack& pack, std::span<const AnswerEvent> events,
                                 std::int64_t now_ms, std::int64_t utc_offset_ms, const FsrsParams& fsrs) {
  const std::int64_t today = local_day(now_ms, utc_offset_ms);
  std::vector<QueueItem> due;
  for (const auto& [id, card] : replay_cards(events, pack.manifest.id, utc_offset_ms, fsrs)) {
    const content::Question* q = pack.find_question(id);
    if (q == nullptr || card.due_day > today) continue;
    due.push_back({id, q->domain, false, card.due_day});
  }
  // Most overdue first; ids break ties so the order never depends on map layout.
  std::stable_sort(due.begin(), due.end(),
                   [](const QueueItem& a, const QueueItem& b) { return a.due_day < b.due_day; });
  return due;
}

double new_question_weight(const std::string& domain, std::span<const DomainMastery> mastery) {
  for (const DomainMastery& m : mastery) {
    if (m.id == domain) return 1.05 - m.mean;  // never zero: a mastered domain still gets some
  }
  return 0.55;
}

std::vector<QueueItem> new_items(const content::Pack& pack, std::span<const AnswerEvent> events,
                                 std::span<const DomainMastery> mastery, const QueueOptions& options,
                                 std::int64_t today) {
  std::map<std::string, std::vector<std::string>> unseen;  // domain -> question ids
  const auto cards = replay_cards(events, pack.manifest.id, options.utc_offset_ms, options.fsrs);
  for (const content::Question& q : pack.questions) {
    if (cards.find(q.id) == cards.end()) unseen[q.domain].push_back(q.id);
  }
  Rng rng(options.seed);
  for (auto& entry : unseen) rng.shuffle(entry.second);
  std::vector<QueueItem> out;
  while (static_cast<int>(out.size()) < options.new_questions) {
    double total = 0.0;
    for (const auto& entry : unseen) total += entry.second.empty() ? 0.0 : new_question_weight(entry.first, mastery);
    if (total <= 0.0) break;
    double pick = rng.unit() * total;
    std::vector<std::string>* chosen = nullptr;
    const std::string* chosen_domain = nullptr;
    for (auto& entry : unseen) {
      if (entry.second.empty()) continue;
      chosen = &entry.second;  // the last non-empty domain catches rounding at the end
      chosen_domain = &entry.first;
      pick -= new_question_weight(entry.first, mastery);
      if (pick < 0.0) break;
    }
    out.push_back({chosen->back(), *chosen_domain, true, today});
    chosen->pop_back();
  }
  return out;
}

}  // namespace

std::vector<QueueItem> interleave_domains(std::vector<QueueItem> items) {
  std::map<std::string, std::deque<std::size_t>> by_domain;  // domain -> positions, in order
  for (std::size_t i = 0; i < items.size(); ++i) by_domain[items[i].domain].push_back(i);
  std::vector<QueueItem> out;
  out.reserve(items.size());
  std::string last;
  while (out.size() < items.size()) {
    const std::string* chosen = nullptr;
    const std::deque<std::size_t>* chosen_queue = nullptr;
    for (const auto& [domain, queue] : by_domain) {
      if (queue.empty() || (domain == last && by_domain.size() > 1)) continue;
      if (chosen_queue == nullptr || queue.size() > chosen_queue->size() ||
          (queue.size() == chosen_queue->size() && queue.front() < chosen_queue->front())) {
        chosen = &domain;
        chosen_queue = &queue;
      }
    }
    if (chosen == nullptr) chosen = &last;  // only the last domain has items left
    auto& queue = by_domain[*chosen];
    out.push_back(std::move(items[queue.front()]));
    queue.pop_front();
    last = out.back().domain;
  }
  return out;
}

std::vector<QueueItem> due_today(const content::Pack& pack, std::span<const AnswerEvent> events,
                                 std::span<const DomainMastery> mastery, const QueueOptions& options) {
  std::vector<QueueItem> items = due_items(pack, events, options.now_ms, options.utc_offset_ms, options.fsrs);
  const std::int64_t today = local_day(options.now_ms, options.utc_offset_ms);
  for (QueueItem& item : new_items(pack, events, mastery, options, today)) items.push_back(std::move(item));
  return interleave_domains(std::move(items));
}

int due_count(const content::Pack& pack, std::span<const AnswerEvent> events, std::int64_t now_ms,
              std::int64_t utc_offset_ms, const FsrsParams& fsrs) {
  return static_cast<int>(due_items(pack, events, now_ms, utc_offset_ms, fsrs).size());
}

}  // namespace dealdojo::study
