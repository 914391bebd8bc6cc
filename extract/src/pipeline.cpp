#include "outturn/pipeline.hpp"

#include "outturn/version.hpp"

#include <algorithm>

namespace outturn {

const char* version() { return OUTTURN_VERSION; }

Rules load_rules(const std::string& directory) {
    Rules rules;
    rules.patterns = patterns::load_directory(directory);
    try {
        rules.headers = tables::Vocabulary::load(directory + "/table-headers.txt");
    } catch (const std::runtime_error& e) {
        throw patterns::LoadError(e.what());
    }
    return rules;
}

namespace {

// Scorecard rows and form fields become indicators cell by cell; the prose
// patterns must not read the same cells again as sentences. A form's
// commentary ("Reason for variance: ...") is still prose.
void keep_indicator_tables_from_prose(layout::Layout& layout, const std::vector<tables::Table>& found,
                                      const tables::Vocabulary& headers) {
    for (const tables::Table& table : found) {
        bool scorecard = indicators::columns_of(table, headers).has_value();
        std::vector<std::pair<int, Box>> fields;  // page, box
        for (const auto& record : indicators::form_records(table, headers, &layout))
            for (const auto& field : record.fields) fields.emplace_back(field.cell->page, field.box);
        for (layout::Passage& passage : layout.passages) {
            bool in_field = std::any_of(fields.begin(), fields.end(), [&](const auto& field) {
                return field.first == passage.page && passage.box.centre_in(field.second);
            });
            for (const auto& row : table.rows) {
                for (const tables::Cell& cell : row) {
                    if (cell.covered || cell.page != passage.page || !passage.box.centre_in(cell.box)) continue;
                    if (scorecard || in_field) passage.in_table = true;
                    // Small print in a ruled table is table text, not a chart label;
                    // words found to line up may still be a chart's, so that stays.
                    if (table.ruled) passage.chart = false;
                }
            }
        }
    }
}

// A report for one period ("Q1 2020-21 Performance Report") states each value
// for that period; a bare "Q1" in a statement means the report's Q1.
void inherit_period(const std::string& period, std::vector<indicators::Indicator>& found) {
    if (period.empty()) return;
    for (auto& ind : found) {
        if (ind.period.empty()) {
            ind.period = period;
            ind.period_source = "document";
        } else if (ind.period.size() == 2 && period.rfind(ind.period + " ", 0) == 0) {
            ind.period = period;
            ind.period_source = "document";
        }
    }
}

}  // namespace

Result process(pdf::Document document, const Rules& rules) {
    Result result;
    result.document = std::move(document);
    for (const std::string& warning : result.document.warnings) result.diagnostics.push_back({"warning", 0, "PDF structure: " + warning});
    for (const pdf::Page& page : result.document.pages) {
        if (page.words.empty()) result.diagnostics.push_back({"warning", page.number, "page has no text layer"});
        if (page.shapes_truncated) result.diagnostics.push_back({"warning", page.number, "too many drawn shapes; the rest were ignored"});
    }
    result.tables = tables::detect_all(result.document, rules.headers);
    result.layout = layout::build(result.document);
    keep_indicator_tables_from_prose(result.layout, result.tables, rules.headers);
    // A tile's figure, name and small print are read as a tile, not as sentences.
    auto tiles = indicators::find_tiles(result.layout, result.tables);
    for (const indicators::Tile& tile : tiles) {
        result.layout.passages[tile.figure].in_table = true;
        result.layout.passages[tile.name].in_table = true;
        for (std::size_t detail : tile.details) result.layout.passages[detail].in_table = true;
    }
    result.matches = recognise::find_all(result.layout, rules.patterns);
    result.assembly = indicators::assemble(result.layout, result.matches);
    indicators::add_tile_indicators(result.layout, tiles, result.assembly);
    indicators::add_table_indicators(result.tables, rules.headers, result.assembly);
    indicators::add_form_indicators(result.tables, rules.headers, result.assembly, &result.layout);
    // Before the totals: a status shown only in colour is counted like one in words.
    result.markers = markers::find_all(result.document);
    indicators::add_marker_statuses(result.markers, result.tables, rules.headers, result.layout, result.assembly);
    indicators::merge_restatements(result.assembly);
    indicators::add_total_claims(result.tables, result.assembly);
    result.checks = reconcile::check_all(result.assembly);
    for (const auto& note : result.assembly.notes) result.diagnostics.push_back({"info", note.page, note.message});
    result.coverage = coverage::account(result.layout, result.matches);
    result.metadata = metadata::describe(result.layout);
    inherit_period(result.metadata.period, result.assembly.indicators);
    return result;
}

}  // namespace outturn
