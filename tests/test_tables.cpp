#include <catch2/catch.hpp>

#include "outturn/indicators.hpp"
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
