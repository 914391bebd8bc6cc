// patterns_fuzzer: bytes as the text of a pattern file, loaded after the
// shipped fragments (patterns/00-fragments.pat) so {FRAGMENT} references resolve.
// Contract: PatternSet::add_file + compile either succeed or throw
// patterns::LoadError, nothing else; a set that loads runs its own examples
// (check_examples) and its prefilter without crashing.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "outturn/patterns.hpp"

namespace {
const std::string& fragments_text() {
    static const std::string text = [] {
        std::ifstream in(std::string(OUTTURN_FUZZ_PATTERNS_DIR) + "/00-fragments.pat", std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }();
    return text;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 64 * 1024) return 0;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    outturn::patterns::PatternSet set;
    try {
        set.add_file(fragments_text(), "00-fragments.pat");
        set.add_file(text, "fuzz.pat");
        set.compile();
    } catch (const outturn::patterns::LoadError&) {
        return 0;
    }
    std::vector<std::string> failures = outturn::patterns::check_examples(set);
    for (const std::string& failure : failures) FUZZ_REQUIRE(!failure.empty());
    for (const auto& pattern : set.patterns()) {
        (void)pattern.regex();  // compiled on first use: that must not crash either
        for (const auto& example : pattern.should_match) (void)set.candidates(example.text);
    }
    (void)set.candidates(text);
    return 0;
}
