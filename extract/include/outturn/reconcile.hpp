#pragma once
// Stage 6: every checkable claim recomputed from the stated figures, with the
// tolerance the stated decimals allow.
#include <string>
#include <vector>

#include "outturn/indicators.hpp"

namespace outturn::reconcile {

enum class Status { consistent, inconsistent, unverifiable };
const char* to_string(Status status);

struct Check {
    std::string kind;  // "ratio", "difference", ...
    Status status = Status::unverifiable;
    std::string stated;
    std::string recomputed;  // empty when nothing could be recomputed
    std::string tolerance;
    std::string message;
    std::string rule;
    std::string indicator;  // id, or empty
    indicators::Provenance source;
};

Check check_ratio(const indicators::RatioClaim& claim);
Check check_gap(const indicators::GapClaim& claim);
std::vector<Check> check_all(const indicators::Assembly& assembly);

}  // namespace outturn::reconcile
