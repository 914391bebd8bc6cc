#include "outturn/patterns.hpp"
#include "outturn/utf8.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

namespace outturn::patterns {

const char* to_string(Produces produces) {
    switch (produces) {
    case Produces::value: return "value";
    case Produces::target: return "target";
    case Produces::polarity: return "polarity";
    case Produces::name: return "name";
    case Produces::benchmark: return "benchmark";
    case Produces::previous: return "previous";
    case Produces::parts: return "parts";
    case Produces::change: return "change";
    case Produces::total: return "total";
    case Produces::rag_rule: return "rag_rule";
    }
    return "value";
}

namespace {

constexpr std::size_t max_file_bytes = 1 << 20;

const std::map<std::string_view, Produces>& produces_names() {
    static const std::map<std::string_view, Produces> names = {
        {"value", Produces::value},         {"target", Produces::target},       {"polarity", Produces::polarity},
        {"name", Produces::name},           {"benchmark", Produces::benchmark}, {"previous", Produces::previous},
        {"parts", Produces::parts},         {"change", Produces::change},       {"total", Produces::total},
        {"rag_rule", Produces::rag_rule}};
    return names;
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
    return std::string(s.substr(b, e - b));
}


// RE2 logs parse errors to stderr by default; outturn reports them itself, with file and line.
re2::RE2::Options quiet_options() {
    re2::RE2::Options options;
    options.set_log_errors(false);
    return options;
}

[[noreturn]] void fail(const std::string& file, int line, const std::string& message) {
    throw LoadError(file + ":" + std::to_string(line) + ": " + message);
}

bool is_fragment_name(std::string_view name) {
    if (name.empty() || !(std::isupper(static_cast<unsigned char>(name[0])))) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
    });
}

// Replaces {NAME} with the fragment's text in a non-capturing group; RE2's own
// braces ({2}, {1,3}) hold digits and are left alone.
std::string expand(const std::string& source, const std::map<std::string, std::string>& fragments,
                   const std::string& file, int line) {
    std::string out;
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (source[i] == '\\' && i + 1 < source.size()) {
            out += source[i];
            out += source[++i];
            continue;
        }
        if (source[i] == '{') {
            std::size_t close = source.find('}', i);
            if (close != std::string::npos) {
                std::string name = source.substr(i + 1, close - i - 1);
                if (is_fragment_name(name)) {
                    auto it = fragments.find(name);
                    if (it == fragments.end()) fail(file, line, "unknown fragment {" + name + "}");
                    out += "(?:" + it->second + ")";
                    i = close;
                    continue;
                }
            }
        }
        out += source[i];
    }
    return out;
}

// "TEXT => key=value | key=value"
Example parse_example(const std::string& body, int line) {
    Example example;
    example.line = line;
    std::size_t arrow = body.find(" => ");
    example.text = trim(body.substr(0, arrow));
    if (arrow == std::string::npos) return example;
    std::string rest = body.substr(arrow + 4);
    std::size_t start = 0;
    while (start <= rest.size()) {
        std::size_t bar = rest.find(" | ", start);
        std::string item = trim(rest.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        std::size_t eq = item.find('=');
        if (!item.empty()) {
            if (eq == std::string::npos) throw std::invalid_argument("expected key=value, got '" + item + "'");
            example.captures[trim(item.substr(0, eq))] = trim(item.substr(eq + 1));
        }
        if (bar == std::string::npos) break;
        start = bar + 3;
    }
    return example;
}

// RE2's own words for what is wrong with a regex, or empty. Parsing alone
// (as a Set does on Add) is a fraction of compiling.
std::string parse_error(const std::string& regex) {
    re2::RE2::Set parser(quiet_options(), re2::RE2::UNANCHORED);
    std::string error;
    if (parser.Add(regex, &error) < 0) return error;
    return {};
}

// The names of a regex's named groups, "(?P<name>", read from its text.
std::vector<std::string> group_names(const std::string& regex) {
    std::vector<std::string> names;
    for (std::size_t at = regex.find("(?P<"); at != std::string::npos; at = regex.find("(?P<", at + 4)) {
        if (at > 0 && regex[at - 1] == '\\') continue;
        std::size_t close = regex.find('>', at + 4);
        if (close != std::string::npos) names.push_back(regex.substr(at + 4, close - at - 4));
    }
    return names;
}

}  // namespace

bool is_known_role(std::string_view name) {
    static const std::set<std::string_view> roles = {
        "value", "unit", "numerator", "denominator", "target", "gap", "side", "period", "previous",
        "previous_period", "benchmark", "benchmark_label", "polarity", "name", "change", "change_relative",
        "change_unit", "direction", "count", "statuses", "parts", "rag", "rule", "tolerance"};
    return roles.count(name) > 0;
}

struct PatternSet::Prefilter {
    // One Set over every pattern builds DFA states that each hold thousands of
    // instructions; its cache then fills and restarts all through a long
    // document. Small groups keep each DFA's states few and cheap, at the cost
    // of one pass over the text per group.
    static re2::RE2::Options set_options() {
        re2::RE2::Options options = quiet_options();
        options.set_max_mem(int64_t{8} << 20);
        return options;
    }
    // Measured on the Kent archive in one worker: 116 patterns in one Set
    // 19.1 s, in groups of 32 10.5 s, of 8 7.6 s, of 4 7.9 s.
    static constexpr std::size_t group_size = 8;
    struct Group {
        re2::RE2::Set set{set_options(), re2::RE2::UNANCHORED};
        int first = 0;  // index of the group's first pattern in patterns_
        int size = 0;
    };
    std::vector<std::unique_ptr<Group>> groups;
};

struct Pattern::Compiled {
    std::once_flag once;
    std::unique_ptr<re2::RE2> regex;
};

const re2::RE2& Pattern::regex() const {
    std::call_once(compiled->once, [this] { compiled->regex = std::make_unique<re2::RE2>(expanded, quiet_options()); });
    return *compiled->regex;
}

PatternSet::PatternSet() = default;
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;

void PatternSet::add_file(std::string_view text, const std::string& file) {
    if (text.size() > max_file_bytes) fail(file, 0, "pattern file is over 1 MiB; split it");
    std::istringstream in{std::string(text)};
    std::string raw;
    int line_no = 0;
    Pattern* current = nullptr;
    std::set<std::string> ids;
    for (const Pattern& p : patterns_) ids.insert(p.id);
    auto finish = [&]() {
        if (current == nullptr) return;
        if (current->source.empty()) fail(file, current->line, "pattern '" + current->id + "' has no regex");
        if (current->should_match.empty())
            fail(file, current->line, "pattern '" + current->id + "' has no 'match:' example; every pattern needs one");
    };
    while (std::getline(in, raw)) {
        ++line_no;
        if (valid_utf8(raw) != raw) fail(file, line_no, "not valid UTF-8");
        std::string line = trim(raw);
        if (line.empty() || line[0] == '#') continue;
        if (line.rfind("define ", 0) == 0) {
            std::size_t eq = line.find(" = ");
            if (eq == std::string::npos) fail(file, line_no, "expected 'define NAME = regex'");
            std::string name = trim(line.substr(7, eq - 7));
            if (!is_fragment_name(name)) fail(file, line_no, "fragment names are UPPER_CASE: '" + name + "'");
            if (fragments_.count(name)) fail(file, line_no, "fragment {" + name + "} is defined twice");
            fragments_[name] = expand(trim(line.substr(eq + 3)), fragments_, file, line_no);
            if (std::string error = parse_error(fragments_[name]); !error.empty()) fail(file, line_no, "fragment {" + name + "}: " + error);
            continue;
        }
        if (line.rfind("pattern ", 0) == 0) {
            finish();
            std::string id = trim(line.substr(8));
            if (id.empty() || id.find(' ') != std::string::npos) fail(file, line_no, "expected 'pattern ID' with no spaces in ID");
            if (!ids.insert(id).second) fail(file, line_no, "pattern id '" + id + "' is used twice");
            patterns_.push_back(Pattern{});
            current = &patterns_.back();
            current->id = id;
            current->file = file;
            current->line = line_no;
            continue;
        }
        std::size_t colon = line.find(':');
        if (colon == std::string::npos) fail(file, line_no, "expected 'key: value', 'pattern ID' or 'define NAME = regex'");
        if (current == nullptr) fail(file, line_no, "'" + line.substr(0, colon) + ":' before any 'pattern ID' line");
        std::string key = trim(line.substr(0, colon));
        std::string body = trim(line.substr(colon + 1));
        if (key == "produces") {
            auto it = produces_names().find(body);
            if (it == produces_names().end())
                fail(file, line_no, "unknown 'produces: " + body + "' (value, target, polarity, name, benchmark, previous, parts, change, total, rag_rule)");
            current->produces = it->second;
        } else if (key == "description") {
            current->description = body;
        } else if (key == "regex") {
            if (!current->source.empty()) fail(file, line_no, "second 'regex:' in pattern '" + current->id + "'");
            current->source = body;
            current->expanded = expand(body, fragments_, file, line_no);
            if (std::string error = parse_error(current->expanded); !error.empty())
                fail(file, line_no, "pattern '" + current->id + "': " + error);
            for (const std::string& name : group_names(current->expanded))
                if (!is_known_role(name)) fail(file, line_no, "pattern '" + current->id + "': unknown named group '" + name + "'");
            current->compiled = std::make_shared<Pattern::Compiled>();
        } else if (key == "match" || key == "no-match") {
            try {
                Example example = parse_example(body, line_no);
                (key == "match" ? current->should_match : current->should_not_match).push_back(std::move(example));
            } catch (const std::invalid_argument& e) {
                fail(file, line_no, e.what());
            }
        } else {
            fail(file, line_no, "unknown key '" + key + "' (produces, description, regex, match, no-match)");
        }
    }
    finish();
}

void PatternSet::compile() {
    prefilter_ = std::make_unique<Prefilter>();
    for (std::size_t i = 0; i < patterns_.size(); ++i) {
        if (i % Prefilter::group_size == 0) {
            prefilter_->groups.push_back(std::make_unique<Prefilter::Group>());
            prefilter_->groups.back()->first = static_cast<int>(i);
        }
        const Pattern& p = patterns_[i];
        std::string error;
        if (prefilter_->groups.back()->set.Add(p.expanded, &error) < 0) fail(p.file, p.line, "pattern '" + p.id + "': " + error);
        ++prefilter_->groups.back()->size;
    }
    for (const auto& group : prefilter_->groups) {
        if (!group->set.Compile())
            throw LoadError("patterns: RE2::Set could not compile (out of memory for " + std::to_string(patterns_.size()) + " patterns)");
    }
}

std::vector<int> PatternSet::candidates(std::string_view text) const {
    std::vector<int> hits;
    if (!prefilter_) return hits;
    std::vector<int> group_hits;
    for (const auto& group : prefilter_->groups) {
        group_hits.clear();
        re2::RE2::Set::ErrorInfo error{};
        if (!group->set.Match(text, &group_hits, &error) && error.kind == re2::RE2::Set::kOutOfMemory) {
            // A prefilter that gives up must not hide a statement: run every pattern of the group.
            group_hits.resize(static_cast<std::size_t>(group->size));
            for (int i = 0; i < group->size; ++i) group_hits[static_cast<std::size_t>(i)] = i;
        }
        for (int hit : group_hits) hits.push_back(group->first + hit);
    }
    std::sort(hits.begin(), hits.end());
    return hits;
}

PatternSet load_directory(const std::string& directory) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(directory, ec)) throw LoadError(directory + ": not a directory of pattern files");
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(directory, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".pat") files.push_back(entry.path());
    }
    if (ec) throw LoadError(directory + ": " + ec.message());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw LoadError(directory + ": no *.pat pattern files");
    PatternSet set;
    for (const fs::path& path : files) {
        auto size = fs::file_size(path, ec);
        if (ec) throw LoadError(path.string() + ": " + ec.message());
        if (size > max_file_bytes) throw LoadError(path.string() + ":0: pattern file is over 1 MiB; split it");
        std::ifstream in(path, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        set.add_file(text, path.string());
    }
    set.compile();
    return set;
}

ExampleRun run_once(const Pattern& pattern, std::string_view text) {
    ExampleRun run;
    const re2::RE2& re = pattern.regex();
    int groups = re.NumberOfCapturingGroups();
    std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(groups) + 1);
    if (!re.Match(text, 0, text.size(), re2::RE2::UNANCHORED, pieces.data(), groups + 1)) return run;
    run.found = true;
    for (const auto& [name, index] : re.NamedCapturingGroups()) {
        const auto& piece = pieces[static_cast<std::size_t>(index)];
        if (piece.data() != nullptr) run.captures[name] = std::string(piece);
    }
    return run;
}

std::vector<std::string> check_examples(const PatternSet& set) {
    std::vector<std::string> failures;
    for (const Pattern& p : set.patterns()) {
        auto where = [&](const Example& e) { return p.file + ":" + std::to_string(e.line) + ": pattern '" + p.id + "': "; };
        for (const Example& e : p.should_match) {
            ExampleRun run = run_once(p, e.text);
            if (!run.found) {
                failures.push_back(where(e) + "does not match \"" + e.text + "\"");
                continue;
            }
            for (const auto& [name, expected] : e.captures) {
                auto it = run.captures.find(name);
                std::string got = it == run.captures.end() ? "(nothing)" : "\"" + it->second + "\"";
                if (it == run.captures.end() || it->second != expected)
                    failures.push_back(where(e) + "capture '" + name + "' expected \"" + expected + "\", got " + got);
            }
        }
        for (const Example& e : p.should_not_match) {
            if (run_once(p, e.text).found) failures.push_back(where(e) + "matches \"" + e.text + "\" but must not");
        }
    }
    return failures;
}

}  // namespace outturn::patterns
