// Issue 23: a removed deal can be put back, and the quarter aims at the board's quota.
#include <doctest/doctest.h>

#include "core/session/pipeline_desk.hpp"

using namespace dealdojo;
namespace pl = dealdojo::pipeline;

namespace {

session::PipelineDesk sample_desk() {
  session::PipelineDesk desk;
  desk.reset(pl::default_preset(), pl::make_date(2026, 8, 10), 7);
  return desk;
}

}  // namespace

TEST_CASE("a removed deal is put back where it was, with its figures") {
  auto desk = sample_desk();
  const auto deals_before = desk.pipeline().deals;
  const auto value_before = desk.metrics().pipeline_value;
  const std::string id = deals_before.at(2).id;
  CHECK(desk.removed_deal() == nullptr);
  CHECK_FALSE(desk.undo_remove());
  REQUIRE(desk.remove_deal(id));
  REQUIRE(desk.removed_deal() != nullptr);
  CHECK(desk.removed_deal()->id == id);
  CHECK(desk.find_deal(id) == nullptr);
  const auto revision = desk.pipeline_revision();
  REQUIRE(desk.undo_remove());
  CHECK(desk.pipeline_revision() > revision);
  CHECK(desk.removed_deal() == nullptr);
  CHECK_FALSE(desk.undo_remove());
  REQUIRE(desk.pipeline().deals.size() == deals_before.size());
  for (std::size_t i = 0; i < deals_before.size(); ++i) {
    CHECK(desk.pipeline().deals[i].id == deals_before[i].id);
    CHECK(desk.pipeline().deals[i].amount == deals_before[i].amount);
    CHECK(desk.pipeline().deals[i].close_date == deals_before[i].close_date);
  }
  CHECK(desk.metrics().pipeline_value == value_before);
}

TEST_CASE("undo puts back only the last removal, and only until the pipeline changes again") {
  auto desk = sample_desk();
  const std::string first = desk.pipeline().deals.at(0).id;
  const std::string second = desk.pipeline().deals.at(1).id;
  REQUIRE(desk.remove_deal(first));
  REQUIRE(desk.remove_deal(second));
  CHECK(desk.removed_deal()->id == second);
  REQUIRE(desk.undo_remove());
  CHECK(desk.find_deal(second) != nullptr);
  CHECK(desk.find_deal(first) == nullptr);

  const std::string third = desk.pipeline().deals.at(3).id;
  REQUIRE(desk.remove_deal(third));
  REQUIRE(desk.set_quota("400,000").empty());
  CHECK(desk.removed_deal() == nullptr);
  CHECK_FALSE(desk.undo_remove());
  CHECK(desk.find_deal(third) == nullptr);
}

TEST_CASE("the quarter aims at the board's quota, with deals scaled to it") {
  auto desk = sample_desk();
  const pl::QuarterConfig tuned;
  pl::QuarterConfig config = desk.quarter_config();
  CHECK(config.quota == desk.pipeline().quota);
  REQUIRE(desk.set_quota("150,000").empty());
  config = desk.quarter_config();
  CHECK(config.quota == tuned.quota);
  CHECK(config.average_deal == tuned.average_deal);
  REQUIRE(desk.set_quota("300,000").empty());
  CHECK(desk.quarter_config().average_deal == pl::Money::from_units(40'000));
  REQUIRE(desk.set_quota("0").empty());
  CHECK(desk.quarter_config().average_deal == pl::Money::from_units(1));
  CHECK(pl::check_quarter_config(desk.quarter_config()).empty());
  REQUIRE(desk.set_quota("1,000,000,000,000").empty());
  CHECK(pl::check_quarter_config(desk.quarter_config()).empty());
}

TEST_CASE("a quota change restarts a quarter not yet played, and one under way keeps its quota") {
  auto desk = sample_desk();
  REQUIRE(desk.start_quarter(desk.quarter_config(), 5).empty());
  REQUIRE(desk.set_quota("200,000").empty());
  REQUIRE(desk.quarter());
  CHECK(desk.quarter()->config().quota == pl::Money::from_units(200'000));
  CHECK(desk.quarter()->seed() == 5);
  REQUIRE(desk.play_week(pl::balanced_week(desk.quarter()->config().hours_per_week)).empty());
  REQUIRE(desk.set_quota("250,000").empty());
  CHECK(desk.quarter()->weeks_played() == 1);
  CHECK(desk.quarter()->config().quota == pl::Money::from_units(200'000));
}
