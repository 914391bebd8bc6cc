#include <algorithm>
#include <cctype>
#include <limits>
#include <optional>

#include "outturn/indicators.hpp"
#include "text_case.hpp"

namespace outturn::indicators {
namespace {

struct TileFigure {
    Figure figure;
    std::string unit;
};

// "82.5%", "6.4 days", "184,300", "£1.26m": a figure and at most a unit, nothing else.
std::optional<TileFigure> tile_figure(const std::string& text) {
    std::string t = text;
    std::string currency;
    if (t.rfind("£", 0) == 0) {
        currency = "£";
        t.erase(0, std::string("£").size());
    }
    if (t.empty() || !std::isdigit(static_cast<unsigned char>(t[0]))) return std::nullopt;
    auto figure = parse_figure(t);
    if (!figure) return std::nullopt;
    std::string rest = t.substr(figure->text.size());
    while (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
    if (is_percent(*figure)) return rest.empty() ? std::optional<TileFigure>{{*figure, "%"}} : std::nullopt;
    if (!currency.empty() && (rest.empty() || rest == "m" || rest == "k" || rest == "bn"))
        return TileFigure{*figure, currency + rest};
    static const char* units[] = {"days", "day", "weeks", "week", "hours", "minutes", "months", "working days"};
    if (rest.empty()) return TileFigure{*figure, ""};
    if (std::find(std::begin(units), std::end(units), rest) != std::end(units)) return TileFigure{*figure, rest};
    return std::nullopt;
}

// The first figure after `label` in `text` ("Target 90% | Last year 87%").
std::optional<Figure> figure_after(const std::string& text, const std::string& label) {
    std::string folded = lower(text);
    std::size_t at = folded.find(label);
    if (at == std::string::npos) return std::nullopt;
    std::string rest = text.substr(at + label.size());
    std::size_t stop = rest.find('|');
    if (stop != std::string::npos) rest.resize(stop);
    std::size_t digit = rest.find_first_of("0123456789");
    // Only a colon, a currency sign or spaces may stand between the label and its figure.
    if (digit == std::string::npos || rest.find_first_not_of(" :£", 0) < digit) return std::nullopt;
    return parse_figure(rest.substr(digit));
}

struct Region {
    int page = 0;
    Box box;
};

// The words of a passage that lie in `region`: Poppler may run two tiles'
// titles side by side into one line.
std::string text_inside(const layout::Passage& passage, const Box& region) {
    std::string text;
    for (const layout::Piece& piece : passage.pieces) {
        if (!piece.box.centre_in(region)) continue;
        if (!text.empty()) text += ' ';
        text += passage.text().substr(piece.begin, piece.end - piece.begin);
    }
    return text;
}

// A status in a tile's small print, which may share a line with other facts:
// "Target 90% | Last year 87% ● Red". Bars and marker glyphs separate the facts.
std::string status_in(const std::string& text) {
    std::string segment;
    auto take = [&]() {
        std::string found = rag_word(segment);
        segment.clear();
        return found;
    };
    for (char c : text) {
        bool separator = c == '|' || static_cast<unsigned char>(c) >= 0x80;
        if (!separator) {
            segment += c;
            continue;
        }
        if (std::string found = take(); !found.empty()) return found;
    }
    return take();
}

}  // namespace

std::vector<Tile> find_tiles(const layout::Layout& layout, const std::vector<tables::Table>& found) {
    std::vector<Tile> tiles;
    const auto& passages = layout.passages;
    if (layout.body_font_size <= 0) return tiles;
    // Figures in display type, found once: each tile starts at one, and stops
    // short of the next one below it.
    std::vector<bool> display_figure(passages.size());
    std::vector<std::size_t> figures;
    for (std::size_t p = 0; p < passages.size(); ++p) {
        display_figure[p] = layout.lines[passages[p].first_line].font_size >= 1.6 * layout.body_font_size &&
                            tile_figure(passages[p].original).has_value();
        if (display_figure[p]) figures.push_back(p);
    }
    for (std::size_t f : figures) {
        const layout::Passage& figure = passages[f];
        if (figure.line_count != 1 || figure.running || figure.chart) continue;
        // The tile is the table cell the figure sits in; without a grid, the
        // column the figure starts and a band around it.
        Region region{figure.page, {figure.box.x0 - 6, figure.box.y0 - 80, figure.box.x0 + 240, figure.box.y1 + 90}};
        for (const tables::Table& table : found)
            for (const auto& row : table.rows)
                for (const tables::Cell& cell : row)
                    if (!cell.covered && cell.page == figure.page && figure.box.centre_in(cell.box)) region.box = cell.box;
        bool gridless = region.box.x0 == figure.box.x0 - 6;
        auto in_tile = [&](const layout::Passage& p) {
            if (p.page != region.page || p.running) return false;
            if (gridless) return p.box.centre_in(region.box) && std::abs(p.box.x0 - figure.box.x0) <= 6;
            return !text_inside(p, region.box).empty();
        };
        // Small print stops at the next figure's name: the text between two figures in a column.
        double next_figure_top = std::numeric_limits<double>::infinity();
        for (std::size_t q : figures)
            if (q != f && in_tile(passages[q]) && passages[q].box.y0 > figure.box.y1)
                next_figure_top = std::min(next_figure_top, passages[q].box.y0);
        std::optional<std::size_t> name;
        std::vector<std::size_t> details;
        for (std::size_t p = 0; p < passages.size(); ++p) {
            if (display_figure[p] || !in_tile(passages[p])) continue;
            const layout::Passage& other = passages[p];
            if (other.box.y1 <= figure.box.y0 + 1) {
                if (!name || other.box.y1 > passages[*name].box.y1) name = p;
            } else if (other.box.y0 >= figure.box.y1 - 1 && other.box.y0 <= next_figure_top) {
                details.push_back(p);
            }
        }
        if (!name || details.empty()) continue;
        std::sort(details.begin(), details.end(),
                  [&](std::size_t a, std::size_t b) { return passages[a].box.y0 < passages[b].box.y0; });
        std::vector<std::string> small_print;
        for (std::size_t d : details) small_print.push_back(text_inside(passages[d], region.box));
        bool stated = std::any_of(small_print.begin(), small_print.end(), [](const std::string& text) {
            return figure_after(text, "target") || figure_after(text, "last year") || figure_after(text, "previous") ||
                   !status_in(text).empty();
        });
        if (!stated) continue;
        tiles.push_back({f, *name, text_inside(passages[*name], region.box), details, small_print});
    }
    return tiles;
}

void add_tile_indicators(const layout::Layout& layout, const std::vector<Tile>& tiles, Assembly& assembly) {
    for (const Tile& tile : tiles) {
        const layout::Passage& figure = layout.passages[tile.figure];
        auto read = tile_figure(figure.original);
        if (!read) continue;
        Indicator ind;
        ind.id = "i" + std::to_string(assembly.indicators.size() + 1);
        ind.name = tile.name_text;
        ind.name_source = "tile";
        ind.section = figure.section;
        ind.value = read->figure;
        ind.unit = read->unit;
        for (const std::string& text : tile.small_print) {
            if (!ind.target) ind.target = figure_after(text, "target");
            for (const char* label : {"last year", "previous", "last quarter"})
                if (auto previous = figure_after(text, label); previous && !ind.previous) {
                    std::string period = label;
                    period[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(period[0])));
                    ind.previous = Previous{*previous, period};
                }
            if (ind.rag.empty()) {
                ind.rag = status_in(text);
                if (!ind.rag.empty()) ind.rag_source = "text";
            }
        }
        ind.source = Provenance{figure.page, figure.box, figure.original, "tile"};
        assembly.indicators.push_back(std::move(ind));
    }
}

}  // namespace outturn::indicators
