#pragma once
// Builders for synthetic pages: words placed by hand, so each layout rule can
// be tested without a PDF.
#include <sstream>
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
