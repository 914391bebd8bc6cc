#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "outturn/pdf.hpp"

using namespace outturn::pdf;

namespace {
std::vector<std::uint8_t> bytes_of(std::string_view s) { return {s.begin(), s.end()}; }

ErrorKind kind_of_failure(const std::function<void()>& read) {
    try {
        read();
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("no error was raised");
    return ErrorKind::io;
}
}  // namespace

TEST_CASE("a seed report reads with words, fonts and shapes", "[pdf]") {
    Document doc = read_file(OUTTURN_CORPUS "/000_rbwm_q1_2020_21.pdf");
    REQUIRE(doc.page_count == 18);
    REQUIRE(doc.pages.size() == 18);
    CHECK(doc.sha256.size() == 64);
    CHECK(doc.producer.find("LibreOffice") != std::string::npos);
    const Page& page4 = doc.pages[3];
    CHECK(page4.number == 4);
    CHECK(page4.width == Approx(595.304).margin(0.01));
    auto it = std::find_if(page4.words.begin(), page4.words.end(), [](const Word& w) { return w.text == "82.9%"; });
    REQUIRE(it != page4.words.end());
    CHECK(it->font_size > 5);
    CHECK(it->box.x1 > it->box.x0);
    CHECK(it->box.y0 > 0);
    CHECK(it->box.y1 < page4.height);
    CHECK_FALSE(page4.shapes.empty());  // the chart's lines and bars
    auto heading = std::find_if(page4.words.begin(), page4.words.end(), [](const Word& w) { return w.text == "Care"; });
    REQUIRE(heading != page4.words.end());
    CHECK(heading->bold);
}

TEST_CASE("landscape pages report their displayed size", "[pdf]") {
    Document doc = read_file(OUTTURN_CORPUS "/001_dorset_people_health_2021_01_28.pdf");
    CHECK(doc.pages[3].width > doc.pages[3].height);
}

TEST_CASE("bad input gets a typed error", "[pdf]") {
    SECTION("not a PDF") {
        auto text = bytes_of("hello, this is a text file\n");
        CHECK(kind_of_failure([&] { read_bytes(text, "hello.txt"); }) == ErrorKind::not_a_pdf);
    }
    SECTION("empty") {
        std::vector<std::uint8_t> empty;
        CHECK(kind_of_failure([&] { read_bytes(empty, "empty.pdf"); }) == ErrorKind::not_a_pdf);
    }
    SECTION("damaged: a header and nothing else") {
        auto stub = bytes_of("%PDF-1.7\n1 0 obj << >> endobj\n");
        CHECK(kind_of_failure([&] { read_bytes(stub, "stub.pdf"); }) == ErrorKind::damaged);
    }
    SECTION("missing file") {
        CHECK(kind_of_failure([] { read_file("/nonexistent/file.pdf"); }) == ErrorKind::io);
    }
    SECTION("encrypted, no password") {
        CHECK(kind_of_failure([] { read_file(OUTTURN_TEST_DATA "/encrypted-aes256.pdf"); }) == ErrorKind::password_needed);
    }
    SECTION("encrypted, wrong password") {
        Options options;
        options.password = "guess";
        CHECK(kind_of_failure([&] { read_file(OUTTURN_TEST_DATA "/encrypted-aes256.pdf", options); }) == ErrorKind::wrong_password);
    }
    SECTION("no text layer") {
        CHECK(kind_of_failure([] { read_file(OUTTURN_TEST_DATA "/no-text.pdf"); }) == ErrorKind::no_text_layer);
    }
    SECTION("over the size limit") {
        Options options;
        options.max_bytes = 1000;
        CHECK(kind_of_failure([&] { read_file(OUTTURN_CORPUS "/003_bcp_exception_reports_2021_22_q2.pdf", options); }) ==
              ErrorKind::too_large);
    }
}

TEST_CASE("the right password opens an encrypted report", "[pdf]") {
    Options options;
    options.password = "secret";
    Document doc = read_file(OUTTURN_TEST_DATA "/encrypted-aes256.pdf", options);
    CHECK(doc.page_count == 7);
    CHECK_FALSE(doc.pages[0].words.empty());
}

TEST_CASE("a page rotated by /Rotate reads as displayed", "[pdf]") {
    // tests/data/rotated-page1.pdf is seed 003 with page 1 given /Rotate 90 by qpdf.
    Document doc = read_file(OUTTURN_TEST_DATA "/rotated-page1.pdf");
    const Page& page = doc.pages[0];
    CHECK(page.rotation == 90);
    CHECK(page.width > page.height);  // the displayed page is landscape
    std::string text;
    for (const Word& w : page.words) text += w.text + " ";
    CHECK(text.find("2021/22 Q2 outturn: 39%") != std::string::npos);
    CHECK(text.find("Quarterly Target: 25%") != std::string::npos);
}
