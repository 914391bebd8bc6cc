#pragma once
// Tables rebuilt from the page's ruling lines (the grid the lines draw, its
// merged cells) or, where nothing is ruled, from the alignment of the words;
// the words in each cell, and tables continued over pages joined.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "outturn/geometry.hpp"
#include "outturn/pdf.hpp"

namespace re2 {
class RE2;
}

namespace outturn::tables {

struct Cell {
    int page = 0;
    Box box;
    std::string text;  // words in reading order, lines joined with a space
    int row_span = 1, col_span = 1;
    bool covered = false;         // inside another cell's span; text stays with the owner
    std::optional<Rgb> fill;      // background or a coloured marker filling most of the cell
};

struct Table {
    int page = 0;       // where it starts
    int last_page = 0;  // where it ends, after joining continuations
    Box box;            // on its first page
    int columns = 0;
    int header_rows = 0;  // leading rows that name the columns
    bool ruled = true;    // drawn as a grid of rules; false: found by how its words line up
    std::vector<std::vector<Cell>> rows;  // each row has `columns` cells
};

// Column header words by role ("value" <- "Data", "Actual", "Outturn"...), read
// from a data file so that a council's headers need no recompiling.
class Vocabulary {
public:
    // Lines "role: header | header" or "role: re:EXPRESSION" (RE2, matching the
    // whole folded header); '#' starts a comment. Throws std::runtime_error "FILE:LINE: ...".
    static Vocabulary parse(std::string_view text, const std::string& file_name);
    static Vocabulary load(const std::string& path);

    // The role a header cell plays, or empty.
    std::string role_of(std::string_view header) const;

private:
    std::vector<std::pair<std::string, std::string>> headers_;  // (folded header, role), longest first
    // (expression, role), in file order, tried before the words: an expression
    // names a shape ("q1 2020 21") that a listed word would only prefix.
    std::vector<std::pair<std::shared_ptr<const re2::RE2>, std::string>> expressions_;
};

// Tables of one page: grids of at least two horizontal and two vertical rules
// that meet, then, among the words outside them, runs of lines whose words
// keep to the same columns (Word tables without borders, Excel exports, rules
// only above and below the header). Words in no table are left to the prose
// stages. `headers` lets a header row be told by its words.
std::vector<Table> detect(const pdf::Page& page, const Vocabulary& headers = {});

// Every page's tables, with a table that continues on the next page (same
// columns, header repeated or not) joined into one, and a row split by the page
// break merged back.
std::vector<Table> detect_all(const pdf::Document& document, const Vocabulary& headers = {});

// Header rows: leading rows whose text is bold throughout, whose cells are
// column headers of `headers` (two or more, and most of the row), or whose
// shading no later row has. A row repeated at the top of a continuation page
// is a header too (detect_all).
int count_header_rows(const Table& table, const pdf::Page& page, const Vocabulary& headers = {});

// Folds case, punctuation and spacing: "D.O.T." -> "dot", "Last  year" -> "last year".
std::string fold(std::string_view text);

// Whether any cell of the row that is not covered by a merged one says anything.
bool has_text(const std::vector<Cell>& row);

// Red, amber or green for a RAG colour, tolerant of shades; empty for others.
std::string rag_of_colour(const Rgb& colour);

}  // namespace outturn::tables
