// json_fuzzer: JSON must survive dump -> parse unchanged.
// First byte 'j' (or any input starting '{' / '['): the rest parsed as arbitrary
// JSON with nlohmann::json::parse(..., nullptr, false); otherwise the input is
// report text made a synthetic document (fuzz_support.hpp), run through the whole
// pipeline (process) and its output::to_json taken. Either way the value,
// dumped compact and indented, must parse back equal to itself.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "outturn/output.hpp"

namespace {
void round_trip(const nlohmann::json& value) {
    for (int indent : {-1, 2}) {
        std::string text = value.dump(indent);
        nlohmann::json back = nlohmann::json::parse(text, nullptr, false);
        FUZZ_REQUIRE(!back.is_discarded());
        FUZZ_REQUIRE(back == value);
        FUZZ_REQUIRE(back.dump(indent) == text);
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 64 * 1024) return 0;
    std::string_view input(reinterpret_cast<const char*>(data), size);
    if (!input.empty() && (input.front() == 'j' || input.front() == '{' || input.front() == '[')) {
        if (input.front() == 'j') input.remove_prefix(1);
        nlohmann::json value = nlohmann::json::parse(input, nullptr, false);
        if (value.is_discarded()) return 0;
        round_trip(value);
        return 0;
    }
    outturn::Result result = outturn::process(fuzz::synthetic_document(input), fuzz::shipped_rules());
    nlohmann::json value = outturn::output::to_json(result);
    FUZZ_REQUIRE(value.is_object());
    round_trip(value);
    return 0;
}
