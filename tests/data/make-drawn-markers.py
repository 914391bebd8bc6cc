#!/usr/bin/env python3
"""Writes drawn-markers.pdf: a scorecard whose RAG column holds drawn circles and
a ZapfDingbats dot, whose direction column holds drawn triangles and a
ZapfDingbats arrow, and a statement with a dot before it and an arrowhead after
it, under a heading on a coloured bar. Drawn by hand so that the paths reach
Poppler as they are written: curves for circles, three corners for arrowheads.

    python3 tests/data/make-drawn-markers.py tests/data/drawn-markers.pdf
"""
import sys

H = 842  # page height: outturn measures from the top, PDF from the bottom


def text(x, top, size, font, s, rgb=(0, 0, 0)):
    return "%.3f %.3f %.3f rg BT /%s %d Tf %.1f %.1f Td (%s) Tj ET\n" % (rgb + (font, size, x, H - top - size, s))


def rule(x0, top0, x1, top1):
    return "0 0 0 RG 0.5 w %.1f %.1f m %.1f %.1f l S\n" % (x0, H - top0, x1, H - top1)


def circle(cx, top, r, rgb):
    cy, k = H - top, 0.5523 * r
    return ("%.3f %.3f %.3f rg %.2f %.2f m " % (rgb + (cx + r, cy)) +
            "%.2f %.2f %.2f %.2f %.2f %.2f c " % (cx + r, cy + k, cx + k, cy + r, cx, cy + r) +
            "%.2f %.2f %.2f %.2f %.2f %.2f c " % (cx - k, cy + r, cx - r, cy + k, cx - r, cy) +
            "%.2f %.2f %.2f %.2f %.2f %.2f c " % (cx - r, cy - k, cx - k, cy - r, cx, cy - r) +
            "%.2f %.2f %.2f %.2f %.2f %.2f c h f\n" % (cx + k, cy - r, cx + r, cy - k, cx + r, cy))


def triangle(cx, top, size, up, rgb=(0, 0, 0)):
    # Drawn about the origin and moved into place, as office suites write them.
    h = size / 2
    tip, base = (h, -h) if up else (-h, h)
    return ("q 1 0 0 1 %.2f %.2f cm %.3f %.3f %.3f rg 0 %.2f m %.2f %.2f l %.2f %.2f l h f Q\n" %
            ((cx, H - top) + rgb + (tip, h, base, -h, base)))


def page_content():
    c = ""
    xs, tops = [50, 250, 310, 370, 430], [100, 120, 140, 160, 180]
    for t in tops:
        c += rule(xs[0], t, xs[-1], t)
    for x in xs:
        c += rule(x, tops[0], x, tops[-1])
    for x, head in zip(xs, ["Indicator", "Actual", "RAG", "DOT"]):
        c += text(x + 3, tops[0] + 5, 9, "F2", head)
    rows = [("Calls answered within 60 seconds", "82.9%"), ("Household waste recycled", "41.4%"),
            ("Council tax collected", "97.2%")]
    for (name, value), t in zip(rows, tops[1:]):
        c += text(xs[0] + 3, t + 5, 9, "F1", name) + text(xs[1] + 3, t + 5, 9, "F1", value)
    c += circle(340, 130, 5, (0.75, 0, 0))                     # #C00000
    c += text(336, 145, 9, "F3", "l", (0, 0.69, 0.31))         # ZapfDingbats black circle, #00B050
    c += circle(340, 170, 5, (1, 0.75, 0))                     # #FFC000
    c += triangle(400, 130, 9, True, (0, 0.69, 0.31))
    c += text(396, 145, 9, "F3", "t")                          # ZapfDingbats down triangle
    c += triangle(400, 170, 9, False)
    c += "0 0.69 0.31 rg 40 %.1f 515 20 re f\n" % (H - 235)    # a coloured heading bar
    c += text(50, 220, 12, "F2", "3.1 Carers' assessments", (1, 1, 1))
    c += circle(44, 260, 4.5, (1, 0, 0))
    c += text(52, 255, 10, "F1", "Performance stands at 33.1% (54 / 163), off target (60%) by 26.9.")
    c += triangle(375, 260, 8, True)
    return c


def main(out):
    content = page_content().encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(out, "wb") as f:
        f.write(pdf)


if __name__ == "__main__":
    main(sys.argv[1])
