// The pipeline model: stage helpers, the built-in default preset, and the checks.
//
// [SECTION] stages  [SECTION] default preset  [SECTION] deals  [SECTION] checks
#include "core/pipeline/pipeline.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace dealdojo::pipeline {

// [SECTION] stages -----------------------------------------------------------

std::string_view deal_status_name(DealStatus status) {
  switch (status) {
    case DealStatus::Open: return "open";
    case DealStatus::Won: return "won";
    case DealStatus::Lost: return "lost";
  }
  return "open";
}

std::optional<DealStatus> parse_deal_status(std::string_view name) {
  for (DealStatus s : {DealStatus::Open, DealStatus::Won, DealStatus::Lost}) {
    if (deal_status_name(s) == name) return s;
  }
  return std::nullopt;
}

std::size_t won_stage(const PipelinePreset& preset) {
  for (std::size_t i = 0; i < preset.stages.size(); ++i) {
    if (preset.stages[i].forecast_category == ForecastCategory::Closed) return i;
  }
  return preset.stages.empty() ? 0 : preset.stages.size() - 1;
}

std::size_t open_stage_count(const PipelinePreset& preset) { return won_stage(preset); }

double conversion_win_chance(const PipelinePreset& preset, std::size_t stage) {
  double chance = 1.0;
  for (std::size_t i = stage; i < won_stage(preset); ++i) chance *= preset.stages[i].conversion;
  return chance;
}

bool same_stages(const PipelinePreset& a, const PipelinePreset& b) {
  if (a.stages.size() != b.stages.size()) return false;
  for (std::size_t i = 0; i < a.stages.size(); ++i) {
    const PipelineStage& x = a.stages[i];
    const PipelineStage& y = b.stages[i];
    if (x.id != y.id || x.name != y.name || x.probability != y.probability || x.conversion != y.conversion ||
        x.forecast_category != y.forecast_category || x.exit_criteria != y.exit_criteria) {
      return false;
    }
  }
  return true;
}

std::optional<std::size_t> find_stage(const PipelinePreset& preset, std::string_view id) {
  for (std::size_t i = 0; i < preset.stages.size(); ++i) {
    if (preset.stages[i].id == id) return i;
  }
  return std::nullopt;
}

// [SECTION] default preset ---------------------------------------------------

const PipelinePreset& default_preset() {
  static const PipelinePreset preset = [] {
    using C = ForecastCategory;
    PipelinePreset p;
    p.id = "default";
    p.name = "Standard B2B sales process";
    p.stages = {
        {"prospecting", "Prospecting", 5, 0.3, C::Pipeline,
         {"The lead fits the target audience and the company has been researched",
          "A named contact with working contact details has been found",
          "The contact has replied to the first outreach"}},
        {"lead-qualification", "Lead qualification", 10, 0.5, C::Pipeline,
         {"The prospect has described a need the product can meet",
          "Budget, the person with authority to buy and a timeline are known",
          "The prospect has agreed to a call or demo"}},
        {"sales-call-demo", "Sales call/demo", 25, 0.55, C::Pipeline,
         {"The demo was tailored to the needs found in qualification",
          "The prospect confirms the solution addresses their problem",
          "The other people involved in the decision have been identified and invited",
          "The prospect has asked for a proposal or a quote"}},
        {"proposal", "Proposal", 50, 0.6, C::BestCase,
         {"The proposal or quote has been delivered to the decision-makers",
          "The prospect has reviewed it and booked a meeting to discuss terms"}},
        {"negotiation-commitment", "Negotiation and commitment", 75, 0.75, C::Commit,
         {"Price and terms are agreed by both sides", "The decision-makers have given their buy-in",
          "The prospect has said they will sign"}},
        {"contract-signing", "Contract signing", 90, 0.9, C::Commit,
         {"The contract is signed by both parties",
          "The order is booked and the account handed over to onboarding or customer success"}},
        {"post-purchase", "Post-purchase", 100, 1.0, C::Closed,
         {"The customer confirms they received what they bought",
          "The customer has been introduced to the onboarding or customer success team",
          "Value has been reviewed with the customer, opening the way to upsell, cross-sell or a referral"}},
    };
    return p;
  }();
  return preset;
}

// [SECTION] deals ------------------------------------------------------------

ForecastCategory category_of(const Pipeline& pipeline, const Deal& deal) {
  if (deal.status == DealStatus::Won) return ForecastCategory::Closed;
  if (deal.status == DealStatus::Lost) return ForecastCategory::Omitted;
  if (deal.category) return *deal.category;
  return pipeline.preset.stages[deal.stage].forecast_category;
}

int probability_of(const Pipeline& pipeline, const Deal& deal) {
  if (deal.status == DealStatus::Won) return 100;
  if (deal.status == DealStatus::Lost) return 0;
  if (deal.probability) return *deal.probability;
  return pipeline.preset.stages[deal.stage].probability;
}

bool in_pipeline(const Pipeline& pipeline, const Deal& deal) {
  return deal.status == DealStatus::Open && category_of(pipeline, deal) != ForecastCategory::Omitted;
}

int days_in_stage(const Pipeline& pipeline, const Deal& deal) {
  return days_between(deal.stage_entered, pipeline.as_of);
}

bool is_stalled(const Pipeline& pipeline, const Deal& deal) {
  return deal.status == DealStatus::Open && days_in_stage(pipeline, deal) > pipeline.stalled_after_days;
}

const std::string& display_name(const Deal& deal) { return deal.name.empty() ? deal.id : deal.name; }

// [SECTION] checks -----------------------------------------------------------

namespace {

std::string amount_text(Money m) { return util::format_money(m); }

void check_stages(const PipelinePreset& preset, std::string_view file, content::DiagnosticSink& sink) {
  if (preset.stages.size() < kMinStages || preset.stages.size() > kMaxStages) {
    sink.error(file, "/stages",
               "a pipeline needs " + std::to_string(kMinStages) + " to " + std::to_string(kMaxStages) +
                   " stages; this one has " + std::to_string(preset.stages.size()));
    return;
  }
  std::set<std::string, std::less<>> ids;
  for (std::size_t i = 0; i < preset.stages.size(); ++i) {
    const PipelineStage& s = preset.stages[i];
    const std::string at = "/stages/" + std::to_string(i);
    if (s.id.empty()) sink.error(file, at + "/id", "the stage has no id: add one such as 'proposal'");
    else if (!ids.insert(s.id).second) sink.error(file, at + "/id", "the stage id '" + s.id + "' is used twice");
    if (s.name.empty()) sink.error(file, at + "/name", "the stage has no name: add one");
    if (s.probability < 0 || s.probability > 100) {
      sink.error(file, at + "/probability", "must be a percentage from 0 to 100, not " + std::to_string(s.probability));
    }
    if (!(s.conversion >= 0.0 && s.conversion <= 1.0)) {  // also refuses NaN
      sink.error(file, at + "/conversion", "must be a share from 0 to 1 of the deals that move on");
    }
  }
  if (won_stage(preset) == 0) {
    sink.error(file, "/stages/0/forecast_category",
               "the first stage cannot be the closed (won) stage: open deals need a stage before it");
  }
}

void check_deal(const Pipeline& p, std::size_t index, std::string_view file, content::DiagnosticSink& sink) {
  const Deal& d = p.deals[index];
  const std::string at = "/deals/" + std::to_string(index);
  const std::size_t won = won_stage(p.preset);
  if (d.id.empty()) sink.error(file, at + "/id", "the deal has no id: add one such as 'acme-renewal'");
  if (d.stage >= p.preset.stages.size()) {
    sink.error(file, at + "/stage", "the deal is at a stage that does not exist");
    return;  // the checks below read the stage
  }
  const std::string& stage_name = p.preset.stages[d.stage].name;
  if (d.amount.is_negative()) sink.error(file, at + "/amount", "the amount cannot be negative");
  if (d.amount > kMaxDealAmount) {
    sink.error(file, at + "/amount", "the amount is above the largest accepted, " + amount_text(kMaxDealAmount));
  }
  if (d.created > p.as_of) {
    sink.error(file, at + "/created", "the deal was created on " + format_date(d.created) + ", after as_of (" +
                                          format_date(p.as_of) + ")");
  }
  if (d.stage_entered < d.created) {
    sink.error(file, at + "/stage_entered", "the deal entered its stage on " + format_date(d.stage_entered) +
                                                ", before it was created (" + format_date(d.created) + ")");
  } else if (d.stage_entered > p.as_of) {
    sink.error(file, at + "/stage_entered", "the deal entered its stage on " + format_date(d.stage_entered) +
                                                ", after as_of (" + format_date(p.as_of) + ")");
  }
  if (d.probability && (*d.probability < 0 || *d.probability > 100)) {
    sink.error(file, at + "/probability", "must be a percentage from 0 to 100, not " + std::to_string(*d.probability));
  }
  if (d.close_date_pushes < 0 || d.close_date_pushes > kMaxPushes) {
    sink.error(file, at + "/close_date_pushes", "must be from 0 to " + std::to_string(kMaxPushes));
  }
  switch (d.status) {
    case DealStatus::Open:
      if (d.stage >= won) {
        sink.error(file, at + "/stage",
                   "'" + stage_name + "' is the won stage: set \"status\": \"won\" or move the deal to an open stage");
      }
      if (d.category == ForecastCategory::Closed) {
        sink.error(file, at + "/forecast_category",
                   "an open deal cannot be in the closed category: set \"status\": \"won\" once it is signed");
      }
      if (d.close_date < p.as_of) {
        sink.warning(file, at + "/close_date",
                     "the expected close date " + format_date(d.close_date) + " has passed: move it out (and count "
                     "the push) or close the deal");
      }
      break;
    case DealStatus::Won:
    case DealStatus::Lost:
      if (d.status == DealStatus::Won && d.stage < won) {
        sink.error(file, at + "/stage", "a won deal belongs at the won stage '" + p.preset.stages[won].id +
                                            "', not at '" + p.preset.stages[d.stage].id + "'");
      }
      if (d.status == DealStatus::Lost && d.stage >= won) {
        sink.error(file, at + "/stage", "a lost deal is recorded at the stage where it was lost, which must come "
                                        "before the won stage '" + p.preset.stages[won].id + "'");
      }
      if (d.close_date < d.created) {
        sink.error(file, at + "/close_date", "the deal closed on " + format_date(d.close_date) +
                                                 ", before it was created (" + format_date(d.created) + ")");
      } else if (d.close_date > p.as_of) {
        sink.error(file, at + "/close_date", "the deal closed on " + format_date(d.close_date) + ", after as_of (" +
                                                 format_date(p.as_of) + "); a closed deal's date is when it closed");
      }
      if (d.category) {
        sink.warning(file, at + "/forecast_category", "a closed deal's category is fixed (won: closed, lost: "
                                                      "omitted); this one is ignored");
      }
      break;
  }
}

}  // namespace

std::vector<content::Diagnostic> check_pipeline(const Pipeline& p, std::string_view file) {
  content::DiagnosticSink sink;
  check_stages(p.preset, file, sink);
  if (sink.has_errors()) return sink.take();  // the deals refer to the stages
  if (p.period.end < p.period.start) {
    sink.error(file, "/period/end", "the period ends (" + format_date(p.period.end) + ") before it starts (" +
                                        format_date(p.period.start) + ")");
  } else if (p.period.days() > kMaxPeriodDays) {
    sink.error(file, "/period", "a period of more than " + std::to_string(kMaxPeriodDays) + " days is not a forecast "
                                "period; use a quarter or a year");
  }
  if (p.quota.is_negative()) sink.error(file, "/quota", "the quota cannot be negative");
  if (p.quota > util::kMaxAmount) sink.error(file, "/quota", "the quota is above the largest amount accepted");
  if (p.stalled_after_days < 1 || p.stalled_after_days > 365) {
    sink.error(file, "/stalled_after_days", "must be from 1 to 365 days, not " + std::to_string(p.stalled_after_days));
  }
  if (p.deals.size() > kMaxDeals) {
    sink.error(file, "/deals", "a pipeline holds at most " + std::to_string(kMaxDeals) + " deals; this one has " +
                                   std::to_string(p.deals.size()));
    return sink.take();
  }
  std::set<std::string, std::less<>> ids;
  for (std::size_t i = 0; i < p.deals.size() && !sink.full(); ++i) {
    check_deal(p, i, file, sink);
    if (!p.deals[i].id.empty() && !ids.insert(p.deals[i].id).second) {
      sink.error(file, "/deals/" + std::to_string(i) + "/id", "the deal id '" + p.deals[i].id + "' is used twice");
    }
  }
  return sink.take();
}

}  // namespace dealdojo::pipeline
