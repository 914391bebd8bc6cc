#pragma once
// What the stages of indicator assembly (prose, scorecard tables, RAG summary
// totals, forms, restatements) share; not part of the installed interface.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "outturn/indicators.hpp"

namespace outturn::indicators::detail {

// The parts of a period that forms and scorecards read in labels and cells
// ("Q3 2012/13", "Dec 2024", "2023/24"), in RE2 syntax, case to be ignored.
inline const std::string quarter_re = R"((?:q|qtr|quarter)\s*[1-4])";
inline const std::string month_re = R"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)";
inline const std::string year_re = R"((?:19|20)\d\d(?:[/-]\d{2,4})?)";

std::string polarity_of(const std::string& word);

// The words that carry a statement's meaning, lower-cased and with a plural,
// "-ed" or "-ing" ending cut, so that "caseloads" meets "caseload" and "reviewed"
// meets "Reviews". Function words and numbers are left out.
std::set<std::string> content_stems(std::string_view text);

// Whether `stem` meets one of `stems`: equal, or sharing their first six letters.
bool meets_any(const std::string& stem, const std::set<std::string>& stems);

// The words that say which people or things a share is of, and when: two
// statements that share only these ("children", "month") may still be about
// different measures.
bool is_generic_subject(const std::string& stem);

// A cell that is a number and nothing else ("70.00", "4,469", "41.4%"), or a
// number and its unit ("5.4 days", "118 kg").
std::optional<Figure> numeric_cell(const std::string& text);

// A column's header, its header rows joined; a cell spanning from the left
// ("2022/23" over "Westmarch | England") heads every column it spans.
std::string header_text(const tables::Table& table, int column);

Provenance cell_provenance(const tables::Cell& cell, const std::vector<tables::Cell>& row, int table, int row_index);

// "(89 of 139 plans)", "(89/139)", "(89 out of 139)": the parts a share is of.
std::optional<std::pair<Figure, Figure>> parts_in(const std::string& text);

}  // namespace outturn::indicators::detail
