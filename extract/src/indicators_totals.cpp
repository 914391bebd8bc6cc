#include "outturn/indicators.hpp"
#include "indicators_detail.hpp"

#include <algorithm>

#include "text_case.hpp"

namespace outturn::indicators {
namespace {

using detail::cell_provenance;
using detail::numeric_cell;

// The status a summary-table row is about: its first cell starts with the word.
std::string row_status(const std::vector<tables::Cell>& row) {
    for (const tables::Cell& cell : row) {
        if (cell.covered) continue;
        std::string first = lower(cell.text.substr(0, cell.text.find_first_of(" (")));
        if (first == "red" || first == "amber" || first == "green") return first;
        return {};
    }
    return {};
}

bool is_total_row(const std::vector<tables::Cell>& row) {
    for (const tables::Cell& cell : row) {
        if (cell.covered) continue;
        return lower(cell.text).rfind("total", 0) == 0;
    }
    return false;
}

// A count: a whole number that is not a percentage.
std::optional<Figure> whole_count(const std::string& text) {
    auto f = numeric_cell(text);
    if (!f || f->decimals != 0 || is_percent(*f)) return std::nullopt;
    return f;
}

// The row's count: the first cell after the label that is a whole number.
const tables::Cell* count_cell(const std::vector<tables::Cell>& row) {
    for (std::size_t c = 1; c < row.size(); ++c)
        if (!row[c].covered && whole_count(row[c].text)) return &row[c];
    return nullptr;
}

// Items bulleted in the row's other cells ("• Percentage of carers assessed ...").
int listed_items(const std::vector<tables::Cell>& row, const tables::Cell* skip) {
    int items = 0;
    for (const tables::Cell& cell : row) {
        if (cell.covered || &cell == skip) continue;
        for (std::size_t at = cell.text.find("\xE2\x80\xA2"); at != std::string::npos; at = cell.text.find("\xE2\x80\xA2", at + 1)) ++items;
    }
    return items;
}

// A summary table lists the measures under each status; an indicator whose
// name is one of them takes that status (when nothing nearer gave it one).
void rate_listed_measures(const std::vector<tables::Cell>& row, const std::string& status, std::vector<Indicator>& indicators) {
    static const std::string bullet = "\xE2\x80\xA2";
    for (const tables::Cell& cell : row) {
        if (cell.covered || cell.text.find(bullet) == std::string::npos) continue;
        for (std::size_t at = cell.text.find(bullet); at != std::string::npos;) {
            std::size_t next = cell.text.find(bullet, at + bullet.size());
            std::string item = tables::fold(cell.text.substr(at + bullet.size(), next == std::string::npos ? next : next - at - bullet.size()));
            at = next;
            if (item.size() < 8) continue;
            for (Indicator& ind : indicators) {
                if (!ind.rag.empty()) continue;
                std::string name = tables::fold(ind.name);
                bool same = name == item || (name.size() > item.size() && name.compare(0, item.size(), item) == 0 && name[item.size()] == ' ');
                if (!same) continue;
                ind.rag = status;
                ind.rag_source = "summary";
            }
        }
    }
}

// A whole number in a cell: a count. "-" and an empty cell count none.
std::optional<double> count_in(const tables::Cell& cell) {
    std::string text = lower(cell.text);
    if (text.empty() || text == "-" || text == "\u2013" || text == "nil") return 0.0;
    auto f = whole_count(cell.text);
    if (!f) return std::nullopt;
    return f->number;
}

}  // namespace

void add_total_claims(const std::vector<tables::Table>& found, Assembly& assembly) {
    for (std::size_t t = 0; t < found.size(); ++t) {
        const tables::Table& table = found[t];
        // A table that counts measures by some other grouping ("Scrutiny board |
        // Red measures") adds up the same way as one by status.
        bool counts_measures = false;
        for (int r = 0; r < table.header_rows; ++r)
            for (const tables::Cell& cell : table.rows[static_cast<std::size_t>(r)]) {
                std::string words = " " + tables::fold(cell.text) + " ";
                for (const char* word : {" measures ", " indicators ", " kpis ", " pis ", " targets "})
                    if (words.find(word) != std::string::npos) counts_measures = true;
            }
        std::size_t first_body = static_cast<std::size_t>(table.header_rows);
        for (std::size_t r = first_body; r < table.rows.size(); ++r) {
            const auto& row = table.rows[r];
            std::string status = row_status(row);
            if (status.empty()) continue;
            const tables::Cell* count = count_cell(row);
            if (!count) continue;
            rate_listed_measures(row, status, assembly.indicators);
            if (int items = listed_items(row, count); items > 0)
                assembly.totals.push_back(TotalClaim{*numeric_cell(count->text), static_cast<double>(items), "measures listed as " + status,
                                                     "", cell_provenance(*count, row, static_cast<int>(t), static_cast<int>(r)), {}});
        }
        // Each total row adds up every row since the last total: the statuses and
        // the rows that are none ("Not rated", "Data not yet available"), in each
        // column of counts the total row fills ("Q4 | Q1").
        std::size_t from = first_body;
        for (std::size_t total = first_body; total < table.rows.size(); ++total) {
            const auto& total_row = table.rows[total];
            if (!is_total_row(total_row)) continue;
            std::size_t counted_from = from;
            from = total + 1;
            bool by_status = false;
            for (std::size_t r = counted_from; r < total; ++r) by_status = by_status || !row_status(table.rows[r]).empty();
            if (!by_status && !counts_measures) continue;
            std::vector<std::pair<std::size_t, Figure>> columns;  // column, its stated total
            for (std::size_t c = 1; c < total_row.size(); ++c)
                if (auto stated = total_row[c].covered ? std::nullopt : whole_count(total_row[c].text)) columns.emplace_back(c, *stated);
            for (const auto& [c, stated] : columns) {
                double sum = 0;
                bool countable = true;
                std::vector<Provenance> parts;
                std::string counted_rows;
                for (std::size_t r = counted_from; r < total; ++r) {
                    const auto& row = table.rows[r];
                    if (row[c].covered || !tables::has_text(row)) continue;
                    auto n = count_in(row[c]);
                    countable = n.has_value();
                    if (!countable) break;
                    sum += *n;
                    parts.push_back(cell_provenance(row[c], row, static_cast<int>(t), static_cast<int>(r)));
                    std::string shown;
                    for (const tables::Cell& cell : row)
                        if (!cell.covered && !cell.text.empty()) shown += (shown.empty() ? "" : " ") + cell.text;
                    counted_rows += (counted_rows.empty() ? "" : " ") + (columns.size() > 1 ? shown : row.front().text + " " + row[c].text);
                }
                if (!countable || parts.empty()) continue;
                Provenance where = cell_provenance(total_row[c], total_row, static_cast<int>(t), static_cast<int>(total));
                where.quote = counted_rows + " " + where.quote;
                std::string what = "the counts above it added up";
                if (columns.size() > 1) what += " (column '" + detail::header_text(table, static_cast<int>(c)) + "')";
                assembly.totals.push_back(TotalClaim{stated, sum, what, "", where, parts});
            }
        }
    }
    // Prose counts by status, recounted from the indicators the document rates.
    for (const auto& stated : assembly.status_counts) {
        TotalClaim claim{stated.stated, std::nullopt, "", "", stated.where, {}};
        double counted = 0;
        bool any_rated = false;
        std::string names;
        for (const std::string& status : stated.statuses) {
            names += names.empty() ? status : " or " + status;
            for (const Indicator& ind : assembly.indicators) {
                if (ind.rag != status) continue;
                any_rated = true;
                ++counted;
                claim.evidence.push_back(ind.source);
            }
        }
        claim.what = "indicators rated " + names;
        // A document that lists no measure of a status cannot be recounted for it:
        // exception reports name the red and amber measures and only count the rest.
        bool every_status_listed = true;
        for (const std::string& status : stated.statuses) {
            bool listed = std::any_of(assembly.indicators.begin(), assembly.indicators.end(),
                                      [&](const Indicator& ind) { return ind.rag == status; });
            every_status_listed = every_status_listed && listed;
        }
        if (any_rated && every_status_listed) claim.counted = counted;
        else claim.reason = "the document lists no measure rated " + names;
        assembly.totals.push_back(std::move(claim));
    }
}

}  // namespace outturn::indicators
