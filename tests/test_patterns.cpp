#include <catch2/catch.hpp>

#include "outturn/patterns.hpp"

using namespace outturn::patterns;

namespace {
std::string load_error(const std::string& text) {
    PatternSet set;
    try {
        set.add_file(text, "user.pat");
        set.compile();
    } catch (const LoadError& e) {
        return e.what();
    }
    return "";
}

constexpr const char* good = "pattern demo.ratio\n"
                             "produces: value\n"
                             "regex: (?P<value>\\d+)% of (?P<denominator>\\d+)\n"
                             "match: 30% of 121 => value=30 | denominator=121\n"
                             "no-match: 30 of 121\n";
}  // namespace

TEST_CASE("every pattern shipped in patterns/ passes its own examples", "[patterns]") {
    PatternSet set = load_directory(OUTTURN_PATTERNS_DIR);
    REQUIRE(set.patterns().size() >= 10);
    auto failures = check_examples(set);
    for (const auto& f : failures) UNSCOPED_INFO(f);
    CHECK(failures.empty());
    for (const auto& p : set.patterns()) {
        INFO(p.id);
        CHECK_FALSE(p.should_match.empty());
        CHECK_FALSE(p.description.empty());
    }
}

TEST_CASE("a well-formed user pattern loads and its examples run", "[patterns]") {
    PatternSet set;
    set.add_file(good, "user.pat");
    set.compile();
    REQUIRE(set.patterns().size() == 1);
    CHECK(check_examples(set).empty());
    CHECK(set.candidates("about 30% of 121 cases") == std::vector<int>{0});
    CHECK(set.candidates("nothing here").empty());
}

TEST_CASE("candidates keep each pattern's own index however many patterns are loaded", "[patterns]") {
    // Enough patterns that the prefilter holds them in several groups.
    PatternSet set;
    std::string text;
    for (int i = 0; i < 30; ++i) {
        std::string word = "word" + std::to_string(i) + "x";
        text += "pattern p" + std::to_string(i) + "\nproduces: value\nregex: " + word +
                " (?P<value>\\d+)\nmatch: " + word + " 1 => value=1\n";
    }
    set.add_file(text, "many.pat");
    set.compile();
    CHECK(set.candidates("word0x 1, word9x 2 and word29x 3") == std::vector<int>{0, 9, 29});
    CHECK(set.candidates("word17x 4") == std::vector<int>{17});
    CHECK(set.candidates("word30x 5").empty());
}

TEST_CASE("fragments expand, RE2 repetition braces stay", "[patterns]") {
    PatternSet set;
    set.add_file("define N = \\d{1,3}\n"
                 "pattern p\nproduces: value\nregex: (?P<value>{N})%\nmatch: 12% => value=12\n",
                 "user.pat");
    set.compile();
    CHECK(set.patterns()[0].expanded == "(?P<value>(?:\\d{1,3}))%");
}

TEST_CASE("bad patterns fail at start-up with file, line and cause", "[patterns]") {
    CHECK_THAT(load_error("pattern p\nproduces: value\nregex: (?P<value>\\d+\nmatch: 1\n"),
               Catch::StartsWith("user.pat:3: pattern 'p': missing )"));
    CHECK_THAT(load_error("pattern p\nproduces: value\nregex: (?P<valu>\\d+)\nmatch: 1\n"),
               Catch::Contains("user.pat:3") && Catch::Contains("unknown named group 'valu'"));
    CHECK_THAT(load_error("pattern p\nproduces: sometimes\n"), Catch::StartsWith("user.pat:2: unknown 'produces: sometimes'"));
    CHECK_THAT(load_error("pattern p\nproduces: value\nregex: \\d+\n"), Catch::Contains("no 'match:' example"));
    CHECK_THAT(load_error("pattern p\nregex: {MISSING}\n"), Catch::StartsWith("user.pat:2: unknown fragment {MISSING}"));
    CHECK_THAT(load_error("colour: red\n"), Catch::StartsWith("user.pat:1: 'colour:' before any 'pattern ID'"));
    CHECK_THAT(load_error(std::string(good) + "flavour: mint\n"), Catch::StartsWith("user.pat:6: unknown key 'flavour'"));
    CHECK_THAT(load_error(std::string(good) + good), Catch::StartsWith("user.pat:6: pattern id 'demo.ratio' is used twice"));
    CHECK_THAT(load_error("# caf\xE9\n"), Catch::StartsWith("user.pat:1: not valid UTF-8"));
    CHECK_THAT(load_error("pattern p\nmatch: text => novalue\n"), Catch::Contains("expected key=value"));
    CHECK_THAT(load_error(std::string(2 << 20, '#')), Catch::Contains("over 1 MiB"));
    CHECK_THAT(load_error("just words\n"), Catch::StartsWith("user.pat:1: expected 'key: value'"));
}

TEST_CASE("an example that fails is reported with its line", "[patterns]") {
    PatternSet set;
    set.add_file("pattern p\nproduces: value\nregex: (?P<value>\\d+)%\nmatch: 12% => value=13\nno-match: 5%\n", "user.pat");
    set.compile();
    auto failures = check_examples(set);
    REQUIRE(failures.size() == 2);
    CHECK(failures[0] == "user.pat:4: pattern 'p': capture 'value' expected \"13\", got \"12\"");
    CHECK(failures[1] == "user.pat:5: pattern 'p': matches \"5%\" but must not");
}

TEST_CASE("a directory without pattern files is an error", "[patterns]") {
    CHECK_THROWS_AS(load_directory(OUTTURN_TEST_DATA), LoadError);
    CHECK_THROWS_AS(load_directory("/nonexistent"), LoadError);
}
