#include "outturn/reconcile.hpp"

#include <algorithm>
#include <cmath>

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
// Floating-point slack so that a value exactly on the half (2/27 = 7.407..., 82.85) is not lost to binary rounding.
constexpr double slack = 1e-9;
}  // namespace

Check check_ratio(const indicators::RatioClaim& claim) {
    Check check;
    check.kind = "ratio";
    check.rule = "percent = numerator / denominator x 100, within half a unit of the stated last digit";
    check.indicator = claim.indicator;
    check.source = claim.where;
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
    Check check;
    check.kind = "difference";
    check.rule = "gap = |value - target|, within half a unit of the gap's last digit; 'above'/'below' must agree with the sign";
    check.indicator = claim.indicator;
    check.source = claim.where;
    check.stated = claim.value.text + ", " + claim.side + " target " + claim.target.text + " by " + claim.gap.text;
    double tolerance = half_unit(claim.gap.decimals);
    check.tolerance = format_number(tolerance, claim.gap.decimals + 1);
    double difference = claim.value.number - claim.target.number;
    int decimals = std::max({claim.value.decimals, claim.target.decimals, claim.gap.decimals});
    check.recomputed = format_number(std::fabs(difference), decimals);
    bool size_ok = std::fabs(std::fabs(difference) - claim.gap.number) <= tolerance + slack;
    bool side_ok = true;
    std::string side_note;
    if (claim.side == "above" || claim.side == "over" || claim.side == "exceeding") {
        side_ok = difference > 0;
        side_note = "value is not above target";
    } else if (claim.side == "below" || claim.side == "under" || claim.side == "short of") {
        side_ok = difference < 0;
        side_note = "value is not below target";
    }
    check.status = size_ok && side_ok ? Status::consistent : Status::inconsistent;
    check.message = "|" + claim.value.text + " - " + claim.target.text + "| = " + check.recomputed + ", stated " +
                    claim.gap.text + " (tolerance " + check.tolerance + ")";
    if (!side_ok) check.message += "; " + side_note;
    return check;
}

std::vector<Check> check_all(const indicators::Assembly& assembly) {
    std::vector<Check> checks;
    for (const auto& claim : assembly.ratios) checks.push_back(check_ratio(claim));
    for (const auto& claim : assembly.gaps) checks.push_back(check_gap(claim));
    std::stable_sort(checks.begin(), checks.end(), [](const Check& a, const Check& b) { return a.source.page < b.source.page; });
    return checks;
}

}  // namespace outturn::reconcile
