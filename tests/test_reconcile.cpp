#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "outturn/reconcile.hpp"

using namespace outturn;

namespace {
Figure fig(const std::string& text) { return *parse_figure(text); }

reconcile::Status ratio(const std::string& percent, const std::string& num, const std::string& den) {
    return reconcile::check_ratio({"i1", fig(percent), fig(num), fig(den), {}}).status;
}

reconcile::Status gap(const std::string& value, const std::string& target, const std::string& by, const std::string& side) {
    return reconcile::check_gap({"i1", fig(value), fig(target), fig(by), side, {}}).status;
}

constexpr auto consistent = reconcile::Status::consistent;
constexpr auto inconsistent = reconcile::Status::inconsistent;
}  // namespace

TEST_CASE("ratio claims are recomputed at the stated precision", "[reconcile]") {
    CHECK(ratio("82.9%", "819", "988") == consistent);   // 82.89
    CHECK(ratio("38.31%", "77", "201") == consistent);   // 38.308
    CHECK(ratio("7.4%", "2", "27") == consistent);       // 7.407
    CHECK(ratio("8.3%", "7", "84") == consistent);       // 8.333
    CHECK(ratio("50%", "1", "2") == consistent);
    CHECK(ratio("12.5%", "1", "8") == consistent);       // exact
    CHECK(ratio("13%", "1", "8") == consistent);         // 12.5 rounds half up
    CHECK(ratio("12%", "1", "8") == consistent);         // 12.5 rounds half to even
    CHECK(ratio("82.9%", "829", "988") == inconsistent); // 83.9
    CHECK(ratio("14%", "1", "8") == inconsistent);
    CHECK(reconcile::check_ratio({"i1", fig("5%"), fig("1"), fig("0"), {}}).status == reconcile::Status::unverifiable);
}

TEST_CASE("the message shows what was stated and recomputed", "[reconcile]") {
    auto check = reconcile::check_ratio({"i1", fig("82.9%"), fig("829"), fig("988"), {}});
    CHECK(check.message == "829/988 = 83.907%, stated 82.9% (tolerance 0.05)");
    CHECK(check.tolerance == "0.05");
    CHECK(check.kind == "ratio");
}

TEST_CASE("gap claims check size and side", "[reconcile]") {
    CHECK(gap("33.1%", "60%", "26.9", "off") == consistent);
    CHECK(gap("91.7%", "90%", "1.7", "above") == consistent);
    CHECK(gap("7.4%", "3.5%", "3.9", "off") == consistent);
    CHECK(gap("26.4%", "20%", "6.4", "off") == consistent);
    CHECK(gap("33.1%", "60%", "26.8", "off") == inconsistent);
    CHECK(gap("91.7%", "90%", "1.7", "below") == inconsistent);  // wrong side
}

TEST_CASE("mutated correct statements are caught, rounding edges are not", "[reconcile]") {
    // Every consistent (numerator, denominator) with a percentage stated at
    // 0-2 decimals; then one digit of the numerator is changed.
    std::mt19937 rng(20201);
    std::uniform_int_distribution<int> den_dist(2, 2000);
    int mutations_checked = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        int den = den_dist(rng);
        int num = std::uniform_int_distribution<int>(0, den)(rng);
        int decimals = trial % 3;
        double exact = 100.0 * num / den;
        std::string stated = format_number(exact, decimals) + "%";
        INFO(num << "/" << den << " stated " << stated);
        REQUIRE(ratio(stated, std::to_string(num), std::to_string(den)) == consistent);

        std::string digits = std::to_string(num);
        std::size_t pos = static_cast<std::size_t>(trial) % digits.size();
        char original = digits[pos];
        digits[pos] = original == '9' ? '0' : static_cast<char>(original + 1);
        if (pos == 0 && digits[0] == '0' && digits.size() > 1) digits[0] = '1';
        int mutated = std::stoi(digits);
        double moved = 100.0 * mutated / den;
        // A mutation so small that it stays within the stated rounding cannot be detected from the figures.
        if (std::fabs(moved - std::stod(stated)) <= half_unit(decimals) + 1e-9) continue;
        INFO("mutated numerator " << mutated);
        CHECK(ratio(stated, digits, std::to_string(den)) == inconsistent);
        ++mutations_checked;
    }
    CHECK(mutations_checked > 1500);
}

TEST_CASE("mutated gaps and targets are caught", "[reconcile]") {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> tenths(0, 1000);
    for (int trial = 0; trial < 500; ++trial) {
        int v = tenths(rng), t = tenths(rng);
        if (v == t) continue;
        std::string value = format_number(v / 10.0, 1) + "%";
        std::string target = format_number(t / 10.0, 1) + "%";
        std::string by = format_number(std::abs(v - t) / 10.0, 1);
        std::string side = v > t ? "above" : "below";
        INFO(value << " " << side << " " << target << " by " << by);
        REQUIRE(gap(value, target, by, side) == consistent);
        CHECK(gap(value, format_number((t + 3) / 10.0, 1) + "%", by, "off") == inconsistent);
        CHECK(gap(value, target, by, v > t ? "below" : "above") == inconsistent);
    }
}

namespace {
reconcile::Status change(const std::string& value, const std::string& previous, const std::string& amount,
                         const std::string& direction, const std::string& unit = "") {
    indicators::ChangeClaim claim;
    claim.value = fig(value);
    claim.previous = fig(previous);
    claim.change = fig(amount);
    claim.direction = direction;
    claim.unit = unit;
    claim.values_are_percentages = value.back() == '%';
    return reconcile::check_change(claim).status;
}

reconcile::Status sample(const std::string& percent, const std::string& count) {
    return reconcile::check_sample({"i1", fig(percent), fig(count), {}}).status;
}
}  // namespace

TEST_CASE("change claims try per cent and points before a verdict", "[reconcile]") {
    CHECK(change("403", "136", "51%", "up") == inconsistent);          // +196%: the seed 002 error
    CHECK(change("92.1%", "84%", "8.1", "up") == consistent);          // points
    CHECK(change("29", "54", "25", "down") == consistent);             // absolute
    CHECK(change("29", "54", "46%", "down") == consistent);            // 46.3%
    CHECK(change("71.3%", "73.4%", "2.1", "down", "points") == consistent);
    CHECK(change("71.3%", "73.4%", "2.1", "up", "points") == inconsistent);  // wrong direction
    CHECK(change("55%", "50%", "10%", "up") == consistent);            // relative: +10%
    CHECK(change("55%", "50%", "5%", "up") == consistent);             // loosely, points
    CHECK(change("55%", "50%", "7%", "up") == inconsistent);

    SECTION("an earlier value derived from a difference and its per cent") {
        indicators::ChangeClaim claim;
        claim.value = fig("403");
        claim.change = fig("136");
        claim.change_relative = fig("51%");
        CHECK(reconcile::check_change(claim).status == consistent);  // 136 / 267 = 50.9%
        claim.change_relative = fig("34%");
        CHECK(reconcile::check_change(claim).status == inconsistent);
    }
    SECTION("no earlier value, no verdict") {
        indicators::ChangeClaim claim;
        claim.value = fig("403");
        claim.change = fig("136");
        CHECK(reconcile::check_change(claim).status == reconcile::Status::unverifiable);
    }
}

TEST_CASE("a percentage of N people must be possible (GRIM)", "[reconcile]") {
    CHECK(sample("97%", "61") == consistent);    // 59/61 = 96.7
    CHECK(sample("98%", "69") == inconsistent);  // 68/69 = 98.6, 67/69 = 97.1
    CHECK(sample("50%", "7") == consistent);     // not k/7, but 7 is half of 14
    CHECK(sample("33.3%", "3") == consistent);
    CHECK(sample("96%", "66") == consistent);    // 66/69 = 95.7: 66 read as those who agreed
}

TEST_CASE("totals are recounted exactly", "[reconcile]") {
    indicators::TotalClaim claim{fig("14"), 14.0, "statuses added up", "", {}, {}};
    CHECK(reconcile::check_total(claim).status == consistent);
    claim.counted = 13;
    CHECK(reconcile::check_total(claim).status == inconsistent);
    claim.counted.reset();
    claim.reason = "nothing to count";
    CHECK(reconcile::check_total(claim).status == reconcile::Status::unverifiable);
}

TEST_CASE("RAG is judged only by rules the document states", "[reconcile]") {
    indicators::Indicator ind;
    ind.id = "i1";
    ind.value = fig("82.9%");
    ind.target = fig("85%");
    ind.polarity = "higher";
    ind.rag = "amber";
    indicators::RagRules none;
    CHECK(reconcile::check_rag(ind, none).status == reconcile::Status::unverifiable);

    indicators::RagRules key;
    key.green_when_target_met = true;
    key.amber_within_tolerance = true;
    key.red_outside_tolerance = true;
    key.tolerance = fig("5");
    CHECK(reconcile::check_rag(ind, key).status == consistent);  // 2.1 short, within 5
    ind.rag = "green";
    CHECK(reconcile::check_rag(ind, key).status == inconsistent);  // a mutated RAG word
    ind.rag = "red";
    CHECK(reconcile::check_rag(ind, key).status == inconsistent);
    ind.value = fig("75%");
    CHECK(reconcile::check_rag(ind, key).status == consistent);  // 10 short: red
    ind.value = fig("86%");
    ind.rag = "green";
    CHECK(reconcile::check_rag(ind, key).status == consistent);
    ind.polarity = "lower";
    CHECK(reconcile::check_rag(ind, key).status == inconsistent);  // lower is better: 86 misses 85
    ind.polarity.clear();
    CHECK(reconcile::check_rag(ind, key).status == reconcile::Status::unverifiable);
}
