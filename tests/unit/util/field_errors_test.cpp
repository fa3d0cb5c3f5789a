#include <doctest/doctest.h>

#include "core/util/field_errors.hpp"

using namespace dealdojo;

TEST_CASE("a field's pointer and its old name go both ways") {
  CHECK(util::field_pointer("quote") == "/quote");
  CHECK(util::field_pointer("year_amounts", 2) == "/year_amounts/2");
  CHECK(util::field_pointer("a/b~c") == "/a~1b~0c");
  CHECK(util::field_name("/quote") == "quote");
  CHECK(util::field_name("/year_amounts/2") == "year_amounts[2]");
  CHECK(util::field_name("/a~1b~0c") == "a/b~c");
  CHECK(util::field_name("/tiers/1/approver") == "tiers[1]/approver");
  CHECK(util::field_name("") == "");
}

TEST_CASE("field errors are error diagnostics with no file, found by their pointer") {
  util::FieldErrors errors;
  util::add_field_error(errors, "/term", "The term must be at least 1 month.");
  util::add_field_error(errors, "/quote", "first");
  util::add_field_error(errors, "/quote", "second");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].is_error());
  CHECK(errors[0].file.empty());
  CHECK(errors[0].pointer == "/term");
  const content::Diagnostic* quote = util::find_field_error(errors, "/quote");
  REQUIRE(quote != nullptr);
  CHECK(quote->message == "first");
  CHECK(util::find_field_error(errors, "/aov") == nullptr);
  CHECK(util::find_field_error(errors, "quote") == nullptr);  // a name is not a pointer
}

TEST_CASE("field errors as JSON keep the field names the CLI and describe() always used") {
  util::FieldErrors errors;
  util::add_field_error(errors, util::field_pointer("year_amounts", 1), "The year 2 amount cannot be negative.");
  const nlohmann::json json = util::field_errors_to_json(errors);
  REQUIRE(json.size() == 1);
  CHECK(json[0]["field"] == "year_amounts[1]");
  CHECK(json[0]["message"] == "The year 2 amount cannot be negative.");
  CHECK(util::field_errors_to_json({}).is_array());
}
