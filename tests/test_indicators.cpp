#include <catch2/catch.hpp>

#include "outturn/indicators.hpp"
#include "outturn/reconcile.hpp"
#include "synthetic.hpp"

using namespace outturn;

namespace {
const patterns::PatternSet& shipped() {
    static patterns::PatternSet set = patterns::load_directory(OUTTURN_PATTERNS_DIR);
    return set;
}

struct Built {
    layout::Layout layout;
    indicators::Assembly assembly;
};

// One passage per entry; a string starting with a digit and a space becomes a numbered heading.
Built build(const std::vector<std::string>& passages) {
    pdf::Document doc;
    doc.pages.push_back(synthetic::page(1));
    double y = 100;
    int block = 0;
    for (const auto& text : passages) {
        synthetic::add_line(doc.pages[0], y, text, block, block);
        ++block;
        y += 20;
    }
    doc.page_count = 1;
    Built built;
    built.layout = layout::build(doc);
    built.assembly = indicators::assemble(built.layout, recognise::find_all(built.layout, shipped()));
    return built;
}
}  // namespace

TEST_CASE("a target stated before the value in its section attaches to it", "[indicators]") {
    auto built = build({"3.1 Care package reviews",
                        "Performance remains below the target of 85% though within tolerance at 82.9% (819 / 988)."});
    REQUIRE(built.assembly.indicators.size() == 1);
    const auto& ind = built.assembly.indicators[0];
    CHECK(ind.name == "Care package reviews");
    CHECK(ind.value.number == Approx(82.9));
    CHECK(ind.unit == "%");
    REQUIRE(ind.target);
    CHECK(ind.target->number == 85);
    CHECK(ind.numerator->number == 819);
    CHECK(ind.denominator->number == 988);
    CHECK(ind.source.page == 1);
    CHECK(ind.source.quote == "82.9% (819 / 988)");
    REQUIRE(built.assembly.ratios.size() == 1);
}

TEST_CASE("a restatement is one indicator with two mentions", "[indicators]") {
    auto built = build({"3.4 Carers' assessments",
                        "Performance stands at 33.1% (54 / 163), off target (60%) by 26.9. Performance was significantly below "
                        "target with an actual year-to-date of 33.1%, below target (60%) by 26.9."});
    REQUIRE(built.assembly.indicators.size() == 1);
    CHECK(built.assembly.indicators[0].mentions.size() == 1);
    CHECK(built.assembly.gaps.size() == 2);
}

TEST_CASE("equal values in a list of neighbouring results are different measures", "[indicators]") {
    auto built = build({"3.1 Exit surveys", "97% (61 people who responded) rated the help as good.",
                        "97% (57 people who responded) said they felt listened to."});
    REQUIRE(built.assembly.indicators.size() == 2);
    CHECK(built.assembly.samples.size() == 2);
}

TEST_CASE("statements that disagree on the parts are different measures", "[indicators]") {
    auto built = build({"3.1 Reviews", "Performance stands at 50% (10 / 20).", "Filler text one.", "Filler text two.",
                        "Filler text three.", "Filler text four.", "Timeliness stands at 50% (3 / 6)."});
    CHECK(built.assembly.indicators.size() == 2);
}

TEST_CASE("targets do not leak into another section", "[indicators]") {
    auto built = build({"3.6 Health visiting", "The target of 70% was set last year.", "3.7 Reablement",
                        "At the close of Q1, 47.19% of completions were successful."});
    REQUIRE(built.assembly.indicators.size() == 1);
    CHECK_FALSE(built.assembly.indicators[0].target);
}

TEST_CASE("the target in the statement wins over an earlier one", "[indicators]") {
    auto built = build({"4.3 SEND", "The 2019/20 target of 100% was unrealistic.",
                        "Performance for Q1 stands at 91.7% (33/36), above target (90%) by 1.7."});
    REQUIRE(built.assembly.indicators.size() == 1);
    CHECK(built.assembly.indicators[0].target->number == 90);
}

TEST_CASE("a form's fields make one indicator", "[indicators]") {
    auto built = build({"Indicator Description:", "Housing: Number of people rough sleeping", "2021-22 Q2 outturn: 54",
                        "Quarterly Target: 36", "Good performance is: Low"});
    REQUIRE(built.assembly.indicators.size() == 1);
    const auto& ind = built.assembly.indicators[0];
    CHECK(ind.name == "Housing: Number of people rough sleeping");
    CHECK(ind.period == "2021-22 Q2");
    CHECK(ind.value.number == 54);
    CHECK(ind.unit.empty());
    REQUIRE(ind.target);
    CHECK(ind.target->number == 36);
    CHECK(ind.polarity == "lower");
}

TEST_CASE("no statements, no indicators", "[indicators]") {
    auto built = build({"Summary of financial implications:", "None identified."});
    CHECK(built.assembly.indicators.empty());
    CHECK(built.assembly.ratios.empty());
}

TEST_CASE("mutated seed statements are found inconsistent end to end", "[indicators][reconcile]") {
    struct Case {
        std::string original, mutated;
    };
    // Each pair: a statement as published (consistent) and the same with one figure changed.
    std::vector<Case> cases = {
        {"Performance stands at 82.9% (819 / 988).", "Performance stands at 82.9% (829 / 988)."},
        {"Performance stands at 82.9% (819 / 988).", "Performance stands at 82.9% (819 / 998)."},
        {"Performance stands at 33.1% (54 / 163), off target (60%) by 26.9.", "Performance stands at 33.1% (54 / 163), off target (61%) by 26.9."},
        {"Performance stands at 33.1% (54 / 163), off target (60%) by 26.9.", "Performance stands at 33.1% (54 / 163), off target (60%) by 25.9."},
        {"Performance for Q1 stands at 91.7% (33/36), above target (90%) by 1.7.", "Performance for Q1 stands at 91.7% (33/36), below target (90%) by 1.7."},
        {"Partners completed 8.3% (7 out of 84) during January.", "Partners completed 8.3% (8 out of 84) during January."},
        {"Local performance stands at 6.56%, which relates to 17 completions out of 259 clients.",
         "Local performance stands at 6.56%, which relates to 18 completions out of 259 clients."},
        {"In Q1 the YTD performance stands at 92.1% (129 / 140), an increase of 8.1 when compared with Q1 2019/20 (84%, 353 / 420).",
         "In Q1 the YTD performance stands at 92.1% (129 / 140), an increase of 9.1 when compared with Q1 2019/20 (84%, 353 / 420)."},
        {"This count was 29, a reduction of 25 on the previous count of 54; down 46%.", "This count was 29, a reduction of 25 on the previous count of 54; down 56%."},
        {"97% (61 people who responded) rated the service as good.", "97% (20 people who responded) rated the service as good."},
    };
    for (const auto& c : cases) {
        INFO(c.mutated);
        auto count = [](const std::string& text, reconcile::Status status) {
            auto built = build({"3.1 Section", text});
            auto checks = reconcile::check_all(built.assembly);
            int n = 0;
            for (const auto& check : checks) n += check.status == status;
            return std::make_pair(n, checks.size());
        };
        auto [bad_before, checks_before] = count(c.original, reconcile::Status::inconsistent);
        CHECK(checks_before > 0);
        CHECK(bad_before == 0);
        CHECK(count(c.mutated, reconcile::Status::inconsistent).first > 0);
    }
}

namespace {
// A table as the tables stage returns it, from its cells' text; the first row is the header.
tables::Table table_of(const std::vector<std::vector<std::string>>& rows) {
    tables::Table t;
    t.page = t.last_page = 1;
    t.columns = static_cast<int>(rows.front().size());
    t.header_rows = 1;
    double y = 100;
    for (const auto& texts : rows) {
        std::vector<tables::Cell> row;
        double x = 50;
        for (const auto& text : texts) {
            tables::Cell cell;
            cell.page = 1;
            cell.box = {x, y, x + 60, y + 12};
            cell.text = text;
            row.push_back(std::move(cell));
            x += 60;
        }
        t.rows.push_back(std::move(row));
        y += 12;
    }
    return t;
}

const tables::Vocabulary& shipped_headers() {
    static tables::Vocabulary v = tables::Vocabulary::load(OUTTURN_PATTERNS_DIR "/table-headers.txt");
    return v;
}
}  // namespace

TEST_CASE("period headers and comparators in the shipped header vocabulary", "[indicators][tables]") {
    const auto& v = shipped_headers();
    for (const char* header : {"Q1 2020/21", "Q2", "Qtr 3", "Quarter 4 2019-20", "2020/21 Q1", "Jun-20", "Apr 24", "March 2021", "2019/20 Outturn"}) {
        INFO(header);
        CHECK(v.role_of(header) == "period value");
    }
    CHECK(v.role_of("Quarter") == "period");  // the column says which period a row is for
    CHECK(v.role_of("Target 2020/21") == "target");
    CHECK(v.role_of("Outturn 2019/20") == "value");
    CHECK(v.role_of("Decrease") == "");
    CHECK(v.role_of("2024-25") == "");  // a budget year alone names no measured value
    for (const char* header : {"England", "England average", "National average", "Statistical neighbours", "London"}) {
        INFO(header);
        CHECK(v.role_of(header) == "benchmark");
    }
    CHECK_THROWS_WITH(tables::Vocabulary::parse("period value: re:(q[1-4]\n", "h.txt"),
                      Catch::Matchers::StartsWith("h.txt:1: bad expression: "));
}

TEST_CASE("without a value column the latest quarter with a number is the value, the one before it the previous", "[indicators][tables]") {
    indicators::Assembly assembly;
    indicators::add_table_indicators({table_of({{"Measure", "Q1", "Q2", "Q3", "Q4", "Target", "England"},
                                                {"Repeat referrals", "22.1%", "21.0%", "19.5%", "18.2%", "20.0%", "22.4%"},
                                                {"Foster carers", "201", "204", "206", "", "215", "n/a"},
                                                {"Not yet reported", "", "", "", "", "10", ""}})},
                                     shipped_headers(), assembly);
    REQUIRE(assembly.indicators.size() == 2);
    const auto& first = assembly.indicators[0];
    CHECK(first.value.text == "18.2%");
    CHECK(first.period == "Q4");
    REQUIRE(first.previous);
    CHECK(first.previous->figure.text == "19.5%");
    CHECK(first.previous->period == "Q3");
    CHECK(first.target->text == "20.0%");
    REQUIRE(first.benchmarks.size() == 1);
    CHECK(first.benchmarks[0].label == "England");
    CHECK(first.benchmarks[0].figure.text == "22.4%");
    CHECK(first.source.pattern == "table:Q4");
    const auto& second = assembly.indicators[1];  // Q4 not yet in: Q3 is the latest
    CHECK(second.value.text == "206");
    CHECK(second.period == "Q3");
    CHECK(second.previous->period == "Q2");
    CHECK(second.benchmarks.empty());
}

TEST_CASE("an explicit value column wins over period columns", "[indicators][tables]") {
    indicators::Assembly assembly;
    indicators::add_table_indicators({table_of({{"Indicator", "Q1 2020/21", "Actual", "Target"}, {"Measure one", "5", "7", "8"}})},
                                     shipped_headers(), assembly);
    REQUIRE(assembly.indicators.size() == 1);
    CHECK(assembly.indicators[0].value.text == "7");
    CHECK(assembly.indicators[0].period.empty());
}
