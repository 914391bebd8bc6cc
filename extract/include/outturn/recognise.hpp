#pragma once
// Stage 4: passages to pattern matches. RE2::Set picks the candidate patterns of
// a passage in one pass; only those run in full to read their captures.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "outturn/geometry.hpp"
#include "outturn/layout.hpp"
#include "outturn/patterns.hpp"

namespace outturn::recognise {

struct Capture {
    std::string text;
    std::size_t begin = 0, end = 0;  // in the passage's normalised text
};

struct Match {
    std::string pattern;  // id
    patterns::Produces produces = patterns::Produces::value;
    std::size_t passage = 0;  // index into Layout::passages
    std::size_t begin = 0, end = 0;
    std::map<std::string, Capture> captures;
    int page = 0;
    Box box;
    std::string quote;  // as on the page

    bool has(const std::string& role) const { return captures.count(role) > 0; }
    const std::string& text_of(const std::string& role) const { return captures.at(role).text; }
};

// All matches in one text, in order, with overlaps resolved: a match lying
// inside a longer one is dropped, so "82.9% (819 / 988), off target (60%)"
// is one statement, not three.
std::vector<Match> find_in_text(std::string_view text, const patterns::PatternSet& set);

// All matches in the document's passages, running headers and footers skipped.
std::vector<Match> find_all(const layout::Layout& layout, const patterns::PatternSet& set);

}  // namespace outturn::recognise
