#!/usr/bin/env bash
# stress/fuzz/source_diff.sh - the source fuzzer as a differential test: which
# texts compile here and not in CPython, or the other way round.
#
# Runs stress/fuzz/source.py --outcomes on BIN and on python3 (the oracle),
# and prints how many cases agree on "compiles or is rejected", then the
# kinds of disagreement, most frequent first, each with a few case numbers
# (stress/fuzz/source.py --list N N+1 shows a case).  It reports; it never
# fails on a disagreement: the known ones are features listed as missing in
# README.md (match, async, except*, relative imports, complex and big int
# literals, NFKC-normalised identifiers).
#
# Usage: stress/fuzz/source_diff.sh [BIN [START STOP]]
#        (default bin/interp-gil, cases 0..8000; needs python3 on PATH)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
if [ "${1:-}" = "--help" ]; then sed -n '2,/^set -u/{/^#/s/^# \{0,1\}//p}' "$0"; exit 0; fi
bin=${1:-bin/interp-gil}; lo=${2:-0}; hi=${3:-8000}
command -v python3 >/dev/null || { echo "source_diff: python3 (the oracle) is not on PATH" >&2; exit 2; }
[ -x "$bin" ] || { echo "source_diff: $bin is missing (make)" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
"$bin" stress/fuzz/source.py --outcomes "$lo" "$hi" 2>/dev/null | grep -E '^[0-9]+ ' > "$tmp/ours" &
python3 -W ignore stress/fuzz/source.py --outcomes "$lo" "$hi" 2>/dev/null | grep -E '^[0-9]+ ' > "$tmp/cpython"
wait
awk -v bin="$bin" '
  function cls(x) { return x == "" ? "" : (x == "compiled" ? "ok" : "rejected") }
  NR == FNR { py[$1] = $2 " " $3; next }
  ($1 in py) {
    n++; split(py[$1], p, " ")
    if (cls(p[1]) == cls($2) && cls(p[2]) == cls($3)) { same++; next }
    k = "python3: " p[1] (p[2] != "" ? "/" p[2] : "") "  " bin ": " $2 ($3 != "" ? "/" $3 : "")
    cnt[k]++; if (cnt[k] <= 6) ex[k] = ex[k] " " $1
  }
  END {
    printf "%d cases: %d agree on compiles-or-rejected (%.1f%%)\n", n, same, n ? 100 * same / n : 0
    for (k in cnt) printf "%6d  %s   cases:%s\n", cnt[k], k, ex[k] | "sort -rn"
  }' "$tmp/cpython" "$tmp/ours"
