#pragma once
// Numbers as reports print them: "4,469", "82.9%", "0.3", "nine".
#include <optional>
#include <string>
#include <string_view>

namespace outturn {

// A stated figure: the number, how many decimals were printed (which sets the
// tolerance of any check on it) and the text as stated.
struct Figure {
    double number = 0;
    int decimals = 0;
    std::string text;
    bool operator==(const Figure&) const = default;
};

// Whether the figure was printed as a percentage ("82.9%").
bool is_percent(const Figure& figure);

// Parses the first number in `text` (thousands commas, a decimal point, number
// words up to ninety-nine); a trailing '%' stays in Figure::text only.
std::optional<Figure> parse_figure(std::string_view text);

// Half a unit of the last stated digit: 82.9 -> 0.05, 85 -> 0.5.
double half_unit(int decimals);

// Renders a number with the given decimals ("38.308" at 2 -> "38.31").
std::string format_number(double value, int decimals);

}  // namespace outturn
