// pdf_fuzzer: bytes -> pdf::read_bytes -> process -> to_json -> dump.
// Contract: never crash, hang or leak; the only exception allowed out of the
// pipeline is pdf::Error (a typed "cannot read this file"), and the JSON of
// whatever was read must serialise.
#include <cstddef>
#include <cstdint>
#include <span>

#include "fuzz_support.hpp"
#include "outturn/output.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > (std::size_t{1} << 20)) return 0;  // 1 MiB: keeps iterations fast
    const outturn::Rules& rules = fuzz::shipped_rules();
    outturn::pdf::Options options;
    options.max_pages = 50;
    options.max_bytes = std::size_t{1} << 20;
    options.max_shapes_per_page = 5000;
    outturn::pdf::Document document;
    try {
        document = outturn::pdf::read_bytes(std::span<const std::uint8_t>(data, size), "fuzz.pdf", options);
    } catch (const outturn::pdf::Error&) {
        return 0;
    }
    FUZZ_REQUIRE(document.pages.size() <= static_cast<std::size_t>(options.max_pages));
    for (const outturn::pdf::Page& page : document.pages) FUZZ_REQUIRE(page.shapes.size() <= options.max_shapes_per_page);
    outturn::Result result = outturn::process(std::move(document), rules);
    std::string json = outturn::output::to_json(result).dump();  // throws (and so aborts) on invalid UTF-8
    FUZZ_REQUIRE(!json.empty());
    return 0;
}
