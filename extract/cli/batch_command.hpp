#pragma once
// The archive commands (docs/batch.md): batch, export, merge, and the hidden
// worker that batch starts. Each parses its own options; `args` excludes the
// program and command names.
#include <string>
#include <vector>

int run_batch(const std::vector<std::string>& args, const std::string& default_patterns_dir);
int run_export(const std::vector<std::string>& args);
int run_merge(const std::vector<std::string>& args);
int run_worker(const std::vector<std::string>& args);
