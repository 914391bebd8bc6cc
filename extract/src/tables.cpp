#include "outturn/tables.hpp"
#include "outturn/utf8.hpp"
#include "tables_detail.hpp"

#include <algorithm>
#include <cstring>
#include <cctype>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include <re2/re2.h>

namespace outturn::tables {
namespace detail {

std::string join_words(std::vector<const pdf::Word*> words) {
    // Reading order inside a cell: by line (baseline within half a line), then x.
    std::stable_sort(words.begin(), words.end(), [](const pdf::Word* a, const pdf::Word* b) {
        double tolerance = std::min(a->font_size, b->font_size) * 0.5;
        if (std::fabs(a->baseline - b->baseline) > tolerance) return a->baseline < b->baseline;
        return a->box.x0 < b->box.x0;
    });
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            bool same_line = std::fabs(words[i]->baseline - words[i - 1]->baseline) <= words[i]->font_size * 0.5;
            bool glued = same_line && !words[i - 1]->space_after && words[i]->box.x0 - words[i - 1]->box.x1 < 0.5;
            if (!glued) text += ' ';
        }
        text += words[i]->text;
    }
    return valid_utf8(text);
}

bool is_white(const Rgb& c) { return c.r > 0.97 && c.g > 0.97 && c.b > 0.97; }

}  // namespace detail

namespace {

using detail::is_white;
using detail::join_words;

constexpr double rule_thickness = 3.0;  // thicker paths are shapes, not rules
constexpr double snap = 2.5;            // rules this close are the same line
constexpr double min_cell = 4.0;

struct Segment {
    double at;          // y of a horizontal rule, x of a vertical one
    double from, to;    // extent along the rule
};

// Sorted distinct positions, values within `snap` merged to their mean.
std::vector<double> cluster(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    std::vector<double> out;
    std::vector<double> group;
    for (double v : values) {
        if (!group.empty() && v - group.back() > snap) {
            double sum = 0;
            for (double g : group) sum += g;
            out.push_back(sum / static_cast<double>(group.size()));
            group.clear();
        }
        group.push_back(v);
    }
    if (!group.empty()) {
        double sum = 0;
        for (double g : group) sum += g;
        out.push_back(sum / static_cast<double>(group.size()));
    }
    return out;
}

bool covers(const std::vector<Segment>& rules, double at, double from, double to) {
    // A rule runs along [from, to] at position `at`, allowing small gaps at joints.
    double need = (to - from) * 0.6;
    double covered = 0;
    for (const Segment& s : rules) {
        if (std::fabs(s.at - at) > snap) continue;
        double overlap = std::min(s.to, to) - std::max(s.from, from);
        if (overlap > 0) covered += overlap;
    }
    return covered >= need;
}

struct Grid {
    std::vector<double> xs, ys;
    Box box;
};

// Connected groups of crossing rules, each a candidate grid.
std::vector<Grid> find_grids(const std::vector<Segment>& horizontal, const std::vector<Segment>& vertical) {
    std::size_t n = horizontal.size() + vertical.size();
    std::vector<std::size_t> parent(n);
    for (std::size_t i = 0; i < n; ++i) parent[i] = i;
    auto find = [&](std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    for (std::size_t h = 0; h < horizontal.size(); ++h) {
        for (std::size_t v = 0; v < vertical.size(); ++v) {
            const Segment& hs = horizontal[h];
            const Segment& vs = vertical[v];
            bool cross = vs.at >= hs.from - snap && vs.at <= hs.to + snap && hs.at >= vs.from - snap && hs.at <= vs.to + snap;
            if (cross) parent[find(h)] = find(horizontal.size() + v);
        }
    }
    std::map<std::size_t, Grid> groups;
    std::map<std::size_t, std::pair<int, int>> counts;
    for (std::size_t h = 0; h < horizontal.size(); ++h) {
        Grid& g = groups[find(h)];
        g.ys.push_back(horizontal[h].at);
        counts[find(h)].first++;
    }
    for (std::size_t v = 0; v < vertical.size(); ++v) {
        Grid& g = groups[find(horizontal.size() + v)];
        g.xs.push_back(vertical[v].at);
        counts[find(horizontal.size() + v)].second++;
    }
    std::vector<Grid> grids;
    for (auto& [root, g] : groups) {
        g.xs = cluster(g.xs);
        g.ys = cluster(g.ys);
        if (g.xs.size() < 2 || g.ys.size() < 2) continue;
        g.box = {g.xs.front(), g.ys.front(), g.xs.back(), g.ys.back()};
        if (g.box.width() < 20 || g.box.height() < 8) continue;
        grids.push_back(std::move(g));
    }
    return grids;
}

std::vector<Table> detect_ruled(const pdf::Page& page, const Vocabulary& headers) {
    std::vector<Segment> horizontal, vertical;
    for (const pdf::Shape& s : page.shapes) {
        double w = s.box.width(), h = s.box.height();
        if (s.filled && !s.stroked && is_white(s.fill)) continue;  // white paint erases, it does not rule
        if (h <= rule_thickness && w >= min_cell) horizontal.push_back({(s.box.y0 + s.box.y1) / 2, s.box.x0, s.box.x1});
        else if (w <= rule_thickness && h >= min_cell) vertical.push_back({(s.box.x0 + s.box.x1) / 2, s.box.y0, s.box.y1});
    }
    // A border drawn round the whole page is a frame, not a table: it would join
    // every ruled thing on the page into one grid.
    // Only lines hugging the page edges count: a full-width scorecard starts
    // further in (seed 001's sits 11% from the top).
    auto frame_h = [&](const Segment& seg) {
        return seg.to - seg.from > 0.85 * page.width && (seg.at < 0.06 * page.height || seg.at > 0.94 * page.height);
    };
    auto frame_v = [&](const Segment& seg) {
        return seg.to - seg.from > 0.9 * page.height && (seg.at < 0.06 * page.width || seg.at > 0.94 * page.width);
    };
    if (page.width > 0 && page.height > 0) {
        horizontal.erase(std::remove_if(horizontal.begin(), horizontal.end(), frame_h), horizontal.end());
        vertical.erase(std::remove_if(vertical.begin(), vertical.end(), frame_v), vertical.end());
    }
    std::vector<Table> tables;
    for (const Grid& grid : find_grids(horizontal, vertical)) {
        std::size_t nrows = grid.ys.size() - 1, ncols = grid.xs.size() - 1;
        // One column throughout is a ruled box or a list of boxes, read as prose.
        if (ncols < 2) continue;
        Table table;
        table.page = table.last_page = page.number;
        table.box = grid.box;
        table.columns = static_cast<int>(ncols);
        table.rows.assign(nrows, std::vector<Cell>(ncols));
        for (std::size_t r = 0; r < nrows; ++r)
            for (std::size_t c = 0; c < ncols; ++c) {
                Cell& cell = table.rows[r][c];
                cell.page = page.number;
                cell.box = {grid.xs[c], grid.ys[r], grid.xs[c + 1], grid.ys[r + 1]};
            }
        // Merge cells the rules do not separate: first across, then down.
        for (std::size_t r = 0; r < nrows; ++r) {
            for (std::size_t c = 0; c < ncols;) {
                std::size_t end = c + 1;
                while (end < ncols && !covers(vertical, grid.xs[end], grid.ys[r], grid.ys[r + 1])) ++end;
                Cell& owner = table.rows[r][c];
                owner.col_span = static_cast<int>(end - c);
                owner.box.x1 = grid.xs[end];
                for (std::size_t k = c + 1; k < end; ++k) table.rows[r][k].covered = true;
                c = end;
            }
        }
        for (std::size_t c = 0; c < ncols; ++c) {
            for (std::size_t r = 0; r < nrows;) {
                if (table.rows[r][c].covered) {
                    ++r;
                    continue;
                }
                std::size_t end = r + 1;
                while (end < nrows && !table.rows[end][c].covered && table.rows[end][c].col_span == table.rows[r][c].col_span &&
                       !covers(horizontal, grid.ys[end], grid.xs[c], grid.xs[c + static_cast<std::size_t>(table.rows[r][c].col_span)]))
                    ++end;
                Cell& owner = table.rows[r][c];
                owner.row_span = static_cast<int>(end - r);
                owner.box.y1 = grid.ys[end];
                for (std::size_t k = r + 1; k < end; ++k) {
                    for (int s = 0; s < owner.col_span; ++s) table.rows[k][c + static_cast<std::size_t>(s)].covered = true;
                }
                r = end;
            }
        }
        // Words to the cell that holds their centre.
        std::vector<std::vector<std::vector<const pdf::Word*>>> words(nrows, std::vector<std::vector<const pdf::Word*>>(ncols));
        for (const pdf::Word& w : page.words) {
            if (!w.box.centre_in(grid.box)) continue;
            double cx = (w.box.x0 + w.box.x1) / 2, cy = (w.box.y0 + w.box.y1) / 2;
            for (std::size_t r = 0; r < nrows; ++r)
                for (std::size_t c = 0; c < ncols; ++c) {
                    const Cell& cell = table.rows[r][c];
                    if (cell.covered) continue;
                    if (cx >= cell.box.x0 && cx < cell.box.x1 && cy >= cell.box.y0 && cy < cell.box.y1) words[r][c].push_back(&w);
                }
        }
        for (std::size_t r = 0; r < nrows; ++r)
            for (std::size_t c = 0; c < ncols; ++c) table.rows[r][c].text = join_words(words[r][c]);
        // A fill covering most of a cell is its colour (shading, or a RAG cell).
        for (const pdf::Shape& s : page.shapes) {
            if (!s.filled) continue;
            for (auto& row : table.rows)
                for (Cell& cell : row) {
                    if (cell.covered) continue;
                    double area = cell.box.width() * cell.box.height();
                    double overlap = cell.box.horizontal_overlap(s.box) * cell.box.vertical_overlap(s.box);
                    if (area > 0 && overlap >= 0.6 * area && s.box.width() * s.box.height() <= 1.5 * area) cell.fill = s.fill;
                }
        }
        // Drop empty trailing grids such as a single ruled box around nothing.
        bool any_text = false;
        for (const auto& row : table.rows)
            for (const Cell& cell : row) any_text = any_text || !cell.text.empty();
        if (!any_text) continue;
        table.header_rows = count_header_rows(table, page, headers);
        tables.push_back(std::move(table));
    }
    return tables;
}

bool bold_throughout(const std::vector<Cell>& row, const pdf::Page& page) {
    for (const Cell& cell : row) {
        if (cell.covered || cell.text.empty()) continue;
        for (const pdf::Word& w : page.words) {
            double cx = (w.box.x0 + w.box.x1) / 2, cy = (w.box.y0 + w.box.y1) / 2;
            if (cx >= cell.box.x0 && cx < cell.box.x1 && cy >= cell.box.y0 && cy < cell.box.y1 && !w.bold) return false;
        }
    }
    return true;
}

// Two cells or more, and most of the row, are column headers: a header set
// in the body's type, as Excel exports and plain Word tables print it.
// Words beyond the row's first cell: more than a heading or a title.
bool has_text_after_first(const std::vector<Cell>& row) {
    return std::any_of(row.begin() + 1, row.end(), [](const Cell& c) { return !c.covered && !c.text.empty(); });
}

bool names_columns(const std::vector<Cell>& row, const Vocabulary& headers) {
    int named = 0, filled = 0;
    for (const Cell& cell : row) {
        if (cell.covered || cell.text.empty()) continue;
        ++filled;
        if (!headers.role_of(cell.text).empty()) ++named;
    }
    return named >= 2 && 2 * named >= filled;
}

// The one fill of every cell of the row, if they share one.
std::optional<Rgb> row_fill(const std::vector<Cell>& row) {
    std::optional<Rgb> shared;
    for (const Cell& cell : row) {
        if (cell.covered) continue;
        if (!cell.fill || (shared && !(*shared == *cell.fill))) return std::nullopt;
        shared = cell.fill;
    }
    return shared;
}

// Shaded throughout in a colour no later row is: a header band, not one of
// the alternating bands of the body.
bool shaded_apart(const Table& table, std::size_t r) {
    auto fill = row_fill(table.rows[r]);
    if (!fill) return false;
    for (std::size_t k = r + 1; k < table.rows.size(); ++k)
        if (row_fill(table.rows[k]) == fill) return false;
    return true;
}

// Words lined up just above a ruled grid and as wide are the grid's header,
// set outside its rules (as on a continuation page): not a table of their own.
bool heads_grid(const Table& aligned, const std::vector<Table>& ruled) {
    return std::any_of(ruled.begin(), ruled.end(), [&](const Table& grid) {
        double gap = grid.box.y0 - aligned.box.y1;
        return gap > -3 && gap < 12 && grid.box.horizontal_overlap(aligned.box) >= 0.7 * aligned.box.width();
    });
}

}  // namespace

std::vector<Table> detect(const pdf::Page& page, const Vocabulary& headers) {
    std::vector<Table> tables = detect_ruled(page, headers);
    std::vector<Table> aligned;
    for (Table& table : detail::detect_aligned(page, tables)) {
        if (heads_grid(table, tables)) continue;
        table.header_rows = count_header_rows(table, page, headers);
        aligned.push_back(std::move(table));
    }
    for (Table& table : aligned) tables.push_back(std::move(table));
    std::sort(tables.begin(), tables.end(), [](const Table& a, const Table& b) { return a.box.y0 < b.box.y0; });
    return tables;
}

int count_header_rows(const Table& table, const pdf::Page& page, const Vocabulary& headers) {
    // At most three, and never the whole table. In an aligned table a later row
    // with words in the first column only is a bold section heading ("Public
    // Health"), not more header; a ruled grid draws such a row as a merged title.
    // In a ruled grid such a row is a title above the column names, but below
    // them it heads a group of rows ("Child protection").
    int header = 0;
    bool columns_named = false;
    for (std::size_t r = 0; r + 1 < table.rows.size() && header < 3; ++r) {
        const auto& row = table.rows[r];
        if (!has_text(row)) break;
        bool beyond_first = has_text_after_first(row);
        if ((!table.ruled || columns_named) && r > 0 && !beyond_first) break;
        columns_named = columns_named || names_columns(row, headers);
        // Nor is a bold row of figures: a total.
        if (!table.ruled && std::any_of(row.begin(), row.end(), [](const Cell& c) { return !c.covered && detail::is_number(c.text); })) break;
        if (!bold_throughout(row, page) && !names_columns(row, headers) && !shaded_apart(table, r)) break;
        ++header;
    }
    return header;
}

namespace {

std::string row_key(const std::vector<Cell>& row) {
    std::string key;
    for (const Cell& c : row) key += c.text + "\x1f";
    return key;
}

// The column edges, read from a row without merged cells (a title row spanning
// the width says nothing about the columns).
const std::vector<Cell>& widest_row(const Table& t) {
    const std::vector<Cell>* best = &t.rows.front();
    std::size_t most = 0;
    for (const auto& row : t.rows) {
        std::size_t open = static_cast<std::size_t>(std::count_if(row.begin(), row.end(), [](const Cell& c) { return !c.covered && c.col_span == 1; }));
        if (open > most) {
            most = open;
            best = &row;
        }
    }
    return *best;
}

bool same_columns(const Table& a, const Table& b) {
    if (a.columns != b.columns || a.ruled != b.ruled) return false;
    // Column edges may shift a little between pages; widths must agree. An
    // aligned table's right edge is where its longest cell ends, which the
    // page's rows decide: there only the columns' starts must agree.
    const auto& x = widest_row(a);
    const auto& y = widest_row(b);
    for (std::size_t c = 0; c < x.size(); ++c) {
        bool ends_apart = a.ruled && std::fabs(x[c].box.x1 - y[c].box.x1) > 20;
        if (std::fabs(x[c].box.x0 - y[c].box.x0) > 20 || ends_apart) return false;
    }
    return true;
}

}  // namespace

std::vector<Table> detect_all(const pdf::Document& document, const Vocabulary& headers) {
    std::vector<Table> all;
    for (const pdf::Page& page : document.pages) {
        for (Table& t : detect(page, headers)) {
            // Ruled and aligned tables continue their own kind: an aligned
            // block above a ruled grid does not stop the grid continuing.
            auto same_kind = [&](const Table& other) { return other.ruled == t.ruled; };
            auto prev_it = std::find_if(all.rbegin(), all.rend(), same_kind);
            bool continues = false;
            if (prev_it != all.rend()) {
                bool prev_at_bottom = prev_it->last_page + 1 == page.number;
                bool first_on_page = std::none_of(all.begin(), all.end(), [&](const Table& other) { return same_kind(other) && other.page == page.number; });
                // Headed by other words, it is the next table of the same template
                // (the next exception form), not this one's continuation.
                // A group heading that opens the page ("Adult Social Care", first
                // column only) is no header of another table; a title with the
                // same label as the last one's ("PI ref: ...") is.
                const auto& first = t.rows.front();
                const auto& prev_first = prev_it->rows.front();
                bool heads_columns = names_columns(first, headers) || has_text_after_first(first);
                auto title_label = [](const std::vector<Cell>& row) {
                    std::size_t colon = row.front().text.find(": ");
                    return colon == std::string::npos || colon > 40 ? std::string{} : row.front().text.substr(0, colon);
                };
                bool same_template = !title_label(first).empty() && title_label(first) == title_label(prev_first);
                bool headed_apart = t.header_rows > 0 && prev_it->header_rows > 0 && (heads_columns || same_template) &&
                                    row_key(first) != row_key(prev_first);
                continues = prev_at_bottom && first_on_page && same_columns(*prev_it, t) && !headed_apart;
            }
            if (!continues) {
                all.push_back(std::move(t));
                continue;
            }
            Table& prev = *prev_it;
            // The same first row on both pages is the header repeated, however it is set.
            if (has_text(t.rows.front()) && row_key(t.rows.front()) == row_key(prev.rows.front())) {
                prev.header_rows = std::max(prev.header_rows, 1);
                t.header_rows = std::max(t.header_rows, 1);
            }
            std::size_t skip = 0;
            // A repeated header row is dropped; the joined table keeps the first.
            while (skip < static_cast<std::size_t>(t.header_rows) && skip < static_cast<std::size_t>(prev.header_rows) &&
                   row_key(t.rows[skip]) == row_key(prev.rows[skip]))
                ++skip;
            if (skip < static_cast<std::size_t>(t.header_rows)) skip = static_cast<std::size_t>(t.header_rows);
            // A row the page break cut in two: its continuation has nothing in the
            // first column, which names the row.
            if (skip < t.rows.size() && t.rows[skip][0].text.empty() && !prev.rows.back()[0].text.empty() &&
                prev.rows.size() > static_cast<std::size_t>(prev.header_rows)) {
                auto& cut = prev.rows.back();
                for (std::size_t c = 0; c < cut.size(); ++c) {
                    const std::string& more = t.rows[skip][c].text;
                    if (more.empty()) continue;
                    cut[c].text += cut[c].text.empty() ? more : " " + more;
                }
                ++skip;
            }
            for (std::size_t r = skip; r < t.rows.size(); ++r) prev.rows.push_back(std::move(t.rows[r]));
            prev.last_page = page.number;
        }
    }
    return all;
}

bool has_text(const std::vector<Cell>& row) {
    return std::any_of(row.begin(), row.end(), [](const Cell& c) { return !c.covered && !c.text.empty(); });
}

std::string fold(std::string_view text) {
    std::string out;
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            out += static_cast<char>(std::tolower(u));
        } else if (std::isspace(u) || c == '/' || c == '-' || c == '(' || c == ')') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

namespace {

[[noreturn]] void fail(const std::string& file, int line, const std::string& message) {
    throw std::runtime_error(file + ":" + std::to_string(line) + ": " + message);
}

}  // namespace

Vocabulary Vocabulary::parse(std::string_view text, const std::string& file) {
    static const std::set<std::string> roles = {"name",     "value",     "target", "previous",     "rag", "direction",
                                                "period",   "unit",      "polarity", "benchmark", "period value", "gap", "change"};
    Vocabulary vocabulary;
    std::istringstream in{std::string(text)};
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        std::size_t hash = line.find('#');
        if (hash != std::string::npos) line.erase(hash);
        if (fold(line).empty()) continue;
        std::size_t colon = line.find(':');
        if (colon == std::string::npos) fail(file, number, "expected 'role: header | header'");
        std::string role = fold(line.substr(0, colon));
        if (!roles.count(role)) fail(file, number, "unknown role '" + role + "'");
        std::string rest = line.substr(colon + 1);
        std::size_t begin = rest.find_first_not_of(" \t");
        if (begin != std::string::npos && rest.compare(begin, 3, "re:") == 0) {
            // The rest of the line is one expression: '|' is its alternation, not a separator.
            std::string expression = rest.substr(begin + 3);
            while (!expression.empty() && std::isspace(static_cast<unsigned char>(expression.back()))) expression.pop_back();
            auto compiled = std::make_shared<const RE2>(expression, RE2::Quiet);
            if (!compiled->ok()) fail(file, number, "bad expression: " + compiled->error());
            vocabulary.expressions_.emplace_back(std::move(compiled), role);
            continue;
        }
        std::size_t start = 0;
        while (start <= rest.size()) {
            std::size_t bar = rest.find('|', start);
            std::string header = fold(rest.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
            if (!header.empty()) vocabulary.headers_.emplace_back(header, role);
            if (bar == std::string::npos) break;
            start = bar + 1;
        }
    }
    // Longest first, so "target value" is tried before "target".
    std::stable_sort(vocabulary.headers_.begin(), vocabulary.headers_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return vocabulary;
}

Vocabulary Vocabulary::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read table header vocabulary");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parse(text, path);
}

std::string Vocabulary::role_of(std::string_view header) const {
    std::string folded = fold(header);
    // "No. Measure", "Ref Indicator": a reference column merged into the name's header.
    for (const char* reference : {"no ", "ref ", "id "})
        if (folded.rfind(reference, 0) == 0 && folded.size() > std::strlen(reference)) {
            std::string rest = role_of(folded.substr(std::strlen(reference)));
            if (!rest.empty()) return rest;
        }
    for (const auto& [expression, role] : expressions_)
        if (RE2::FullMatch(folded, *expression)) return role;
    for (const auto& [words, role] : headers_) {
        if (folded == words) return role;
        if (folded.size() > words.size() && folded.compare(0, words.size(), words) == 0 && folded[words.size()] == ' ') return role;
    }
    return {};
}

std::string rag_of_colour(const Rgb& c) {
    double hi = std::max({c.r, c.g, c.b}), lo = std::min({c.r, c.g, c.b});
    if (hi - lo < 0.25) return {};  // greys and white carry no status
    if (c.r >= 0.6 && c.g < 0.45 && c.b < 0.45) return "red";
    if (c.r >= 0.75 && c.g >= 0.45 && c.b < 0.5) return "amber";  // orange through yellow
    if (c.g >= 0.4 && c.r < 0.6 && c.b < 0.6 && c.g > c.r && c.g > c.b) return "green";
    return {};
}

}  // namespace outturn::tables
