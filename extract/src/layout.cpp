#include "outturn/layout.hpp"
#include "outturn/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

namespace outturn::layout {
namespace {

// Decodes one UTF-8 sequence at s[i]; invalid bytes come back as themselves (Latin-1) so nothing is lost.
char32_t decode(std::string_view s, std::size_t& i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra == 0 || i + static_cast<std::size_t>(extra) >= s.size()) {
        ++i;
        return c;
    }
    char32_t code = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return c;
        }
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    i += static_cast<std::size_t>(extra) + 1;
    return code;
}

void encode(char32_t code, std::string& out) {
    if (code < 0x80) out += static_cast<char>(code);
    else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// nullptr: keep the character; "": drop it; otherwise its replacement.
const char* replacement(char32_t c) {
    switch (c) {
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05: case 0xFB06: return "st";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000: case '\t': case '\n': case '\r': case '\f': case '\v': return " ";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: return "";
    case 0x2212: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0xFE63: case 0xFF0D: return "-";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return "\"";
    case 0x2026: return "...";
    case 0x2044: case 0x2215: return "/";
    case 0xFF05: return "%";
    default: return nullptr;
    }
}

}  // namespace

Normalised normalise(std::string_view original) {
    Normalised out;
    out.text.reserve(original.size());
    out.origin.reserve(original.size() + 1);
    auto emit = [&](std::string_view piece, std::size_t from) {
        for (char ch : piece) {
            if (ch == ' ' && (out.text.empty() || out.text.back() == ' ')) continue;
            out.text += ch;
            out.origin.push_back(static_cast<std::uint32_t>(from));
        }
    };
    for (std::size_t i = 0; i < original.size();) {
        std::size_t start = i;
        char32_t c = decode(original, i);
        if (const char* r = replacement(c)) {
            emit(r, start);
        } else {
            std::string enc;
            encode(c, enc);
            emit(enc, start);
        }
    }
    if (!out.text.empty() && out.text.back() == ' ') {
        out.text.pop_back();
        out.origin.pop_back();
    }
    out.origin.push_back(static_cast<std::uint32_t>(original.size()));
    return out;
}

Box Passage::box_of(std::size_t begin, std::size_t end) const {
    Box covered;
    bool any = false;
    for (const Piece& piece : pieces) {
        if (piece.end <= begin || piece.begin >= end) continue;
        covered = any ? covered.united(piece.box) : piece.box;
        any = true;
    }
    return any ? covered : box;
}

std::string Passage::quote_of(std::size_t begin, std::size_t end) const {
    begin = std::min(begin, normalised.text.size());
    end = std::clamp(end, begin, normalised.text.size());
    std::size_t from = normalised.origin[begin];
    std::size_t to = end < normalised.text.size() ? normalised.origin[end] : original.size();
    // A match ending inside a multi-byte replacement (a ligature) takes the whole original character.
    while (to < original.size() && (static_cast<unsigned char>(original[to]) & 0xC0) == 0x80) ++to;
    std::string quote = original.substr(from, to - from);
    while (!quote.empty() && quote.back() == ' ') quote.pop_back();
    return quote;
}

namespace {

bool starts_word(std::string_view s) {
    return !s.empty() && std::isalnum(static_cast<unsigned char>(s.front()));
}

bool ends_with_hyphen(const std::string& s) {
    return s.size() >= 2 && s.back() == '-' && std::isalnum(static_cast<unsigned char>(s[s.size() - 2]));
}

// A running header or footer repeats on many pages near the top or bottom edge;
// page numbers differ, so digits are masked before comparing.
std::string repetition_key(const std::string& text) {
    std::string key;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (key.empty() || key.back() != '#') key += '#';
        } else if (!std::isspace(static_cast<unsigned char>(c))) {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return key;
}

bool looks_like_numbered_heading(const std::string& text) {
    // "3.1 Care package reviews", "4. Safe and vibrant communities"
    std::size_t i = 0;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
    if (i == 0 || i >= text.size() || text[i] != ' ') return false;
    if (!std::isdigit(static_cast<unsigned char>(text[0]))) return false;
    std::size_t rest = i + 1;
    return rest < text.size() && std::isupper(static_cast<unsigned char>(text[rest])) && text.size() <= 90 &&
           text.back() != '.';
}

bool starts_item(const std::string& text) {
    if (text.rfind("\xE2\x80\xA2", 0) == 0 || text.rfind("- ", 0) == 0 || text.rfind("* ", 0) == 0) return true;
    std::size_t i = 0;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' || text[i] == ')')) ++i;
    return i > 0 && i < text.size() && text[i] == ' ' && std::isdigit(static_cast<unsigned char>(text[0]));
}

bool continues_block(const Line& prev, const Line& next, const pdf::Page& page) {
    if (prev.text.empty() || next.text.empty()) return false;
    char last = prev.text.back();
    if (last == '.' || last == ':' || last == ';' || last == '?' || last == '!') return false;
    if (starts_item(next.text) || next.bold != prev.bold) return false;
    double size = std::min(prev.font_size, next.font_size);
    if (std::fabs(prev.font_size - next.font_size) > 1.5) return false;
    double gap = next.box.y0 - prev.box.y1;
    if (gap > 0.6 * size || next.box.y0 < prev.box.y0) return false;
    double shorter = std::min(prev.box.width(), next.box.width());
    if (shorter <= 0 || prev.box.horizontal_overlap(next.box) < 0.5 * shorter) return false;
    for (const pdf::Shape& shape : page.shapes) {
        bool rule = shape.box.height() <= 3 && shape.box.width() > 5;
        double mid = (shape.box.y0 + shape.box.y1) / 2;
        if (rule && mid > prev.box.y0 + size * 0.5 && mid < next.box.y1 - size * 0.5 && shape.box.horizontal_overlap(next.box) > 0)
            return false;
    }
    return true;
}

// A footnote marker set small and raised against the word before it
// ("barriers.¹", "38¹ of the indicators"): not part of any figure.
bool is_superscript(const pdf::Word& word, const pdf::Word& before) {
    bool small = word.font_size > 0 && word.font_size < 0.8 * before.font_size;
    bool raised = word.baseline < before.baseline - 0.15 * before.font_size;
    bool marker = !word.text.empty() && word.text.size() <= 3 &&
                  std::all_of(word.text.begin(), word.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '*'; });
    return small && raised && marker;
}

// Removes superscript markers from the text patterns read; quotes keep them.
void drop_superscripts(Passage& passage, const pdf::Page& page, const std::vector<std::pair<std::size_t, std::size_t>>& spans,
                       const std::vector<std::size_t>& ids) {
    std::vector<std::pair<std::size_t, std::size_t>> marks;
    for (std::size_t w = 1; w < ids.size(); ++w)
        if (is_superscript(page.words[ids[w]], page.words[ids[w - 1]])) marks.push_back(spans[w]);
    if (marks.empty()) return;
    Normalised& nm = passage.normalised;
    std::string text;
    std::vector<std::uint32_t> origin;
    for (std::size_t b = 0; b < nm.text.size(); ++b) {
        bool marked = std::any_of(marks.begin(), marks.end(), [&](const auto& m) { return nm.origin[b] >= m.first && nm.origin[b] < m.second; });
        if (marked) continue;
        text += nm.text[b];
        origin.push_back(nm.origin[b]);
    }
    origin.push_back(nm.origin.back());
    nm.text = std::move(text);
    nm.origin = std::move(origin);
}

// Axis ticks, data labels and legends: set smaller than the body and mostly
// figures or a few words ("82.9%", "Apr-19 May-19 ...", "Target 85%").
bool looks_like_chart_labels(const Layout& layout, std::size_t first, std::size_t last) {
    if (layout.body_font_size <= 0) return false;
    for (std::size_t k = first; k < last; ++k) {
        const Line& line = layout.lines[k];
        if (line.font_size >= 0.85 * layout.body_font_size) return false;
        std::size_t digits = 0, words = 1;
        for (char c : line.text) {
            if (std::isdigit(static_cast<unsigned char>(c)) || c == '%') ++digits;
            if (c == ' ') ++words;
        }
        if (digits * 4 < line.text.size() && words > 4) return false;
    }
    return true;
}

}  // namespace

Layout build(const pdf::Document& document) {
    Layout layout;
    // Lines from Poppler's grouping.
    std::vector<std::vector<std::size_t>> page_lines(document.pages.size());
    for (std::size_t p = 0; p < document.pages.size(); ++p) {
        const pdf::Page& page = document.pages[p];
        for (std::size_t w = 0; w < page.words.size(); ++w) {
            const pdf::Word& word = page.words[w];
            bool same_line = !layout.lines.empty() && !page_lines[p].empty() && layout.lines.back().page == page.number &&
                             page.words[layout.lines.back().words.back()].line == word.line &&
                             page.words[layout.lines.back().words.back()].block == word.block;
            if (!same_line) {
                Line line;
                line.page = page.number;
                line.block = word.block;
                line.box = word.box;
                line.bold = true;
                layout.lines.push_back(std::move(line));
                page_lines[p].push_back(layout.lines.size() - 1);
            }
            Line& line = layout.lines.back();
            if (!line.words.empty()) {
                const pdf::Word& prev = page.words[line.words.back()];
                if (prev.space_after) line.text += ' ';
            }
            line.text += valid_utf8(word.text);
            line.words.push_back(w);
            line.box = line.box.united(word.box);
            line.bold = line.bold && word.bold;
            line.font_size = std::max(line.font_size, word.font_size);
        }
    }

    // Poppler starts a new block where the font size changes, which splits a
    // bullet whose first line is set larger than its continuation lines. Join a
    // block to the one before when it reads on from it: no sentence end, no new
    // bullet or numbered paragraph, at most a small gap, the same column, and no
    // ruling line between them (which would make them two table cells).
    for (std::size_t i = 1; i < layout.lines.size(); ++i) {
        Line& prev = layout.lines[i - 1];
        Line& next = layout.lines[i];
        if (next.page != prev.page || next.block == prev.block) continue;
        const pdf::Page& page = document.pages[static_cast<std::size_t>(next.page - 1)];
        if (continues_block(prev, next, page)) {
            int old_block = next.block;
            for (std::size_t k = i; k < layout.lines.size() && layout.lines[k].page == next.page && layout.lines[k].block == old_block; ++k)
                layout.lines[k].block = prev.block;
        }
    }

    // The body size: the font size carrying the most characters.
    std::map<double, std::size_t> size_weight;
    for (const Line& line : layout.lines) size_weight[std::round(line.font_size * 2) / 2] += line.text.size();
    std::size_t heaviest = 0;
    for (const auto& [size, weight] : size_weight)
        if (weight > heaviest) {
            heaviest = weight;
            layout.body_font_size = size;
        }

    // Running headers and footers: same masked text at the same edge on several
    // pages. The edge is part of the key because a template repeats its header at
    // the top and its footer at the bottom, while numbered headings that happen to
    // fall at a page break ("11. Housing", "12. Planning") land at either edge.
    std::map<std::string, std::set<int>> edge_pages;
    auto edge_key = [&](const Line& line) -> std::string {
        double h = document.pages[static_cast<std::size_t>(line.page - 1)].height;
        if (h <= 0) return {};
        std::string key = repetition_key(line.text);
        if (key.empty()) return {};
        if (line.box.y1 < h * 0.12) return "top:" + key;
        if (line.box.y0 > h * 0.88) return "bottom:" + key;
        return {};
    };
    for (const Line& line : layout.lines) {
        if (std::string key = edge_key(line); !key.empty()) edge_pages[key].insert(line.page);
    }
    std::size_t needed = std::max<std::size_t>(3, (document.pages.size() + 1) / 2);
    std::set<std::string> running_keys;
    for (const auto& [key, pages] : edge_pages) {
        if (pages.size() >= needed) running_keys.insert(key);
    }
    auto is_running = [&](const Line& line) {
        std::string key = edge_key(line);
        return !key.empty() && running_keys.count(key) > 0;
    };

    // Passages: one per Poppler block.
    std::string section;
    for (std::size_t i = 0; i < layout.lines.size();) {
        std::size_t j = i + 1;
        while (j < layout.lines.size() && layout.lines[j].page == layout.lines[i].page &&
               layout.lines[j].block == layout.lines[i].block)
            ++j;
        Passage passage;
        passage.page = layout.lines[i].page;
        passage.first_line = i;
        passage.line_count = j - i;
        passage.box = layout.lines[i].box;
        bool all_running = true;
        const pdf::Page& page = document.pages[static_cast<std::size_t>(passage.page - 1)];
        // Build original text and word pieces together, undoing "treat-\nment".
        std::vector<std::pair<std::size_t, std::size_t>> word_spans;  // original offsets per word
        std::vector<std::size_t> word_ids;
        for (std::size_t k = i; k < j; ++k) {
            const Line& line = layout.lines[k];
            passage.box = passage.box.united(line.box);
            if (!is_running(line)) all_running = false;
            for (std::size_t n = 0; n < line.words.size(); ++n) {
                const pdf::Word& word = page.words[line.words[n]];
                if (!passage.original.empty()) {
                    bool line_start = n == 0;
                    bool glue = line_start ? false : !page.words[line.words[n - 1]].space_after;
                    // A hyphen at a line end joins the halves but stays: office suites do not
                    // hyphenate by default, so it is nearly always the word's own ("anti-social",
                    // "Covid-19") and dropping it would misquote the page.
                    if (line_start && ends_with_hyphen(passage.original) && starts_word(word.text)) glue = true;
                    if (!glue) passage.original += ' ';
                }
                // Words from the library's callers may be raw bytes; quotes become JSON.
                std::string text = valid_utf8(word.text);
                word_spans.emplace_back(passage.original.size(), passage.original.size() + text.size());
                word_ids.push_back(line.words[n]);
                passage.original += text;
            }
        }
        passage.running = all_running;
        passage.chart = looks_like_chart_labels(layout, i, j);
        passage.normalised = normalise(passage.original);
        drop_superscripts(passage, page, word_spans, word_ids);
        // Word pieces in normalised offsets.
        for (std::size_t w = 0; w < word_spans.size(); ++w) {
            const auto& nm = passage.normalised;
            auto lo = std::lower_bound(nm.origin.begin(), nm.origin.end() - 1, word_spans[w].first);
            auto hi = std::lower_bound(nm.origin.begin(), nm.origin.end() - 1, word_spans[w].second);
            passage.pieces.push_back({static_cast<std::size_t>(lo - nm.origin.begin()),
                                      static_cast<std::size_t>(hi - nm.origin.begin()), page.words[word_ids[w]].box});
        }
        const Line& first = layout.lines[i];
        if (!passage.running && passage.line_count <= 2 && looks_like_numbered_heading(passage.text())) {
            passage.is_heading = true;
            section = passage.text();
        } else if (!passage.running && passage.line_count == 1 && first.bold && passage.text().size() <= 90 &&
                   section.empty()) {
            passage.is_heading = true;
        }
        passage.section = section;
        layout.passages.push_back(std::move(passage));
        i = j;
    }
    // A chart's title: one line set smaller than the body, just before the
    // chart's labels. Reports title a chart with the measure's full name, so it
    // names the indicator its section's commentary then states.
    std::vector<std::string> captions;
    std::string caption_section;
    for (std::size_t p = 0; p < layout.passages.size(); ++p) {
        Passage& passage = layout.passages[p];
        if (passage.section != caption_section) {
            captions.clear();
            caption_section = passage.section;
        }
        bool next_is_chart = p + 1 < layout.passages.size() && layout.passages[p + 1].chart &&
                             layout.passages[p + 1].page == passage.page;
        const Line& line = layout.lines[passage.first_line];
        if (!passage.chart && !passage.running && passage.line_count == 1 && next_is_chart &&
            line.font_size < layout.body_font_size && passage.text().size() > 10)
            captions.push_back(passage.text());
        passage.figures = captions;
    }

    // Charts: consecutive chart passages of one page and section; the caption
    // is the last one found before the first of them.
    for (std::size_t p = 0; p < layout.passages.size(); ++p) {
        const Passage& first = layout.passages[p];
        if (!first.chart || first.running) continue;
        Chart chart;
        chart.page = first.page;
        chart.box = first.box;
        chart.section = first.section;
        if (p > 0 && !layout.passages[p - 1].figures.empty() && layout.passages[p - 1].page == first.page &&
            layout.passages[p - 1].figures.back() == layout.passages[p - 1].text())
            chart.title = layout.passages[p - 1].text();
        std::size_t q = p;
        for (; q < layout.passages.size() && layout.passages[q].chart && !layout.passages[q].running &&
               layout.passages[q].page == first.page && layout.passages[q].section == first.section;
             ++q) {
            const Passage& labels = layout.passages[q];
            chart.box = chart.box.united(labels.box);
            for (const Piece& piece : labels.pieces) chart.labels.push_back(labels.text().substr(piece.begin, piece.end - piece.begin));
        }
        layout.charts.push_back(std::move(chart));
        p = q - 1;
    }

    // Mark passages that read on from the previous page: the last body passage
    // there ends mid-sentence and this one, the first on its page, starts lower case.
    std::size_t last_body = static_cast<std::size_t>(-1);
    int last_body_page = 0;
    for (std::size_t p = 0; p < layout.passages.size(); ++p) {
        Passage& passage = layout.passages[p];
        if (passage.running) continue;
        bool first_on_page = last_body_page != passage.page;
        if (first_on_page && last_body != static_cast<std::size_t>(-1) && last_body_page + 1 == passage.page) {
            const std::string& before = layout.passages[last_body].text();
            char end = before.empty() ? '.' : before.back();
            bool open_sentence = end != '.' && end != ':' && end != '?' && end != '!';
            if (open_sentence && !passage.text().empty() && std::islower(static_cast<unsigned char>(passage.text().front())))
                passage.continues = last_body;
        }
        last_body = p;
        last_body_page = passage.page;
    }
    for (const Line& line : layout.lines) {
        if (is_running(line)) {
            if (std::find(layout.running_lines.begin(), layout.running_lines.end(), line.text) == layout.running_lines.end())
                layout.running_lines.push_back(line.text);
        }
    }
    return layout;
}

}  // namespace outturn::layout
