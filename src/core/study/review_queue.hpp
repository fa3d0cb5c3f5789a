#pragma once
// Today's reviews: the questions FSRS says are due by the end of today, plus a few
// never-answered ones drawn towards the weakest domains, interleaved so that two
// questions in a row share a domain only when nothing else is left.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/content/pack.hpp"
#include "core/study/answer_event.hpp"
#include "core/study/fsrs.hpp"
#include "core/study/readiness.hpp"

namespace dealdojo::study {

struct QueueOptions {
  std::int64_t now_ms = 0;
  std::int64_t utc_offset_ms = 0;  // local time minus UTC: where today starts and ends
  int new_questions = 5;           // never-answered questions to add
  std::uint64_t seed = 0;
  FsrsParams fsrs;
};

struct QueueItem {
  std::string question_id;
  std::string domain;
  bool is_new = false;
  std::int64_t due_day = 0;  // local day it fell due (today for new questions)
};

// `mastery` (e.g. Readiness::domains) weights the new questions: a domain is picked
// with weight 1.05 − mean mastery (unknown domains: 0.55). Questions no longer in
// the pack are skipped. The same inputs and seed give the same queue.
std::vector<QueueItem> due_today(const content::Pack& pack, std::span<const AnswerEvent> events,
                                 std::span<const DomainMastery> mastery, const QueueOptions& options);

// How many answered questions of `pack` are due by the end of today.
int due_count(const content::Pack& pack, std::span<const AnswerEvent> events, std::int64_t now_ms,
              std::int64_t utc_offset_ms, const FsrsParams& fsrs = {});

// Reorders `items` so no two neighbours share a domain when that is possible: each
// step takes, among domains other than the last one, the one with most items left
// (ties: whose next item came first), keeping each domain's own order.
std::vector<QueueItem> interleave_domains(std::vector<QueueItem> items);

}  // namespace dealdojo::study
