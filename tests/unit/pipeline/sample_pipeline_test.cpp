#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/pipeline/pipeline_file.hpp"
#include "core/pipeline/sample_pipeline.hpp"
#include "unit/pipeline/pipeline_test_support.hpp"

using namespace pipeline_test;

namespace {
const Date kToday = make_date(2026, 8, 10);
}  // namespace

TEST_CASE("the sample pipeline is valid, believable and the same for a seed") {
  const Pipeline a = make_sample_pipeline(default_preset(), kToday, 7);
  const Pipeline b = make_sample_pipeline(default_preset(), kToday, 7);
  const Pipeline c = make_sample_pipeline(default_preset(), kToday, 8);
  CHECK(write_pipeline(a) == write_pipeline(b));
  CHECK(write_pipeline(a) != write_pipeline(c));
  for (const auto& diag : check_pipeline(a)) {
    INFO(diag.pointer << ": " << diag.message);
    CHECK(diag.severity != dealdojo::content::Diagnostic::Severity::Error);
  }
  CHECK(a.deals.size() >= 15);
  CHECK(a.deals.size() <= 25);
  std::set<std::size_t> open_stages;
  std::set<std::string> owners;
  int open_in_period = 0, won = 0, lost = 0;
  for (const auto& d : a.deals) {
    owners.insert(d.owner);
    if (d.status == DealStatus::Open) {
      open_stages.insert(d.stage);
      if (a.period.contains(d.close_date)) ++open_in_period;
    }
    won += d.status == DealStatus::Won;
    lost += d.status == DealStatus::Lost;
  }
  CHECK(open_stages.size() == open_stage_count(a.preset));  // a deal at every open stage
  CHECK(owners.size() >= 2);
  CHECK(open_in_period >= 8);
  CHECK(won >= 2);
  CHECK(lost >= 2);
  CHECK(a.as_of == kToday);
  CHECK(format_date(a.period.start) == "2026-07-01");
  CHECK(a.quota > Money::from_units(0));
}

TEST_CASE("sample deal ids have at least two digits") {
  CHECK(sample_deal_id(1) == "d-01");
  CHECK(sample_deal_id(22) == "d-22");
  CHECK(sample_deal_id(100) == "d-100");
}
