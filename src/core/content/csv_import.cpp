// CSV import and export: one row per question, columns named in the header row.
#include <algorithm>
#include <array>

#include "core/content/csv_table.hpp"
#include "core/content/question_assembler.hpp"
#include "core/content/question_import.hpp"
#include "core/content/text_checks.hpp"

namespace dealdojo::content {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 8> kRequiredColumns = {"id",       "domain",   "subtopic", "stem",
                                                              "option_a", "option_b", "correct",  "difficulty"};

// "Option A" -> "option_a"; "why-b" -> "why_b".
std::string normalise_header(std::string_view cell) {
  std::string out;
  for (char c : trim(cell)) {
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c == ' ' || c == '-') {
      out.push_back('_');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Ids ("a; C", "a,c", "a c" -> {"a", "c"}) split at ; , and spaces and lowercased;
// tags ("Objections; first call") split at ; only, as they are.
std::vector<std::string> split_list(std::string_view cell, bool ids) {
  std::vector<std::string> out;
  std::string current;
  const auto flush = [&] {
    const std::string_view t = trim(current);
    if (!t.empty()) out.emplace_back(t);
    current.clear();
  };
  for (char c : cell) {
    if (c == ';' || (ids && (c == ',' || c == ' '))) {
      flush();
    } else {
      current.push_back(c);
    }
  }
  flush();
  if (ids) {
    for (std::string& id : out) id = lowercase(id);
  }
  return out;
}

struct Header {
  std::vector<std::string> names;  // normalised, by column index
  std::size_t index_of(std::string_view name) const {
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? names.size() : static_cast<std::size_t>(it - names.begin());
  }
  bool has(std::string_view name) const { return index_of(name) < names.size(); }
};

bool check_header(const std::vector<std::string>& cells, Header& header, const std::string& file, DiagnosticSink& sink) {
  const std::vector<std::string> known = csv_columns(kMaxOptions);
  std::vector<std::string_view> known_views(known.begin(), known.end());
  bool ok = true;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string name = normalise_header(cells[i]);
    const std::string place = "row 1, column " + column_letter(i);
    if (name.empty()) {
      if (i + 1 == cells.size()) break;  // a trailing separator
      sink.error(file, place, "this column has no name; name it or delete the column");
      ok = false;
    } else if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string message = quote_value(name) + " is not a column the import knows";
      if (const auto guess = closest_match(name, known_views)) message += " (did you mean '" + std::string(*guess) + "'?)";
      sink.error(file, place, message + "; the columns are listed in FORMAT.md");
      ok = false;
    } else if (header.has(name)) {
      sink.error(file, place, "the column '" + name + "' appears twice; keep one");
      ok = false;
    }
    header.names.push_back(std::move(name));
  }
  for (std::string_view required : kRequiredColumns) {
    if (header.has(required)) continue;
    sink.error(file, "row 1", "the column '" + std::string(required) + "' is missing; the first row must name it");
    ok = false;
  }
  return ok;
}

// "/options/2/why" -> "why_c"; "/correct/0" -> "correct".
std::string column_for_pointer(std::string_view pointer) {
  std::vector<std::string_view> tokens;
  while (!pointer.empty()) {
    pointer.remove_prefix(1);
    const std::size_t slash = pointer.find('/');
    tokens.push_back(pointer.substr(0, slash));
    pointer = slash == std::string_view::npos ? std::string_view() : pointer.substr(slash);
  }
  if (tokens.empty()) return "";
  if (tokens[0] == "options") {
    if (tokens.size() < 2 || tokens[1].empty() || tokens[1].size() > 1) return "option_a";
    const std::string letter(1, static_cast<char>('a' + (tokens[1][0] - '0')));
    return (tokens.size() >= 3 && tokens[2] == "why" ? "why_" : "option_") + letter;
  }
  return std::string(tokens[0]);
}

}  // namespace

std::vector<std::string> csv_columns(std::size_t max_options) {
  std::vector<std::string> columns = {"id", "domain", "subtopic", "kind", "choose", "stem"};
  for (std::size_t i = 0; i < std::clamp(max_options, kMinOptions, kMaxOptions); ++i) {
    columns.push_back("option_" + option_letter(i));
    columns.push_back("why_" + option_letter(i));
  }
  for (const char* c : {"correct", "explanation", "source", "difficulty", "tags", "glossary"}) columns.emplace_back(c);
  return columns;
}

ImportResult import_csv(std::string_view text, const ImportOptions& options, const Limits& limits) {
  DiagnosticSink sink(limits.max_diagnostics);
  const std::string& file = options.file_name;
  auto table = parse_csv(text, file, limits, sink);
  Header header;
  if (!table || !check_header(table->rows.front(), header, file, sink)) {
    ImportResult result;
    result.diagnostics = sink.take();
    return result;
  }
  detail::QuestionAssembler assembler(options, limits, sink);
  for (std::size_t r = 1; r < table->rows.size() && !sink.full(); ++r) {
    std::vector<std::string>& cells = table->rows[r];
    const std::size_t row_number = r + 1;
    if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return trim(c).empty(); })) continue;
    const auto place = [&header, row_number](std::string_view pointer) {
      const std::string column = column_for_pointer(pointer);
      std::string out = "row " + std::to_string(row_number);
      if (column.empty()) return out;
      const std::size_t index = header.index_of(column);
      return out + ", column " + (index < header.names.size() ? column_letter(index) + " (" + column + ")" : column);
    };
    if (cells.size() > header.names.size()) {
      const bool extra = std::any_of(cells.begin() + static_cast<std::ptrdiff_t>(header.names.size()), cells.end(),
                                     [](const std::string& c) { return !trim(c).empty(); });
      if (extra) {
        sink.error(file, "row " + std::to_string(row_number) + ", column " + column_letter(header.names.size()),
                   "this row has more cells than the header row has columns");
        continue;
      }
    }
    const auto cell = [&](std::string_view name) -> std::string {
      const std::size_t i = header.index_of(name);
      return i < cells.size() ? std::string(trim(cells[i])) : std::string();
    };
    json q = json::object();
    for (const char* name : {"id", "domain", "subtopic", "stem", "explanation", "source"}) {
      if (std::string v = cell(name); !v.empty()) q[name] = std::move(v);
    }
    if (std::string v = cell("difficulty"); !v.empty()) q["difficulty"] = lowercase(v);
    const std::vector<std::string> correct = split_list(cell("correct"), true);
    if (!correct.empty()) q["correct"] = correct;
    std::string kind = lowercase(cell("kind"));
    if (kind.empty()) kind = correct.size() > 1 ? "multiple" : "single";
    q["kind"] = kind;
    if (std::string v = cell("choose"); !v.empty()) {
      if (v.size() > 2 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        sink.error(file, place("/choose"), "must be a whole number such as 2, not " + quote_value(v));
        continue;
      }
      q["choose"] = std::stoi(v);
    } else if (kind == "multiple") {
      q["choose"] = correct.size();
    }
    json opts = json::array();
    bool gap = false, layout_ok = true;
    for (std::size_t i = 0; i < kMaxOptions; ++i) {
      const std::string letter = option_letter(i);
      std::string option_text = cell("option_" + letter);
      std::string why = cell("why_" + letter);
      if (option_text.empty()) {
        if (!why.empty()) {
          sink.error(file, place("/options/" + std::to_string(i) + "/why"),
                     "there is a 'why' for option '" + letter + "' but no option_" + letter + "; fill in the option or clear the why");
          layout_ok = false;
        }
        gap = true;
        continue;
      }
      if (gap) {
        sink.error(file, place("/options/" + std::to_string(i) + "/text"),
                   "option_" + letter + " is filled but an option before it is empty; fill the options from a onwards, without gaps");
        layout_ok = false;
        break;
      }
      json option = {{"id", letter}, {"text", std::move(option_text)}};
      if (!why.empty()) option["why"] = std::move(why);
      opts.push_back(std::move(option));
    }
    if (!layout_ok) continue;
    q["options"] = std::move(opts);
    if (header.has("tags")) q["tags"] = split_list(cell("tags"), false);
    if (std::vector<std::string> g = split_list(cell("glossary"), true); !g.empty()) q["glossary"] = std::move(g);
    assembler.add(q, place);
  }
  return assembler.finish();
}

std::string export_csv(const Pack& pack) {
  std::size_t max_options = kMinOptions;
  for (const Question& q : pack.questions) max_options = std::max(max_options, q.options.size());
  const std::vector<std::string> columns = csv_columns(max_options);
  std::string out = csv_row(columns);
  for (const Question& q : pack.questions) {
    std::vector<std::string> cells = {q.id, q.domain, q.subtopic, std::string(kind_name(q.kind)), std::to_string(q.choose),
                                      q.stem};
    for (std::size_t i = 0; i < max_options; ++i) {
      cells.push_back(i < q.options.size() ? q.options[i].text : std::string());
      cells.push_back(i < q.options.size() ? q.options[i].why : std::string());
    }
    std::string correct, tags, glossary;
    for (const std::string& c : q.correct) correct += (correct.empty() ? "" : ";") + c;
    for (const std::string& t : q.tags) tags += (tags.empty() ? "" : ";") + t;
    for (const std::string& g : q.glossary) glossary += (glossary.empty() ? "" : ";") + g;
    cells.push_back(correct);
    cells.push_back(q.explanation);
    cells.push_back(q.source);
    cells.push_back(std::string(difficulty_name(q.difficulty)));
    cells.push_back(tags);
    cells.push_back(glossary);
    out += csv_row(cells);
  }
  return out;
}

}  // namespace dealdojo::content
