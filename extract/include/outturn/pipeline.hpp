#pragma once
// The stages wired together: a read PDF in, everything outturn knows about it out.
#include <string>
#include <vector>

#include "outturn/indicators.hpp"
#include "outturn/layout.hpp"
#include "outturn/patterns.hpp"
#include "outturn/pdf.hpp"
#include "outturn/recognise.hpp"
#include "outturn/reconcile.hpp"

namespace outturn {

struct Diagnostic {
    std::string level;  // "info", "warning", "error"
    int page = 0;       // 0: the whole document
    std::string message;
};

struct Result {
    pdf::Document document;
    layout::Layout layout;
    std::vector<recognise::Match> matches;
    indicators::Assembly assembly;
    std::vector<reconcile::Check> checks;
    std::vector<Diagnostic> diagnostics;
};

Result process(pdf::Document document, const patterns::PatternSet& patterns);

const char* version();

}  // namespace outturn
