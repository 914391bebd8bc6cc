#pragma once
// Stage 5: matches plus their context (section, form label) to indicator records,
// and the checkable claims the statements make.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "outturn/geometry.hpp"
#include "outturn/layout.hpp"
#include "outturn/markers.hpp"
#include "outturn/number.hpp"
#include "outturn/recognise.hpp"
#include "outturn/tables.hpp"

namespace outturn::indicators {

struct Provenance {
    int page = 0;
    Box bbox;
    std::string quote;
    std::string pattern;  // pattern id, or "table:<value column header>"
    int table = -1;       // index into Result::tables for table rows
    int row = -1;
};

struct Previous {
    Figure figure;
    std::string period;  // empty when not stated
};

struct Benchmark {
    std::string label;
    Figure figure;
};

struct Indicator {
    std::string id;
    std::string name;
    std::string name_source;  // "table", "form", "figure" (a chart title) or "section": how specific the name is
    std::string section;
    std::string period;  // empty when not stated
    std::string period_source;  // "document" when taken from the report's own reporting period
    Figure value;
    std::string unit;    // "%" or empty
    std::optional<Figure> numerator, denominator, target;
    std::optional<Figure> sample;  // people asked, where a survey result states it
    std::string polarity;  // "higher", "lower" or empty
    std::string rag;       // "red", "amber", "green" or empty
    std::string rag_source;  // "text", "colour" (a filled cell or marker with no word) or "summary" (a RAG summary table's list)
    std::string direction;   // direction of travel as stated ("improving", "worsening"...), or an arrow's "up", "down", "level"
    std::string direction_source;  // "text" or "arrow" (a drawn or typed arrow; whether up is better needs the polarity)
    std::optional<Previous> previous;
    std::vector<Benchmark> benchmarks;
    Provenance source;                 // the first full statement
    std::string statement;             // the sentence of that statement, for telling restatements apart
    std::vector<Provenance> mentions;  // restatements of the same value
};

// "82.9% (819 / 988)": a percentage stated with its parts.
struct RatioClaim {
    std::string indicator;
    Figure percent, numerator, denominator;
    Provenance where;
};

// "off target (60%) by 26.9": a stated gap between value and target.
struct GapClaim {
    std::string indicator;
    Figure value, target, gap;
    std::string side;  // "above", "below", "off", as worded
    Provenance where;
};

// "a 51% increase ... (403 compared to 136)", "an increase of 8.1 when compared
// with Q1 2019/20 (84%)", "a difference of 136 cases (51%) from the previous month".
struct ChangeClaim {
    std::string indicator;
    std::optional<Figure> value, previous;  // as stated or from the indicator in context
    std::optional<Figure> change;           // the stated amount ("8.1", "51%", "25")
    std::optional<Figure> change_relative;  // a second, relative amount stated with it ("(51%)")
    std::string unit;       // "points" when worded as percentage points, else empty
    std::string direction;  // "up", "down" or empty
    bool values_are_percentages = false;
    Provenance where;
    std::vector<Provenance> evidence;  // a value taken from another statement
};

// "97% (61 people who responded)": a percentage of a stated number of people.
struct SampleClaim {
    std::string indicator;
    Figure percent, count;
    Provenance where;
};

// A stated count that the document's own lists or tables let one recount.
struct TotalClaim {
    Figure stated;
    std::optional<double> counted;  // empty when nothing in the document can be counted
    std::string what;               // what was counted, for the message
    std::string reason;             // why it could not be counted
    Provenance where;
    std::vector<Provenance> evidence;  // where the counted items are stated
    // A breakdown that may leave some out ("Of the 214 patients, 131 were at A
    // and 58 at B"): parts adding up to less than the whole prove nothing.
    bool parts_may_be_partial = false;
};

// How the document says it assigns RAG, where it says so.
struct RagRules {
    bool green_when_target_met = false;    // "GREEN target achieved"
    bool amber_within_tolerance = false;   // "AMBER within tolerance", "floor achieved but target not met"
    bool red_outside_tolerance = false;    // "RED floor not achieved", "outside tolerance"
    std::optional<Figure> tolerance;       // "a permissible variance of 5 from the target"
    std::vector<Provenance> stated_at;
};

struct Assembly {
    RagRules rag_rules;
    std::vector<Indicator> indicators;
    std::vector<RatioClaim> ratios;
    std::vector<GapClaim> gaps;
    std::vector<ChangeClaim> changes;
    std::vector<SampleClaim> samples;
    std::vector<TotalClaim> totals;
    // Counts by status stated in prose, recounted once the scorecards are read.
    struct StatusCount {
        Figure stated;
        std::vector<std::string> statuses;
        Provenance where;
    };
    std::vector<StatusCount> status_counts;
    // What assembly chose not to claim, and why, for the document's diagnostics.
    struct Note {
        int page = 0;
        std::string message;
    };
    std::vector<Note> notes;
};

Assembly assemble(const layout::Layout& layout, const std::vector<recognise::Match>& matches);

// Which column of a table plays which role; a table is a scorecard when it
// has a name column and a value column, or columns of values by period.
struct Columns {
    std::map<std::string, int> by_role;  // role -> the first column with it
    std::vector<int> periods;     // "period value" columns ("Q1 2020/21", "Jun-20"), left to right
    std::vector<int> benchmarks;  // comparators ("England", "Statistical neighbours")
    // Columns whose header names a period before its role ("2023/24 | England",
    // a year spanning an area and its comparator): column -> period.
    std::map<int, std::string> period_of;
    int previous_value = -1;  // the area's own column of the period before the value's, or -1
    std::vector<int> changes;  // "Change", "% change": the value against the previous, stated
};
std::optional<Columns> columns_of(const tables::Table& table, const tables::Vocabulary& headers);

// One indicator per scorecard row whose value cell holds a number. Without a
// value column the value is the latest (right-most) period column with a
// number, for that period, and the previous value the one before it.
void add_table_indicators(const std::vector<tables::Table>& found, const tables::Vocabulary& headers, Assembly& assembly);

// A form: labels and their values, either as a two-column table ("Measure: |
// ...", "Current performance: | 64% (89 of 139 plans)", "Target: | 75%") or
// as cells that each hold a label and its value ("Q3 2012/13 Actual: 63.2%" |
// "Q3 Target: 70%"). A label may name its period before its role.
struct FormField {
    std::string label;  // "Q3 2012/13 Actual"
    std::string role;   // the role the label names, without its period
    std::string period; // "Q3 2012/13", or empty
    std::string text;   // the value as printed: "63.2% (48 of 76)"
    std::string quote;  // label and value as they read on the page
    const tables::Cell* cell = nullptr;  // where the value is printed (in the table read)
    Box box;            // the label and the value
    std::size_t row = 0;
};
// One record per measure, with its fields in reading order. A record ends where
// the name or another role repeats, so one table holding several forms gives
// several records; values of several periods ("Q3 Actual", "Q2 Actual") and a
// second target ("Annual Target") stay in the record. Empty when the table is
// not a form (a record needs a name and a value label).
// A card names its measure by none of its labels but by the line set just
// above its table: `title`, found when `layout` is given.
struct FormRecord {
    std::vector<FormField> fields;
    std::string title;
    const FormField* first(const std::string& role) const;
};
std::vector<FormRecord> form_records(const tables::Table& table, const tables::Vocabulary& headers,
                                     const layout::Layout* layout = nullptr);

// One indicator per form record whose value label is followed by a number, with
// the ratio and gap claims its cells state ("64% (89 of 139 plans)", "Variance
// from target: -11 percentage points").
void add_form_indicators(const std::vector<tables::Table>& found, const tables::Vocabulary& headers, Assembly& assembly,
                         const layout::Layout* layout = nullptr);

// Markers given to the indicators they mark: a dot or dot character in a
// scorecard row's RAG cell, an arrow in its direction cell; a dot or arrow
// beside the line of a statement (at either end, in the margin or in it).
// A status in words is kept; a marker nearer other text, one whose line holds
// statements of several indicators, and a list style (the same marker beside
// lines that state no indicator as often as beside statements) give nothing.
void add_marker_statuses(const std::vector<markers::Marker>& found, const std::vector<tables::Table>& tables,
                         const tables::Vocabulary& headers, const layout::Layout& layout, Assembly& assembly);

// "Red", "R", "● Amber", "On track", "At risk", "Off track" -> red / amber /
// green; empty for other text.
std::string rag_word(const std::string& text);

// A dashboard tile: a figure set well above the body size, the measure's name
// just above it, and below it the tile's small print ("Target 90% | Last year
// 87%", "● Red"). Indices are into Layout::passages.
struct Tile {
    std::size_t figure = 0;
    std::size_t name = 0;
    std::string name_text;  // the name passage's words that lie in the tile
    std::vector<std::size_t> details;
    std::vector<std::string> small_print;  // each detail's words that lie in the tile, top to bottom
};

// Tiles need a figure alone in its passage, a name above it in the same column
// (or table cell), and a target, an earlier value or a status below it: a big
// number without them is a cover page or a heading, not a measure.
std::vector<Tile> find_tiles(const layout::Layout& layout, const std::vector<tables::Table>& found);

// One indicator per tile.
void add_tile_indicators(const layout::Layout& layout, const std::vector<Tile>& tiles, Assembly& assembly);

// A figure the commentary repeats from the report's own scorecard, form or tile
// ("The household recycling rate has improved to 41.3%" under the row that says
// 41.3%) is a mention of that indicator, not one of its own: the prose
// indicator is folded into it, its claims re-pointed, and ids renumbered.
// Same value, a page apart at most, no unit or target in conflict, and the
// sentence shares a distinctive word with the row's name (a coincidence of
// figures between two measures on one page is common).
void merge_restatements(Assembly& assembly);

// The indicator a chart shows: the one its title names; for an untitled chart
// the first stated in its section on its page or the next; else empty.
std::string chart_indicator(const layout::Chart& chart, const std::vector<Indicator>& found);

// RAG summary tables ("Red 3 | Amber 3 | Green 8 | Total 14", with the measures
// listed under each status) and prose counts by status become total claims.
void add_total_claims(const std::vector<tables::Table>& found, Assembly& assembly);

}  // namespace outturn::indicators
