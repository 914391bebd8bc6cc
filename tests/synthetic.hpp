#pragma once
// Builders for synthetic pages: words placed by hand, so each layout rule can
// be tested without a PDF.
#include <sstream>
#include <utility>
#include <vector>
#include <string>

#include "outturn/pdf.hpp"

namespace synthetic {

// Adds one line of words at height y; words are split on spaces and laid out
// left to right at 5 points per character.
inline void add_line(outturn::pdf::Page& page, double y, const std::string& text, int block, int line,
                     double x = 50, double size = 11, bool bold = false) {
    std::istringstream in(text);
    std::string token;
    while (in >> token) {
        outturn::pdf::Word w;
        w.text = token;
        w.box = {x, y, x + 5.0 * static_cast<double>(token.size()), y + size};
        w.font_size = size;
        w.bold = bold;
        w.space_after = true;
        w.block = block;
        w.line = line;
        page.words.push_back(w);
        x = w.box.x1 + 3;
    }
}

inline outturn::pdf::Page page(int number, double width = 595, double height = 842) {
    outturn::pdf::Page p;
    p.number = number;
    p.width = width;
    p.height = height;
    return p;
}

}  // namespace synthetic

namespace synthetic {

// Draws the rules of a grid: horizontal rules at each y over [xs.front(), xs.back()],
// vertical rules at each x over [ys.front(), ys.back()].
inline void add_grid(outturn::pdf::Page& page, const std::vector<double>& xs, const std::vector<double>& ys) {
    for (double y : ys) {
        outturn::pdf::Shape s;
        s.stroked = true;
        s.box = {xs.front(), y - 0.25, xs.back(), y + 0.25};
        page.shapes.push_back(s);
    }
    for (double x : xs) {
        outturn::pdf::Shape s;
        s.stroked = true;
        s.box = {x - 0.25, ys.front(), x + 0.25, ys.back()};
        page.shapes.push_back(s);
    }
}

// Text in a cell whose top-left corner is (x, y), one line.
inline void add_cell_text(outturn::pdf::Page& page, double x, double y, const std::string& text, bool bold = false) {
    static int block = 1000;
    add_line(page, y + 3, text, block, block, x + 2, 8, bold);
    for (auto& w : page.words)
        if (w.block == block) w.baseline = y + 10;
    ++block;
}

inline void add_fill(outturn::pdf::Page& page, const outturn::Box& box, outturn::Rgb colour) {
    outturn::pdf::Shape s;
    s.filled = true;
    s.fill = colour;
    s.box = box;
    page.shapes.push_back(s);
}

}  // namespace synthetic

namespace synthetic {

// One line of a table drawn without rules: each (x, text) is what one cell
// prints on this line, top at y, in type of the given size.
inline void add_aligned_line(outturn::pdf::Page& page, double y, const std::vector<std::pair<double, std::string>>& cells,
                             bool bold = false, double size = 9) {
    static int block = 5000;
    for (const auto& [x, text] : cells) {
        std::size_t before = page.words.size();
        add_line(page, y, text, block, block, x, size, bold);
        for (std::size_t w = before; w < page.words.size(); ++w) page.words[w].baseline = y + 0.8 * size;
        ++block;
    }
}

// A horizontal rule from x0 to x1 at height y.
inline void add_rule(outturn::pdf::Page& page, double x0, double x1, double y) {
    outturn::pdf::Shape s;
    s.stroked = true;
    s.box = {x0, y - 0.25, x1, y + 0.25};
    page.shapes.push_back(s);
}

}  // namespace synthetic
