#include "outturn/store.hpp"

#include <sqlite3.h>

#include <charconv>
#include <chrono>
#include <ctime>
#include <filesystem>

#include "outturn/pipeline.hpp"

namespace outturn::store {
namespace {

using nlohmann::json;

// Foreign keys cascade so that --force and merge can replace a document by
// deleting its rows; WITHOUT ROWID keeps the (doc, ord) keys the only identity,
// so two runs over the same inputs produce the same rows.
constexpr const char* schema_sql = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE documents (
  sha256        TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  pages         INTEGER,
  producer      TEXT,
  title         TEXT,
  status        TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error_kind    TEXT,
  error_message TEXT,
  tool_version  TEXT NOT NULL,
  processed_at  TEXT NOT NULL,
  json          TEXT,
  CHECK ((status = 'ok') = (error_kind IS NULL)),
  CHECK ((status = 'ok') = (json IS NOT NULL))
) WITHOUT ROWID;
CREATE INDEX documents_by_outcome ON documents (status, error_kind);
CREATE TABLE paths (
  sha256 TEXT NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
  path   TEXT NOT NULL,
  PRIMARY KEY (sha256, path)
) WITHOUT ROWID;
CREATE INDEX paths_by_path ON paths (path);
CREATE TABLE indicators (
  doc             TEXT NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
  ord             INTEGER NOT NULL,
  id              TEXT NOT NULL,
  name            TEXT,
  section         TEXT,
  period          TEXT,
  value           REAL NOT NULL,
  value_text      TEXT NOT NULL,
  unit            TEXT,
  decimals        INTEGER,
  numerator       REAL,
  denominator     REAL,
  target          REAL,
  target_text     TEXT,
  polarity        TEXT,
  rag             TEXT,
  previous        REAL,
  previous_text   TEXT,
  previous_period TEXT,
  page            INTEGER,
  bbox            TEXT,
  quote           TEXT,
  pattern         TEXT,
  PRIMARY KEY (doc, ord)
) WITHOUT ROWID;
CREATE INDEX indicators_by_name ON indicators (name);
CREATE TABLE checks (
  doc        TEXT NOT NULL REFERENCES documents (sha256) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  status     TEXT NOT NULL,
  stated     TEXT,
  recomputed TEXT,
  tolerance  TEXT,
  message    TEXT,
  rule       TEXT,
  indicator  TEXT,
  page       INTEGER,
  bbox       TEXT,
  quote      TEXT,
  PRIMARY KEY (doc, ord)
) WITHOUT ROWID;
CREATE INDEX checks_by_status ON checks (status, kind);
CREATE INDEX checks_by_indicator ON checks (doc, indicator);
)sql";

constexpr const char* indicator_columns =
    "doc, ord, id, name, section, period, value, value_text, unit, decimals, numerator, denominator, target, target_text, "
    "polarity, rag, previous, previous_text, previous_period, page, bbox, quote, pattern";
constexpr const char* check_columns = "doc, ord, kind, status, stated, recomputed, tolerance, message, rule, indicator, page, bbox, quote";
constexpr const char* document_columns =
    "sha256, pages, producer, title, status, error_kind, error_message, tool_version, processed_at, json";

class Statement {
public:
    Statement(sqlite3* db, const std::string& sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK)
            throw Error(std::string("SQL error: ") + sqlite3_errmsg(db) + " in: " + sql);
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int i, const std::string& text) {
        check(sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Statement& bind(int i, std::int64_t n) {
        check(sqlite3_bind_int64(stmt_, i, n));
        return *this;
    }
    Statement& bind_null(int i) {
        check(sqlite3_bind_null(stmt_, i));
        return *this;
    }
    // JSON scalars keep their type; arrays and objects (bbox) are stored as JSON text.
    Statement& bind(int i, const json& v) {
        if (v.is_null()) return bind_null(i);
        if (v.is_number_integer()) return bind(i, v.get<std::int64_t>());
        if (v.is_number()) {
            check(sqlite3_bind_double(stmt_, i, v.get<double>()));
            return *this;
        }
        if (v.is_string()) return bind(i, v.get_ref<const std::string&>());
        if (v.is_boolean()) return bind(i, std::int64_t{v.get<bool>()});
        return bind(i, v.dump());
    }

    bool step() {
        int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc != SQLITE_DONE) throw Error(std::string("SQL error: ") + sqlite3_errmsg(db_));
        return false;
    }
    void run() {
        step();
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
    }
    std::string text(int column) const {
        auto p = sqlite3_column_text(stmt_, column);
        return p ? reinterpret_cast<const char*>(p) : "";
    }
    sqlite3_stmt* get() const { return stmt_; }

private:
    void check(int rc) const {
        if (rc != SQLITE_OK) throw Error(std::string("SQL bind error: ") + sqlite3_errmsg(db_));
    }
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

void exec(sqlite3* db, const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        throw Error("SQL error: " + text);
    }
}

// Rolls back unless committed, so an exception mid-document leaves nothing half written.
class Transaction {
public:
    explicit Transaction(sqlite3* db) : db_(db) { exec(db_, "BEGIN IMMEDIATE"); }
    ~Transaction() {
        if (!committed_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit() {
        exec(db_, "COMMIT");
        committed_ = true;
    }

private:
    sqlite3* db_;
    bool committed_ = false;
};

std::string utc_now() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

const json& field(const json& object, const char* key) {
    static const json null_value;
    if (!object.is_object()) return null_value;
    auto it = object.find(key);
    return it == object.end() ? null_value : *it;
}

std::string placeholders(int n) {
    std::string s = "?";
    for (int i = 1; i < n; ++i) s += ", ?";
    return s;
}

void insert_indicators(sqlite3* db, const std::string& sha256, const json& list) {
    Statement insert(db, std::string("INSERT INTO indicators (") + indicator_columns + ") VALUES (" + placeholders(23) + ")");
    std::int64_t ord = 0;
    for (const json& ind : list) {
        const json& value = field(ind, "value");
        const json& target = field(ind, "target");
        const json& previous = field(ind, "previous");
        const json& source = field(ind, "source");
        insert.bind(1, sha256).bind(2, ord++).bind(3, field(ind, "id")).bind(4, field(ind, "name")).bind(5, field(ind, "section"));
        insert.bind(6, field(field(ind, "period"), "text")).bind(7, field(value, "number")).bind(8, field(value, "text"));
        insert.bind(9, field(value, "unit")).bind(10, field(value, "decimals")).bind(11, field(ind, "numerator"));
        insert.bind(12, field(ind, "denominator")).bind(13, field(target, "number")).bind(14, field(target, "text"));
        insert.bind(15, field(ind, "polarity")).bind(16, field(ind, "rag")).bind(17, field(previous, "number"));
        insert.bind(18, field(previous, "text")).bind(19, field(previous, "period")).bind(20, field(source, "page"));
        insert.bind(21, field(source, "bbox")).bind(22, field(source, "quote")).bind(23, field(source, "pattern"));
        insert.run();
    }
}

void insert_checks(sqlite3* db, const std::string& sha256, const json& list) {
    Statement insert(db, std::string("INSERT INTO checks (") + check_columns + ") VALUES (" + placeholders(13) + ")");
    std::int64_t ord = 0;
    for (const json& c : list) {
        const json& source = field(c, "source");
        insert.bind(1, sha256).bind(2, ord++).bind(3, field(c, "kind")).bind(4, field(c, "status")).bind(5, field(c, "stated"));
        insert.bind(6, field(c, "recomputed")).bind(7, field(c, "tolerance")).bind(8, field(c, "message"));
        insert.bind(9, field(c, "rule")).bind(10, field(c, "indicator")).bind(11, field(source, "page"));
        insert.bind(12, field(source, "bbox")).bind(13, field(source, "quote"));
        insert.run();
    }
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string quoted = "\"";
    for (char c : s) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

// Shortest text that reads back as the same double, so an export round-trips exactly.
std::string real_text(double v) {
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, result.ptr);
}

std::string export_query(Table table) {
    // Every row carries its document's identity and the first path it was found under.
    const std::string first_path = "(SELECT min(path) FROM paths p WHERE p.sha256 = d.sha256) AS path";
    switch (table) {
    case Table::documents:
        return "SELECT d.sha256, (SELECT group_concat(path, char(10)) FROM (SELECT path FROM paths p WHERE p.sha256 = d.sha256 "
               "ORDER BY path)) AS paths, d.pages, d.producer, d.title, d.status, d.error_kind, d.error_message, "
               "(SELECT count(*) FROM indicators i WHERE i.doc = d.sha256) AS indicators, "
               "(SELECT count(*) FROM checks c WHERE c.doc = d.sha256) AS checks, "
               "(SELECT count(*) FROM checks c WHERE c.doc = d.sha256 AND c.status = 'inconsistent') AS inconsistent, "
               "d.tool_version, d.processed_at FROM documents d ORDER BY d.sha256";
    case Table::indicators:
        return "SELECT d.sha256, " + first_path +
               ", d.title, d.producer, d.pages, i.ord, i.id, i.name, i.section, i.period, i.value, i.value_text, i.unit, "
               "i.decimals, i.numerator, i.denominator, i.target, i.target_text, i.polarity, i.rag, i.previous, i.previous_text, "
               "i.previous_period, i.page, i.bbox, i.quote, i.pattern FROM indicators i JOIN documents d ON d.sha256 = i.doc "
               "ORDER BY d.sha256, i.ord";
    case Table::checks:
        return "SELECT d.sha256, " + first_path +
               ", d.title, d.producer, d.pages, c.ord, c.kind, c.status, c.stated, c.recomputed, c.tolerance, c.message, c.rule, "
               "c.indicator, c.page, c.bbox, c.quote FROM checks c JOIN documents d ON d.sha256 = c.doc ORDER BY d.sha256, c.ord";
    }
    throw Error("unknown table");
}

}  // namespace

Store::Store(const std::string& path) {
    // A new store in a new folder (--db out/archive.sqlite) should just work.
    std::error_code ignored;
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        throw Error(path + ": cannot open: " + message);
    }
    try {
        // Another process (a concurrent export) may hold the lock briefly.
        sqlite3_busy_timeout(db_, 10000);
        // WAL: a kill -9 at any moment leaves the last committed document intact and
        // readers never block the writer. NORMAL synchronisation loses nothing on a
        // process crash; only a power cut may lose the last few commits, never consistency.
        exec(db_, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON");
        Transaction transaction(db_);
        bool has_meta = false;
        {
            Statement q(db_, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
            q.step();
            has_meta = sqlite3_column_int(q.get(), 0) > 0;
        }
        if (!has_meta) {
            Statement q(db_, "SELECT count(*) FROM sqlite_master");
            q.step();
            if (sqlite3_column_int(q.get(), 0) > 0) throw Error(path + ": an SQLite database, but not an outturn store");
            exec(db_, schema_sql);
            Statement meta(db_, "INSERT INTO meta (key, value) VALUES (?, ?)");
            meta.bind(1, std::string("schema_version")).bind(2, std::to_string(schema_version)).run();
            meta.bind(1, std::string("tool_version")).bind(2, std::string(outturn::version())).run();
            meta.bind(1, std::string("created_at")).bind(2, utc_now()).run();
        } else {
            Statement q(db_, "SELECT value FROM meta WHERE key = 'schema_version'");
            std::string found = q.step() ? q.text(0) : "none";
            if (found != std::to_string(schema_version))
                throw Error(path + ": store schema version " + found + ", this outturn reads version " + std::to_string(schema_version));
        }
        transaction.commit();
    } catch (...) {
        sqlite3_close(db_);
        throw;
    }
}

Store::~Store() { sqlite3_close(db_); }

std::unordered_set<std::string> Store::recorded() const {
    std::unordered_set<std::string> done;
    Statement q(db_, "SELECT sha256 FROM documents");
    while (q.step()) done.insert(q.text(0));
    return done;
}

void Store::add_paths(const std::vector<std::pair<std::string, std::string>>& sha256_and_path) {
    if (sha256_and_path.empty()) return;
    Transaction transaction(db_);
    Statement insert(db_, "INSERT OR IGNORE INTO paths (sha256, path) VALUES (?, ?)");
    for (const auto& [sha256, path] : sha256_and_path) insert.bind(1, sha256).bind(2, path).run();
    transaction.commit();
}

void Store::record(const Outcome& outcome) {
    Transaction transaction(db_);
    const std::string& sha = outcome.sha256;
    Statement(db_, "DELETE FROM indicators WHERE doc = ?").bind(1, sha).run();
    Statement(db_, "DELETE FROM checks WHERE doc = ?").bind(1, sha).run();

    // An upsert rather than INSERT OR REPLACE: REPLACE deletes the row first, which
    // would cascade to the paths recorded by earlier runs.
    Statement upsert(db_, std::string("INSERT INTO documents (") + document_columns + ") VALUES (" + placeholders(10) +
                              ") ON CONFLICT (sha256) DO UPDATE SET pages = excluded.pages, producer = excluded.producer, "
                              "title = excluded.title, status = excluded.status, error_kind = excluded.error_kind, "
                              "error_message = excluded.error_message, tool_version = excluded.tool_version, "
                              "processed_at = excluded.processed_at, json = excluded.json");
    upsert.bind(1, sha);
    if (outcome.json) {
        const json& source = field(*outcome.json, "source");
        upsert.bind(2, field(source, "pages")).bind(3, field(source, "producer")).bind(4, field(source, "title"));
        upsert.bind(5, std::string("ok")).bind_null(6).bind_null(7);
        upsert.bind(10, outcome.json->dump(-1, ' ', false, json::error_handler_t::replace));
    } else {
        upsert.bind_null(2).bind_null(3).bind_null(4).bind(5, std::string("failed"));
        upsert.bind(6, outcome.error_kind).bind(7, outcome.error_message).bind_null(10);
    }
    upsert.bind(8, std::string(outturn::version())).bind(9, utc_now());
    upsert.run();

    Statement path(db_, "INSERT OR IGNORE INTO paths (sha256, path) VALUES (?, ?)");
    for (const auto& p : outcome.paths) path.bind(1, sha).bind(2, p).run();
    if (outcome.json) {
        insert_indicators(db_, sha, field(*outcome.json, "indicators"));
        insert_checks(db_, sha, field(*outcome.json, "checks"));
    }
    transaction.commit();
}

void Store::merge_from(const std::string& other_path) {
    // Opening it as a store first checks that it is one, of this schema version.
    { Store check(other_path); }
    Statement(db_, "ATTACH DATABASE ? AS src").bind(1, other_path).run();
    try {
        Transaction transaction(db_);
        exec(db_,
             "CREATE TEMP TABLE take AS SELECT s.sha256 FROM src.documents s LEFT JOIN main.documents d USING (sha256) "
             "WHERE d.sha256 IS NULL OR (d.status = 'failed' AND s.status = 'ok');"
             "DELETE FROM main.indicators WHERE doc IN (SELECT sha256 FROM take);"
             "DELETE FROM main.checks WHERE doc IN (SELECT sha256 FROM take);");
        exec(db_, std::string("INSERT INTO main.documents (") + document_columns + ") SELECT " + document_columns +
                      " FROM src.documents WHERE sha256 IN (SELECT sha256 FROM take) ORDER BY sha256 "
                      "ON CONFLICT (sha256) DO UPDATE SET pages = excluded.pages, producer = excluded.producer, "
                      "title = excluded.title, status = excluded.status, error_kind = excluded.error_kind, "
                      "error_message = excluded.error_message, tool_version = excluded.tool_version, "
                      "processed_at = excluded.processed_at, json = excluded.json");
        exec(db_, std::string("INSERT INTO main.indicators (") + indicator_columns + ") SELECT " + indicator_columns +
                      " FROM src.indicators WHERE doc IN (SELECT sha256 FROM take)");
        exec(db_, std::string("INSERT INTO main.checks (") + check_columns + ") SELECT " + check_columns +
                      " FROM src.checks WHERE doc IN (SELECT sha256 FROM take)");
        exec(db_, "INSERT OR IGNORE INTO main.paths (sha256, path) SELECT sha256, path FROM src.paths; DROP TABLE temp.take");
        transaction.commit();
    } catch (...) {
        sqlite3_exec(db_, "DROP TABLE IF EXISTS temp.take; DETACH DATABASE src", nullptr, nullptr, nullptr);
        throw;
    }
    exec(db_, "DETACH DATABASE src");
}

void Store::export_rows(Table table, Format format, std::ostream& out) const {
    Statement q(db_, export_query(table));
    const int columns = sqlite3_column_count(q.get());
    std::vector<std::string> names;
    for (int c = 0; c < columns; ++c) names.emplace_back(sqlite3_column_name(q.get(), c));
    if (format == Format::csv) {
        for (int c = 0; c < columns; ++c) out << (c ? "," : "") << csv_field(names[c]);
        out << "\r\n";
    }
    while (q.step()) {
        // Ordered, so JSON lines list the columns in the same order as the CSV header.
        nlohmann::ordered_json row = nlohmann::ordered_json::object();
        for (int c = 0; c < columns; ++c) {
            sqlite3_stmt* s = q.get();
            switch (sqlite3_column_type(s, c)) {
            case SQLITE_NULL: row[names[c]] = nullptr; break;
            case SQLITE_INTEGER: row[names[c]] = sqlite3_column_int64(s, c); break;
            case SQLITE_FLOAT: row[names[c]] = sqlite3_column_double(s, c); break;
            default: row[names[c]] = q.text(c);
            }
        }
        if (format == Format::jsonl) {
            out << row.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
            continue;
        }
        // NULL and the empty string both become an empty field: CSV has no null.
        for (int c = 0; c < columns; ++c) {
            const auto& v = row[names[c]];
            if (c) out << ",";
            if (v.is_number_float()) out << real_text(v.get<double>());
            else if (v.is_number()) out << v.dump();
            else if (v.is_string()) out << csv_field(v.get_ref<const std::string&>());
        }
        out << "\r\n";
    }
}

}  // namespace outturn::store
