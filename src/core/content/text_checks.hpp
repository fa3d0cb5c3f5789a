#pragma once
// Small text checks shared by the pack loader and the importers.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace dealdojo::content {

// Well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view text);
// Bytes in the UTF-8 sequence starting at text[i], or 0 when it is malformed.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);
// Characters (code points) in valid UTF-8 text.
std::size_t utf8_length(std::string_view text);

// "sales-rep", "q1", "close-plan-2": lowercase ASCII letters and digits in groups
// joined by single hyphens.
bool is_kebab_case(std::string_view text);
// Best-effort kebab-case version of a title: "Close Plan: Basics!" -> "close-plan-basics".
// Empty when nothing usable is left.
std::string slugify(std::string_view text, std::size_t max_chars = 64);

// A value from an untrusted file, quoted for a message: 'e', or the first 40
// characters and "…" for a long value; control characters shown as "?".
std::string quote_value(std::string_view value);

// The closest of `candidates` to `word` when it looks like a typo (at most two
// edits), for "did you mean ...?".
std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates);

// "a", "a–b", "a–d": the option letters of a question with `count` options.
std::string option_letter_range(std::size_t count);
// 'a' + index.
std::string option_letter(std::size_t index);
// "first" ... "eighth", else "#9".
std::string ordinal_word(std::size_t one_based);

// Trim ASCII spaces, tabs, CR and LF at both ends.
std::string_view trim(std::string_view text);

// "~" and "/" escaped for a JSON Pointer reference token.
std::string pointer_token(std::string_view key);

}  // namespace dealdojo::content
