#pragma once
// Stage 1: a PDF file in, its pages as words with geometry and drawn shapes out.
// This is the only part of outturn that sees Poppler.
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "outturn/geometry.hpp"

namespace outturn::pdf {

struct Word {
    std::string text;  // UTF-8 as the PDF's text layer gives it, unnormalised
    Box box;
    std::string font;  // font name without the subset prefix ("ABCDEF+")
    double font_size = 0;
    double baseline = 0;
    bool bold = false;
    bool italic = false;
    bool space_after = false;  // Poppler saw a gap after this word on the same line
    Rgb colour;                // fill colour of its text: a "●" carries a RAG status in it
    // Poppler's reading-order grouping: words sharing (block, line) form one line.
    int block = 0;
    int line = 0;
};

// A filled or stroked path, reduced to its bounding box: cell shading, ruling
// lines, RAG dots and chart bars all arrive as these.
struct Shape {
    Box box;
    bool filled = false;
    bool stroked = false;
    Rgb fill;
    Rgb stroke;
    // The corners of a small straight-sided path (a drawn arrowhead is three),
    // in page coordinates; empty for curves, larger paths and paths of several
    // parts, whose box says all that later stages use.
    std::vector<Point> corners;
};

struct Page {
    int number = 0;  // 1-based physical page
    double width = 0, height = 0;
    int rotation = 0;
    std::vector<Word> words;
    std::vector<Shape> shapes;
    bool shapes_truncated = false;  // more shapes than Limits::max_shapes_per_page
};

struct Document {
    std::string file;
    std::string sha256;
    std::string producer;
    std::string title;
    int page_count = 0;
    std::vector<Page> pages;
    std::vector<std::string> warnings;  // Poppler's complaints about damaged structure
};

enum class ErrorKind {
    io,                // cannot read the file
    not_a_pdf,         // no %PDF- header
    damaged,           // Poppler could not open it
    password_needed,   // encrypted, no password given
    wrong_password,    // encrypted, the given password does not open it
    no_text_layer,     // opened, but no page has any text (scanned or image-only)
    too_large,         // over a configured limit
};

const char* to_string(ErrorKind kind);

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    ErrorKind kind() const { return kind_; }

private:
    ErrorKind kind_;
};

struct Options {
    std::optional<std::string> password;
    int max_pages = 5000;
    std::uintmax_t max_bytes = std::uintmax_t{512} << 20;
    std::size_t max_shapes_per_page = 50000;
};

// Throws Error. `name` is what messages and Document::file call the input.
Document read_file(const std::string& path, const Options& options = {});
Document read_bytes(std::span<const std::uint8_t> bytes, const std::string& name, const Options& options = {});

std::string sha256_hex(std::span<const std::uint8_t> bytes);

}  // namespace outturn::pdf
