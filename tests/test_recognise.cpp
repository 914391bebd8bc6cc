#include <catch2/catch.hpp>


#include "outturn/recognise.hpp"

using namespace outturn;

namespace {
const patterns::PatternSet& shipped() {
    static patterns::PatternSet set = patterns::load_directory(OUTTURN_PATTERNS_DIR);
    return set;
}
}  // namespace

TEST_CASE("a statement is one match, not its fragments", "[recognise]") {
    auto matches = recognise::find_in_text("As at the close of Q1 performance stands at 33.1% (54 / 163), off target (60%) by 26.9.", shipped());
    REQUIRE(matches.size() == 1);
    const auto& m = matches[0];
    CHECK(m.pattern == "gap.value_side_target");
    CHECK(m.text_of("value") == "33.1%");
    CHECK(m.text_of("numerator") == "54");
    CHECK(m.text_of("denominator") == "163");
    CHECK(m.text_of("target") == "60%");
    CHECK(m.text_of("gap") == "26.9");
}

TEST_CASE("separate statements in one passage are separate matches, in order", "[recognise]") {
    auto matches = recognise::find_in_text(
        "Performance remains below the target of 85% though within tolerance for the measure at 82.9% (819 / 988).", shipped());
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].produces == patterns::Produces::target);
    CHECK(matches[1].produces == patterns::Produces::value);
    CHECK(matches[0].begin < matches[1].begin);
}

TEST_CASE("prose without statements yields nothing", "[recognise]") {
    CHECK(recognise::find_in_text("None identified.", shipped()).empty());
    CHECK(recognise::find_in_text("", shipped()).empty());
    CHECK(recognise::find_in_text("Page 4 of 18", shipped()).empty());
}

TEST_CASE("a pattern that can match empty text does not loop", "[recognise]") {
    patterns::PatternSet set;
    set.add_file("pattern empty\nproduces: value\nregex: (?P<value>\\d*)\nmatch: 12 => value=12\n", "empty.pat");
    set.compile();
    auto matches = recognise::find_in_text("a1b", set);
    CHECK(matches.size() >= 2);
}

TEST_CASE("hostile lines stay linear", "[recognise]") {
    // Backtracking engines take exponential time here; RE2 does not.
    std::string line(20000, '1');
    line += std::string(20000, '%') + std::string(20000, '(');
    auto matches = recognise::find_in_text(line, shipped());
    CHECK(matches.size() < line.size());
}
