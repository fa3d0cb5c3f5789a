#pragma once
// Machine-readable forms of the deal calculators' results (the CLI's --json).
// Amounts are {"cents": 50000000, "amount": "500000.00"}: exact integers plus an
// exact decimal string, never a float. Percentages are basis points.
// A result is {"ok": true, "calculator": "aov", ..., "working": [...]} or
// {"ok": false, "calculator": "aov", "errors": [{"field": ..., "message": ...}]}, each
// field named as util::field_name gives it ("quote", "year_amounts[2]").
#include <nlohmann/json.hpp>

#include "core/deals/calc_result.hpp"
#include "core/deals/contract_values.hpp"
#include "core/deals/deferred_revenue.hpp"
#include "core/deals/discount.hpp"
#include "core/deals/drill.hpp"

namespace dealdojo::deals {

nlohmann::json money_to_json(util::Money amount);

nlohmann::json result_to_json(const AovResult& result);
nlohmann::json result_to_json(const TcvResult& result);
nlohmann::json result_to_json(const AcvResult& result);
nlohmann::json result_to_json(const RampResult& result);
nlohmann::json result_to_json(const DeferredResult& result);
nlohmann::json result_to_json(const DiscountResult& result);

// {"kind": "aov", "prompt": ..., "answer": {money}, "working": [...], "slips": [{"answer": ..., "explanation": ...}]}
nlohmann::json problem_to_json(const DrillProblem& problem);

}  // namespace dealdojo::deals
