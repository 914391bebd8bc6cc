#include "outturn/indicators.hpp"
#include "indicators_detail.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

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

using detail::is_percent;
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

}  // namespace

std::vector<FormRecord> form_records(const tables::Table& table, const tables::Vocabulary& headers) {
    std::vector<FormRecord> records;
    if (table.columns != 2) return records;
    FormRecord current;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        if (row[1].covered || row[1].text.empty()) continue;
        auto label = label_of(row[0]);
        if (!label) continue;
        std::string role = headers.role_of(*label);
        if (role.empty()) continue;
        if (current.count(role)) {
            records.push_back(std::move(current));
            current.clear();
        }
        current[role] = r;
    }
    if (!current.empty()) records.push_back(std::move(current));
    std::erase_if(records, [](const FormRecord& record) { return !record.count("name") || !record.count("value"); });
    return records;
}

void add_form_indicators(const std::vector<tables::Table>& found, const tables::Vocabulary& headers, Assembly& assembly) {
    for (std::size_t t = 0; t < found.size(); ++t) {
        const tables::Table& table = found[t];
        for (const FormRecord& record : form_records(table, headers)) {
            auto cell = [&](const std::string& role) -> const tables::Cell* {
                auto it = record.find(role);
                return it == record.end() ? nullptr : &table.rows[it->second][1];
            };
            auto text = [&](const std::string& role) { return cell(role) ? cell(role)->text : std::string{}; };
            const tables::Cell& value_cell = *cell("value");
            auto value = parse_figure(value_cell.text);
            if (!value || !std::isdigit(static_cast<unsigned char>(value_cell.text.front()))) continue;
            std::size_t value_row = record.at("value");
            std::string value_label = *label_of(table.rows[value_row][0]);
            Indicator ind;
            ind.id = "i" + std::to_string(assembly.indicators.size() + 1);
            ind.name = text("name");
            ind.name_source = "form";
            ind.value = *value;
            ind.unit = unit_after(value_cell.text, *value);
            ind.period = text("period");
            if (auto target = parse_figure(text("target")); target && !text("target").empty()) ind.target = target;
            if (auto previous = parse_figure(text("previous")); previous && !text("previous").empty())
                ind.previous = Previous{*previous, bracketed(text("previous"))};
            ind.polarity = polarity_of(text("polarity").substr(0, text("polarity").find(' ')));
            ind.rag = rag_word(text("rag"));
            if (!ind.rag.empty()) ind.rag_source = "text";
            // The quote reads as the page does: the label, then its value.
            ind.source = Provenance{value_cell.page, table.rows[value_row][0].box.united(value_cell.box),
                                    value_label + ": " + value_cell.text, "form:" + value_label,
                                    static_cast<int>(t), static_cast<int>(value_row)};
            if (auto parts = parts_in(value_cell.text); parts && ind.unit == "%") {
                ind.numerator = parts->first;
                ind.denominator = parts->second;
                assembly.ratios.push_back(RatioClaim{ind.id, ind.value, parts->first, parts->second, ind.source});
            }
            if (auto gap = parse_figure(text("gap")); gap && ind.target && !text("gap").empty()) {
                // A variance's sign follows no one convention (value minus target, or
                // better minus worse), so only its size is checked.
                Figure size = *gap;
                size.number = std::abs(size.number);
                Provenance where = ind.source;
                std::size_t last = std::max({value_row, record.at("target"), record.at("gap")});
                where.quote.clear();
                for (std::size_t r = value_row; r <= last; ++r) {
                    auto label = label_of(table.rows[r][0]);
                    if (!label) continue;
                    where.quote += (where.quote.empty() ? "" : " ") + *label + ": " + table.rows[r][1].text;
                    where.bbox = where.bbox.united(table.rows[r][1].box);
                }
                assembly.gaps.push_back(GapClaim{ind.id, ind.value, *ind.target, size, "off", where});
            }
            assembly.indicators.push_back(std::move(ind));
        }
    }
}

}  // namespace outturn::indicators
