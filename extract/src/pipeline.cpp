#include "outturn/pipeline.hpp"

#include "outturn/version.hpp"

namespace outturn {

const char* version() { return OUTTURN_VERSION; }

Result process(pdf::Document document, const patterns::PatternSet& patterns) {
    Result result;
    result.document = std::move(document);
    for (const std::string& warning : result.document.warnings) result.diagnostics.push_back({"warning", 0, "PDF structure: " + warning});
    for (const pdf::Page& page : result.document.pages) {
        if (page.words.empty()) result.diagnostics.push_back({"warning", page.number, "page has no text layer"});
        if (page.shapes_truncated) result.diagnostics.push_back({"warning", page.number, "too many drawn shapes; the rest were ignored"});
    }
    result.layout = layout::build(result.document);
    result.matches = recognise::find_all(result.layout, patterns);
    result.assembly = indicators::assemble(result.layout, result.matches);
    result.checks = reconcile::check_all(result.assembly);
    return result;
}

}  // namespace outturn
