// The bounded JSON parser: values, escapes, numbers, limits and its messages.
#include <doctest/doctest.h>

#include <deque>

#include "content_test_support.hpp"
#include "core/content/json_document.hpp"

using dealdojo::content::DiagnosticSink;
using dealdojo::content::JsonDocument;
using dealdojo::content::JsonType;
using dealdojo::content::Limits;

namespace {

struct Parsed {
  std::optional<JsonDocument> doc;
  std::string problems;
};

Parsed parse(std::string_view text, const Limits& limits = {}) {
  DiagnosticSink sink;
  std::size_t values_left = limits.max_values;
  Parsed p;
  p.doc = JsonDocument::parse(text, "t.json", limits, values_left, sink);
  p.problems = content_test::lines(sink.take());
  return p;
}

}  // namespace

TEST_CASE("json: values of every type, in order") {
  const auto p = parse(R"({"s": "text", "i": -42, "f": 0.25, "t": true, "n": null, "a": [1, "x"], "o": {}})");
  REQUIRE(p.doc);
  const auto root = p.doc->root();
  CHECK(root.size() == 7);
  CHECK(root.find("s")->string() == "text");
  CHECK(root.find("i")->is_integer());
  CHECK(root.find("i")->integer() == -42);
  CHECK_FALSE(root.find("f")->is_integer());
  CHECK(root.find("f")->number() == 0.25);
  CHECK(root.find("t")->boolean());
  CHECK(root.find("n")->is_null());
  CHECK(root.find("a")->size() == 2);
  CHECK(root.find("o")->type() == JsonType::Object);
  CHECK_FALSE(root.find("missing").has_value());
  std::string keys;
  for (auto member : root.children()) keys += std::string(member.key()) + ",";
  CHECK(keys == "s,i,f,t,n,a,o,");
}

TEST_CASE("json: escapes, unicode and a byte order mark") {
  const auto p = parse("\xEF\xBB\xBF" R"({"k": "a\"b\\c\/d\n\u00e9\ud83d\ude00 caf\u00E9"})");
  REQUIRE(p.doc);
  CHECK(p.doc->root().find("k")->string() == "a\"b\\c/d\né😀 café");
}

TEST_CASE("json: numbers read exactly as they are written") {
  const auto p = parse(R"([0.1, 0.3, 1e2, 2.5E-3, 123456789012345678, 0.30000000000000004, 1e400, -0])");
  REQUIRE(p.doc);
  std::vector<double> values;
  for (auto v : p.doc->root().children()) values.push_back(v.number());
  CHECK(values[0] == 0.1);
  CHECK(values[1] == 0.3);
  CHECK(values[2] == 100.0);
  CHECK(values[3] == 0.0025);
  CHECK(values[4] == 123456789012345678.0);
  CHECK(values[5] == 0.30000000000000004);
  CHECK(values[6] > 1e308);  // inf: checked as out of range later
  CHECK(values[7] == 0.0);
}

TEST_CASE("json: syntax errors name the line, the column and what to do") {
  CHECK(parse("{\n  \"a\": 1\n  \"b\": 2\n}").problems ==
        "error: t.json: /a: this is not valid JSON (line 3, column 3): expected ',' or '}', found '\"' (is a comma "
        "missing?)\n");
  CHECK(parse(R"({"a": [1, 2,]})").problems ==
        "error: t.json: /a/2: this is not valid JSON (line 1, column 13): a comma before ']' has nothing after it: "
        "remove it\n");
  CHECK(parse(R"({"a": True})").problems ==
        "error: t.json: /a: this is not valid JSON (line 1, column 7): 'True' is not a value; text goes in double "
        "quotes, and true, false and null are lowercase\n");
  CHECK(parse("{\"a\": \"two\nlines\"}").problems ==
        "error: t.json: /a: this is not valid JSON (line 1, column 11): a line break inside text must be written as "
        "\\n\n");
  CHECK(parse(R"({"a": 1} {})").problems ==
        "error: t.json: this is not valid JSON (line 1, column 10): there is more after the end of the top-level "
        "value; a file holds one JSON object\n");
  CHECK(parse("   ").problems == "error: t.json: the file is empty; a pack file holds one JSON object { ... }\n");
  CHECK(parse(R"({"a": "\x"})").problems ==
        "error: t.json: /a: this is not valid JSON (line 1, column 9): '\\x' is not an escape JSON knows; write \\\\ "
        "for a backslash\n");
}

TEST_CASE("json: limits stop hostile input") {
  Limits limits;
  limits.max_depth = 3;
  CHECK(parse("[[[1]]]", limits).doc.has_value());
  CHECK(parse("[[[[1]]]]", limits).problems ==
        "error: t.json: /0/0/0: the data is nested more than 3 levels deep; a pack never needs that many\n");

  limits = {};
  limits.max_array_items = 3;
  CHECK(parse(R"({"a": [1, 2, 3, 4]})", limits).problems ==
        "error: t.json: /a: this list has more than 3 items; split it across files or packs\n");

  limits = {};
  limits.max_object_members = 2;
  CHECK(parse(R"({"a": 1, "b": 2, "c": 3})", limits).problems ==
        "error: t.json: this object has more than 2 fields; no part of a pack needs that many\n");

  limits = {};
  limits.max_values = 4;
  CHECK(parse("[1, 2, 3, 4]", limits).problems ==
        "error: t.json: /3: the pack holds more than 4 JSON values in all; split it into smaller packs\n");

  limits = {};
  limits.max_file_bytes = 4;
  CHECK(parse("[1, 2]", limits).problems ==
        "error: t.json: the file is 6 bytes; the limit is 4 bytes: split it into several files\n");
}

TEST_CASE("json: a long string or a repeated key is reported but parsing goes on") {
  Limits limits;
  limits.max_string_chars = 5;
  const auto p = parse(R"({"a": "123456", "b": "ok", "b": "again"})", limits);
  CHECK(p.doc.has_value());
  CHECK(p.problems ==
        "error: t.json: /a: this text is 6 characters long; the limit is 5: shorten it or split it up\n"
        "error: t.json: /b: the field 'b' appears more than once in the same object; keep only one\n");
}

TEST_CASE("json: string length counts characters, not bytes") {
  Limits limits;
  limits.max_string_chars = 4;
  CHECK(parse(R"(["café"])", limits).problems == "");
}

// Plain text is scanned eight bytes at a time: whatever ends or interrupts a run
// (a quote, an escape, a control character, a character above ASCII, bad UTF-8) is
// found at every offset within a word, and near the end of the file.
TEST_CASE("json: text is read alike wherever in it a special byte falls") {
  Limits limits;
  limits.max_string_chars = 30;
  std::deque<std::string> texts;  // a document points into its text
  const auto parse_kept = [&](std::string text, const Limits& with = {}) { return parse(texts.emplace_back(std::move(text)), with); };
  for (std::size_t at = 0; at <= 24; ++at) {
    CAPTURE(at);
    const std::string before(at, 'x');
    const std::string after(24 - at, 'y');
    auto one = [&](const std::string& middle) { return parse_kept("[\"" + before + middle + after + "\"]", limits); };
    auto first_text = [](const Parsed& p) {
      for (auto item : p.doc->root().children()) return std::string(item.string());
      return std::string("(empty)");
    };
    const auto escaped = one("\\\"");
    REQUIRE(escaped.doc);
    CHECK(first_text(escaped) == before + "\"" + after);
    const auto accented = one("\xC3\xA9");  // é: one character of two bytes
    REQUIRE(accented.doc);
    CHECK(first_text(accented) == before + "\xC3\xA9" + after);
    CHECK(accented.problems == "");
    const auto tab = one("\t");
    CHECK_FALSE(tab.doc.has_value());
    CHECK(tab.problems.find("a control character inside text must be escaped") != std::string::npos);
    const auto broken = one("\xC3(");
    CHECK_FALSE(broken.doc.has_value());
    CHECK(broken.problems.find("not valid UTF-8") != std::string::npos);
    const auto too_long = one("zzzzzzz");  // 31 characters
    CHECK(too_long.problems.find("this text is 31 characters long; the limit is 30") != std::string::npos);
    const auto unclosed = parse_kept("[\"" + before + after);
    CHECK(unclosed.problems.find("a text value is not closed") != std::string::npos);
    const auto short_text = parse_kept("[\"" + std::string(at % 8, 'q') + "\"]");
    REQUIRE(short_text.doc);
    CHECK(first_text(short_text) == std::string(at % 8, 'q'));
  }
}

TEST_CASE("json: converts to nlohmann::json for opaque data") {
  const auto p = parse(R"({"b": [1, 2.5, "x", null, false], "a": {"k": -3}})");
  REQUIRE(p.doc);
  CHECK(p.doc->root().to_nlohmann().dump() == R"({"a":{"k":-3},"b":[1,2.5,"x",null,false]})");
}
