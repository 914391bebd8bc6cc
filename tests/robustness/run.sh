#!/usr/bin/env bash
# Robustness check for one PDF: run.sh FILE OUTCOME PASSWORD
#   OUTCOME  ok | not-a-pdf | damaged | encrypted | wrong-password | no-text-layer | too-large | io
#   PASSWORD the password to pass with --password, or - for none
# Runs `outturn extract` under a 30 s timeout and a 4 GB address-space limit and
# asserts: ok -> exit 0 and the output is valid JSON; any other outcome -> exit 2
# and stderr names the file and the kind ("outturn: ...FILE... [OUTCOME]").
# A timeout, a signal or any other exit status fails.
# Prints one line, PASS or FAIL, and exits 0 or 1 accordingly.
# Environment: OUTTURN (the outturn binary, required), OUTTURN_PATTERNS (passed through).
set -u

if [ $# -ne 3 ]; then
    echo "usage: run.sh FILE OUTCOME PASSWORD(or -)" >&2
    exit 2
fi
file=$1 outcome=$2 password=$3
name=$(basename -- "$file")
label=$name
[ "$password" != "-" ] && label="$name (password $password)"

fail() { echo "FAIL $label: $*"; exit 1; }

[ -n "${OUTTURN:-}" ] || fail "OUTTURN is not set (path to the outturn binary)"
[ -x "$OUTTURN" ] || fail "OUTTURN=$OUTTURN is not executable"
[ -f "$file" ] || fail "no such file: $file"
command -v timeout >/dev/null || fail "timeout(1) not found"

work=$(mktemp -d "${TMPDIR:-/tmp}/outturn-robustness.XXXXXX") || fail "mktemp failed"
trap 'rm -rf -- "$work"' EXIT
out=$work/out.json

args=(extract "$file" -o "$out")
[ "$password" != "-" ] && args+=(--password "$password")

# Never inherit a password from the caller's environment: "-" means none.
unset OUTTURN_PASSWORD
# Memory bound: 4 GB of address space, set in a subshell so it applies to
# outturn only. TERM after 30 s, KILL 5 s later if it ignores TERM.
(
    [ -n "${OUTTURN_NO_ADDRESS_LIMIT:-}" ] || ulimit -v 4000000 || exit 125  # ASan reserves terabytes of shadow; it bounds memory itself (ASAN_OPTIONS hard_rss_limit_mb)
    exec timeout --kill-after=5 30 "$OUTTURN" "${args[@]}"
) >"$work/stdout" 2>"$work/stderr"
status=$?

stderr_head() { head -c 400 "$work/stderr" | tr '\n' ' '; }

case $status in
    124) fail "timed out after 30 s" ;;
    125) fail "could not set up the memory limit or the timeout" ;;
    137) fail "killed (SIGKILL; ignored the timeout's SIGTERM or hit a limit)" ;;
esac
if [ "$status" -gt 128 ]; then
    fail "killed by signal $((status - 128)); stderr: $(stderr_head)"
fi

if [ "$outcome" = ok ]; then
    [ "$status" -eq 0 ] || fail "expected ok (exit 0), got exit $status; stderr: $(stderr_head)"
    [ -s "$out" ] || fail "exit 0 but no output written to -o"
    if ! python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$out" 2>"$work/json_err"; then
        fail "exit 0 but the output is not valid JSON: $(tail -n 1 "$work/json_err")"
    fi
else
    [ "$status" -eq 2 ] || fail "expected [$outcome] (exit 2), got exit $status; stderr: $(stderr_head)"
    # The file name, with regex metacharacters escaped.
    name_re=$(printf '%s' "$name" | sed 's/[][\.*^$+?(){}|/]/\\&/g')
    outcome_re=$(printf '%s' "$outcome" | sed 's/[][\.*^$+?(){}|/]/\\&/g')
    if ! grep -Eq "outturn: .*${name_re}.*\[${outcome_re}\]" "$work/stderr"; then
        got=$(grep -Eo '\[[a-z-]+\]' "$work/stderr" | tail -n 1)
        fail "expected [$outcome], got ${got:-no kind}; stderr: $(stderr_head)"
    fi
fi
echo "PASS $label"
