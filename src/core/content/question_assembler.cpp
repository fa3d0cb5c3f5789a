#include "core/content/question_assembler.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/content/json_document.hpp"
#include "core/content/pack_loader.hpp"
#include "core/content/pack_reader.hpp"
#include "core/content/pack_writer.hpp"
#include "core/content/text_checks.hpp"

namespace dealdojo::content::detail {
namespace {

constexpr std::size_t kMaxDerivedDomains = 50;

// Whole-percent weights proportional to `counts`, each at least 1, adding up to 100
// (largest remainders get the spare points).
std::vector<int> weights_for(const std::vector<int>& counts) {
  int total = 0;
  for (int c : counts) total += c;
  std::vector<int> weights(counts.size(), 1);
  std::vector<double> remainder(counts.size(), 0.0);
  int sum = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const double raw = 100.0 * counts[i] / std::max(total, 1);
    weights[i] = std::max(1, static_cast<int>(raw));
    remainder[i] = raw - static_cast<int>(raw);
    sum += weights[i];
  }
  while (sum != 100) {
    std::size_t pick = 0;
    if (sum < 100) {
      for (std::size_t i = 1; i < weights.size(); ++i) {
        if (remainder[i] > remainder[pick]) pick = i;
      }
      ++weights[pick];
      remainder[pick] -= 1.0;
      ++sum;
    } else {
      for (std::size_t i = 1; i < weights.size(); ++i) {
        if (weights[i] > weights[pick]) pick = i;
      }
      --weights[pick];
      --sum;
    }
  }
  return weights;
}

}  // namespace

std::string name_from_id(std::string_view id) {
  std::string out(id);
  std::replace(out.begin(), out.end(), '-', ' ');
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

void QuestionAssembler::add(const nlohmann::json& question, PlaceFn place) {
  // The importers build `question` from text they checked for UTF-8, so strict dumping is safe;
  // replace anyway so that a mistake can never abort.
  const std::string text = question.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  DiagnosticSink local(m_limits.max_diagnostics);
  const auto doc = JsonDocument::parse(text, m_options.file_name, m_limits, m_values_left, local);
  std::optional<Question> q;
  if (doc) {
    ReadContext ctx{m_options.file_name, local};
    q = read_question(doc->root(), "", ctx);
  }
  const bool ok = !local.has_errors() && q.has_value();
  for (Diagnostic& d : local.take()) {
    d.pointer = place(d.pointer);
    m_sink.add(std::move(d));
  }
  if (!q) return;
  if (!ok) q->id.clear();  // reported already: keeps the checks across questions quiet about it
  m_entries.push_back({std::move(*q), std::move(place)});
}

Pack QuestionAssembler::derived_pack_shell() {
  Pack pack;
  pack.manifest = {kFormatVersion,
                   is_kebab_case(m_options.pack_id) ? m_options.pack_id : std::string("imported"),
                   m_options.title.empty() ? std::string("Imported questions") : m_options.title,
                   "0.1.0",
                   "en-GB",
                   {"Unknown"},
                   "All rights reserved",
                   "Imported from " + m_options.file_name};
  std::vector<std::string> ids;
  std::vector<int> counts;
  for (const Entry& e : m_entries) {
    const auto it = std::find(ids.begin(), ids.end(), e.question.domain);
    if (it == ids.end()) {
      ids.push_back(e.question.domain);
      counts.push_back(1);
    } else {
      ++counts[static_cast<std::size_t>(it - ids.begin())];
    }
  }
  Blueprint bp;
  bp.questions = std::min(60, static_cast<int>(m_entries.size()));
  bp.minutes = std::max(1, (bp.questions * 7 + 2) / 4);  // 1.75 minutes a question, as 105 for 60
  bp.pass_percent = 70;
  const std::vector<int> weights = weights_for(counts);
  for (std::size_t i = 0; i < ids.size(); ++i) bp.domains.push_back({ids[i], name_from_id(ids[i]), weights[i]});
  pack.blueprint = std::move(bp);
  return pack;
}

ImportResult QuestionAssembler::finish() {
  const std::string& file = m_options.file_name;
  if (m_entries.empty() && !m_sink.has_errors()) {
    m_sink.error(file, "", "no questions found in the file");
  }
  // Duplicate ids, then domains and glossary terms against the base pack.
  std::unordered_map<std::string_view, std::size_t> first;
  for (std::size_t i = 0; i < m_entries.size(); ++i) {
    const Question& q = m_entries[i].question;
    if (q.id.empty()) continue;
    const auto [it, inserted] = first.emplace(q.id, i);
    if (!inserted) {
      m_sink.error(file, m_entries[i].place("/id"),
                   "the question id '" + q.id + "' is already used at " + m_entries[it->second].place("/id"));
    }
  }
  const Pack* base = m_options.base ? &*m_options.base : nullptr;
  std::vector<std::string_view> domain_ids;
  if (base != nullptr && base->blueprint) {
    for (const BlueprintDomain& d : base->blueprint->domains) domain_ids.push_back(d.id);
  }
  std::vector<std::string_view> seen_domains;
  for (const Entry& e : m_entries) {
    const Question& q = e.question;
    if (q.id.empty()) continue;
    if (base != nullptr) {
      if (std::find(domain_ids.begin(), domain_ids.end(), q.domain) == domain_ids.end()) {
        std::string message = "'" + q.domain + "' is not a domain of the base pack's blueprint";
        if (const auto guess = closest_match(q.domain, domain_ids)) message += "; did you mean '" + std::string(*guess) + "'?";
        m_sink.error(file, e.place("/domain"), message);
      }
    } else if (std::find(seen_domains.begin(), seen_domains.end(), q.domain) == seen_domains.end()) {
      seen_domains.push_back(q.domain);
      if (seen_domains.size() == kMaxDerivedDomains + 1) {
        m_sink.error(file, e.place("/domain"),
                     "more than " + std::to_string(kMaxDerivedDomains) + " different domains; a blueprint holds at most " +
                         std::to_string(kMaxDerivedDomains));
      }
    }
    for (std::size_t g = 0; g < q.glossary.size(); ++g) {
      if (base != nullptr && base->find_glossary_term(q.glossary[g]) != nullptr) continue;
      m_sink.error(file, e.place("/glossary/" + std::to_string(g)),
                   base != nullptr ? "the base pack's glossary has no term '" + q.glossary[g] + "'"
                                   : "the term '" + q.glossary[g] +
                                         "' cannot be found: import into a base pack whose glossary has it");
    }
  }
  ImportResult result;
  if (m_sink.has_errors()) {
    result.diagnostics = m_sink.take();
    return result;
  }
  Pack pack = base != nullptr ? *base : derived_pack_shell();
  pack.questions.clear();
  for (Entry& e : m_entries) pack.questions.push_back(std::move(e.question));
  if (base == nullptr) {
    m_sink.warning(file, "",
                   "no base pack was given, so the pack's id, title, licence and blueprint were made up "
                   "(domain weights follow the question counts): review them before sharing the pack");
  }
  // The pack as the loader reads it back: the same checks as any pack, and what
  // gets written is exactly what loads. Problems of single questions were reported
  // above by row or line; the rest (blueprint shares) are added here.
  LoadResult loaded = load_pack_from_text(save_pack_bundle(pack), file, m_limits);
  for (Diagnostic& d : loaded.diagnostics) {
    if (!d.is_error() && d.pointer.rfind("/questions/", 0) == 0) continue;
    m_sink.add(std::move(d));
  }
  result.diagnostics = m_sink.take();
  if (!has_errors(result.diagnostics)) result.pack = std::move(loaded.pack);
  return result;
}

}  // namespace dealdojo::content::detail
