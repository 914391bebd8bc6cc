#pragma once
// Marks that state a status without a word: a traffic-light dot drawn or typed
// ("●" in a RAG colour), an arrowhead or arrow glyph for the direction of travel.
// Only what could be such a mark is kept; whether it belongs to an indicator is
// decided where indicators are known (indicators.hpp).
#include <string>
#include <string_view>
#include <vector>

#include "outturn/geometry.hpp"
#include "outturn/pdf.hpp"

namespace outturn::markers {

struct Marker {
    int page = 0;
    Box box;
    std::string rag;        // "red", "amber", "green" or empty
    std::string direction;  // "up", "down", "level" or empty
    bool glyph = false;     // a character of the text layer rather than a drawn path
};

// Small, roughly square filled paths in a RAG colour that are not part of a
// larger drawing; small triangles and block arrows; words that are one marker
// character. Every kept marker has a RAG or a direction.
std::vector<Marker> find(const pdf::Page& page);
std::vector<Marker> find_all(const pdf::Document& document);

// The direction an arrow character points ("▲", "↘", Wingdings' arrows), or empty.
std::string direction_of_glyph(std::string_view text, std::string_view font);

// Whether a word is one dot or square character, whose colour is its status.
bool is_dot_glyph(std::string_view text, std::string_view font);

// "up", "down" or "level" for a drawn triangle or block arrow given by its
// corners: it points to the side of its box that one corner touches and whose
// opposite side two corners touch. Empty for other outlines.
std::string direction_of_outline(const std::vector<Point>& corners);

}  // namespace outturn::markers
