#pragma once
// Tables rebuilt from the page's ruling lines: the grid the lines draw, its
// merged cells, the words in each cell, and tables continued over pages joined.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "outturn/geometry.hpp"
#include "outturn/pdf.hpp"

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
    std::vector<std::vector<Cell>> rows;  // each row has `columns` cells
};

// Tables of one page. Needs at least two horizontal and two vertical rules
// that meet; words outside any grid are left to the prose stages.
std::vector<Table> detect(const pdf::Page& page);

// Every page's tables, with a table that continues on the next page (same
// columns, header repeated or not) joined into one, and a row split by the page
// break merged back.
std::vector<Table> detect_all(const pdf::Document& document);

// Header rows: leading rows whose text is bold throughout.
int count_header_rows(const Table& table, const pdf::Page& page);

// Column header words by role ("value" <- "Data", "Actual", "Outturn"...), read
// from a data file so that a council's headers need no recompiling.
class Vocabulary {
public:
    // Lines "role: header | header"; '#' starts a comment. Throws std::runtime_error "FILE:LINE: ...".
    static Vocabulary parse(std::string_view text, const std::string& file_name);
    static Vocabulary load(const std::string& path);

    // The role a header cell plays, or empty.
    std::string role_of(std::string_view header) const;

private:
    std::vector<std::pair<std::string, std::string>> headers_;  // (folded header, role), longest first
};

// Folds case, punctuation and spacing: "D.O.T." -> "dot", "Last  year" -> "last year".
std::string fold(std::string_view text);

// Red, amber or green for a RAG colour, tolerant of shades; empty for others.
std::string rag_of_colour(const Rgb& colour);

}  // namespace outturn::tables
