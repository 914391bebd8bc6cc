#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

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
struct Phrasing {
    std::string sentence;
    double value = 0;
    std::optional<double> numerator, denominator, target;
};

std::optional<double> cell_number(const std::string& cell) {
    if (cell.empty()) return std::nullopt;
    return std::stod(cell);
}

std::vector<Phrasing> phrasings() {
    std::ifstream in(std::string(OUTTURN_TEST_DATA) + "/phrasings.tsv");
    std::vector<Phrasing> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells;
        std::stringstream fields(line);
        for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
        cells.resize(5);
        rows.push_back({cells[0], std::stod(cells[1]), cell_number(cells[2]), cell_number(cells[3]), cell_number(cells[4])});
    }
    return rows;
}

std::optional<double> number_of(const std::optional<Figure>& figure) {
    if (!figure) return std::nullopt;
    return figure->number;
}
}  // namespace

TEST_CASE("phrasings from other councils' reports give their one indicator", "[indicators][phrasings]") {
    auto rows = phrasings();
    REQUIRE(rows.size() >= 50);
    for (const auto& row : rows) {
        INFO(row.sentence);
        auto built = build({"1 Measure", row.sentence});
        REQUIRE(built.assembly.indicators.size() == 1);
        const auto& indicator = built.assembly.indicators.front();
        CHECK(indicator.value.number == Approx(row.value));
        CHECK(number_of(indicator.numerator) == row.numerator);
        CHECK(number_of(indicator.denominator) == row.denominator);
        CHECK(number_of(indicator.target) == row.target);
    }
}

TEST_CASE("a share restated in other words nearby is one indicator only when the words name the same measure",
          "[indicators]") {
    SECTION("same measure: the CP review rate said twice") {
        auto built = build({"3 Key Issues", "100% of CP cases were reviewed within timescales.",
                            "100% of CP Reviews took place on time for the 6th month running."});
        REQUIRE(built.assembly.indicators.size() == 1);
        CHECK(built.assembly.indicators[0].mentions.size() == 1);
    }
    SECTION("different measures that share only generic words") {
        auto built = build({"3 Key Issues", "100% of children were seen within timescales.",
                            "100% of children had a plan reviewed on time."});
        CHECK(built.assembly.indicators.size() == 2);
    }
}

TEST_CASE("a limit named for a measure stated later in the passage is its target", "[indicators]") {
    auto built = build({"3.3 Assessment",
                        "The number of new assessments started in January was 508. Average caseloads exceeded the upper "
                        "limit of 22 cases per worker. The service now has an average caseload of 15.8 cases.",
                        "3.4 Safeguarding", "There has been a reduction in average caseloads from 26 to 15."});
    REQUIRE(built.assembly.indicators.size() == 3);
    CHECK_FALSE(built.assembly.indicators[0].target);
    REQUIRE(built.assembly.indicators[1].target);
    CHECK(built.assembly.indicators[1].target->number == 22);
    CHECK_FALSE(built.assembly.indicators[2].target);  // another section, another passage
}

namespace {
tables::Table label_value_table(const std::vector<std::pair<std::string, std::string>>& rows) {
    tables::Table table;
    table.page = table.last_page = 1;
    table.columns = 2;
    double y = 100;
    for (const auto& [label, value] : rows) {
        tables::Cell left, right;
        left.page = right.page = 1;
        left.box = {50, y, 200, y + 14};
        right.box = {200, y, 540, y + 14};
        left.text = label;
        right.text = value;
        table.rows.push_back({left, right});
        y += 14;
    }
    return table;
}

tables::Vocabulary form_vocabulary() {
    return tables::Vocabulary::parse(
        "name: Measure\nvalue: Current performance\ntarget: Target\nprevious: Previous performance\n"
        "period: Reporting period\npolarity: Polarity\nrag: RAG status\ngap: Variance from target\n",
        "test");
}
}  // namespace

TEST_CASE("a two-column table of labels and values is read as forms, one record per measure", "[indicators][forms]") {
    auto table = label_value_table({{"Directorate:", "Children"},
                                    {"Measure:", "EHC plans issued within 20 weeks"},
                                    {"Reporting period:", "Quarter 3 2023/24"},
                                    {"Current performance:", "64% (89 of 139 plans)"},
                                    {"Target:", "75%"},
                                    {"Variance from target:", "-11 percentage points"},
                                    {"Previous performance:", "61% (Quarter 2 2023/24)"},
                                    {"Polarity:", "Bigger is better"},
                                    {"RAG status:", "Red"},
                                    {"Measure:", "Days from referral to reablement"},
                                    {"Current performance:", "11.6 days"},
                                    {"Target:", "7 days"},
                                    {"Polarity:", "Smaller is better"}});
    auto vocabulary = form_vocabulary();
    REQUIRE(indicators::form_records(table, vocabulary).size() == 2);
    indicators::Assembly assembly;
    indicators::add_form_indicators({table}, vocabulary, assembly);
    REQUIRE(assembly.indicators.size() == 2);
    const auto& first = assembly.indicators[0];
    CHECK(first.name == "EHC plans issued within 20 weeks");
    CHECK(first.value.number == 64);
    CHECK(first.unit == "%");
    CHECK(first.numerator->number == 89);
    CHECK(first.denominator->number == 139);
    CHECK(first.target->number == 75);
    CHECK(first.previous->figure.number == 61);
    CHECK(first.previous->period == "Quarter 2 2023/24");
    CHECK(first.period == "Quarter 3 2023/24");
    CHECK(first.polarity == "higher");
    CHECK(first.rag == "red");
    CHECK(first.source.quote == "Current performance: 64% (89 of 139 plans)");
    const auto& second = assembly.indicators[1];
    CHECK(second.value.number == Approx(11.6));
    CHECK(second.unit == "days");
    CHECK(second.target->number == 7);
    CHECK(second.polarity == "lower");
    REQUIRE(assembly.ratios.size() == 1);
    REQUIRE(assembly.gaps.size() == 1);
    CHECK(assembly.gaps[0].gap.number == 11);

    auto checks = reconcile::check_all(assembly);
    int recomputed = 0;
    for (const auto& check : checks) {
        if (check.kind != "ratio" && check.kind != "difference") continue;  // RAG: the form states no rule
        CHECK(check.status == reconcile::Status::consistent);
        ++recomputed;
    }
    CHECK(recomputed == 2);

    SECTION("a wrong share in a form is caught") {
        auto wrong = label_value_table({{"Measure:", "Complaints answered on time"},
                                        {"Current performance:", "68.2% (31 of 44 complaints)"}});
        indicators::Assembly other;
        indicators::add_form_indicators({wrong}, vocabulary, other);
        auto found = reconcile::check_all(other);
        auto ratio = std::find_if(found.begin(), found.end(), [](const auto& c) { return c.kind == "ratio"; });
        REQUIRE(ratio != found.end());
        CHECK(ratio->status == reconcile::Status::inconsistent);  // 31/44 = 70.5%
    }
}

TEST_CASE("a form whose cells each hold a label and its value, with values for several periods", "[indicators][forms]") {
    // An exception form as a grid: the current quarter, the one before and the
    // same quarter last year, beside the quarter's and the year's targets.
    auto table = label_value_table({{"PI ref: LPI 45 \u2013 Minor planning applications determined in 8 weeks", ""},
                                    {"Q2 2012/13 Actual: 68.9%", "2012/13 Annual Target: 75%"},
                                    {"Q3 2012/13 Actual: 63.2% (48 of 76)", "Q3 Target: 70%"},
                                    {"Q3 2011/12 Actual: 71.4%", "Good performance is: High"},
                                    {"Status: RED", "Reason for variance: two officers left"}});
    auto vocabulary = tables::Vocabulary::parse(
        "value: Actual\ntarget: re:((19|20)\\d\\d( \\d\\d)? )?(q[1-4] )?(annual )?target\npolarity: Good performance is\nrag: Status\n", "test");
    auto records = indicators::form_records(table, vocabulary);
    REQUIRE(records.size() == 1);
    indicators::Assembly assembly;
    indicators::add_form_indicators({table}, vocabulary, assembly);
    REQUIRE(assembly.indicators.size() == 1);
    const auto& ind = assembly.indicators[0];
    CHECK(ind.name == "Minor planning applications determined in 8 weeks");
    CHECK(ind.value.number == Approx(63.2));
    CHECK(ind.period == "Q3 2012/13");
    CHECK(ind.numerator->number == 48);
    CHECK(ind.target->number == 70);  // the quarter's target, though the year's is printed first
    REQUIRE(ind.previous);
    CHECK(ind.previous->figure.number == Approx(68.9));
    CHECK(ind.previous->period == "Q2 2012/13");
    CHECK(ind.polarity == "higher");
    CHECK(ind.rag == "red");
    CHECK(ind.source.quote == "Q3 2012/13 Actual: 63.2% (48 of 76)");

    SECTION("quarters without a year: the later one is the value") {
        auto quarters = label_value_table({{"Ref: A1 - Calls answered", ""}, {"Q2 Actual: 60%", "Q3 Actual: 63%"}, {"Target: 65%", ""}});
        indicators::Assembly read;
        indicators::add_form_indicators({quarters}, vocabulary, read);
        REQUIRE(read.indicators.size() == 1);
        CHECK(read.indicators[0].value.number == 63);
        CHECK(read.indicators[0].previous->figure.number == 60);
        CHECK(read.indicators[0].target->number == 65);
    }

    SECTION("the next form's reference starts another record") {
        auto two = label_value_table({{"Ref: A1 - Calls answered", ""},
                                      {"Actual: 91%", "Target: 95%"},
                                      {"Ref: A2 - Letters answered", ""},
                                      {"Actual: 88%", "Target: 90%"}});
        auto found = indicators::form_records(two, vocabulary);
        REQUIRE(found.size() == 2);
        indicators::Assembly both;
        indicators::add_form_indicators({two}, vocabulary, both);
        REQUIRE(both.indicators.size() == 2);
        CHECK(both.indicators[1].name == "Letters answered");
        CHECK(both.indicators[1].target->number == 90);
    }
}

TEST_CASE("a card: labels set over figures, named by the title above its table", "[indicators][forms]") {
    tables::Table card;
    card.page = card.last_page = 1;
    card.columns = 3;
    card.box = {50, 120, 540, 150};
    std::vector<tables::Cell> cells(3);
    const char* texts[] = {"Latest month 76.4%", "Previous month 74.9%", "Target 78.0%"};
    for (int c = 0; c < 3; ++c) {
        cells[static_cast<std::size_t>(c)].page = 1;
        cells[static_cast<std::size_t>(c)].box = {50.0 + 160 * c, 120, 210.0 + 160 * c, 150};
        cells[static_cast<std::size_t>(c)].text = texts[c];
    }
    card.rows.push_back(cells);
    auto vocabulary = tables::Vocabulary::parse("value: Latest\nprevious: Previous\ntarget: Target\n", "test");
    // Without the page's lines there is nothing to name it by.
    CHECK(indicators::form_records(card, vocabulary).empty());

    layout::Layout page;
    layout::Passage title;
    title.page = 1;
    title.box = {50, 100, 400, 112};
    title.original = "A&E: patients seen within four hours \u2013 February 2025";
    page.passages.push_back(title);
    indicators::Assembly assembly;
    indicators::add_form_indicators({card}, vocabulary, assembly, &page);
    REQUIRE(assembly.indicators.size() == 1);
    const auto& ind = assembly.indicators[0];
    CHECK(ind.name == "A&E: patients seen within four hours");
    CHECK(ind.period == "February 2025");
    CHECK(ind.value.number == Approx(76.4));
    CHECK(ind.target->number == 78);
    CHECK(ind.previous->figure.number == Approx(74.9));
    CHECK(ind.source.quote == "Latest month 76.4%");

    SECTION("a line far above the table is not its title") {
        page.passages[0].box = {50, 40, 400, 52};
        indicators::Assembly none;
        indicators::add_form_indicators({card}, vocabulary, none, &page);
        CHECK(none.indicators.empty());
    }
}

TEST_CASE("a two-column table that is not a form gives no records", "[indicators][forms]") {
    auto vocabulary = form_vocabulary();
    SECTION("labels without colons: a list of names and numbers") {
        auto table = label_value_table({{"Measure", "64%"}, {"Current performance", "75%"}});
        CHECK(indicators::form_records(table, vocabulary).empty());
    }
    SECTION("no value label") {
        auto table = label_value_table({{"Measure:", "Complaints"}, {"Lead officer:", "Head of Service"}});
        CHECK(indicators::form_records(table, vocabulary).empty());
    }
    SECTION("a value label followed by words, not a number") {
        auto table = label_value_table({{"Measure:", "Complaints"}, {"Current performance:", "Not yet reported"}});
        indicators::Assembly assembly;
        indicators::add_form_indicators({table}, vocabulary, assembly);
        CHECK(assembly.indicators.empty());
    }
}

TEST_CASE("a stated count of measures must equal the counts it breaks into", "[indicators][totals]") {
    auto built = build({"1 Summary",
                        "Of the 12 measures reported this quarter, 7 are on target, 3 are slightly below target and 3 are off "
                        "target."});
    REQUIRE(built.assembly.totals.size() == 1);
    CHECK(built.assembly.totals[0].stated.number == 12);
    CHECK(*built.assembly.totals[0].counted == 13);
    auto checks = reconcile::check_all(built.assembly);
    REQUIRE(checks.size() == 1);
    CHECK(checks[0].status == reconcile::Status::inconsistent);

    auto right = build({"1 Summary", "Of the 13 measures, 7 are on target, 3 are within 5% of target and 3 are off target."});
    REQUIRE(right.assembly.totals.size() == 1);
    CHECK(*right.assembly.totals[0].counted == 13);  // the 5 inside a clause is not a part
}

namespace {
// A dashboard page: each tile is a bold title, a figure in 26 pt, then small print.
pdf::Document dashboard(const std::vector<std::vector<std::string>>& tiles) {
    pdf::Document doc;
    doc.pages.push_back(synthetic::page(1));
    auto& page = doc.pages[0];
    int block = 0;
    synthetic::add_line(page, 40, "The dashboard shows the headline measures for the quarter in one place.", block, block);
    ++block;
    double y = 80;
    for (const auto& tile : tiles) {
        synthetic::add_line(page, y, tile[0], block, block, 50, 11, true);
        ++block;
        synthetic::add_line(page, y + 16, tile[1], block, block, 50, 26, true);
        ++block;
        for (std::size_t i = 2; i < tile.size(); ++i) {
            synthetic::add_line(page, y + 46 + 14 * static_cast<double>(i - 2), tile[i], block, block, 50, 9);
            ++block;
        }
        y += 140;
    }
    // Body text, so that the body size is 11 pt.
    for (int i = 0; i < 6; ++i, ++block)
        synthetic::add_line(page, y + 14 * i, "Panel members are asked to note the dashboard and its measures.", block, block);
    doc.page_count = 1;
    return doc;
}
}  // namespace

TEST_CASE("dashboard tiles become indicators: name above the figure, target and last year below", "[indicators][tiles]") {
    auto doc = dashboard({{"Calls answered within 3 minutes", "82.5%", "Target 90% | Last year 87%", "● Red"},
                          {"Average days to process changes", "6.4 days", "Target 8 days | Last year 7.1 days"},
                          {"Savings delivered", "£1.26m", "Target £1.50m"}});
    auto layout = layout::build(doc);
    auto tiles = indicators::find_tiles(layout, {});
    REQUIRE(tiles.size() == 3);
    indicators::Assembly assembly;
    indicators::add_tile_indicators(layout, tiles, assembly);
    REQUIRE(assembly.indicators.size() == 3);
    const auto& calls = assembly.indicators[0];
    CHECK(calls.name == "Calls answered within 3 minutes");
    CHECK(calls.value.number == 82.5);
    CHECK(calls.unit == "%");
    CHECK(calls.target->number == 90);
    CHECK(calls.previous->figure.number == 87);
    CHECK(calls.previous->period == "Last year");
    CHECK(calls.rag == "red");
    CHECK(assembly.indicators[1].unit == "days");
    CHECK(assembly.indicators[1].target->number == 8);
    CHECK(assembly.indicators[2].unit == "£m");
    CHECK(assembly.indicators[2].target->number == 1.5);
}

TEST_CASE("a big figure without a tile's small print is not a tile", "[indicators][tiles]") {
    // A cover page's year and a chapter number in display type state no measure.
    auto doc = dashboard({{"Annual Report", "2024"}, {"Chapter", "3", "Housing and planning services"}});
    auto layout = layout::build(doc);
    CHECK(indicators::find_tiles(layout, {}).empty());
}

TEST_CASE("claims from other councils' phrasings are recomputed with the right verdict", "[indicators][claims]") {
    std::ifstream in(std::string(OUTTURN_TEST_DATA) + "/claims.tsv");
    int rows = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells;
        std::stringstream fields(line);
        for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
        REQUIRE(cells.size() == 3);
        INFO(cells[0]);
        auto built = build({"1 Measure", cells[0]});
        std::vector<std::pair<std::string, std::string>> found;
        for (const auto& check : reconcile::check_all(built.assembly)) {
            if (check.kind == "rag" || check.kind == "repeat") continue;
            found.emplace_back(check.kind, reconcile::to_string(check.status));
        }
        REQUIRE(found.size() == 1);
        CHECK(found[0].first == cells[1]);
        CHECK(found[0].second == cells[2]);
        ++rows;
    }
    CHECK(rows >= 15);
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

TEST_CASE("commentary repeating a scorecard row's figure is a mention of that row", "[indicators][restatements]") {
    auto make = [](const std::string& id, const std::string& name, const std::string& value, const std::string& pattern,
                   const std::string& statement) {
        indicators::Indicator ind;
        ind.id = id;
        ind.name = name;
        ind.value = *parse_figure(value);
        ind.unit = std::string(1, '%');  // not a literal: GCC 12 warns falsely (-Wrestrict) on assigning one here
        ind.source = indicators::Provenance{2, {}, statement, pattern};
        ind.statement = statement;
        return ind;
    };
    indicators::Assembly assembly;
    assembly.indicators.push_back(make("i1", "Household waste sent for reuse, recycling and composting", "41.3%", "table:Q2", "41.3%"));
    assembly.indicators.push_back(make("i2", "Calls answered within 60 seconds", "82.9%", "table:Q2", "82.9%"));
    assembly.indicators.push_back(
        make("i3", "Key issues", "41.3%", "general.level", "The household recycling rate has improved to 41.3% since June"));
    assembly.indicators.push_back(make("i4", "Care package reviews", "82.9%", "value.stands_at", "Performance stands at 82.9%"));
    assembly.gaps.push_back({"i3", assembly.indicators[2].value, *parse_figure("42.0%"), *parse_figure("0.7"), "below", {}});
    indicators::merge_restatements(assembly);
    REQUIRE(assembly.indicators.size() == 3);  // i4 states the same figure about another measure: kept
    CHECK(assembly.indicators[0].mentions.size() == 1);
    CHECK(assembly.indicators[1].mentions.empty());
    CHECK(assembly.indicators[2].name == "Care package reviews");
    CHECK(assembly.indicators[2].id == "i3");
    CHECK(assembly.gaps[0].indicator == "i1");
}

TEST_CASE("a row stating its period's value and its year to date gives both, the variance checked on the first",
          "[indicators][tables]") {
    indicators::Assembly assembly;
    indicators::add_table_indicators({table_of({{"Metric", "Standard", "Month (Dec-23)", "YTD", "Variance"},
                                                {"A&E: patients seen within 4 hours", "95%", "71.3%", "73.8%", "-23.7"},
                                                {"RTT: patients waiting 52 weeks or more", "0", "1,842", "n/a", "+1,842"},
                                                {"Cancer: 28-day Faster Diagnosis Standard", "75%", "77.9%", "74.2%", "+2.8"}})},
                                     shipped_headers(), assembly);
    REQUIRE(assembly.indicators.size() == 5);
    CHECK(assembly.indicators[0].value.number == 71.3);
    CHECK(assembly.indicators[0].period == "Month (Dec-23)");
    CHECK(assembly.indicators[0].target->number == 95);
    CHECK(assembly.indicators[1].value.number == 73.8);
    CHECK(assembly.indicators[2].value.number == 1842);
    REQUIRE(assembly.gaps.size() == 3);
    auto checks = reconcile::check_all(assembly);
    std::vector<reconcile::Status> differences;
    for (const auto& check : checks)
        if (check.kind == "difference") differences.push_back(check.status);
    REQUIRE(differences.size() == 3);
    CHECK(differences[0] == reconcile::Status::consistent);    // 95 - 71.3 = 23.7
    CHECK(differences[1] == reconcile::Status::consistent);    // 1,842 - 0
    CHECK(differences[2] == reconcile::Status::inconsistent);  // 77.9 - 75 = 2.9, not 2.8
}

TEST_CASE("beside comparator columns the area's own column, headed by its name, is the value", "[indicators][tables]") {
    indicators::Assembly assembly;
    indicators::add_table_indicators({table_of({{"Indicator", "Period", "Hartcombe", "South West", "England"},
                                                {"Suicide rate (persons)", "2020-22", "11.8", "11.2", "10.3"},
                                                {"Fuel poverty, % of households", "2021", "11.4%", "10.6%", "13.1%"}})},
                                     shipped_headers(), assembly);
    REQUIRE(assembly.indicators.size() == 2);
    CHECK(assembly.indicators[0].value.number == 11.8);
    CHECK(assembly.indicators[0].period == "2020-22");
    REQUIRE(assembly.indicators[0].benchmarks.size() == 2);
    CHECK(assembly.indicators[0].benchmarks[1].label == "England");
    CHECK(assembly.indicators[0].benchmarks[1].figure.number == 10.3);

    SECTION("without comparators an unnamed column is not taken for the value") {
        indicators::Assembly none;
        indicators::add_table_indicators({table_of({{"Indicator", "Period", "Hartcombe"}, {"Suicide rate", "2020-22", "11.8"}})},
                                         shipped_headers(), none);
        CHECK(none.indicators.empty());
    }
}

TEST_CASE("a table counting measures by group must add up to its Total row", "[indicators][totals]") {
    indicators::Assembly assembly;
    indicators::add_total_claims({table_of({{"Scrutiny board", "Red measures", "Measures rated red"},
                                            {"Children and Families", "3", "Placements; EHC plans; re-referrals"},
                                            {"Environment and Housing", "2", "Homes delivered; fly-tipping"},
                                            {"Resources", "2", "Sickness; invoices"},
                                            {"Total", "8", ""}})},
                                 assembly);
    REQUIRE(assembly.totals.size() == 1);
    CHECK(assembly.totals[0].stated.number == 8);
    CHECK(*assembly.totals[0].counted == 7);
    CHECK(assembly.totals[0].where.quote == "Children and Families 3 Environment and Housing 2 Resources 2 Total 8");

    SECTION("a table of other counts with a total is not read as measures") {
        indicators::Assembly budget;
        indicators::add_total_claims({table_of({{"Directorate", "Posts"}, {"Adults", "3"}, {"Children", "2"}, {"Total", "6"}})}, budget);
        CHECK(budget.totals.empty());
    }
}

TEST_CASE("a RAG summary's total adds every row above it, in each column of counts", "[indicators][totals]") {
    indicators::Assembly assembly;
    indicators::add_total_claims({table_of({{"Status", "Quarter 4", "Quarter 1"},
                                            {"Green", "8", "9"},
                                            {"Amber", "4", "4"},
                                            {"Red", "2", "2"},
                                            {"Not rated", "2", "2"},
                                            {"Total", "16", "16"}})},
                                 assembly);
    REQUIRE(assembly.totals.size() == 2);
    CHECK(*assembly.totals[0].counted == 16);  // "Not rated" is counted too
    CHECK(*assembly.totals[1].counted == 17);
    CHECK(assembly.totals[1].stated.number == 16);
    CHECK(assembly.totals[1].what.find("Quarter 1") != std::string::npos);
    CHECK(assembly.totals[0].where.quote == "Green 8 9 Amber 4 4 Red 2 2 Not rated 2 2 Total 16 16");

    SECTION("a column whose total is a dash is not added up") {
        indicators::Assembly dashes;
        indicators::add_total_claims({table_of({{"Status", "Q4", "Q1"}, {"Green", "8", "-"}, {"Red", "2", "-"}, {"Total", "10", "-"}})},
                                     dashes);
        REQUIRE(dashes.totals.size() == 1);
        CHECK(*dashes.totals[0].counted == 10);
    }
    SECTION("'episodes' is no count of measures") {
        indicators::Assembly episodes;
        indicators::add_total_claims({table_of({{"Team", "Episodes", "Average length"}, {"North", "120", "6"}, {"South", "80", "7"},
                                                {"Total", "200", "13"}})},
                                     episodes);
        CHECK(episodes.totals.empty());
    }
}

TEST_CASE("bare year columns beside a comparator: the latest is the value, costs in pounds read", "[indicators][tables]") {
    auto table = table_of({{"Indicator", "2021/22", "2022/23", "2023/24", "Scotland average", "Rank"},
                           {"Cost per primary school pupil", "\u00a36,912", "\u00a37,204", "\u00a37,588", "\u00a37,672", "14"},
                           {"Pupils entering positive destinations", "95.6%", "95.1%", "96.2%", "95.9%", "11"}});
    indicators::Assembly assembly;
    indicators::add_table_indicators({table}, shipped_headers(), assembly);
    REQUIRE(assembly.indicators.size() == 2);
    CHECK(assembly.indicators[0].value.number == 7588);
    CHECK(assembly.indicators[0].previous->figure.number == 7204);
    CHECK(assembly.indicators[1].value.number == Approx(96.2));
    CHECK(assembly.indicators[1].previous->figure.number == Approx(95.1));
    REQUIRE(assembly.indicators[1].benchmarks.size() == 1);
    CHECK(assembly.indicators[1].benchmarks[0].figure.number == Approx(95.9));
}

TEST_CASE("a term's column is the period's value; a variance column most rows disagree with gives no checks", "[indicators][tables]") {
    auto table = table_of({{"KPI", "2023/24", "Target 2024/25", "Spring 2025", "Variance", "RAG"},
                           {"Attendance", "93.1", "94.5", "93.8", "\u22120.7", "Amber"},  // a true minus sign
                           {"Suspensions per 100 pupils", "9.8", "6.0", "6.5", "+0.5", "Amber"},
                           {"Staff turnover", "16.2", "14.0", "15.1", "+1.3", "Amber"}});
    indicators::Assembly assembly;
    indicators::add_table_indicators({table}, shipped_headers(), assembly);
    REQUIRE(assembly.indicators.size() == 3);
    CHECK(assembly.indicators[0].value.number == Approx(93.8));
    CHECK(assembly.indicators[0].period == "Spring 2025");
    CHECK(assembly.indicators[0].previous->figure.number == Approx(93.1));
    REQUIRE(assembly.gaps.size() == 3);  // two agree, the third is misstated: 15.1 - 14.0 = 1.1
    CHECK(assembly.gaps[0].gap.number == Approx(0.7));
    CHECK(assembly.notes.empty());

    SECTION("read from another column, most variances disagree") {
        auto misread = table_of({{"KPI", "Actual", "Target", "Variance"},
                                 {"Attendance", "93.1", "94.5", "-0.7"},
                                 {"Suspensions per 100 pupils", "9.8", "6.0", "+0.5"},
                                 {"Staff turnover", "16.2", "14.0", "+1.1"}});
        indicators::Assembly other;
        indicators::add_table_indicators({misread}, shipped_headers(), other);
        CHECK(other.indicators.size() == 3);
        CHECK(other.gaps.empty());
        REQUIRE(other.notes.size() == 1);
        CHECK(other.notes[0].message.find("agrees with 0 of 3") != std::string::npos);
    }
}

TEST_CASE("a change column beside two periods is a change claim, its sign the direction", "[indicators][tables]") {
    auto table = table_of({{"Crime type", "12 months to Dec 2023", "12 months to Dec 2024", "Change", "% change"},
                           {"Residential burglary", "5,128", "4,611", "\u2212517", "\u221210.1%"},
                           {"Knife offences", "1,142", "1,087", "\u221265", "\u22124.8%"}});
    indicators::Assembly assembly;
    indicators::add_table_indicators({table}, shipped_headers(), assembly);
    REQUIRE(assembly.indicators.size() == 2);
    CHECK(assembly.indicators[0].value.number == 4611);
    CHECK(assembly.indicators[0].previous->figure.number == 5128);
    REQUIRE(assembly.changes.size() == 2);
    CHECK(assembly.changes[0].direction == "down");
    CHECK(assembly.changes[0].change->number == 517);
    CHECK(assembly.changes[0].change_relative->number == Approx(10.1));
    auto checks = reconcile::check_all(assembly);
    std::vector<reconcile::Status> verdicts;
    for (const auto& check : checks)
        if (check.kind == "change") verdicts.push_back(check.status);
    CHECK(verdicts == std::vector<reconcile::Status>{reconcile::Status::consistent, reconcile::Status::inconsistent});  // 1,142 - 1,087 = 55
}

TEST_CASE("years spanning an area and its comparator: the latest year's own column is the value", "[indicators][tables]") {
    auto table = table_of({{"Measure", "2022/23", "", "2023/24", "", "Target 2023/24"},
                           {"", "Westmarch", "England", "Westmarch", "England", ""},
                           {"Suspensions per 100 pupils", "8.07", "9.33", "8.74", "10.85", "8.00"}});
    table.header_rows = 2;
    for (std::size_t c : {1u, 3u}) table.rows[0][c].col_span = 2;  // each year spans its two columns
    for (std::size_t c : {2u, 4u}) table.rows[0][c].covered = true;
    table.rows[1][0].covered = true;  // "Measure" spans both header rows
    table.rows[0][0].row_span = 2;
    indicators::Assembly assembly;
    indicators::add_table_indicators({table}, shipped_headers(), assembly);
    REQUIRE(assembly.indicators.size() == 1);
    const auto& ind = assembly.indicators[0];
    CHECK(ind.value.number == 8.74);
    CHECK(ind.period == "2023/24");
    CHECK(ind.target->number == 8);
    REQUIRE(ind.previous);
    CHECK(ind.previous->figure.number == 8.07);
    CHECK(ind.previous->period == "2022/23");
    REQUIRE(ind.benchmarks.size() == 1);  // England 2023/24 only
    CHECK(ind.benchmarks[0].figure.number == 10.85);
}

TEST_CASE("scorecard cells with units and bounded targets, bare years beside a target", "[indicators][tables]") {
    indicators::Assembly assembly;
    indicators::add_table_indicators({table_of({{"Measure", "Polarity", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"},
                                                {"Residual waste per household", "Low", "118 kg", "121 kg", "≤ 115 kg", "A"},
                                                {"Fly-tips removed within 2 days", "High", "93.4%", "95.1%", ">= 95%", "G"},
                                                {"Planning appeals allowed", "Low", "8.3%", "9.6%", "<10%", "G"}}),
                                      table_of({{"Measure", "2022/23", "2023/24", "Target 2023/24", "Status"},
                                                {"Council tax collected", "97.6%", "97.1%", "97.5%", "Not met"}})},
                                     shipped_headers(), assembly);
    REQUIRE(assembly.indicators.size() == 4);
    CHECK(assembly.indicators[0].value.number == 121);
    CHECK(assembly.indicators[0].target->number == 115);
    CHECK(assembly.indicators[1].target->number == 95);
    CHECK(assembly.indicators[2].target->number == 10);
    CHECK(assembly.indicators[2].rag == "green");
    CHECK(assembly.indicators[3].value.number == 97.1);
    CHECK(assembly.indicators[3].period == "2023/24");
    CHECK(assembly.indicators[3].previous->figure.number == 97.6);
    CHECK(assembly.indicators[3].rag == "red");

    SECTION("a budget's years without a target or status are not periods of a measure") {
        indicators::Assembly budget;
        indicators::add_table_indicators({table_of({{"Measure", "2024/25", "2025/26"}, {"Adult social care", "512.3", "530.1"}})},
                                         shipped_headers(), budget);
        CHECK(budget.indicators.empty());
    }
}
