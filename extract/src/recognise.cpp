#include "outturn/recognise.hpp"

#include <re2/re2.h>

#include <algorithm>

namespace outturn::recognise {
namespace {

void find_with(const patterns::Pattern& pattern, std::string_view text, std::vector<Match>& found) {
    const re2::RE2& re = pattern.regex();
    int groups = re.NumberOfCapturingGroups();
    std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(groups) + 1);
    std::size_t pos = 0;
    while (pos <= text.size() && re.Match(text, pos, text.size(), re2::RE2::UNANCHORED, pieces.data(), groups + 1)) {
        Match match;
        match.pattern = pattern.id;
        match.produces = pattern.produces;
        match.begin = static_cast<std::size_t>(pieces[0].data() - text.data());
        match.end = match.begin + pieces[0].size();
        for (const auto& [name, group] : re.NamedCapturingGroups()) {
            const re2::StringPiece& piece = pieces[static_cast<std::size_t>(group)];
            if (piece.data() == nullptr) continue;
            std::size_t b = static_cast<std::size_t>(piece.data() - text.data());
            match.captures[name] = Capture{std::string(piece), b, b + piece.size()};
        }
        // An empty match must still move on, or the loop would never end.
        pos = match.end > match.begin ? match.end : match.end + 1;
        found.push_back(std::move(match));
    }
}

bool inside(const Match& inner, const Match& outer) {
    return outer.begin <= inner.begin && inner.end <= outer.end;
}

bool overlap(const Match& a, const Match& b) { return a.begin < b.end && b.begin < a.end; }

bool same_value(const Match& a, const Match& b) {
    auto x = a.captures.find("value"), y = b.captures.find("value");
    return x != a.captures.end() && y != b.captures.end() && x->second.begin == y->second.begin;
}

}  // namespace

std::vector<Match> find_in_text(std::string_view text, const patterns::PatternSet& set) {
    std::vector<Match> found;
    for (int index : set.candidates(text)) find_with(set.patterns()[static_cast<std::size_t>(index)], text, found);

    // Longer statements win over the fragments they contain and over shorter
    // overlapping readings of the same kind; on equal spans the one that read
    // more roles wins, then the earlier pattern.
    std::stable_sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
        if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
        return a.captures.size() > b.captures.size();
    });
    std::vector<Match> kept;
    for (Match& m : found) {
        bool covered = false;
        for (Match& k : kept) {
            if (m.produces != k.produces || !overlap(m, k)) {
                covered = covered || inside(m, k);
                continue;
            }
            // Two readings of one statement ("above the England target (37.85%)
            // at 38.31%" and "38.31%, which relates to 77 ... out of 201") each
            // saw part of it: the longer keeps what only the shorter read.
            if (same_value(m, k)) {
                for (auto& [role, capture] : m.captures) k.captures.emplace(role, capture);
                k.begin = std::min(k.begin, m.begin);
                k.end = std::max(k.end, m.end);
            }
            // Otherwise they are rival readings of the same words, and the
            // longer one read more of the sentence.
            covered = true;
        }
        if (!covered) kept.push_back(std::move(m));
    }
    std::sort(kept.begin(), kept.end(), [](const Match& a, const Match& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    return kept;
}

std::vector<Match> find_all(const layout::Layout& layout, const patterns::PatternSet& set) {
    std::vector<Match> all;
    for (std::size_t p = 0; p < layout.passages.size(); ++p) {
        const layout::Passage& passage = layout.passages[p];
        if (passage.running || passage.in_table || passage.chart) continue;
        for (Match& m : find_in_text(passage.text(), set)) {
            m.passage = p;
            m.page = passage.page;
            m.box = passage.box_of(m.begin, m.end);
            m.quote = passage.quote_of(m.begin, m.end);
            all.push_back(std::move(m));
        }
    }
    return all;
}

}  // namespace outturn::recognise
