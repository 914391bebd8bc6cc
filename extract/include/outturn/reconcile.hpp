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
    std::vector<indicators::Provenance> evidence;  // the other figures used, where they are stated
};

Check check_ratio(const indicators::RatioClaim& claim);
Check check_gap(const indicators::GapClaim& claim);
Check check_change(const indicators::ChangeClaim& claim);
Check check_sample(const indicators::SampleClaim& claim);
Check check_total(const indicators::TotalClaim& claim);
// A stated RAG status against value, target and polarity, by the rules the document states.
Check check_rag(const indicators::Indicator& indicator, const indicators::RagRules& rules);

// A measure stated twice: with the same value it is consistent, with another
// value for the same period one of them is wrong.
std::vector<Check> check_repeats(const indicators::Assembly& assembly);

std::vector<Check> check_all(const indicators::Assembly& assembly);

}  // namespace outturn::reconcile
