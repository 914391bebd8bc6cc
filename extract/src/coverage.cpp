#include "outturn/coverage.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "text_case.hpp"

namespace outturn::coverage {
namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// The word just before position `at`, lower case.
std::string word_before(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && (alpha(text[begin - 1]) || text[begin - 1] == '.')) --begin;
    return lower(text.substr(begin, end - begin));
}

std::string word_after(const std::string& text, std::size_t at) {
    std::size_t begin = at;
    while (begin < text.size() && text[begin] == ' ') ++begin;
    std::size_t end = begin;
    while (end < text.size() && alpha(text[end])) ++end;
    return lower(text.substr(begin, end - begin));
}

bool is_month(const std::string& w) {
    static const std::array<const char*, 24> months = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
    return std::find(months.begin(), months.end(), w) != months.end();
}

}  // namespace

std::string classify(const layout::Passage& passage, std::size_t begin, std::size_t end) {
    const std::string& t = passage.text();
    std::string token = t.substr(begin, end - begin);
    std::string before = word_before(t, begin);
    std::string after = word_after(t, end);
    char prev = begin > 0 ? t[begin - 1] : ' ';
    char prev2 = begin > 1 ? t[begin - 2] : ' ';
    char next = end < t.size() ? t[end] : ' ';

    // '\xA3' is the last byte of a UTF-8 pound sign, right before the figure or a space before it.
    if (prev == '\xA3' || (prev == ' ' && prev2 == '\xA3') || prev == '$' || after == "k" || after == "m" ||
        after == "bn" || after == "million" || after == "billion" || after == "p")
        return "money";
    bool plain_digits = token.find_first_not_of("0123456789") == std::string::npos;
    // "01305 224821": a leading-zero group, or the group that follows one.
    std::size_t group = begin >= 2 && prev == ' ' ? t.rfind(' ', begin - 2) : std::string::npos;
    std::string previous_group = begin >= 2 && prev == ' ' ? t.substr(group == std::string::npos ? 0 : group + 1,
                                                                      begin - 1 - (group == std::string::npos ? 0 : group + 1))
                                                           : "";
    if (plain_digits && ((token.size() >= 4 && token[0] == '0') ||
                         (previous_group.size() >= 4 && previous_group[0] == '0' &&
                          previous_group.find_first_not_of("0123456789") == std::string::npos)))
        return "phone";
    // Ranges and limits inside a measure's definition: "2+yrs", "19-21yr olds", "0 -19", "1000-1100".
    static const std::array<const char*, 14> spans = {"yrs", "yr", "years", "year", "wk", "wks", "weeks", "week",
                                                      "months", "month", "days", "day", "hours", "mins"};
    if (next == '+' || (next == '-' && end + 1 < t.size() && digit(t[end + 1])) || prev == '-' ||
        (next == ' ' && end + 2 < t.size() && t[end + 1] == '-' && digit(t[end + 2])) ||
        std::find(spans.begin(), spans.end(), after) != spans.end())
        return "range or duration";
    bool year = token.size() == 4 && (token.rfind("19", 0) == 0 || token.rfind("20", 0) == 0) && token.find_first_not_of("0123456789") == std::string::npos;
    if (year || is_month(before) || is_month(after) || prev == '/' || next == '/' || (prev == '-' && alpha(prev2)) ||
        after == "st" || after == "nd" || after == "rd" || after == "th" || prev == 'Q' || prev == 'q')
        return "date";
    static const std::array<const char*, 14> references = {"appendix", "table", "section", "paragraph", "page", "figure", "chart",
                                                            "annex", "item", "para", "of", "no.", "phase", "recommendation"};
    bool leading = begin == 0 || (begin < 3 && !alpha(t[0]));
    if ((leading && (next == '.' || next == ' ' || next == ')')) || token.find('.') != token.rfind('.') ||
        std::find(references.begin(), references.end(), before) != references.end())
        if (token.back() != '%' && next != '%') return "reference";
    if (token.back() == '%' || next == '%') return "percentage";
    if (!after.empty()) return "count";
    return "unexplained";
}

Coverage account(const layout::Layout& layout, const std::vector<recognise::Match>& matches) {
    Coverage coverage;
    for (std::size_t p = 0; p < layout.passages.size(); ++p) {
        const layout::Passage& passage = layout.passages[p];
        const std::string& t = passage.text();
        for (std::size_t i = 0; i < t.size();) {
            if (!digit(t[i]) || (i > 0 && (alpha(t[i - 1]) && t[i - 1] != 'Q' && t[i - 1] != 'q'))) {
                // Digits glued to letters ("12mths", "B2.2") are names, not figures.
                while (i < t.size() && (digit(t[i]) || alpha(t[i]))) ++i;
                if (i < t.size() && !digit(t[i])) ++i;
                continue;
            }
            std::size_t j = i;
            while (j < t.size() && (digit(t[j]) || ((t[j] == ',' || t[j] == '.') && j + 1 < t.size() && digit(t[j + 1])))) ++j;
            if (j < t.size() && t[j] == '%') ++j;
            ++coverage.numbers;
            std::string kind;
            if (passage.running) kind = "page furniture";
            else if (passage.chart) kind = "chart label";
            else if (passage.in_table) kind = "scorecard";
            else {
                bool in_statement = std::any_of(matches.begin(), matches.end(), [&](const recognise::Match& m) {
                    return m.passage == p && m.begin <= i && j <= m.end;
                });
                kind = in_statement ? "statement" : classify(passage, i, j);
            }
            // A percentage no statement read is exactly what a reader needs to see.
            if (kind == "percentage" || kind == "unexplained") {
                if (coverage.unexplained.size() < Coverage::max_listed) {
                    std::size_t from = i > 40 ? t.rfind(' ', i - 40) : 0;
                    from = from == std::string::npos ? 0 : from;
                    std::size_t to = std::min(t.size(), t.find(' ', std::min(t.size(), j + 30)));
                    coverage.unexplained.push_back({passage.page, t.substr(i, j - i), passage.quote_of(from, to)});
                }
                kind = "unexplained";
            }
            ++coverage.by_class[kind];
            i = j;
        }
    }
    return coverage;
}

}  // namespace outturn::coverage
