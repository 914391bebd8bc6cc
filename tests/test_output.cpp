#include <catch2/catch.hpp>

#include <filesystem>
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
