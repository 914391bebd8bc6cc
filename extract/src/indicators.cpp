#include "outturn/indicators.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "text_case.hpp"

namespace outturn::indicators {
namespace {

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

// "increase", "rise", "up" -> "up"; "decrease", "fall", "reduction", "down" -> "down".
// "Improvement" says nothing about the sign without the measure's polarity.
std::string direction_of(const std::string& word) {
    std::string w = lower(word);
    for (const char* up : {"increase", "rise", "up", "growth", "higher", "more"})
        if (w.rfind(up, 0) == 0) return "up";
    for (const char* down : {"decrease", "fall", "reduction", "down", "drop", "decline", "lower", "fewer", "less"})
        if (w.rfind(down, 0) == 0) return "down";
    return {};
}

// "red or amber", "green or 'on track'" -> {"red", "amber"}, {"green"}
std::vector<std::string> statuses_of(const std::string& text) {
    std::string t = lower(text);
    std::vector<std::string> found;
    for (const char* status : {"red", "amber", "green"})
        if (t.find(status) != std::string::npos) found.emplace_back(status);
    if (t.find("on track") != std::string::npos && std::find(found.begin(), found.end(), "green") == found.end())
        found.emplace_back("green");
    return found;
}

// The words that carry a statement's meaning, lower-cased and with a plural,
// "-ed" or "-ing" ending cut, so that "caseloads" meets "caseload" and "reviewed"
// meets "Reviews". Function words and numbers are left out.
std::set<std::string> content_stems(std::string_view text) {
    static const std::set<std::string> function_words = {
        "a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "or", "with", "within", "by", "from", "was",
        "were", "is", "are", "be", "been", "has", "have", "had", "this", "that", "these", "those", "which", "who",
        "our", "their", "its", "as", "than", "per", "all", "only", "also", "now", "not", "it", "we", "there"};
    std::set<std::string> stems;
    std::string word;
    auto flush = [&]() {
        std::string w = lower(word);
        word.clear();
        if (w.size() < 2 || function_words.count(w) || std::isdigit(static_cast<unsigned char>(w[0]))) return;
        for (const char* ending : {"ing", "ed", "es", "s"}) {
            std::size_t n = std::char_traits<char>::length(ending);
            if (w.size() > n + 2 && w.compare(w.size() - n, n, ending) == 0) {
                w.resize(w.size() - n);
                break;
            }
        }
        // "reviewed" -> "review", "reviews" -> "review"; "cases" -> "cas" and "case" -> "case" differ, so
        // a trailing "e" goes too.
        if (w.size() > 3 && w.back() == 'e') w.pop_back();
        stems.insert(w);
    };
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) word += c;
        else if (!word.empty()) flush();
    }
    if (!word.empty()) flush();
    return stems;
}

// Two stems meet when they are equal or share their first six letters:
// "persistent" and "persistently", "recycl" and "recycling".
bool meet(const std::string& a, const std::string& b) {
    return a == b || (a.size() >= 6 && b.size() >= 6 && a.compare(0, 6, b, 0, 6) == 0);
}

bool meets_any(const std::string& stem, const std::set<std::string>& stems) {
    return std::any_of(stems.begin(), stems.end(), [&](const std::string& other) { return meet(stem, other); });
}

// The sentence of `text` that holds offset `at`.
std::string_view sentence_around(std::string_view text, std::size_t at) {
    std::size_t begin = text.rfind(". ", at);
    begin = begin == std::string_view::npos ? 0 : begin + 2;
    std::size_t end = text.find(". ", at);
    return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

// The words that say which people or things a share is of, and when: two
// statements that share only these ("children", "month") may still be about
// different measures.
bool is_generic_subject(const std::string& stem) {
    static const std::set<std::string> generic = {
        "child", "children", "young", "peopl", "adult", "famili", "cas", "client", "resident", "servic", "user",
        "month", "year", "quarter", "week", "day", "performanc", "total", "number", "percentag", "rat",
        "cohort", "current", "period", "figur"};
    return generic.count(stem) > 0;
}

// Two statements name the same measure when they share at least two words that
// are neither function words nor generic ("CP" and "review" in "100% of CP cases
// were reviewed within timescales" and "100% of CP Reviews took place on time").
bool same_subject(std::string_view a, std::string_view b) {
    auto left = content_stems(a);
    int shared = 0;
    for (const auto& stem : content_stems(b))
        if (meets_any(stem, left) && !is_generic_subject(stem)) ++shared;
    return shared >= 2;
}

// A label names a statement when each of its words is in it: "average caseloads"
// names "an average caseload of 15.8 cases".
bool names(std::string_view label, std::string_view statement) {
    auto wanted = content_stems(label);
    if (wanted.empty()) return false;
    auto have = content_stems(statement);
    return std::all_of(wanted.begin(), wanted.end(), [&](const std::string& stem) { return meets_any(stem, have); });
}

// Of the charts in a section, the one a value belongs to: for a percentage the
// latest chart of a share ("Percentage of ...", "Proportion", "Rate"), for a
// count the latest of a number; else simply the latest.
std::string figure_for(const std::vector<std::string>& figures, const std::string& unit) {
    for (auto it = figures.rbegin(); it != figures.rend(); ++it) {
        std::string t = lower(*it);
        bool share = t.rfind("percentage", 0) == 0 || t.rfind("proportion", 0) == 0 || t.rfind("rate", 0) == 0 ||
                     t.rfind("%", 0) == 0 || t.find(" % ") != std::string::npos;
        if (share == (unit == "%")) return *it;
    }
    return figures.empty() ? std::string{} : figures.back();
}

// "7 are on target, 3 are slightly below target and 3 are off target" -> 7, 3, 3;
// "Arndale 412, Kelby 298 and Tarnside 251" -> 412, 298, 251: the count that
// opens each clause, or else its only count, so that figures inside a clause
// ("within 5% of target", "within 5 days") are not taken for parts.
std::vector<Figure> clause_counts(const std::string& text) {
    std::vector<Figure> counts;
    auto count_of = [&](const std::string& clause) {
        std::vector<Figure> found;
        std::size_t at = 0;
        bool leads = false;
        while (at < clause.size()) {
            std::size_t digit = clause.find_first_of("0123456789", at);
            if (digit == std::string::npos) break;
            auto figure = parse_figure(clause.substr(digit));
            if (!figure) break;
            if (figure->text.back() != '%') {
                if (found.empty() && clause.find_first_not_of(" ") == digit) leads = true;
                found.push_back(*figure);
            }
            at = digit + figure->text.size();
        }
        // A number spelled out opens the clause too: "nine are green".
        if (found.empty()) {
            std::size_t first = clause.find_first_not_of(' ');
            if (first != std::string::npos)
                if (auto word = parse_figure(clause.substr(first, clause.find(' ', first) - first))) found.push_back(*word), leads = true;
        }
        if (leads || found.size() == 1) counts.push_back(found.front());
    };
    // Clauses end at a semicolon or a comma that is not a thousands separator ("268,400").
    auto clause_end = [&](std::size_t from) {
        for (std::size_t i = from; i < text.size(); ++i)
            if (text[i] == ';' || (text[i] == ',' && !(i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])))))
                return i;
        return std::string::npos;
    };
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = clause_end(begin);
        std::string clause = text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
        // "3 are slightly below target and 3 are off target": an "and" starts a clause too.
        for (std::size_t at = 0;;) {
            std::size_t next = clause.find(" and ", at);
            std::string piece = clause.substr(at, next == std::string::npos ? std::string::npos : next - at);
            if (piece.rfind(" and ", 0) == 0) piece.erase(0, 5);
            if (piece.rfind("and ", 0) == 0) piece.erase(0, 4);
            count_of(piece);
            if (next == std::string::npos) break;
            at = next + 5;
        }
        if (end == std::string::npos) break;
        begin = end + 1;
    }
    return counts;
}

// Statements belong to the section (or form) they appear in; a form's name
// label starts a new scope even inside one section.
struct Scope {
    std::string name;
    bool named_by_form = false;
    std::vector<std::size_t> indicators;  // into Assembly::indicators
    std::optional<std::size_t> last;      // the indicator stated most recently
    std::size_t last_passage = 0;
    std::optional<Figure> pending_target;
    std::size_t pending_target_passage = 0;
    std::string pending_polarity;
    std::vector<Benchmark> pending_benchmarks;
    // A target named for a measure not stated yet ("caseloads exceeding the upper
    // limit of 22"), for a later statement of the same passage that names it.
    struct NamedTarget {
        std::string label;
        Figure target;
        std::size_t passage = 0;
    };
    std::vector<NamedTarget> pending_named_targets;
};

}  // namespace

Assembly assemble(const layout::Layout& layout, const std::vector<recognise::Match>& matches) {
    Assembly out;
    std::map<std::string, Scope> scopes;
    std::string current_key;
    int form_counter = 0;
    std::string last_section;

    auto provenance = [](const recognise::Match& m) { return Provenance{m.page, m.box, m.quote, m.pattern}; };
    // Where each indicator's value was last stated, so that parts stated after it
    // in the same passage can be quoted together with it.
    std::map<std::string, std::pair<std::size_t, std::size_t>> last_value_at;

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
            scopes[current_key].named_by_form = !name.empty();
            continue;
        }
        current_key = passage.section + "\x1f" + std::to_string(form_counter);
        Scope& scope = scopes[current_key];
        if (scope.name.empty()) scope.name = strip_numbering(passage.section);

        // Statements that qualify a value (a target, parts, a change) qualify the one
        // stated just before them in the same passage; a form has one indicator, so
        // there any earlier value of the form will do.
        auto last_in_passage = [&]() -> Indicator* {
            if (!scope.last) return nullptr;
            bool same_text = scope.last_passage == m.passage || scope.last_passage == passage.continues;
            if (!same_text && !scope.named_by_form) return nullptr;
            return &out.indicators[*scope.last];
        };
        // Where in this passage an indicator's value was stated, or null.
        auto at_value_of = [&](const std::string& id) -> const std::size_t* {
            auto at = last_value_at.find(id);
            return at != last_value_at.end() && at->second.first == m.passage && at->second.second < m.begin ? &at->second.second : nullptr;
        };
        auto differs = [](const std::optional<Figure>& a, const std::optional<Figure>& b) {
            return a && b && a->number != b->number;
        };

        // A statement of the indicator's value: a new indicator, or a mention of one
        // already stated with the same value in this scope.
        auto take_value = [&]() -> Indicator* {
            auto value = figure_of(m, "value");
            if (!value) return nullptr;
            std::string unit = is_percent(*value) ? "%" : m.has("unit") ? m.text_of("unit") : "";
            // The same value restated in the same scope is one indicator with another
            // mention, unless the statements disagree on the parts or the target, or
            // sit in neighbouring passages of one page: a list of results ("97% (61
            // people) rated...", "97% (57 people) said...") states different measures.
            Indicator* ind = nullptr;
            for (std::size_t index : scope.indicators) {
                Indicator& candidate = out.indicators[index];
                if (candidate.value.number != value->number || candidate.unit != unit) continue;
                if (differs(candidate.sample, figure_of(m, "count")) || differs(candidate.numerator, figure_of(m, "numerator")) ||
                    differs(candidate.denominator, figure_of(m, "denominator")) || differs(candidate.target, figure_of(m, "target")))
                    continue;
                // Restatements are made elsewhere in the report (a summary table, a later
                // section), within one paragraph, or word for word; the same value in
                // other words in another passage of the same page is another measure.
                auto at = last_value_at.find(candidate.id);
                bool same_page_elsewhere = at != last_value_at.end() && candidate.source.page == m.page &&
                                           m.passage != at->second.first && passage.continues != at->second.first;
                if (same_page_elsewhere && candidate.source.quote != m.quote) {
                    std::string_view here = sentence_around(passage.text(), m.begin);
                    std::string_view there = sentence_around(layout.passages[at->second.first].text(), at->second.second);
                    if (!same_subject(here, there)) continue;
                }
                ind = &candidate;
            }
            if (ind == nullptr) {
                Indicator fresh;
                fresh.id = "i" + std::to_string(out.indicators.size() + 1);
                // A form's label, else the chart title over the commentary, else the heading.
                std::string figure = figure_for(passage.figures, unit);
                bool by_figure = !scope.named_by_form && !figure.empty();
                fresh.name = by_figure ? figure : scope.name;
                fresh.name_source = scope.named_by_form ? "form" : by_figure ? "figure" : "section";
                fresh.section = passage.section;
                fresh.value = *value;
                fresh.unit = unit;
                fresh.source = provenance(m);
                fresh.statement = std::string(sentence_around(passage.text(), m.begin));
                // A target stated in the statement itself wins over one stated earlier.
                // One stated before waits only into the next passage ("The target has been
                // increased to 85%." then the paragraph with the value); further on it is
                // about something else.
                bool pending_near = scope.pending_target && m.passage - scope.pending_target_passage <= 1;
                fresh.target = m.has("target") ? figure_of(m, "target") : pending_near ? scope.pending_target : std::nullopt;
                fresh.polarity = scope.pending_polarity;
                fresh.benchmarks = scope.pending_benchmarks;
                if (!fresh.target) {
                    for (const auto& named : scope.pending_named_targets)
                        if (named.passage == m.passage && names(named.label, fresh.statement)) fresh.target = named.target;
                }
                scope.pending_target.reset();
                scope.pending_polarity.clear();
                scope.pending_benchmarks.clear();
                out.indicators.push_back(std::move(fresh));
                scope.indicators.push_back(out.indicators.size() - 1);
                ind = &out.indicators.back();
            } else {
                ind->mentions.push_back(provenance(m));
            }
            scope.last = static_cast<std::size_t>(ind - out.indicators.data());
            scope.last_passage = m.passage;
            last_value_at[ind->id] = {m.passage, m.begin};
            if (m.has("period") && ind->period.empty()) ind->period = m.text_of("period");
            auto numerator = figure_of(m, "numerator");
            auto denominator = figure_of(m, "denominator");
            // "1 child (0.3% of cohort)", "Of the 121 ..., 30% were": one part alone is still stated.
            if (numerator && !ind->numerator) ind->numerator = numerator;
            if (denominator && !ind->denominator) ind->denominator = denominator;
            if (numerator && denominator) {
                if (unit == "%") out.ratios.push_back(RatioClaim{ind->id, *value, *numerator, *denominator, provenance(m)});
            }
            if (auto count = figure_of(m, "count"); count && !ind->sample) ind->sample = count;
            if (auto count = figure_of(m, "count"); count && unit == "%")
                out.samples.push_back(SampleClaim{ind->id, *value, *count, provenance(m)});
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
            return ind;
        };

        switch (m.produces) {
        case patterns::Produces::target: {
            auto target = figure_of(m, "target");
            // "11 percentage points below the 75% target", "146 below target": a gap
            // stated after the value it is of; without a figure of its own the
            // target is the one the value was stated with.
            if (auto gap = figure_of(m, "gap")) {
                Indicator* ind = last_in_passage();
                if (ind == nullptr) break;
                if (target && !ind->target) ind->target = target;
                if (!target) target = ind->target;
                if (!target) break;
                Provenance where = provenance(m);
                if (const std::size_t* at = at_value_of(ind->id)) {
                    where.quote = passage.quote_of(*at, m.end);
                    where.bbox = passage.box_of(*at, m.end);
                }
                out.gaps.push_back(GapClaim{ind->id, ind->value, *target, *gap, m.has("side") ? lower(m.text_of("side")) : "", where});
                break;
            }
            if (!target) break;
            // "targets of 3.1% NEET and 2.8% Not Known": a target named for its
            // measure goes to the indicator whose statement names it, or nowhere.
            if (m.has("name") && !m.text_of("name").empty()) {
                std::string label = lower(m.text_of("name"));
                bool taken = false;
                for (std::size_t index : scope.indicators) {
                    Indicator& ind = out.indicators[index];
                    // The measure's name is in its statement or just before it ("a Not Known figure of 2.8%").
                    std::string lead;
                    if (auto at = last_value_at.find(ind.id); at != last_value_at.end()) {
                        const std::string& text = layout.passages[at->second.first].text();
                        // Back to the previous figure or sentence end, so a neighbour's name is not taken.
                        std::size_t from = at->second.second > 60 ? at->second.second - 60 : 0;
                        std::size_t stop = text.find_last_of("%.", at->second.second > 0 ? at->second.second - 1 : 0);
                        if (stop != std::string::npos && stop >= from && stop < at->second.second) from = stop + 1;
                        lead = lower(text.substr(from, at->second.second - from));
                    }
                    bool named = lower(ind.source.quote).find(label) != std::string::npos || lead.find(label) != std::string::npos ||
                                 std::any_of(ind.mentions.begin(), ind.mentions.end(),
                                             [&](const Provenance& p) { return lower(p.quote).find(label) != std::string::npos; });
                    if (named && !ind.target) {
                        ind.target = target;
                        taken = true;
                    }
                }
                if (!taken) scope.pending_named_targets.push_back({m.text_of("name"), *target, m.passage});
                break;
            }
            // After a value in the same passage (or form) a target qualifies that
            // value; otherwise it waits for the next value of the scope.
            if (Indicator* ind = last_in_passage()) {
                if (!ind->target) ind->target = target;
            } else if (!scope.pending_target || m.passage - scope.pending_target_passage > 1) {
                // A newer target replaces one that has waited too long to apply.
                scope.pending_target = target;
                scope.pending_target_passage = m.passage;
            }
            break;
        }
        case patterns::Produces::polarity: {
            std::string p = m.has("polarity") ? polarity_of(m.text_of("polarity")) : std::string{};
            if (p.empty()) break;
            if (scope.last) out.indicators[*scope.last].polarity = p;
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
            Indicator* owner = last_in_passage();
            if (!figure || owner == nullptr) break;
            Indicator& ind = *owner;
            if (!ind.previous) ind.previous = Previous{*figure, m.has("previous_period") ? m.text_of("previous_period") : ""};
            // "compared with Q1 2019/20 (84%, 353 / 420)": the earlier share is checkable too.
            auto numerator = figure_of(m, "numerator");
            auto denominator = figure_of(m, "denominator");
            if (numerator && denominator && is_percent(*figure))
                out.ratios.push_back(RatioClaim{ind.id, *figure, *numerator, *denominator, provenance(m)});
            break;
        }
        case patterns::Produces::parts: {
            auto numerator = figure_of(m, "numerator");
            auto denominator = figure_of(m, "denominator");
            // Parts belong to the share stated just before them in the same passage;
            // further away, which share they split is a guess.
            Indicator* owner = last_in_passage();
            if (!numerator || !denominator || owner == nullptr || owner->unit != "%") break;
            Indicator& ind = *owner;
            if (!ind.numerator) {
                ind.numerator = numerator;
                ind.denominator = denominator;
            }
            Provenance where = provenance(m);
            auto at = last_value_at.find(ind.id);
            if (at != last_value_at.end() && at->second.first == m.passage) {
                where.quote = passage.quote_of(at->second.second, m.end);
                where.bbox = passage.box_of(at->second.second, m.end);
            }
            out.ratios.push_back(RatioClaim{ind.id, ind.value, *numerator, *denominator, where});
            break;
        }
        case patterns::Produces::name: break;
        case patterns::Produces::value: take_value(); break;
        case patterns::Produces::change: {
            // A change that names its own new value is also a statement of that value,
            // unless it updates a value already stated ("This count was 29, a reduction
            // of 25 on the previous count of 54" after "outturn: 54"): then it qualifies that one.
            Indicator* owner = nullptr;
            if (auto previous = figure_of(m, "previous"); previous && m.has("value")) {
                for (std::size_t index : scope.indicators)
                    if (out.indicators[index].value.number == previous->number) owner = &out.indicators[index];
            }
            if (owner == nullptr) owner = m.has("value") ? take_value() : last_in_passage();
            ChangeClaim claim;
            claim.indicator = owner ? owner->id : "";
            claim.value = figure_of(m, "value");
            if (!claim.value && owner) claim.value = owner->value;
            claim.previous = figure_of(m, "previous");
            // The indicator's earlier value is the one compared with only when the claim
            // names the same earlier period; borrowing it otherwise would carry one
            // statement's error into another ("136" as December's figure, then as the difference).
            if (!claim.previous && owner && owner->previous && m.has("previous_period") &&
                lower(m.text_of("previous_period")) == lower(owner->previous->period))
                claim.previous = owner->previous->figure;
            claim.change = figure_of(m, "change");
            claim.change_relative = figure_of(m, "change_relative");
            std::string unit = m.has("change_unit") ? lower(m.text_of("change_unit")) : "";
            if (unit.find("point") != std::string::npos || unit == "pp" || unit == "ppt") claim.unit = "points";
            claim.direction = direction_of(m.has("direction") ? m.text_of("direction") : "");
            claim.values_are_percentages = (claim.value && is_percent(*claim.value)) || (owner && owner->unit == "%");
            claim.where = provenance(m);
            auto at = owner ? last_value_at.find(owner->id) : last_value_at.end();
            if (!m.has("value") && at != last_value_at.end() && at->second.first == m.passage && at->second.second < m.begin) {
                claim.where.quote = passage.quote_of(at->second.second, m.end);
                claim.where.bbox = passage.box_of(at->second.second, m.end);
            }
            // A value or earlier value stated elsewhere is shown where it is stated.
            if (owner && claim.where.quote.find(owner->value.text) == std::string::npos) claim.evidence.push_back(owner->source);
            if (claim.change && claim.value) out.changes.push_back(std::move(claim));
            break;
        }
        case patterns::Produces::rag_rule: {
            RagRules& rules = out.rag_rules;
            std::string rule = m.has("rule") ? lower(m.text_of("rule")) : "";
            std::string status = m.has("rag") ? lower(m.text_of("rag")) : "";
            bool negated = rule.find("not") != std::string::npos || rule.find("outside") != std::string::npos;
            if (status == "green" && rule.find("target") != std::string::npos && !negated) rules.green_when_target_met = true;
            if (status == "amber") rules.amber_within_tolerance = true;
            if (status == "red" && negated) rules.red_outside_tolerance = true;
            if (auto tolerance = figure_of(m, "tolerance")) rules.tolerance = tolerance;
            rules.stated_at.push_back(provenance(m));
            break;
        }
        case patterns::Produces::total: {
            auto count = figure_of(m, "count");
            if (m.has("parts")) {
                // "Of the 12 measures, 7 are on target, 3 ... and 3 ...": the parts must add up.
                // "This is made up of ...": the whole is the value stated just before.
                Indicator* owner = count ? nullptr : last_in_passage();
                if (!count && owner) count = owner->value;
                auto parts = clause_counts(m.text_of("parts"));
                if (!count || parts.size() < 2) break;
                double sum = 0;
                for (const Figure& part : parts) sum += part.number;
                TotalClaim claim{*count, sum, "the counts stated with it added up", "", provenance(m), {}};
                if (const std::size_t* at = owner ? at_value_of(owner->id) : nullptr) {
                    claim.where.quote = passage.quote_of(*at, m.end);
                    claim.where.bbox = passage.box_of(*at, m.end);
                }
                // Measures by status, and a whole said to be "made up of" its parts, are
                // complete; "131 were at A and 58 at B" may leave some out.
                std::string said = lower(m.quote);
                claim.parts_may_be_partial = true;
                for (const char* complete : {"comprising", "made up of", "consisting of", "split between", "measures", "indicators",
                                             "kpis", "targets"})
                    if (said.find(complete) != std::string::npos) claim.parts_may_be_partial = false;
                out.totals.push_back(std::move(claim));
                break;
            }
            if (!count || !m.has("statuses")) break;
            Assembly::StatusCount stated{*count, statuses_of(m.text_of("statuses")), provenance(m)};
            if (!stated.statuses.empty()) out.status_counts.push_back(std::move(stated));
            break;
        }
        }
    }
    return out;
}

namespace {

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

// A cell that is a number and nothing else ("70.00", "4,469", "41.4%"), or a
// number and its unit ("5.4 days", "118 kg").
std::optional<Figure> numeric_cell(const std::string& text) {
    static const char* units[] = {" days", " day", " kg", " hours", " hrs", " mins", " minutes", " weeks", " tonnes", " pts"};
    for (const char* unit : units) {
        std::string_view u = unit;
        if (text.size() > u.size() && text.compare(text.size() - u.size(), u.size(), u) == 0)
            return numeric_cell(text.substr(0, text.size() - u.size()));
    }
    auto figure = parse_figure(text);
    if (!figure) return std::nullopt;
    std::string compact, figure_compact;
    for (char c : text)
        if (c != ' ') compact += c;
    for (char c : figure->text)
        if (c != ' ') figure_compact += c;
    // A variance column signs its figures: "+1,842".
    if (compact.size() > 1 && compact.front() == '+') compact.erase(0, 1);
    if (compact != figure_compact) return std::nullopt;
    return figure;
}

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
        auto year_of = [&](int c) { return columns.period_of.count(c) ? columns.period_of.at(c) : std::string{}; };
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

// Defined with the forms below: "(89 of 139 plans)" -> 89, 139.
std::optional<std::pair<Figure, Figure>> parts_in(const std::string& text);

// "78.9% (172 of 218)": a share with its parts in one cell.
std::optional<std::tuple<Figure, Figure, Figure>> share_with_parts(const std::string& text) {
    std::size_t open = text.find('(');
    if (open == std::string::npos || open == 0) return std::nullopt;
    auto share = numeric_cell(text.substr(0, text.find_last_not_of(' ', open - 1) + 1));
    auto parts = parts_in(text);
    if (!share || !parts || share->text.back() != '%') return std::nullopt;
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

Provenance cell_provenance(const tables::Cell& cell, const std::vector<tables::Cell>& row, int table, int row_index) {
    std::string quote;
    for (const tables::Cell& c : row) {
        if (c.covered || c.text.empty()) continue;
        std::string text = c.text.size() > 60 ? c.text.substr(0, c.text.rfind(' ', 60)) : c.text;
        quote += quote.empty() ? text : " " + text;
    }
    return Provenance{cell.page, cell.box, quote, "table:summary", table, row_index};
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
                ind.unit = value->text.back() == '%' || unit == "%" ? "%" : unit;
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
                if (auto gap = numeric_cell(text_of(row, "gap")); gap && ind.target && !gap_stated) {
                    // A variance's sign follows no one convention, so only its size is checked.
                    gap->number = std::abs(gap->number);
                    Provenance where = cell_provenance(*cell_of(row, "gap"), row, static_cast<int>(t), static_cast<int>(r));
                    where.pattern = ind.source.pattern;
                    assembly.gaps.push_back(GapClaim{ind.id, ind.value, *ind.target, *gap, "off", where});
                    gap_stated = true;
                }
                assembly.indicators.push_back(std::move(ind));
            }
        }
    }
}

namespace {

// The status a summary-table row is about: its first cell starts with the word.
std::string row_status(const std::vector<tables::Cell>& row) {
    for (const tables::Cell& cell : row) {
        if (cell.covered) continue;
        std::string first = lower(cell.text.substr(0, cell.text.find_first_of(" (")));
        if (first == "red" || first == "amber" || first == "green") return first;
        return {};
    }
    return {};
}

bool is_total_row(const std::vector<tables::Cell>& row) {
    for (const tables::Cell& cell : row) {
        if (cell.covered) continue;
        return lower(cell.text).rfind("total", 0) == 0;
    }
    return false;
}

// The row's count: the first cell after the label that is a whole number.
const tables::Cell* count_cell(const std::vector<tables::Cell>& row) {
    for (std::size_t c = 1; c < row.size(); ++c) {
        if (row[c].covered) continue;
        auto f = numeric_cell(row[c].text);
        if (f && f->decimals == 0 && f->text.back() != '%') return &row[c];
    }
    return nullptr;
}

// Items bulleted in the row's other cells ("• Percentage of carers assessed ...").
int listed_items(const std::vector<tables::Cell>& row, const tables::Cell* skip) {
    int items = 0;
    for (const tables::Cell& cell : row) {
        if (cell.covered || &cell == skip) continue;
        for (std::size_t at = cell.text.find("\xE2\x80\xA2"); at != std::string::npos; at = cell.text.find("\xE2\x80\xA2", at + 1)) ++items;
    }
    return items;
}

// A summary table lists the measures under each status; an indicator whose
// name is one of them takes that status (when nothing nearer gave it one).
void rate_listed_measures(const std::vector<tables::Cell>& row, const std::string& status, std::vector<Indicator>& indicators) {
    static const std::string bullet = "\xE2\x80\xA2";
    for (const tables::Cell& cell : row) {
        if (cell.covered || cell.text.find(bullet) == std::string::npos) continue;
        for (std::size_t at = cell.text.find(bullet); at != std::string::npos;) {
            std::size_t next = cell.text.find(bullet, at + bullet.size());
            std::string item = tables::fold(cell.text.substr(at + bullet.size(), next == std::string::npos ? next : next - at - bullet.size()));
            at = next;
            if (item.size() < 8) continue;
            for (Indicator& ind : indicators) {
                if (!ind.rag.empty()) continue;
                std::string name = tables::fold(ind.name);
                bool same = name == item || (name.size() > item.size() && name.compare(0, item.size(), item) == 0 && name[item.size()] == ' ');
                if (!same) continue;
                ind.rag = status;
                ind.rag_source = "summary";
            }
        }
    }
}

}  // namespace

void add_total_claims(const std::vector<tables::Table>& found, Assembly& assembly) {
    for (std::size_t t = 0; t < found.size(); ++t) {
        const tables::Table& table = found[t];
        double sum = 0;
        int statuses = 0;
        std::vector<Provenance> parts;
        // "Red 2 Amber 3 Green 7": each status with its count, so the total's
        // quote shows every figure it adds up.
        std::string counted_rows;
        // A table that counts measures by some other grouping ("Scrutiny board |
        // Red measures") adds up the same way.
        bool counts_measures = false;
        for (int r = 0; r < table.header_rows; ++r)
            for (const tables::Cell& cell : table.rows[static_cast<std::size_t>(r)]) {
                std::string header = lower(cell.text);
                for (const char* word : {"measures", "indicators", "kpis", "targets"})
                    if (header.find(word) != std::string::npos) counts_measures = true;
            }
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const auto& row = table.rows[r];
            const tables::Cell* count = count_cell(row);
            if (!count) continue;
            Figure stated = *numeric_cell(count->text);
            std::string status = row_status(row);
            bool grouped = counts_measures && r >= static_cast<std::size_t>(table.header_rows) && !is_total_row(row);
            if (!status.empty() || grouped) {
                sum += stated.number;
                ++statuses;
                const tables::Cell& label = row.front();
                counted_rows += (counted_rows.empty() ? "" : " ") + (&label == count ? std::string{} : label.text + " ") + count->text;
                parts.push_back(cell_provenance(*count, row, static_cast<int>(t), static_cast<int>(r)));
            }
            if (!status.empty()) {
                rate_listed_measures(row, status, assembly.indicators);
                int items = listed_items(row, count);
                if (items > 0) {
                    assembly.totals.push_back(TotalClaim{stated, static_cast<double>(items), "measures listed as " + status, "",
                                                         cell_provenance(*count, row, static_cast<int>(t), static_cast<int>(r)), {}});
                }
            } else if (is_total_row(row) && statuses > 0) {
                Provenance where = cell_provenance(*count, row, static_cast<int>(t), static_cast<int>(r));
                where.quote = counted_rows + " " + where.quote;
                assembly.totals.push_back(TotalClaim{stated, sum, "the counts above it added up", "", where, parts});
            }
        }
    }
    // Prose counts by status, recounted from the indicators the document rates.
    for (const auto& stated : assembly.status_counts) {
        TotalClaim claim{stated.stated, std::nullopt, "", "", stated.where, {}};
        double counted = 0;
        bool any_rated = false;
        std::string names;
        for (const std::string& status : stated.statuses) {
            names += names.empty() ? status : " or " + status;
            for (const Indicator& ind : assembly.indicators) {
                if (ind.rag != status) continue;
                any_rated = true;
                ++counted;
                claim.evidence.push_back(ind.source);
            }
        }
        claim.what = "indicators rated " + names;
        // A document that lists no measure of a status cannot be recounted for it:
        // exception reports name the red and amber measures and only count the rest.
        bool every_status_listed = true;
        for (const std::string& status : stated.statuses) {
            bool listed = std::any_of(assembly.indicators.begin(), assembly.indicators.end(),
                                      [&](const Indicator& ind) { return ind.rag == status; });
            every_status_listed = every_status_listed && listed;
        }
        if (any_rated && every_status_listed) claim.counted = counted;
        else claim.reason = "the document lists no measure rated " + names;
        assembly.totals.push_back(std::move(claim));
    }
}

}  // namespace outturn::indicators

namespace outturn::indicators {
namespace {

// "Current performance:" -> "Current performance"; a label is short and ends in a colon.
std::optional<std::string> label_of(const tables::Cell& cell) {
    std::string text = cell.text;
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (text.size() < 2 || text.size() > 60 || text.back() != ':') return std::nullopt;
    text.pop_back();
    return text;
}

// "(89 of 139 plans)", "(89/139)", "(89 out of 139)": the parts a share is of.
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

namespace outturn::indicators {
namespace {

bool is_structured(const Indicator& ind) {
    const std::string& pattern = ind.source.pattern;
    return pattern.rfind("table:", 0) == 0 || pattern.rfind("form:", 0) == 0 || pattern == "tile";
}

bool restates(const Indicator& prose, const Indicator& row) {
    if (prose.value.number != row.value.number || std::abs(prose.source.page - row.source.page) > 1) return false;
    if (!prose.unit.empty() && !row.unit.empty() && prose.unit != row.unit) return false;
    if (prose.target && row.target && prose.target->number != row.target->number) return false;
    auto name = content_stems(row.name);
    for (const auto& stem : content_stems(prose.statement + " " + prose.section))
        if (meets_any(stem, name) && !is_generic_subject(stem)) return true;
    return false;
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

}  // namespace outturn::indicators

namespace outturn::indicators {

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
