#pragma once
// The ways a draft begins: a new pack from a template, an editable copy of a loaded
// pack (the loaded pack itself stays as it is), or a pack file the trainer opens.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/content/pack.hpp"
#include "core/studio/draft.hpp"

namespace dealdojo::studio {

enum class PackTemplate {
  Exam,      // a blueprint with two domains, one example question, one glossary term
  Roleplay,  // one role-play script to start from, no exam
};
std::string_view template_name(PackTemplate kind);  // "Exam practice", "Role-play"

// `taken_ids`: the ids of the packs loaded now; the new pack's id avoids them.
Draft new_draft(PackTemplate kind, std::span<const std::string> taken_ids);
// A copy of `pack` with a new id ("<id>-copy", "-copy-2", ...) and "(copy)" in its title.
Draft copy_of_pack(const content::Pack& pack, std::span<const std::string> taken_ids);
// A bundled pack's text (a file the trainer opened). The pack may have problems
// (they are shown in the studio), but it must be a JSON object; otherwise nullopt and
// a diagnostic naming `file_name`.
std::optional<Draft> open_pack_text(std::string_view text, std::string_view file_name,
                                    std::vector<content::Diagnostic>& problems);

// An id made from `wanted` that is not in `taken_ids` ("x", "x-2", "x-3", ...).
std::string unused_id(std::string_view wanted, std::span<const std::string> taken_ids);

// The message when a draft's pack id is the id of another loaded pack (a built-in one,
// or one the learner added that this draft did not make), or "" when it is free.
std::string id_clash(std::string_view pack_id, std::span<const std::string> other_pack_ids);

// A script to start a new role-play from: a two-node conversation that compiles and
// checks cleanly, named `scenario_id`.
std::string starter_script(std::string_view scenario_id);

}  // namespace dealdojo::studio
