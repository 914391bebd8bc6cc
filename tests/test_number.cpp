#include <catch2/catch.hpp>

#include "outturn/number.hpp"
#include "outturn/pdf.hpp"

using outturn::parse_figure;

TEST_CASE("figures keep their stated decimals and text", "[number]") {
    SECTION("proper inputs") {
        auto f = parse_figure("82.9%");
        REQUIRE(f);
        CHECK(f->number == Approx(82.9));
        CHECK(f->decimals == 1);
        CHECK(f->text == "82.9%");
        CHECK(parse_figure("4,469")->number == 4469);
        CHECK(parse_figure("4,469")->decimals == 0);
        CHECK(parse_figure("70.00")->decimals == 2);
        CHECK(parse_figure("1,234,567.25")->number == Approx(1234567.25));
        CHECK(parse_figure("nine")->number == 9);
        CHECK(parse_figure("twenty-one")->number == 21);
        CHECK(parse_figure("(56)")->number == 56);
        CHECK(parse_figure("-2.1")->number == Approx(-2.1));
        CHECK(parse_figure("35.7 %")->text == "35.7 %");
    }
    SECTION("bad inputs") {
        CHECK_FALSE(parse_figure(""));                 // empty
        CHECK_FALSE(parse_figure("none identified"));  // no number
        CHECK(parse_figure("1,23")->number == 1);      // not a thousands group
        CHECK(parse_figure("2020-21")->number == 2020);  // a range is not a negative number
    }
}

TEST_CASE("tolerance is half a unit of the last stated digit", "[number]") {
    CHECK(outturn::half_unit(0) == Approx(0.5));
    CHECK(outturn::half_unit(1) == Approx(0.05));
    CHECK(outturn::half_unit(2) == Approx(0.005));
    CHECK(outturn::format_number(38.3084577, 2) == "38.31");
}

TEST_CASE("sha256 matches the FIPS 180-4 test vectors", "[pdf]") {
    auto hash = [](std::string_view s) {
        return outturn::pdf::sha256_hex({reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
    };
    CHECK(hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    std::string million(1000000, 'a');
    CHECK(hash(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("a duration in two units is one figure in the larger unit", "[number]") {
    auto response = parse_figure("9 minutes 12 seconds against a target of 10 minutes");
    REQUIRE(response);
    CHECK(response->number == Approx(9.2));
    CHECK(response->decimals == 1);
    CHECK(response->text == "9 minutes 12 seconds");
    auto wait = parse_figure("2 hours and 10 minutes");
    REQUIRE(wait);
    CHECK(wait->number == Approx(2 + 10.0 / 60));
    CHECK(wait->decimals == 2);
    SECTION("bad inputs") {
        CHECK(parse_figure("9 minutes")->number == 9);                   // one unit only
        CHECK(parse_figure("9 minutes 75 seconds")->number == 9);        // not a second count
        CHECK(parse_figure("9.5 minutes 12 seconds")->number == 9.5);    // a decimal is already one unit
        CHECK(parse_figure("9 minutes, 12 seconds later")->number == 9);  // a comma ends the figure
    }
}
