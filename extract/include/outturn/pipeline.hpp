#pragma once
// The stages wired together: a read PDF in, everything outturn knows about it out.
#include <string>
#include <vector>

#include "outturn/coverage.hpp"
#include "outturn/indicators.hpp"
#include "outturn/layout.hpp"
#include "outturn/markers.hpp"
#include "outturn/metadata.hpp"
#include "outturn/patterns.hpp"
#include "outturn/pdf.hpp"
#include "outturn/recognise.hpp"
#include "outturn/reconcile.hpp"
#include "outturn/tables.hpp"

namespace outturn {

struct Diagnostic {
    std::string level;  // "info", "warning", "error"
    int page = 0;       // 0: the whole document
    std::string message;
};

// What outturn knows about report wording, loaded from a patterns directory:
// the RE2 patterns (*.pat) and the scorecard header vocabulary (table-headers.txt).
struct Rules {
    patterns::PatternSet patterns;
    tables::Vocabulary headers;
};

// Throws patterns::LoadError naming the file and line of the first problem.
Rules load_rules(const std::string& directory);

struct Result {
    pdf::Document document;
    std::vector<tables::Table> tables;
    std::vector<markers::Marker> markers;
    layout::Layout layout;
    std::vector<recognise::Match> matches;
    indicators::Assembly assembly;
    std::vector<reconcile::Check> checks;
    coverage::Coverage coverage;
    metadata::Metadata metadata;
    std::vector<Diagnostic> diagnostics;
};

Result process(pdf::Document document, const Rules& rules);

const char* version();

}  // namespace outturn
