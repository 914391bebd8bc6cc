#include "outturn/markers.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <optional>

#include "outturn/tables.hpp"
#include "text_case.hpp"

namespace outturn::markers {
namespace {

constexpr double min_extent = 3;   // smaller is a dotted rule or a speck
constexpr double max_extent = 24;  // larger is a tile, a bar or a band
constexpr double max_aspect = 2.5;  // a pill-shaped RAG lozenge, not a rule

// The code point of a word that is one character (an emoji's variation
// selector allowed), or nothing.
std::optional<char32_t> single_character(std::string_view text) {
    if (text.empty()) return std::nullopt;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(0);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || text.size() < length) return std::nullopt;
    char32_t code = length == 1 ? lead : length == 2 ? (lead & 0x1Fu) : length == 3 ? (lead & 0x0Fu) : (lead & 0x07u);
    for (std::size_t i = 1; i < length; ++i) code = (code << 6) | (byte(i) & 0x3Fu);
    std::string_view rest = text.substr(length);
    if (!rest.empty() && rest != "\xEF\xB8\x8F") return std::nullopt;  // U+FE0F
    return code;
}

// Symbol fonts without a Unicode map arrive as their byte, or as that byte in
// the private-use block Word writes them to (U+F0xx).
std::optional<unsigned> symbol_byte(char32_t code) {
    if (code >= 0xF020 && code <= 0xF0FF) return static_cast<unsigned>(code - 0xF000);
    if (code < 0x100) return static_cast<unsigned>(code);
    return std::nullopt;
}

// Wingdings (the first; Wingdings 2 and 3 lay out other pictures) and Symbol.
enum class SymbolFont { none, wingdings, symbol };
SymbolFont symbol_font(std::string_view font) {
    std::string f = lower(font);
    if (f.find("wingdings") != std::string::npos)
        return f.find('2') == std::string::npos && f.find('3') == std::string::npos ? SymbolFont::wingdings : SymbolFont::none;
    if (f.find("symbol") != std::string::npos) return SymbolFont::symbol;
    return SymbolFont::none;
}

std::string emoji_rag(char32_t code) {
    switch (code) {
    case 0x1F534: case 0x1F7E5: return "red";                                    // red circle, square
    case 0x1F7E0: case 0x1F7E1: case 0x1F7E7: case 0x1F7E8: return "amber";      // orange, yellow
    case 0x1F7E2: case 0x1F7E9: return "green";
    default: return {};
    }
}

double horizontal_gap(const Box& a, const Box& b) { return std::max({0.0, b.x0 - a.x1, a.x0 - b.x1}); }
double vertical_gap(const Box& a, const Box& b) { return std::max({0.0, b.y0 - a.y1, a.y0 - b.y1}); }

bool is_white(const Rgb& c) { return c.r > 0.97 && c.g > 0.97 && c.b > 0.97; }

bool marker_sized(const Box& box) {
    double w = box.width(), h = box.height();
    if (w < min_extent || h < min_extent || w > max_extent || h > max_extent) return false;
    return std::max(w, h) / std::min(w, h) <= max_aspect;
}

// Logos, icons and small pie charts are several small paths drawn over each
// other; a status dot stands alone on its background.
bool part_of_drawing(const pdf::Shape& shape, const std::vector<const pdf::Shape*>& painted) {
    for (const pdf::Shape* painted_shape : painted) {
        const pdf::Shape& other = *painted_shape;
        if (&other == &shape) continue;
        if (shape.box.horizontal_overlap(other.box) <= 0 || shape.box.vertical_overlap(other.box) <= 0) continue;
        bool background = other.box.width() >= 2 * shape.box.width() && other.box.height() >= 2 * shape.box.height();
        bool same_path = std::fabs(other.box.x0 - shape.box.x0) < 0.5 && std::fabs(other.box.y0 - shape.box.y0) < 0.5 &&
                         std::fabs(other.box.x1 - shape.box.x1) < 0.5 && std::fabs(other.box.y1 - shape.box.y1) < 0.5;
        if (!background && !same_path) return true;
    }
    return false;
}

// Bars of a chart stand side by side on one axis, each as long as its value;
// dots in a row or a column are all the same size.
bool bar_of_chart(const pdf::Shape& shape, const std::vector<const pdf::Shape*>& painted) {
    if (shape.corners.size() != 4) return false;  // a bar is a rectangle
    const Box& a = shape.box;
    for (const pdf::Shape* painted_shape : painted) {
        const pdf::Shape& other = *painted_shape;
        if (&other == &shape) continue;
        const Box& b = other.box;
        bool columns = std::fabs(a.width() - b.width()) < 0.5 && std::fabs(a.y1 - b.y1) < 0.5 &&
                       std::fabs(a.height() - b.height()) >= 0.5 && horizontal_gap(a, b) < 3 * a.width();
        bool rows = std::fabs(a.height() - b.height()) < 0.5 && std::fabs(a.x0 - b.x0) < 0.5 &&
                    std::fabs(a.width() - b.width()) >= 0.5 && vertical_gap(a, b) < 3 * a.height();
        // A dot with an arrowhead beside it ("● ▲") is not a pair of bars.
        if ((columns || rows) && direction_of_outline(other.corners).empty()) return true;
    }
    return false;
}

// Greys (and black, white) are "no data" in a RAG column; anything tinted is a colour.
bool saturated(const Rgb& c) { return std::max({c.r, c.g, c.b}) - std::min({c.r, c.g, c.b}) >= 0.12; }
bool same_colour(const Rgb& a, const Rgb& b) {
    return std::fabs(a.r - b.r) < 0.15 && std::fabs(a.g - b.g) < 0.15 && std::fabs(a.b - b.b) < 0.15;
}

// A key of series colours (one swatch per directorate, per chart series) lines
// its swatches up like a RAG column, but in colours no RAG scale has. One such
// colour may be a status beyond green (BRAG's blue, "complete"); two or more
// make the column or row a key.
bool in_colour_key(const pdf::Shape& shape, const std::vector<const pdf::Shape*>& painted) {
    const Box& a = shape.box;
    std::vector<Rgb> foreign;
    for (const pdf::Shape* painted_shape : painted) {
        const pdf::Shape& other = *painted_shape;
        if (&other == &shape || !saturated(other.fill) || !tables::rag_of_colour(other.fill).empty()) continue;
        const Box& b = other.box;
        bool same_size = std::fabs(a.width() - b.width()) < 0.5 && std::fabs(a.height() - b.height()) < 0.5;
        bool aligned = std::fabs(a.x0 - b.x0) < 1 || std::fabs(a.y0 - b.y0) < 1;
        if (!same_size || !aligned) continue;
        if (std::none_of(foreign.begin(), foreign.end(), [&](const Rgb& c) { return same_colour(c, other.fill); }))
            foreign.push_back(other.fill);
        if (foreign.size() >= 2) return true;
    }
    return false;
}

}  // namespace

std::string direction_of_glyph(std::string_view text, std::string_view font) {
    auto code = single_character(text);
    if (!code) return {};
    switch (symbol_font(font)) {
    case SymbolFont::wingdings:
        if (auto b = symbol_byte(*code)) {
            // barb2, barb4 and the white arrows: left, right, up, down, nw, ne, sw, se.
            if (*b >= 0xDF && *b <= 0xEE) {
                static const char* const by_offset[] = {"level", "level", "up", "down", "up", "up", "down", "down"};
                return by_offset[(*b - 0xDF) % 8];
            }
            if (*b >= 0xEF && *b <= 0xF2) {
                static const char* const white[] = {"level", "level", "up", "down"};
                return white[*b - 0xEF];
            }
            return {};
        }
        break;
    case SymbolFont::symbol:
        if (auto b = symbol_byte(*code)) {
            if (*b == 0xAD || *b == 0xDD) return "up";
            if (*b == 0xAF || *b == 0xDF) return "down";
            if (*b == 0xAC || *b == 0xAE || *b == 0xAB || *b == 0xDC || *b == 0xDE) return "level";
            return {};
        }
        break;
    case SymbolFont::none: break;
    }
    switch (*code) {
    case 0x2191: case 0x2197: case 0x2196: case 0x21D1: case 0x21E7: case 0x25B2: case 0x25B3: case 0x25B4:
    case 0x2B06: case 0x2B08: case 0x279A: case 0x1F845: return "up";
    case 0x2193: case 0x2198: case 0x2199: case 0x21D3: case 0x21E9: case 0x25BC: case 0x25BD: case 0x25BE:
    case 0x2B07: case 0x2B0A: case 0x2798: case 0x1F847: return "down";
    case 0x2192: case 0x2190: case 0x2194: case 0x21D2: case 0x21D0: case 0x21D4: case 0x21E8: case 0x21E6:
    case 0x25BA: case 0x25B6: case 0x25B8: case 0x25C4: case 0x25C0: case 0x25C2: case 0x27A1: case 0x2B05:
    case 0x2794: case 0x2B0C: return "level";
    default: return {};
    }
}

bool is_dot_glyph(std::string_view text, std::string_view font) {
    auto code = single_character(text);
    if (!code) return false;
    if (symbol_font(font) == SymbolFont::wingdings) {
        if (auto b = symbol_byte(*code)) return *b == 0x6C || *b == 0x6E || *b == 0x75 || *b == 0xA0 || *b == 0xA7;  // ● ■ ◆ ▪ ▪
    }
    switch (*code) {
    // Not "•": that is the list bullet, and a coloured one is the house style.
    case 0x25CF: case 0x2B24: case 0x26AB: case 0x25A0: case 0x25FC: case 0x25FE: case 0x25AA:
    case 0x25C6: case 0x2B1B: return true;  // circles, squares, a diamond
    default: return false;
    }
}

std::string direction_of_outline(const std::vector<Point>& corners) {
    if (corners.size() < 3) return {};
    Box box{corners[0].x, corners[0].y, corners[0].x, corners[0].y};
    for (const Point& p : corners) box = box.united({p.x, p.y, p.x, p.y});
    double tx = box.width() * 0.15, ty = box.height() * 0.15;
    int top = 0, bottom = 0, left = 0, right = 0;
    for (const Point& p : corners) {
        top += p.y - box.y0 <= ty;
        bottom += box.y1 - p.y <= ty;
        left += p.x - box.x0 <= tx;
        right += box.x1 - p.x <= tx;
    }
    bool up = top == 1 && bottom >= 2, down = bottom == 1 && top >= 2;
    bool sideways = (left == 1 && right >= 2) || (right == 1 && left >= 2);
    // A right-angled triangle points two ways at once: a corner ornament, not an arrow.
    if ((up || down) == sideways) return {};
    return up ? "up" : down ? "down" : "level";
}

std::vector<Marker> find(const pdf::Page& page) {
    // Each candidate is compared with every painted shape: a page of more
    // candidates than any scorecard has dots is a heat map or a pattern, and
    // would cost seconds.
    constexpr std::size_t max_drawn_candidates = 500;
    std::vector<const pdf::Shape*> painted;
    for (const pdf::Shape& shape : page.shapes)
        if (shape.filled && !is_white(shape.fill)) painted.push_back(&shape);
    std::vector<std::pair<const pdf::Shape*, Marker>> candidates;
    for (const pdf::Shape* shape : painted) {
        if (!marker_sized(shape->box)) continue;
        Marker marker;
        marker.page = page.number;
        marker.box = shape->box;
        marker.direction = direction_of_outline(shape->corners);
        // An arrowhead's colour is the report's judgement of the change, not a RAG status.
        if (marker.direction.empty()) marker.rag = tables::rag_of_colour(shape->fill);
        if (!marker.rag.empty() || !marker.direction.empty()) candidates.emplace_back(shape, std::move(marker));
    }
    std::vector<Marker> found;
    if (candidates.size() > max_drawn_candidates) candidates.clear();
    for (auto& [shape, marker] : candidates) {
        if (part_of_drawing(*shape, painted) || bar_of_chart(*shape, painted)) continue;
        if (!marker.rag.empty() && in_colour_key(*shape, painted)) continue;
        found.push_back(std::move(marker));
    }
    for (const pdf::Word& word : page.words) {
        Marker marker;
        marker.page = page.number;
        marker.box = word.box;
        marker.glyph = true;
        marker.direction = direction_of_glyph(word.text, word.font);
        if (marker.direction.empty()) {
            auto code = single_character(word.text);
            marker.rag = code ? emoji_rag(*code) : std::string{};
            if (marker.rag.empty() && is_dot_glyph(word.text, word.font)) marker.rag = tables::rag_of_colour(word.colour);
        }
        if (!marker.rag.empty() || !marker.direction.empty()) found.push_back(std::move(marker));
    }
    return found;
}

std::vector<Marker> find_all(const pdf::Document& document) {
    std::vector<Marker> all;
    for (const pdf::Page& page : document.pages) {
        auto found = find(page);
        all.insert(all.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    return all;
}

}  // namespace outturn::markers
