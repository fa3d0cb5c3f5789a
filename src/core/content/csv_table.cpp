#include "core/content/csv_table.hpp"

#include "core/content/text_checks.hpp"
#include "core/util/text.hpp"

namespace dealdojo::content {
namespace {

constexpr std::size_t kMaxCells = 100;

// The separator that occurs most often in the first line, outside quotes.
char detect_separator(std::string_view text) {
  std::size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    comma += c == ',';
    semicolon += c == ';';
    tab += c == '\t';
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

}  // namespace

std::string column_letter(std::size_t index) {
  std::string out;
  std::size_t n = index + 1;
  while (n > 0) {
    const std::size_t rem = (n - 1) % 26;
    out.insert(out.begin(), static_cast<char>('A' + static_cast<int>(rem)));
    n = (n - 1) / 26;
  }
  return out;
}

std::optional<CsvTable> parse_csv(std::string_view text, std::string_view file, const Limits& limits,
                                  DiagnosticSink& sink) {
  const auto fail = [&](std::size_t row, std::string message) {
    sink.error(file, row == 0 ? std::string() : "row " + std::to_string(row), std::move(message));
    return std::nullopt;
  };
  if (text.size() > limits.max_file_bytes) {
    return fail(0, "the file is " + text::with_thousands(static_cast<std::int64_t>(text.size())) +
                       " bytes; the limit is " + text::with_thousands(static_cast<std::int64_t>(limits.max_file_bytes)) +
                       " bytes: split it into several files");
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!is_valid_utf8(text)) {
    return fail(0, "the file is not UTF-8 text: in the spreadsheet choose 'CSV UTF-8' when saving");
  }
  if (trim(text).empty()) return fail(0, "the file is empty; the first row must name the columns");

  CsvTable table;
  table.separator = detect_separator(text);
  std::vector<std::string> row;
  std::string cell;
  std::size_t pos = 0;
  bool row_has_content = false;
  const auto end_cell = [&]() -> bool {
    if (utf8_length(cell) > limits.max_string_chars) {
      sink.error(file, "row " + std::to_string(table.rows.size() + 1) + ", column " + column_letter(row.size()),
                 "this cell is " + text::with_thousands(static_cast<std::int64_t>(utf8_length(cell))) +
                     " characters long; the limit is " +
                     text::with_thousands(static_cast<std::int64_t>(limits.max_string_chars)));
      return false;
    }
    if (row.size() >= kMaxCells) {
      sink.error(file, "row " + std::to_string(table.rows.size() + 1),
                 "this row has more than " + std::to_string(kMaxCells) + " cells");
      return false;
    }
    row.push_back(std::move(cell));
    cell.clear();
    return true;
  };
  const auto end_row = [&]() -> bool {
    if (!end_cell()) return false;
    if (table.rows.size() >= limits.max_array_items + 1) {
      sink.error(file, "", "the file has more than " + text::with_thousands(static_cast<std::int64_t>(limits.max_array_items)) +
                               " rows; split it into several files");
      return false;
    }
    table.rows.push_back(std::move(row));
    row.clear();
    row_has_content = false;
    return true;
  };

  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '"' && cell.empty()) {
      // A quoted cell: up to the closing quote; "" is a quote.
      const std::size_t start_row = table.rows.size() + 1;
      ++pos;
      while (true) {
        if (pos >= text.size()) {
          return fail(start_row, "a quoted cell in column " + column_letter(row.size()) +
                                     " is not closed: a '\"' is missing");
        }
        if (text[pos] == '"') {
          if (pos + 1 < text.size() && text[pos + 1] == '"') {
            cell.push_back('"');
            pos += 2;
            continue;
          }
          ++pos;
          break;
        }
        cell.push_back(text[pos++]);
      }
      row_has_content = true;
      if (pos < text.size() && text[pos] != table.separator && text[pos] != '\n' && text[pos] != '\r') {
        return fail(start_row, "column " + column_letter(row.size()) +
                                   ": there is text after the closing quote; quote the whole cell and "
                                   "double any quote inside it (\"\")");
      }
      continue;
    }
    if (c == table.separator) {
      if (!end_cell()) return std::nullopt;
      row_has_content = true;
      ++pos;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      ++pos;
      if (!end_row()) return std::nullopt;
    } else {
      cell.push_back(c);
      row_has_content = true;
      ++pos;
    }
  }
  if (row_has_content || !cell.empty() || !row.empty()) {
    if (!end_row()) return std::nullopt;
  }
  return table;
}

std::string csv_row(const std::vector<std::string>& cells, char separator) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out.push_back(separator);
    const std::string& cell = cells[i];
    const bool quote = cell.find_first_of(std::string("\"\r\n") + separator) != std::string::npos ||
                       (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
    if (!quote) {
      out += cell;
      continue;
    }
    out.push_back('"');
    for (char c : cell) {
      if (c == '"') out.push_back('"');
      out.push_back(c);
    }
    out.push_back('"');
  }
  out += "\r\n";
  return out;
}

}  // namespace dealdojo::content
