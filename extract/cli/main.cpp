// outturn: the command line. It parses arguments and wires the library's stages
// together; everything it reports comes from them.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "batch_command.hpp"
#include "outturn/output.hpp"
#include "outturn/pipeline.hpp"
#include "outturn/tables.hpp"

namespace {

// Exit statuses (documented in --help and README).
constexpr int exit_ok = 0;
constexpr int exit_inconsistent = 1;
constexpr int exit_error = 2;
constexpr int exit_patterns = 3;

constexpr const char* usage = R"(usage: outturn COMMAND [OPTIONS] FILE.pdf...

Turns committee performance reports (PDF) into checked, structured data.

commands:
  extract FILE.pdf [-o OUT.json]   indicators, checks and diagnostics as JSON
                                   (schema outturn/1, see docs/output.md);
                                   several files need -d DIR (one FILE.json each)
  check FILE.pdf...                recompute every checkable claim and print
                                   the findings like compiler diagnostics
  text FILE.pdf                    the lines outturn reads, with page and box
                                   (for debugging the first stages)
  tables FILE.pdf                  the tables outturn finds (ruled or aligned), cell by cell
  patterns                         load the pattern files and run every
                                   pattern's examples
  batch PATH... [--db STORE]       a whole archive (PDFs, directories, manifests)
                                   in worker processes into an SQLite store;
                                   resumable (docs/batch.md, outturn batch --help)
  export --db STORE                the store's indicators, checks or documents
                                   as CSV or JSON lines
  merge STORE... -o ALL.sqlite     join the stores of sharded batches

options:
  -o, --output FILE     write JSON here instead of standard output (extract)
  -d, --output-dir DIR  write DIR/NAME.json for each input (extract)
  --all                 check: print consistent and unverifiable findings too
  --patterns DIR        pattern directory (default: $OUTTURN_PATTERNS, then the
                        installed share/outturn/patterns)
  --password PW         password for encrypted PDFs (or $OUTTURN_PASSWORD)
  -h, --help            this help
  --version             print the version

exit status:
  0  success (check: nothing inconsistent)
  1  check: at least one inconsistent claim
  2  usage error, or a file could not be read (not a PDF, damaged, encrypted,
     no text layer...); other files are still processed
  3  the pattern files are invalid (nothing is processed)
)";

struct Arguments {
    std::string command;
    std::vector<std::string> files;
    std::optional<std::string> output, output_dir, patterns_dir, password;
    bool all = false;
};

[[noreturn]] void usage_error(const std::string& message) {
    std::cerr << "outturn: " << message << "\n" << "Try 'outturn --help'.\n";
    std::exit(exit_error);
}

Arguments parse(int argc, char** argv) {
    Arguments args;
    std::vector<std::string> words(argv + 1, argv + argc);
    auto value_of = [&](std::size_t& i) -> std::string {
        if (i + 1 >= words.size()) usage_error("option " + words[i] + " needs a value");
        return words[++i];
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w == "-h" || w == "--help") {
            std::cout << usage;
            std::exit(exit_ok);
        } else if (w == "--version") {
            std::cout << "outturn " << outturn::version() << "\n";
            std::exit(exit_ok);
        } else if (w == "-o" || w == "--output") {
            args.output = value_of(i);
        } else if (w == "-d" || w == "--output-dir") {
            args.output_dir = value_of(i);
        } else if (w == "--patterns") {
            args.patterns_dir = value_of(i);
        } else if (w == "--password") {
            args.password = value_of(i);
        } else if (w == "--all") {
            args.all = true;
        } else if (w.size() > 1 && w[0] == '-') {
            usage_error("unknown option " + w);
        } else if (args.command.empty()) {
            args.command = w;
        } else {
            args.files.push_back(w);
        }
    }
    if (args.command.empty()) usage_error("no command given");
    if (!args.password) {
        if (const char* env = std::getenv("OUTTURN_PASSWORD")) args.password = env;
    }
    return args;
}

std::string default_patterns_dir() {
    if (const char* env = std::getenv("OUTTURN_PATTERNS")) return env;
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        auto installed = exe.parent_path().parent_path() / "share" / "outturn" / "patterns";
        if (std::filesystem::is_directory(installed, ec)) return installed.string();
    }
    return OUTTURN_SOURCE_PATTERNS;  // running from a build tree
}

outturn::Rules load_rules(const Arguments& args) {
    std::string dir = args.patterns_dir ? *args.patterns_dir : default_patterns_dir();
    try {
        return outturn::load_rules(dir);
    } catch (const outturn::patterns::LoadError& e) {
        std::cerr << "outturn: " << e.what() << "\n";
        std::exit(exit_patterns);
    }
}

// Reads one PDF, or says on stderr why it cannot ("outturn: FILE: reason [kind]").
std::optional<outturn::pdf::Document> read_document(const std::string& file, const Arguments& args) {
    outturn::pdf::Options options;
    options.password = args.password;
    try {
        return outturn::pdf::read_file(file, options);
    } catch (const outturn::pdf::Error& e) {
        std::cerr << "outturn: " << file << ": " << e.what() << " [" << outturn::pdf::to_string(e.kind()) << "]\n";
    }
    return std::nullopt;
}

std::optional<outturn::Result> run_file(const std::string& file, const Arguments& args, const outturn::Rules& rules) {
    auto document = read_document(file, args);
    if (!document) return std::nullopt;
    return outturn::process(std::move(*document), rules);
}

struct Summary {
    int documents = 0, failed = 0, pages = 0, indicators = 0;
    int checks[3] = {0, 0, 0};

    void add(const outturn::Result& result) {
        ++documents;
        pages += result.document.page_count;
        indicators += static_cast<int>(result.assembly.indicators.size());
        for (const auto& check : result.checks) ++checks[static_cast<int>(check.status)];
    }
    std::string line() const {
        return "outturn: " + std::to_string(documents) + " documents (" + std::to_string(failed) + " failed), " +
               std::to_string(pages) + " pages, " + std::to_string(indicators) + " indicators; checks: " +
               std::to_string(checks[0]) + " consistent, " + std::to_string(checks[1]) + " inconsistent, " +
               std::to_string(checks[2]) + " unverifiable";
    }
};

int command_extract(const Arguments& args) {
    if (args.files.empty()) usage_error("extract needs a PDF file");
    if (args.files.size() > 1 && !args.output_dir) usage_error("several files need --output-dir DIR");
    if (args.output && args.output_dir) usage_error("give -o or -d, not both");
    auto rules = load_rules(args);
    if (args.output_dir) {
        std::error_code ec;
        std::filesystem::create_directories(*args.output_dir, ec);
        if (ec) {
            std::cerr << "outturn: " << *args.output_dir << ": cannot create directory: " << ec.message() << "\n";
            return exit_error;
        }
    }
    int status = exit_ok;
    Summary summary;
    for (const std::string& file : args.files) {
        auto result = run_file(file, args, rules);
        if (!result) {
            status = exit_error;
            ++summary.failed;
            continue;
        }
        summary.add(*result);
        std::string json = outturn::output::to_json(*result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        try {
            if (args.output_dir) {
                std::filesystem::path out = std::filesystem::path(*args.output_dir) / std::filesystem::path(file).stem();
                out += ".json";
                outturn::output::write_atomically(out.string(), json);
            } else if (args.output && *args.output != "-") {
                outturn::output::write_atomically(*args.output, json);
            } else {
                std::cout << json;
            }
        } catch (const std::exception& e) {
            std::cerr << "outturn: " << file << ": " << e.what() << "\n";
            status = exit_error;
        }
    }
    // A run over several files ends with what it found, for people and logs alike.
    if (args.output_dir) std::cerr << summary.line() << "\n";
    return status;
}

int command_check(const Arguments& args) {
    if (args.files.empty()) usage_error("check needs at least one PDF file");
    auto rules = load_rules(args);
    int status = exit_ok;
    int counts[3] = {0, 0, 0};
    for (const std::string& file : args.files) {
        auto result = run_file(file, args, rules);
        if (!result) {
            status = exit_error;
            continue;
        }
        for (const auto& check : result->checks) {
            ++counts[static_cast<int>(check.status)];
            if (check.status != outturn::reconcile::Status::inconsistent && !args.all) continue;
            std::cout << file << ":" << check.source.page << ": " << outturn::reconcile::to_string(check.status) << " "
                      << check.kind << ": \"" << check.source.quote << "\" - " << check.message << "\n";
        }
        if (status == exit_ok && counts[static_cast<int>(outturn::reconcile::Status::inconsistent)] > 0) status = exit_inconsistent;
    }
    std::cout << counts[0] << " consistent, " << counts[1] << " inconsistent, " << counts[2] << " unverifiable\n";
    return status;
}

int command_text(const Arguments& args) {
    if (args.files.size() != 1) usage_error("text needs exactly one PDF file");
    auto document = read_document(args.files[0], args);
    if (!document) return exit_error;
    auto layout = outturn::layout::build(*document);
    for (const auto& passage : layout.passages) {
        const char* mark = passage.running ? "R" : passage.is_heading ? "H" : "-";
        for (std::size_t k = 0; k < passage.line_count; ++k) {
            const auto& line = layout.lines[passage.first_line + k];
            std::printf("%d\t%s%s\t%.1f,%.1f,%.1f,%.1f\t%.1f%s\t%s\n", line.page, k == 0 ? "" : " ", mark, line.box.x0,
                        line.box.y0, line.box.x1, line.box.y1, line.font_size, line.bold ? "b" : "", line.text.c_str());
        }
    }
    return exit_ok;
}

int command_tables(const Arguments& args) {
    if (args.files.size() != 1) usage_error("tables needs exactly one PDF file");
    auto rules = load_rules(args);
    auto document = read_document(args.files[0], args);
    if (!document) return exit_error;
    int n = 0;
    for (const auto& table : outturn::tables::detect_all(*document, rules.headers)) {
        std::printf("table %d: pages %d-%d, %s, %zu rows x %d columns, %d header rows, box %.1f,%.1f,%.1f,%.1f\n", ++n, table.page,
                    table.last_page, table.ruled ? "ruled" : "aligned", table.rows.size(), table.columns, table.header_rows,
                    table.box.x0, table.box.y0, table.box.x1, table.box.y1);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            std::printf("  row %zu:", r);
            for (const auto& cell : table.rows[r]) {
                if (cell.covered) continue;
                std::string text = cell.text.size() > 40 ? cell.text.substr(0, 37) + "..." : cell.text;
                std::printf(" [%s]%s", text.c_str(), cell.fill ? "*" : "");
            }
            std::printf("\n");
        }
    }
    return exit_ok;
}

int command_patterns(const Arguments& args) {
    auto rules = load_rules(args);
    auto failures = outturn::patterns::check_examples(rules.patterns);
    for (const auto& f : failures) std::cerr << "outturn: " << f << "\n";
    std::size_t examples = 0;
    for (const auto& p : rules.patterns.patterns()) examples += p.should_match.size() + p.should_not_match.size();
    std::cout << rules.patterns.patterns().size() << " patterns, " << examples << " examples, " << failures.size() << " failing\n";
    return failures.empty() ? exit_ok : exit_patterns;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1) {
        // The archive commands parse their own options (batch_command.cpp).
        const std::string command = argv[1];
        const std::vector<std::string> rest(argv + 2, argv + argc);
        if (command == "batch") return run_batch(rest, default_patterns_dir());
        if (command == "export") return run_export(rest);
        if (command == "merge") return run_merge(rest);
        if (command == "worker") return run_worker(rest);
    }
    Arguments args = parse(argc, argv);
    if (args.command == "extract") return command_extract(args);
    if (args.command == "check") return command_check(args);
    if (args.command == "text") return command_text(args);
    if (args.command == "patterns") return command_patterns(args);
    if (args.command == "tables") return command_tables(args);
    usage_error("unknown command '" + args.command + "'");
}
