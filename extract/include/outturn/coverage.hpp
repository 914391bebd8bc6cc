#pragma once
// Every number on the page accounted for: part of a recognised statement or a
// scorecard, or classified as something else (date, reference, money, phone,
// chart label, page furniture, a count in prose), or listed as unexplained so
// that a reader can see what outturn did not read.
#include <map>
#include <string>
#include <vector>

#include "outturn/layout.hpp"
#include "outturn/recognise.hpp"

namespace outturn::coverage {

struct Unexplained {
    int page = 0;
    std::string text;   // the number as printed
    std::string quote;  // with some words around it
};

struct Coverage {
    int numbers = 0;
    std::map<std::string, int> by_class;
    std::vector<Unexplained> unexplained;  // at most max_listed
    static constexpr std::size_t max_listed = 500;
};

// The class of the number text[begin, end) in a passage, ignoring statements.
std::string classify(const layout::Passage& passage, std::size_t begin, std::size_t end);

Coverage account(const layout::Layout& layout, const std::vector<recognise::Match>& matches);

}  // namespace outturn::coverage
