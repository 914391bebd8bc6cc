#pragma once
// Stage 7: the JSON contract "outturn/1" (docs/output.md, docs/schema/).
#include <nlohmann/json.hpp>

#include "outturn/pipeline.hpp"

namespace outturn::output {

inline constexpr const char* schema_version = "outturn/1";

nlohmann::json to_json(const Result& result);

// Writes through a temporary file in the same directory and renames it into
// place, so an interrupted run never leaves half a file. Throws std::runtime_error.
void write_atomically(const std::string& path, const std::string& content);

}  // namespace outturn::output
