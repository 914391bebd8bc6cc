#include "batch_command.hpp"

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>

#include "outturn/batch.hpp"
#include "outturn/store.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_error = 2;
constexpr int exit_patterns = 3;

constexpr const char* batch_usage = R"(usage: outturn batch PATH... [OPTIONS]
       outturn export --db STORE [--format csv|jsonl] [--what indicators|checks|documents]
       outturn merge STORE... -o ALL.sqlite

batch processes PDFs, directories (searched recursively) and manifests (text
files listing one path per line) in worker processes and records every
document's outcome in an SQLite store (docs/batch.md). A rerun skips what is
recorded, so an interrupted batch is finished by running it again.

batch options:
  --db FILE           the store (default outturn.sqlite; created if absent)
  --jsonl FILE        also append one JSON document per line
  -j, --jobs N        worker processes (default: the number of CPUs)
  --timeout S         seconds per document before its worker is killed (300)
  --max-memory MB     address-space limit of each worker (4096)
  --force             process documents again even if recorded
  --shard K/N         take only documents in shard K of N (by content hash)
  --quiet             no progress, failures or summary on stderr
  --patterns DIR      pattern directory
  --password-file F   passwords to try on encrypted PDFs, one per line
)";

[[noreturn]] void usage_error(const std::string& message) {
    std::cerr << "outturn: " << message << "\n" << "Try 'outturn batch --help'.\n";
    std::exit(exit_error);
}

template <typename Number>
Number number_of(const std::string& option, const std::string& text) {
    Number value{};
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value <= 0)
        usage_error("option " + option + " needs a positive number, not '" + text + "'");
    return value;
}

// Walks the arguments, handing each option with its value (if it takes one) to `on_option`.
template <typename OnOption>
std::vector<std::string> parse(const std::vector<std::string>& args, const std::vector<std::string>& with_value, OnOption on_option) {
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            std::cout << batch_usage;
            std::exit(exit_ok);
        }
        if (a.size() < 2 || a[0] != '-') {
            positional.push_back(a);
            continue;
        }
        bool takes_value = std::find(with_value.begin(), with_value.end(), a) != with_value.end();
        if (takes_value && i + 1 >= args.size()) usage_error("option " + a + " needs a value");
        if (!on_option(a, takes_value ? args[++i] : std::string())) usage_error("unknown option " + a);
    }
    return positional;
}

int report(const std::exception& e) {
    std::cerr << "outturn: " << e.what() << "\n";
    return exit_error;
}

}  // namespace

int run_batch(const std::vector<std::string>& args, const std::string& default_patterns_dir) {
    outturn::batch::Options options;
    options.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::string patterns = default_patterns_dir;
    std::optional<std::string> password_file;
    options.inputs = parse(args, {"--db", "--jsonl", "-j", "--jobs", "--timeout", "--max-memory", "--shard", "--patterns", "--password-file"},
                           [&](const std::string& o, const std::string& v) {
                               if (o == "--db") options.db = v;
                               else if (o == "--jsonl") options.jsonl = v;
                               else if (o == "-j" || o == "--jobs") options.jobs = number_of<int>(o, v);
                               else if (o == "--timeout") options.timeout_seconds = number_of<double>(o, v);
                               else if (o == "--max-memory") options.max_memory_mb = number_of<std::uint64_t>(o, v);
                               else if (o == "--patterns") patterns = v;
                               else if (o == "--password-file") password_file = v;
                               else if (o == "--force") options.force = true;
                               else if (o == "--quiet") options.quiet = true;
                               else if (o == "--shard") {
                                   auto slash = v.find('/');
                                   if (slash == std::string::npos) usage_error("--shard needs K/N, e.g. 1/4");
                                   options.shard = number_of<int>(o, v.substr(0, slash));
                                   options.shards = number_of<int>(o, v.substr(slash + 1));
                                   if (options.shard > options.shards) usage_error("--shard K/N needs 1 <= K <= N");
                               } else return false;
                               return true;
                           });
    if (options.inputs.empty()) usage_error("batch needs at least one PDF, directory or manifest");

    std::error_code ec;
    auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return report(std::runtime_error("cannot find this program's own path to start workers: " + ec.message()));
    options.worker_command = {self.string(), "worker", "--patterns", patterns};
    if (password_file) {
        options.worker_command.push_back("--password-file");
        options.worker_command.push_back(*password_file);
    }
    try {
        return outturn::batch::run(options);
    } catch (const std::exception& e) {
        return report(e);
    }
}

int run_worker(const std::vector<std::string>& args) {
    std::optional<std::string> patterns, password_file;
    parse(args, {"--patterns", "--password-file"}, [&](const std::string& o, const std::string& v) {
        if (o == "--patterns") patterns = v;
        else if (o == "--password-file") password_file = v;
        else return false;
        return true;
    });
    if (!patterns) usage_error("worker needs --patterns DIR");
    std::vector<std::string> passwords;
    if (password_file) {
        std::ifstream in(*password_file);
        if (!in) return report(std::runtime_error(*password_file + ": cannot read the password file"));
        for (std::string line; std::getline(in, line);) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (!line.empty()) passwords.push_back(line);
        }
    }
    outturn::Rules rules;
    try {
        rules = outturn::load_rules(*patterns);
    } catch (const std::exception& e) {
        std::cerr << "outturn: " << e.what() << "\n";
        return exit_patterns;
    }
    return outturn::batch::serve(rules, passwords, 0, 1);
}

int run_export(const std::vector<std::string>& args) {
    std::optional<std::string> db;
    auto format = outturn::store::Format::csv;
    auto table = outturn::store::Table::indicators;
    auto positional = parse(args, {"--db", "--format", "--what"}, [&](const std::string& o, const std::string& v) {
        if (o == "--db") db = v;
        else if (o == "--format" && (v == "csv" || v == "jsonl")) format = v == "csv" ? outturn::store::Format::csv : outturn::store::Format::jsonl;
        else if (o == "--what" && v == "indicators") table = outturn::store::Table::indicators;
        else if (o == "--what" && v == "checks") table = outturn::store::Table::checks;
        else if (o == "--what" && v == "documents") table = outturn::store::Table::documents;
        else if (o == "--format" || o == "--what") usage_error("bad value '" + v + "' for " + o);
        else return false;
        return true;
    });
    if (!db || !positional.empty()) usage_error("export needs --db STORE and nothing else");
    if (!std::filesystem::exists(*db)) return report(std::runtime_error(*db + ": no such store"));
    try {
        outturn::store::Store store(*db);
        std::ios::sync_with_stdio(false);
        store.export_rows(table, format, std::cout);
        std::cout.flush();
        return std::cout ? exit_ok : exit_error;
    } catch (const std::exception& e) {
        return report(e);
    }
}

int run_merge(const std::vector<std::string>& args) {
    std::optional<std::string> output;
    auto inputs = parse(args, {"-o", "--output"}, [&](const std::string& o, const std::string& v) {
        if (o != "-o" && o != "--output") return false;
        output = v;
        return true;
    });
    if (!output || inputs.empty()) usage_error("merge needs STORE... -o ALL.sqlite");
    try {
        outturn::store::Store store(*output);
        for (const auto& input : inputs) {
            if (!std::filesystem::exists(input)) throw std::runtime_error(input + ": no such store");
            store.merge_from(input);
        }
        return exit_ok;
    } catch (const std::exception& e) {
        return report(e);
    }
}
