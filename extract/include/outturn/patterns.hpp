#pragma once
// Stage 3: indicator phrasings as data. Patterns live in `*.pat` files (see
// docs/patterns.md) and are loaded and checked at start-up, before any PDF opens.
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}  // namespace re2

namespace outturn::patterns {

// What a pattern's match contributes to an indicator.
enum class Produces {
    value,      // a measurement: value, and optionally numerator, denominator, target, gap, period...
    target,     // a target for the indicator in context
    polarity,   // which direction is good
    name,       // the indicator's name (a form's "Indicator Description:")
    benchmark,  // a comparator such as the England average
    previous,   // an earlier value of the indicator in context
    parts,      // numerator and denominator of the indicator in context ("77 ... out of 201")
    change,     // a stated change against an earlier value ("51% increase ... 403 compared to 136")
    total,      // a stated count of measures by status ("the 28 measures identified as red or amber")
    rag_rule,   // how the document assigns RAG ("GREEN target achieved", "a permissible variance of 5")
};
const char* to_string(Produces produces);

struct Example {
    std::string text;
    std::map<std::string, std::string> captures;  // expected named captures, may be partial
    int line = 0;
};

struct Pattern {
    std::string id;
    Produces produces = Produces::value;
    std::string description;
    std::string source;    // as written, with {FRAGMENT} references
    std::string expanded;  // what RE2 compiles
    std::vector<Example> should_match;
    std::vector<Example> should_not_match;
    std::string file;
    int line = 0;

    // Compiled on first use, once, by whichever thread asks first: a run needs
    // only the patterns its text calls for, and start-up compiled each pattern
    // twice (alone and in the prefilter). Loading still parses every regex, so
    // a bad one fails then.
    const re2::RE2& regex() const;
    struct Compiled;
    std::shared_ptr<Compiled> compiled;
};

// A pattern file's problem, reported as "FILE:LINE: message".
class LoadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class PatternSet {
public:
    PatternSet();
    ~PatternSet();
    PatternSet(PatternSet&&) noexcept;
    PatternSet& operator=(PatternSet&&) noexcept;

    // Parses one file's text; fragments defined in earlier files are visible.
    void add_file(std::string_view text, const std::string& file_name);
    // Prepares the one-pass prefilter; call after the last add_file.
    void compile();

    const std::vector<Pattern>& patterns() const { return patterns_; }
    // Indices of the patterns that match somewhere in `text`.
    std::vector<int> candidates(std::string_view text) const;

private:
    std::vector<Pattern> patterns_;
    std::map<std::string, std::string> fragments_;
    struct Prefilter;  // RE2::Set, which cannot be forward-declared
    std::unique_ptr<Prefilter> prefilter_;
};

// Loads every `*.pat` file of a directory in name order. Throws LoadError.
PatternSet load_directory(const std::string& directory);

// Runs every pattern's examples; returns one message per failure ("FILE:LINE: ...").
std::vector<std::string> check_examples(const PatternSet& set);

// The first match of `pattern` in `text` and its named captures.
struct ExampleRun {
    bool found = false;
    std::map<std::string, std::string> captures;
};
ExampleRun run_once(const Pattern& pattern, std::string_view text);

// Named groups a pattern may use: each has a meaning for the indicator stage.
bool is_known_role(std::string_view name);

}  // namespace outturn::patterns
