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
