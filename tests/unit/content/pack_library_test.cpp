#include <doctest/doctest.h>

#include "content_test_support.hpp"
#include "core/content/pack_library.hpp"

using namespace content_test;
using dealdojo::content::PackLibrary;

namespace {

dealdojo::content::Pack pack_with_id(const std::string& id) {
  nlohmann::json bundle = valid_bundle();
  bundle["id"] = id;
  auto result = load(bundle);
  REQUIRE(result.pack);
  return std::move(*result.pack);
}

}  // namespace

TEST_CASE("library: questions are found by pack-namespaced global id") {
  PackLibrary library;
  CHECK_FALSE(library.add(pack_with_id("alpha")).has_value());
  CHECK_FALSE(library.add(pack_with_id("beta")).has_value());
  CHECK(library.packs().size() == 2);
  CHECK(library.question_count() == 4);
  // Both packs have a question "q1": the pack id keeps them apart.
  const auto a = library.find_question("alpha/q1");
  const auto b = library.find_question("beta/q1");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->pack->manifest.id == "alpha");
  CHECK(b->pack->manifest.id == "beta");
  CHECK(b->global_id() == "beta/q1");
  CHECK_FALSE(library.find_question("q1").has_value());
  CHECK_FALSE(library.find_question("gamma/q1").has_value());
  CHECK(library.all_questions().size() == 4);
}

TEST_CASE("library: a second pack with the same id is refused with a clear error") {
  PackLibrary library;
  REQUIRE_FALSE(library.add(pack_with_id("alpha")).has_value());
  const auto clash = library.add(pack_with_id("alpha"), "extra.json");
  REQUIRE(clash);
  CHECK(clash->to_string() ==
        "extra.json: /id: a pack with the id 'alpha' is already loaded ('Test pack', version 1.0.0); remove it first, "
        "or give this pack a different id");
  CHECK(library.packs().size() == 1);
}

TEST_CASE("library: removing a pack removes its questions") {
  PackLibrary library;
  REQUIRE_FALSE(library.add(pack_with_id("alpha")).has_value());
  REQUIRE_FALSE(library.add(pack_with_id("beta")).has_value());
  const auto held = library.find_pack("alpha");  // a view keeping the pack alive
  CHECK(library.remove("alpha"));
  CHECK_FALSE(library.remove("alpha"));
  CHECK_FALSE(library.find_question("alpha/q1").has_value());
  CHECK(library.find_question("beta/q2").has_value());
  CHECK(held->questions.size() == 2);
  CHECK_FALSE(library.add(pack_with_id("alpha")).has_value());
}

TEST_CASE("global ids split into pack and item") {
  using dealdojo::content::split_global_id;
  const auto id = split_global_id("sales-rep/plan-001");
  REQUIRE(id);
  CHECK(id->pack_id == "sales-rep");
  CHECK(id->item_id == "plan-001");
  CHECK_FALSE(split_global_id("plan-001").has_value());
  CHECK_FALSE(split_global_id("/x").has_value());
  CHECK_FALSE(split_global_id("x/").has_value());
  CHECK(dealdojo::content::global_question_id("a", "b") == "a/b");
}
