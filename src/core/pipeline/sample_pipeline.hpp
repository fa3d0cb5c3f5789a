#pragma once
// A believable pipeline to start from, built from a pack's preset: the pipeline
// desk's sample (session/pipeline_desk.hpp), the same for the same seed.
#include <cstdint>
#include <string>

#include "core/pipeline/pipeline.hpp"

namespace dealdojo::pipeline {

// About 22 believable deals for three reps: open deals at every open stage (more
// at the top, as a funnel), closing mostly in the quarter that contains `today`,
// a few with their own category or probability, pushed close dates or a long
// stay in their stage; plus won and lost deals for the history metrics. The
// quota is set so the quarter is within reach but not assured. The same preset,
// day and seed give the same pipeline.
Pipeline make_sample_pipeline(const PipelinePreset& preset, Date today, std::uint64_t seed);

// "d-07", "d-12": the id of the sample's deal `number` (from 1); the desk numbers
// the deals it adds the same way.
std::string sample_deal_id(int number);

}  // namespace dealdojo::pipeline
