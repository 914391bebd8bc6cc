#pragma once
// Shared by the harnesses: the shipped rules loaded once, a contract check that
// aborts (so libFuzzer and the replay runner both report it), and a synthetic
// document built from text the way tests/test_indicators.cpp builds one.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "outturn/pipeline.hpp"
#include "outturn/utf8.hpp"

#ifndef OUTTURN_FUZZ_PATTERNS_DIR
#error "OUTTURN_FUZZ_PATTERNS_DIR must name the shipped patterns/ directory"
#endif

namespace fuzz {

// Patterns and header vocabulary from the source tree, loaded on first use.
// A load failure is a broken checkout, not a finding: abort loudly.
inline const outturn::Rules& shipped_rules() {
    static const outturn::Rules rules = [] {
        try {
            return outturn::load_rules(OUTTURN_FUZZ_PATTERNS_DIR);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "fuzz: cannot load %s: %s\n", OUTTURN_FUZZ_PATTERNS_DIR, e.what());
            std::abort();
        }
    }();
    return rules;
}

[[noreturn]] inline void contract_broken(const char* what, const char* file, int line) {
    std::fprintf(stderr, "fuzz: contract broken at %s:%d: %s\n", file, line, what);
    std::abort();
}

}  // namespace fuzz

#define FUZZ_REQUIRE(cond) \
    do {                   \
        if (!(cond)) ::fuzz::contract_broken(#cond, __FILE__, __LINE__); \
    } while (0)

namespace fuzz {

// One page; each input line becomes one block of words. A line starting with
// '#' is a bold heading line in a larger font; a line starting with '\f' starts
// a new page. Words are laid out left to right at 5 points per character.
inline outturn::pdf::Document synthetic_document(std::string_view text, std::size_t max_lines = 400) {
    outturn::pdf::Document doc;
    doc.file = "fuzz.pdf";
    doc.sha256 = std::string(64, '0');
    auto new_page = [&doc] {
        outturn::pdf::Page page;
        page.number = static_cast<int>(doc.pages.size()) + 1;
        page.width = 595;
        page.height = 842;
        doc.pages.push_back(page);
    };
    new_page();
    double y = 60;
    int block = 0;
    std::size_t lines = 0;
    // The PDF stage hands on valid UTF-8 only, so synthetic words get the same treatment.
    std::string utf8 = outturn::valid_utf8(text);
    std::string_view rest = utf8;
    while (!rest.empty() && lines++ < max_lines) {
        std::size_t nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        if (!line.empty() && line.front() == '\f' && doc.pages.size() < 20) {
            new_page();
            y = 60;
            line.remove_prefix(1);
        }
        bool heading = !line.empty() && line.front() == '#';
        if (heading) line.remove_prefix(1);
        double size = heading ? 14 : 11;
        double x = 50;
        std::size_t start = 0;
        while (start < line.size()) {
            std::size_t end = line.find_first_of(" \t\r", start);
            if (end == std::string_view::npos) end = line.size();
            if (end > start) {
                outturn::pdf::Word w;
                w.text = std::string(line.substr(start, end - start));
                w.box = {x, y, x + 5.0 * static_cast<double>(end - start), y + size};
                w.font = heading ? "Arial-Bold" : "Arial";
                w.font_size = size;
                w.baseline = y + size * 0.8;
                w.bold = heading;
                w.space_after = true;
                w.block = block;
                w.line = 0;
                doc.pages.back().words.push_back(w);
                x = w.box.x1 + 3;
            }
            start = end + 1;
        }
        ++block;
        y += heading ? 24 : 16;
        if (y > 800) {
            new_page();
            y = 60;
        }
    }
    doc.page_count = static_cast<int>(doc.pages.size());
    return doc;
}

}  // namespace fuzz
