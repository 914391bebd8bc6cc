#include "outturn/output.hpp"
#include "outturn/utf8.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace outturn::output {
namespace {

using nlohmann::json;

json nullable(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json bbox(const Box& b) {
    auto r = [](double v) { return std::round(v * 100) / 100; };
    return json::array({r(b.x0), r(b.y0), r(b.x1), r(b.y1)});
}

json figure_number(const std::optional<Figure>& f) { return f ? json(f->number) : json(nullptr); }

json provenance(const indicators::Provenance& p, bool with_pattern) {
    json j = {{"page", p.page}, {"bbox", bbox(p.bbox)}, {"quote", p.quote}};
    if (with_pattern) j["pattern"] = p.pattern;
    if (p.table >= 0) {
        j["table"] = p.table;
        j["row"] = p.row;
    }
    return j;
}

json table(const tables::Table& t) {
    json rows = json::array();
    for (const auto& row : t.rows) {
        json cells = json::array();
        for (const auto& cell : row) {
            if (cell.covered) {
                cells.push_back(nullptr);  // inside a merged cell; keeps the grid's columns aligned
                continue;
            }
            json c = {{"text", cell.text}, {"page", cell.page}, {"bbox", bbox(cell.box)}};
            if (cell.row_span > 1) c["row_span"] = cell.row_span;
            if (cell.col_span > 1) c["col_span"] = cell.col_span;
            if (cell.fill) c["fill"] = json::array({cell.fill->r, cell.fill->g, cell.fill->b});
            cells.push_back(std::move(c));
        }
        rows.push_back(std::move(cells));
    }
    return {{"page", t.page}, {"last_page", t.last_page}, {"bbox", bbox(t.box)}, {"columns", t.columns},
            {"header_rows", t.header_rows}, {"ruled", t.ruled}, {"rows", std::move(rows)}};
}

json indicator(const indicators::Indicator& ind) {
    json j;
    j["id"] = ind.id;
    j["name"] = nullable(ind.name);
    j["section"] = nullable(ind.section);
    j["period"] = ind.period.empty() ? json(nullptr) : json{{"text", ind.period}};
    if (!ind.period_source.empty()) j["period"]["source"] = ind.period_source;
    j["value"] = {{"number", ind.value.number}, {"text", ind.value.text}, {"unit", nullable(ind.unit)}, {"decimals", ind.value.decimals}};
    j["numerator"] = figure_number(ind.numerator);
    j["denominator"] = figure_number(ind.denominator);
    j["target"] = ind.target ? json{{"number", ind.target->number}, {"text", ind.target->text}} : json(nullptr);
    j["polarity"] = nullable(ind.polarity);
    j["rag"] = nullable(ind.rag);
    if (!ind.rag_source.empty()) j["rag_source"] = ind.rag_source;
    j["direction"] = nullable(ind.direction);
    if (!ind.direction_source.empty()) j["direction_source"] = ind.direction_source;
    j["previous"] = ind.previous ? json{{"number", ind.previous->figure.number}, {"text", ind.previous->figure.text},
                                         {"period", nullable(ind.previous->period)}}
                                 : json(nullptr);
    j["benchmarks"] = json::array();
    for (const auto& b : ind.benchmarks) j["benchmarks"].push_back({{"label", b.label}, {"number", b.figure.number}, {"text", b.figure.text}});
    j["source"] = provenance(ind.source, true);
    j["mentions"] = json::array();
    for (const auto& m : ind.mentions) j["mentions"].push_back(provenance(m, true));
    return j;
}

json check(const reconcile::Check& c) {
    json evidence = json::array();
    for (const auto& e : c.evidence) evidence.push_back(provenance(e, false));
    return {{"kind", c.kind},
            {"status", reconcile::to_string(c.status)},
            {"stated", c.stated},
            {"recomputed", nullable(c.recomputed)},
            {"tolerance", nullable(c.tolerance)},
            {"message", c.message},
            {"rule", c.rule},
            {"indicator", nullable(c.indicator)},
            {"source", provenance(c.source, false)},
            {"evidence", std::move(evidence)}};
}

}  // namespace

json to_json(const Result& result) {
    json j;
    j["schema"] = schema_version;
    j["tool"] = {{"name", "outturn"}, {"version", version()}};
    const pdf::Document& doc = result.document;
    // A path is bytes; JSON needs UTF-8.
    j["source"] = {{"file", valid_utf8(doc.file)}, {"sha256", doc.sha256}, {"pages", doc.page_count},
                   {"producer", nullable(doc.producer)}, {"title", nullable(doc.title)}};
    const metadata::Metadata& meta = result.metadata;
    j["metadata"] = {{"committee", nullable(meta.committee)}, {"title", nullable(meta.title)}, {"date", nullable(meta.date)},
                     {"period", nullable(meta.period)}};
    j["indicators"] = json::array();
    for (const auto& ind : result.assembly.indicators) j["indicators"].push_back(indicator(ind));
    j["tables"] = json::array();
    for (const auto& t : result.tables) j["tables"].push_back(table(t));
    j["charts"] = json::array();
    for (const auto& chart : result.layout.charts) {
        std::string shows = indicators::chart_indicator(chart, result.assembly.indicators);
        j["charts"].push_back({{"page", chart.page}, {"bbox", bbox(chart.box)}, {"title", nullable(valid_utf8(chart.title))},
                               {"section", nullable(valid_utf8(chart.section))}, {"labels", chart.labels},
                               {"indicator", nullable(shows)}});
    }
    j["checks"] = json::array();
    for (const auto& c : result.checks) j["checks"].push_back(check(c));
    json unexplained = json::array();
    for (const auto& u : result.coverage.unexplained) unexplained.push_back({{"page", u.page}, {"text", u.text}, {"quote", u.quote}});
    j["coverage"] = {{"numbers", result.coverage.numbers}, {"by_class", result.coverage.by_class}, {"unexplained", std::move(unexplained)}};
    j["diagnostics"] = json::array();
    for (const auto& d : result.diagnostics)
        j["diagnostics"].push_back({{"level", d.level}, {"page", d.page > 0 ? json(d.page) : json(nullptr)}, {"message", d.message}});
    return j;
}

void write_atomically(const std::string& path, const std::string& content) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path temporary = target;
    temporary += ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write " + temporary.string());
        out << content;
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw std::runtime_error("cannot write " + temporary.string() + " (disk full?)");
        }
    }
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw std::runtime_error("cannot rename into " + path + ": " + ec.message());
    }
}

}  // namespace outturn::output
