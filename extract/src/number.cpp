#include "outturn/number.hpp"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "text_case.hpp"

namespace outturn {
namespace {

constexpr std::array<std::string_view, 20> units = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

std::optional<int> word_value(std::string_view word) {
    for (std::size_t i = 0; i < units.size(); ++i)
        if (word == units[i]) return static_cast<int>(i);
    for (std::size_t i = 0; i < tens.size(); ++i)
        if (word == tens[i]) return static_cast<int>(20 + 10 * i);
    return std::nullopt;
}

std::optional<Figure> parse_words(std::string_view text) {
    std::string s = lower(text);
    std::size_t i = 0;
    while (i < s.size() && !std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t j = i;
    while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == '-')) ++j;
    std::string word = s.substr(i, j - i);
    std::size_t dash = word.find('-');
    if (dash != std::string::npos) {  // "twenty-one"
        auto t = word_value(word.substr(0, dash));
        auto u = word_value(word.substr(dash + 1));
        if (t && u && *t >= 20 && *u < 10) return Figure{static_cast<double>(*t + *u), 0, std::string(text.substr(i, j - i))};
        return std::nullopt;
    }
    if (auto v = word_value(word)) return Figure{static_cast<double>(*v), 0, std::string(text.substr(i, j - i))};
    return std::nullopt;
}

}  // namespace

namespace {

// "9 minutes 12 seconds", "2 hours and 30 minutes": the second, smaller unit
// after `end`, as a fraction of the first (12 seconds = 0.2 minutes), and
// where it ends; nothing when the text does not go on that way.
std::optional<std::pair<double, std::size_t>> smaller_unit(std::string_view text, std::size_t end) {
    auto skip_spaces = [&](std::size_t i) {
        while (i < text.size() && text[i] == ' ') ++i;
        return i;
    };
    auto word_at = [&](std::size_t i, std::string_view word) {
        return text.substr(i, word.size()) == word ? i + word.size() : std::string_view::npos;
    };
    std::size_t i = skip_spaces(end);
    std::string_view smaller;
    for (auto [larger, next] : {std::pair<std::string_view, std::string_view>{"minute", "second"}, {"hour", "minute"}}) {
        if (std::size_t after = word_at(i, larger); after != std::string_view::npos) {
            i = after;
            smaller = next;
            break;
        }
    }
    if (smaller.empty()) return std::nullopt;
    if (i < text.size() && text[i] == 's') ++i;
    i = skip_spaces(i);
    if (std::size_t after = word_at(i, "and "); after != std::string_view::npos) i = skip_spaces(after);
    std::size_t digits = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == digits || i - digits > 2) return std::nullopt;
    double amount = std::stod(std::string(text.substr(digits, i - digits)));
    std::size_t after = word_at(skip_spaces(i), smaller);
    if (after == std::string_view::npos || amount >= 60) return std::nullopt;
    if (after < text.size() && text[after] == 's') ++after;
    return std::make_pair(amount / 60, after);
}

}  // namespace

bool is_percent(const Figure& figure) { return !figure.text.empty() && figure.text.back() == '%'; }

std::optional<Figure> parse_figure(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == text.size()) return parse_words(text);
    std::size_t start = i;
    bool negative = start > 0 && text[start - 1] == '-' && (start == 1 || !std::isalnum(static_cast<unsigned char>(text[start - 2])));
    std::string digits;
    int decimals = 0;
    bool in_fraction = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
            if (in_fraction) ++decimals;
        } else if (c == ',' && !in_fraction) {
            // A thousands comma is followed by exactly three digits.
            std::size_t k = i + 1;
            int run = 0;
            while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k, ++run;
            if (run != 3) break;
        } else if (c == '.' && !in_fraction && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
            digits += '.';
            in_fraction = true;
        } else {
            break;
        }
    }
    std::size_t end = i;
    // "35.7 %": some producers set the sign apart.
    std::size_t sign = end;
    while (sign < text.size() && text[sign] == ' ') ++sign;
    if (sign < text.size() && text[sign] == '%') end = sign + 1;
    Figure figure;
    figure.number = std::stod(digits) * (negative ? -1 : 1);
    figure.decimals = decimals;
    // A duration in two units is one figure in the larger: 9 minutes 12 seconds = 9.2 minutes.
    if (end == i && decimals == 0 && !negative) {
        if (auto fraction = smaller_unit(text, end)) {
            figure.number += fraction->first;
            double tenths = fraction->first * 10;
            figure.decimals = tenths == static_cast<int>(tenths) ? 1 : 2;
            end = fraction->second;
        }
    }
    figure.text = std::string(text.substr(negative ? start - 1 : start, end - (negative ? start - 1 : start)));
    return figure;
}

double half_unit(int decimals) { return 0.5 * std::pow(10.0, -decimals); }

std::string format_number(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

}  // namespace outturn
