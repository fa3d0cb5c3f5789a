// Session: starting today's reviews (study/review_queue.hpp) as a practice run.
#include "core/exam/paper.hpp"
#include "core/session/session.hpp"
#include "core/study/readiness.hpp"
#include "core/study/review_queue.hpp"
#include "core/util/random.hpp"

namespace dealdojo::session {

util::Status Session::start_review(std::uint64_t seed, std::int64_t now_ms, std::int64_t utc_offset_ms,
                                   int new_questions) {
  const content::Pack* pack = m_packs.active_pack();
  if (pack == nullptr) return util::Status::failure("", "", "No content pack is loaded, so there are no questions to ask.");
  const auto& answers = m_saved.answers.events();
  const auto readiness = study::compute_readiness(*pack, answers);
  std::vector<study::DomainMastery> mastery;
  if (readiness) mastery = readiness->domains;
  study::QueueOptions options;
  options.now_ms = now_ms;
  options.utc_offset_ms = utc_offset_ms;
  options.new_questions = new_questions;
  options.seed = seed;
  const auto queue = study::due_today(*pack, answers, mastery, options);
  if (queue.empty()) return util::Status::failure("", "", "Nothing is due today and every question has been answered.");

  exam::Paper paper;
  paper.pack_id = pack->manifest.id;
  paper.seed = seed;
  Rng rng(derive_seed(seed, 1));  // option order; the queue keeps its own (interleaved) order
  for (const study::QueueItem& item : queue) {
    const content::Question* q = pack->find_question(item.question_id);
    if (q == nullptr) continue;
    paper.items.push_back(exam::make_item(*q, rng));
  }
  return start(m_saved.practice, std::move(paper), exam::Mode::Practice, study::AnswerSource::Review, now_ms);
}

}  // namespace dealdojo::session
