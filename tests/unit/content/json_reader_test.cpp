// The one field reader over both kinds of parsed JSON: the bounded document
// (packs) and an nlohmann::json tree (saves, scenarios) read and report alike.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "content_test_support.hpp"
#include "core/content/json_document.hpp"
#include "core/content/json_reader.hpp"

using dealdojo::content::DiagnosticSink;
using dealdojo::content::JsonDocument;
using dealdojo::content::JsonView;
using dealdojo::content::Limits;
using dealdojo::content::Need;
using dealdojo::content::ObjectReader;
using dealdojo::content::ReadContext;

namespace {

// Everything one reader pass finds in `root`, as text: values read and diagnostics.
std::string read_all(JsonView root) {
  DiagnosticSink sink;
  ReadContext ctx{"t.json", sink};
  ObjectReader r(root, "", ctx);
  std::string out;
  out += "name=" + r.text("name", Need::Required, "a name").value_or("?") + "\n";
  out += "id=" + r.id("id", Need::Required, "an id").value_or("?") + "\n";
  out += "count=" + std::to_string(r.integer("count", Need::Required, 0, 10, "a count").value_or(-1)) + "\n";
  out += "at=" + std::to_string(r.whole_number("at_ms", Need::Required, 0, INT64_MAX, "a time").value_or(-1)) + "\n";
  out += "on=" + std::to_string(r.boolean("on", Need::Required, "true or false").value_or(false)) + "\n";
  out += "ratio=" + std::to_string(r.number("ratio", Need::Optional, 0, 1, "a ratio").value_or(-1)) + "\n";
  if (auto tags = r.text_list("tags", Need::Required, 5, true, "tags")) out += "tags=" + std::to_string(tags->size()) + "\n";
  if (auto list = r.array("items", Need::Required, "items")) {
    for (JsonView item : list->children()) out += "item " + std::to_string(item.integer()) + "\n";
  }
  if (auto inner = r.object("inner", Need::Optional, "an inner object")) {
    for (JsonView member : inner->children()) out += "inner." + std::string(member.key()) + "\n";
  }
  static constexpr std::string_view known[] = {"name", "id", "count", "at_ms", "on", "ratio", "tags", "items", "inner"};
  r.warn_unknown_fields(known, "the test object");
  out += content_test::lines(sink.take());
  return out;
}

std::string read_both_ways(const std::string& text) {
  DiagnosticSink parse_sink;
  std::size_t values_left = Limits{}.max_values;
  const auto doc = JsonDocument::parse(text, "t.json", Limits{}, values_left, parse_sink);
  REQUIRE(doc);
  const nlohmann::json tree = nlohmann::json::parse(text);
  const std::string from_document = read_all(doc->root());
  const std::string from_tree = read_all(JsonView(tree));
  CHECK(from_document == from_tree);
  return from_tree;
}

}  // namespace

TEST_CASE("json reader: a good object reads the same from a document and from a tree") {
  const std::string out = read_both_ways(
      R"({"name": "Ada", "id": "first-deal", "count": 3, "at_ms": 1764000000000, "on": true, "ratio": 0.5,
          "tags": ["a", "b-c"], "items": [1, 2], "inner": {"x": 1, "y": 2}})");
  CHECK(out ==
        "name=Ada\nid=first-deal\ncount=3\nat=1764000000000\non=1\nratio=0.500000\ntags=2\n"
        "item 1\nitem 2\ninner.x\ninner.y\n");
}

TEST_CASE("json reader: every kind of problem is reported alike from a document and from a tree") {
  const std::string out = read_both_ways(
      R"({"name": "", "id": "Not An Id", "count": 11, "at_ms": "soon", "on": 1, "ratio": 2,
          "tags": ["x", 3], "items": {}, "inner": [], "extra": true})");
  CHECK(out.find("/name: is empty: add a name") != std::string::npos);
  CHECK(out.find("/id: 'Not An Id' is not a valid id") != std::string::npos);
  CHECK(out.find("/count: must be between 0 and 10, not 11") != std::string::npos);
  CHECK(out.find("/at_ms: must be a whole number, not text 'soon'") != std::string::npos);
  CHECK(out.find("/on: must be true or false, not a whole number (1)") != std::string::npos);
  CHECK(out.find("/ratio: must be a number from 0 to 1, not 2") != std::string::npos);
  CHECK(out.find("/tags/1: must be text in quotes, not a whole number (3)") != std::string::npos);
  CHECK(out.find("/items: must be a list [ ... ], not an object { ... }") != std::string::npos);
  CHECK(out.find("/inner: must be an object { ... }, not a list [ ... ]") != std::string::npos);
  CHECK(out.find("/extra: the test object has no field 'extra'; it is ignored") != std::string::npos);
}

TEST_CASE("json reader: missing fields name what to add; a huge unsigned number is not taken as whole") {
  const std::string out = read_both_ways(R"({"at_ms": 18446744073709551615})");
  CHECK(out.find("/name: 'name' is missing: add a name") != std::string::npos);
  CHECK(out.find("/items: 'items' is missing: add items") != std::string::npos);
  CHECK(out.find("/at_ms: must be a whole number") != std::string::npos);
  CHECK(out.find("'ratio' is missing") == std::string::npos);  // optional
}

TEST_CASE("json view: a tree's scalar has no children and keys survive iteration") {
  const nlohmann::json tree = {{"b", 1}, {"a", "x"}};
  std::string keys;
  for (JsonView child : JsonView(tree).children()) keys += std::string(child.key()) + ";";
  CHECK(keys == "a;b;");
  const nlohmann::json scalar = 5;
  int children = 0;
  for ([[maybe_unused]] JsonView child : JsonView(scalar).children()) ++children;
  CHECK(children == 0);
  CHECK(JsonView(scalar).size() == 0);
  CHECK(JsonView(tree).to_nlohmann() == tree);
}
