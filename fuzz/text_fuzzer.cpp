// text_fuzzer: bytes as report text -> recognise::find_in_text with the shipped
// patterns, then the same text as a synthetic document (one passage per line)
// -> layout -> recognise -> indicators -> reconcile.
// Contract: no exception, no crash; matches lie inside the text they came
// from; every claim gets a check.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"

using namespace outturn;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 64 * 1024) return 0;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const Rules& rules = fuzz::shipped_rules();

    for (const recognise::Match& match : recognise::find_in_text(text, rules.patterns)) {
        FUZZ_REQUIRE(match.begin <= match.end && match.end <= text.size());
        for (const auto& [role, capture] : match.captures)
            FUZZ_REQUIRE(capture.begin <= capture.end && capture.end <= text.size());
    }

    pdf::Document document = fuzz::synthetic_document(text);
    layout::Layout layout = layout::build(document);
    for (const layout::Passage& passage : layout.passages)
        FUZZ_REQUIRE(passage.normalised.origin.size() == passage.normalised.text.size() + 1);
    std::vector<recognise::Match> matches = recognise::find_all(layout, rules.patterns);
    for (const recognise::Match& match : matches) {
        FUZZ_REQUIRE(match.passage < layout.passages.size());
        FUZZ_REQUIRE(match.begin <= match.end && match.end <= layout.passages[match.passage].text().size());
    }
    indicators::Assembly assembly = indicators::assemble(layout, matches);
    indicators::add_total_claims({}, assembly);
    std::vector<reconcile::Check> checks = reconcile::check_all(assembly);
    std::size_t claims = assembly.ratios.size() + assembly.gaps.size() + assembly.changes.size() + assembly.samples.size() +
                         assembly.totals.size();
    FUZZ_REQUIRE(checks.size() >= claims);
    return 0;
}
