// Tables drawn without rules: Word tables with no borders, Excel exports,
// scorecards laid out by tab stops, with or without shading bands or a rule
// under the header. Nothing marks the cells, so they are read from the words:
// consecutive lines whose words leave the same vertical gaps.
#include "tables_detail.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

namespace outturn::tables::detail {
namespace {

constexpr double rule_thickness = 3.0;  // as for ruled tables: thicker paths are shapes
constexpr double min_gutter = 1.5;      // narrower gaps between columns are a tight header's, not a gutter

double centre_x(const Box& b) { return (b.x0 + b.x1) / 2; }
double centre_y(const Box& b) { return (b.y0 + b.y1) / 2; }
bool holds(const Box& b, double x, double y) { return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1; }

struct Line {
    Box box;
    double size = 0;                      // the median font size of its words
    double space = 0;                     // the median gap between its words
    std::vector<const pdf::Word*> words;  // left to right
};

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

// Words outside the ruled tables, in lines running across the whole page: a
// table row is one line whichever blocks Poppler put its cells in. A word
// centred a little higher or lower (a third of its height) starts another
// line, so a cell centred against a two-line neighbour keeps a line of its own.
std::vector<Line> lines_across(const pdf::Page& page, const std::vector<Table>& ruled) {
    std::vector<const pdf::Word*> words;
    for (const pdf::Word& w : page.words) {
        bool upright = w.font_size <= 0 || w.box.height() <= 2.5 * w.font_size;
        bool held = std::any_of(ruled.begin(), ruled.end(), [&](const Table& t) { return holds(t.box, centre_x(w.box), centre_y(w.box)); });
        if (!w.text.empty() && w.box.height() > 0 && upright && !held) words.push_back(&w);
    }
    std::stable_sort(words.begin(), words.end(), [](const pdf::Word* a, const pdf::Word* b) { return centre_y(a->box) < centre_y(b->box); });
    std::vector<Line> lines;
    for (const pdf::Word* w : words) {
        bool same = !lines.empty() &&
                    centre_y(w->box) - centre_y(lines.back().box) <= 0.35 * std::min(w->box.height(), lines.back().box.height());
        if (!same) lines.push_back({w->box, 0, 0, {}});
        lines.back().box = lines.back().box.united(w->box);
        lines.back().words.push_back(w);
    }
    for (Line& line : lines) {
        std::sort(line.words.begin(), line.words.end(), [](const pdf::Word* a, const pdf::Word* b) { return a->box.x0 < b->box.x0; });
        std::vector<double> sizes;
        for (const pdf::Word* w : line.words) sizes.push_back(w->font_size > 0 ? w->font_size : w->box.height());
        line.size = median(sizes);
        std::vector<double> gaps;
        for (std::size_t i = 1; i < line.words.size(); ++i) gaps.push_back(line.words[i]->box.x0 - line.words[i - 1]->box.x1);
        line.space = median(gaps);
    }
    return lines;
}

// Wider than the spaces of most prose lines (a quarter to a third of the font
// size), or clearly wider than the line's own spaces: a gap that may part
// columns. An office suite sizing a column to its longest cell leaves little
// more than a space after it. A justified line may stretch a space as far, but
// not in the same place on the next line.
bool wide(const Line& line, double from, double to) {
    double gap = to - from;
    return gap >= 0.5 * line.size || (gap >= 0.3 * line.size && gap >= 1.4 * line.space);
}

// Justified prose stretches every space of a line by the same amount, mostly
// up to two thirds of the font size (further on a line of a few long words);
// a table row mixes word spaces inside cells with wider gaps between them.
// Such a line bears out no gutter: three lines of it can leave gaps that line
// up by chance.
bool evenly_spaced(const Line& line) {
    if (line.words.size() < 5) return false;
    double least = 1e9, most = 0;
    for (std::size_t i = 1; i < line.words.size(); ++i) {
        double gap = line.words[i]->box.x0 - line.words[i - 1]->box.x1;
        least = std::min(least, gap);
        most = std::max(most, gap);
    }
    bool even = most - least <= 0.15 * line.size + 0.5;
    return even && (most <= 1.2 * line.size || line.words.size() >= 7);
}

struct Gutter {
    double x0, x1;
};

// A line bears out a gutter when it leaves a wide gap across it and a word of
// its own stops or starts at the gutter's edge, within half a character or so:
// the edge a column's cells are aligned on. A line with nothing near the
// gutter, such as a header whose first cell is short, or a form's short label
// beside a longer one, says nothing about it.
bool bears_out(const Line& line, const Gutter& g) {
    if (evenly_spaced(line)) return false;
    const auto& words = line.words;
    for (std::size_t i = 1; i < words.size(); ++i) {
        double left = words[i - 1]->box.x1, right = words[i]->box.x0;
        if (left <= g.x0 && right >= g.x1)
            return wide(line, left, right) && (g.x0 - left <= 0.5 * line.size || right - g.x1 <= 0.5 * line.size);
    }
    return false;
}

// A line that starts at the gutter's right edge, with nothing to its left:
// figures centred against a name wrapped over two lines are a line of their
// own, beside no word of the name.
bool starts_at(const Line& line, const Gutter& g) {
    double x = line.words.front()->box.x0;
    return x >= g.x1 && x - g.x1 <= 0.5 * line.size;
}

// The gaps between columns of lines [first, last): x ranges no word touches,
// borne out by at least two lines (one of them may only start at the gap). Prose leaves none: its spaces fall in
// different places on every line.
std::vector<Gutter> gutters(const std::vector<Line>& lines, std::size_t first, std::size_t last) {
    std::vector<std::pair<double, double>> spans;
    for (std::size_t k = first; k < last; ++k)
        for (const pdf::Word* w : lines[k].words) spans.emplace_back(w->box.x0, w->box.x1);
    std::sort(spans.begin(), spans.end());
    std::vector<Gutter> found;
    double reach = spans.empty() ? 0 : spans.front().second;
    for (std::size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].first - reach >= min_gutter) found.push_back({reach, spans[i].first});
        reach = std::max(reach, spans[i].second);
    }
    std::vector<Gutter> confirmed;
    for (const Gutter& g : found) {
        int lines_apart = 0, starting_at = 0;
        for (std::size_t k = first; k < last; ++k) {
            lines_apart += bears_out(lines[k], g) ? 1 : 0;
            starting_at += starts_at(lines[k], g) ? 1 : 0;
        }
        if (lines_apart >= 1 && lines_apart + starting_at >= 2) confirmed.push_back(g);
    }
    return confirmed;
}

// A line crosses a gutter when its words reach into it and none of its own
// wide gaps keeps part of it open: a longer cell only narrows the gutter,
// prose closes it.
bool crosses(const Line& line, const Gutter& g) {
    const auto& words = line.words;
    bool reaches = std::any_of(words.begin(), words.end(), [&](const pdf::Word* w) { return w->box.x0 < g.x1 - 0.5 && w->box.x1 > g.x0 + 0.5; });
    if (!reaches) return false;
    auto keeps_open = [&](double left, double right) { return std::min(right, g.x1) - std::max(left, g.x0) >= min_gutter; };
    // Past the line's ends the page is open too: a cell ending in the gutter.
    if (keeps_open(words.back()->box.x1, g.x1) || keeps_open(g.x0, words.front()->box.x0)) return false;
    for (std::size_t i = 1; i < words.size(); ++i) {
        double left = words[i - 1]->box.x1, right = words[i]->box.x0;
        if (wide(line, left, right) && keeps_open(left, right)) return false;
    }
    return true;
}

bool crosses(const Line& line, const std::vector<Gutter>& open) {
    return std::any_of(open.begin(), open.end(), [&](const Gutter& g) { return crosses(line, g); });
}

// The run of lines from `first` that keeps to one set of columns: it ends
// before a line whose words cross a gap the run has confirmed, or at a vertical
// gap of more than two lines.
std::size_t grow(const std::vector<Line>& lines, std::size_t first) {
    std::size_t last = first + 1;
    while (last < lines.size()) {
        const Line& prev = lines[last - 1];
        const Line& next = lines[last];
        if (next.box.y0 - prev.box.y1 > 2.0 * std::max(prev.size, next.size)) break;
        if (crosses(next, gutters(lines, first, last))) break;
        ++last;
    }
    return last;
}

bool has_wide_gap(const Line& line) {
    if (evenly_spaced(line)) return false;
    for (std::size_t i = 1; i < line.words.size(); ++i)
        if (wide(line, line.words[i - 1]->box.x1, line.words[i]->box.x0)) return true;
    return false;
}


// What a numeric column prints where it has no figure.
bool is_placeholder(const std::string& text) {
    std::string folded = fold(text);
    return text == "-" || text == "\xE2\x80\x93" || text == "*" || folded == "n a" || folded == "na" || folded == "nil" || folded == "tbc";
}

// A bullet, dash or tick standing alone: a list's marker, not a column.
bool is_marker(const std::string& text) {
    return text.size() <= 4 && std::none_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

// The glyphs lists are bulleted with; Symbol and Wingdings bullets arrive in
// the private use area.
bool is_bullet(const std::string& text) {
    for (const char* mark : {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x80\xA3", "\xEF\x82\xB7", "\xEF\x82\xA7", "-", "*", "\xE2\x80\x93"})
        if (text == mark) return true;
    return false;
}

// A candidate table: its lines, the column edges the gutters give, and the
// words of each line in each column.
struct Candidate {
    std::vector<const Line*> lines;
    std::vector<double> edges;  // columns + 1, left to right
    std::vector<std::vector<std::vector<const pdf::Word*>>> words;  // [line][column]
    std::vector<std::vector<std::string>> text;                   // [line][column]

    std::size_t columns() const { return edges.size() - 1; }
};

Candidate candidate(const std::vector<Line>& lines, std::size_t first, std::size_t last) {
    Candidate c;
    double x0 = lines[first].box.x0, x1 = lines[first].box.x1;
    for (std::size_t k = first; k < last; ++k) {
        c.lines.push_back(&lines[k]);
        x0 = std::min(x0, lines[k].box.x0);
        x1 = std::max(x1, lines[k].box.x1);
    }
    c.edges.push_back(x0);
    // A column starts just before its text (not mid-gutter), so that a table
    // continued overleaf, with shorter or longer cells, keeps its edges.
    for (const Gutter& g : gutters(lines, first, last)) c.edges.push_back(g.x1 - std::min(2.0, (g.x1 - g.x0) / 2));
    c.edges.push_back(x1);
    for (const Line* line : c.lines) {
        std::vector<std::vector<const pdf::Word*>> cells(c.columns());
        for (const pdf::Word* w : line->words) {
            auto at = std::upper_bound(c.edges.begin() + 1, c.edges.end() - 1, centre_x(w->box));
            cells[static_cast<std::size_t>(at - (c.edges.begin() + 1))].push_back(w);
        }
        std::vector<std::string> texts;
        for (const auto& cell : cells) texts.push_back(join_words(cell));
        c.words.push_back(std::move(cells));
        c.text.push_back(std::move(texts));
    }
    return c;
}

struct Kinds {
    std::vector<bool> numeric, marker, bullet, prose;
};

// Column kinds, judged below the first line (likely the header): numeric when
// most cells are figures or placeholders, a marker column when every cell is a
// bullet, prose when its lines run to five words or more on average.
Kinds kinds_of(const Candidate& c) {
    Kinds kinds;
    for (std::size_t col = 0; col < c.columns(); ++col) {
        int filled = 0, numbers = 0, markers = 0, bullets = 0, words = 0;
        for (std::size_t l = 1; l < c.lines.size(); ++l) {
            const std::string& text = c.text[l][col];
            if (text.empty()) continue;
            ++filled;
            if (is_number(text) || is_placeholder(text)) ++numbers;
            if (is_marker(text)) ++markers;
            if (is_bullet(text)) ++bullets;
            words += static_cast<int>(c.words[l][col].size());
        }
        kinds.numeric.push_back(filled >= 2 && numbers * 10 >= filled * 6);
        kinds.marker.push_back(filled > 0 && markers == filled);
        kinds.bullet.push_back(filled > 0 && bullets == filled);
        kinds.prose.push_back(filled > 0 && words >= 5 * filled);
    }
    return kinds;
}

// Horizontal rules and the top and bottom edges of shading as wide as a cell:
// where they run between two lines, a row ends.
std::vector<double> separators(const pdf::Page& page, const Box& area) {
    std::vector<double> ys;
    for (const pdf::Shape& s : page.shapes) {
        if (s.box.horizontal_overlap(area) <= 0 || s.box.y1 < area.y0 - 3 || s.box.y0 > area.y1 + 3) continue;
        if (s.box.height() <= rule_thickness) {
            if (s.box.horizontal_overlap(area) >= 0.3 * area.width()) ys.push_back(centre_y(s.box));
        } else if (s.filled && !is_white(s.fill) && s.box.width() >= 20) {
            ys.push_back(s.box.y0);
            ys.push_back(s.box.y1);
        }
    }
    return ys;
}

bool separated(const std::vector<double>& ys, const Line& above, const Line& below) {
    double from = centre_y(above.box), to = centre_y(below.box);
    return std::any_of(ys.begin(), ys.end(), [&](double y) { return y > from && y < to; });
}

double gap_between(const Line& above, const Line& below) { return below.box.y0 - above.box.y1; }

bool bold(const Line& line) {
    return std::all_of(line.words.begin(), line.words.end(), [](const pdf::Word* w) { return w->bold; });
}

// Where each row starts. Each row has one line with text in a numeric column
// (in a table of words only: in the first column); the lines between two such
// are shared out at the widest gap, which follows how the cells are aligned
// (top, middle or bottom; equal gaps read as top), or at a rule or a shading
// edge. Lines after the last such line stay with it while they keep the
// table's line spacing and its left edge; the rest is not the table's.
std::vector<std::size_t> row_starts(Candidate& c, const Kinds& kinds, const std::vector<double>& ys) {
    bool any_numeric = std::find(kinds.numeric.begin(), kinds.numeric.end(), true) != kinds.numeric.end();
    std::vector<std::size_t> anchors;
    for (std::size_t l = 0; l < c.lines.size(); ++l) {
        bool anchor = false;
        for (std::size_t col = 0; col < c.columns(); ++col)
            if (!c.text[l][col].empty() && (any_numeric ? kinds.numeric[col] : col == 0)) anchor = true;
        if (anchor) anchors.push_back(l);
    }
    if (anchors.empty()) return {};
    std::vector<double> gaps;
    for (std::size_t l = 1; l < c.lines.size(); ++l) gaps.push_back(gap_between(*c.lines[l - 1], *c.lines[l]));
    double usual = median(gaps);
    // A paragraph after the table starts at the margin, left of the cells'
    // padding; a cell's last lines start inside the table.
    double left = c.lines.front()->box.x0;
    for (std::size_t l = 0; l <= anchors.back(); ++l) left = std::min(left, c.lines[l]->box.x0);
    std::size_t end = anchors.back() + 1;
    auto stays = [&](std::size_t l) {
        return gap_between(*c.lines[l - 1], *c.lines[l]) <= usual + 1 && !separated(ys, *c.lines[l - 1], *c.lines[l]) &&
               c.lines[l]->box.x0 >= left - 0.5;
    };
    while (end < c.lines.size() && stays(end)) ++end;
    c.lines.resize(end);
    c.words.resize(end);
    c.text.resize(end);

    std::vector<bool> starts(end, false);
    starts[0] = true;
    for (std::size_t l = 1; l < end; ++l) starts[l] = separated(ys, *c.lines[l - 1], *c.lines[l]);
    // A bold line with nothing in the numeric columns, over plain rows, is a
    // section heading ("Public Health" over its services): a row of its own.
    for (std::size_t l = 0; l + 1 < end; ++l) {
        bool anchor = std::binary_search(anchors.begin(), anchors.end(), l);
        if (!anchor && bold(*c.lines[l]) && !bold(*c.lines[l + 1])) starts[l] = starts[l + 1] = true;
    }
    auto split_widest = [&](std::size_t from, std::size_t to) {  // one start in (from, to]
        for (std::size_t l = from + 1; l <= to; ++l)
            if (starts[l]) return;
        std::size_t best = to;
        for (std::size_t l = to; l > from; --l)
            if (gap_between(*c.lines[l - 1], *c.lines[l]) > gap_between(*c.lines[best - 1], *c.lines[best]) + 0.5) best = l;
        starts[best] = true;
    };
    if (anchors.front() > 0) split_widest(0, anchors.front());
    for (std::size_t a = 1; a < anchors.size(); ++a) split_widest(anchors[a - 1], anchors[a]);
    std::vector<std::size_t> out;
    for (std::size_t l = 0; l < end; ++l)
        if (starts[l]) out.push_back(l);
    return out;
}

// Leading rows with no figure in a numeric column, and with text beyond the
// first column, are one header, its cells wrapped over up to four lines
// ("Previous" over "year").
std::vector<std::size_t> merge_header(const Candidate& c, const Kinds& kinds, std::vector<std::size_t> starts) {
    auto has_figure = [&](std::size_t line) {
        for (std::size_t col = 0; col < c.columns(); ++col)
            if (kinds.numeric[col] && is_number(c.text[line][col])) return true;
        return false;
    };
    auto beyond_first = [&](std::size_t line) {
        for (std::size_t col = 1; col < c.columns(); ++col)
            if (!c.text[line][col].empty()) return true;
        return false;
    };
    std::size_t rows = 0;
    while (rows < starts.size()) {
        std::size_t to = rows + 1 < starts.size() ? starts[rows + 1] : c.lines.size();
        bool figure = false, wrapped = rows == 0;
        for (std::size_t l = starts[rows]; l < to; ++l) {
            figure = figure || has_figure(l);
            wrapped = wrapped || beyond_first(l);
        }
        // A row of the first column alone is a section heading or a name, not more header.
        if (figure || !wrapped) break;
        ++rows;
    }
    bool body_follows = rows < starts.size();
    if (rows >= 2 && body_follows && starts[rows] <= 4) starts.erase(starts.begin() + 1, starts.begin() + static_cast<std::ptrdiff_t>(rows));
    return starts;
}

using Rows = std::vector<std::vector<std::string>>;  // [row][column] text

Rows row_texts(const Candidate& c, const std::vector<std::size_t>& starts) {
    Rows rows;
    for (std::size_t r = 0; r < starts.size(); ++r) {
        std::size_t to = r + 1 < starts.size() ? starts[r + 1] : c.lines.size();
        std::vector<std::string> cells;
        for (std::size_t col = 0; col < c.columns(); ++col) {
            std::vector<const pdf::Word*> words;
            for (std::size_t l = starts[r]; l < to; ++l) words.insert(words.end(), c.words[l][col].begin(), c.words[l][col].end());
            cells.push_back(join_words(words));
        }
        rows.push_back(std::move(cells));
    }
    return rows;
}

// Page numbers down the last column, rising a few pages at a time, and
// nothing else numeric but section numbers: a table of contents, which names
// no measure.
bool is_contents(const Rows& rows, const Kinds& kinds) {
    std::size_t last = kinds.numeric.size() - 1;
    if (!kinds.numeric[last]) return false;
    for (std::size_t col = 1; col < last; ++col)
        if (kinds.numeric[col]) return false;
    long before = 0;
    int pages = 0;
    for (const auto& row : rows) {
        const std::string& text = row[last];
        if (text.empty()) continue;
        if (text.size() > 4 || !std::all_of(text.begin(), text.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); })) return false;
        long page = std::stol(text);
        if (page < before || (pages > 0 && page - before > 20)) return false;
        before = page;
        ++pages;
    }
    return pages >= 2;
}

// Places along one axis that shapes take, overlapping ones counted once.
int places(std::vector<std::pair<double, double>> spans) {
    std::sort(spans.begin(), spans.end());
    int count = 0;
    double reach = -1e9;
    for (const auto& [from, to] : spans) {
        if (from > reach) ++count;
        reach = std::max(reach, to);
    }
    return count;
}

// Bars or markers of a chart: shapes with no word on them at three or more
// places across (columns), or of three or more lengths (horizontal bars). A
// column of coloured RAG cells or swatches stands at one place, all one size.
bool is_chart(const pdf::Page& page, const Box& area, const Candidate& c) {
    std::vector<std::pair<double, double>> spans, lengths;
    for (const pdf::Shape& s : page.shapes) {
        if (s.box.width() <= rule_thickness || s.box.height() <= rule_thickness) continue;
        if (!holds(area, centre_x(s.box), centre_y(s.box)) || s.box.width() > 0.5 * area.width()) continue;
        bool worded = false;
        for (const Line* line : c.lines)
            for (const pdf::Word* w : line->words) worded = worded || holds(s.box, centre_x(w->box), centre_y(w->box));
        if (!worded) {
            spans.emplace_back(s.box.x0, s.box.x1);
            lengths.emplace_back(s.box.width() - 1, s.box.width() + 1);
        }
    }
    return places(spans) >= 3 || places(lengths) >= 3;
}

// Cells that end in a comma are a list of names or clauses set as running
// text ("Mr N Baker,   Mr M Baldock,"), spread out by justification.
bool run_on(const Rows& rows) {
    std::size_t filled = 0, commas = 0;
    for (const auto& row : rows)
        for (const std::string& text : row) {
            if (text.empty()) continue;
            ++filled;
            if (text.back() == ',') ++commas;
        }
    return commas * 10 >= filled * 4;
}

// What the columns of a run add up to.
struct Profile {
    std::size_t columns = 0;  // besides marker columns
    std::size_t prose = 0, wide_prose = 0, bullets = 0;
    std::size_t filled = 0;   // non-empty cells below the first row
    bool numeric_after_first = false;
    bool names = false;       // a column of words filled in most rows
};

Profile profile_of(const Rows& rows, const Kinds& kinds, const Candidate& c) {
    Profile p;
    double width = c.edges.back() - c.edges.front();
    for (std::size_t col = 0; col < c.columns(); ++col) {
        if (kinds.bullet[col]) ++p.bullets;
        if (kinds.marker[col]) continue;
        ++p.columns;
        std::size_t used = 0;
        for (std::size_t r = 1; r < rows.size(); ++r) used += rows[r][col].empty() ? 0 : 1;
        p.filled += used;
        if (kinds.numeric[col] && col > 0) p.numeric_after_first = true;
        if (!kinds.numeric[col] && 2 * used >= rows.size() - 1) p.names = true;
        if (kinds.prose[col]) {
            ++p.prose;
            if (c.edges[col + 1] - c.edges[col] >= 0.38 * width) ++p.wide_prose;
        }
    }
    return p;
}

// A page set in columns of text (two of prose and no figures, or two wide
// ones), bulleted lists side by side, or running text spread by justification:
// any part of the run would look the same, so the whole run is passed over.
bool is_layout(const Profile& p, const Rows& rows) {
    return p.wide_prose >= 2 || (p.prose >= 2 && !p.numeric_after_first) || p.bullets >= 2 || run_on(rows);
}

// Is this grid of words a table? Two columns or more besides bullets, a column
// of names filled in most rows, most cells filled, and either a numeric column
// after the first or three columns of which at most one is prose (bullets and
// their text are a list).
bool reads_as_table(const Profile& p, const Rows& rows) {
    if (rows.size() < 3 || p.columns < 2 || !p.names) return false;
    if (p.filled * 10 < (rows.size() - 1) * p.columns * 4) return false;
    // Words alone line up by chance more easily than figures do: a chart's
    // legend over a heading over a stretched line.
    return p.numeric_after_first || (p.columns >= 3 && p.prose <= 1 && rows.size() >= 4);
}

Table build_table(const pdf::Page& page, const Candidate& c, const std::vector<std::size_t>& starts, const Rows& texts) {
    Table table;
    table.page = table.last_page = page.number;
    table.ruled = false;
    table.columns = static_cast<int>(c.columns());
    std::vector<Box> spans;  // each row's lines
    for (std::size_t r = 0; r < starts.size(); ++r) {
        std::size_t to = r + 1 < starts.size() ? starts[r + 1] : c.lines.size();
        Box box = c.lines[starts[r]]->box;
        for (std::size_t l = starts[r]; l < to; ++l) box = box.united(c.lines[l]->box);
        spans.push_back(box);
    }
    table.box = {c.edges.front(), spans.front().y0 - 1, c.edges.back(), spans.back().y1 + 1};
    for (std::size_t r = 0; r < starts.size(); ++r) {
        // Cells tile the table: rows meet halfway between their lines.
        double top = r == 0 ? table.box.y0 : (spans[r - 1].y1 + spans[r].y0) / 2;
        double bottom = r + 1 == starts.size() ? table.box.y1 : (spans[r].y1 + spans[r + 1].y0) / 2;
        std::vector<Cell> row;
        for (std::size_t col = 0; col < c.columns(); ++col) {
            Cell cell;
            cell.page = page.number;
            cell.box = {c.edges[col], top, c.edges[col + 1], bottom};
            cell.text = texts[r][col];
            row.push_back(std::move(cell));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

// A coloured shape under most of a cell is its fill: a shading band across the
// row, a RAG cell. One as large as the table is a panel behind it.
void paint(Table& table, const pdf::Page& page) {
    double area = table.box.width() * table.box.height();
    for (const pdf::Shape& s : page.shapes) {
        if (!s.filled || is_white(s.fill) || s.box.width() * s.box.height() >= 0.9 * area) continue;
        for (auto& row : table.rows)
            for (Cell& cell : row) {
                double own = cell.box.width() * cell.box.height();
                if (own > 0 && cell.box.horizontal_overlap(s.box) * cell.box.vertical_overlap(s.box) >= 0.6 * own) cell.fill = s.fill;
            }
    }
}

// What a run of lines turned out to be. A table of contents, a chart or a
// page layout is passed over whole: a part of it could pass for a table.
struct Reading {
    std::optional<Table> table;
    bool pass_over = false;
};

Reading read_run(const pdf::Page& page, Candidate c) {
    if (c.columns() < 2) return {};
    Kinds kinds = kinds_of(c);
    Box area{c.edges.front(), c.lines.front()->box.y0, c.edges.back(), c.lines.back()->box.y1};
    std::vector<double> ys = separators(page, area);
    std::vector<std::size_t> starts = row_starts(c, kinds, ys);
    if (starts.empty()) return {};
    starts = merge_header(c, kinds, std::move(starts));
    Rows rows = row_texts(c, starts);
    area.y1 = c.lines.back()->box.y1;
    Profile profile = profile_of(rows, kinds, c);
    if (is_contents(rows, kinds) || is_chart(page, area, c) || is_layout(profile, rows)) return {std::nullopt, true};
    if (!reads_as_table(profile, rows)) return {};
    Table table = build_table(page, c, starts, rows);
    paint(table, page);
    return {std::move(table), false};
}

// Header cells wrapped onto lines above the first full one ("£m" over
// "Working" over "Budget") are no start of a run, having one word each. They
// stand over the columns after the first, close above, crossing no gutter.
std::size_t wrapped_header_above(const std::vector<Line>& lines, std::size_t floor, std::size_t first, std::size_t last) {
    auto open = gutters(lines, first, last);
    std::size_t top = first;
    while (!open.empty() && top > floor && first - top < 3) {
        const Line& above = lines[top - 1];
        bool close = gap_between(above, lines[top]) <= lines[top].size;
        if (!close || above.box.x0 < open.front().x0 || crosses(above, open)) break;
        --top;
    }
    return top;
}

}  // namespace

bool is_number(std::string_view printed) {
    std::string text;  // without currency signs, with minus and en dash as '-'
    for (std::size_t i = 0; i < printed.size();) {
        std::string_view rest = printed.substr(i);
        if (rest.substr(0, 3) == "\xE2\x88\x92" || rest.substr(0, 3) == "\xE2\x80\x93") {
            text += '-';
            i += 3;
        } else if (rest.substr(0, 2) == "\xC2\xA3") {
            i += 2;
        } else if (rest.substr(0, 3) == "\xE2\x82\xAC") {
            i += 3;
        } else {
            if (printed[i] != '$') text += printed[i];
            ++i;
        }
    }
    auto strip = [&](std::string_view chars) {
        while (!text.empty() && chars.find(text.front()) != std::string_view::npos) text.erase(0, 1);
        while (!text.empty() && chars.find(text.back()) != std::string_view::npos) text.pop_back();
    };
    strip(" ()");
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.erase(0, 1);
    for (std::string_view suffix : {"%", "bn", "m", "k"}) {
        if (text.size() > suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0) {
            text.erase(text.size() - suffix.size());
            break;
        }
    }
    return !text.empty() && std::isdigit(static_cast<unsigned char>(text.front())) && std::isdigit(static_cast<unsigned char>(text.back())) &&
           std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.'; });
}

std::vector<Table> detect_aligned(const pdf::Page& page, const std::vector<Table>& ruled) {
    std::vector<Line> lines = lines_across(page, ruled);
    std::vector<Table> found;
    std::size_t floor = 0;  // lines above belong to a table found already
    for (std::size_t first = 0; first < lines.size();) {
        if (!has_wide_gap(lines[first])) {
            ++first;
            continue;
        }
        std::size_t last = grow(lines, first);
        std::size_t top = wrapped_header_above(lines, floor, first, last);
        Reading run = last - first >= 3 ? read_run(page, candidate(lines, top, last)) : Reading{};
        if (run.pass_over) {
            first = last;
            continue;
        }
        if (!run.table) {
            ++first;
            continue;
        }
        // Past the lines the table kept (trailing notes it left may start another).
        double bottom = run.table->box.y1;
        found.push_back(std::move(*run.table));
        while (first < lines.size() && centre_y(lines[first].box) < bottom) ++first;
        floor = first;
    }
    return found;
}

}  // namespace outturn::tables::detail
