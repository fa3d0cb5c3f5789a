#pragma once
// Machine-readable forms of the pipeline's results (the CLI's --json, the web
// bridge). Amounts are {"cents": 4800000, "amount": "48000.00"} as in the deal
// calculators; forecast bookings are whole currency units; shares are 0–1 numbers.
#include <nlohmann/json.hpp>

#include "core/pipeline/forecast.hpp"
#include "core/pipeline/health.hpp"
#include "core/pipeline/metrics.hpp"
#include "core/pipeline/quarter.hpp"
#include "core/pipeline/rollup.hpp"

namespace dealdojo::pipeline {

nlohmann::ordered_json money_json(Money amount);
nlohmann::ordered_json metrics_to_json(const Pipeline& pipeline, const PipelineMetrics& metrics);
nlohmann::ordered_json health_to_json(const Pipeline& pipeline, const HealthReport& report);
nlohmann::ordered_json rollup_to_json(const ForecastRollup& rollup);
nlohmann::ordered_json forecast_to_json(const ForecastResult& result, const ForecastSettings& settings);
nlohmann::ordered_json week_report_to_json(const QuarterSim& sim, const WeekReport& report);
nlohmann::ordered_json debrief_to_json(const QuarterSim& sim, const QuarterDebrief& debrief);

}  // namespace dealdojo::pipeline
