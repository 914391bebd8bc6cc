#include <catch2/catch.hpp>

#include "outturn/metadata.hpp"
#include "synthetic.hpp"

using namespace outturn;

TEST_CASE("metadata comes from the first page and the running headers", "[metadata]") {
    pdf::Document doc;
    for (int n = 1; n <= 3; ++n) {
        doc.pages.push_back(synthetic::page(n));
        synthetic::add_line(doc.pages.back(), 30, "Adults, Children and Health Overview and Scrutiny Panel: Q1 2020-21 Performance Report", 0, 0);
        synthetic::add_line(doc.pages.back(), 800, "Page " + std::to_string(n) + " of 3", 1, 1);
    }
    synthetic::add_line(doc.pages[0], 200, "Quarterly Performance Report", 2, 2, 50, 20, true);
    synthetic::add_line(doc.pages[0], 260, "Date prepared: 1 July 2020", 3, 3);
    doc.page_count = 3;
    auto meta = metadata::describe(layout::build(doc));
    CHECK(meta.committee == "Adults, Children and Health Overview and Scrutiny Panel");
    CHECK(meta.period == "Q1 2020-21");
    CHECK(meta.date == "1 July 2020");
    CHECK(meta.title == "Quarterly Performance Report");
}

TEST_CASE("a document that states nothing about itself has empty metadata", "[metadata]") {
    pdf::Document doc;
    doc.pages.push_back(synthetic::page(1));
    synthetic::add_line(doc.pages[0], 100, "Some notes without a date", 0, 0);
    auto meta = metadata::describe(layout::build(doc));
    CHECK(meta.committee.empty());
    CHECK(meta.date.empty());
    CHECK(meta.period.empty());
}
