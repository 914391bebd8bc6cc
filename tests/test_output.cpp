#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>

#include "outturn/output.hpp"

using namespace outturn;
using nlohmann::json;

namespace {
const Rules& shipped() {
    static Rules rules = load_rules(OUTTURN_PATTERNS_DIR);
    return rules;
}
}  // namespace

TEST_CASE("a processed report serialises in the outturn/1 contract", "[output]") {
    Result result = process(pdf::read_file(OUTTURN_CORPUS "/000_rbwm_q1_2020_21.pdf"), shipped());
    json j = output::to_json(result);
    CHECK(j["schema"] == "outturn/1");
    CHECK(j["tool"]["name"] == "outturn");
    CHECK(j["source"]["pages"] == 18);
    CHECK(j["source"]["sha256"].get<std::string>().size() == 64);
    REQUIRE_FALSE(j["indicators"].empty());
    for (const auto& ind : j["indicators"]) {
        CHECK(ind["value"]["number"].is_number());
        CHECK(ind["source"]["page"].get<int>() >= 1);
        CHECK(ind["source"]["bbox"].size() == 4);
        CHECK_FALSE(ind["source"]["quote"].get<std::string>().empty());
    }
    for (const auto& check : j["checks"]) {
        CHECK((check["status"] == "consistent" || check["status"] == "inconsistent" || check["status"] == "unverifiable"));
    }

    SECTION("the JSON parses back to the same value") {
        CHECK(json::parse(j.dump()) == j);
        CHECK(json::parse(j.dump(2)) == j);
    }
}

TEST_CASE("output is written atomically", "[output]") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / "outturn-test-output";
    fs::create_directories(dir);
    fs::path target = dir / "out.json";
    output::write_atomically(target.string(), "{\"a\": 1}\n");
    std::ifstream in(target);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(content == "{\"a\": 1}\n");
    for (const auto& entry : fs::directory_iterator(dir)) CHECK(entry.path().filename() == "out.json");  // no temporary left
    CHECK_THROWS(output::write_atomically((dir / "missing" / "x.json").string(), "{}"));
    fs::remove_all(dir);
}

TEST_CASE("chart labels are kept as chart data, tied to the indicator the chart's title names", "[output][charts]") {
    Result result = process(pdf::read_file(OUTTURN_CORPUS "/000_rbwm_q1_2020_21.pdf"), shipped());
    json j = output::to_json(result);
    REQUIRE(j["charts"].is_array());
    std::map<std::string, json> indicators;
    for (const auto& ind : j["indicators"]) indicators[ind["id"].get<std::string>()] = ind;
    int tied = 0;
    for (const auto& chart : j["charts"]) {
        for (const auto& label : chart["labels"]) CHECK(label != "Page");  // the running footer is not a chart
        if (chart["indicator"].is_null()) continue;
        ++tied;
        // Every chart shown with an indicator is on its page or the one before its statement.
        int page = indicators.at(chart["indicator"].get<std::string>())["source"]["page"].get<int>();
        CHECK((chart["page"].get<int>() == page || chart["page"].get<int>() + 1 == page));
    }
    CHECK(tied == 13);  // the thirteen measures with commentary; volume charts and 3.7's Ofsted chart show none
    auto reviews = std::find_if(j["charts"].begin(), j["charts"].end(), [](const json& c) { return c["page"] == 4; });
    REQUIRE(reviews != j["charts"].end());
    CHECK((*reviews)["title"] == "Percentage of long-term cases reviewed in the last 12mths");
    CHECK(indicators.at((*reviews)["indicator"].get<std::string>())["value"]["text"] == "82.9%");
    auto labels = (*reviews)["labels"].get<std::vector<std::string>>();
    CHECK(std::find(labels.begin(), labels.end(), "82.9%") != labels.end());  // the chart's last point, as stated
}
