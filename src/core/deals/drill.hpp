#pragma once
// Deal-term drills: seeded random problems (AOV, TCV, ACV, ramps, deferred revenue,
// discounts), each with its answer, the working, and the common slips a learner
// makes (gave TCV when asked AOV, started recognition at signature, divided by
// months instead of years, ...). The checker reads a typed answer with the same
// parser as the calculators and explains a wrong one.
//
// Deterministic: the generator only draws from the Rng it is given (the shared
// SplitMix64 in util/random.hpp), and the caller supplies the time for history records.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/json_reader.hpp"
#include "core/util/money.hpp"
#include "core/util/random.hpp"

namespace dealdojo::deals {

enum class DrillKind { Aov, Tcv, Acv, Ramp, Deferred, Discount };

inline constexpr std::array<DrillKind, 6> kAllDrillKinds = {DrillKind::Aov,  DrillKind::Tcv,      DrillKind::Acv,
                                                            DrillKind::Ramp, DrillKind::Deferred, DrillKind::Discount};

std::string_view drill_kind_name(DrillKind kind);  // "aov", "tcv", "acv", "ramp", "deferred", "discount"
std::optional<DrillKind> drill_kind_from_name(std::string_view name);

// A wrong answer a learner is likely to give, and what it shows they did.
struct DrillSlip {
  util::Money answer;
  std::string explanation;  // "That is the TCV: AOV divides the quote by the years."
};

struct DrillProblem {
  DrillKind kind = DrillKind::Aov;
  std::string prompt;                 // the question, with every number needed
  util::Money expected;               // the answer, exact to the cent
  std::vector<std::string> working;   // how to get there, step by step
  std::vector<DrillSlip> slips;       // distinct from `expected` and from each other
};

// Uniform in [low, high] (low ≤ high), from Rng::below so it is unbiased and
// the same on every platform.
int uniform_int(Rng& rng, int low, int high);

DrillProblem generate_problem(DrillKind kind, Rng& rng);
// `count` problems of kinds drawn uniformly from `kinds` (all kinds when empty).
std::vector<DrillProblem> generate_drill(Rng& rng, int count, std::span<const DrillKind> kinds = {});

enum class DrillVerdict {
  Correct,
  Wrong,
  Unreadable,  // not an amount: ask again, do not count it
};

struct DrillCheck {
  DrillVerdict verdict = DrillVerdict::Unreadable;
  util::Money given;        // the parsed answer (when readable)
  bool known_slip = false;  // the answer matched one of the problem's slips
  std::string feedback;     // "Correct: 500,000." or what went wrong and the right answer
};

// Reads `typed` with parse_money ("500,000", "$500000.00" are all fine) and
// compares it to the exact answer.
DrillCheck check_answer(const DrillProblem& problem, std::string_view typed);

// One answered problem, as plain data for the learner's history.
struct DrillRecord {
  DrillKind kind = DrillKind::Aov;
  bool correct = false;
  std::int64_t timestamp = 0;  // supplied by the caller (e.g. Unix seconds)
  util::Money expected;
  util::Money given;

  // The inverse of drill_record_to_json; nullopt after reporting each problem.
  static std::optional<DrillRecord> read(content::ObjectReader& fields);
};

// The record of a checked answer, or nullopt for an unreadable one.
std::optional<DrillRecord> make_drill_record(const DrillProblem& problem, const DrillCheck& check,
                                             std::int64_t timestamp);
// {"kind": "aov", "correct": true, "timestamp": 1767225600, "expected_cents": ..., "given_cents": ...}
nlohmann::json drill_record_to_json(const DrillRecord& record);

}  // namespace dealdojo::deals
