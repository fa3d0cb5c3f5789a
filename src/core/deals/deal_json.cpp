#include "core/deals/deal_json.hpp"

#include "core/deals/deal_text.hpp"

namespace dealdojo::deals {

using util::Money;
using util::format_money_plain;

namespace {

// The common envelope; `fill` adds the values when the result is ok.
template <typename Values, typename Fill>
nlohmann::json envelope(const CalcResult<Values>& result, std::string_view calculator, Fill fill) {
  nlohmann::json out = {{"ok", result.ok()}, {"calculator", std::string(calculator)}};
  if (!result.ok()) {
    out["errors"] = util::field_errors_to_json(result.errors);
    return out;
  }
  fill(out, result.values);
  out["working"] = result.working;
  return out;
}

nlohmann::json recognition_to_json(const Recognition& r) {
  return {{"recognised", money_to_json(r.recognised)},
          {"cumulative", money_to_json(r.cumulative)},
          {"deferred", money_to_json(r.deferred)}};
}

nlohmann::json split_to_json(const MonthlySplit& split) {
  return {{"regular", money_to_json(split.regular)}, {"last", money_to_json(split.last)}, {"rounded", split.rounded}};
}

}  // namespace

nlohmann::json money_to_json(Money amount) {
  return {{"cents", amount.cents()}, {"amount", format_money_plain(amount)}};
}

nlohmann::json result_to_json(const AovResult& result) {
  return envelope(result, "aov", [](nlohmann::json& out, const AovValues& v) {
    out["quote"] = money_to_json(v.quote);
    out["term_months"] = v.term_months;
    out["aov"] = money_to_json(v.aov);
  });
}

nlohmann::json result_to_json(const TcvResult& result) {
  return envelope(result, "tcv", [](nlohmann::json& out, const TcvValues& v) {
    out["aov"] = money_to_json(v.aov);
    out["term_months"] = v.term_months;
    out["tcv"] = money_to_json(v.tcv);
  });
}

nlohmann::json result_to_json(const AcvResult& result) {
  return envelope(result, "acv", [](nlohmann::json& out, const AcvValues& v) {
    out["previous_aov"] = money_to_json(v.previous_aov);
    out["new_aov"] = money_to_json(v.new_aov);
    out["acv"] = money_to_json(v.acv);
  });
}

nlohmann::json result_to_json(const RampResult& result) {
  return envelope(result, "ramp", [](nlohmann::json& out, const RampValues& v) {
    nlohmann::json years = nlohmann::json::array();
    for (const RampYear& y : v.years) {
      years.push_back({{"year", y.year}, {"aov", money_to_json(y.aov)}, {"acv", money_to_json(y.acv)}});
    }
    out["years"] = years;
    out["previous_aov"] = money_to_json(v.previous_aov);
    out["tcv"] = money_to_json(v.tcv);
    out["average_aov"] = money_to_json(v.average_aov);
  });
}

nlohmann::json result_to_json(const DeferredResult& result) {
  return envelope(result, "deferred", [](nlohmann::json& out, const DeferredValues& v) {
    out["invoice"] = money_to_json(v.invoice);
    out["term_months"] = v.term_months;
    out["signed"] = format_year_month(v.signed_month);
    out["activated"] = format_year_month(v.activation_month);
    out["last_month"] = format_year_month(v.last_month);
    out["months_before_activation"] = v.months_before_activation;
    out["licence"] = money_to_json(v.licence);
    out["maintenance"] = money_to_json(v.maintenance);
    out["subscription_monthly"] = split_to_json(v.subscription_split);
    out["maintenance_monthly"] = split_to_json(v.maintenance_split);
    nlohmann::json rows = nlohmann::json::array();
    for (const DeferredRow& row : v.rows) {
      rows.push_back({{"month", format_year_month(row.month)},
                      {"in_service", row.in_service},
                      {"subscription", recognition_to_json(row.subscription)},
                      {"on_premises", recognition_to_json(row.on_premises)}});
    }
    out["rows"] = rows;
  });
}

nlohmann::json result_to_json(const DiscountResult& result) {
  return envelope(result, "discount", [](nlohmann::json& out, const DiscountValues& v) {
    out["list_price"] = money_to_json(v.list_price);
    out["basis_points"] = v.basis_points;
    out["percent"] = format_percent(v.basis_points);
    out["discount"] = money_to_json(v.discount);
    out["net_price"] = money_to_json(v.net_price);
    out["approver"] = v.approval.approver;
    out["approval_rule"] = v.approval.rule;
  });
}

nlohmann::json problem_to_json(const DrillProblem& problem) {
  nlohmann::json slips = nlohmann::json::array();
  for (const DrillSlip& slip : problem.slips) {
    slips.push_back({{"answer", money_to_json(slip.answer)}, {"explanation", slip.explanation}});
  }
  return {{"kind", std::string(drill_kind_name(problem.kind))},
          {"prompt", problem.prompt},
          {"answer", money_to_json(problem.expected)},
          {"working", problem.working},
          {"slips", slips}};
}

}  // namespace dealdojo::deals
