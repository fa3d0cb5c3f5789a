#pragma once
// Internal to the pack loader: turns parsed JSON documents into a Pack draft,
// remembering where each item came from, then checks the pack as a whole.
#include <cstddef>
#include <set>
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
  std::vector<Place> template_places;  // parallel to pack.guidance.templates
  std::vector<Place> playbook_places;  // parallel to pack.guidance.playbooks
  // Parallel to the two above: the item was read without an error, so its steps
  // are exactly those of its file (the step graph is only checked then).
  std::vector<bool> template_read_cleanly;
  std::vector<bool> playbook_read_cleanly;
  std::set<char32_t> characters;  // above ASCII, from every document read (Pack::characters)
};

// Guided selling's limits (FORMAT.md section 10): they bound the work on a hostile pack.
inline constexpr std::size_t kMaxPlaybooks = 500;            // in a pack
inline constexpr std::size_t kMaxTemplates = 200;            // in a pack
inline constexpr std::size_t kMaxAuthoredSteps = 200;        // in a playbook or template, as written
inline constexpr std::size_t kMaxExpandedSteps = 2000;       // in a playbook, templates expanded
inline constexpr std::size_t kMaxPackExpandedSteps = 20000;  // in all of a pack's playbooks
inline constexpr std::size_t kMaxExpandedTextBytes = 64u * 1024u * 1024u;  // text copied by expansion
inline constexpr std::size_t kMaxOutcomes = 8;               // of one step
inline constexpr std::size_t kMaxCriteria = 20;              // exit criteria, as for a stage

// The root document: pack.json of a folder pack, or the whole bundled pack. Reads the
// manifest and blueprint, then any sections it holds inline.
void read_root_document(JsonView root, ReadContext& ctx, PackDraft& draft);
// A content file under questions/, glossary/, pipeline/, roleplay/, assessment/ or
// guidance/: sections only.
void read_content_file(JsonView root, ReadContext& ctx, PackDraft& draft);

// One question at `pointer`, after reporting its problems. A question with errors is
// still returned (with the fields that were readable) so that checks across the pack
// see its id and references; nullopt only when it is not an object at all.
std::optional<Question> read_question(JsonView item, const std::string& pointer, ReadContext& ctx);

// One self-assessment at `pointer` (assessment_reader.cpp). Like a question, one
// with errors is still returned so that duplicate ids across files are found;
// nullopt only when it is not an object. The sink says whether an error happened.
std::optional<Assessment> read_assessment(JsonView item, const std::string& pointer, ReadContext& ctx);

// The "guidance" section at `pointer` (guidance_reader.cpp): templates and playbooks
// as authored, each with its place, checked on its own; check_guidance() does the rest.
void read_guidance(JsonView value, const std::string& pointer, ReadContext& ctx, PackDraft& draft);

// The guidance checks that need the whole pack (guidance_checks.cpp): templates
// and stages that exist, criteria, the step graph of each playbook; expands the
// templates of every playbook that passes into Playbook::steps.
void check_guidance(PackDraft& draft, DiagnosticSink& sink);

// Checks across files: duplicate ids, unknown domains, dangling glossary references,
// and the blueprint warnings (domains with fewer questions than their exam share).
void check_pack(PackDraft& draft, DiagnosticSink& sink);

}  // namespace dealdojo::content::detail
