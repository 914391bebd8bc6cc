#pragma once
// What the document says about itself: committee, title, meeting or report
// date and reporting period, from its first page and running headers.
#include <string>

#include "outturn/layout.hpp"

namespace outturn::metadata {

struct Metadata {
    std::string committee;  // empty when not stated
    std::string title;
    std::string date;       // as printed ("28 January 2021")
    std::string period;     // as printed ("Q1 2020-21")
};

Metadata describe(const layout::Layout& layout);

}  // namespace outturn::metadata
