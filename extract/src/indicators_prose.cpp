#include "outturn/indicators.hpp"
#include "indicators_detail.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

#include "text_case.hpp"

namespace outturn::indicators {
namespace detail {

std::string polarity_of(const std::string& word) {
    std::string w = lower(word);
    if (w == "low" || w == "lower" || w == "down" || w == "decrease" || w == "smaller") return "lower";
    if (w == "high" || w == "higher" || w == "up" || w == "increase" || w == "bigger") return "higher";
    return {};
}

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

namespace {

// Two stems meet when they are equal or share their first six letters:
// "persistent" and "persistently", "recycl" and "recycling".
bool meet(const std::string& a, const std::string& b) {
    return a == b || (a.size() >= 6 && b.size() >= 6 && a.compare(0, 6, b, 0, 6) == 0);
}

}  // namespace

bool meets_any(const std::string& stem, const std::set<std::string>& stems) {
    return std::any_of(stems.begin(), stems.end(), [&](const std::string& other) { return meet(stem, other); });
}

bool is_generic_subject(const std::string& stem) {
    static const std::set<std::string> generic = {
        "child", "children", "young", "peopl", "adult", "famili", "cas", "client", "resident", "servic", "user",
        "month", "year", "quarter", "week", "day", "performanc", "total", "number", "percentag", "rat",
        "cohort", "current", "period", "figur"};
    return generic.count(stem) > 0;
}

}  // namespace detail

namespace {

using detail::content_stems;
using detail::is_generic_subject;
using detail::meets_any;
using detail::polarity_of;

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

// The sentence of `text` that holds offset `at`.
std::string_view sentence_around(std::string_view text, std::size_t at) {
    std::size_t begin = text.rfind(". ", at);
    begin = begin == std::string_view::npos ? 0 : begin + 2;
    std::size_t end = text.find(". ", at);
    return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
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

// "10 working days", "28 days": a figure followed by a unit of time.
bool is_timescale(const std::string& text, const recognise::Capture& figure) {
    if (!figure.text.empty() && figure.text.back() == '%') return false;
    std::string after = lower(text.substr(figure.end, 24));
    std::size_t start = after.find_first_not_of(' ');
    if (start == std::string::npos) return false;
    after.erase(0, start);
    for (const char* lead : {"working ", "calendar ", "school "})
        if (after.rfind(lead, 0) == 0) after.erase(0, std::string_view(lead).size());
    for (const char* unit : {"day", "week", "month", "hour", "minute"})
        if (after.rfind(unit, 0) == 0) return true;
    return false;
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
            if (!is_percent(*figure)) {
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
            // value; otherwise it waits for the next value of the scope. A
            // timescale ("the standard of 10 working days") is no target for a share.
            if (Indicator* ind = last_in_passage()) {
                if (!ind->target && !(ind->unit == "%" && is_timescale(passage.text(), m.captures.at("target"))))
                    ind->target = target;
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

}  // namespace outturn::indicators
