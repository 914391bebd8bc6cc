#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "outturn/markers.hpp"
#include "outturn/pipeline.hpp"
#include "synthetic.hpp"

using namespace outturn;

namespace {

const Rules& rules() {
    static Rules loaded = load_rules(OUTTURN_PATTERNS_DIR);
    return loaded;
}

Rgb hex(unsigned rgb) {
    return {static_cast<double>((rgb >> 16) & 0xFF) / 255, static_cast<double>((rgb >> 8) & 0xFF) / 255,
            static_cast<double>(rgb & 0xFF) / 255};
}

std::vector<indicators::Indicator> indicators_of(pdf::Page page) {
    pdf::Document doc;
    doc.pages.push_back(std::move(page));
    doc.page_count = 1;
    return process(std::move(doc), rules()).assembly.indicators;
}

// Indicator | Data | RAG | DOT | Target, a bold header row, then one row per name.
const std::vector<double> xs = {50, 250, 310, 370, 430};
pdf::Page scorecard(const std::vector<std::string>& names, const std::vector<std::string>& directions = {}) {
    pdf::Page page = synthetic::page(1, 842, 595);
    std::vector<double> ys = {60};
    double y = 60;
    const std::vector<std::string> header = {"Indicator", "Data", "RAG", "DOT"};
    for (std::size_t c = 0; c < header.size(); ++c) synthetic::add_cell_text(page, xs[c], y, header[c], true);
    y += 20;
    ys.push_back(y);
    for (std::size_t r = 0; r < names.size(); ++r) {
        synthetic::add_cell_text(page, xs[0], y, names[r]);
        synthetic::add_cell_text(page, xs[1], y, std::to_string(10 + r));
        if (r < directions.size() && !directions[r].empty()) synthetic::add_cell_text(page, xs[3], y, directions[r]);
        y += 20;
        ys.push_back(y);
    }
    synthetic::add_grid(page, xs, ys);
    return page;
}
double row_centre(std::size_t row) { return 80 + 20.0 * static_cast<double>(row) + 10; }

// A heading and one statement on the line at y = 130, text from x = 50.
pdf::Page statement_page() {
    pdf::Page page = synthetic::page(1);
    synthetic::add_line(page, 100, "3.1 Care package reviews", 0, 0, 50, 13, true);
    return page;
}
const std::string statement = "Performance stands at 82.9% (819 / 988).";
void add_statement(pdf::Page& page, double x = 60) { synthetic::add_line(page, 130, statement, 1, 1, x); }
double line_end(const pdf::Page& page) {
    double end = 0;
    for (const pdf::Word& w : page.words) end = std::max(end, w.box.x1);
    return end;
}

}  // namespace

TEST_CASE("a RAG column of dots gives each row its status, shades included", "[markers]") {
    const std::vector<std::pair<unsigned, std::string>> dots = {
        {0xC00000, "red"}, {0xFFC000, "amber"}, {0x92D050, "green"}, {0x00B050, "green"}, {0xFF0000, "red"}};
    std::vector<std::string> names;
    for (std::size_t i = 0; i < dots.size(); ++i) names.push_back("Measure " + std::to_string(i + 1));
    pdf::Page page = scorecard(names);
    // Circles and squares alike.
    for (std::size_t i = 0; i < dots.size(); ++i) {
        if (i % 2) synthetic::add_fill(page, {335.5, row_centre(i) - 4.5, 344.5, row_centre(i) + 4.5}, hex(dots[i].first));
        else synthetic::add_dot(page, 340, row_centre(i), 9, hex(dots[i].first));
    }
    auto found = indicators_of(page);
    REQUIRE(found.size() == dots.size());
    for (std::size_t i = 0; i < dots.size(); ++i) {
        INFO(found[i].name);
        CHECK(found[i].rag == dots[i].second);
        CHECK(found[i].rag_source == "colour");
    }
}

TEST_CASE("one colour beyond RAG in a RAG column (BRAG's blue) leaves the others read", "[markers]") {
    pdf::Page page = scorecard({"Measure one", "Measure two", "Measure three"});
    synthetic::add_dot(page, 340, row_centre(0), 9, hex(0xFF0000));
    synthetic::add_dot(page, 340, row_centre(1), 9, hex(0x0070C0));
    synthetic::add_dot(page, 340, row_centre(2), 9, hex(0x00B050));
    auto found = indicators_of(page);
    REQUIRE(found.size() == 3);
    CHECK(found[0].rag == "red");
    CHECK(found[1].rag.empty());
    CHECK(found[2].rag == "green");
}

TEST_CASE("a dot with an arrowhead beside it in one cell keeps both", "[markers]") {
    pdf::Page page = statement_page();
    add_statement(page);
    double x = line_end(page);
    synthetic::add_dot(page, x + 10, 135.5, 9, hex(0xC00000));
    synthetic::add_triangle(page, {x + 17, 132.5, x + 26, 140}, "down");  // same width and bottom edge as the dot
    auto found = indicators_of(page);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rag == "red");
    CHECK(found[0].direction == "down");
}

TEST_CASE("a coloured dot character in a RAG cell is read by its text colour", "[markers]") {
    pdf::Page page = scorecard({"Measure one", "Measure two", "Measure three"});
    synthetic::add_glyph(page, 335, 83, "\xE2\x97\x8F", hex(0xFF0000), 3000, 3000);                  // ●
    synthetic::add_glyph(page, 335, 103, "\xEF\x81\xAC", hex(0x00B050), 3001, 3001, "Wingdings-Regular");  // Wingdings l
    synthetic::add_glyph(page, 335, 123, "\xE2\x97\x8F", hex(0x000000), 3002, 3002);                 // black: no status
    auto found = indicators_of(page);
    REQUIRE(found.size() == 3);
    CHECK(found[0].rag == "red");
    CHECK(found[1].rag == "green");
    CHECK(found[2].rag.empty());
}

TEST_CASE("arrows in a direction column are up, down or level", "[markers]") {
    pdf::Page page = scorecard({"Measure one", "Measure two", "Measure three", "Measure four"}, {"", "", "", "Improving"});
    synthetic::add_triangle(page, {395, row_centre(0) - 4, 405, row_centre(0) + 4}, "up", hex(0x00B050));
    synthetic::add_glyph(page, 395, 103, "\xE2\x96\xBC", hex(0xFF0000), 3100, 3100);  // ▼
    synthetic::add_glyph(page, 395, 123, "\xE2\x96\xBA", hex(0x000000), 3101, 3101);  // ►
    synthetic::add_triangle(page, {395, row_centre(3) - 4, 405, row_centre(3) + 4}, "down");
    auto found = indicators_of(page);
    REQUIRE(found.size() == 4);
    CHECK(found[0].direction == "up");
    CHECK(found[0].direction_source == "arrow");
    CHECK(found[0].rag.empty());  // a green arrowhead judges the change; it is not a RAG status
    CHECK(found[1].direction == "down");
    CHECK(found[2].direction == "level");
    CHECK(found[3].direction == "improving");  // the word is the statement
    CHECK(found[3].direction_source == "text");
}

TEST_CASE("a dot beside a prose statement gives it its status", "[markers]") {
    SECTION("at the start of the line") {
        pdf::Page page = statement_page();
        synthetic::add_dot(page, 52, 135.5, 9, hex(0xFFC000));
        add_statement(page);
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag == "amber");
        CHECK(found[0].rag_source == "colour");
    }
    SECTION("at the end of the line") {
        pdf::Page page = statement_page();
        add_statement(page);
        synthetic::add_dot(page, line_end(page) + 10, 135.5, 9, hex(0x92D050));
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag == "green");
    }
    SECTION("in the margin") {
        pdf::Page page = statement_page();
        synthetic::add_dot(page, 20, 135.5, 10, hex(0xC00000));
        add_statement(page);
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag == "red");
    }
    SECTION("as a coloured character opening the line") {
        pdf::Page page = statement_page();
        synthetic::add_glyph(page, 45, 130, "\xE2\x97\x8F", hex(0xFF0000), 1, 1);
        add_statement(page);
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag == "red");
    }
}

TEST_CASE("a dot beside a dashboard tile's heading gives the tile's statement its status", "[markers]") {
    pdf::Page page = synthetic::page(1);
    // Two tiles side by side: a heading with a dot after it, a statement under it.
    synthetic::add_line(page, 100, "Calls answered", 0, 0, 50, 12, true);
    synthetic::add_dot(page, 50 + 5 * 14 + 3 + 10, 106, 9, hex(0xFFC000));
    synthetic::add_line(page, 120, "Performance stands at 82.9% (819", 1, 1, 50);
    synthetic::add_line(page, 133, "/ 988).", 1, 2, 50);
    synthetic::add_line(page, 100, "Waste recycled", 2, 3, 320, 12, true);
    synthetic::add_dot(page, 320 + 5 * 14 + 3 + 10, 106, 9, hex(0x00B050));
    synthetic::add_line(page, 120, "Recycling stands at 41.4% (414", 3, 4, 320);
    synthetic::add_line(page, 133, "/ 1000).", 3, 5, 320);
    auto found = indicators_of(page);
    REQUIRE(found.size() == 2);
    std::map<std::string, std::string> rag;
    for (const auto& ind : found) rag[ind.value.text] = ind.rag;
    CHECK(rag["82.9%"] == "amber");
    CHECK(rag["41.4%"] == "green");

    SECTION("a heading over two statements says nothing about either") {
        synthetic::add_line(page, 150, "Timeliness stands at 50% (3 / 6).", 4, 6, 320);
        for (const auto& ind : indicators_of(page))
            if (ind.source.bbox.x0 >= 300) CHECK(ind.rag.empty());
    }
}

TEST_CASE("an arrow beside a prose statement is its direction, not its judgement", "[markers]") {
    SECTION("drawn triangle") {
        pdf::Page page = statement_page();
        add_statement(page);
        synthetic::add_triangle(page, {line_end(page) + 6, 131, line_end(page) + 16, 140}, "down", hex(0x00B050));
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].direction == "down");
        CHECK(found[0].direction_source == "arrow");
        CHECK(found[0].rag.empty());
        CHECK(found[0].polarity.empty());  // whether down is good is not guessed
    }
    SECTION("arrow character") {
        pdf::Page page = statement_page();
        add_statement(page);
        synthetic::add_glyph(page, line_end(page) + 4, 130, "\xE2\x86\x91", hex(0x000000), 1, 1);  // ↑
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].direction == "up");
    }
    SECTION("a sideways arrowhead opening the line is a bullet") {
        pdf::Page page = statement_page();
        synthetic::add_triangle(page, {50, 131, 57, 140}, "right");
        add_statement(page);
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].direction.empty());
    }
}

TEST_CASE("decorative colour gives no status", "[markers]") {
    SECTION("a coloured heading bar") {
        pdf::Page page = statement_page();
        synthetic::add_fill(page, {45, 97, 550, 116}, hex(0x00B050));
        add_statement(page);
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag.empty());
    }
    SECTION("a full-width band behind the statement") {
        pdf::Page page = statement_page();
        synthetic::add_fill(page, {0, 127, 595, 145}, hex(0xFF0000));
        add_statement(page);
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag.empty());
    }
    SECTION("a chart's bars and legend swatches") {
        pdf::Page page = statement_page();
        add_statement(page);
        // A small chart level with the statement, its bars on one axis, and a legend beside labels.
        double x = line_end(page) + 8;
        for (int i = 0; i < 4; ++i)
            synthetic::add_fill(page, {x + 14 * i, 141.0 - 3 * (i + 2), x + 14 * i + 10, 141}, hex(0x00B050));  // one series, in green
        synthetic::add_fill(page, {200, 262, 207, 269}, hex(0x00B050));
        synthetic::add_line(page, 260, "Actual", 5, 5, 210, 7);
        synthetic::add_fill(page, {250, 262, 257, 269}, hex(0xFF0000));
        synthetic::add_line(page, 260, "Target", 6, 6, 260, 7);
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag.empty());
    }
    SECTION("a key of series colours lined up like a RAG column") {
        // One swatch per directorate, as a finance report keys its charts.
        const std::vector<unsigned> palette = {0x2E6B7A, 0xC55A11, 0x77933C, 0xC0504D, 0x8064A2};
        std::vector<std::string> names;
        for (std::size_t i = 0; i < palette.size(); ++i) names.push_back("Directorate " + std::to_string(i + 1));
        pdf::Page page = scorecard(names);
        for (std::size_t i = 0; i < palette.size(); ++i)
            synthetic::add_fill(page, {334, row_centre(i) - 8, 346, row_centre(i) + 8}, hex(palette[i]));
        for (const auto& ind : indicators_of(page)) CHECK(ind.rag.empty());
    }
    SECTION("a coloured list bullet character") {
        pdf::Page page = statement_page();
        synthetic::add_glyph(page, 45, 130, "\xE2\x80\xA2", hex(0xFFC000), 1, 1);  // •
        add_statement(page);
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag.empty());
    }
    SECTION("a coloured table header row") {
        pdf::Page page = scorecard({"Measure one", "Measure two"});
        for (std::size_t c = 0; c + 1 < xs.size(); ++c) synthetic::add_fill(page, {xs[c], 60, xs[c + 1], 80}, hex(0x00B050));
        auto found = indicators_of(page);
        REQUIRE(found.size() == 2);
        CHECK(found[0].rag.empty());
        CHECK(found[1].rag.empty());
    }
    SECTION("a dot far from any statement") {
        pdf::Page page = statement_page();
        add_statement(page);
        synthetic::add_dot(page, 500, 135.5, 9, hex(0xFF0000));  // level, but well past the end of the line
        synthetic::add_dot(page, 60, 300, 9, hex(0xFF0000));     // below, beside nothing
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag.empty());
    }
    SECTION("a dot nearer other text than the statement") {
        pdf::Page page = statement_page();
        add_statement(page, 120);
        synthetic::add_line(page, 130, "Key:", 2, 2, 50);
        synthetic::add_dot(page, 80, 135.5, 9, hex(0xFF0000));
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag.empty());
    }
    SECTION("coloured list bullets") {
        pdf::Page page = statement_page();
        synthetic::add_dot(page, 52, 135.5, 9, hex(0x00B050));
        add_statement(page);
        for (int i = 0; i < 3; ++i) {
            double y = 150 + 15.0 * i;
            synthetic::add_dot(page, 52, y + 5.5, 9, hex(0x00B050));
            synthetic::add_line(page, y, "Staff have been trained in the new process", 10 + i, 10 + i, 60);
        }
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag.empty());
    }
    SECTION("a bullet-sized dot") {
        pdf::Page page = statement_page();
        synthetic::add_dot(page, 53, 135.5, 3.5, hex(0x00B050));
        add_statement(page);
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag.empty());
    }
    SECTION("a circle that is part of a logo") {
        pdf::Page page = statement_page();
        synthetic::add_dot(page, 52, 135.5, 9, hex(0x00B050));
        synthetic::add_fill(page, {50, 134, 58, 139}, hex(0x1F4E79));  // another small part drawn over it
        add_statement(page);
        auto found = indicators_of(page);
        REQUIRE(found.size() == 1);
        CHECK(found[0].rag.empty());
    }
}

TEST_CASE("arrow characters and outlines decode to a direction", "[markers]") {
    using markers::direction_of_glyph;
    CHECK(direction_of_glyph("\xE2\x86\x91", "Arial") == "up");          // ↑
    CHECK(direction_of_glyph("\xE2\x86\x98", "Arial") == "down");        // ↘
    CHECK(direction_of_glyph("\xE2\x86\x97", "Arial") == "up");          // ↗
    CHECK(direction_of_glyph("\xE2\x87\xA7", "Arial") == "up");          // ⇧
    CHECK(direction_of_glyph("\xE2\x87\xA9", "Arial") == "down");        // ⇩
    CHECK(direction_of_glyph("\xE2\x86\x92", "Arial") == "level");       // →
    CHECK(direction_of_glyph("\xE2\x97\x84", "Arial") == "level");       // ◄
    CHECK(direction_of_glyph("\xEF\x83\xA9", "Wingdings-Regular") == "up");   // Wingdings 0xE9 via U+F0E9
    CHECK(direction_of_glyph("\xC3\xAA", "Wingdings") == "down");              // Wingdings 0xEA as Latin-1
    CHECK(direction_of_glyph("\xEF\x82\xAD", "SymbolMT") == "up");            // Symbol 0xAD
    CHECK(direction_of_glyph("\xC3\xAA", "Arial") == "");                      // ê in a text font
    CHECK(direction_of_glyph("\xE2\x86\x91x", "Arial") == "");                 // not a word of one character
    CHECK(markers::is_dot_glyph("\xE2\x97\x8F", "Arial"));
    CHECK_FALSE(markers::is_dot_glyph("l", "Arial"));
    CHECK(markers::is_dot_glyph("l", "Wingdings"));

    using markers::direction_of_outline;
    CHECK(direction_of_outline({{5, 0}, {10, 8}, {0, 8}}) == "up");
    CHECK(direction_of_outline({{0, 0}, {10, 0}, {5, 8}}) == "down");
    CHECK(direction_of_outline({{0, 0}, {8, 5}, {0, 10}}) == "level");
    CHECK(direction_of_outline({{0, 0}, {0, 10}, {10, 10}}) == "");  // a right-angled corner ornament
    CHECK(direction_of_outline({{0, 0}, {10, 0}, {10, 10}, {0, 10}}) == "");
    // A block arrow: head and shaft, seven corners.
    CHECK(direction_of_outline({{5, 0}, {10, 5}, {7, 5}, {7, 12}, {3, 12}, {3, 5}, {0, 5}}) == "up");
}

TEST_CASE("an emoji circle carries its own colour", "[markers]") {
    pdf::Page page = synthetic::page(1);
    synthetic::add_glyph(page, 50, 50, "\xF0\x9F\x9F\xA2", hex(0x000000), 0, 0);  // 🟢
    auto found = markers::find(page);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rag == "green");
}

namespace {
std::map<std::string, indicators::Indicator> by_name(const std::string& file) {
    std::map<std::string, indicators::Indicator> found;
    for (auto& ind : process(pdf::read_file(file), rules()).assembly.indicators) found[ind.name] = ind;
    return found;
}
}  // namespace

TEST_CASE("a LibreOffice scorecard: coloured dot characters, filled cells, arrow characters", "[markers][pdf]") {
    // tests/data/scorecard-colour.html, converted by LibreOffice 7.4 (the command is in the file).
    auto found = by_name(OUTTURN_TEST_DATA "/scorecard-colour.pdf");
    REQUIRE(found.size() == 8);
    auto check = [&](const std::string& name, const std::string& rag, const std::string& rag_source, const std::string& direction,
                     const std::string& direction_source) {
        INFO(name);
        REQUIRE(found.count(name));
        CHECK(found[name].rag == rag);
        CHECK(found[name].rag_source == rag_source);
        CHECK(found[name].direction == direction);
        CHECK(found[name].direction_source == direction_source);
    };
    check("Calls answered within 60 seconds", "amber", "colour", "up", "arrow");
    check("Household waste recycled", "red", "colour", "down", "arrow");
    check("Council tax collected", "green", "colour", "level", "arrow");
    check("Planning applications decided on time", "green", "colour", "up", "arrow");  // the cell's background
    check("Days lost to sickness per employee", "red", "colour", "worsening", "text");
    check("Carers' assessments", "red", "colour", "", "");                 // "●" opening the paragraph
    check("Care package reviews", "", "", "down", "arrow");                // "▼" closing it
    check("Reablement", "", "", "", "");
}

TEST_CASE("drawn circles and arrowheads reach the markers through Poppler", "[markers][pdf]") {
    // tests/data/drawn-markers.pdf, written by tests/data/make-drawn-markers.py.
    pdf::Document doc = pdf::read_file(OUTTURN_TEST_DATA "/drawn-markers.pdf");
    const pdf::Page& page = doc.pages.at(0);
    auto triangles = std::count_if(page.shapes.begin(), page.shapes.end(), [](const pdf::Shape& s) { return s.corners.size() == 3; });
    CHECK(triangles == 3);
    auto bar = std::find_if(page.shapes.begin(), page.shapes.end(), [](const pdf::Shape& s) { return s.box.width() > 500; });
    REQUIRE(bar != page.shapes.end());
    CHECK(bar->corners.empty());  // too large to be a marker
    auto dot = std::find_if(page.words.begin(), page.words.end(), [](const pdf::Word& w) { return w.text == "\xE2\x97\x8F"; });
    REQUIRE(dot != page.words.end());
    CHECK(dot->colour.g == Approx(0.69).margin(0.01));

    auto found = by_name(OUTTURN_TEST_DATA "/drawn-markers.pdf");
    REQUIRE(found.size() == 4);
    CHECK(found["Calls answered within 60 seconds"].rag == "red");
    CHECK(found["Calls answered within 60 seconds"].direction == "up");
    CHECK(found["Household waste recycled"].rag == "green");
    CHECK(found["Household waste recycled"].direction == "down");
    CHECK(found["Council tax collected"].rag == "amber");
    CHECK(found["Council tax collected"].direction == "down");
    CHECK(found["Carers' assessments"].rag == "red");  // the dot, not the green heading bar
    CHECK(found["Carers' assessments"].direction == "up");
}
