#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "outturn/indicators.hpp"
#include "outturn/pipeline.hpp"
#include "outturn/tables.hpp"
#include "synthetic.hpp"

using namespace outturn;

namespace {
const std::vector<double> xs = {50, 200, 260, 320, 380};   // Indicator | Data | RAG | Target
const std::vector<std::string> header = {"Indicator", "Data", "RAG", "Target"};

// A scorecard page: a bold header row, then the given rows.
pdf::Page scorecard(int number, const std::vector<std::vector<std::string>>& rows, bool with_header = true) {
    pdf::Page page = synthetic::page(number, 842, 595);
    std::vector<double> ys;
    double y = 60;
    ys.push_back(y);
    auto add_row = [&](const std::vector<std::string>& cells, bool bold) {
        for (std::size_t c = 0; c < cells.size(); ++c)
            if (!cells[c].empty()) synthetic::add_cell_text(page, xs[c], y, cells[c], bold);
        y += 20;
        ys.push_back(y);
    };
    if (with_header) add_row(header, true);
    for (const auto& r : rows) add_row(r, false);
    synthetic::add_grid(page, xs, ys);
    return page;
}

tables::Vocabulary vocabulary() {
    return tables::Vocabulary::parse("name: Indicator\nvalue: Data | Actual\nrag: RAG\ntarget: Target\n", "test");
}
}  // namespace

TEST_CASE("a ruled grid becomes rows and cells", "[tables]") {
    pdf::Page page = scorecard(1, {{"Children in care per 10,000", "70.00", "Red", "60.00"}, {"Foster carers", "206", "", "215"}});
    auto found = tables::detect(page);
    REQUIRE(found.size() == 1);
    const auto& t = found[0];
    CHECK(t.columns == 4);
    REQUIRE(t.rows.size() == 3);
    CHECK(t.header_rows == 1);
    CHECK(t.rows[1][0].text == "Children in care per 10,000");
    CHECK(t.rows[1][1].text == "70.00");
    CHECK(t.rows[2][2].text.empty());  // an empty cell stays empty
    CHECK(t.rows[2][3].text == "215");
}

TEST_CASE("merged cells span the columns no rule separates", "[tables]") {
    pdf::Page page = synthetic::page(1);
    // Two rows; the first row has no rule between columns 1 and 2.
    std::vector<pdf::Shape> shapes;
    synthetic::add_grid(page, {50, 150}, {100, 120, 140});
    synthetic::add_grid(page, {150, 250, 350}, {120, 140});
    pdf::Shape right;
    right.stroked = true;
    right.box = {349.75, 100, 350.25, 140};
    page.shapes.push_back(right);
    pdf::Shape top;
    top.stroked = true;
    top.box = {50, 99.75, 350, 100.25};
    page.shapes.push_back(top);
    synthetic::add_cell_text(page, 50, 100, "Name", true);
    synthetic::add_cell_text(page, 150, 100, "Quarter two", true);
    synthetic::add_cell_text(page, 50, 120, "A");
    synthetic::add_cell_text(page, 150, 120, "1");
    synthetic::add_cell_text(page, 250, 120, "2");
    auto found = tables::detect(page);
    REQUIRE(found.size() == 1);
    const auto& t = found[0];
    REQUIRE(t.columns == 3);
    CHECK(t.rows[0][1].col_span == 2);
    CHECK(t.rows[0][2].covered);
    CHECK(t.rows[0][1].text == "Quarter two");
    CHECK(t.rows[1][2].text == "2");
}

TEST_CASE("a table continued on the next page is joined, its repeated header dropped", "[tables]") {
    pdf::Document doc;
    doc.pages.push_back(scorecard(1, {{"Measure one", "1.5", "Green", "1.0"}, {"Measure two", "4", "Red", "9"}}));
    doc.pages.push_back(scorecard(2, {{"", "", "", ""}, {"Measure three", "7", "Amber", "8"}}));
    // The cut row continues on page 2 with an empty first column.
    synthetic::add_cell_text(doc.pages[1], xs[3], 80, "(see note)");
    doc.page_count = 2;
    auto found = tables::detect_all(doc);
    REQUIRE(found.size() == 1);
    const auto& t = found[0];
    CHECK(t.page == 1);
    CHECK(t.last_page == 2);
    REQUIRE(t.rows.size() == 4);  // header + three measures
    CHECK(t.rows[2][3].text == "9 (see note)");
    CHECK(t.rows[3][0].text == "Measure three");
    CHECK(t.rows[3][0].page == 2);
}

TEST_CASE("a table on the next page headed by other words is the next table, not a continuation", "[tables]") {
    // Two forms of one template, one a page: same columns, different titles.
    pdf::Document doc;
    doc.pages.push_back(scorecard(1, {{"Measure one", "1.5", "Green", "1.0"}}));
    doc.pages.push_back(scorecard(2, {{"Measure two", "4", "Red", "9"}}));
    for (auto& word : doc.pages[1].words)
        if (word.text == "Indicator") word.text = "Measure";
    doc.page_count = 2;
    auto found = tables::detect_all(doc);
    REQUIRE(found.size() == 2);
    CHECK(found[1].page == 2);
    CHECK(found[1].rows[0][0].text == "Measure");
}

TEST_CASE("tables on pages that are not consecutive stay apart", "[tables]") {
    pdf::Document doc;
    doc.pages.push_back(scorecard(1, {{"Measure one", "1", "Green", "1"}}));
    doc.pages.push_back(synthetic::page(2));
    doc.pages.push_back(scorecard(3, {{"Measure two", "2", "Red", "3"}}));
    CHECK(tables::detect_all(doc).size() == 2);
}

TEST_CASE("scorecard rows become indicators, RAG from the word or the colour", "[tables]") {
    pdf::Page page = scorecard(4, {{"Children in care per 10,000", "70.00", "", "60.00"}, {"Commentary only", "n/a", "", ""}});
    synthetic::add_fill(page, {260, 80, 320, 100}, {0.95, 0.05, 0.05});  // a red cell with no word in it
    pdf::Document doc;
    doc.pages.push_back(page);
    doc.page_count = 1;
    auto found = tables::detect_all(doc);
    indicators::Assembly assembly;
    indicators::add_table_indicators(found, vocabulary(), assembly);
    REQUIRE(assembly.indicators.size() == 1);  // "n/a" is not a value
    const auto& ind = assembly.indicators[0];
    CHECK(ind.name == "Children in care per 10,000");
    CHECK(ind.value.number == Approx(70));
    CHECK(ind.value.decimals == 2);
    CHECK(ind.target->number == Approx(60));
    CHECK(ind.rag == "red");
    CHECK(ind.rag_source == "colour");
    CHECK(ind.source.page == 4);
    CHECK(ind.source.table == 0);
    CHECK(ind.source.row == 1);
}

TEST_CASE("a grid without a scorecard header is not read as indicators", "[tables]") {
    pdf::Page page = scorecard(1, {{"Some label", "12", "x", "y"}}, false);
    pdf::Document doc;
    doc.pages.push_back(page);
    auto found = tables::detect_all(doc);
    indicators::Assembly assembly;
    indicators::add_table_indicators(found, vocabulary(), assembly);
    CHECK(assembly.indicators.empty());
}

TEST_CASE("pages without rules have no tables", "[tables]") {
    pdf::Page page = synthetic::page(1);
    synthetic::add_line(page, 100, "Just prose 45% here", 0, 0);
    CHECK(tables::detect(page).empty());
    pdf::Page bare = synthetic::page(2);
    synthetic::add_grid(bare, {10, 20}, {10, 12});  // too small to be a table
    CHECK(tables::detect(bare).empty());
}

TEST_CASE("header vocabulary folds case and punctuation", "[tables]") {
    auto v = tables::Vocabulary::parse("direction: DOT | Direction of travel\nprevious: Last year\n", "t");
    CHECK(v.role_of("D.O.T.") == "direction");
    CHECK(v.role_of("last  YEAR") == "previous");
    CHECK(v.role_of("Last year (2019/20)") == "previous");
    CHECK(v.role_of("Lastly") == "");
    CHECK_THROWS_WITH(tables::Vocabulary::parse("colour: Red\n", "h.txt"), "h.txt:1: unknown role 'colour'");
    CHECK_THROWS_WITH(tables::Vocabulary::parse("no colon here\n", "h.txt"), "h.txt:1: expected 'role: header | header'");
}

TEST_CASE("RAG colours are read with tolerance for shades", "[tables]") {
    CHECK(tables::rag_of_colour({1, 0, 0}) == "red");
    CHECK(tables::rag_of_colour({0.75, 0.1, 0.15}) == "red");
    CHECK(tables::rag_of_colour({1, 0.75, 0}) == "amber");
    CHECK(tables::rag_of_colour({1, 0.65, 0.2}) == "amber");
    CHECK(tables::rag_of_colour({0, 0.69, 0.31}) == "green");
    CHECK(tables::rag_of_colour({0.57, 0.82, 0.31}) == "green");
    CHECK(tables::rag_of_colour({0.12, 0.31, 0.47}) == "");  // header blue
    CHECK(tables::rag_of_colour({0.95, 0.95, 0.95}) == "");  // grey shading
}

TEST_CASE("a border round the page is not a table, the table inside it is", "[tables]") {
    pdf::Page page = scorecard(1, {{"Measure one", "1.5", "Green", "1.0"}});  // 842 x 595, table at x 50..380, y 60..100
    synthetic::add_grid(page, {10, 832}, {10, 585});                             // the page frame
    synthetic::add_line(page, 300, "Prose inside the frame", 0, 0);
    auto found = tables::detect(page);
    REQUIRE(found.size() == 1);
    CHECK(found[0].columns == 4);
    CHECK(found[0].rows[1][0].text == "Measure one");
}

TEST_CASE("a ruled box of one column is prose, not a table", "[tables]") {
    pdf::Page page = synthetic::page(1);
    synthetic::add_grid(page, {50, 400}, {100, 150});
    synthetic::add_cell_text(page, 50, 100, "Footnote: issues relating to financial implications");
    CHECK(tables::detect(page).empty());
}

// Tables drawn without rules: found from how their words line up.
namespace {
using Cells = std::vector<std::pair<double, std::string>>;

// Word wrapped over the width [x0, x1] with the spaces stretched to fill it,
// as justified text is set; the last line keeps plain spaces.
void add_justified(pdf::Page& page, double y, double x0, double x1, const std::vector<std::string>& lines, double pitch = 12) {
    for (std::size_t l = 0; l < lines.size(); ++l) {
        std::istringstream in(lines[l]);
        std::vector<std::string> words;
        for (std::string w; in >> w;) words.push_back(w);
        double ink = 0;
        for (const auto& w : words) ink += 5.0 * static_cast<double>(w.size());
        double space = l + 1 == lines.size() || words.size() < 2 ? 3 : (x1 - x0 - ink) / static_cast<double>(words.size() - 1);
        Cells cells;
        double x = x0;
        for (const auto& w : words) {
            cells.emplace_back(x, w);
            x += 5.0 * static_cast<double>(w.size()) + space;
        }
        synthetic::add_aligned_line(page, y + pitch * static_cast<double>(l), cells);
    }
}

const std::vector<std::string> prose = {
    "The council continues to monitor the number of children in care closely and",
    "reports to this committee each quarter on the measures agreed in the plan, with",
    "commentary from the service on the reasons for any change since the last report",
    "and the actions that are being taken where performance is below the target set",
    "for the year, including the work with partners across the county and region.",
};
}  // namespace

TEST_CASE("a borderless scorecard: columns from aligned words, wrapped cells joined, an empty cell kept", "[tables][aligned]") {
    pdf::Page page = synthetic::page(1);
    synthetic::add_aligned_line(page, 100, {{50, "Indicator"}, {250, "Actual"}, {310, "Target"}, {370, "RAG"}}, true);
    synthetic::add_aligned_line(page, 116, {{50, "Children in care per"}, {250, "70.0"}, {310, "60.0"}, {370, "Red"}});
    synthetic::add_aligned_line(page, 127, {{50, "10,000 children"}});
    synthetic::add_aligned_line(page, 143, {{50, "Foster carers"}, {250, "206"}, {370, "Green"}});
    synthetic::add_aligned_line(page, 159, {{50, "Care leavers in suitable"}, {250, "88%"}, {310, "90%"}, {370, "Amber"}});
    synthetic::add_aligned_line(page, 170, {{50, "accommodation"}});
    add_justified(page, 200, 50, 400, prose);
    auto found = tables::detect(page);
    REQUIRE(found.size() == 1);
    const auto& t = found[0];
    CHECK_FALSE(t.ruled);
    CHECK(t.columns == 4);
    REQUIRE(t.rows.size() == 4);
    CHECK(t.header_rows == 1);
    CHECK(t.rows[1][0].text == "Children in care per 10,000 children");
    CHECK(t.rows[1][1].text == "70.0");
    CHECK(t.rows[2][2].text.empty());
    CHECK(t.rows[2][3].text == "Green");
    CHECK(t.rows[3][0].text == "Care leavers in suitable accommodation");
    CHECK(t.box.y1 < 200);  // the paragraph below is not part of it
    // Cells tile the table, so a passage anywhere inside it is inside a cell.
    CHECK(t.rows[1][0].box.x1 == t.rows[1][1].box.x0);
    CHECK(t.rows[1][0].box.y1 == t.rows[2][0].box.y0);

    pdf::Document doc;
    doc.pages.push_back(page);
    indicators::Assembly assembly;
    indicators::add_table_indicators(tables::detect_all(doc), vocabulary(), assembly);
    REQUIRE(assembly.indicators.size() == 3);
    CHECK(assembly.indicators[0].name == "Children in care per 10,000 children");
    CHECK(assembly.indicators[0].rag == "red");
    CHECK_FALSE(assembly.indicators[1].target);
    CHECK(assembly.indicators[2].value.text == "88%");
}

TEST_CASE("a table with rules only above and below the header and at the bottom", "[tables][aligned]") {
    pdf::Page page = synthetic::page(1);
    synthetic::add_rule(page, 48, 420, 97);
    synthetic::add_aligned_line(page, 100, {{50, "Measure"}, {250, "Previous"}, {310, "Actual"}, {370, "Target"}}, true);
    synthetic::add_rule(page, 48, 420, 112);
    // Equal line spacing throughout: only the rules and the numbers say where rows end.
    synthetic::add_aligned_line(page, 115, {{50, "Delayed transfers"}, {250, "12.1"}, {310, "10.9"}, {370, "11.0"}});
    synthetic::add_aligned_line(page, 126, {{50, "of care"}});
    synthetic::add_aligned_line(page, 137, {{50, "Reablement"}, {250, "83.2%"}, {310, "84.0%"}, {370, "85.0%"}});
    synthetic::add_aligned_line(page, 148, {{50, "Admissions"}, {250, "612"}, {310, "598"}, {370, "600"}});
    synthetic::add_rule(page, 48, 420, 160);
    auto found = tables::detect(page);
    REQUIRE(found.size() == 1);
    const auto& t = found[0];
    CHECK_FALSE(t.ruled);
    REQUIRE(t.rows.size() == 4);
    CHECK(t.header_rows == 1);
    CHECK(t.rows[0][1].text == "Previous");
    CHECK(t.rows[1][0].text == "Delayed transfers of care");
    CHECK(t.rows[3][3].text == "600");
}

TEST_CASE("a header row that is not bold is a header when its cells are column headers", "[tables][aligned]") {
    pdf::Page page = synthetic::page(1);
    synthetic::add_aligned_line(page, 100, {{50, "Indicator"}, {250, "Actual"}, {310, "Target"}, {370, "RAG"}});
    synthetic::add_aligned_line(page, 114, {{50, "Measure one"}, {250, "1.5"}, {310, "1.0"}, {370, "Green"}});
    synthetic::add_aligned_line(page, 128, {{50, "Measure two"}, {250, "4"}, {310, "9"}, {370, "Red"}});
    REQUIRE(tables::detect(page).size() == 1);
    CHECK(tables::detect(page)[0].header_rows == 0);  // no vocabulary, no bold: nothing says so
    CHECK(tables::detect(page, vocabulary())[0].header_rows == 1);
}

TEST_CASE("a header row shaded apart from the body is a header; body bands give their cells a fill", "[tables][aligned]") {
    pdf::Page page = synthetic::page(1);
    const Rgb blue{0.12, 0.31, 0.47}, grey{0.9, 0.9, 0.9};
    synthetic::add_fill(page, {48, 97, 420, 111}, blue);
    synthetic::add_aligned_line(page, 100, {{50, "Service"}, {250, "Budget"}, {310, "Spend"}, {370, "Share"}});
    synthetic::add_aligned_line(page, 114, {{50, "Libraries"}, {250, "1,200"}, {310, "1,150"}, {370, "12%"}});
    synthetic::add_fill(page, {48, 125, 420, 139}, grey);
    synthetic::add_aligned_line(page, 128, {{50, "Parks"}, {250, "900"}, {310, "950"}, {370, "9%"}});
    synthetic::add_aligned_line(page, 142, {{50, "Highways"}, {250, "4,100"}, {310, "4,000"}, {370, "41%"}});
    synthetic::add_fill(page, {48, 153, 420, 167}, grey);
    synthetic::add_aligned_line(page, 156, {{50, "Waste"}, {250, "3,800"}, {310, "3,900"}, {370, "38%"}});
    auto found = tables::detect(page);
    REQUIRE(found.size() == 1);
    const auto& t = found[0];
    REQUIRE(t.rows.size() == 5);
    CHECK(t.header_rows == 1);
    REQUIRE(t.rows[2][0].fill);
    CHECK(*t.rows[2][0].fill == grey);
    CHECK_FALSE(t.rows[1][0].fill);
    CHECK(*t.rows[0][3].fill == blue);
}

TEST_CASE("a borderless table continued on the next page joins, its repeated header dropped", "[tables][aligned]") {
    pdf::Document doc;
    doc.pages.push_back(synthetic::page(1));
    doc.pages.push_back(synthetic::page(2));
    const Cells header = {{50, "Service area"}, {250, "Budget"}, {310, "Forecast"}, {370, "Variance"}};
    add_justified(doc.pages[0], 500, 50, 400, prose);
    synthetic::add_aligned_line(doc.pages[0], 700, header);
    synthetic::add_aligned_line(doc.pages[0], 714, {{50, "Adult social care"}, {250, "512.3"}, {310, "530.1"}, {370, "17.8"}});
    synthetic::add_aligned_line(doc.pages[0], 728, {{50, "Children's services"}, {250, "301.0"}, {310, "310.4"}, {370, "9.4"}});
    synthetic::add_aligned_line(doc.pages[0], 742, {{50, "Growth and communities"}, {250, "88.2"}, {310, "86.0"}, {370, "-2.2"}});
    synthetic::add_aligned_line(doc.pages[1], 60, header);
    synthetic::add_aligned_line(doc.pages[1], 74, {{50, "Highways"}, {250, "64.5"}, {310, "66.0"}, {370, "1.5"}});
    synthetic::add_aligned_line(doc.pages[1], 88, {{50, "Waste"}, {250, "80.1"}, {310, "79.9"}, {370, "-0.2"}});
    doc.page_count = 2;
    auto found = tables::detect_all(doc);
    REQUIRE(found.size() == 1);
    const auto& t = found[0];
    CHECK(t.page == 1);
    CHECK(t.last_page == 2);
    CHECK(t.header_rows == 1);  // not bold, no vocabulary: the repetition says it
    REQUIRE(t.rows.size() == 6);
    CHECK(t.rows[4][0].text == "Highways");
    CHECK(t.rows[4][0].page == 2);
}

TEST_CASE("bold section headings are rows of their own; a header cell wrapped above the header line joins it", "[tables][aligned]") {
    pdf::Page page = synthetic::page(1);
    synthetic::add_aligned_line(page, 100, {{250, "Working"}}, true);
    synthetic::add_aligned_line(page, 110, {{50, "Service"}, {250, "Budget"}, {310, "Forecast"}, {370, "Variance"}}, true);
    synthetic::add_aligned_line(page, 124, {{50, "Public Health"}}, true);
    synthetic::add_aligned_line(page, 136, {{50, "Advice and staffing"}, {250, "0.5"}, {310, "0.4"}, {370, "-0.1"}});
    synthetic::add_aligned_line(page, 148, {{50, "Healthy lifestyles"}, {250, "1.2"}, {310, "1.3"}, {370, "0.1"}});
    synthetic::add_aligned_line(page, 162, {{50, "Adults"}}, true);
    synthetic::add_aligned_line(page, 174, {{50, "Carers"}, {250, "3.0"}, {310, "2.4"}, {370, "-0.6"}});
    auto found = tables::detect(page);
    REQUIRE(found.size() == 1);
    const auto& t = found[0];
    REQUIRE(t.rows.size() == 6);
    CHECK(t.header_rows == 1);
    CHECK(t.rows[0][1].text == "Working Budget");
    CHECK(t.rows[1][0].text == "Public Health");
    CHECK(t.rows[2][0].text == "Advice and staffing");
    CHECK(t.rows[4][0].text == "Adults");
    CHECK(t.rows[5][3].text == "-0.6");
}

TEST_CASE("prose, lists, page layouts, contents pages and charts are not tables", "[tables][aligned]") {
    pdf::Page page = synthetic::page(1);
    SECTION("a justified paragraph") {
        add_justified(page, 100, 50, 400, prose);
        add_justified(page, 170, 50, 400, {prose[2], prose[0], prose[4], prose[1], prose[3]});
    }
    SECTION("a bulleted list") {
        const std::vector<std::string> items = {"Recruit 20 more foster carers by March", "Open two children's homes in the east of the county",
                                                "Reduce agency social workers to 15%", "Review every placement over 12 months"};
        double y = 100;
        for (const auto& item : items) {
            synthetic::add_aligned_line(page, y, {{50, "\xE2\x80\xA2"}, {70, item}});
            y += 12;
            synthetic::add_aligned_line(page, y, {{70, "with progress reported each quarter"}});
            y += 14;
        }
    }
    SECTION("two columns of prose side by side") {
        for (std::size_t k = 0; k < prose.size(); ++k) {
            std::string left = prose[k].substr(0, 44), right = prose[(k + 2) % prose.size()].substr(30, 44);
            add_justified(page, 100 + 12.0 * static_cast<double>(k), 50, 280, {left, "x"});
            add_justified(page, 100 + 12.0 * static_cast<double>(k), 310, 540, {right, "x"});
        }
        page.words.erase(std::remove_if(page.words.begin(), page.words.end(), [](const pdf::Word& w) { return w.text == "x"; }), page.words.end());
    }
    SECTION("a table of contents") {
        const std::vector<std::pair<std::string, std::string>> entries = {
            {"Introduction", "3"}, {"Performance summary", "4"}, {"Children's services", "7"}, {"Adult social care", "12"}, {"Public health", "15"}};
        double y = 100;
        int n = 1;
        for (const auto& [title, number] : entries) {
            synthetic::add_aligned_line(page, y, {{50, std::to_string(n++) + "."}, {70, title}, {400, number}});
            y += 14;
        }
    }
    SECTION("a bar chart's labels") {
        const std::vector<double> heights = {60, 75, 40, 90};
        for (std::size_t b = 0; b < heights.size(); ++b) {
            double x = 100 + 60.0 * static_cast<double>(b);
            synthetic::add_fill(page, {x, 300 - heights[b], x + 30, 300}, {0.2, 0.4, 0.8});
            synthetic::add_aligned_line(page, 300 - heights[b] - 11, {{x + 5, std::to_string(static_cast<int>(heights[b])) + "%"}}, false, 7);
            synthetic::add_aligned_line(page, 303, {{x + 5, "Q" + std::to_string(b + 1)}}, false, 7);
        }
        for (int tick = 0; tick <= 4; ++tick)
            synthetic::add_aligned_line(page, 296 - 25.0 * tick, {{50, std::to_string(tick * 25) + "%"}}, false, 7);
    }
    SECTION("a horizontal bar chart: labels, bars from one axis, values") {
        const std::vector<std::pair<std::string, int>> bars = {{"Facebook", 24}, {"Another organisation", 18}, {"An email", 15}, {"Newspaper", 6}};
        double y = 100;
        for (const auto& [label, percent] : bars) {
            double length = 8.0 * percent;
            synthetic::add_fill(page, {200, y, 200 + length, y + 12}, {0.0, 0.1, 0.4});
            synthetic::add_aligned_line(page, y + 2, {{60, label}, {205 + length, std::to_string(percent) + "%"}});
            y += 18;
        }
    }
    SECTION("a running header and footer in three parts") {
        synthetic::add_aligned_line(page, 20, {{50, "Kent County Council"}, {260, "Cabinet"}, {480, "30 January 2025"}});
        add_justified(page, 100, 50, 400, prose);
        synthetic::add_aligned_line(page, 810, {{50, "Agenda item 7"}, {280, "Page 12"}, {480, "Public"}});
    }
    SECTION("names listed as running text, spread by justification") {
        synthetic::add_aligned_line(page, 100, {{50, "PRESENT:"}, {110, "Mr B J Sweetland,"}, {220, "Mr A M Ridgers,"}, {330, "Mrs C Bell,"}});
        synthetic::add_aligned_line(page, 112, {{50, "Mr N Baker,"}, {110, "Mr M Baldock,"}, {220, "Mr P Bartlett,"}, {330, "Mr D Beaney,"}});
        synthetic::add_aligned_line(page, 124, {{50, "Mr T Bond,"}, {110, "Mr A Booth,"}, {220, "Mr A Brady,"}, {330, "Mr D Brazier."}});
    }
    CHECK(tables::detect(page).empty());
}

TEST_CASE("a borderless scorecard made by an office suite reads cell by cell", "[tables][aligned]") {
    // tests/data/borderless-scorecard.html converted by LibreOffice 7.4
    // (soffice --headless --infilter=HTML --convert-to pdf:writer_pdf_Export):
    // no borders, shaded bands, a second table with rules above and below the
    // header, a third over four pages with its header repeated on each.
    pdf::Document doc = pdf::read_file(OUTTURN_TEST_DATA "/borderless-scorecard.pdf");
    auto headers = tables::Vocabulary::load(OUTTURN_PATTERNS_DIR "/table-headers.txt");
    auto found = tables::detect_all(doc, headers);
    REQUIRE(found.size() == 3);
    const auto& first = found[0];
    CHECK_FALSE(first.ruled);
    REQUIRE(first.columns == 5);
    REQUIRE(first.rows.size() == 5);
    CHECK(first.header_rows == 1);
    CHECK(first.rows[0][1].text == "Q1 2024/25");
    CHECK(first.rows[1][0].text == "Percentage of children in care with three or more placements");
    CHECK(first.rows[2][4].text.empty());
    CHECK(first.rows[2][0].fill);  // a shaded band
    CHECK(first.rows[4][4].text == "n/a");
    const auto& second = found[1];
    REQUIRE(second.rows.size() == 4);
    CHECK(second.rows[0][2].text == "Actual");
    CHECK(second.rows[2][0].text == "Permanent admissions to care homes, aged 65 and over, per 100,000 population");
    const auto& third = found[2];
    CHECK(third.page == 2);
    CHECK(third.last_page == 5);
    CHECK(third.header_rows == 1);
    REQUIRE(third.rows.size() == 61);  // the header once, sixty measures
    CHECK(third.rows[11][0].text == "Measure number 11 of the scorecard");  // wrapped on page 3, figures centred beside it
    CHECK(third.rows[11][1].text == "51.1%");
    CHECK(third.rows[60][3].text == "Red");  // "End of report." below is not part of it

    Result result = process(std::move(doc), load_rules(OUTTURN_PATTERNS_DIR));
    std::size_t from_tables = 0;
    for (const auto& ind : result.assembly.indicators) from_tables += ind.source.table >= 0 ? 1 : 0;
    CHECK(from_tables == 67);
    // The prose patterns do not read the scorecards' cells again.
    for (const auto& passage : result.layout.passages)
        if (passage.original.rfind("Percentage of children", 0) == 0) CHECK(passage.in_table);
}
