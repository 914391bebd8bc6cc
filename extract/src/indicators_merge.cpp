#include "outturn/indicators.hpp"
#include "indicators_detail.hpp"

#include <cmath>
#include <map>

namespace outturn::indicators {
namespace {

using detail::content_stems;
using detail::is_generic_subject;
using detail::meets_any;

bool is_structured(const Indicator& ind) {
    const std::string& pattern = ind.source.pattern;
    return pattern.rfind("table:", 0) == 0 || pattern.rfind("form:", 0) == 0 || pattern == "tile";
}

// Commentary beside its table may name the measure in one word ("sickness");
// commentary pages away from it must share more of the row's name, since an
// equal figure there is likelier to be another measure's.
bool restates(const Indicator& prose, const Indicator& row) {
    if (prose.value.number != row.value.number) return false;
    if (!prose.unit.empty() && !row.unit.empty() && prose.unit != row.unit) return false;
    if (prose.target && row.target && prose.target->number != row.target->number) return false;
    bool beside = std::abs(prose.source.page - row.source.page) <= 1;
    // Far from the row only the statement counts, not its section's heading,
    // and each word of the row's name counts once.
    auto prose_stems = content_stems(beside ? prose.statement + " " + prose.section : prose.statement);
    int shared = 0;
    for (const auto& stem : content_stems(row.name))
        if (!is_generic_subject(stem) && meets_any(stem, prose_stems)) ++shared;
    return shared >= (beside ? 1 : 3);
}

}  // namespace

void merge_restatements(Assembly& assembly) {
    std::map<std::string, std::string> folded_into;
    std::vector<Indicator> kept;
    for (Indicator& ind : assembly.indicators) {
        if (is_structured(ind)) continue;
        for (Indicator& row : assembly.indicators) {
            if (!is_structured(row) || !restates(ind, row)) continue;
            row.mentions.push_back(ind.source);
            row.mentions.insert(row.mentions.end(), ind.mentions.begin(), ind.mentions.end());
            if (!row.target) row.target = ind.target;
            if (!row.previous) row.previous = ind.previous;
            if (!row.numerator) row.numerator = ind.numerator;
            if (!row.denominator) row.denominator = ind.denominator;
            if (row.rag.empty()) {
                row.rag = ind.rag;
                row.rag_source = ind.rag_source;
            }
            folded_into[ind.id] = row.id;
            break;
        }
    }
    if (folded_into.empty()) return;
    std::map<std::string, std::string> renamed;
    for (Indicator& ind : assembly.indicators) {
        if (folded_into.count(ind.id)) continue;
        std::string id = "i" + std::to_string(kept.size() + 1);
        renamed[ind.id] = id;
        ind.id = id;
        kept.push_back(std::move(ind));
    }
    for (const auto& [from, to] : folded_into) renamed[from] = renamed.at(to);
    auto repoint = [&](std::string& id) {
        if (auto it = renamed.find(id); it != renamed.end()) id = it->second;
    };
    for (auto& claim : assembly.ratios) repoint(claim.indicator);
    for (auto& claim : assembly.gaps) repoint(claim.indicator);
    for (auto& claim : assembly.changes) repoint(claim.indicator);
    for (auto& claim : assembly.samples) repoint(claim.indicator);
    assembly.indicators = std::move(kept);
}

std::string chart_indicator(const layout::Chart& chart, const std::vector<Indicator>& found) {
    // A titled chart of another series ("Number of clients in treatment" beside
    // the success rate) shows no stated indicator.
    if (!chart.title.empty()) {
        for (const Indicator& ind : found)
            if (ind.name == chart.title) return ind.id;
        return {};
    }
    if (chart.section.empty()) return {};
    for (const Indicator& ind : found)
        if (ind.section == chart.section && (ind.source.page == chart.page || ind.source.page == chart.page + 1)) return ind.id;
    return {};
}

}  // namespace outturn::indicators
