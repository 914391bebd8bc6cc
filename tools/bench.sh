#!/usr/bin/env bash
# Benchmark outturn against pdftotext on a set of PDFs.
#
#   tools/bench.sh [--outturn PATH] [--runs N] [--label NAME] [--csv FILE] DIR_OR_FILES...
#
# Commands timed, each over the whole file set per timing:
#   outturn            outturn extract F -o TMP
#   pdftotext-layout   pdftotext -layout F /dev/null
#   pdftotext          pdftotext F /dev/null
# pdftotext is the yardstick: it parses the same PDFs and extracts the same
# text, so "outturn is N x pdftotext" stays meaningful across machines where
# absolute seconds do not.
#
# Reports median wall seconds, pages/second, outturn's median relative to
# each pdftotext median, peak RSS (max over files and runs) and the files
# each command failed on. --csv writes one row per command per run.
# Every per-file invocation goes through /usr/bin/time (for RSS); that few
# milliseconds of overhead lands on all commands alike.
#
# Exit: 0 done, 1 done but the outturn binary was missing, 2 usage error or
# missing prerequisite.
set -euo pipefail

usage() {
    sed -n '4s/^# */usage: /p' "$0" >&2
    exit 2
}

die() {
    echo "bench.sh: $*" >&2
    exit 2
}

repo=$(cd "$(dirname "$0")/.." && pwd)
outturn="$repo/build/extract/outturn"
runs=5
label=run
csv=
inputs=()
while [ $# -gt 0 ]; do
    case "$1" in
        --outturn) [ $# -ge 2 ] || usage; outturn=$2; shift 2 ;;
        --runs)    [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
        --label)   [ $# -ge 2 ] || usage; label=$2; shift 2 ;;
        --csv)     [ $# -ge 2 ] || usage; csv=$2; shift 2 ;;
        -h|--help) usage ;;
        --) shift; inputs+=("$@"); break ;;
        -*) usage ;;
        *) inputs+=("$1"); shift ;;
    esac
done
[ ${#inputs[@]} -gt 0 ] || usage
case "$runs" in ''|*[!0-9]*|0) die "--runs wants a positive integer, got '$runs'" ;; esac

# Peak RSS needs GNU time's %M; the bash builtin cannot report it.
[ -x /usr/bin/time ] || die "/usr/bin/time not found: install the 'time' package (apt-get install time)"
for tool in pdftotext pdfinfo; do
    command -v "$tool" >/dev/null || die "$tool not found: install the 'poppler-utils' package"
done

files=()
for arg in "${inputs[@]}"; do
    if [ -d "$arg" ]; then
        while IFS= read -r f; do files+=("$f"); done \
            < <(find "$arg" -type f -iname '*.pdf' | LC_ALL=C sort)
    elif [ -f "$arg" ]; then
        files+=("$arg")
    else
        die "$arg: no such file or directory"
    fi
done
[ ${#files[@]} -gt 0 ] || die "no PDF files found in: ${inputs[*]}"

pages=0
for f in "${files[@]}"; do
    n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }') || true
    if [ -z "$n" ]; then
        echo "bench.sh: warning: pdfinfo cannot read $f; counting 0 pages" >&2
        n=0
    fi
    pages=$((pages + n))
done

commands=(outturn pdftotext-layout pdftotext)
missing_outturn=0
if [ ! -x "$outturn" ] || [ -d "$outturn" ]; then
    echo "bench.sh: error: outturn binary not found or not executable: $outturn" >&2
    echo "bench.sh: build it first or pass --outturn PATH; timing pdftotext only" >&2
    commands=(pdftotext-layout pdftotext)
    missing_outturn=1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs one command on one file under GNU time; prints peak RSS in KiB.
# Returns the command's exit status.
run_one() {
    local cmd=$1 f=$2 status=0
    case "$cmd" in
        outturn)          set -- "$outturn" extract "$f" -o "$work/out.json" ;;
        pdftotext-layout) set -- pdftotext -layout "$f" /dev/null ;;
        pdftotext)        set -- pdftotext "$f" /dev/null ;;
    esac
    /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || status=$?
    # On failure GNU time writes a "Command exited..." line before %M.
    tail -n 1 "$work/rss"
    return "$status"
}

# timings: command run seconds peak_rss_kb failures
: >"$work/timings"
: >"$work/failed"
ncmd=${#commands[@]}
for ((run = 1; run <= runs; run++)); do
    # Rotating the starting command each run spreads cache warm-up and
    # thermal drift over all commands instead of always favouring one.
    for ((k = 0; k < ncmd; k++)); do
        cmd=${commands[(run + k) % ncmd]}
        peak=0 fails=0
        start=$(date +%s%N)
        for f in "${files[@]}"; do
            if rss=$(run_one "$cmd" "$f"); then :; else
                fails=$((fails + 1))
                echo "$cmd $f" >>"$work/failed"
            fi
            case "$rss" in ''|*[!0-9]*) rss=0 ;; esac
            if [ "$rss" -gt "$peak" ]; then peak=$rss; fi
        done
        end=$(date +%s%N)
        echo "$cmd $run $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e9 }') $peak $fails" \
            >>"$work/timings"
        printf '.' >&2
    done
done
echo >&2

if [ -n "$csv" ]; then
    {
        echo "label,command,run,seconds,peak_rss_kb,failures,files,pages"
        awk -v l="$label" -v n="${#files[@]}" -v p="$pages" \
            '{ printf "%s,%s,%s,%s,%s,%s,%s,%s\n", l, $1, $2, $3, $4, $5, n, p }' "$work/timings"
    } >"$csv" || die "cannot write $csv"
fi

median() {
    awk -v c="$1" '$1 == c { print $3 }' "$work/timings" | sort -g |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A med
echo "label: $label   files: ${#files[@]}   pages: $pages   runs: $runs"
printf '%-18s %10s %10s %12s %14s\n' command median_s pages/s peak_rss_MiB failed_files
for cmd in "${commands[@]}"; do
    med[$cmd]=$(median "$cmd")
    peak=$(awk -v c="$cmd" '$1 == c && $4 > m { m = $4 } END { print m + 0 }' "$work/timings")
    failed=$(awk -v c="$cmd" '$1 == c' "$work/failed" | sort -u | wc -l)
    awk -v c="$cmd" -v m="${med[$cmd]}" -v p="$pages" -v r="$peak" -v f="$failed" 'BEGIN {
        printf "%-18s %10.3f %10.1f %12.1f %14d\n", c, m, (m > 0 ? p / m : 0), r / 1024, f }'
done

if [ "$missing_outturn" -eq 0 ]; then
    for ref in pdftotext-layout pdftotext; do
        awk -v a="${med[outturn]}" -v b="${med[$ref]}" -v r="$ref" \
            'BEGIN { if (b > 0) printf "outturn / %-16s %8.2fx\n", r, a / b }'
    done
fi

if [ -s "$work/failed" ]; then
    echo "failures (command file):"
    sort -u "$work/failed" | sed 's/^/  /'
fi

exit "$missing_outturn"
