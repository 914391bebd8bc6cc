#pragma once
// ASCII lower case for matching words, shared by the stages; not part of the
// installed interface.
#include <cctype>
#include <string>
#include <string_view>

namespace outturn {

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace outturn
