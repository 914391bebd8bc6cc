#include <catch2/catch.hpp>

#include "outturn/layout.hpp"
#include "outturn/utf8.hpp"
#include "synthetic.hpp"

using namespace outturn;

TEST_CASE("normalisation makes text matchable and keeps the way back", "[layout]") {
    SECTION("ligatures, odd spaces, dashes and quotes") {
        CHECK(layout::normalise("e\xEF\xAC\x83" "cient").text == "efficient");         // U+FB03 ffi
        CHECK(layout::normalise("85\xC2\xA0%").text == "85 %");                          // no-break space
        CHECK(layout::normalise("a\xE2\x80\x89thin").text == "a thin");                  // thin space
        CHECK(layout::normalise("\xE2\x88\x92" "2.1").text == "-2.1");                    // Unicode minus
        CHECK(layout::normalise("2020\xE2\x80\x93" "21").text == "2020-21");             // en dash
        CHECK(layout::normalise("\xE2\x80\x9Cgood\xE2\x80\x9D").text == "\"good\"");     // curly quotes
        CHECK(layout::normalise("Children\xE2\x80\x99s").text == "Children's");
        CHECK(layout::normalise("co\xC2\xAD" "operate").text == "cooperate");            // soft hyphen
        CHECK(layout::normalise("  a \t\n b  ").text == "a b");
    }
    SECTION("offsets map back to the original bytes") {
        auto n = layout::normalise("e\xEF\xAC\x83" "cient 5%");
        REQUIRE(n.origin.size() == n.text.size() + 1);
        CHECK(n.origin[1] == 1);  // 'f' of the ligature
        CHECK(n.origin[3] == 1);  // 'i' of the ligature
        CHECK(n.origin[4] == 4);  // 'c' after the 3-byte ligature
        CHECK(n.origin.back() == 12);
    }
    SECTION("bad UTF-8 is kept, not dropped") {
        auto n = layout::normalise("a\xFF" "b");
        CHECK(n.text.size() >= 3);
        CHECK(n.text.front() == 'a');
        CHECK(n.text.back() == 'b');
    }
}

TEST_CASE("words become lines and passages, line-end hyphens joined", "[layout]") {
    pdf::Document doc;
    doc.pages.push_back(synthetic::page(1));
    auto& page = doc.pages[0];
    synthetic::add_line(page, 100, "3.1 Care package reviews", 0, 0, 50, 13, true);
    synthetic::add_line(page, 130, "Performance stands at 82.9% (819", 1, 1);
    synthetic::add_line(page, 145, "/ 988) after careful anti-", 1, 2);
    synthetic::add_line(page, 160, "social work of the Covid-", 1, 3);
    synthetic::add_line(page, 175, "19 backlog.", 1, 4);
    doc.page_count = 1;

    layout::Layout result = layout::build(doc);
    REQUIRE(result.lines.size() == 5);
    REQUIRE(result.passages.size() == 2);
    CHECK(result.passages[0].is_heading);
    const layout::Passage& body = result.passages[1];
    CHECK(body.section == "3.1 Care package reviews");
    CHECK(body.text() == "Performance stands at 82.9% (819 / 988) after careful anti-social work of the Covid-19 backlog.");

    std::size_t at = body.text().find("82.9%");
    std::size_t end = body.text().find(")") + 1;
    CHECK(body.quote_of(at, end) == "82.9% (819 / 988)");
    Box box = body.box_of(at, end);
    CHECK(box.y0 == Approx(130));
    CHECK(box.y1 == Approx(145 + 11));  // spans two lines
}

TEST_CASE("running headers and footers are found by repetition", "[layout]") {
    pdf::Document doc;
    for (int n = 1; n <= 4; ++n) {
        doc.pages.push_back(synthetic::page(n));
        auto& page = doc.pages.back();
        synthetic::add_line(page, 30, "Scrutiny Panel: Q1 2020-21 Performance Report", 0, 0, 50, 11, true);
        synthetic::add_line(page, 300, "Body text number " + std::to_string(n * 7) + " differs.", 1, 1);
        synthetic::add_line(page, 800, "Page " + std::to_string(n) + " of 4", 2, 2);
    }
    doc.page_count = 4;
    layout::Layout result = layout::build(doc);
    int running = 0, body = 0;
    for (const auto& p : result.passages) (p.running ? running : body)++;
    CHECK(running == 8);
    CHECK(body == 4);
    CHECK(result.running_lines.size() >= 2);

    SECTION("a line repeated only in the body is not a header") {
        for (const auto& p : result.passages)
            if (p.text().find("Body text") != std::string::npos) CHECK_FALSE(p.running);
    }
}

TEST_CASE("numbered headings that fall at page breaks are not running lines", "[layout]") {
    // "11. Housing" ends page 1, "12. Housing" opens page 2, and so on: the masked
    // text repeats on three pages, but at the top on some and the bottom on others.
    pdf::Document doc;
    for (int n = 1; n <= 3; ++n) {
        doc.pages.push_back(synthetic::page(n));
        auto& page = doc.pages.back();
        if (n > 1) synthetic::add_line(page, 30, std::to_string(2 * n + 8) + ". Housing", 0, 0, 50, 18, true);
        synthetic::add_line(page, 300, "Body text " + std::to_string(n) + ".", 1, 1);
        if (n < 3) synthetic::add_line(page, 790, std::to_string(2 * n + 9) + ". Housing", 2, 2, 50, 18, true);
    }
    doc.page_count = 3;
    layout::Layout result = layout::build(doc);
    for (const auto& p : result.passages) CHECK_FALSE(p.running);
    CHECK(result.running_lines.empty());
}

TEST_CASE("an empty document lays out to nothing", "[layout]") {
    pdf::Document doc;
    doc.pages.push_back(synthetic::page(1));
    layout::Layout result = layout::build(doc);
    CHECK(result.lines.empty());
    CHECK(result.passages.empty());
}

TEST_CASE("a superscript footnote marker is not read as a digit", "[layout]") {
    pdf::Document doc;
    doc.pages.push_back(synthetic::page(1));
    auto& page = doc.pages[0];
    synthetic::add_line(page, 100, "only 17 of the 38", 0, 0);
    for (auto& w : page.words) w.baseline = 110;
    page.words.back().space_after = false;
    pdf::Word marker;
    marker.text = "1";
    marker.box = {page.words.back().box.x1, 98, page.words.back().box.x1 + 3, 104};
    marker.font_size = 6;
    marker.baseline = 104;
    marker.space_after = true;
    page.words.push_back(marker);
    synthetic::add_line(page, 100, "indicators were met.", 0, 0, 200);
    for (auto& w : page.words)
        if (w.font_size == 11) w.baseline = 110;
    doc.page_count = 1;
    layout::Layout result = layout::build(doc);
    REQUIRE(result.passages.size() == 1);
    CHECK(result.passages[0].text() == "only 17 of the 38 indicators were met.");
    CHECK(result.passages[0].original == "only 17 of the 381 indicators were met.");
}

TEST_CASE("text handed on is valid UTF-8, whatever bytes came in", "[layout]") {
    CHECK(valid_utf8("plain") == "plain");
    CHECK(valid_utf8("caf\xC3\xA9") == "caf\xC3\xA9");                    // well formed
    CHECK(valid_utf8("\x89\x89" "23") == "\xEF\xBF\xBD\xEF\xBF\xBD" "23");  // stray continuation bytes
    CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");           // overlong '/'
    CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
    CHECK(valid_utf8(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");      // NUL
    CHECK(valid_utf8("\xF4\x90\x80\x80").find("\xEF\xBF\xBD") == 0);       // past U+10FFFF
    pdf::Document doc;
    doc.pages.push_back(synthetic::page(1));
    synthetic::add_line(doc.pages[0], 100, "\x89\x89 23 of the families", 0, 0);
    auto result = layout::build(doc);
    REQUIRE(result.passages.size() == 1);
    CHECK(valid_utf8(result.passages[0].original) == result.passages[0].original);
}
