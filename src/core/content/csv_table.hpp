#pragma once
// CSV as spreadsheets write it (RFC 4180): quoted cells with "" for a quote, line
// breaks inside quotes, CRLF or LF, an optional UTF-8 byte order mark. The
// separator (comma, semicolon or tab) is taken from the header row, since
// spreadsheets in many European locales save with semicolons.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/content/limits.hpp"

namespace dealdojo::content {

struct CsvTable {
  char separator = ',';
  std::vector<std::vector<std::string>> rows;  // rows[0] is the header; row n is spreadsheet row n + 1
};

// nullopt after reporting when the text cannot be read as CSV within `limits`.
std::optional<CsvTable> parse_csv(std::string_view text, std::string_view file, const Limits& limits,
                                  DiagnosticSink& sink);

// One CSV line (ending "\r\n"), quoting cells that need it.
std::string csv_row(const std::vector<std::string>& cells, char separator = ',');

// "A", "B", ..., "Z", "AA": a spreadsheet's name for column `index` (0-based).
std::string column_letter(std::size_t index);

}  // namespace dealdojo::content
