#pragma once
// Problems with what a person typed into a form (a deal calculator, the pipeline
// editor, the forecast settings) or passed as a CLI flag. Each is a
// content::Diagnostic like any other expected failure: severity Error, no file,
// the field as a JSON Pointer ("/quote", "/year_amounts/2"), and a sentence for
// the person filling the form. A form shows each under the input it points at.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/diagnostic.hpp"

namespace dealdojo::util {

using FieldErrors = std::vector<content::Diagnostic>;

// The pointer of a top-level field: "quote" -> "/quote" ('~' and '/' escaped as
// RFC 6901 says); of an item of a list field: ("year_amounts", 2) -> "/year_amounts/2".
std::string field_pointer(std::string_view field);
std::string field_pointer(std::string_view field, std::size_t index);

// Appends an error on the field at `pointer`.
void add_field_error(FieldErrors& errors, std::string_view pointer, std::string message);
// The first error on the field at `pointer`, or nullptr: what a form shows under that input.
const content::Diagnostic* find_field_error(const FieldErrors& errors, std::string_view pointer);

// The field as the CLI's --json and the app's describe() have always named it:
// "/quote" -> "quote", "/year_amounts/2" -> "year_amounts[2]".
std::string field_name(std::string_view pointer);
// [{"field": "quote", "message": "..."}, ...], with field_name's names.
nlohmann::json field_errors_to_json(const FieldErrors& errors);

}  // namespace dealdojo::util
