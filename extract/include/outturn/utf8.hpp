#pragma once
// Text handed on to later stages and to JSON must be valid UTF-8.
#include <string>
#include <string_view>

namespace outturn {

// The text with every byte that does not start a well-formed UTF-8 sequence
// (stray continuation bytes, overlong forms, surrogates, code points past
// U+10FFFF, NUL) replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

}  // namespace outturn
