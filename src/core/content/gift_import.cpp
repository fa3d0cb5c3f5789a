// Moodle GIFT import, the multiple-choice subset:
//   ::Title:: Question text {=right #why ~wrong #why ####general feedback}
//   ::Title:: Pick two {~%50%right ~%50%also right ~%-100%wrong}
// Everything else GIFT can express (true/false, short answer, numeric, matching,
// essays, descriptions) is reported as not supported, with the line it is on.
#include <algorithm>
#include <cmath>
#include <set>

#include "core/content/question_assembler.hpp"
#include "core/content/question_import.hpp"
#include "core/content/text_checks.hpp"

namespace dealdojo::content {
namespace {

using nlohmann::json;

// Text with GIFT escapes resolved; `literal[i]` marks characters that were escaped
// and so have no special meaning.
struct GiftText {
  std::string chars;
  std::vector<bool> literal;

  bool special(std::size_t i, char c) const { return i < chars.size() && chars[i] == c && !literal[i]; }
  std::size_t find(char c, std::size_t from = 0) const {
    for (std::size_t i = from; i < chars.size(); ++i) {
      if (special(i, c)) return i;
    }
    return std::string::npos;
  }
  std::size_t find(std::string_view s, std::size_t from = 0) const {
    for (std::size_t i = from; i + s.size() <= chars.size(); ++i) {
      bool match = true;
      for (std::size_t k = 0; k < s.size() && match; ++k) match = special(i + k, s[k]);
      if (match) return i;
    }
    return std::string::npos;
  }
  GiftText slice(std::size_t from, std::size_t to) const {
    to = std::min(to, chars.size());
    from = std::min(from, to);
    GiftText out;
    out.chars = chars.substr(from, to - from);
    out.literal.assign(literal.begin() + static_cast<std::ptrdiff_t>(from), literal.begin() + static_cast<std::ptrdiff_t>(to));
    return out;
  }
  std::string plain() const { return std::string(trim(chars)); }
  GiftText trimmed() const {
    std::size_t a = 0, b = chars.size();
    const auto space = [&](std::size_t i) { return !literal[i] && (chars[i] == ' ' || chars[i] == '\t' || chars[i] == '\n'); };
    while (a < b && space(a)) ++a;
    while (b > a && space(b - 1)) --b;
    return slice(a, b);
  }
};

GiftText unescape(std::string_view raw) {
  GiftText out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size() && std::string_view("~=#{}:\\n").find(raw[i + 1]) != std::string_view::npos) {
      out.chars.push_back(raw[i + 1] == 'n' ? '\n' : raw[i + 1]);
      out.literal.push_back(true);
      ++i;
    } else {
      out.chars.push_back(raw[i]);
      out.literal.push_back(false);
    }
  }
  return out;
}

struct Answer {
  bool equals = false;          // '=' rather than '~'
  std::optional<double> weight;  // %50%
  std::string text;
  std::string feedback;
};

struct Block {
  std::size_t line = 0;
  std::string text;
  std::string domain;  // from the latest $CATEGORY
};

// Why a block is not a supported question, or empty when it is one.
struct Parsed {
  std::string error;
  std::string warning;
  std::string title;
  std::string stem;
  std::vector<Answer> answers;
  std::string explanation;
};

Parsed parse_block(const Block& block) {
  Parsed p;
  GiftText t = unescape(block.text).trimmed();
  if (t.chars.rfind("::", 0) == 0 && t.special(0, ':')) {
    const std::size_t end = t.find("::", 2);
    if (end == std::string::npos) return {"the title is not closed: a '::' is missing after it", {}, {}, {}, {}, {}};
    p.title = t.slice(2, end).plain();
    t = t.slice(end + 2, t.chars.size()).trimmed();
  }
  const std::size_t open = t.find('{');
  if (open == std::string::npos) {
    p.error = "this paragraph has no answer block { ... }; descriptions are not supported";
    return p;
  }
  const std::size_t close = t.find('}', open + 1);
  if (close == std::string::npos) {
    p.error = "the answer block is not closed: a '}' is missing";
    return p;
  }
  if (t.find('{', close + 1) != std::string::npos) {
    p.error = "a question has one answer block { ... }; this one has more";
    return p;
  }
  std::string stem = t.slice(0, open).plain();
  const std::string after = t.slice(close + 1, t.chars.size()).plain();
  if (!after.empty()) stem += (stem.empty() ? "" : " ") + std::string("_____ ") + after;  // missing-word form
  for (std::string_view format : {"[html]", "[moodle]", "[plain]", "[markdown]"}) {
    if (stem.rfind(format, 0) != 0) continue;
    if (format == "[html]") p.warning = "HTML formatting is imported as plain text; check the question reads well";
    stem = std::string(trim(stem.substr(format.size())));
  }
  p.stem = stem;

  GiftText body = t.slice(open + 1, close).trimmed();
  if (body.chars.empty()) {
    p.error = "essay questions ({}) are not supported; only multiple choice is";
    return p;
  }
  if (body.special(0, '#')) {
    p.error = "numeric questions ({#...}) are not supported; only multiple choice is";
    return p;
  }
  if (const std::size_t general = body.find("####"); general != std::string::npos) {
    p.explanation = body.slice(general + 4, body.chars.size()).plain();
    body = body.slice(0, general).trimmed();
  }
  std::string head = body.slice(0, body.find('#')).plain();
  std::transform(head.begin(), head.end(), head.begin(), [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
  if (head == "T" || head == "TRUE" || head == "F" || head == "FALSE") {
    p.error = "true/false questions ({T} or {F}) are not supported; write them as a choice between two options";
    return p;
  }
  if (body.find("->") != std::string::npos) {
    p.error = "matching questions (a -> b) are not supported; only multiple choice is";
    return p;
  }
  if (!body.special(0, '=') && !body.special(0, '~')) {
    p.error = "each answer starts with = (right) or ~ (wrong); this block starts with " + quote_value(body.chars.substr(0, 10));
    return p;
  }
  std::size_t start = 0;
  while (start < body.chars.size()) {
    std::size_t next = start + 1;
    while (next < body.chars.size() && !body.special(next, '=') && !body.special(next, '~')) ++next;
    Answer a;
    a.equals = body.chars[start] == '=';
    GiftText item = body.slice(start + 1, next).trimmed();
    if (item.special(0, '%')) {
      const std::size_t end = item.find('%', 1);
      const std::string number = end == std::string::npos ? std::string() : item.slice(1, end).plain();
      char* parse_end = nullptr;
      const double w = number.empty() ? 0.0 : std::strtod(number.c_str(), &parse_end);
      if (number.empty() || parse_end == nullptr || *parse_end != '\0' || !std::isfinite(w)) {
        p.error = "answer " + std::to_string(p.answers.size() + 1) + " has a weight that is not a number between % signs, such as %50%";
        return p;
      }
      a.weight = w;
      item = item.slice(end + 1, item.chars.size());
    }
    const std::size_t hash = item.find('#');
    a.text = item.slice(0, hash).plain();
    if (hash != std::string::npos) a.feedback = item.slice(hash + 1, item.chars.size()).plain();
    p.answers.push_back(std::move(a));
    start = next;
  }
  return p;
}

}  // namespace

ImportResult import_gift(std::string_view text, const ImportOptions& options, const Limits& limits) {
  DiagnosticSink sink(limits.max_diagnostics);
  const std::string& file = options.file_name;
  const auto fail = [&](std::string message) {
    sink.error(file, "", std::move(message));
    ImportResult result;
    result.diagnostics = sink.take();
    return result;
  };
  if (text.size() > limits.max_file_bytes) return fail("the file is too big; split it into several files");
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!is_valid_utf8(text)) return fail("the file is not UTF-8 text: save it with UTF-8 encoding");

  // Paragraphs separated by blank lines; comment lines dropped; $CATEGORY lines set the domain.
  std::vector<Block> blocks;
  std::string domain = options.gift_domain;
  bool in_block = false;
  std::size_t line_number = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    const std::size_t eol = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = eol + 1;
    ++line_number;
    const std::string_view t = trim(line);
    if (t.rfind("//", 0) == 0) continue;
    if (t.rfind("$CATEGORY:", 0) == 0) {
      std::string_view path = trim(t.substr(10));
      if (const std::size_t slash = path.rfind('/'); slash != std::string_view::npos) path = path.substr(slash + 1);
      domain = slugify(path);
      in_block = false;
      continue;
    }
    if (t.empty()) {
      in_block = false;
      continue;
    }
    if (!in_block) {
      if (blocks.size() >= limits.max_array_items) return fail("the file has too many questions; split it into several files");
      blocks.push_back({line_number, {}, domain});
      in_block = true;
    } else {
      blocks.back().text.push_back('\n');
    }
    blocks.back().text.append(line);
  }

  detail::QuestionAssembler assembler(options, limits, sink);
  std::set<std::string> used_ids;
  std::string stem_id = slugify(file.substr(0, file.rfind('.')));
  if (stem_id.empty()) stem_id = "question";
  for (std::size_t n = 0; n < blocks.size() && !sink.full(); ++n) {
    const Block& block = blocks[n];
    const std::string place_line = "line " + std::to_string(block.line);
    const Parsed p = parse_block(block);
    if (!p.error.empty()) {
      sink.error(file, place_line, p.error);
      continue;
    }
    if (!p.warning.empty()) sink.warning(file, place_line, p.warning);
    const auto place = [place_line](std::string_view pointer) {
      if (pointer.rfind("/options/", 0) == 0 && pointer.size() > 9) {
        const std::size_t index = static_cast<std::size_t>(pointer[9] - '0');
        return place_line + ", answer " + std::to_string(index + 1);
      }
      if (pointer.rfind("/options", 0) == 0 || pointer.rfind("/correct", 0) == 0 || pointer == "/choose" ||
          pointer == "/kind") {
        return place_line + ", answers";
      }
      return place_line;
    };
    // Right answers: '=' ones, and any with a positive weight.
    std::vector<std::string> correct;
    double positive_weight = 0;
    bool weighted = false;
    std::size_t unweighted_equals = 0;
    json opts = json::array();
    for (std::size_t i = 0; i < p.answers.size(); ++i) {
      const Answer& a = p.answers[i];
      const std::string id = option_letter(i);
      weighted = weighted || a.weight.has_value();
      const bool right = a.weight ? *a.weight > 0 : a.equals;
      if (right) correct.push_back(id);
      if (a.weight && *a.weight > 0) positive_weight += *a.weight;
      if (a.equals && !a.weight) ++unweighted_equals;
      json option = {{"id", id}, {"text", a.text}};
      if (!a.feedback.empty()) option["why"] = a.feedback;
      opts.push_back(std::move(option));
    }
    if (std::none_of(p.answers.begin(), p.answers.end(), [](const Answer& a) { return !a.equals; })) {
      sink.error(file, place_line, "short-answer questions (only = answers) are not supported; add wrong answers with ~");
      continue;
    }
    if (unweighted_equals > 1) {
      sink.error(file, place_line + ", answers",
                 "more than one answer is marked '='; for several right answers give weights such as ~%50%");
      continue;
    }
    if (correct.empty()) {
      sink.error(file, place_line + ", answers", "no answer is marked right: start it with = or give it a positive weight such as ~%50%");
      continue;
    }
    if (weighted && correct.size() > 1 && std::fabs(positive_weight - 100.0) > 1.0) {
      sink.warning(file, place_line + ", answers",
                   "the weights of the right answers add up to " + std::to_string(static_cast<int>(std::lround(positive_weight))) +
                       "%; Moodle expects 100%");
    }
    std::string base_id = slugify(p.title);
    if (base_id.empty()) base_id = stem_id + std::string("-") + std::to_string(n + 1);
    std::string id = base_id;
    for (int suffix = 2; used_ids.count(id) != 0; ++suffix) id = base_id + std::string("-") + std::to_string(suffix);
    used_ids.insert(id);
    if (block.domain.empty()) {
      sink.error(file, place_line,
                 "this question has no domain: put a line '$CATEGORY: domain-id' above it, or give a default domain");
      continue;
    }
    json q = {{"id", id},
              {"domain", block.domain},
              {"subtopic", options.gift_subtopic},
              {"kind", correct.size() > 1 ? "multiple" : "single"},
              {"choose", correct.size()},
              {"stem", p.stem},
              {"options", std::move(opts)},
              {"correct", correct},
              {"difficulty", std::string(difficulty_name(options.gift_difficulty))}};
    if (p.stem.empty()) q.erase("stem");
    if (!p.explanation.empty()) q["explanation"] = p.explanation;
    if (!options.gift_source.empty()) q["source"] = options.gift_source;
    assembler.add(q, place);
  }
  return assembler.finish();
}

}  // namespace dealdojo::content
