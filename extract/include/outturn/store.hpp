#pragma once
// The batch store: one SQLite database holding every document a batch has seen,
// its outcome, its full outturn/1 JSON and that JSON flattened into tables.
// The schema is documented in docs/batch.md; this is its only writer.
#include <cstdint>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

struct sqlite3;

namespace outturn::store {

// Bumped whenever a table or column changes meaning (docs/batch.md).
inline constexpr int schema_version = 1;

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What became of one document: `json` (outturn/1) when it was read, otherwise
// the failure kind ("damaged", "timeout", ...) and a message.
struct Outcome {
    std::string sha256;
    std::vector<std::string> paths;
    std::optional<nlohmann::json> json;
    std::string error_kind;
    std::string error_message;
};

enum class Table { documents, indicators, checks };
enum class Format { csv, jsonl };

class Store {
public:
    // Opens `path`, creating the file and schema when absent. Throws Error when
    // the file is not an outturn store or has another schema version.
    explicit Store(const std::string& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // SHA-256 of every document with a recorded outcome.
    std::unordered_set<std::string> recorded() const;

    // Adds paths to documents already recorded (a rerun that found them again).
    void add_paths(const std::vector<std::pair<std::string, std::string>>& sha256_and_path);

    // Replaces whatever was recorded for the document, in one transaction.
    void record(const Outcome& outcome);

    // Copies in every document of another store that this one lacks or holds
    // only as failed while the other has it read; paths are united.
    void merge_from(const std::string& other_path);

    // One row per document, indicator or check (with its document's metadata),
    // CSV (RFC 4180) or one JSON object per line.
    void export_rows(Table table, Format format, std::ostream& out) const;

private:
    sqlite3* db_ = nullptr;
};

}  // namespace outturn::store
