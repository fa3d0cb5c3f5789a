#pragma once
// The pipeline file (format 1, documented in docs/PIPELINE_FORMAT.md): reading it
// from untrusted text with every problem reported at once (JSON Pointer + plain
// words, as the pack loader does), and writing it back in the same layout.
//
// Amounts are whole currency units as JSON integers (48000) or text with up to two
// decimals ("48000.50"), never JSON fractions, so no rounding creeps in.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/diagnostic.hpp"
#include "core/pipeline/pipeline.hpp"

namespace dealdojo::pipeline {

inline constexpr int kPipelineFormat = 1;
inline constexpr std::size_t kMaxPipelineFileBytes = 8u * 1024u * 1024u;

struct PipelineLoad {
  std::optional<Pipeline> pipeline;              // set only when there is no error
  std::vector<content::Diagnostic> diagnostics;  // errors first, then warnings

  bool ok() const { return pipeline.has_value(); }
};

// Parses and checks (check_pipeline) a pipeline file's text; `file_name` names it
// in diagnostics.
PipelineLoad read_pipeline(std::string_view json_text, std::string_view file_name);
// Reads a file of at most kMaxPipelineFileBytes, then read_pipeline.
PipelineLoad load_pipeline_file(const std::filesystem::path& path);

// The file's text (2-space indented, fields in the documented order). Stages are
// written only when they differ from default_preset(); optional fields only when set.
std::string write_pipeline(const Pipeline& pipeline);

// An amount as the file writes it: an integer when whole, else "1234.50".
nlohmann::ordered_json amount_to_file_json(Money amount);

}  // namespace dealdojo::pipeline
