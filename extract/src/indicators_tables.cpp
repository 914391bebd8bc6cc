#include "outturn/indicators.hpp"
#include "indicators_detail.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>
#include <tuple>

#include <re2/re2.h>

#include "text_case.hpp"

namespace outturn::indicators {
namespace detail {

std::optional<Figure> numeric_cell(const std::string& text) {
    static const char* units[] = {" days", " day", " kg", " hours", " hrs", " mins", " minutes", " weeks", " tonnes", " pts"};
    for (const char* unit : units) {
        std::string_view u = unit;
        if (text.size() > u.size() && text.compare(text.size() - u.size(), u.size(), u) == 0)
            return numeric_cell(text.substr(0, text.size() - u.size()));
    }
    // "Q3: 47.9%", "Dec: 298", "2023/24: 65.3%": a cell that names its own period.
    static const RE2 period_prefix("(?i)(?:" + quarter_re + "(?:\\s+" + year_re + ")?|" + month_re + "(?:\\s+(?:19|20)?\\d\\d)?|" +
                                   year_re + "):\\s*(.+)");
    std::string rest;
    if (text.find(':') != std::string::npos && RE2::FullMatch(text, period_prefix, &rest)) return numeric_cell(rest);
    // A variance printed with a true minus sign ("\u2212" before "0.7") is negative like "-0.7".
    static const std::string minus = "\u2212";
    if (text.rfind(minus, 0) == 0) {
        auto figure = numeric_cell(text.substr(minus.size()));
        if (figure && figure->number >= 0) {
            figure->number = -figure->number;
            figure->text = "-" + figure->text;
        }
        return figure;
    }
    auto figure = parse_figure(text);
    if (!figure) return std::nullopt;
    std::string compact, figure_compact;
    for (char c : text)
        if (c != ' ') compact += c;
    for (char c : figure->text)
        if (c != ' ') figure_compact += c;
    // A variance column signs its figures: "+1,842"; a cost is in pounds: "£7,588".
    if (compact.size() > 1 && compact.front() == '+') compact.erase(0, 1);
    for (std::string_view currency : {"\u00a3", "\u20ac", "$"})
        if (compact.size() > currency.size() && compact.compare(0, currency.size(), currency) == 0) compact.erase(0, currency.size());
    if (compact != figure_compact) return std::nullopt;
    return figure;
}

Provenance cell_provenance(const tables::Cell& cell, const std::vector<tables::Cell>& row, int table, int row_index) {
    std::string quote;
    for (const tables::Cell& c : row) {
        if (c.covered || c.text.empty()) continue;
        std::string text = c.text.size() > 60 ? c.text.substr(0, c.text.rfind(' ', 60)) : c.text;
        quote += quote.empty() ? text : " " + text;
    }
    return Provenance{cell.page, cell.box, quote, "table:summary", table, row_index};
}

std::string header_text(const tables::Table& table, int column) {
    std::string text;
    for (int r = 0; r < table.header_rows; ++r) {
        const auto& row = table.rows[static_cast<std::size_t>(r)];
        const tables::Cell* cell = &row[static_cast<std::size_t>(column)];
        // "2022/23" spanning "Westmarch | England" heads both columns.
        if (cell->covered) {
            cell = nullptr;
            for (int c = column - 1; c >= 0; --c) {
                const tables::Cell& left = row[static_cast<std::size_t>(c)];
                if (left.covered) continue;
                if (c + left.col_span > column) cell = &left;
                break;
            }
        }
        if (cell == nullptr || cell->text.empty()) continue;
        text += text.empty() ? cell->text : " " + cell->text;
    }
    return text;
}

}  // namespace detail

namespace {

using detail::cell_provenance;
using detail::header_text;
using detail::numeric_cell;
using detail::parts_in;
using detail::polarity_of;


// A target cell may bound its figure: ">= 90%", "<10%", "≤ 5 days", "at least 95%".
std::optional<Figure> target_cell(const std::string& text) {
    std::string rest = text;
    std::string folded = lower(text);
    for (const char* bound : {"<=", ">=", "\u2264", "\u2265", "<", ">", "=", "at least ", "at most ", "no more than ", "no less than ",
                              "less than ", "more than ", "fewer than ", "below ", "above ", "under ", "over ", "up to ", "min ",
                              "max ", "minimum ", "maximum "}) {
        std::string b = bound;
        if (folded.rfind(b, 0) == 0) {
            rest.erase(0, b.size());
            break;
        }
    }
    while (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
    return numeric_cell(rest);
}

}  // namespace

std::string rag_word(const std::string& text) {
    std::string t = lower(text);
    // A marker glyph or bullet before the word ("● Red") is not part of it.
    std::size_t start = 0;
    while (start < t.size() && !std::isalnum(static_cast<unsigned char>(t[start]))) ++start;
    t.erase(0, start);
    for (const char* word : {"red", "amber", "green"})
        if (t == word || t.rfind(std::string(word) + " ", 0) == 0) return word;
    if (t == "r") return "red";
    if (t == "a") return "amber";
    if (t == "g") return "green";
    // Status words many scorecards use instead of colours.
    if (t == "on track" || t == "on target" || t == "achieved" || t == "met") return "green";
    if (t == "at risk" || t == "near target" || t == "within tolerance") return "amber";
    if (t == "off track" || t == "off target" || t == "not met" || t == "not achieved") return "red";
    return {};
}

namespace {

// Whether most of a column's body cells that say anything are numbers; "n/a",
// "-" and empty cells say nothing.
bool mostly_numeric(const tables::Table& table, int column) {
    int numbers = 0, others = 0;
    for (std::size_t r = static_cast<std::size_t>(table.header_rows); r < table.rows.size(); ++r) {
        const tables::Cell& cell = table.rows[r][static_cast<std::size_t>(column)];
        std::string text = lower(cell.text);
        if (cell.covered || text.empty() || text == "n/a" || text == "-" || text == "–" || text == "na") continue;
        (numeric_cell(cell.text) ? numbers : others)++;
    }
    return numbers > 0 && numbers >= 2 * others;
}

// "2023", "2023/24", "2023-2024": a calendar or financial year.
bool is_year(const std::string& text) {
    auto digits = [&](std::size_t from, std::size_t to) {
        return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(from), text.begin() + static_cast<std::ptrdiff_t>(to),
                           [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    };
    if (text.size() < 4 || !digits(0, 4) || (text.compare(0, 2, "19") != 0 && text.compare(0, 2, "20") != 0)) return false;
    if (text.size() == 4) return true;
    return (text[4] == '/' || text[4] == '-') && (text.size() == 7 || text.size() == 9) && digits(5, text.size());
}

// "2023/24 England" -> ("2023/24", "England"): a year heading a column before
// what the column is.
std::optional<std::pair<std::string, std::string>> split_year(const std::string& header) {
    std::size_t space = header.find(' ');
    if (space == std::string::npos || !is_year(header.substr(0, space))) return std::nullopt;
    return std::make_pair(header.substr(0, space), header.substr(space + 1));
}

}  // namespace

std::optional<Columns> columns_of(const tables::Table& table, const tables::Vocabulary& headers) {
    if (table.header_rows == 0) return std::nullopt;
    Columns columns;
    std::vector<int> unnamed;
    for (int c = 0; c < table.columns; ++c) {
        std::string header = header_text(table, c);
        std::string role = headers.role_of(header);
        // Only a header with no role of its own: "2022/23 Outturn" is already a period's value.
        if (auto split = split_year(header); split && role.empty()) {
            std::string rest_role = headers.role_of(split->second);
            if (rest_role.empty() || rest_role == "benchmark") {
                columns.period_of[c] = split->first;
                role = rest_role;
            }
        }
        // "Month (Dec-23)" over figures is that month's value, not a column of dates.
        if (role == "period" && mostly_numeric(table, c)) role = "period value";
        if (role == "period value") columns.periods.push_back(c);
        else if (role == "change") columns.changes.push_back(c);
        else if (role == "benchmark") columns.benchmarks.push_back(c);
        else if (!role.empty() && !columns.by_role.count(role)) columns.by_role[role] = c;
        else if (role.empty()) unnamed.push_back(c);
    }
    // A bare year over figures ("2022/23 | 2023/24") is a period's value in a
    // scorecard, one with a target or a status; in a budget it is not.
    if (columns.by_role.count("name") && (columns.by_role.count("target") || columns.by_role.count("rag")) &&
        !columns.by_role.count("value")) {
        for (int c : unnamed)
            if (is_year(header_text(table, c)) && mostly_numeric(table, c))
                columns.periods.push_back(c);
        std::sort(columns.periods.begin(), columns.periods.end());
        std::erase_if(unnamed, [&](int c) { return std::find(columns.periods.begin(), columns.periods.end(), c) != columns.periods.end(); });
    }
    // Beside comparators ("England", "South West") the area's own column is
    // headed by its name ("Hartcombe"): the first unnamed column of figures.
    if (!columns.by_role.count("value") && columns.periods.empty() && !columns.benchmarks.empty() && columns.by_role.count("name")) {
        // Under years, the latest year's column is the value and the year before's
        // its previous value.
        auto year_of = [&](int c) {
            if (columns.period_of.count(c)) return columns.period_of.at(c);
            std::string header = header_text(table, c);
            return is_year(header) ? header : std::string{};
        };
        std::vector<int> figures;
        for (int c : unnamed)
            if (c > columns.by_role.at("name") && mostly_numeric(table, c)) figures.push_back(c);
        // Left to right within a year, so the first column of the latest year wins.
        std::stable_sort(figures.begin(), figures.end(), [&](int a, int b) { return year_of(a) < year_of(b); });
        if (!figures.empty()) {
            std::string year = year_of(figures.back());
            auto first_of_year = std::find_if(figures.begin(), figures.end(), [&](int c) { return year_of(c) == year; });
            columns.by_role["value"] = *first_of_year;
            if (first_of_year != figures.begin() && !year.empty()) columns.previous_value = *std::prev(first_of_year);
            // Comparators of another year are that year's, not the value's.
            std::erase_if(columns.benchmarks, [&](int c) { return !year.empty() && !year_of(c).empty() && year_of(c) != year; });
        }
    }
    bool valued = columns.by_role.count("value") || !columns.periods.empty();
    if (!columns.by_role.count("name") || !valued) return std::nullopt;
    return columns;
}

namespace {

// "78.9% (172 of 218)": a share with its parts in one cell.
std::optional<std::tuple<Figure, Figure, Figure>> share_with_parts(const std::string& text) {
    std::size_t open = text.find('(');
    if (open == std::string::npos || open == 0) return std::nullopt;
    auto share = numeric_cell(text.substr(0, text.find_last_not_of(' ', open - 1) + 1));
    auto parts = parts_in(text);
    if (!share || !parts || !is_percent(*share)) return std::nullopt;
    return std::make_tuple(*share, parts->first, parts->second);
}

// The columns a row's in-period value and its previous value are read from:
// the row's last period column with a number and the one with a number before
// it. -1 where there is none.
std::pair<int, int> period_columns(const std::vector<tables::Cell>& row, const Columns& columns) {
    int latest = -1, before = -1;
    for (int c : columns.periods) {
        const tables::Cell& cell = row[static_cast<std::size_t>(c)];
        if (cell.covered || (!numeric_cell(cell.text) && !share_with_parts(cell.text))) continue;
        before = latest;
        latest = c;
    }
    return {latest, before};
}

// "Change | % change" beside a previous and a latest value: a change claim,
// its direction the sign ("−4,225", "+2.4%"), the per cent one relative.
void add_stated_change(const std::vector<tables::Cell>& row, const Columns& columns, const Indicator& ind, Assembly& assembly) {
    ChangeClaim claim;
    for (int c : columns.changes) {
        const tables::Cell& cell = row[static_cast<std::size_t>(c)];
        auto figure = cell.covered ? std::nullopt : numeric_cell(cell.text);
        if (!figure) continue;
        std::string direction = figure->number < 0 ? "down" : cell.text.find('+') != std::string::npos ? "up" : "";
        figure->number = std::abs(figure->number);
        if (!figure->text.empty() && figure->text.front() == '-') figure->text.erase(0, 1);
        bool relative = is_percent(*figure);
        if (relative && !is_percent(ind.value) && claim.change) {
            claim.change_relative = figure;
        } else if (!claim.change) {
            claim.change = figure;
            claim.direction = direction;
            claim.where = cell_provenance(cell, row, ind.source.table, ind.source.row);
        }
    }
    if (!claim.change) return;
    claim.indicator = ind.id;
    claim.value = ind.value;
    claim.previous = ind.previous->figure;
    claim.values_are_percentages = is_percent(ind.value);
    claim.where.pattern = ind.source.pattern;
    assembly.changes.push_back(std::move(claim));
}

std::vector<Benchmark> benchmarks_of(const tables::Table& table, const std::vector<tables::Cell>& row, const Columns& columns) {
    std::vector<Benchmark> found;
    for (int c : columns.benchmarks) {
        const tables::Cell& cell = row[static_cast<std::size_t>(c)];
        if (auto figure = cell.covered ? std::nullopt : numeric_cell(cell.text)) found.push_back({header_text(table, c), *figure});
    }
    return found;
}

}  // namespace

void add_table_indicators(const std::vector<tables::Table>& found, const tables::Vocabulary& headers, Assembly& assembly) {
    for (std::size_t t = 0; t < found.size(); ++t) {
        const tables::Table& table = found[t];
        auto columns = columns_of(table, headers);
        if (!columns) continue;
        auto cell_of = [&](const std::vector<tables::Cell>& row, const std::string& role) -> const tables::Cell* {
            auto it = columns->by_role.find(role);
            if (it == columns->by_role.end()) return nullptr;
            const tables::Cell& cell = row[static_cast<std::size_t>(it->second)];
            return cell.covered ? nullptr : &cell;
        };
        auto text_of = [&](const std::vector<tables::Cell>& row, const std::string& role) {
            const tables::Cell* cell = cell_of(row, role);
            return cell ? cell->text : std::string{};
        };
        // A row may state its value twice: for the period ("Q3", "Month (Dec-23)")
        // and for the year to date ("YTD"). Each is an indicator; a variance
        // column is of the one further left, the period's. A value column of
        // another name ("Actual") is the row's value, and period columns beside
        // it are its history.
        auto value_role = columns->by_role.find("value");
        std::string value_heading = value_role == columns->by_role.end() ? "" : tables::fold(header_text(table, value_role->second));
        bool value_is_year_to_date = value_heading.rfind("ytd", 0) == 0 || value_heading.rfind("year to date", 0) == 0 ||
                                     value_heading.rfind("cumulative", 0) == 0;
        std::vector<GapClaim> variances;
        for (std::size_t r = static_cast<std::size_t>(table.header_rows); r < table.rows.size(); ++r) {
            const auto& row = table.rows[r];
            auto [period_column, before_column] = period_columns(row, *columns);
            std::vector<std::pair<int, int>> readings;  // (value column, previous column)
            if (period_column >= 0 && (value_role == columns->by_role.end() || value_is_year_to_date))
                readings.emplace_back(period_column, before_column);
            if (value_role != columns->by_role.end()) readings.emplace_back(value_role->second, -1);
            std::sort(readings.begin(), readings.end());
            bool gap_stated = false;
            for (auto [value_column, previous_column] : readings) {
                if (row[static_cast<std::size_t>(value_column)].covered) continue;
                bool by_period = std::find(columns->periods.begin(), columns->periods.end(), value_column) != columns->periods.end();
                const tables::Cell* value_cell = &row[static_cast<std::size_t>(value_column)];
                auto value = numeric_cell(value_cell->text);
                auto with_parts = value ? std::nullopt : share_with_parts(value_cell->text);
                if (with_parts) value = std::get<0>(*with_parts);
                std::string name = text_of(row, "name");
                if (!value || name.empty()) continue;
                std::string value_header = header_text(table, value_column);
                Indicator ind;
                ind.id = "i" + std::to_string(assembly.indicators.size() + 1);
                ind.name = name;
                ind.name_source = "table";
                ind.value = *value;
                std::string unit = text_of(row, "unit");
                ind.unit = is_percent(*value) || unit == "%" ? "%" : unit;
                ind.period = text_of(row, "period");
                if (ind.period.empty() && by_period) ind.period = value_header;
                if (ind.period.empty() && columns->period_of.count(value_column)) ind.period = columns->period_of.at(value_column);
                ind.target = target_cell(text_of(row, "target"));
                if (auto previous = numeric_cell(text_of(row, "previous")))
                    ind.previous = Previous{*previous, header_text(table, columns->by_role.at("previous"))};
                else if (previous_column >= 0)
                    ind.previous = Previous{*numeric_cell(row[static_cast<std::size_t>(previous_column)].text), header_text(table, previous_column)};
                else if (int c = columns->previous_value; c >= 0 && !by_period)
                    if (auto earlier = numeric_cell(row[static_cast<std::size_t>(c)].text))
                        ind.previous = Previous{*earlier, columns->period_of.count(c) ? columns->period_of.at(c) : header_text(table, c)};
                ind.benchmarks = benchmarks_of(table, row, *columns);
                if (const tables::Cell* rag = cell_of(row, "rag")) {
                    ind.rag = rag_word(rag->text);
                    ind.rag_source = ind.rag.empty() ? "" : "text";
                    if (ind.rag.empty() && rag->fill) {
                        ind.rag = tables::rag_of_colour(*rag->fill);
                        if (!ind.rag.empty()) ind.rag_source = "colour";
                    }
                }
                ind.direction = lower(text_of(row, "direction"));
                if (!ind.direction.empty()) ind.direction_source = "text";
                ind.polarity = polarity_of(text_of(row, "polarity"));
                ind.source = Provenance{value_cell->page, value_cell->box, value_cell->text, "table:" + value_header,
                                        static_cast<int>(t), static_cast<int>(r)};
                if (with_parts) {
                    ind.numerator = std::get<1>(*with_parts);
                    ind.denominator = std::get<2>(*with_parts);
                    assembly.ratios.push_back(RatioClaim{ind.id, ind.value, *ind.numerator, *ind.denominator, ind.source});
                }
                if (ind.previous) add_stated_change(row, *columns, ind, assembly);
                if (auto gap = numeric_cell(text_of(row, "gap")); gap && ind.target && !gap_stated) {
                    // A variance's sign follows no one convention, so only its size is checked.
                    gap->number = std::abs(gap->number);
                    Provenance where = cell_provenance(*cell_of(row, "gap"), row, static_cast<int>(t), static_cast<int>(r));
                    where.pattern = ind.source.pattern;
                    variances.push_back(GapClaim{ind.id, ind.value, *ind.target, *gap, "off", where});
                    gap_stated = true;
                }
                assembly.indicators.push_back(std::move(ind));
            }
        }
        // A variance column that disagrees with most of its rows says the value
        // was read from the wrong column, not that most rows are misstated:
        // auditors get no checks from it, and a note instead.
        auto agrees = [](const GapClaim& claim) {
            double half_unit = 0.5 * std::pow(10.0, -claim.gap.decimals);
            return std::abs(std::abs(claim.value.number - claim.target.number) - claim.gap.number) <= half_unit + 1e-9;
        };
        auto agreeing = std::count_if(variances.begin(), variances.end(), agrees);
        if (variances.size() >= 3 && 2 * static_cast<std::size_t>(agreeing) < variances.size()) {
            assembly.notes.push_back({table.page, "table " + std::to_string(t + 1) + ": its variance column agrees with " +
                                                      std::to_string(agreeing) + " of " + std::to_string(variances.size()) +
                                                      " rows as read, so its values or targets may have been read from the wrong columns; no difference checks taken from it"});
            continue;
        }
        assembly.gaps.insert(assembly.gaps.end(), variances.begin(), variances.end());
    }
}

}  // namespace outturn::indicators
