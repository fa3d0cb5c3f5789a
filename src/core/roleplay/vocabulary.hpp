#pragma once
// The words of a role-play scenario: the techniques a learner's line can use
// (Dale Carnegie's objection tactics and commitment methods, the supporting
// moves around them, and the anti-patterns), how good a move was, the buyer's
// mood, and how a conversation can end. Each has a fixed JSON name, a label for
// people and, for techniques, a one-line description the UI and debrief show.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace dealdojo::roleplay {

enum class Technique : std::uint8_t {
  // Objection tactics (seed 000, Planning 22).
  Cushion,
  Clarify,
  CrossCheck,
  ReplyDeny,
  ReplyAdmit,
  ReplyReverse,
  TrialCommitment,
  // Commitment methods (Planning 24).
  DirectQuestion,
  AlternateChoice,
  MinorPoint,
  NextStep,
  Opportunity,
  Weighing,
  // Supporting moves: connecting, questioning, presenting, OFNR.
  Connect,
  DiscoveryQuestion,
  ConfirmingQuestion,
  SummaryStatement,
  FactBenefitApplication,
  Story,
  WordPicture,
  OfnrObservation,
  OfnrFeeling,
  OfnrNeed,
  OfnrRequest,
  // Anti-patterns.
  Arguing,
  JumpingToPrice,
  PitchingBeforeQualifying,
  PressureTooEarly,
  Dismissing,
  OverPromising,
};
inline constexpr std::size_t kTechniqueCount = 30;

enum class TechniqueFamily : std::uint8_t { Tactic, Commitment, Supporting, AntiPattern };

// A set of techniques, one bit each.
using TechniqueMask = std::uint64_t;
constexpr TechniqueMask technique_bit(Technique t) { return TechniqueMask{1} << static_cast<unsigned>(t); }

inline constexpr TechniqueMask kReplyMask =
    technique_bit(Technique::ReplyDeny) | technique_bit(Technique::ReplyAdmit) | technique_bit(Technique::ReplyReverse);
inline constexpr TechniqueMask kCommitmentMask =
    technique_bit(Technique::DirectQuestion) | technique_bit(Technique::AlternateChoice) |
    technique_bit(Technique::MinorPoint) | technique_bit(Technique::NextStep) | technique_bit(Technique::Opportunity) |
    technique_bit(Technique::Weighing);
inline constexpr TechniqueMask kAntiPatternMask =
    technique_bit(Technique::Arguing) | technique_bit(Technique::JumpingToPrice) |
    technique_bit(Technique::PitchingBeforeQualifying) | technique_bit(Technique::PressureTooEarly) |
    technique_bit(Technique::Dismissing) | technique_bit(Technique::OverPromising);
// Presenting the solution: these belong after the buyer's needs are known.
inline constexpr TechniqueMask kPitchMask =
    technique_bit(Technique::SummaryStatement) | technique_bit(Technique::FactBenefitApplication) |
    technique_bit(Technique::Story) | technique_bit(Technique::WordPicture);
// Learning what the buyer needs.
inline constexpr TechniqueMask kQualifyMask = technique_bit(Technique::Clarify) |
                                              technique_bit(Technique::DiscoveryQuestion) |
                                              technique_bit(Technique::ConfirmingQuestion);

std::string_view technique_name(Technique t);         // "cross-check"
std::string_view technique_label(Technique t);        // "Cross-Check"
std::string_view technique_description(Technique t);  // one line, for the UI and the debrief
TechniqueFamily technique_family(Technique t);
std::string_view family_label(TechniqueFamily family);  // "objection tactic", "commitment method", ...
std::optional<Technique> parse_technique(std::string_view name);
const std::array<Technique, kTechniqueCount>& all_techniques();
bool is_reply(Technique t);
bool is_commitment(Technique t);
bool is_anti_pattern(Technique t);

// A technique name, or a family word: "reply" (any Reply), "commitment" (any
// commitment method). Used by `required` and by `used` in conditions.
struct TechniqueSet {
  TechniqueMask mask = 0;
  std::string_view label;  // "Clarify", "a Reply (Deny, Admit or Reverse)"
};
std::optional<TechniqueSet> parse_technique_set(std::string_view name);

// When a commitment method fits the moment (a condition in the scenario
// language, over the standard variables) and why, in one sentence.
std::string_view default_commitment_fit(Technique method);  // "trust >= 75 and resistance <= 40"
std::string_view commitment_fit_reason(Technique method);

enum class Grade : std::uint8_t { Best, Good, Weak, Poor };
std::string_view grade_name(Grade g);   // "best"
std::string_view grade_label(Grade g);  // "Best move"
int grade_percent(Grade g);             // 100, 70, 30, 0: the step's share of its points
std::optional<Grade> parse_grade(std::string_view name);

// Cold to warm; the UI can map mood_warmth() onto a colour scale.
enum class Mood : std::uint8_t { Hostile, Frustrated, Sceptical, Guarded, Neutral, Curious, Warm, Keen };
inline constexpr int kMoodCount = 8;
std::string_view mood_name(Mood m);  // "sceptical"
std::string_view mood_label(Mood m);  // "Sceptical"
int mood_warmth(Mood m);             // 0 (hostile) .. 7 (keen)
std::optional<Mood> parse_mood(std::string_view name);
// The mood that trust and resistance (0–100) imply, used wherever a node does not
// set one: low trust is cold whatever else, and warmth needs resistance to fall too.
Mood mood_for(int trust, int resistance);

enum class EndingKind : std::uint8_t { Committed, NextStep, Stalled, Lost };
std::string_view ending_name(EndingKind e);   // "next-step"
std::string_view ending_label(EndingKind e);  // "Next step agreed"
int ending_value(EndingKind e);               // 100, 75, 35, 0: compared with the scenario's best ending
std::optional<EndingKind> parse_ending(std::string_view name);

enum class ScenarioKind : std::uint8_t { Objection, Commitment, Conversation };
std::string_view scenario_kind_name(ScenarioKind k);  // "objection"
std::optional<ScenarioKind> parse_scenario_kind(std::string_view name);

}  // namespace dealdojo::roleplay
