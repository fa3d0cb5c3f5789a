// Pipeline metrics with their formulas and working.
//
// [SECTION] tallies  [SECTION] conversions  [SECTION] lines  [SECTION] opportunities needed
#include "core/pipeline/metrics.hpp"

#include <cmath>

#include "core/deals/calc_result.hpp"
#include "core/pipeline/pipeline_text.hpp"
#include "core/util/text.hpp"

namespace dealdojo::pipeline {

namespace {

std::string money(Money m) { return util::format_money(m); }

// Integer division rounded up, for positive divisors and non-negative numerators.
std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

MetricLine make_line(std::string key, std::string name, std::string formula) {
  MetricLine line;
  line.key = std::move(key);
  line.name = std::move(name);
  line.formula = std::move(formula);
  line.value = "n/a";
  return line;
}

void set_value(MetricLine& line, std::string value, std::string working) {
  line.available = true;
  line.value = std::move(value);
  line.working = std::move(working);
}

// Raw sums over the deals, before any division.
struct Tallies {
  std::int64_t weighted_cents_x100 = 0;  // Σ cents × percent: divided by 100 once, at the end
  std::int64_t won_cents = 0;
  std::int64_t cycle_days = 0;  // Σ (close - created) over won deals
};

// [SECTION] tallies ------------------------------------------------------------

Tallies tally(const Pipeline& p, PipelineMetrics& m) {
  Tallies t;
  const std::size_t open_stages = open_stage_count(p.preset);
  m.funnel.resize(open_stages);
  for (std::size_t i = 0; i < open_stages; ++i) m.funnel[i].stage = i;
  std::int64_t stage_weighted_x100[kMaxStages] = {};
  for (const Deal& d : p.deals) {
    if (d.status == DealStatus::Won) {
      ++m.won_deals;
      t.won_cents += d.amount.cents();
      t.cycle_days += days_between(d.created, d.close_date);
      if (p.period.contains(d.close_date)) m.booked_in_period = Money::from_cents(m.booked_in_period.cents() + d.amount.cents());
      continue;
    }
    if (d.status == DealStatus::Lost) {
      ++m.lost_deals;
      continue;
    }
    if (!in_pipeline(p, d)) continue;
    ++m.open_deals;
    const std::int64_t weighted = d.amount.cents() * probability_of(p, d);
    t.weighted_cents_x100 += weighted;
    m.pipeline_value = Money::from_cents(m.pipeline_value.cents() + d.amount.cents());
    if (p.period.contains(d.close_date)) {
      m.pipeline_in_period = Money::from_cents(m.pipeline_in_period.cents() + d.amount.cents());
    }
    StageFunnel& bar = m.funnel[d.stage];
    ++bar.open_deals;
    bar.open_value = Money::from_cents(bar.open_value.cents() + d.amount.cents());
    stage_weighted_x100[d.stage] += weighted;
    if (is_stalled(p, d)) ++bar.stalled_deals;
  }
  for (std::size_t i = 0; i < open_stages; ++i) {
    m.funnel[i].weighted_value = util::checked_div(Money::from_cents(stage_weighted_x100[i]), 100).value;
  }
  m.weighted_pipeline = util::checked_div(Money::from_cents(t.weighted_cents_x100), 100).value;
  return t;
}

// [SECTION] conversions --------------------------------------------------------

void measure_conversions(const Pipeline& p, PipelineMetrics& m) {
  const std::size_t open_stages = open_stage_count(p.preset);
  for (std::size_t s = 0; s < open_stages; ++s) {
    StageConversion c;
    c.from_stage = s;
    c.configured = p.preset.stages[s].conversion;
    for (const Deal& d : p.deals) {
      if (d.status == DealStatus::Won || d.stage > s) ++c.moved_on;
      else if (d.status == DealStatus::Lost && d.stage == s) ++c.lost_here;
    }
    const std::string head = p.preset.stages[s].name + " → " + p.preset.stages[s + 1].name + ": ";
    const std::string preset_note = " (preset " + format_share(c.configured) + ")";
    if (c.moved_on + c.lost_here == 0) {
      c.working = head + "no deal has left this stage yet" + preset_note;
    } else {
      c.measured = static_cast<double>(c.moved_on) / static_cast<double>(c.moved_on + c.lost_here);
      c.working = head + std::to_string(c.moved_on) + " moved on ÷ (" + std::to_string(c.moved_on) + " + " +
                  std::to_string(c.lost_here) + " lost there) = " + format_share(*c.measured) + preset_note;
    }
    m.conversions.push_back(std::move(c));
  }
}

// [SECTION] lines --------------------------------------------------------------

void value_lines(const Pipeline& p, const Tallies& t, PipelineMetrics& m) {
  MetricLine value = make_line("pipeline_value", "Pipeline value",
                               "Pipeline value = the sum of the amounts of open deals (omitted deals left out)");
  set_value(value, money(m.pipeline_value),
            "= " + money(m.pipeline_value) + " over " + text::count_noun(static_cast<std::int64_t>(m.open_deals),
                                                                          "open deal", "open deals"));
  m.lines.push_back(std::move(value));

  MetricLine weighted = make_line("weighted_pipeline", "Weighted pipeline",
                                  "Weighted pipeline = Σ amount × win probability, over the open deals");
  const bool rounded = t.weighted_cents_x100 % 100 != 0;
  set_value(weighted, money(m.weighted_pipeline),
            "= " + money(m.weighted_pipeline) + (rounded ? std::string(deals::kRoundedNote) : "") + ", " +
                format_share(m.pipeline_value.is_zero() ? 0.0
                                                        : static_cast<double>(m.weighted_pipeline.cents()) /
                                                              static_cast<double>(m.pipeline_value.cents())) +
                " of the pipeline value");
  m.lines.push_back(std::move(weighted));

  MetricLine booked = make_line("booked", "Booked this period",
                                "Booked = the sum of the deals won with a close date in the period");
  set_value(booked, money(m.booked_in_period),
            "= " + money(m.booked_in_period) + " between " + format_date(p.period.start) + " and " +
                format_date(p.period.end) + ", against a quota of " + money(p.quota));
  m.lines.push_back(std::move(booked));

  MetricLine coverage = make_line("coverage", "Pipeline coverage",
                                  "Coverage = open pipeline closing in the period ÷ (quota - booked)");
  m.remaining_quota = p.quota > m.booked_in_period ? Money::from_cents(p.quota.cents() - m.booked_in_period.cents())
                                                   : Money{};
  if (p.quota.is_zero()) {
    coverage.working = "There is no quota to cover.";
  } else if (m.remaining_quota.is_zero()) {
    coverage.working = "The quota is reached: " + money(m.booked_in_period) + " booked of " + money(p.quota) + ".";
  } else {
    m.coverage = static_cast<double>(m.pipeline_in_period.cents()) / static_cast<double>(m.remaining_quota.cents());
    set_value(coverage, format_multiple(*m.coverage),
              "= " + money(m.pipeline_in_period) + " ÷ (" + money(p.quota) + " - " + money(m.booked_in_period) +
                  ") = " + money(m.pipeline_in_period) + " ÷ " + money(m.remaining_quota) + " = " +
                  format_multiple(*m.coverage));
  }
  m.lines.push_back(std::move(coverage));
}

void history_lines(const Tallies& t, PipelineMetrics& m) {
  const std::size_t closed = m.won_deals + m.lost_deals;
  MetricLine win = make_line("win_rate", "Win rate", "Win rate = deals won ÷ deals closed (won + lost)");
  if (closed == 0) {
    win.working = "No deal has been won or lost yet.";
  } else {
    m.win_rate = static_cast<double>(m.won_deals) / static_cast<double>(closed);
    set_value(win, format_share(*m.win_rate),
              "= " + std::to_string(m.won_deals) + " ÷ (" + std::to_string(m.won_deals) + " + " +
                  std::to_string(m.lost_deals) + ") = " + format_share(*m.win_rate));
  }
  m.lines.push_back(std::move(win));

  MetricLine size = make_line("average_deal_size", "Average deal size", "Average deal size = amount won ÷ deals won");
  MetricLine cycle = make_line("sales_cycle_length", "Sales cycle length",
                               "Sales cycle length = average days from creation to close, over the deals won");
  if (m.won_deals == 0) {
    size.working = cycle.working = "No deal has been won yet.";
  } else {
    const auto won = static_cast<std::int64_t>(m.won_deals);
    const util::MoneyResult average = util::checked_div(Money::from_cents(t.won_cents), won);
    m.average_deal_size = average.value;
    set_value(size, money(average.value),
              "= " + money(Money::from_cents(t.won_cents)) + " ÷ " + std::to_string(won) + " = " +
                  money(average.value) + (average.rounded ? std::string(deals::kRoundedNote) : ""));
    m.sales_cycle_days = static_cast<double>(t.cycle_days) / static_cast<double>(won);
    set_value(cycle, format_days(*m.sales_cycle_days),
              "= " + format_days(static_cast<double>(t.cycle_days)) + " ÷ " + std::to_string(won) + " = " +
                  format_days(*m.sales_cycle_days));
  }
  m.lines.push_back(std::move(size));
  m.lines.push_back(std::move(cycle));
}

void velocity_lines(const Tallies& t, PipelineMetrics& m) {
  const std::int64_t won = static_cast<std::int64_t>(m.won_deals);
  const std::int64_t closed = won + static_cast<std::int64_t>(m.lost_deals);
  MetricLine velocity =
      make_line("sales_velocity", "Sales velocity",
                "Sales velocity = opportunities × win rate × average deal size ÷ sales cycle length (per day)");
  if (!m.win_rate || !m.average_deal_size || !m.sales_cycle_days) {
    velocity.working = "Needs a win rate, an average deal size and a sales cycle length: no deal has been won yet.";
  } else if (t.cycle_days == 0) {
    velocity.working = "The deals won closed the day they were created: a cycle of 0 days gives no rate.";
  } else {
    // n × (won ÷ closed) × (won_cents ÷ won) ÷ (cycle_days ÷ won), in one division.
    const double cents = static_cast<double>(m.open_deals) * static_cast<double>(t.won_cents) *
                         static_cast<double>(won) / (static_cast<double>(closed) * static_cast<double>(t.cycle_days));
    m.sales_velocity_per_day = Money::from_cents(std::llround(cents));
    set_value(velocity, money(*m.sales_velocity_per_day) + " per day",
              "= " + std::to_string(m.open_deals) + " × " + format_share(*m.win_rate) + " × " +
                  money(*m.average_deal_size) + " ÷ " + format_days(*m.sales_cycle_days) + " = " +
                  money(*m.sales_velocity_per_day) + " per day");
  }
  m.lines.push_back(std::move(velocity));

  MetricLine needed = make_line("deals_needed", "Deals still needed",
                                "Deals needed = (quota - booked) ÷ average deal size, rounded up");
  MetricLine opportunities = make_line("opportunities_needed", "Opportunities needed",
                                       "Opportunities needed = deals needed ÷ win rate, rounded up");
  if (m.remaining_quota.is_zero()) {
    needed.working = opportunities.working = "No more deals are needed: the quota is reached (or there is none).";
  } else if (won == 0 || t.won_cents == 0) {
    needed.working = opportunities.working = "Needs an average deal size and a win rate: no deal has been won yet.";
  } else {
    // remaining ÷ (won_cents ÷ won) exactly; remaining ≤ 10^14 cents and won ≤ 10^4 keep it in int64.
    const std::int64_t numerator = m.remaining_quota.cents() * won;
    m.deals_needed = ceil_div(numerator, t.won_cents);
    const bool deals_rounded = numerator % t.won_cents != 0;
    set_value(needed, std::to_string(*m.deals_needed),
              "= " + money(m.remaining_quota) + " ÷ " + money(*m.average_deal_size) + " = " +
                  std::to_string(*m.deals_needed) + (deals_rounded ? " (rounded up)" : ""));
    m.opportunities_needed = ceil_div(*m.deals_needed * closed, won);
    const bool opp_rounded = (*m.deals_needed * closed) % won != 0;
    set_value(opportunities, text::with_thousands(*m.opportunities_needed),
              "= " + std::to_string(*m.deals_needed) + " ÷ " + format_share(*m.win_rate) + " = " +
                  text::with_thousands(*m.opportunities_needed) + (opp_rounded ? " (rounded up)" : "") + "; the pipeline has " +
                  std::to_string(m.open_deals));
  }
  m.lines.push_back(std::move(needed));
  m.lines.push_back(std::move(opportunities));
}

}  // namespace

const MetricLine* PipelineMetrics::line(std::string_view key) const {
  for (const MetricLine& l : lines) {
    if (l.key == key) return &l;
  }
  return nullptr;
}

PipelineMetrics compute_metrics(const Pipeline& pipeline) {
  PipelineMetrics m;
  const Tallies t = tally(pipeline, m);
  measure_conversions(pipeline, m);
  value_lines(pipeline, t, m);
  history_lines(t, m);
  velocity_lines(t, m);
  return m;
}

// [SECTION] opportunities needed ---------------------------------------------

std::optional<std::int64_t> opportunities_needed(std::int64_t target_deals, int basis_points) {
  constexpr std::int64_t kMaxTarget = 1'000'000'000'000;  // keeps target × 10,000 inside int64
  if (target_deals < 0 || target_deals > kMaxTarget || basis_points < 1 || basis_points > 10000) return std::nullopt;
  return ceil_div(target_deals * 10000, basis_points);
}

MetricLine opportunities_needed_line(std::int64_t target_deals, int basis_points) {
  MetricLine line = make_line("opportunities_needed", "Opportunities needed",
                              "Opportunities needed = deals to win ÷ conversion rate, rounded up");
  const auto needed = opportunities_needed(target_deals, basis_points);
  if (!needed) {
    line.working = "Needs a target of 0 or more deals and a conversion rate above 0% and at most 100%.";
    return line;
  }
  const bool rounded = (target_deals * 10000) % basis_points != 0;
  set_value(line, text::with_thousands(*needed),
            "= " + text::with_thousands(target_deals) + " ÷ " + format_share(basis_points / 10000.0) + " = " +
                text::with_thousands(*needed) + (rounded ? " (rounded up)" : ""));
  return line;
}

}  // namespace dealdojo::pipeline
