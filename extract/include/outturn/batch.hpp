#pragma once
// Batch processing of an archive (docs/batch.md): inputs found and hashed,
// documents handed to a pool of worker processes, every outcome recorded in a
// store. Internal to the command line: it forks, handles signals and owns the
// terminal, which an embedding application would not want from a library.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "outturn/pipeline.hpp"

namespace outturn::batch {

struct Options {
    std::vector<std::string> inputs;  // PDFs, directories (recursive) and manifests
    std::string db = "outturn.sqlite";
    std::optional<std::string> jsonl;
    int jobs = 1;
    double timeout_seconds = 300;
    std::uint64_t max_memory_mb = 4096;
    bool force = false;
    bool quiet = false;
    int shard = 1, shards = 1;                // this run takes documents whose shard_of is `shard`
    std::vector<std::string> worker_command;  // argv starting `outturn worker ...`
};

// 1-based shard of a document, from its content hash: the same on every machine.
int shard_of(const std::string& sha256, int shards);

// Exit status: 0 when every document found has a recorded outcome (failed
// documents included: their failure is the outcome); 2 when an input could
// not be read, or the store or the workers failed; 3 when the workers reject
// the pattern files; 130 when interrupted (a rerun finishes the rest).
int run(const Options& options);

// The worker's side of the pipe protocol: writes {"ready":true}, then for each
// request line {"path":...} read from in_fd one reply line to out_fd, either
// {"ok":true,"json":{outturn/1}} or {"ok":false,"kind":...,"message":...};
// a reply with "retire":true (out of memory) is the worker's last.
// `passwords` are tried in turn on encrypted documents.
int serve(const Rules& rules, const std::vector<std::string>& passwords, int in_fd, int out_fd);

}  // namespace outturn::batch
