#include "core/content/text_checks.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace dealdojo::content {
namespace {

bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t len = 0;
  unsigned int min_second = 0x80, max_second = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) min_second = 0xA0;       // no overlongs
    if (b0 == 0xED) max_second = 0x9F;       // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) min_second = 0x90;       // no overlongs
    if (b0 == 0xF4) max_second = 0x8F;       // nothing past U+10FFFF
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
  for (std::size_t k = 2; k < len; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return len;
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = utf8_sequence_length(text, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool is_kebab_case(std::string_view text) {
  if (text.empty() || text.front() == '-' || text.back() == '-') return false;
  char previous = '\0';
  for (char c : text) {
    if (c == '-') {
      if (previous == '-') return false;
    } else if (!is_lower_alnum(c)) {
      return false;
    }
    previous = c;
  }
  return true;
}

std::string slugify(std::string_view text, std::size_t max_chars) {
  std::string out;
  bool pending_hyphen = false;
  for (char c : text) {
    char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (is_lower_alnum(lower)) {
      if (pending_hyphen && !out.empty()) out.push_back('-');
      pending_hyphen = false;
      if (out.size() >= max_chars) break;
      out.push_back(lower);
    } else {
      pending_hyphen = true;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string quote_value(std::string_view value) {
  constexpr std::size_t kMaxChars = 40;
  std::string out = "'";
  std::size_t chars = 0;
  std::size_t i = 0;
  while (i < value.size() && chars < kMaxChars) {
    const std::size_t len = utf8_sequence_length(value, i);
    const auto b = static_cast<unsigned char>(value[i]);
    if (len == 0 || b < 0x20 || b == 0x7F) {
      out.push_back('?');
      i += len == 0 ? 1 : len;
    } else {
      out.append(value.substr(i, len));
      i += len;
    }
    ++chars;
  }
  if (i < value.size()) out += "…";
  out.push_back('\'');
  return out;
}

std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates) {
  constexpr std::size_t kMaxEdits = 2;
  constexpr std::size_t kMaxWordChars = 40;  // keeps the work per call small
  if (word.size() > kMaxWordChars) return std::nullopt;
  std::optional<std::string_view> best;
  std::size_t best_distance = kMaxEdits + 1;
  std::vector<std::size_t> row, previous;
  for (std::string_view candidate : candidates) {
    if (candidate.size() > kMaxWordChars) continue;
    const std::size_t gap = candidate.size() > word.size() ? candidate.size() - word.size()
                                                           : word.size() - candidate.size();
    if (gap > kMaxEdits) continue;
    // Levenshtein distance, two rows.
    previous.resize(candidate.size() + 1);
    row.resize(candidate.size() + 1);
    for (std::size_t j = 0; j <= candidate.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= word.size(); ++i) {
      row[0] = i;
      for (std::size_t j = 1; j <= candidate.size(); ++j) {
        const std::size_t substitute = previous[j - 1] + (word[i - 1] == candidate[j - 1] ? 0 : 1);
        row[j] = std::min({previous[j] + 1, row[j - 1] + 1, substitute});
      }
      std::swap(row, previous);
    }
    const std::size_t distance = previous[candidate.size()];
    if (distance < best_distance && distance < std::max<std::size_t>(word.size(), 1)) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string option_letter(std::size_t index) {
  return std::string(1, static_cast<char>('a' + static_cast<int>(index % 26)));
}

std::string option_letter_range(std::size_t count) {
  if (count == 0) return "none";
  if (count == 1) return "a";
  return std::string("a–") + option_letter(count - 1);
}

std::string ordinal_word(std::size_t one_based) {
  static constexpr std::array<std::string_view, 8> kWords = {"first", "second", "third", "fourth",
                                                             "fifth", "sixth", "seventh", "eighth"};
  if (one_based >= 1 && one_based <= kWords.size()) return std::string(kWords[one_based - 1]);
  std::string out = "#";  // built by appending: GCC 12 -Wrestrict misfires on "#" + string
  out += std::to_string(one_based);
  return out;
}

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string pointer_token(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      out.push_back('?');  // keeps a message on one line; the pointer is for people
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace dealdojo::content
