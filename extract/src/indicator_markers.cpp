// Markers (dots, dot characters, arrows) given to the indicators they mark.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "outturn/indicators.hpp"

namespace outturn::indicators {
namespace {

constexpr double margin_reach = 72;  // a marker in the margin sits within an inch of the text
constexpr double end_reach = 36;     // one after the text, closer
constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

double horizontal_gap(const Box& a, const Box& b) { return std::max({0.0, b.x0 - a.x1, a.x0 - b.x1}); }

// Beside a line: level with it, and no further from it than the margin.
bool beside(const Box& marker, const Box& line) {
    double cy = (marker.y0 + marker.y1) / 2;
    if (cy < line.y0 - 2 || cy > line.y1 + 2 || marker.height() > 2.5 * line.height()) return false;
    return marker.x1 >= line.x0 - margin_reach && marker.x0 <= line.x1 + end_reach;
}

bool has_letter(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

// The one value the markers agree on, or empty when none or they disagree.
std::string agreed(const std::vector<const markers::Marker*>& inside, std::string markers::Marker::*field) {
    std::string value;
    for (const markers::Marker* m : inside) {
        const std::string& v = m->*field;
        if (v.empty()) continue;
        if (!value.empty() && v != value) return {};
        value = v;
    }
    return value;
}

// A scorecard row's RAG and direction cells. Returns the markers it used.
std::set<const markers::Marker*> mark_table_rows(const std::vector<markers::Marker>& found, const std::vector<tables::Table>& tables,
                                                 const tables::Vocabulary& headers, Assembly& assembly) {
    std::set<const markers::Marker*> used;
    std::map<int, std::vector<const markers::Marker*>> on_page;
    for (const markers::Marker& m : found) on_page[m.page].push_back(&m);
    auto in_cell = [&](const tables::Cell& cell) {
        std::vector<const markers::Marker*> inside;
        auto page = on_page.find(cell.page);
        if (page == on_page.end()) return inside;
        for (const markers::Marker* m : page->second)
            if (m->box.centre_in(cell.box)) inside.push_back(m);
        return inside;
    };
    for (Indicator& ind : assembly.indicators) {
        if (ind.source.table < 0 || ind.source.row < 0 || static_cast<std::size_t>(ind.source.table) >= tables.size()) continue;
        const tables::Table& table = tables[static_cast<std::size_t>(ind.source.table)];
        auto columns = columns_of(table, headers);
        if (!columns || static_cast<std::size_t>(ind.source.row) >= table.rows.size()) continue;
        const auto& row = table.rows[static_cast<std::size_t>(ind.source.row)];
        auto cell_of = [&](const char* role) -> const tables::Cell* {
            auto it = columns->by_role.find(role);
            if (it == columns->by_role.end()) return nullptr;
            const tables::Cell& cell = row[static_cast<std::size_t>(it->second)];
            return cell.covered ? nullptr : &cell;
        };
        if (const tables::Cell* cell = cell_of("rag")) {
            auto inside = in_cell(*cell);
            used.insert(inside.begin(), inside.end());
            // A marker in the cell says more than the cell's background.
            std::string rag = agreed(inside, &markers::Marker::rag);
            if (!rag.empty() && ind.rag_source != "text") {
                ind.rag = rag;
                ind.rag_source = "colour";
            }
        }
        if (const tables::Cell* cell = cell_of("direction")) {
            auto inside = in_cell(*cell);
            used.insert(inside.begin(), inside.end());
            std::string direction = agreed(inside, &markers::Marker::direction);
            // Words in the cell ("Improving") are the statement; an arrow beside them only illustrates it.
            if (!direction.empty() && !has_letter(cell->text)) {
                ind.direction = direction;
                ind.direction_source = "arrow";
            }
        }
    }
    return used;
}

}  // namespace

void add_marker_statuses(const std::vector<markers::Marker>& found, const std::vector<tables::Table>& tables,
                         const tables::Vocabulary& headers, const layout::Layout& layout, Assembly& assembly) {
    std::set<const markers::Marker*> used = mark_table_rows(found, tables, headers, assembly);

    // The lines each prose statement is on: those its quote covers, and the
    // first line of its paragraph when the paragraph states nothing else.
    std::map<std::size_t, std::vector<std::size_t>> statements_on_line;  // line -> indicators
    std::map<std::size_t, std::size_t> passage_of;                       // indicator -> passage
    std::map<std::size_t, std::vector<std::size_t>> stated_by_passage;   // passage -> indicators
    for (std::size_t i = 0; i < assembly.indicators.size(); ++i) {
        const Provenance& source = assembly.indicators[i].source;
        if (source.table >= 0) continue;
        for (std::size_t p = 0; p < layout.passages.size(); ++p) {
            const layout::Passage& passage = layout.passages[p];
            if (passage.page != source.page || passage.is_heading || !source.bbox.centre_in(passage.box)) continue;
            passage_of[i] = p;
            stated_by_passage[p].push_back(i);
            break;
        }
    }
    for (const auto& [i, p] : passage_of) {
        const layout::Passage& passage = layout.passages[p];
        const Box& quote = assembly.indicators[i].source.bbox;
        for (std::size_t l = passage.first_line; l < passage.first_line + passage.line_count && l < layout.lines.size(); ++l) {
            const Box& line = layout.lines[l].box;
            bool quoted = line.vertical_overlap(quote) > 0.3 * line.height();
            bool opens_sole_statement = l == passage.first_line && stated_by_passage[p].size() == 1;
            if (quoted || opens_sole_statement) statements_on_line[l].push_back(i);
        }
    }

    // A dashboard tile: a heading with the marker, and under it, before the
    // next heading of that column, the one statement it heads.
    std::vector<std::size_t> passage_of_line(layout.lines.size(), none);
    for (std::size_t p = 0; p < layout.passages.size(); ++p) {
        const layout::Passage& passage = layout.passages[p];
        for (std::size_t l = passage.first_line; l < passage.first_line + passage.line_count && l < layout.lines.size(); ++l)
            passage_of_line[l] = p;
    }
    auto heads = [&](std::size_t p) {
        const layout::Passage& passage = layout.passages[p];
        if (passage.running || passage.line_count > 2 || stated_by_passage.count(p)) return false;
        const layout::Line& first = layout.lines[passage.first_line];
        return passage.is_heading || first.bold || first.font_size > layout.body_font_size * 1.15;
    };
    auto same_column = [](const Box& a, const Box& b) {
        return a.horizontal_overlap(b) > 0.5 * std::min(a.width(), b.width());
    };
    auto tile_statement = [&](std::size_t line) -> std::size_t {
        constexpr double tile_reach = 150;  // a tile's heading sits just over its figure
        std::size_t p = passage_of_line[line];
        if (p == none || !heads(p)) return none;
        const layout::Passage& heading = layout.passages[p];
        std::vector<std::size_t> stated;
        for (std::size_t q = p + 1; q < layout.passages.size(); ++q) {
            const layout::Passage& below = layout.passages[q];
            if (below.page != heading.page) break;
            if (below.box.y0 < heading.box.y1 - 1 || below.box.y0 > heading.box.y1 + tile_reach || !same_column(below.box, heading.box))
                continue;
            if (heads(q)) break;
            auto it = stated_by_passage.find(q);
            if (it != stated_by_passage.end()) stated.insert(stated.end(), it->second.begin(), it->second.end());
        }
        return stated.size() == 1 ? stated.front() : none;
    };

    // Each marker goes to the line it is nearest, and through it to the
    // statement on that line nearest the marker (or the one its tile heads).
    struct Claim {
        const markers::Marker* marker;
        std::size_t indicator;  // `none`: nearest text is not a statement, or two are equally near
    };
    std::map<int, std::vector<std::size_t>> lines_on_page;
    for (std::size_t l = 0; l < layout.lines.size(); ++l) lines_on_page[layout.lines[l].page].push_back(l);
    std::vector<Claim> claims;
    for (const markers::Marker& m : found) {
        if (used.count(&m)) continue;
        std::size_t nearest = none;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t l : lines_on_page[m.page]) {
            const layout::Line& line = layout.lines[l];
            if (!beside(m.box, line.box)) continue;
            double gap = horizontal_gap(m.box, line.box);
            if (gap < best) {
                best = gap;
                nearest = l;
            }
        }
        if (nearest == none) continue;
        const layout::Line& line = layout.lines[nearest];
        bool at_start = m.box.x0 <= line.box.x0 + 1;
        // A sideways arrowhead opening a line is a bullet; a bullet-sized dot is one too.
        if (!m.direction.empty() && m.direction == "level" && at_start) continue;
        if (!m.rag.empty() && !m.glyph) {
            double w = m.box.width(), h = m.box.height();
            bool roughly_square = std::max(w, h) <= 1.5 * std::min(w, h);
            if (!roughly_square || std::max(w, h) < 0.45 * line.box.height()) continue;
        }
        Claim claim{&m, none};
        auto on = statements_on_line.find(nearest);
        if (on == statements_on_line.end()) {
            claim.indicator = tile_statement(nearest);
        } else {
            double closest = std::numeric_limits<double>::infinity();
            bool tie = false;
            for (std::size_t i : on->second) {
                double gap = horizontal_gap(m.box, assembly.indicators[i].source.bbox);
                if (std::fabs(gap - closest) < 1 && claim.indicator != i) tie = true;
                if (gap < closest - 1) {
                    closest = gap;
                    claim.indicator = i;
                    tie = false;
                }
            }
            if (tie) claim.indicator = none;
        }
        claims.push_back(claim);
    }

    // A list style: the same marker beside lines that state nothing as often as
    // beside statements (coloured bullets, a key of colours).
    using Style = std::tuple<int, std::string, std::string, bool, long>;
    auto style_of = [](const markers::Marker& m) {
        return Style{m.page, m.rag, m.direction, m.glyph, std::lround(m.box.width())};
    };
    std::map<Style, std::pair<int, int>> beside_statement_or_not;
    for (const Claim& c : claims) {
        auto& counts = beside_statement_or_not[style_of(*c.marker)];
        (c.indicator == none ? counts.second : counts.first)++;
    }

    std::map<std::size_t, std::vector<const markers::Marker*>> marking;
    for (const Claim& c : claims) {
        if (c.indicator == none) continue;
        auto [statements, others] = beside_statement_or_not[style_of(*c.marker)];
        if (others >= 2 && others >= statements) continue;
        marking[c.indicator].push_back(c.marker);
    }
    for (const auto& [i, marks] : marking) {
        Indicator& ind = assembly.indicators[i];
        std::string rag = agreed(marks, &markers::Marker::rag);
        if (!rag.empty() && ind.rag.empty()) {
            ind.rag = rag;
            ind.rag_source = "colour";
        }
        std::string direction = agreed(marks, &markers::Marker::direction);
        if (!direction.empty() && ind.direction.empty()) {
            ind.direction = direction;
            ind.direction_source = "arrow";
        }
    }
}

}  // namespace outturn::indicators
