#pragma once
// Internal to the pack loader: turns parsed JSON documents into a Pack draft,
// remembering where each item came from, then checks the pack as a whole.
#include <string>
#include <vector>

#include "core/content/json_reader.hpp"
#include "core/content/pack.hpp"

namespace dealdojo::content::detail {

using Place = ContentPlace;

struct PackDraft {
  Pack pack;
  std::string root_file;             // "pack.json", or the bundle's name
  bool root_read = false;            // the root document was a JSON object
  bool manifest_ok = false;          // every manifest field read correctly
  bool newer_format = false;         // the pack says format > 1: nothing else is read
  bool blueprint_present = false;    // a "blueprint" key exists (even if broken)
  bool blueprint_domains_ok = false; // every domain entry was read: references can be checked
  Place blueprint_place;
  std::vector<Place> question_places;  // parallel to pack.questions
  std::vector<Place> glossary_places;  // parallel to pack.glossary
  std::vector<Place> preset_places;    // parallel to pack.pipeline_presets
  std::vector<Place> assessment_places;  // parallel to pack.assessments
  std::vector<std::string> scenario_ids;
  std::vector<Place> scenario_places;  // parallel to scenario_ids
};

// The root document: pack.json of a folder pack, or the whole bundled pack. Reads the
// manifest and blueprint, then any sections it holds inline.
void read_root_document(JsonView root, ReadContext& ctx, PackDraft& draft);
// A content file under questions/, glossary/, pipeline/ or roleplay/: sections only.
void read_content_file(JsonView root, ReadContext& ctx, PackDraft& draft);

// One question at `pointer`, after reporting its problems. A question with errors is
// still returned (with the fields that were readable) so that checks across the pack
// see its id and references; nullopt only when it is not an object at all.
std::optional<Question> read_question(JsonView item, const std::string& pointer, ReadContext& ctx);

// One self-assessment at `pointer` (assessment_reader.cpp). Like a question, one
// with errors is still returned so that duplicate ids across files are found;
// nullopt only when it is not an object. The sink says whether an error happened.
std::optional<Assessment> read_assessment(JsonView item, const std::string& pointer, ReadContext& ctx);

// Checks across files: duplicate ids, unknown domains, dangling glossary references,
// and the blueprint warnings (domains with fewer questions than their exam share).
void check_pack(PackDraft& draft, DiagnosticSink& sink);

}  // namespace dealdojo::content::detail
