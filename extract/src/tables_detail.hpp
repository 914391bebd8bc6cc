#pragma once
// What the two ways of finding tables (ruled grids in tables.cpp, aligned words
// in aligned.cpp) share; not part of the installed interface.
#include <string>
#include <string_view>
#include <vector>

#include "outturn/tables.hpp"

namespace outturn::tables::detail {

// Words in reading order inside a cell: by line, then left to right.
std::string join_words(std::vector<const pdf::Word*> words);

bool is_white(const Rgb& c);

// "4,469", "82.9%", "(1.2)", "£3.4m", "-0.5"; not "2024-25" or "Q1", which name periods.
bool is_number(std::string_view text);

// Tables without rules among the words that `ruled` (this page's grids) leaves.
std::vector<Table> detect_aligned(const pdf::Page& page, const std::vector<Table>& ruled);

}  // namespace outturn::tables::detail
