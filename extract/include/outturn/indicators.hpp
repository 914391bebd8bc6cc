#pragma once
// Stage 5: matches plus their context (section, form label) to indicator records,
// and the checkable claims the statements make.
#include <optional>
#include <string>
#include <vector>

#include "outturn/geometry.hpp"
#include "outturn/layout.hpp"
#include "outturn/number.hpp"
#include "outturn/recognise.hpp"

namespace outturn::indicators {

struct Provenance {
    int page = 0;
    Box bbox;
    std::string quote;
    std::string pattern;
};

struct Previous {
    Figure figure;
    std::string period;  // empty when not stated
};

struct Benchmark {
    std::string label;
    Figure figure;
};

struct Indicator {
    std::string id;
    std::string name;
    std::string section;
    std::string period;  // empty when not stated
    Figure value;
    std::string unit;    // "%" or empty
    std::optional<Figure> numerator, denominator, target;
    std::string polarity;  // "higher", "lower" or empty
    std::string rag;       // "red", "amber", "green" or empty
    std::optional<Previous> previous;
    std::vector<Benchmark> benchmarks;
    Provenance source;                 // the first full statement
    std::vector<Provenance> mentions;  // restatements of the same value
};

// "82.9% (819 / 988)": a percentage stated with its parts.
struct RatioClaim {
    std::string indicator;
    Figure percent, numerator, denominator;
    Provenance where;
};

// "off target (60%) by 26.9": a stated gap between value and target.
struct GapClaim {
    std::string indicator;
    Figure value, target, gap;
    std::string side;  // "above", "below", "off", as worded
    Provenance where;
};

struct Assembly {
    std::vector<Indicator> indicators;
    std::vector<RatioClaim> ratios;
    std::vector<GapClaim> gaps;
};

Assembly assemble(const layout::Layout& layout, const std::vector<recognise::Match>& matches);

}  // namespace outturn::indicators
