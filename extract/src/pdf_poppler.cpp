// The one translation unit that includes Poppler. It walks Poppler's own text
// device (flows -> blocks -> lines -> words), which keeps Poppler's line
// grouping at pdftotext speed, and in the same pass records the paths the page
// paints, which tables and colour-coded RAG need.
#include <Error.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <XRef.h>
#include <goo/GooString.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>

#include "outturn/pdf.hpp"
#include "outturn/utf8.hpp"

namespace outturn::pdf {

const char* to_string(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::io: return "io";
    case ErrorKind::not_a_pdf: return "not-a-pdf";
    case ErrorKind::damaged: return "damaged";
    case ErrorKind::password_needed: return "encrypted";
    case ErrorKind::wrong_password: return "wrong-password";
    case ErrorKind::no_text_layer: return "no-text-layer";
    case ErrorKind::too_large: return "too-large";
    }
    return "unknown";
}

namespace {

// Poppler reports through one process-wide callback; route it to the document
// being read on this thread so its complaints become that document's warnings.
thread_local std::vector<std::string>* current_warnings = nullptr;
constexpr std::size_t max_warnings = 100;

void collect_poppler_error(ErrorCategory, Goffset, const char* message) {
    if (current_warnings == nullptr || message == nullptr) return;
    if (current_warnings->size() < max_warnings) current_warnings->emplace_back(valid_utf8(message));
    else if (current_warnings->size() == max_warnings) current_warnings->emplace_back("further warnings suppressed");
}

void init_poppler_once() {
    static std::once_flag once;
    std::call_once(once, [] {
        globalParams = std::make_unique<GlobalParams>();
        globalParams->setTextEncoding("UTF-8");
        setErrorCallback(collect_poppler_error);
    });
}

struct WarningScope {
    explicit WarningScope(std::vector<std::string>* sink) { current_warnings = sink; }
    ~WarningScope() { current_warnings = nullptr; }
    WarningScope(const WarningScope&) = delete;
    WarningScope& operator=(const WarningScope&) = delete;
};

std::string strip_subset_prefix(const GooString* name) {
    if (name == nullptr) return {};
    std::string s = name->toStr();
    // Embedded subsets are named "ABCDEF+RealName".
    if (s.size() > 7 && s[6] == '+') s.erase(0, 7);
    return s;
}

bool name_says(const std::string& font, const char* word) {
    std::string lower;
    for (char c : font) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find(word) != std::string::npos;
}

// TextOutputDev plus path capture in the same content-stream pass.
class PageDevice : public TextOutputDev {
public:
    PageDevice(std::size_t max_shapes) : TextOutputDev(nullptr, nullptr, false, 0, false, false), max_shapes_(max_shapes) {}

    void stroke(GfxState* state) override { record(state, false); }
    void fill(GfxState* state) override { record(state, true); }
    void eoFill(GfxState* state) override { record(state, true); }

    std::vector<Shape> take_shapes() { return std::move(shapes_); }
    bool truncated() const { return truncated_; }
    void reset_shapes() { shapes_.clear(); truncated_ = false; }

private:
    void record(GfxState* state, bool filled) {
        const GfxPath* path = state->getPath();
        if (path == nullptr || path->getNumSubpaths() == 0) return;
        if (shapes_.size() >= max_shapes_) {
            truncated_ = true;
            return;
        }
        Box box{INFINITY, INFINITY, -INFINITY, -INFINITY};
        for (int i = 0; i < path->getNumSubpaths(); ++i) {
            const GfxSubpath* sub = path->getSubpath(i);
            for (int j = 0; j < sub->getNumPoints(); ++j) {
                double x = 0, y = 0;
                state->transform(sub->getX(j), sub->getY(j), &x, &y);
                box.x0 = std::min(box.x0, x);
                box.y0 = std::min(box.y0, y);
                box.x1 = std::max(box.x1, x);
                box.y1 = std::max(box.y1, y);
            }
        }
        if (!std::isfinite(box.x0) || !std::isfinite(box.y1)) return;
        Shape shape;
        shape.box = box;
        shape.corners = corners_of(state, path, box);
        GfxRGB rgb;
        if (filled) {
            shape.filled = true;
            state->getFillRGB(&rgb);
            shape.fill = {colToDbl(rgb.r), colToDbl(rgb.g), colToDbl(rgb.b)};
        } else {
            shape.stroked = true;
            state->getStrokeRGB(&rgb);
            shape.stroke = {colToDbl(rgb.r), colToDbl(rgb.g), colToDbl(rgb.b)};
            // A stroked hairline has no extent across it; give it its line width.
            double half = std::max(state->getTransformedLineWidth(), 0.1) / 2;
            if (shape.box.height() < half * 2) { shape.box.y0 -= half; shape.box.y1 += half; }
            if (shape.box.width() < half * 2) { shape.box.x0 -= half; shape.box.x1 += half; }
        }
        shapes_.push_back(shape);
    }

    // Only marker-sized paths keep their corners: rules and shading, thousands
    // to a page, need only their box.
    static std::vector<Point> corners_of(const GfxState* state, const GfxPath* path, const Box& box) {
        constexpr double marker_extent = 40;
        constexpr std::size_t max_corners = 8;
        if (path->getNumSubpaths() != 1 || box.width() > marker_extent || box.height() > marker_extent) return {};
        auto same = [](const Point& a, const Point& b) { return std::fabs(a.x - b.x) < 0.01 && std::fabs(a.y - b.y) < 0.01; };
        std::vector<Point> corners;
        const GfxSubpath* sub = path->getSubpath(0);
        for (int j = 0; j < sub->getNumPoints(); ++j) {
            if (sub->getCurve(j)) return {};
            Point p;
            state->transform(sub->getX(j), sub->getY(j), &p.x, &p.y);
            if (corners.empty() || !same(corners.back(), p)) corners.push_back(p);
        }
        // A closed path repeats its first point at the end.
        if (corners.size() > 1 && same(corners.back(), corners.front())) corners.pop_back();
        if (corners.size() < 3 || corners.size() > max_corners) return {};
        return corners;
    }

    std::size_t max_shapes_;
    std::vector<Shape> shapes_;
    bool truncated_ = false;
};

void read_words(const TextFlow* flows, Page& page) {
    int block_index = 0;
    int line_index = 0;
    for (const TextFlow* flow = flows; flow != nullptr; flow = flow->getNext()) {
        for (const TextBlock* block = flow->getBlocks(); block != nullptr; block = block->getNext(), ++block_index) {
            for (const TextLine* line = block->getLines(); line != nullptr; line = line->getNext(), ++line_index) {
                for (const TextWord* w = line->getWords(); w != nullptr; w = w->getNext()) {
                    Word word;
                    std::unique_ptr<GooString> s(w->getText());
                    // Fonts without a Unicode map hand back raw bytes; later stages need UTF-8.
                    word.text = s ? valid_utf8(s->toStr()) : std::string{};
                    if (word.text.empty()) continue;
                    w->getBBox(&word.box.x0, &word.box.y0, &word.box.x1, &word.box.y1);
                    word.font_size = w->getFontSize();
                    word.baseline = w->getBaseline();
                    word.space_after = w->hasSpaceAfter();
                    w->getColor(&word.colour.r, &word.colour.g, &word.colour.b);
                    if (w->getLength() > 0 && w->getFontInfo(0) != nullptr) {
                        const TextFontInfo* info = w->getFontInfo(0);
                        word.font = valid_utf8(strip_subset_prefix(info->getFontName()));
                        word.bold = info->isBold() || name_says(word.font, "bold");
                        word.italic = info->isItalic() || name_says(word.font, "italic");
                    }
                    word.block = block_index;
                    word.line = line_index;
                    page.words.push_back(std::move(word));
                }
            }
        }
    }
}

std::string info_string(PDFDoc& doc, const char* key) {
    std::unique_ptr<GooString> s = doc.getDocInfoStringEntry(key);
    if (!s) return {};
    const std::string& raw = s->toStr();
    // Info strings are PDFDocEncoding or UTF-16BE with a BOM; keep ASCII-safe text of the latter.
    if (raw.size() >= 2 && static_cast<unsigned char>(raw[0]) == 0xFE && static_cast<unsigned char>(raw[1]) == 0xFF) {
        std::string out;
        for (std::size_t i = 2; i + 1 < raw.size(); i += 2) {
            unsigned code = (static_cast<unsigned char>(raw[i]) << 8) | static_cast<unsigned char>(raw[i + 1]);
            if (code < 0x80) out += static_cast<char>(code);
            else if (code < 0x800) {
                out += static_cast<char>(0xC0 | (code >> 6));
                out += static_cast<char>(0x80 | (code & 0x3F));
            } else if (code < 0xD800 || code > 0xDFFF) {
                out += static_cast<char>(0xE0 | (code >> 12));
                out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (code & 0x3F));
            }
        }
        return out;
    }
    return raw;
}

bool contains(std::span<const std::uint8_t> bytes, std::string_view needle, std::size_t limit) {
    limit = std::min(limit, bytes.size());
    if (needle.size() > limit) return false;
    auto end = bytes.begin() + static_cast<std::ptrdiff_t>(limit);
    return std::search(bytes.begin(), end, needle.begin(), needle.end(),
                       [](std::uint8_t a, char b) { return a == static_cast<std::uint8_t>(b); }) != end;
}

// Readers accept the header anywhere in the first kilobyte (after junk such as a
// mail header). A file without it that still has PDF structure is a damaged PDF,
// which Poppler may yet repair; one without either is something else entirely.
bool looks_like_pdf(std::span<const std::uint8_t> bytes) {
    if (contains(bytes, "%PDF-", 1024)) return true;
    for (std::string_view marker : {"startxref", "endobj", "%%EOF"})
        if (contains(bytes, marker, bytes.size())) return true;
    return false;
}

// Revision 3 RC4 is written with a /Length (128 bits in practice); without one
// Poppler falls back to 40 bits and every password, the empty one included,
// fails. Asking the user for a password would mislead. (Revision 2 is always
// 40-bit, so there a missing /Length is normal.)
bool malformed_encryption(PDFDoc& poppler) {
    XRef* xref = poppler.getXRef();
    if (xref == nullptr || xref->getTrailerDict() == nullptr || !xref->getTrailerDict()->isDict()) return false;
    Object encrypt = xref->getTrailerDict()->dictLookup("Encrypt");
    if (!encrypt.isDict()) return false;
    Object version = encrypt.dictLookup("V");
    Object revision = encrypt.dictLookup("R");
    Object length = encrypt.dictLookup("Length");
    return version.isInt() && version.getInt() == 2 && revision.isInt() && revision.getInt() == 3 && !length.isInt();
}

std::string first_warning(const Document& doc) {
    return doc.warnings.empty() ? "" : ": " + doc.warnings.front();
}

}  // namespace

Document read_bytes(std::span<const std::uint8_t> bytes, const std::string& name, const Options& options) {
    if (bytes.size() > options.max_bytes) {
        throw Error(ErrorKind::too_large, "file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                                              std::to_string(options.max_bytes));
    }
    if (bytes.empty()) throw Error(ErrorKind::not_a_pdf, "file is empty");
    if (!looks_like_pdf(bytes)) throw Error(ErrorKind::not_a_pdf, "not a PDF (no %PDF- header and no PDF structure)");
    init_poppler_once();

    Document doc;
    doc.file = name;
    doc.sha256 = sha256_hex(bytes);
    WarningScope scope(&doc.warnings);

    std::optional<GooString> password;
    if (options.password) password.emplace(*options.password);
    // MemStream does not own the buffer; `bytes` outlives the PDFDoc below.
    auto* stream = new MemStream(reinterpret_cast<const char*>(bytes.data()), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
    PDFDoc poppler(stream, password, password);
    if (!poppler.isOk()) {
        if (poppler.getErrorCode() == errEncrypted) {
            if (malformed_encryption(poppler)) {
                throw Error(ErrorKind::damaged, "damaged: the encryption dictionary has no key length, so no password can open it");
            }
            if (options.password) throw Error(ErrorKind::wrong_password, "encrypted, and the given password does not open it");
            throw Error(ErrorKind::password_needed, "encrypted: a password is needed (use --password)");
        }
        throw Error(ErrorKind::damaged,
                    "damaged beyond repair (Poppler error " + std::to_string(poppler.getErrorCode()) + ")" + first_warning(doc));
    }

    int pages = poppler.getNumPages();
    if (pages < 0) pages = 0;
    if (pages > options.max_pages) {
        throw Error(ErrorKind::too_large, std::to_string(pages) + " pages, over the limit of " + std::to_string(options.max_pages));
    }
    doc.page_count = pages;
    doc.producer = valid_utf8(info_string(poppler, "Producer"));
    doc.title = valid_utf8(info_string(poppler, "Title"));

    PageDevice device(options.max_shapes_per_page);
    bool any_text = false;
    for (int n = 1; n <= pages; ++n) {
        Page page;
        page.number = n;
        page.rotation = poppler.getPageRotate(n);
        bool sideways = page.rotation % 180 != 0;
        page.width = sideways ? poppler.getPageCropHeight(n) : poppler.getPageCropWidth(n);
        page.height = sideways ? poppler.getPageCropWidth(n) : poppler.getPageCropHeight(n);
        device.reset_shapes();
        poppler.displayPage(&device, n, 72, 72, 0, false, true, false);
        // Read the device's current text page in place: takeText() would leave
        // Poppler's ActualText span handler writing into the page taken away.
        read_words(device.getFlows(), page);
        page.shapes = device.take_shapes();
        page.shapes_truncated = device.truncated();
        any_text = any_text || !page.words.empty();
        doc.pages.push_back(std::move(page));
    }
    if (pages == 0) throw Error(ErrorKind::damaged, "damaged: the page tree holds no pages" + first_warning(doc));
    if (!any_text) {
        // Image-only pages parse cleanly; pages that are empty because their
        // content could not be decoded are damage, not scans.
        if (!doc.warnings.empty()) throw Error(ErrorKind::damaged, "damaged: no readable text" + first_warning(doc));
        throw Error(ErrorKind::no_text_layer, "no page has a text layer (scanned or image-only PDF)");
    }
    return doc;
}

Document read_file(const std::string& path, const Options& options) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec) throw Error(ErrorKind::io, "cannot read: " + ec.message());
    if (size > options.max_bytes) {
        throw Error(ErrorKind::too_large, "file is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(options.max_bytes));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorKind::io, "cannot open for reading");
    std::vector<std::uint8_t> bytes(size);
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) throw Error(ErrorKind::io, "short read");
    return read_bytes(bytes, path, options);
}

}  // namespace outturn::pdf
