#pragma once
// Pipelines built in code for the pipeline tests: the default stages, a Q3 period,
// and deals made with one line each.
#include <string>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/pipeline/pipeline.hpp"

namespace pipeline_test {

using namespace dealdojo::pipeline;

// Stage indexes of the default preset.
inline constexpr std::size_t kProspecting = 0, kQualification = 1, kDemo = 2, kProposal = 3, kNegotiation = 4,
                             kSigning = 5, kPostPurchase = 6;

inline Date day(const char* text) { return *parse_date(text); }
inline Money units(std::int64_t u) { return Money::from_units(u); }

// Q3 2026, as of 2026-08-10, quota 300,000, no deals.
inline Pipeline empty_pipeline() {
  Pipeline p;
  p.name = "test";
  p.preset = default_preset();
  p.as_of = day("2026-08-10");
  p.period = {day("2026-07-01"), day("2026-09-30")};
  p.quota = units(300'000);
  return p;
}

inline Deal open_deal(std::string id, std::size_t stage, std::int64_t amount, const char* close = "2026-09-15",
                      const char* created = "2026-08-01") {
  Deal d;
  d.id = std::move(id);
  d.stage = stage;
  d.amount = units(amount);
  d.created = day(created);
  d.stage_entered = d.created;
  d.close_date = day(close);
  return d;
}

inline Deal closed_deal(std::string id, DealStatus status, std::size_t stage, std::int64_t amount, const char* created,
                        const char* closed) {
  Deal d = open_deal(std::move(id), stage, amount, closed, created);
  d.status = status;
  return d;
}

inline Deal won_deal(std::string id, std::int64_t amount, const char* created, const char* closed) {
  return closed_deal(std::move(id), DealStatus::Won, kPostPurchase, amount, created, closed);
}

inline Deal lost_deal(std::string id, std::size_t stage, const char* created = "2026-05-01",
                      const char* closed = "2026-06-01") {
  return closed_deal(std::move(id), DealStatus::Lost, stage, 10'000, created, closed);
}

// "error /deals/0/amount: message" per diagnostic, joined by newlines.
inline std::string lines(const std::vector<dealdojo::content::Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += std::string(dealdojo::content::severity_name(d.severity)) + " " + d.pointer + ": " + d.message + "\n";
  }
  return out;
}

inline std::string source_path(const std::string& relative) { return std::string(DEALDOJO_SOURCE_DIR) + "/" + relative; }

}  // namespace pipeline_test
