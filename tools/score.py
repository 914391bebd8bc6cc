#!/usr/bin/env python3
"""Score outturn output against hand-annotated expectations.

  score.py --expected corpus/X.expected.json --actual out/X.json
  score.py --corpus DIR --actual-dir DIR     (pairs NAME.expected.json
                                              with NAME.json)
  either form takes [--min-recall R] [--min-precision P]

Indicators: an indicator is identified by page, value, numerator,
denominator and target; it is CORRECT only when all five equal the
annotation (relative tolerance 1e-9, null equals only null). Expected and
actual indicators are paired one-to-one, greedily: same page and equal value
first, then whichever pair has more equal fields. A pair that is not correct
is reported as WRONG; unpaired ones as MISSING / EXTRA. Pairing only decides
how misses are explained - recall and precision count CORRECT items only.

Checks: only actual checks whose kind is in the annotation's "check_kinds"
are scored (absent: the kinds that occur in its "checks"), because
annotators annotate some kinds exhaustively and ignore the rest. An actual
check pairs with an expected one of the same kind and page when every
number in the expected "numbers" occurs in the actual source.quote (as
digits, thousands commas ignored, or as a word from zero to twenty); it is
correct when the status also matches.

Exit status: 0 when every document meets both minimums for indicators and
for checks (defaults 0: report only), 1 otherwise, 2 on usage or I/O error.
"""
import argparse
import json
import os
import re
import sys

IND_FIELDS = ("page", "value", "numerator", "denominator", "target")

# Thousands-grouped numbers first, so "1,234" is one number and not two.
NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
# Reports spell small counts out ("one IHA out of two"), and the checks
# recompute from them, so a quote must be able to supply them.
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
WORD_RE = re.compile(r"\b(?:%s)\b" % "|".join(NUMBER_WORDS), re.IGNORECASE)


class InputError(Exception):
    pass


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except OSError as e:
        raise InputError(f"{path}: {e.strerror}") from e
    except ValueError as e:
        raise InputError(f"{path}: not valid JSON: {e}") from e
    if not isinstance(doc, dict):
        raise InputError(f"{path}: top level is not a JSON object")
    return doc


def dig(obj, *keys):
    """obj[k1][k2]..., or None when any step is missing or null."""
    for k in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(k)
    return obj


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def fmt(x):
    if x is None:
        return "null"
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return repr(x)


def quote_numbers(quote):
    # Magnitudes only: a hyphen in "2020-21" or "10-15" is not a minus sign,
    # and annotators write the number as it reads on the page.
    quote = quote or ""
    return ([float(m.replace(",", "")) for m in NUMBER_RE.findall(quote)]
            + [float(NUMBER_WORDS[m.lower()]) for m in WORD_RE.findall(quote)])


def number(x, where):
    # Hand-written annotations are the likely culprit; fail loudly rather
    # than let "82.9" (a string) silently never match.
    if x is None or (isinstance(x, (int, float)) and not isinstance(x, bool)):
        return x
    raise InputError(f"{where}: expected a number or null, got {x!r}")


def greedy_pairs(candidates):
    """candidates: (key tuple, ei, ai); highest key wins, ties by input order."""
    used_e, used_a, pairs = set(), set(), {}
    for _, ei, ai in sorted(candidates,
                            key=lambda c: (tuple(-k for k in c[0]), c[1], c[2])):
        if ei not in used_e and ai not in used_a:
            used_e.add(ei)
            used_a.add(ai)
            pairs[ei] = ai
    return pairs


def score_indicators(expected, actual, out):
    exp = [{f: number(e.get(f), f"expected indicators[{i}].{f}") for f in IND_FIELDS}
           for i, e in enumerate(expected)]
    act = [{f: number(v, f"actual indicators[{i}].{f}") for f, v in (
               ("page", dig(a, "source", "page")), ("value", dig(a, "value", "number")),
               ("numerator", a.get("numerator")), ("denominator", a.get("denominator")),
               ("target", dig(a, "target", "number")))}
           for i, a in enumerate(actual)]

    candidates = []
    for ei, e in enumerate(exp):
        for ai, a in enumerate(act):
            equal = [f for f in IND_FIELDS if same(e[f], a[f])]
            same_value = e["value"] is not None and "value" in equal
            same_page = "page" in equal
            # Without a shared page and some shared number the two are
            # unrelated, and calling them WRONG would hide a MISSING + EXTRA.
            shares_number = any(e[f] is not None and f in equal
                                for f in IND_FIELDS[1:])
            if same_value or (same_page and shares_number):
                candidates.append(((same_page and same_value, len(equal)), ei, ai))
    pairs = greedy_pairs(candidates)

    correct = 0
    for ei, e in enumerate(exp):
        where = f'page {fmt(e["page"])} value {fmt(e["value"])} "{expected[ei].get("quote", "")}"'
        if ei not in pairs:
            out.append(f"MISSING indicator {where}")
            continue
        a = act[pairs[ei]]
        wrong = [f"{f} expected {fmt(e[f])} got {fmt(a[f])}"
                 for f in IND_FIELDS if not same(e[f], a[f])]
        if wrong:
            out.append(f"WRONG indicator {where}: " + "; ".join(wrong))
        else:
            correct += 1
    paired = set(pairs.values())
    for ai, a in enumerate(act):
        if ai not in paired:
            out.append(f'EXTRA indicator page {fmt(a["page"])} value {fmt(a["value"])} '
                       f'"{dig(actual[ai], "source", "quote") or ""}"')
    return len(exp), len(act), correct


def score_checks(expected, kinds, actual, out):
    for i, e in enumerate(expected):
        number(e.get("page"), f"expected checks[{i}].page")
        for n in e.get("numbers", []):
            number(n, f"expected checks[{i}].numbers")
    act = [c for c in actual if c.get("kind") in kinds]
    for a in act:
        number(dig(a, "source", "page"), f"actual checks ({a.get('kind')}) page")
    act_numbers = [quote_numbers(dig(c, "source", "quote")) for c in act]

    candidates = []
    for ei, e in enumerate(expected):
        for ai, a in enumerate(act):
            if (e.get("kind") == a.get("kind")
                    and same(e.get("page"), dig(a, "source", "page"))
                    and all(any(same(abs(n), q) for q in act_numbers[ai])
                            for n in e.get("numbers", []))):
                # Prefer the pairing that makes a check correct.
                candidates.append(((e.get("status") == a.get("status"),), ei, ai))
    pairs = greedy_pairs(candidates)

    correct = 0
    for ei, e in enumerate(expected):
        where = f'{e.get("kind")} page {fmt(e.get("page"))}'
        if ei not in pairs:
            nums = " ".join(fmt(n) for n in e.get("numbers", []))
            out.append(f'MISSING check {where} numbers {nums} status {e.get("status")} '
                       f'"{e.get("quote", "")}"')
        elif e.get("status") != act[pairs[ei]].get("status"):
            out.append(f'WRONG check {where}: status expected {e.get("status")} '
                       f'got {act[pairs[ei]].get("status")} "{e.get("quote", "")}"')
        else:
            correct += 1
    paired = set(pairs.values())
    for ai, a in enumerate(act):
        if ai not in paired:
            out.append(f'EXTRA check {a.get("kind")} page {fmt(dig(a, "source", "page"))} '
                       f'status {a.get("status")} "{dig(a, "source", "quote") or ""}"')
    return len(expected), len(act), correct


def score_document(expected, actual):
    """Returns (indicator counts, check counts, explanation lines)."""
    lines = []
    kinds = expected.get("check_kinds")
    if kinds is None:
        kinds = {c.get("kind") for c in expected.get("checks", [])}
    ind = score_indicators(expected.get("indicators", []),
                           actual.get("indicators", []), lines)
    chk = score_checks(expected.get("checks", []), set(kinds),
                       actual.get("checks", []), lines)
    return ind, chk, lines


def rates(counts):
    """(recall, precision); None when there was nothing to find or claim."""
    n_exp, n_act, ok = counts
    return (ok / n_exp if n_exp else None, ok / n_act if n_act else None)


def meets(counts, min_recall, min_precision):
    recall, precision = rates(counts)
    # Vacuous rates pass: an empty annotation cannot be under-recalled.
    return ((recall is None or recall >= min_recall)
            and (precision is None or precision >= min_precision))


def row(name, ind, chk, verdict):
    def part(c):
        r, p = rates(c)
        shown = ["-" if x is None else f"{x:.3f}" for x in (r, p)]
        return f"{c[0]:5d} {c[1]:5d} {c[2]:5d} {shown[0]:>6} {shown[1]:>6}"
    return f"{name:<40.40} | {part(ind)} | {part(chk)} {verdict}".rstrip()


def document_pairs(args):
    """[(name, expected path, actual path)] for either invocation form."""
    suffix = ".expected.json"
    if args.expected:
        name = os.path.basename(args.expected)
        name = name[:-len(suffix)] if name.endswith(suffix) else name
        return [(name, args.expected, args.actual)]
    try:
        names = sorted(f[:-len(suffix)] for f in os.listdir(args.corpus)
                       if f.endswith(suffix))
    except OSError as e:
        raise InputError(f"{args.corpus}: {e.strerror}") from e
    if not names:
        raise InputError(f"{args.corpus}: no *{suffix} files")
    return [(n, os.path.join(args.corpus, n + suffix),
             os.path.join(args.actual_dir, n + ".json")) for n in names]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--expected")
    ap.add_argument("--actual")
    ap.add_argument("--corpus")
    ap.add_argument("--actual-dir")
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--floors",
                    help="JSON {document: {\"indicators\": [recall, precision], "
                         "\"checks\": [recall, precision]}}: per-document minimums "
                         "that ratchet up as the extractor improves")
    args = ap.parse_args()  # exits 2 on bad usage
    single = (args.expected, args.actual)
    directory = (args.corpus, args.actual_dir)
    if not ((all(single) and not any(directory))
            or (all(directory) and not any(single))):
        ap.error("give either --expected and --actual, or --corpus and --actual-dir")

    try:
        floors = load_json(args.floors) if args.floors else {}
        docs = document_pairs(args)
        totals_ind, totals_chk, rows, failed = [0, 0, 0], [0, 0, 0], [], 0
        for name, exp_path, act_path in docs:
            expected = load_json(exp_path)
            no_output = []
            try:
                actual = load_json(act_path)
            except InputError as e:
                if args.expected:
                    raise
                # In a corpus run a missing or broken output is a result
                # (the extractor failed on that document), not a usage error.
                no_output, actual = [f"NO OUTPUT {e}"], {}
            try:
                ind, chk, lines = score_document(expected, actual)
            except InputError as e:
                raise InputError(f"{name}: {e}") from e
            lines = no_output + lines
            if lines:
                print(f"== {name}")
                print("\n".join(lines))
            floor = floors.get(name, {})
            ind_floor = floor.get("indicators", [args.min_recall, args.min_precision])
            chk_floor = floor.get("checks", [args.min_recall, args.min_precision])
            passed = meets(ind, *ind_floor) and meets(chk, *chk_floor)
            failed += not passed
            rows.append(row(name, ind, chk, "" if passed else "FAIL"))
            totals_ind = [t + c for t, c in zip(totals_ind, ind)]
            totals_chk = [t + c for t, c in zip(totals_chk, chk)]
    except InputError as e:
        print(f"score.py: {e}", file=sys.stderr)
        return 2

    columns = f"{'exp':>5} {'act':>5} {'ok':>5} {'recall':>6} {'prec':>6}"
    print()
    print(f"{'':<40} | {'indicators':^31} | {'checks':^31}".rstrip())
    print(f"{'document':<40} | {columns} | {columns}")
    print("\n".join(rows))
    print(row("TOTAL", totals_ind, totals_chk, ""))
    if failed:
        print(f"FAIL: {failed} of {len(docs)} documents below their minimum "
              f"recall / precision (--floors, --min-recall, --min-precision)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
