#pragma once
#include <algorithm>

namespace outturn {

// Page coordinates in PDF points, origin at the top-left of the page as displayed
// (Poppler's text device works upside-down), so y grows down the page.
struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    Box united(const Box& other) const {
        return {std::min(x0, other.x0), std::min(y0, other.y0), std::max(x1, other.x1), std::max(y1, other.y1)};
    }
    double horizontal_overlap(const Box& other) const {
        return std::max(0.0, std::min(x1, other.x1) - std::max(x0, other.x0));
    }
    double vertical_overlap(const Box& other) const {
        return std::max(0.0, std::min(y1, other.y1) - std::max(y0, other.y0));
    }
    // Whether this box's centre lies in `outer`, edges included: how a word, a
    // passage or a marker is placed in a cell.
    bool centre_in(const Box& outer) const {
        double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
        return cx >= outer.x0 && cx <= outer.x1 && cy >= outer.y0 && cy <= outer.y1;
    }
    bool operator==(const Box&) const = default;
};

struct Point {
    double x = 0, y = 0;
    bool operator==(const Point&) const = default;
};

struct Rgb {
    double r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

}  // namespace outturn
