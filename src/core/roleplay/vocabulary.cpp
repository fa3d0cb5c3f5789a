#include "core/roleplay/vocabulary.hpp"

namespace dealdojo::roleplay {
namespace {

struct TechniqueInfo {
  Technique technique;
  std::string_view name;
  std::string_view label;
  TechniqueFamily family;
  std::string_view description;
};

// In enum order. Descriptions paraphrase the study guide's tactics and methods.
constexpr std::array<TechniqueInfo, kTechniqueCount> kTechniques = {{
    {Technique::Cushion, "cushion", "Cushion", TechniqueFamily::Tactic,
     "Shows you heard the concern and that it matters to the buyer, without agreeing, disagreeing or answering it."},
    {Technique::Clarify, "clarify", "Clarify", TechniqueFamily::Tactic,
     "A non-threatening question that gets the buyer to say what the concern really is."},
    {Technique::CrossCheck, "cross-check", "Cross-Check", TechniqueFamily::Tactic,
     "Checks that this concern is the only thing standing between the buyer and a decision."},
    {Technique::ReplyDeny, "reply-deny", "Reply-Deny", TechniqueFamily::Tactic,
     "Corrects a false belief or a piece of misinformation, with the facts that show it."},
    {Technique::ReplyAdmit, "reply-admit", "Reply-Admit", TechniqueFamily::Tactic,
     "Owns a real problem, past or present, and explains what is different now."},
    {Technique::ReplyReverse, "reply-reverse", "Reply-Reverse", TechniqueFamily::Tactic,
     "Turns the concern itself into a reason to go ahead."},
    {Technique::TrialCommitment, "trial-commitment", "Trial Commitment", TechniqueFamily::Tactic,
     "Asks whether the concern has been dealt with before you move on."},
    {Technique::DirectQuestion, "direct-question", "Direct Question", TechniqueFamily::Commitment,
     "Asks plainly for the decision."},
    {Technique::AlternateChoice, "alternate-choice", "Alternate Choice", TechniqueFamily::Commitment,
     "Offers two good options and asks the buyer to pick one."},
    {Technique::MinorPoint, "minor-point", "Minor Point", TechniqueFamily::Commitment,
     "Asks for a small decision that only makes sense once the big one is made."},
    {Technique::NextStep, "next-step", "Next-Step", TechniqueFamily::Commitment,
     "Treats the decision as made and arranges what happens after it."},
    {Technique::Opportunity, "opportunity", "Opportunity", TechniqueFamily::Commitment,
     "Points to a real, time-limited reason to decide now."},
    {Technique::Weighing, "weighing", "Weighing", TechniqueFamily::Commitment,
     "Sets the buyer's doubts against the value so they can see which weighs more."},
    {Technique::Connect, "connect", "Connect", TechniqueFamily::Supporting,
     "Builds rapport and shows you care about the buyer, not only the sale."},
    {Technique::DiscoveryQuestion, "discovery-question", "Discovery question", TechniqueFamily::Supporting,
     "An open question about needs, goals, obstacles or what a change would mean."},
    {Technique::ConfirmingQuestion, "confirming-question", "Confirming question", TechniqueFamily::Supporting,
     "Plays back what you heard and checks you understood it."},
    {Technique::SummaryStatement, "summary-statement", "Summary Statement", TechniqueFamily::Supporting,
     "\"Based on what you've told me...\": restates what the buyer wants and why, then recommends."},
    {Technique::FactBenefitApplication, "fact-benefit-application", "Fact, Benefit, Application",
     TechniqueFamily::Supporting, "A provable fact, what it gives any customer, and how this buyer will use it."},
    {Technique::Story, "story", "Customer story", TechniqueFamily::Supporting,
     "Another customer's situation before, what they did, and the benefit they got."},
    {Technique::WordPicture, "word-picture", "Word Picture", TechniqueFamily::Supporting,
     "Paints the buyer already enjoying the result, in the present tense."},
    {Technique::OfnrObservation, "ofnr-observation", "OFNR: Observation", TechniqueFamily::Supporting,
     "Names what happened and what is at stake, as facts without blame."},
    {Technique::OfnrFeeling, "ofnr-feeling", "OFNR: Feeling", TechniqueFamily::Supporting,
     "Acknowledges how the buyer feels about it."},
    {Technique::OfnrNeed, "ofnr-need", "OFNR: Need", TechniqueFamily::Supporting,
     "Finds out what the buyer needs now."},
    {Technique::OfnrRequest, "ofnr-request", "OFNR: Request", TechniqueFamily::Supporting,
     "Agrees the specific thing the buyer is asking for and what you will do."},
    {Technique::Arguing, "arguing", "Arguing", TechniqueFamily::AntiPattern,
     "Contradicts or lectures the buyer, which makes them defend their position."},
    {Technique::JumpingToPrice, "jumping-to-price", "Jumping to price", TechniqueFamily::AntiPattern,
     "Offers a discount or talks price before understanding the concern."},
    {Technique::PitchingBeforeQualifying, "pitching-before-qualifying", "Pitching before qualifying",
     TechniqueFamily::AntiPattern, "Presents the product before learning what the buyer needs."},
    {Technique::PressureTooEarly, "pressure-too-early", "Pressure too early", TechniqueFamily::AntiPattern,
     "Pushes for a decision before trust is built or the concern is resolved."},
    {Technique::Dismissing, "dismissing", "Dismissing the concern", TechniqueFamily::AntiPattern,
     "Brushes the concern aside instead of listening to it."},
    {Technique::OverPromising, "over-promising", "Over-promising", TechniqueFamily::AntiPattern,
     "Promises what you cannot be sure to deliver, to win the moment."},
}};

constexpr std::array<std::string_view, 6> kFitConditions = {
    "trust >= 60 and resistance <= 40",                   // direct question
    "trust >= 50 and clarity >= 60 and resistance <= 50",  // alternate choice
    "trust >= 60 and resistance <= 30",                   // minor point
    "trust >= 60 and resistance <= 30",                   // next step
    "trust >= 75 and resistance <= 40",                   // opportunity
    "trust >= 40 and resistance >= 20",                   // weighing
};

constexpr std::array<std::string_view, 6> kFitReasons = {
    "Asking outright works once the buyer trusts you and the main doubts are settled.",
    "Two options help only when the buyer understands both and trusts you enough to pick one.",
    "A small decision stands for the big one only when the big one is all but made.",
    "Arranging what happens after the decision assumes the sale; with doubts left it feels presumptuous.",
    "A time-limited reason to decide feels like a sales trick unless the buyer already trusts you.",
    "Weighing suits a buyer who still has second thoughts; with none left it only reopens them.",
};

constexpr std::array<std::string_view, 4> kGradeNames = {"best", "good", "weak", "poor"};
constexpr std::array<std::string_view, 4> kGradeLabels = {"Best move", "Good", "Weak", "Poor"};
constexpr std::array<int, 4> kGradePercents = {100, 70, 30, 0};

constexpr std::array<std::string_view, kMoodCount> kMoodNames = {"hostile", "frustrated", "sceptical", "guarded",
                                                                 "neutral", "curious",    "warm",      "keen"};
constexpr std::array<std::string_view, kMoodCount> kMoodLabels = {"Hostile", "Frustrated", "Sceptical", "Guarded",
                                                                  "Neutral", "Curious",    "Warm",      "Keen"};

constexpr std::array<std::string_view, 4> kEndingNames = {"committed", "next-step", "stalled", "lost"};
constexpr std::array<std::string_view, 4> kEndingLabels = {"Committed", "Next step agreed", "Stalled", "Lost"};
constexpr std::array<int, 4> kEndingValues = {100, 75, 35, 0};

constexpr std::array<std::string_view, 3> kKindNames = {"objection", "commitment", "conversation"};

template <typename Enum, std::size_t N>
std::optional<Enum> find_name(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

std::size_t index_of(Technique t) { return static_cast<std::size_t>(t); }

std::size_t method_index(Technique method) {
  return static_cast<std::size_t>(method) - static_cast<std::size_t>(Technique::DirectQuestion);
}

}  // namespace

std::string_view technique_name(Technique t) { return kTechniques[index_of(t)].name; }
std::string_view technique_label(Technique t) { return kTechniques[index_of(t)].label; }
std::string_view technique_description(Technique t) { return kTechniques[index_of(t)].description; }
TechniqueFamily technique_family(Technique t) { return kTechniques[index_of(t)].family; }

std::string_view family_label(TechniqueFamily family) {
  switch (family) {
    case TechniqueFamily::Tactic: return "objection tactic";
    case TechniqueFamily::Commitment: return "commitment method";
    case TechniqueFamily::Supporting: return "supporting move";
    case TechniqueFamily::AntiPattern: return "anti-pattern";
  }
  return "";
}

std::optional<Technique> parse_technique(std::string_view name) {
  for (const TechniqueInfo& info : kTechniques) {
    if (info.name == name) return info.technique;
  }
  return std::nullopt;
}

const std::array<Technique, kTechniqueCount>& all_techniques() {
  static const std::array<Technique, kTechniqueCount> list = [] {
    std::array<Technique, kTechniqueCount> out{};
    for (std::size_t i = 0; i < kTechniqueCount; ++i) out[i] = kTechniques[i].technique;
    return out;
  }();
  return list;
}

bool is_reply(Technique t) { return (technique_bit(t) & kReplyMask) != 0; }
bool is_commitment(Technique t) { return technique_family(t) == TechniqueFamily::Commitment; }
bool is_anti_pattern(Technique t) { return technique_family(t) == TechniqueFamily::AntiPattern; }

std::optional<TechniqueSet> parse_technique_set(std::string_view name) {
  if (name == "reply") return TechniqueSet{kReplyMask, "a Reply (Deny, Admit or Reverse)"};
  if (name == "commitment") return TechniqueSet{kCommitmentMask, "a commitment method"};
  if (const auto t = parse_technique(name)) return TechniqueSet{technique_bit(*t), technique_label(*t)};
  return std::nullopt;
}

std::string_view default_commitment_fit(Technique method) {
  return is_commitment(method) ? kFitConditions[method_index(method)] : std::string_view();
}

std::string_view commitment_fit_reason(Technique method) {
  return is_commitment(method) ? kFitReasons[method_index(method)] : std::string_view();
}

std::string_view grade_name(Grade g) { return kGradeNames[static_cast<std::size_t>(g)]; }
std::string_view grade_label(Grade g) { return kGradeLabels[static_cast<std::size_t>(g)]; }
int grade_percent(Grade g) { return kGradePercents[static_cast<std::size_t>(g)]; }
std::optional<Grade> parse_grade(std::string_view name) { return find_name<Grade>(kGradeNames, name); }

std::string_view mood_name(Mood m) { return kMoodNames[static_cast<std::size_t>(m)]; }
std::string_view mood_label(Mood m) { return kMoodLabels[static_cast<std::size_t>(m)]; }
int mood_warmth(Mood m) { return static_cast<int>(m); }
std::optional<Mood> parse_mood(std::string_view name) { return find_name<Mood>(kMoodNames, name); }

std::string_view ending_name(EndingKind e) { return kEndingNames[static_cast<std::size_t>(e)]; }
std::string_view ending_label(EndingKind e) { return kEndingLabels[static_cast<std::size_t>(e)]; }
int ending_value(EndingKind e) { return kEndingValues[static_cast<std::size_t>(e)]; }
std::optional<EndingKind> parse_ending(std::string_view name) { return find_name<EndingKind>(kEndingNames, name); }

std::string_view scenario_kind_name(ScenarioKind k) { return kKindNames[static_cast<std::size_t>(k)]; }
std::optional<ScenarioKind> parse_scenario_kind(std::string_view name) {
  return find_name<ScenarioKind>(kKindNames, name);
}

Mood mood_for(int trust, int resistance) {
  if (trust < 15) return resistance >= 70 ? Mood::Hostile : Mood::Frustrated;
  if (trust < 30) return Mood::Sceptical;
  if (trust < 45) return Mood::Guarded;
  if (trust < 60) return resistance >= 50 ? Mood::Guarded : Mood::Neutral;
  if (trust < 75) return resistance >= 50 ? Mood::Neutral : Mood::Curious;
  if (trust < 88) return resistance > 40 ? Mood::Curious : Mood::Warm;
  return resistance > 30 ? Mood::Warm : Mood::Keen;
}

}  // namespace dealdojo::roleplay
