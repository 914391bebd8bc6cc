#include "outturn/indicators.hpp"
#include "indicators_detail.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <tuple>

#include <re2/re2.h>

#include "text_case.hpp"

namespace outturn::indicators {
namespace detail {

std::optional<std::pair<Figure, Figure>> parts_in(const std::string& text) {
    std::size_t open = text.find('(');
    if (open == std::string::npos) return std::nullopt;
    std::string inside = text.substr(open + 1);
    auto numerator = parse_figure(inside);
    if (!numerator || is_percent(*numerator)) return std::nullopt;
    std::size_t after = inside.find(numerator->text) + numerator->text.size();
    std::string rest = inside.substr(after);
    std::size_t skip = 0;
    while (skip < rest.size() && rest[skip] == ' ') ++skip;
    for (const char* joiner : {"out of ", "of ", "/"}) {
        std::string j = joiner;
        if (rest.compare(skip, j.size(), j) != 0) continue;
        std::string tail = rest.substr(skip + j.size());
        std::size_t digit = tail.find_first_not_of(' ');
        if (digit == std::string::npos || !std::isdigit(static_cast<unsigned char>(tail[digit]))) return std::nullopt;
        auto denominator = parse_figure(tail);
        if (!denominator) return std::nullopt;
        return std::make_pair(*numerator, *denominator);
    }
    return std::nullopt;
}

}  // namespace detail

namespace {

using detail::parts_in;
using detail::polarity_of;

// "Current performance:" -> "Current performance"; a label is short and ends in a colon.
std::optional<std::string> label_of(const tables::Cell& cell) {
    std::string text = cell.text;
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (text.size() < 2 || text.size() > 60 || text.back() != ':') return std::nullopt;
    text.pop_back();
    return text;
}

// "11.6 days" -> "days": the word after the number, when it is not a bracket or a sentence.
std::string unit_after(const std::string& text, const Figure& figure) {
    if (is_percent(figure)) return "%";
    std::size_t at = text.find(figure.text);
    if (at == std::string::npos) return {};
    std::size_t begin = text.find_first_not_of(' ', at + figure.text.size());
    if (begin == std::string::npos || !std::isalpha(static_cast<unsigned char>(text[begin]))) return {};
    std::size_t end = text.find_first_of(" ,.;(", begin);
    return lower(text.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
}

// "61% (Quarter 2 2023/24)" -> "Quarter 2 2023/24".
std::string bracketed(const std::string& text) {
    std::size_t open = text.find('('), close = text.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open) return {};
    return text.substr(open + 1, close - open - 1);
}

// "Latest month 76.4%" -> ("Latest month", "76.4%"): a card's cell, its label
// set above its figure.
std::optional<std::pair<std::string, std::string>> label_over_figure(const std::string& text) {
    std::size_t space = text.rfind(' ');
    if (space == std::string::npos || space < 2 || space > 40) return std::nullopt;
    std::string label = text.substr(0, space), figure = text.substr(space + 1);
    if (std::any_of(label.begin(), label.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return std::nullopt;
    if (!detail::numeric_cell(figure)) return std::nullopt;
    return std::make_pair(label, figure);
}

// "Q3 Target: 70%" -> ("Q3 Target", "70%"): a cell holding a label and its value.
std::optional<std::pair<std::string, std::string>> labelled_cell(const std::string& text) {
    std::size_t colon = text.find(": ");
    if (colon == std::string::npos) return label_over_figure(text);
    if (colon < 2 || colon > 60) return std::nullopt;
    std::string label = text.substr(0, colon);
    if (label.find_first_of(".;") != std::string::npos) return std::nullopt;
    std::size_t begin = text.find_first_not_of(' ', colon + 1);
    if (begin == std::string::npos) return std::nullopt;
    return std::make_pair(label, text.substr(begin));
}

// "Q3 2012/13 Actual" -> ("Q3 2012/13", "Actual"): the period a label names before its role.
std::pair<std::string, std::string> split_period(const std::string& label) {
    static const RE2 leading_period("(?i)((?:" + detail::quarter_re + "\\s+)?" + detail::year_re + "(?:\\s+" + detail::quarter_re + ")?|" +
                                    detail::quarter_re + "|" + detail::month_re + "\\s+(?:19|20)\\d\\d)\\s+(.+)");
    std::string period, rest;
    if (RE2::FullMatch(label, leading_period, &period, &rest)) return {period, rest};
    return {{}, label};
}

// The quarter (1-4) or month (1-12) a period names, whichever it names first
// of the two kinds tried in that order; {0, 0} when it names neither.
std::pair<int, int> quarter_and_month(const std::string& period) {
    static const RE2 quarter(R"((?i)\b(?:q|qtr|quarter)\s*([1-4])\b)");
    static const RE2 month(R"((?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))");
    int q = 0;
    std::string m;
    if (RE2::PartialMatch(period, quarter, &q)) return {q, 0};
    if (RE2::PartialMatch(period, month, &m)) {
        static const std::string months = "janfebmaraprmayjunjulaugsepoctnovdec";
        return {0, static_cast<int>(months.find(lower(m)) / 3) + 1};
    }
    return {0, 0};
}

// Months since year 0 of a period's end ("Q3 2012/13" after "Q2 2012/13" after
// "Q3 2011/12"); a quarter or month without a year orders within its year
// ("Q3" after "Q2"). Nothing when it names none of these.
std::optional<int> period_order(const std::string& period) {
    static const RE2 year(R"(((?:19|20)\d\d))");
    int y = 0;
    bool dated = RE2::PartialMatch(period, year, &y);
    auto [quarter, month] = quarter_and_month(period);
    if (quarter) return y * 12 + quarter * 3;
    if (month) return y * 12 + month;
    if (!dated) return std::nullopt;
    return y * 12;
}

// "q3" of "Q3 2012/13" and of "Q3 Target", "m12" of "Dec 2024": the part of the
// year a period names, or empty.
std::string part_of_year(const std::string& period) {
    auto [quarter, month] = quarter_and_month(period);
    if (quarter) return "q" + std::to_string(quarter);
    if (month) return "m" + std::to_string(month);
    return {};
}

// The role a label names: its own ("Current performance", "Q3 Target"), or
// that of what follows its period ("Q3 2012/13 Actual"). A reference label
// ("PI ref") names the measure where no other label does.
FormField field_of(const std::string& label, const std::string& text, const tables::Vocabulary& headers) {
    FormField field;
    field.label = label;
    field.text = text;
    field.role = headers.role_of(label);
    if (field.role.empty() || field.role == "period value") {
        auto [period, rest] = split_period(label);
        std::string role = period.empty() ? std::string{} : headers.role_of(rest);
        if (role == "value" || role == "target" || role == "previous") {
            field.period = period;
            field.role = role;
        } else if (field.role == "period value") {
            // "2022/23 Outturn", or a bare period ("Q3") over its figure.
            field.period = period.empty() ? label : period;
            field.role = "value";
        }
    }
    std::string folded = lower(label);
    if (field.role.empty() && (folded == "ref" || folded == "reference" || folded.ends_with(" ref") || folded.ends_with(" reference")))
        field.role = "reference";
    return field;
}

// "LPI 45 – Percentage of minor planning applications": the name after a reference's code.
std::string name_after_reference(const std::string& text) {
    for (const char* dash : {" \u2013 ", " \u2014 ", " - "}) {
        std::size_t at = text.find(dash);
        if (at != std::string::npos) return text.substr(at + std::string_view(dash).size());
    }
    return text;
}

// The line set just above a table, within a line or two of it: a card's title.
const layout::Passage* title_above(const tables::Table& table, const layout::Layout& layout) {
    const layout::Passage* best = nullptr;
    for (const layout::Passage& passage : layout.passages) {
        if (passage.page != table.page || passage.running || passage.box.y1 > table.box.y0 + 2) continue;
        if (table.box.y0 - passage.box.y1 > 30 || passage.box.horizontal_overlap(table.box) <= 0) continue;
        if (!best || passage.box.y1 > best->box.y1) best = &passage;
    }
    return best;
}

// "A&E four-hour performance – February 2025" -> ("A&E four-hour performance", "February 2025").
std::pair<std::string, std::string> name_and_period(const std::string& title) {
    static const RE2 trailing_period(R"((.+?)\s+[\x{2013}\x{2014}-]\s+((?:(?i:end\s+of\s+))?(?i:)" + detail::month_re +
                                     R"(\s+(?:19|20)\d\d|(?:q|quarter)\s*[1-4]\s+)" + detail::year_re + R"(|(?:19|20)\d\d[/-]\d{2,4})))");
    std::string name, period;
    if (RE2::FullMatch(title, trailing_period, &name, &period)) return {name, period};
    return {title, {}};
}

bool numeric_start(const std::string& text) { return !text.empty() && std::isdigit(static_cast<unsigned char>(text.front())); }

}  // namespace

const FormField* FormRecord::first(const std::string& role) const {
    for (const FormField& field : fields)
        if (field.role == role) return &field;
    return nullptr;
}

std::vector<FormRecord> form_records(const tables::Table& table, const tables::Vocabulary& headers, const layout::Layout* layout) {
    std::vector<FormRecord> records;
    FormRecord current;
    auto add = [&](FormField field) {
        if (field.role.empty()) return;
        bool repeats = false;
        for (const FormField& seen : current.fields) {
            if (seen.role != field.role) continue;
            // Another period's value or a second target belongs to the same measure.
            bool another_period = field.role == "value" && !field.period.empty() && seen.period != field.period;
            repeats = repeats || !(another_period || field.role == "target");
        }
        if (repeats) {
            records.push_back(std::move(current));
            current = FormRecord{};
        }
        current.fields.push_back(std::move(field));
    };
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        if (table.columns == 2 && !row[1].covered && !row[1].text.empty()) {
            if (auto label = label_of(row[0])) {
                FormField field = field_of(*label, row[1].text, headers);
                field.cell = &row[1];
                field.quote = *label + ": " + row[1].text;
                field.box = row[0].box.united(row[1].box);
                field.row = r;
                add(std::move(field));
                continue;
            }
        }
        for (const tables::Cell& cell : row) {
            if (cell.covered) continue;
            auto labelled = labelled_cell(cell.text);
            if (!labelled) continue;
            FormField field = field_of(labelled->first, labelled->second, headers);
            field.cell = &cell;
            field.quote = cell.text;
            field.box = cell.box;
            field.row = r;
            add(std::move(field));
        }
    }
    if (!current.fields.empty()) records.push_back(std::move(current));
    // A value needs its measure named: by a label, or, for a card of a value
    // beside its target or earlier value, by the title above the table.
    for (FormRecord& record : records) {
        if (!layout || record.first("name") || record.first("reference") || !(record.first("target") || record.first("previous"))) continue;
        if (const layout::Passage* title = title_above(table, *layout)) record.title = title->original;
    }
    std::erase_if(records, [](const FormRecord& record) {
        return !record.first("value") || !(record.first("name") || record.first("reference") || !record.title.empty());
    });
    return records;
}


void add_form_indicators(const std::vector<tables::Table>& found, const tables::Vocabulary& headers, Assembly& assembly,
                         const layout::Layout* layout) {
    for (std::size_t t = 0; t < found.size(); ++t) {
        const tables::Table& table = found[t];
        for (const FormRecord& record : form_records(table, headers, layout)) {
            auto text = [&](const std::string& role) {
                const FormField* field = record.first(role);
                return field ? field->text : std::string{};
            };
            // Of values for several periods the latest is the measure's, and the
            // one before it its previous value; otherwise the first is.
            std::vector<const FormField*> values;
            for (const FormField& field : record.fields)
                if (field.role == "value" && numeric_start(field.text)) values.push_back(&field);
            if (values.empty()) continue;
            std::stable_sort(values.begin(), values.end(), [](const FormField* a, const FormField* b) {
                return period_order(a->period).value_or(-1) > period_order(b->period).value_or(-1);
            });
            const FormField& value_field = *values.front();
            const FormField* earlier = values.size() > 1 && period_order(values[1]->period) ? values[1] : nullptr;
            auto value = parse_figure(value_field.text);
            if (!value) continue;
            Indicator ind;
            ind.id = "i" + std::to_string(assembly.indicators.size() + 1);
            std::string title_period;
            if (record.first("name")) {
                ind.name = text("name");
            } else if (record.first("reference")) {
                ind.name = name_after_reference(text("reference"));
            } else {
                std::tie(ind.name, title_period) = name_and_period(record.title);
            }
            ind.name_source = "form";
            ind.value = *value;
            ind.unit = unit_after(value_field.text, *value);
            ind.period = record.first("period") ? text("period") : !value_field.period.empty() ? value_field.period : title_period;
            // Of several targets ("Q3 Target", "2012/13 Annual Target") the one for
            // the value's part of the year, else one that names no period, else the first.
            std::string value_part = part_of_year(value_field.label);
            auto target_rank = [&](const FormField& field) {
                std::string part = part_of_year(field.label);
                if (!part.empty() && part == value_part) return 2;
                return part.empty() && split_period(field.label).first.empty() ? 1 : 0;
            };
            const FormField* target_field = nullptr;
            for (const FormField& field : record.fields)
                if (field.role == "target" && (!target_field || target_rank(field) > target_rank(*target_field))) target_field = &field;
            if (auto target = target_field ? parse_figure(target_field->text) : std::nullopt) ind.target = target;
            if (auto previous = parse_figure(text("previous")); previous && !text("previous").empty())
                ind.previous = Previous{*previous, bracketed(text("previous"))};
            else if (earlier)
                if (auto figure = parse_figure(earlier->text)) ind.previous = Previous{*figure, earlier->period};
            ind.polarity = polarity_of(text("polarity").substr(0, text("polarity").find(' ')));
            ind.rag = rag_word(text("rag"));
            if (!ind.rag.empty()) ind.rag_source = "text";
            // The quote reads as the page does: the label, then its value.
            ind.source = Provenance{value_field.cell->page, value_field.box, value_field.quote,
                                    "form:" + value_field.label, static_cast<int>(t), static_cast<int>(value_field.row)};
            if (auto parts = parts_in(value_field.text); parts && ind.unit == "%") {
                ind.numerator = parts->first;
                ind.denominator = parts->second;
                assembly.ratios.push_back(RatioClaim{ind.id, ind.value, parts->first, parts->second, ind.source});
            }
            const FormField* gap_field = record.first("gap");
            if (auto gap = parse_figure(text("gap")); gap && ind.target && gap_field) {
                // A variance's sign follows no one convention (value minus target, or
                // better minus worse), so only its size is checked.
                Figure size = *gap;
                size.number = std::abs(size.number);
                Provenance where = ind.source;
                // The fields from the value to the target and the gap, as they read.
                auto index_of = [&](const FormField* field) { return field ? static_cast<std::size_t>(field - record.fields.data()) : 0; };
                std::size_t last = std::max({index_of(&value_field), index_of(target_field), index_of(gap_field)});
                where.quote.clear();
                for (std::size_t i = index_of(&value_field); i <= last; ++i) {
                    const FormField& field = record.fields[i];
                    where.quote += (where.quote.empty() ? "" : " ") + field.quote;
                    where.bbox = where.bbox.united(field.box);
                }
                assembly.gaps.push_back(GapClaim{ind.id, ind.value, *ind.target, size, "off", where});
            }
            assembly.indicators.push_back(std::move(ind));
        }
    }
}

}  // namespace outturn::indicators
