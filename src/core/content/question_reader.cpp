// Reads one question of a pack and checks the rules that concern it alone: its
// fields, options a, b, c... in order, the correct options, kind and choose.
#include <algorithm>
#include <array>

#include "core/content/pack_reader.hpp"
#include "core/content/text_checks.hpp"

namespace dealdojo::content::detail {
namespace {

constexpr std::array<std::string_view, 13> kQuestionFields = {
    "id", "domain", "subtopic", "kind", "choose", "stem", "options", "correct",
    "explanation", "source", "difficulty", "tags", "glossary"};
constexpr std::array<std::string_view, 3> kOptionFields = {"id", "text", "why"};
constexpr std::size_t kMaxTags = 32;
constexpr std::size_t kMaxGlossaryRefs = 32;

// Reads "options"; nullopt when the list itself is unusable. A broken option is
// reported and kept (with an empty text) so the ids still line up for "correct".
std::optional<std::vector<Option>> read_options(ObjectReader& question) {
  ReadContext& ctx = question.context();
  const auto list = question.array("options", Need::Required, "the answer options, a list of 2 to 8");
  if (!list) return std::nullopt;
  if (list->size() < kMinOptions || list->size() > kMaxOptions) {
    ctx.sink.error(ctx.file, question.pointer("options"),
                   "a question needs 2 to 8 options; this one has " + std::to_string(list->size()));
    return std::nullopt;
  }
  std::vector<Option> options;
  std::size_t i = 0;
  for (JsonView item : list->children()) {
    const std::string pointer = question.pointer("options") + std::string("/") + std::to_string(i);
    Option option;
    option.id = option_letter(i);
    ++i;
    if (!expect_object(item, pointer, ctx, "an option")) {
      options.push_back(std::move(option));
      continue;
    }
    ObjectReader reader(item, pointer, ctx);
    if (const auto id = reader.find("id"); !id) {
      ctx.sink.error(ctx.file, reader.pointer("id"),
                     "'id' is missing: the " + ordinal_word(i) + " option's id is '" + option.id + "'");
    } else if (!id->is_string() || id->string() != option.id) {
      const std::string found = id->is_string() ? quote_value(id->string()) : describe_json_type(*id);
      ctx.sink.error(ctx.file, reader.pointer("id"),
                     "option ids go a, b, c... in order: the " + ordinal_word(i) + " option must be '" +
                         option.id + "', not " + found);
    }
    if (auto text = reader.text("text", Need::Required, "the option's text")) option.text = std::move(*text);
    if (auto why = reader.text("why", Need::Optional, "")) {
      option.why = std::move(*why);
    } else if (!reader.find("why") || reader.find("why")->is_string()) {
      ctx.sink.warning(ctx.file, reader.pointer("why"),
                       "option '" + option.id + "' has no 'why': say why this option is right or wrong");
    }
    reader.warn_unknown_fields(kOptionFields, "an option");
    options.push_back(std::move(option));
  }
  for (std::size_t k = 0; k < options.size(); ++k) {
    for (std::size_t j = 0; j < k; ++j) {
      if (!options[k].text.empty() && options[k].text == options[j].text) {
        ctx.sink.warning(ctx.file, question.pointer("options") + std::string("/") + std::to_string(k) + "/text",
                         "options '" + options[j].id + "' and '" + options[k].id + "' have the same text");
      }
    }
  }
  return options;
}

// Reads "correct" against the options; ids come back in option order.
std::optional<std::vector<std::string>> read_correct(ObjectReader& question,
                                                     const std::optional<std::vector<Option>>& options) {
  ReadContext& ctx = question.context();
  auto correct = question.text_list("correct", Need::Required, kMaxOptions,
                                    /*ids=*/false, "the id(s) of the correct option(s), such as [\"b\"]");
  if (!correct) return std::nullopt;
  if (correct->empty()) {
    ctx.sink.error(ctx.file, question.pointer("correct"),
                   "lists no correct option: add the id of the right answer, such as [\"b\"]");
    return std::nullopt;
  }
  if (!options) return std::nullopt;  // already reported; nothing to check against
  bool ok = true;
  for (std::size_t i = 0; i < correct->size(); ++i) {
    const std::string& id = (*correct)[i];
    const auto pointer = [&] { return question.pointer("correct") + std::string("/") + std::to_string(i); };
    const bool exists = std::any_of(options->begin(), options->end(), [&](const Option& o) { return o.id == id; });
    if (!exists) {
      ctx.sink.error(ctx.file, pointer(),
                     "option " + quote_value(id) + " does not exist; options are " +
                         option_letter_range(options->size()));
      ok = false;
    } else if (std::find(correct->begin(), correct->begin() + static_cast<std::ptrdiff_t>(i), id) !=
               correct->begin() + static_cast<std::ptrdiff_t>(i)) {
      ctx.sink.error(ctx.file, pointer(), "option '" + id + "' is listed twice");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  std::sort(correct->begin(), correct->end());  // single letters: sorted = option order
  return correct;
}

// kind and choose against the number of correct and of all options; sets q.choose.
void check_kind_and_choose(ObjectReader& question, Question& q, std::optional<int> choose,
                           std::size_t correct_count, std::size_t option_count) {
  ReadContext& ctx = question.context();
  const auto error = [&](std::string_view key, std::string message) {
    ctx.sink.error(ctx.file, question.pointer(key), std::move(message));
  };
  const std::string n_correct = std::to_string(correct_count);
  if (q.kind == QuestionKind::Single) {
    if (choose && *choose != 1) {
      error("choose", "a 'single' question has choose 1; for " + std::to_string(*choose) + " answers use kind 'multiple'");
    } else if (correct_count != 1) {
      error("correct", "a 'single' question has exactly one correct option; this one lists " + n_correct +
                           " (use kind 'multiple' with choose " + n_correct + ")");
    }
    q.choose = 1;
    return;
  }
  if (!choose) {
    error("choose", "'choose' is missing: a 'multiple' question says how many options to pick, which is the number "
                    "of correct options (" + n_correct + ")");
  } else if (*choose < 2) {
    error("choose", "a 'multiple' question asks for 2 or more options; use kind 'single' for one");
  } else if (static_cast<std::size_t>(*choose) != correct_count) {
    error("choose", "choose is " + std::to_string(*choose) + " but " + n_correct +
                        " options are marked correct; they must match");
  } else if (static_cast<std::size_t>(*choose) >= option_count) {
    error("choose", "choose " + std::to_string(*choose) + " of " + std::to_string(option_count) +
                        " options leaves no wrong option to rule out; add options");
  } else {
    q.choose = *choose;
  }
}

}  // namespace

std::optional<Question> read_question(JsonView item, const std::string& pointer, ReadContext& ctx) {
  if (!expect_object(item, pointer, ctx, "a question")) return std::nullopt;
  // Each problem is reported where it is found; the question keeps whatever was
  // readable (the caller knows from the sink whether there were errors).
  ObjectReader reader(item, pointer, ctx);
  Question q;
  const auto set = [](auto&& value, auto& into) {
    if (value) into = std::move(*value);
  };
  set(reader.id("id", Need::Required, "a short unique id such as 'territory-plan-basics'"), q.id);
  set(reader.id("domain", Need::Required, "the id of one of the blueprint's domains"), q.domain);
  set(reader.id("subtopic", Need::Required, "a subtopic id such as 'territory-planning'"), q.subtopic);

  std::optional<QuestionKind> kind;
  if (auto kind_text = reader.text("kind", Need::Required, "'single' or 'multiple'")) {
    kind = parse_kind(*kind_text);
    if (!kind) {
      ctx.sink.error(ctx.file, reader.pointer("kind"),
                     quote_value(*kind_text) + " is not a kind of question; use 'single' or 'multiple'");
    }
  }
  const bool has_choose = reader.find("choose").has_value();
  const std::optional<int> choose =
      has_choose ? reader.integer("choose", Need::Optional, 1, static_cast<int>(kMaxOptions), "") : std::nullopt;
  set(reader.text("stem", Need::Required, "the question text"), q.stem);

  std::optional<std::vector<Option>> options = read_options(reader);
  std::optional<std::vector<std::string>> correct = read_correct(reader, options);
  if (kind) q.kind = *kind;
  if (options && correct && kind && (!has_choose || choose)) {
    check_kind_and_choose(reader, q, choose, correct->size(), options->size());
  }
  set(std::move(options), q.options);
  set(std::move(correct), q.correct);

  // Explanation and source are advised, not required: missing or empty is a warning.
  const auto advised_text = [&](std::string_view key, std::string& into, const char* advice) {
    if (auto value = reader.text(key, Need::Optional, "")) {
      into = std::move(*value);
    } else if (!reader.find(key) || reader.find(key)->is_string()) {
      ctx.sink.warning(ctx.file, reader.pointer(key), advice);
    }
  };
  advised_text("explanation", q.explanation, "this question has no explanation: say why the right answer is right");
  advised_text("source", q.source, "this question has no source: name where the fact comes from");

  if (auto difficulty = reader.text("difficulty", Need::Required, "'easy', 'medium' or 'hard'")) {
    if (auto parsed = parse_difficulty(*difficulty)) {
      q.difficulty = *parsed;
    } else {
      ctx.sink.error(ctx.file, reader.pointer("difficulty"),
                     quote_value(*difficulty) + " is not a difficulty; use 'easy', 'medium' or 'hard'");
    }
  }
  if (reader.find("tags")) set(reader.text_list("tags", Need::Optional, kMaxTags, false, ""), q.tags);
  if (reader.find("glossary")) set(reader.text_list("glossary", Need::Optional, kMaxGlossaryRefs, true, ""), q.glossary);
  reader.warn_unknown_fields(kQuestionFields, "a question");
  return q;
}

}  // namespace dealdojo::content::detail
