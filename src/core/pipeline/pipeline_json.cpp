#include "core/pipeline/pipeline_json.hpp"

#include "core/content/pack.hpp"

namespace dealdojo::pipeline {

using json = nlohmann::ordered_json;

namespace {

json optional_number(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json line_to_json(const MetricLine& l) {
  return {{"key", l.key},         {"name", l.name},       {"available", l.available},
          {"value", l.value},     {"formula", l.formula}, {"working", l.working}};
}

json totals_to_json(const CategoryTotals& totals) {
  json out = json::object();
  for (const CategoryTotal& t : totals) {
    out[std::string(content::forecast_category_name(t.category))] = {{"deals", t.deals}, {"amount", money_json(t.amount)}};
  }
  return out;
}

json numbers_to_json(const ForecastNumbers& n) {
  return {{"closed", money_json(n.closed)},
          {"commit", money_json(n.commit)},
          {"best_case", money_json(n.best_case)},
          {"pipeline", money_json(n.pipeline)}};
}

}  // namespace

json money_json(Money amount) { return {{"cents", amount.cents()}, {"amount", util::format_money_plain(amount)}}; }

json metrics_to_json(const Pipeline& p, const PipelineMetrics& m) {
  json funnel = json::array();
  for (const StageFunnel& f : m.funnel) {
    funnel.push_back({{"stage", p.preset.stages[f.stage].id},
                      {"name", p.preset.stages[f.stage].name},
                      {"open_deals", f.open_deals},
                      {"value", money_json(f.open_value)},
                      {"weighted", money_json(f.weighted_value)},
                      {"stalled_deals", f.stalled_deals}});
  }
  json conversions = json::array();
  for (const StageConversion& c : m.conversions) {
    conversions.push_back({{"from", p.preset.stages[c.from_stage].id},
                           {"to", p.preset.stages[c.from_stage + 1].id},
                           {"moved_on", c.moved_on},
                           {"lost_here", c.lost_here},
                           {"measured", optional_number(c.measured)},
                           {"configured", c.configured},
                           {"working", c.working}});
  }
  json lines = json::array();
  for (const MetricLine& l : m.lines) lines.push_back(line_to_json(l));
  return {{"open_deals", m.open_deals},
          {"won_deals", m.won_deals},
          {"lost_deals", m.lost_deals},
          {"pipeline_value", money_json(m.pipeline_value)},
          {"weighted_pipeline", money_json(m.weighted_pipeline)},
          {"booked_in_period", money_json(m.booked_in_period)},
          {"pipeline_in_period", money_json(m.pipeline_in_period)},
          {"remaining_quota", money_json(m.remaining_quota)},
          {"win_rate", optional_number(m.win_rate)},
          {"average_deal_size", m.average_deal_size ? money_json(*m.average_deal_size) : json(nullptr)},
          {"sales_cycle_days", optional_number(m.sales_cycle_days)},
          {"sales_velocity_per_day", m.sales_velocity_per_day ? money_json(*m.sales_velocity_per_day) : json(nullptr)},
          {"coverage", optional_number(m.coverage)},
          {"deals_needed", m.deals_needed ? json(*m.deals_needed) : json(nullptr)},
          {"opportunities_needed", m.opportunities_needed ? json(*m.opportunities_needed) : json(nullptr)},
          {"funnel", funnel},
          {"conversions", conversions},
          {"lines", lines}};
}

json health_to_json(const Pipeline& p, const HealthReport& r) {
  json findings = json::array();
  for (const HealthFinding& f : r.findings) {
    findings.push_back({{"kind", std::string(health_kind_key(f.kind))},
                        {"stage", f.stage ? json(p.preset.stages[*f.stage].id) : json(nullptr)},
                        {"title", f.title},
                        {"reason", f.reason}});
  }
  return {{"healthy", r.healthy},
          {"summary", r.summary},
          {"early_deals", r.shape.early_deals},
          {"late_deals", r.shape.late_deals},
          {"expected_late_share", r.shape.expected_late_share},
          {"findings", findings}};
}

json rollup_to_json(const ForecastRollup& r) {
  json owners = json::array();
  for (const OwnerRollup& o : r.by_owner) {
    owners.push_back({{"owner", o.owner}, {"by_category", totals_to_json(o.by_category)}, {"forecast", numbers_to_json(o.forecast)}});
  }
  return {{"period", {{"start", format_date(r.period.start)}, {"end", format_date(r.period.end)}}},
          {"by_category", totals_to_json(r.by_category)},
          {"forecast", numbers_to_json(r.forecast)},
          {"by_owner", owners},
          {"working", r.working}};
}

json forecast_to_json(const ForecastResult& r, const ForecastSettings& s) {
  json histogram = json::array();
  for (const HistogramBin& b : r.histogram) {
    histogram.push_back({{"low", b.low_units}, {"high", b.high_units}, {"trials", b.trials}});
  }
  return {{"trials", r.trials},
          {"seed", s.seed},
          {"quota", r.quota_units},
          {"booked", r.booked_units},
          {"expected", r.expected_units},
          {"mean", r.mean_units},
          {"std_dev", r.std_dev_units},
          {"min", r.min_units},
          {"p10", r.p10_units},
          {"p50", r.p50_units},
          {"p90", r.p90_units},
          {"max", r.max_units},
          {"trials_reaching_quota", r.trials_reaching_quota},
          {"quota_probability", r.quota_probability},
          {"histogram", histogram},
          {"explanation", r.explanation}};
}

json week_report_to_json(const QuarterSim& sim, const WeekReport& r) {
  const PipelinePreset& preset = sim.config().preset;
  json plan = json::object();
  json worked = json::object();
  json unused = json::object();
  for (Activity a : kActivities) {
    plan[std::string(activity_key(a))] = r.plan[a];
    worked[std::string(activity_key(a))] = r.deals_worked[static_cast<std::size_t>(a)];
    unused[std::string(activity_key(a))] = r.unused_hours[static_cast<std::size_t>(a)];
  }
  plan["playbook"] = playbook_discipline_key(r.plan.playbook);
  json stages = json::array();
  for (std::size_t i = 0; i < r.stages.size(); ++i) {
    stages.push_back({{"stage", preset.stages[i].id}, {"deals", r.stages[i].deals}, {"value", money_json(r.stages[i].value)}});
  }
  json events = json::array();
  for (const WeekEvent& e : r.events) {
    events.push_back({{"kind", std::string(event_kind_key(e.kind))}, {"deal", e.deal_id}, {"text", e.text}});
  }
  return {{"week", r.week},
          {"plan", plan},
          {"leads_prospected", r.leads_prospected},
          {"leads_inbound", r.leads_inbound},
          {"referrals", r.referrals},
          {"advanced", r.advanced},
          {"won", r.won},
          {"declined", r.declined},
          {"went_cold", r.went_cold},
          {"booked_this_week", money_json(r.booked_this_week)},
          {"booked_total", money_json(r.booked_total)},
          {"pipeline_value", money_json(r.pipeline_value)},
          {"weighted_pipeline", money_json(r.weighted_pipeline)},
          {"customers", r.customers},
          {"stages", stages},
          {"deals_worked", worked},
          {"unused_hours", unused},
          {"events", events}};
}

json debrief_to_json(const QuarterSim& sim, const QuarterDebrief& d) {
  json hours = json::object();
  for (Activity a : kActivities) hours[std::string(activity_key(a))] = d.hours[static_cast<std::size_t>(a)];
  json drivers = json::array();
  for (const DebriefPoint& p : d.drivers) {
    drivers.push_back({{"kind", std::string(driver_kind_key(p.kind))}, {"text", p.text}, {"amount", money_json(p.amount)}});
  }
  json verdict = nullptr;
  if (const auto& v = d.verdict) {
    verdict = {{"kind", plan_verdict_key(v->kind)},
               {"final", v->final},
               {"weeks", v->weeks},
               {"weeks_changed", v->weeks_changed},
               {"change_weeks", v->change_weeks},
               {"average_share_moved", v->average_share_moved},
               {"shortest_hold", v->shortest_hold},
               {"hasty_changes", v->hasty_changes},
               {"last_hold", v->last_hold},
               {"explanation", v->explanation}};
  }
  return {{"booked", money_json(d.booked)},
          {"quota", money_json(d.quota)},
          {"reached_quota", d.reached_quota},
          {"quota_share", d.quota_share},
          {"hours", hours},
          {"drivers", drivers},
          {"verdict", verdict},
          {"final_pipeline_value", money_json(d.final_pipeline_value)},
          {"final_weighted_pipeline", money_json(d.final_weighted_pipeline)},
          {"final_health", health_to_json(sim.to_pipeline(), d.final_health)}};
}

}  // namespace dealdojo::pipeline
