#!/usr/bin/env bash
# stress/bench.sh - single-thread benchmarks: what does each build cost?
#
# Runs every program in stress/bench/ (NAME.py, no arguments) on every
# interpreter REPS times, interleaved (for rep, for program, for build), and
# times each whole process run (start-up included) with date +%s%N. A run
# whose stdout differs from stress/bench/NAME.out (CPython's output) is
# counted as wrong. Prints a table: median seconds per program and build, the
# free-threading tax (NOGIL_BUILD / GIL_BUILD time, per program and as a
# geometric mean) and the speedup of each build against python3; writes
#   OUT/bench.csv          one row per run
#   OUT/bench-summary.csv  one row per program (and a geomean row)
# Needs bash, awk, coreutils; GNU time (/usr/bin/time) optional, for peak
# RSS. Never needs python (python3 is only an extra column when present).
#
# Usage: stress/bench.sh [--help]      (configure with environment knobs)
# Knobs:
#   BINS="bin/interp-gil bin/interp-nogil"  interpreters; label = basename
#   PROGRAMS="fib sorting ..."   subset (default: all, in the table order)
#   REPS=5                       runs per program and build; median quoted
#   OUT=results                  output folder (created)
#   EXTRA_PYTHONS="python3"      also run these where on PATH (default:
#                                python3 and any python3.1[3-9]t found);
#   NO_CPYTHON=1                 no python3 column
#   GIL_BUILD=interp-gil NOGIL_BUILD=interp-nogil REF_BUILD=python3
#                                labels for the tax and the speedup columns
#   TIMEOUT=120                  seconds per run before it is killed
# Exit status: 0 when the harness ran (failed or wrong runs are reported),
# 2 on harness errors (missing binary, bad knob).

set -u
export LC_ALL=C

# programs, in table order (each takes ~0.2-0.5 s under CPython 3.11)
ALL_PROGRAMS="count_loop seed_loop fib method_calls float_arith dict_work string_work sorting object_creation"

usage() { sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"; }
die() { echo "bench.sh: $*" >&2; exit 2; }
case "${1:-}" in -h|--help) usage; exit 0;; "") ;; *) usage >&2; die "unknown argument '$1'";; esac

top=$(cd "$(dirname "$0")/.." && pwd)
bdir=$top/stress/bench
REPS=${REPS:-5}
OUT=${OUT:-results}
TIMEOUT=${TIMEOUT:-120}
GIL_BUILD=${GIL_BUILD:-interp-gil}
NOGIL_BUILD=${NOGIL_BUILD:-interp-nogil}
REF_BUILD=${REF_BUILD:-python3}
isint() { case "$1" in ''|*[!0-9]*) return 1;; *) [ "$1" -gt 0 ];; esac; }
isint "$REPS" || die "REPS must be a positive integer (got '$REPS')"
isint "$TIMEOUT" || die "TIMEOUT must be a positive integer (got '$TIMEOUT')"

progs=()
for p in ${PROGRAMS:-$ALL_PROGRAMS}; do
  p=${p%.py}
  [ -f "$bdir/$p.py" ] || die "no benchmark $bdir/$p.py (known: $ALL_PROGRAMS)"
  progs+=("$p")
done
[ ${#progs[@]} -gt 0 ] || die "PROGRAMS is empty"

labels=(); bins=()
add_build() { # LABEL PATH
  local l=$1 i
  for i in "${labels[@]}"; do [ "$i" = "$l" ] && return 1; done
  labels+=("$l"); bins+=("$2")
}
BINS=${BINS:-"bin/interp-gil bin/interp-nogil"}
for b in $BINS; do
  case $b in
    */*) p=$b
         if [ ! -e "$p" ] && [ -e "$top/$p" ]; then p=$top/$p; fi
         [ -e "$p" ] || die "interpreter '$b' not found (build it first, e.g. 'make'; or set BINS)"
         [ -x "$p" ] && [ -f "$p" ] || die "interpreter '$b' is not an executable file"
         case $p in /*) ;; *) p=$(cd "$(dirname "$p")" && pwd)/$(basename "$p");; esac ;;
    *)   p=$(command -v "$b") || die "interpreter '$b' not found on PATH (set BINS)"
         # a CPython given by name: resolve shims (pyenv), whose start-up
         # would otherwise be timed
         case $b in python*) r=$("$p" -c 'import sys; print(sys.executable)' 2>/dev/null) && [ -x "$r" ] && p=$r;; esac ;;
  esac
  add_build "$(basename "$b")" "$p" || die "two interpreters share the label '$(basename "$b")'"
done
if [ "${NO_CPYTHON:-0}" != 1 ]; then
  if [ -z "${EXTRA_PYTHONS+set}" ]; then
    EXTRA_PYTHONS="python3 $(compgen -c python3.1 2>/dev/null | grep -E '^python3\.1[3-9]t$' | sort -u | tr '\n' ' ')"
  fi
  for py in $EXTRA_PYTHONS; do
    command -v "$py" >/dev/null 2>&1 || continue
    real=$("$py" -c 'import sys; print(sys.executable)' 2>/dev/null) || real=""
    [ -n "$real" ] && [ -x "$real" ] || real=$(command -v "$py")
    add_build "$py" "$real" || true
  done
fi
nb=${#labels[@]}

have_time=0
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true >/dev/null 2>&1; then have_time=1
else echo "note: GNU time (/usr/bin/time, package 'time') not found: peak RSS column left empty"; fi

mkdir -p "$OUT" || die "cannot create output folder '$OUT'"
csv=$OUT/bench.csv
echo "program,build,rep,seconds,max_rss_kb,status,timestamp,bin" 2>/dev/null > "$csv" || die "cannot write to '$OUT'"
: > "$OUT/bench-errors.log"
tmp=$(mktemp -d) || die "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
trap 'echo; echo "bench.sh: interrupted; partial results in $csv"; exit 130' INT TERM

total=$((REPS * ${#progs[@]} * nb)); count=0; nbad=0
echo "bench: ${#progs[@]} programs x builds (${labels[*]}) x $REPS reps = $total runs"
t_start=$(date +%s)
for ((rep = 1; rep <= REPS; rep++)); do
  for p in "${progs[@]}"; do
    for ((bi = 0; bi < nb; bi++)); do
      label=${labels[bi]}; bin=${bins[bi]}
      rm -f "$tmp/rss"
      t0=$(date +%s%N)
      if [ $have_time = 1 ]; then
        timeout -k 5 "$TIMEOUT" /usr/bin/time -f %M -o "$tmp/rss" "$bin" "$bdir/$p.py" < /dev/null > "$tmp/out" 2> "$tmp/err"
      else
        timeout -k 5 "$TIMEOUT" "$bin" "$bdir/$p.py" < /dev/null > "$tmp/out" 2> "$tmp/err"
      fi
      rc=$?
      t1=$(date +%s%N)
      secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
      rss=""; [ -f "$tmp/rss" ] && rss=$(tail -n 1 "$tmp/rss" | awk '/^[0-9]+$/ { print }')
      if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then status=timeout
      elif [ $rc -ne 0 ]; then status=error
      elif [ -f "$bdir/$p.out" ] && ! cmp -s "$tmp/out" "$bdir/$p.out"; then status=wrong-output
      else status=ok; fi
      echo "$p,$label,$rep,$secs,$rss,$status,$(date -u +%Y-%m-%dT%H:%M:%SZ),$bin" >> "$csv"
      count=$((count + 1))
      if [ $status = ok ]; then note="${secs}s${rss:+ $((rss / 1024))MB}"
      else
        nbad=$((nbad + 1))
        note="ERROR ($status, exit $rc): $(grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1 | cut -c1-100)"
        { echo "=== $p $label rep $rep: $status, exit $rc"; echo "--- stdout:"; cat "$tmp/out"
          [ $status = wrong-output ] && { echo "--- expected:"; cat "$bdir/$p.out"; }
          echo "--- stderr:"; cat "$tmp/err"; } >> "$OUT/bench-errors.log"
      fi
      printf '[%d/%d] %s %s rep %d/%d %s\n' $count $total "$p" "$label" $rep $REPS "$note"
    done
  done
done
elapsed=$(( $(date +%s) - t_start ))

# ---- summary: one row per program, a column group per build ----------------
summary=$OUT/bench-summary.csv
awk -F, -v PROGS="${progs[*]}" -v BLDS="${labels[*]}" -v G="$GIL_BUILD" -v NG="$NOGIL_BUILD" -v REF="$REF_BUILD" \
    -v CSVOUT="$summary" -v REPS=$REPS '
function med(a, m,   i, j, x) {
  for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
  return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
}
function geo(name,   v) { return (gn[name] > 0) ? exp(gs[name] / gn[name]) : "" }
function addgeo(name, x) { if (x > 0) { gs[name] += log(x); gn[name]++ } }
BEGIN { np = split(PROGS, pl, " "); nb = split(BLDS, bl, " ")
  for (i = 1; i <= nb; i++) { isb[bl[i]] = 1; if (bl[i] != REF && bl[i] !~ /^python/) cmp[++nc] = bl[i] } }
NR == 1 { next }
{ k = $1 SUBSEP $2; runs[k]++
  if ($6 != "ok") { bad[k]++; why[k] = $6; next }
  c = ++n[k]; sec[k, c] = $4 + 0; if ($5 != "") { r = ++nr[k]; rs[k, r] = $5 + 0 } }
END {
  tax = (isb[G] && isb[NG]); ref = isb[REF]
  # header
  h = "program"; for (i = 1; i <= nb; i++) h = h "," bl[i] "_median_s," bl[i] "_spread_pct," bl[i] "_rss_kb," bl[i] "_ok_runs"
  if (tax) h = h ",tax_" NG "_over_" G
  if (ref) for (i = 1; i <= nc; i++) h = h ",speedup_" cmp[i] "_vs_" REF
  print h > CSVOUT
  t = sprintf("%-16s", "program"); for (i = 1; i <= nb; i++) t = t sprintf(" %13s", bl[i])
  if (tax) t = t sprintf(" %10s", "tax")
  if (ref) for (i = 1; i <= nc; i++) { w[i] = length(cmp[i] " vs " REF) + 1; if (w[i] < 10) w[i] = 10; t = t sprintf(" %" w[i] "s", cmp[i] " vs " REF) }
  print t
  for (pi = 1; pi <= np; pi++) { p = pl[pi]; row = p; t = sprintf("%-16s", p)
    for (i = 1; i <= nb; i++) { k = p SUBSEP bl[i]; m[i] = ""
      if (n[k] > 0) {
        for (j = 1; j <= n[k]; j++) v[j] = sec[k, j]
        m[i] = med(v, n[k]); spread = (m[i] > 0) ? (v[n[k]] - v[1]) / m[i] * 100 : 0
        rr = ""; if (nr[k] > 0) { for (j = 1; j <= nr[k]; j++) v[j] = rs[k, j]; rr = sprintf("%d", med(v, nr[k])) }
        row = row "," sprintf("%.4f", m[i]) "," sprintf("%.1f", spread) "," rr "," n[k] "/" runs[k]
        cell = sprintf("%.3fs", m[i]) ((bad[k] > 0) ? "*" : "")
      } else { row = row ",,,,0/" runs[k] + 0; cell = (runs[k] > 0) ? toupper(why[k]) : "-" }
      t = t sprintf(" %13s", cell); med_of[bl[i]] = m[i] }
    if (tax) { x = (med_of[G] != "" && med_of[NG] != "") ? med_of[NG] / med_of[G] : ""
      addgeo("tax", x); row = row "," (x != "" ? sprintf("%.3f", x) : ""); t = t sprintf(" %10s", (x != "" ? sprintf("%.2fx", x) : "-")) }
    if (ref) for (i = 1; i <= nc; i++) { b = cmp[i]; x = (med_of[REF] != "" && med_of[b] != "") ? med_of[REF] / med_of[b] : ""
      addgeo("sp" i, x); row = row "," (x != "" ? sprintf("%.3f", x) : ""); t = t sprintf(" %" w[i] "s", (x != "" ? sprintf("%.2fx", x) : "-")) }
    print row > CSVOUT; print t }
  if (tax || (ref && nc > 0)) {
    row = "geomean"; t = sprintf("%-16s", "geomean")
    for (i = 1; i <= nb; i++) { row = row ",,,,"; t = t sprintf(" %13s", "") }
    if (tax) { x = geo("tax"); row = row "," (x != "" ? sprintf("%.3f", x) : ""); t = t sprintf(" %10s", (x != "" ? sprintf("%.2fx", x) : "-")) }
    if (ref) for (i = 1; i <= nc; i++) { x = geo("sp" i); row = row "," (x != "" ? sprintf("%.3f", x) : ""); t = t sprintf(" %" w[i] "s", (x != "" ? sprintf("%.2fx", x) : "-")) }
    print row > CSVOUT; print t }
  print ""
  print "whole-process wall time (start-up included), median of " REPS " runs; * = some runs failed or were wrong"
  if (tax) print "tax = " NG " time / " G " time (the cost of free threading; 1.00x = none)"
  if (ref && nc > 0) print "X vs " REF " = " REF " time / X time (above 1 = X is faster)"
}' "$csv"
[ $nbad -gt 0 ] && echo "$nbad run(s) failed or printed a wrong result: see $OUT/bench-errors.log"
echo "wrote $csv, $summary ($elapsed s)"
exit 0
