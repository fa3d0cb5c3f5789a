#pragma once
// Charts for the study dashboard, drawn with ImGui's draw list (ImGui naming, as
// they behave like ImGui widgets: each takes its room in the layout).
#include <span>
#include <string>
#include <string_view>

namespace dealdojo::ui::widgets {

// A 0–1 bar: a band from `low` to `high` (a credible interval), a marker at `mean`,
// and a thin line at `target` (e.g. the pass mark; < 0 for none). `highlight` draws
// the band in the warning colour.
void IntervalBar(float mean, float low, float high, float target, float width, bool highlight);

// One column per value (0–1, or < 0 for "no data", drawn as a dot on the axis),
// `height` tall, with `first_label` under the first column and `last_label` under
// the last. Column i is drawn with opacity by `weights[i]` (0–1) when given.
void ColumnChart(std::span<const float> values, std::span<const float> weights, float width, float height,
                 std::string_view first_label, std::string_view last_label);

}  // namespace dealdojo::ui::widgets
