// The seeded sample pipeline the pipeline desk starts from.
#include "core/pipeline/sample_pipeline.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "core/pipeline/metrics.hpp"
#include "core/util/random.hpp"

namespace dealdojo::pipeline {

namespace {

constexpr std::array<const char*, 24> kCompanies = {
    "Northwind Logistics", "Contoso Retail",   "Fabrikam Health",   "Tailspin Air",     "Adatum Insurance",
    "Litware Labs",        "Proseware",        "Wide World Imports", "Coho Vineyards",   "Alpine Ski House",
    "Blue Yonder Freight", "Fourth Coffee",    "Lucerne Publishing", "Margie's Travel",  "Trey Research",
    "Wingtip Toys",        "Woodgrove Bank",   "Humongous Media",   "Graphic Design Co", "City Power & Light",
    "Relecloud",           "Southridge Video", "VanArsdel Foods",   "Datum Analytics"};
constexpr std::array<const char*, 5> kProducts = {"seats", "site licence", "platform", "renewal", "expansion"};
constexpr std::array<const char*, 3> kOwners = {"Avery", "Jordan", "Sam"};

// Amount in whole units from 8,000 to 120,000, in steps of 500.
Money sample_amount(Rng& rng) { return Money::from_units(8'000 + static_cast<std::int64_t>(rng.below(225)) * 500); }

std::string deal_name(std::size_t company, Rng& rng) {
  const char* product = kProducts[static_cast<std::size_t>(rng.below(kProducts.size()))];
  std::string name = std::string(kCompanies[company % kCompanies.size()]) + ": ";
  if (product == kProducts[0]) return name + std::to_string(50 + rng.below(20) * 25) + " seats";
  return name + product;
}

int uniform(Rng& rng, int low, int high) {  // inclusive
  return low + static_cast<int>(rng.below(static_cast<std::uint64_t>(high - low + 1)));
}

// Open deals per open stage: a funnel of `total`, at least one at each stage.
std::vector<int> funnel_counts(std::size_t stages, int total) {
  std::vector<int> counts(stages, 1);
  int weight_sum = 0;
  for (std::size_t i = 0; i < stages; ++i) weight_sum += static_cast<int>(stages - i);
  int left = total - static_cast<int>(stages);
  for (std::size_t i = 0; i < stages && left > 0; ++i) {
    const int extra = std::min(left, (total - static_cast<int>(stages)) * static_cast<int>(stages - i) / weight_sum);
    counts[i] += extra;
    left -= extra;
  }
  counts[0] += left;
  return counts;
}

}  // namespace

std::string sample_deal_id(int number) { return (number < 10 ? "d-0" : "d-") + std::to_string(number); }

Pipeline make_sample_pipeline(const PipelinePreset& preset, Date today, std::uint64_t seed) {
  Rng rng(seed);
  Pipeline p;
  p.name = "Sample pipeline";
  p.preset = preset;
  p.as_of = today;
  p.period = quarter_containing(today);
  const std::size_t open_stages = open_stage_count(preset);
  const std::size_t won = won_stage(preset);
  std::vector<std::size_t> companies(kCompanies.size());
  for (std::size_t i = 0; i < companies.size(); ++i) companies[i] = i;
  rng.shuffle(companies);
  std::size_t next_company = 0;
  int number = 1;
  auto new_deal = [&](std::size_t stage) {
    Deal d;
    d.id = sample_deal_id(number++);
    d.name = deal_name(companies[next_company++ % companies.size()], rng);
    d.owner = kOwners[static_cast<std::size_t>(rng.below(kOwners.size()))];
    d.stage = stage;
    d.amount = sample_amount(rng);
    return d;
  };
  // Open deals: later stages close sooner; one in six closes after the period.
  const int days_left = std::max(3, days_between(today, p.period.end));
  const std::vector<int> counts = funnel_counts(open_stages, 14);
  for (std::size_t stage = 0; stage < open_stages; ++stage) {
    for (int k = 0; k < counts[stage]; ++k) {
      Deal d = new_deal(stage);
      const int in_stage = rng.chance(0.2) ? uniform(rng, 35, 60) : uniform(rng, 2, 25);
      d.stage_entered = add_days(today, -in_stage);
      d.created = add_days(d.stage_entered, -uniform(rng, 5, 20) * static_cast<int>(stage));
      const double lateness = 1.0 - static_cast<double>(stage) / static_cast<double>(open_stages);
      const int close_in = rng.chance(1.0 / 6.0) ? days_left + uniform(rng, 10, 45)
                                                 : uniform(rng, 2, std::max(3, static_cast<int>(days_left * (0.4 + 0.6 * lateness))));
      d.close_date = add_days(today, std::min(close_in, days_left + 60));
      if (rng.chance(0.25)) d.close_date_pushes = uniform(rng, 1, 2);
      d.status = DealStatus::Open;
      // The rep's own call now and then: an upgrade to the next category, or a deal put aside.
      if (stage + 2 == open_stages && rng.chance(0.4)) d.category = ForecastCategory::Commit;
      if (stage == 1 && rng.chance(0.25)) d.category = ForecastCategory::Omitted;
      if (stage == 2 && rng.chance(0.3)) d.probability = 35;
      p.deals.push_back(std::move(d));
    }
  }
  // History: won deals (two in this period) and lost deals at open stages.
  for (int k = 0; k < 4; ++k) {
    Deal d = new_deal(won);
    d.status = DealStatus::Won;
    const int closed_ago = k < 2 ? uniform(rng, 0, std::max(0, days_between(p.period.start, today)))
                                 : days_between(p.period.start, today) + uniform(rng, 5, 80);
    d.close_date = add_days(today, -closed_ago);
    d.created = add_days(d.close_date, -uniform(rng, 30, 90));
    d.stage_entered = d.close_date;
    p.deals.push_back(std::move(d));
  }
  for (int k = 0; k < 4; ++k) {
    Deal d = new_deal(static_cast<std::size_t>(rng.below(open_stages)));
    d.status = DealStatus::Lost;
    d.close_date = add_days(today, -uniform(rng, 3, 100));
    d.created = add_days(d.close_date, -uniform(rng, 10, 60));
    d.stage_entered = d.created;
    p.deals.push_back(std::move(d));
  }
  // A quota the weighted pipeline and the bookings reach about four times in five.
  const PipelineMetrics m = compute_metrics(p);
  const std::int64_t weighted_in_period = [&] {
    std::int64_t cents = 0;
    for (const Deal& d : p.deals) {
      if (in_pipeline(p, d) && p.period.contains(d.close_date)) cents += d.amount.cents() * probability_of(p, d) / 100;
    }
    return cents;
  }();
  const std::int64_t target_units = (m.booked_in_period.cents() + weighted_in_period) * 11 / 10 / 100;
  p.quota = Money::from_units(std::max<std::int64_t>(10'000, (target_units + 9'999) / 10'000 * 10'000));
  return p;
}

}  // namespace dealdojo::pipeline
