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

// A filled rectangle; one small enough to be a marker keeps its corners, as
// the pdf stage records them.
inline void add_fill(outturn::pdf::Page& page, const outturn::Box& box, outturn::Rgb colour) {
    outturn::pdf::Shape s;
    s.filled = true;
    s.fill = colour;
    s.box = box;
    if (box.width() <= 40 && box.height() <= 40) s.corners = {{box.x0, box.y0}, {box.x1, box.y0}, {box.x1, box.y1}, {box.x0, box.y1}};
    page.shapes.push_back(s);
}

}  // namespace synthetic

namespace synthetic {

// A filled circle of the given diameter centred at (cx, cy): drawn with curves,
// so it keeps no corners.
inline void add_dot(outturn::pdf::Page& page, double cx, double cy, double diameter, outturn::Rgb colour) {
    outturn::pdf::Shape s;
    s.filled = true;
    s.fill = colour;
    s.box = {cx - diameter / 2, cy - diameter / 2, cx + diameter / 2, cy + diameter / 2};
    page.shapes.push_back(s);
}

// A filled triangle in the box, pointing "up", "down", "left" or "right".
inline void add_triangle(outturn::pdf::Page& page, const outturn::Box& b, const std::string& pointing,
                         outturn::Rgb colour = {0, 0, 0}) {
    outturn::pdf::Shape s;
    s.filled = true;
    s.fill = colour;
    s.box = b;
    double mx = (b.x0 + b.x1) / 2, my = (b.y0 + b.y1) / 2;
    if (pointing == "up") s.corners = {{mx, b.y0}, {b.x1, b.y1}, {b.x0, b.y1}};
    else if (pointing == "down") s.corners = {{b.x0, b.y0}, {b.x1, b.y0}, {mx, b.y1}};
    else if (pointing == "left") s.corners = {{b.x0, my}, {b.x1, b.y0}, {b.x1, b.y1}};
    else s.corners = {{b.x0, b.y0}, {b.x1, my}, {b.x0, b.y1}};
    page.shapes.push_back(s);
}

// One word in a given colour and font (a "●" or "▲" character), on the line
// (block, line) of add_line.
inline void add_glyph(outturn::pdf::Page& page, double x, double y, const std::string& text, outturn::Rgb colour, int block,
                      int line, const std::string& font = "DejaVuSans", double size = 11) {
    outturn::pdf::Word w;
    w.text = text;
    w.box = {x, y, x + size * 0.8, y + size};
    w.font = font;
    w.font_size = size;
    w.baseline = y + size * 0.8;
    w.colour = colour;
    w.space_after = true;
    w.block = block;
    w.line = line;
    page.words.push_back(w);
}

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
