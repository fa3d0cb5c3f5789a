#include "core/util/text.hpp"

namespace dealdojo::text {

std::string with_thousands(std::int64_t value) {
  const bool negative = value < 0;
  // Work on the unsigned magnitude so INT64_MIN does not overflow.
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::string digits = std::to_string(magnitude);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3 + 1);
  const std::size_t lead = digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (i % 3) == lead) out.push_back(',');
    out.push_back(digits[i]);
  }
  return negative ? "-" + out : out;
}

std::string count_noun(std::int64_t count, std::string_view singular, std::string_view plural) {
  return with_thousands(count) + " " + std::string(count == 1 ? singular : plural);
}

namespace {

// The longest prefix of `word` (at least one character) that fits in `width`.
std::size_t fitting_prefix(std::string_view word, float width, const std::function<float(std::string_view)>& measure) {
  std::size_t end = 0;
  for (std::size_t next = 1; next <= word.size(); ++next) {
    if (next < word.size() && (static_cast<unsigned char>(word[next]) & 0xC0) == 0x80) continue;  // inside a UTF-8 sequence
    if (end > 0 && measure(word.substr(0, next)) > width) break;
    end = next;
  }
  return end;
}

}  // namespace

std::vector<std::string_view> break_lines(std::string_view text, float width,
                                          const std::function<float(std::string_view)>& measure) {
  std::vector<std::string_view> lines;
  std::size_t paragraph_start = 0;
  while (paragraph_start <= text.size()) {
    const std::size_t newline = text.find('\n', paragraph_start);
    const std::size_t paragraph_end = newline == std::string_view::npos ? text.size() : newline;
    std::string_view rest = text.substr(paragraph_start, paragraph_end - paragraph_start);
    if (rest.empty()) lines.push_back(rest);
    while (!rest.empty()) {
      // Take words while the line still fits.
      std::size_t line_end = 0;
      std::size_t scan = 0;
      while (scan < rest.size()) {
        const std::size_t space = rest.find(' ', scan);
        const std::size_t word_end = space == std::string_view::npos ? rest.size() : space;
        if (line_end > 0 && measure(rest.substr(0, word_end)) > width) break;
        line_end = word_end;
        scan = word_end + 1;
      }
      if (measure(rest.substr(0, line_end)) > width) line_end = fitting_prefix(rest.substr(0, line_end), width, measure);
      lines.push_back(rest.substr(0, line_end));
      rest.remove_prefix(line_end);
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    }
    if (newline == std::string_view::npos) break;
    paragraph_start = newline + 1;
  }
  return lines;
}

}  // namespace dealdojo::text
