#include "outturn/metadata.hpp"

#include <re2/re2.h>

#include <algorithm>

namespace outturn::metadata {
namespace {

constexpr const char* months =
    "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

std::string first_match(const RE2& re, const std::string& text) {
    re2::StringPiece found;
    if (RE2::PartialMatch(text, re, &found)) return std::string(found);
    return {};
}

}  // namespace

Metadata describe(const layout::Layout& layout) {
    // Capitalised words, with the small words names use, ending in the body's kind.
    static const RE2 committee_re(
        "((?:(?:[A-Z][\\w,'&-]*|and|of|for|the|on)[ \\t]+){0,12}(?:Committee|Sub-Committee|Panel|Commission|Board|Cabinet|Forum)\\b)");
    static const RE2 date_re(std::string("(\\b\\d{1,2}(?:st|nd|rd|th)?\\s+") + months + "\\s+(?:19|20)\\d\\d\\b)");
    // Quarters and financial years; a bare month and year is as often the meeting date.
    static const RE2 period_re(std::string("(\\bQ[1-4]\\s+(?:19|20)\\d\\d[-/]\\d\\d\\b|\\b(?:19|20)\\d\\d[-/]\\d\\d\\s+Q[1-4]\\b|") +
                               "\\b(?:Quarter\\s+[1-4]|Q[1-4])\\s+(?:19|20)\\d\\d\\b|\\b" + months +
                               "\\s+(?:19|20)\\d\\d[-/]\\d\\d\\b|\\b(?:19|20)\\d\\d/\\d\\d\\b)");
    Metadata meta;
    // The first page's text, and the running headers that repeat the title on every page.
    std::string first_page;
    double largest = 0;
    for (const auto& passage : layout.passages) {
        if (passage.page != 1 || passage.running) continue;
        first_page += passage.text() + "\n";
    }
    for (const auto& line : layout.lines)
        if (line.page == 1) largest = std::max(largest, line.font_size);
    // The title: page one's largest type, which is what a reader sees first.
    for (const auto& line : layout.lines) {
        if (line.page != 1 || line.font_size < largest - 0.5) continue;
        meta.title += (meta.title.empty() ? "" : " ") + line.text;
    }
    if (meta.title.size() > 200) {
        std::size_t cut = 200;
        while (cut > 0 && (static_cast<unsigned char>(meta.title[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        meta.title.resize(cut);
    }
    std::string headers;
    for (const auto& line : layout.running_lines) headers += line + "\n";

    for (const std::string* source : {&headers, &first_page}) {
        if (meta.committee.empty()) meta.committee = first_match(committee_re, *source);
        if (meta.period.empty()) meta.period = first_match(period_re, *source);
    }
    if (meta.period.empty()) meta.period = first_match(period_re, meta.title);
    meta.date = first_match(date_re, first_page);
    return meta;
}

}  // namespace outturn::metadata
