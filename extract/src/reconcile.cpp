#include "outturn/reconcile.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace outturn::reconcile {

const char* to_string(Status status) {
    switch (status) {
    case Status::consistent: return "consistent";
    case Status::inconsistent: return "inconsistent";
    case Status::unverifiable: return "unverifiable";
    }
    return "unverifiable";
}

namespace {

Check start(const char* kind, const char* rule, const std::string& indicator, const indicators::Provenance& source) {
    Check check;
    check.kind = kind;
    check.rule = rule;
    check.indicator = indicator;
    check.source = source;
    return check;
}

// Floating-point slack so that a value exactly on the half (2/27 = 7.407..., 82.85) is not lost to binary rounding.
constexpr double slack = 1e-9;
}  // namespace

Check check_ratio(const indicators::RatioClaim& claim) {
    Check check = start("ratio", "percent = numerator / denominator x 100, within half a unit of the stated last digit", claim.indicator, claim.where);
    check.stated = claim.percent.text + " (" + claim.numerator.text + " / " + claim.denominator.text + ")";
    double tolerance = half_unit(claim.percent.decimals);
    check.tolerance = format_number(tolerance, claim.percent.decimals + 1);
    if (claim.denominator.number == 0) {
        check.status = Status::unverifiable;
        check.message = "denominator is zero";
        return check;
    }
    double recomputed = claim.numerator.number / claim.denominator.number * 100;
    check.recomputed = format_number(recomputed, claim.percent.decimals + 2) + "%";
    bool ok = std::fabs(recomputed - claim.percent.number) <= tolerance + slack;
    check.status = ok ? Status::consistent : Status::inconsistent;
    check.message = claim.numerator.text + "/" + claim.denominator.text + " = " + check.recomputed + ", stated " +
                    claim.percent.text + " (tolerance " + check.tolerance + ")";
    return check;
}

Check check_gap(const indicators::GapClaim& claim) {
    Check check = start("difference", "gap = |value - target|, within half a unit of the gap's last digit; 'above'/'below' must agree with the sign", claim.indicator, claim.where);
    check.stated = claim.value.text + ", " + claim.side + " target " + claim.target.text + " by " + claim.gap.text;
    double tolerance = half_unit(claim.gap.decimals);
    check.tolerance = format_number(tolerance, claim.gap.decimals + 1);
    double difference = claim.value.number - claim.target.number;
    int decimals = std::max({claim.value.decimals, claim.target.decimals, claim.gap.decimals});
    check.recomputed = format_number(std::fabs(difference), decimals);
    bool size_ok = std::fabs(std::fabs(difference) - claim.gap.number) <= tolerance + slack;
    bool side_ok = true;
    std::string side_note;
    // The wordings that put the value on one side of the target; others ("off",
    // "shortfall") state only the size of the gap.
    static const std::set<std::string> above = {"above",   "over",       "exceeding", "exceeded", "exceeds",
                                                "ahead of", "higher than", "more than", "surplus"};
    static const std::set<std::string> below = {"below",      "under",      "short of",  "behind",
                                                "lower than", "fewer than", "less than", "short"};
    if (above.count(claim.side)) {
        side_ok = difference > 0;
        side_note = "value is not above target";
    } else if (below.count(claim.side)) {
        side_ok = difference < 0;
        side_note = "value is not below target";
    }
    check.status = size_ok && side_ok ? Status::consistent : Status::inconsistent;
    check.message = "|" + claim.value.text + " - " + claim.target.text + "| = " + check.recomputed + ", stated " +
                    claim.gap.text + " (tolerance " + check.tolerance + ")";
    if (!side_ok) check.message += "; " + side_note;
    return check;
}

namespace {

// The range a stated figure stands for: a printed percentage or decimal was
// rounded from anywhere within half a unit of its last digit; a whole count is exact.
struct Range {
    double low, high;
};
Range range_of(const Figure& f) {
    double h = (is_percent(f) || f.decimals > 0) ? half_unit(f.decimals) : 0;
    return {f.number - h, f.number + h};
}

// Does the stated figure, read at its own precision, cover any value in [low, high]?
bool covers(const Figure& stated, double low, double high) {
    double h = half_unit(stated.decimals);
    return stated.number + h + slack >= low && stated.number - h - slack <= high;
}

std::string signed_number(double v, int decimals) { return (v >= 0 ? "+" : "") + format_number(v, decimals); }

}  // namespace

Check check_change(const indicators::ChangeClaim& claim) {
    Check check = start("change", "change recomputed from the two values, read as an absolute difference, percentage points and per cent; the "
                 "stated change must match one reading at its stated precision, and 'increase'/'decrease' the sign", claim.indicator, claim.where);
    check.evidence = claim.evidence;
    const Figure& value = *claim.value;
    const Figure& change = *claim.change;
    check.stated = change.text + (claim.unit == "points" ? " percentage points" : "") +
                   (claim.direction.empty() ? "" : claim.direction == "up" ? " increase" : " decrease") +
                   (claim.change_relative ? " (" + claim.change_relative->text + ")" : "") + " to " + value.text +
                   (claim.previous ? " from " + claim.previous->text : "");
    check.tolerance = format_number(half_unit(change.decimals), change.decimals + 1);
    int shown = std::max(1, change.decimals);

    if (!claim.previous && claim.change_relative) {
        // "a difference of 136 cases (51%)": the earlier value is the new one less (or plus) the difference.
        const Figure& relative = *claim.change_relative;
        std::vector<double> candidates;
        if (claim.direction != "down") candidates.push_back(value.number - change.number);
        if (claim.direction != "up") candidates.push_back(value.number + change.number);
        std::string tried;
        for (double previous : candidates) {
            if (previous <= 0) continue;
            double percent = change.number / previous * 100;
            tried += (tried.empty() ? "" : "; ") + change.text + "/" + format_number(previous, 0) + " = " +
                     format_number(percent, relative.decimals + 1) + "%";
            if (covers(relative, percent, percent)) {
                check.status = Status::consistent;
                check.recomputed = format_number(percent, relative.decimals + 1) + "%";
                check.message = "earlier value " + format_number(previous, 0) + " = " + value.text + " -/+ " + change.text + "; " +
                                tried + ", stated " + relative.text;
                return check;
            }
        }
        check.status = tried.empty() ? Status::unverifiable : Status::inconsistent;
        check.message = tried.empty() ? "no earlier value can be derived" : tried + ", stated " + relative.text;
        return check;
    }
    if (!claim.previous) {
        check.status = Status::unverifiable;
        check.message = "the earlier value is not stated";
        return check;
    }
    const Figure& previous = *claim.previous;
    Range v = range_of(value), p = range_of(previous);
    double difference = value.number - previous.number;
    std::string recomputed = signed_number(difference, shown);
    bool relative_ok = false, absolute_ok = false;
    double percent = 0;
    if (previous.number != 0) {
        percent = difference / previous.number * 100;
        recomputed += ", " + signed_number(percent, shown) + "%";
        // Extremes of the relative change over the rounding ranges of both values.
        double lo = (v.low - p.high) / p.high * 100, hi = (v.high - p.low) / (p.low > 0 ? p.low : p.high) * 100;
        relative_ok = covers(change, std::fabs(std::min(lo, hi)), std::fabs(std::max(lo, hi))) ||
                      covers(change, std::min(std::fabs(lo), std::fabs(hi)), std::max(std::fabs(lo), std::fabs(hi)));
    }
    double dlo = std::fabs(v.low - p.high), dhi = std::fabs(v.high - p.low);
    absolute_ok = covers(change, std::min(dlo, dhi), std::max(dlo, dhi));
    check.recomputed = recomputed;

    bool ok;
    std::string reading;
    if (claim.unit == "points") {
        ok = absolute_ok;
        reading = "percentage points";
    } else if (is_percent(change)) {
        // "51% increase": per cent of the earlier value, or loosely points between two percentages.
        ok = relative_ok || (claim.values_are_percentages && absolute_ok);
        reading = claim.values_are_percentages ? "per cent or percentage points" : "per cent";
    } else {
        ok = absolute_ok;
        reading = claim.values_are_percentages ? "percentage points" : "an absolute difference";
    }
    if (ok && claim.change_relative) {
        ok = previous.number != 0 && covers(*claim.change_relative, std::fabs(percent), std::fabs(percent));
        reading += ", with the per cent change";
    }
    bool sign_ok = claim.direction.empty() || (claim.direction == "up" ? difference > 0 : difference < 0);
    check.status = ok && sign_ok ? Status::consistent : Status::inconsistent;
    check.message = value.text + " against " + previous.text + " is " + recomputed + "; stated " + change.text + " read as " +
                    reading + " (tolerance " + check.tolerance + ")";
    if (!sign_ok) check.message += "; the stated direction does not match the values";
    return check;
}

Check check_sample(const indicators::SampleClaim& claim) {
    Check check = start("feasibility", "a percentage of N people must be k/N for a whole k (GRIM), or N must be that percentage of a whole number", claim.indicator, claim.where);
    check.stated = claim.percent.text + " with " + claim.count.text;
    check.tolerance = format_number(half_unit(claim.percent.decimals), claim.percent.decimals + 1);
    double n = claim.count.number;
    if (n < 1 || n > 1e6 || claim.count.decimals > 0) {
        check.status = Status::unverifiable;
        check.message = "the count is not a whole number of people";
        return check;
    }
    double p = claim.percent.number;
    // n as the number who answered: k/n for the nearest whole k.
    double k = std::round(p / 100 * n);
    std::string nearest;
    for (double candidate : {k - 1, k, k + 1}) {
        if (candidate < 0 || candidate > n) continue;
        double share = candidate / n * 100;
        nearest += (nearest.empty() ? "" : ", ") + format_number(candidate, 0) + "/" + claim.count.text + " = " +
                   format_number(share, claim.percent.decimals + 1) + "%";
        if (covers(claim.percent, share, share)) {
            check.status = Status::consistent;
            check.recomputed = format_number(candidate, 0) + "/" + claim.count.text;
            check.message = check.recomputed + " = " + format_number(share, claim.percent.decimals + 1) + "% rounds to " +
                            claim.percent.text;
            return check;
        }
    }
    // n as the number who gave the answer: n/m for a whole m.
    if (p > 0) {
        double m = std::round(n / p * 100);
        for (double candidate : {m - 1, m, m + 1}) {
            if (candidate < n) continue;
            double share = n / candidate * 100;
            if (covers(claim.percent, share, share)) {
                check.status = Status::consistent;
                check.recomputed = claim.count.text + "/" + format_number(candidate, 0);
                check.message = "read as " + check.recomputed + " = " + format_number(share, claim.percent.decimals + 1) +
                                "%; as a share of " + claim.count.text + " it is impossible (" + nearest + ")";
                return check;
            }
        }
    }
    check.status = Status::inconsistent;
    check.message = "no whole number of " + claim.count.text + " people gives " + claim.percent.text + " (" + nearest +
                    "), nor is " + claim.count.text + " " + claim.percent.text + " of a whole number";
    return check;
}

Check check_total(const indicators::TotalClaim& claim) {
    Check check = start("total", "a stated count must equal the count of what the document lists or tabulates", "", claim.where);
    check.evidence = claim.evidence;
    check.stated = claim.stated.text;
    check.tolerance = "0";
    if (!claim.counted) {
        check.status = Status::unverifiable;
        check.message = claim.reason;
        return check;
    }
    check.recomputed = format_number(*claim.counted, 0);
    check.status = std::fabs(*claim.counted - claim.stated.number) < slack ? Status::consistent : Status::inconsistent;
    check.message = "stated " + claim.stated.text + ", counted " + check.recomputed + " (" + claim.what + ")";
    if (check.status == Status::inconsistent && claim.parts_may_be_partial && *claim.counted < claim.stated.number) {
        check.status = Status::unverifiable;
        check.message += "; the parts named may not be all of it";
    }
    return check;
}

Check check_rag(const indicators::Indicator& ind, const indicators::RagRules& rules) {
    Check check = start("rag", "green when the target is met (given the polarity); amber within the stated tolerance; red beyond it", ind.id, ind.source);
    check.stated = ind.rag + (ind.rag_source == "colour" ? " (from colour)" : "");
    auto unverifiable = [&](const std::string& why) {
        check.status = Status::unverifiable;
        check.message = why;
        return check;
    };
    if (!rules.green_when_target_met && !rules.amber_within_tolerance && !rules.red_outside_tolerance)
        return unverifiable("the document states no RAG rule, and councils' rules differ");
    if (!ind.target) return unverifiable("no target stated");
    if (ind.polarity.empty()) return unverifiable("the polarity (whether higher or lower is better) is not stated");
    double v = ind.value.number, t = ind.target->number;
    bool meets = ind.polarity == "higher" ? v >= t : v <= t;
    std::string expected;
    if (meets && rules.green_when_target_met) {
        expected = "green";
    } else if (!meets) {
        if (ind.rag == "green" && rules.green_when_target_met) expected = "amber or red";
        else if (rules.tolerance) expected = std::fabs(v - t) <= rules.tolerance->number + slack ? "amber" : "red";
        else return unverifiable("target missed; amber or red depends on a tolerance the document does not state");
    } else {
        return unverifiable("target met, but the document states no rule for green");
    }
    check.recomputed = expected;
    check.tolerance = rules.tolerance ? rules.tolerance->text : "";
    bool ok = expected == ind.rag || (expected == "amber or red" && ind.rag != "green");
    check.status = ok ? Status::consistent : Status::inconsistent;
    check.message = ind.value.text + (meets ? " meets " : " misses ") + "the target " + ind.target->text + " (" + ind.polarity +
                    " is better)" + (rules.tolerance ? ", tolerance " + rules.tolerance->text : "") + ": expected " + expected +
                    ", stated " + ind.rag;
    return check;
}

std::vector<Check> check_repeats(const indicators::Assembly& assembly) {
    std::vector<Check> checks;
    auto base = [](const indicators::Indicator& ind) {
        Check check;
        check.kind = "repeat";
        check.indicator = ind.id;
        check.tolerance = "0";
        return check;
    };
    for (const auto& ind : assembly.indicators) {
        // A restatement merged into the indicator has, by construction, the same value.
        for (const auto& mention : ind.mentions) {
            Check check = base(ind);
            check.rule = "a measure restated in the document must give the same value";
            check.status = Status::consistent;
            check.source = mention;
            check.stated = ind.value.text;
            check.recomputed = ind.value.text;
            check.message = "restates " + ind.value.text + " first stated on page " + std::to_string(ind.source.page);
            checks.push_back(std::move(check));
        }
    }
    // The same named measure for the same period with two values: one is wrong.
    // Only names the document gives the measure (a scorecard row, a form) count;
    // prose indicators share their section's heading and would pair unrelated measures.
    for (std::size_t i = 0; i < assembly.indicators.size(); ++i) {
        const auto& a = assembly.indicators[i];
        if (a.name_source != "table" && a.name_source != "form") continue;
        for (std::size_t j = i + 1; j < assembly.indicators.size(); ++j) {
            const auto& b = assembly.indicators[j];
            if (b.name_source != a.name_source || b.name != a.name || b.period != a.period || b.unit != a.unit) continue;
            Check check = base(b);
            check.rule = "a measure stated twice for the same period must give the same value";
            check.source = b.source;
            check.stated = b.value.text;
            check.recomputed = a.value.text;
            check.status = a.value.number == b.value.number ? Status::consistent : Status::inconsistent;
            check.message = "\"" + a.name + "\"" + (a.period.empty() ? "" : " for " + a.period) + " is " + a.value.text +
                            " on page " + std::to_string(a.source.page) + " and " + b.value.text + " here";
            checks.push_back(std::move(check));
        }
    }
    return checks;
}

std::vector<Check> check_all(const indicators::Assembly& assembly) {
    std::vector<Check> checks;
    for (const auto& claim : assembly.ratios) checks.push_back(check_ratio(claim));
    for (const auto& claim : assembly.gaps) checks.push_back(check_gap(claim));
    for (const auto& claim : assembly.changes) checks.push_back(check_change(claim));
    for (const auto& claim : assembly.samples) checks.push_back(check_sample(claim));
    for (const auto& claim : assembly.totals) checks.push_back(check_total(claim));
    for (auto& check : check_repeats(assembly)) checks.push_back(std::move(check));
    for (const auto& ind : assembly.indicators)
        if (!ind.rag.empty()) checks.push_back(check_rag(ind, assembly.rag_rules));
    std::stable_sort(checks.begin(), checks.end(), [](const Check& a, const Check& b) { return a.source.page < b.source.page; });
    return checks;
}

}  // namespace outturn::reconcile
