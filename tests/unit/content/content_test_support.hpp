#pragma once
// Helpers for the content tests: a small valid bundled pack to mutate, loading
// from JSON, diagnostics as text, and a scratch folder per test case.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/pack_loader.hpp"

namespace content_test {

namespace fs = std::filesystem;
using dealdojo::content::Diagnostic;
using dealdojo::content::LoadResult;

inline nlohmann::json valid_question(const std::string& id, const std::string& domain = "planning") {
  nlohmann::json options = nlohmann::json::array();
  for (const char* letter : {"a", "b", "c", "d"}) {
    options.push_back({{"id", letter}, {"text", std::string("Option ") + letter}, {"why", std::string("Why ") + letter}});
  }
  return {{"id", id},           {"domain", domain},   {"subtopic", "territories"}, {"kind", "single"},
          {"choose", 1},        {"stem", "Which is a territory?"}, {"options", options},
          {"correct", {"b"}},   {"explanation", "Because."}, {"source", "Tests"},
          {"difficulty", "easy"}, {"tags", {"t"}}};
}

// A valid pack with one domain (weight 100), an exam of 2 questions, 2 questions
// and one glossary term: no errors and no warnings.
inline nlohmann::json valid_bundle() {
  return {{"format", 1},
          {"id", "test-pack"},
          {"title", "Test pack"},
          {"version", "1.0.0"},
          {"locale", "en-GB"},
          {"authors", {"Tests"}},
          {"licence", "CC0-1.0"},
          {"blueprint",
           {{"questions", 2},
            {"minutes", 5},
            {"pass_percent", 50},
            {"domains", {{{"id", "planning"}, {"name", "Planning"}, {"weight", 100}}}}}},
          {"questions", {valid_question("q1"), valid_question("q2")}},
          {"glossary", {{{"id", "quota"}, {"term", "Quota"}, {"definition", "A sales target."}}}}};
}

inline LoadResult load(const nlohmann::json& bundle, const dealdojo::content::Limits& limits = {}) {
  return dealdojo::content::load_pack_from_text(bundle.dump(), "test.json", limits);
}

// "error: test.json: /x: message" per diagnostic, joined by newlines.
inline std::string lines(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += std::string(dealdojo::content::severity_name(d.severity)) + ": " + d.to_string() + "\n";
  }
  return out;
}

inline fs::path source_dir() { return fs::path(DEALDOJO_SOURCE_DIR); }

// A fresh, empty folder for one test, removed at the end.
class ScratchDir {
 public:
  ScratchDir() {
    static std::atomic<int> counter{0};
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    m_path = fs::temp_directory_path() /
             ("dealdojo-content-test-" + std::to_string(ticks) + "-" + std::to_string(counter++));
    fs::create_directories(m_path);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const fs::path& path() const { return m_path; }

  void write(const fs::path& relative, const std::string& text) const {
    fs::create_directories((m_path / relative).parent_path());
    std::ofstream(m_path / relative, std::ios::binary) << text;
  }

 private:
  fs::path m_path;
};

}  // namespace content_test
