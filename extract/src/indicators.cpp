#include "outturn/indicators.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace outturn::indicators {
namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// "3.1 Care package reviews" -> "Care package reviews"
std::string strip_numbering(const std::string& heading) {
    std::size_t i = 0;
    while (i < heading.size() && (std::isdigit(static_cast<unsigned char>(heading[i])) || heading[i] == '.')) ++i;
    while (i < heading.size() && heading[i] == ' ') ++i;
    return heading.substr(i);
}

std::optional<Figure> figure_of(const recognise::Match& m, const std::string& role) {
    if (!m.has(role)) return std::nullopt;
    return parse_figure(m.text_of(role));
}

bool is_percent(const Figure& f) { return !f.text.empty() && f.text.back() == '%'; }

std::string polarity_of(const std::string& word) {
    std::string w = lower(word);
    if (w == "low" || w == "lower" || w == "down" || w == "decrease" || w == "smaller") return "lower";
    if (w == "high" || w == "higher" || w == "up" || w == "increase" || w == "bigger") return "higher";
    return {};
}

// Statements belong to the section (or form) they appear in; a form's name
// label starts a new scope even inside one section.
struct Scope {
    std::string name;
    std::vector<std::size_t> indicators;  // into Assembly::indicators
    std::optional<Figure> pending_target;
    std::string pending_polarity;
    std::vector<Benchmark> pending_benchmarks;
};

}  // namespace

Assembly assemble(const layout::Layout& layout, const std::vector<recognise::Match>& matches) {
    Assembly out;
    std::map<std::string, Scope> scopes;
    std::string current_key;
    int form_counter = 0;
    std::string last_section;
    std::size_t last_indicator_passage = static_cast<std::size_t>(-1);

    auto provenance = [](const recognise::Match& m) { return Provenance{m.page, m.box, m.quote, m.pattern}; };

    for (std::size_t mi = 0; mi < matches.size(); ++mi) {
        const recognise::Match& m = matches[mi];
        const layout::Passage& passage = layout.passages[m.passage];
        if (passage.section != last_section) {
            last_section = passage.section;
            form_counter = 0;
        }
        if (m.produces == patterns::Produces::name) {
            ++form_counter;
            std::string name = m.has("name") ? m.text_of("name") : std::string{};
            // A label alone in its cell ("Indicator Description:") names the next passage.
            if (name.empty() && m.passage + 1 < layout.passages.size()) name = layout.passages[m.passage + 1].text();
            current_key = passage.section + "\x1f" + std::to_string(form_counter);
            scopes[current_key].name = name;
            continue;
        }
        current_key = passage.section + "\x1f" + std::to_string(form_counter);
        Scope& scope = scopes[current_key];
        if (scope.name.empty()) scope.name = strip_numbering(passage.section);

        auto last_in_passage = [&]() -> Indicator* {
            if (scope.indicators.empty()) return nullptr;
            Indicator& ind = out.indicators[scope.indicators.back()];
            return last_indicator_passage == m.passage ? &ind : nullptr;
        };

        switch (m.produces) {
        case patterns::Produces::target: {
            auto target = figure_of(m, "target");
            if (!target) break;
            // After a value in the same scope, a target qualifies that value; before
            // any, it waits for the first value of the scope.
            if (!scope.indicators.empty()) {
                Indicator& ind = out.indicators[scope.indicators.back()];
                if (!ind.target) ind.target = target;
            } else if (!scope.pending_target) {
                scope.pending_target = target;
            }
            break;
        }
        case patterns::Produces::polarity: {
            std::string p = m.has("polarity") ? polarity_of(m.text_of("polarity")) : std::string{};
            if (p.empty()) break;
            if (!scope.indicators.empty()) out.indicators[scope.indicators.back()].polarity = p;
            else scope.pending_polarity = p;
            break;
        }
        case patterns::Produces::benchmark: {
            auto figure = figure_of(m, "benchmark");
            if (!figure) break;
            Benchmark b{m.has("benchmark_label") ? m.text_of("benchmark_label") : std::string{}, *figure};
            if (Indicator* ind = last_in_passage()) ind->benchmarks.push_back(b);
            else scope.pending_benchmarks.push_back(b);
            break;
        }
        case patterns::Produces::previous: {
            auto figure = figure_of(m, "previous");
            if (!figure || scope.indicators.empty()) break;
            Indicator& ind = out.indicators[scope.indicators.back()];
            if (!ind.previous) ind.previous = Previous{*figure, m.has("previous_period") ? m.text_of("previous_period") : ""};
            break;
        }
        case patterns::Produces::name: break;
        case patterns::Produces::value: {
            auto value = figure_of(m, "value");
            if (!value) break;
            std::string unit = is_percent(*value) ? "%" : m.has("unit") ? m.text_of("unit") : "";
            // The same value restated in the same scope is one indicator with another mention.
            Indicator* ind = nullptr;
            for (std::size_t index : scope.indicators) {
                Indicator& candidate = out.indicators[index];
                if (candidate.value.number == value->number && candidate.unit == unit) ind = &candidate;
            }
            if (ind == nullptr) {
                Indicator fresh;
                fresh.id = "i" + std::to_string(out.indicators.size() + 1);
                fresh.name = scope.name;
                fresh.section = passage.section;
                fresh.value = *value;
                fresh.unit = unit;
                fresh.source = provenance(m);
                // A target stated in the statement itself wins over one stated earlier.
                fresh.target = m.has("target") ? figure_of(m, "target") : scope.pending_target;
                fresh.polarity = scope.pending_polarity;
                fresh.benchmarks = scope.pending_benchmarks;
                scope.pending_target.reset();
                scope.pending_polarity.clear();
                scope.pending_benchmarks.clear();
                out.indicators.push_back(std::move(fresh));
                scope.indicators.push_back(out.indicators.size() - 1);
                ind = &out.indicators.back();
            } else {
                ind->mentions.push_back(provenance(m));
            }
            last_indicator_passage = m.passage;
            if (m.has("period") && ind->period.empty()) ind->period = m.text_of("period");
            auto numerator = figure_of(m, "numerator");
            auto denominator = figure_of(m, "denominator");
            if (numerator && denominator) {
                if (!ind->numerator) {
                    ind->numerator = numerator;
                    ind->denominator = denominator;
                }
                if (unit == "%") out.ratios.push_back(RatioClaim{ind->id, *value, *numerator, *denominator, provenance(m)});
            }
            auto target = figure_of(m, "target");
            if (target && !ind->target) ind->target = target;
            if (auto previous = figure_of(m, "previous"); previous && !ind->previous)
                ind->previous = Previous{*previous, m.has("previous_period") ? m.text_of("previous_period") : ""};
            if (auto benchmark = figure_of(m, "benchmark"))
                ind->benchmarks.push_back({m.has("benchmark_label") ? m.text_of("benchmark_label") : "", *benchmark});
            auto gap = figure_of(m, "gap");
            if (gap && target) {
                out.gaps.push_back(GapClaim{ind->id, *value, *target, *gap, m.has("side") ? lower(m.text_of("side")) : "", provenance(m)});
            }
            break;
        }
        }
    }
    return out;
}

}  // namespace outturn::indicators
