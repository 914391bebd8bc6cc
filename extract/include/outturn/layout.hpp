#pragma once
// Stage 2: words with geometry to lines and passages in reading order, with the
// text normalised for matching and the original kept for quotes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "outturn/geometry.hpp"
#include "outturn/pdf.hpp"

namespace outturn::layout {

// Text rewritten for matching, and for every byte of it (plus one past the end)
// the offset of the original byte it came from, so a match maps back to a quote.
struct Normalised {
    std::string text;
    std::vector<std::uint32_t> origin;
};

// Ligatures spelled out; no-break, thin and other odd spaces made plain and
// collapsed; soft hyphens and zero-width marks dropped; Unicode minus, hyphens
// and dashes made '-'; curly quotes made straight.
Normalised normalise(std::string_view original);

struct Line {
    int page = 0;
    int block = 0;
    Box box;
    std::string text;      // words joined, whitespace collapsed, unnormalised
    double font_size = 0;  // of the largest share of its characters
    bool bold = false;     // every word bold
    std::vector<std::size_t> words;  // indices into the page's words
};

struct Piece {  // a word's place in a passage's normalised text
    std::size_t begin = 0, end = 0;
    Box box;
};

// What the recogniser reads: one block of lines joined into running text, with
// line-end hyphenation undone.
struct Passage {
    int page = 0;
    Box box;
    std::string original;   // as it reads on the page, whitespace collapsed
    Normalised normalised;  // the text patterns run on
    std::vector<Piece> pieces;
    std::size_t first_line = 0, line_count = 0;  // into Layout::lines
    std::string section;    // heading in force where the passage starts
    std::vector<std::string> figures;  // captions of the charts so far in this section, latest last
    bool is_heading = false;
    bool running = false;   // running header or footer: kept out of recognition
    bool in_table = false;  // inside a scorecard read column by column: kept out too
    bool chart = false;     // a chart's axis or data labels: small, numeric, kept out too
    // A sentence cut by a page break: the index of the passage this one reads on
    // from (the last body passage of the previous page), or npos.
    std::size_t continues = static_cast<std::size_t>(-1);

    const std::string& text() const { return normalised.text; }
    Box box_of(std::size_t begin, std::size_t end) const;
    std::string quote_of(std::size_t begin, std::size_t end) const;
};

// A chart as its text shows it: the labels (axis ticks, data labels, legend)
// of a run of chart passages on one page, and the caption set just above them.
struct Chart {
    int page = 0;
    Box box;
    std::string title;    // empty when the chart has no caption
    std::string section;  // heading in force where the chart stands
    std::vector<std::string> labels;  // in reading order
};

struct Layout {
    double body_font_size = 0;  // the size most of the text is set in
    std::vector<Chart> charts;
    std::vector<Line> lines;
    std::vector<Passage> passages;
    std::vector<std::string> running_lines;  // repeated header/footer texts, for metadata
};

Layout build(const pdf::Document& document);

}  // namespace outturn::layout
