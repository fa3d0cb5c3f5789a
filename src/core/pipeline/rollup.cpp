#include "core/pipeline/rollup.hpp"

#include <algorithm>

namespace dealdojo::pipeline {

namespace {

CategoryTotals empty_totals() {
  CategoryTotals totals;
  for (std::size_t i = 0; i < kCategoryCount; ++i) totals[i].category = static_cast<ForecastCategory>(i);
  return totals;
}

void add(CategoryTotals& totals, ForecastCategory category, Money amount) {
  CategoryTotal& t = totals[static_cast<std::size_t>(category)];
  ++t.deals;
  t.amount = Money::from_cents(t.amount.cents() + amount.cents());
}

Money plus(Money a, Money b) { return Money::from_cents(a.cents() + b.cents()); }

ForecastNumbers cumulate(const CategoryTotals& t) {
  auto amount = [&](ForecastCategory c) { return t[static_cast<std::size_t>(c)].amount; };
  ForecastNumbers n;
  n.closed = amount(ForecastCategory::Closed);
  n.commit = plus(n.closed, amount(ForecastCategory::Commit));
  n.best_case = plus(n.commit, amount(ForecastCategory::BestCase));
  n.pipeline = plus(n.best_case, amount(ForecastCategory::Pipeline));
  return n;
}

}  // namespace

std::string_view category_title(ForecastCategory category) {
  switch (category) {
    case ForecastCategory::Pipeline: return "Pipeline";
    case ForecastCategory::BestCase: return "Best Case";
    case ForecastCategory::Commit: return "Commit";
    case ForecastCategory::Closed: return "Closed";
    case ForecastCategory::Omitted: return "Omitted";
  }
  return "Pipeline";
}

ForecastRollup rollup_forecast(const Pipeline& pipeline, const Period& period) {
  ForecastRollup r;
  r.period = period;
  r.by_category = empty_totals();
  for (const Deal& d : pipeline.deals) {
    if (d.status == DealStatus::Lost || !period.contains(d.close_date)) continue;
    const ForecastCategory category = category_of(pipeline, d);
    add(r.by_category, category, d.amount);
    auto owner = std::find_if(r.by_owner.begin(), r.by_owner.end(), [&](const OwnerRollup& o) { return o.owner == d.owner; });
    if (owner == r.by_owner.end()) {
      r.by_owner.push_back({d.owner, empty_totals(), {}});
      owner = r.by_owner.end() - 1;
    }
    add(owner->by_category, category, d.amount);
  }
  std::sort(r.by_owner.begin(), r.by_owner.end(), [](const OwnerRollup& a, const OwnerRollup& b) { return a.owner < b.owner; });
  for (OwnerRollup& o : r.by_owner) o.forecast = cumulate(o.by_category);
  r.forecast = cumulate(r.by_category);

  auto money = [](Money m) { return util::format_money(m); };
  auto amount = [&](ForecastCategory c) { return money(r.total(c).amount); };
  r.working = {
      "Closed = won deals closing in the period = " + money(r.forecast.closed),
      "Commit forecast = Closed + Commit = " + money(r.forecast.closed) + " + " + amount(ForecastCategory::Commit) +
          " = " + money(r.forecast.commit),
      "Best case forecast = Commit forecast + Best Case = " + money(r.forecast.commit) + " + " +
          amount(ForecastCategory::BestCase) + " = " + money(r.forecast.best_case),
      "Pipeline forecast = Best case forecast + Pipeline = " + money(r.forecast.best_case) + " + " +
          amount(ForecastCategory::Pipeline) + " = " + money(r.forecast.pipeline),
      "Omitted (not forecast): " + amount(ForecastCategory::Omitted),
  };
  return r;
}

}  // namespace dealdojo::pipeline
