#!/usr/bin/env bash
# stress/scaling.sh - how does work scale with threads, with and without a GIL?
#
# Runs every workload in stress/scaling/ (WORKLOAD.py THREADS WORK [ARG]) on
# every interpreter, for each thread count, REPS times (strong scaling: the
# same total work is split across the threads), and writes:
#   OUT/scaling.csv          one row per run
#   OUT/scaling-summary.csv  medians, spread, speedup, efficiency per
#                            workload x build x threads (x switch interval)
#   OUT/scaling.svg/.png     speedup against threads, one panel per workload
#   OUT/latency.svg/.png     latency workload: lateness against switch interval
#   OUT/REPORT.md            machine, tables, verdicts, targets (met/missed), and
#                            why: -X lockstats of every workload that does not
#                            scale (OUT/lockstats/), timelines at T=2 (OUT/timelines/)
#   OUT/errors.log           stderr of every failed run
# and prints a progress line per run and a summary table at the end.
# Needs bash, awk, coreutils (timeout, date, sort); optional: GNU time
# (/usr/bin/time, Debian package "time") for peak RSS, gnuplot (Debian
# "gnuplot-nox") for the plots. Never needs python.
#
# Usage: stress/scaling.sh [--help]      (configure with environment knobs)
# Knobs:
#   BINS="bin/interp-gil bin/interp-nogil"  interpreters; label = basename
#   WORKLOADS="cpu_count io_sleep ..."      subset (default: all, see table)
#   THREADS="1 2 4 NCPU"   thread counts (default; sorted, duplicates dropped,
#                          NCPU = nproc). Speedups are relative to the
#                          smallest count, so keep 1 in the list.
#   REPS=5                 repetitions per point; the median is quoted
#   SCALE=1                multiplies every workload's default work
#   QUICK=1                work / 5 and REPS=3 (an explicit REPS still wins)
#   SWITCH_INTERVALS="0.001 0.005 0.02"  sys.setswitchinterval values for
#                          the latency workload (one series each)
#   OUT=results            output folder (created)
#   EXTRA_PYTHONS="python3 python3.13t"  also run these as extra columns,
#                          where on PATH (default: python3 and any
#                          python3.1[3-9]t found); NO_CPYTHON=1 disables
#   GIL_BUILD=interp-gil NOGIL_BUILD=interp-nogil  labels the Targets use
#   TIMEOUT=120            seconds per run before it is killed (an error row)
#   CFLAGS_INFO="gcc -O2 ..."  compiler/flags line quoted in REPORT.md
# Run order is: for rep, for workload, (for switch interval,) for threads,
# for build - so drift on a noisy machine hits every build alike.
# Exit status: 0 when the harness ran (even with failed runs or missed
# targets; those are reported), 2 on harness errors (missing binary, bad knob).

set -u
export LC_ALL=C

# ---- default work per workload (table: NAME DEFAULT QUICK) ----------------
# DEFAULT is sized so that one 1-thread run takes ~0.3-0.5 s under CPython
# 3.11 on a 2-core EPYC (twinpy is expected to be ~2x faster); QUICK = /5.
# Units: loop iterations, except io_sleep (number of 10 ms sleeps) and
# latency (number of 1 ms sleeps timed; its run time is dominated by the
# lateness, ~1-60 ms per sleep under a GIL, so it is kept small, and the
# workload stops itself after 3 s, see latency.py).
WORK_TABLE='
cpu_count          14000000  2800000
io_sleep                 40        8
proc_count         12000000  2400000
call_function       7500000  1500000
call_method         6500000  1300000
create_instances    1700000   340000
create_closures     1800000   360000
create_dicts        3000000   600000
load_constants      8000000  1600000
read_shared_dict    7000000  1400000
read_shared_list    9000000  1800000
read_local          6000000  1200000
float_math          5000000  1000000
list_methods        6500000  1300000
generator           6500000  1300000
global_instance_call 6500000 1300000
global_dict_reads   2500000   500000
shared_instance_method 6500000 1300000
shared_append      10000000  2000000
lock_counter        1400000   280000
latency                 100       30
'
# CPU-bound workloads without true contention (Targets: nogil >= 1.8x at 2
# threads, gil within 5% of its 1-thread time at 2 threads).
CPU_UNCONTENDED="cpu_count call_function call_method create_instances create_closures create_dicts load_constants read_shared_dict read_shared_list read_local float_math list_methods generator"

usage() { sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"; }
die() { echo "scaling.sh: $*" >&2; exit 2; }
case "${1:-}" in -h|--help) usage; exit 0;; "") ;; *) usage >&2; die "unknown argument '$1'";; esac

top=$(cd "$(dirname "$0")/.." && pwd)
sdir=$top/stress/scaling
NCPU=$(nproc 2>/dev/null || echo 1)
QUICK=${QUICK:-0}; [ "$QUICK" = 1 ] || QUICK=0
if [ -z "${REPS:-}" ]; then if [ $QUICK = 1 ]; then REPS=3; else REPS=5; fi; fi
SCALE=${SCALE:-1}
OUT=${OUT:-results}
TIMEOUT=${TIMEOUT:-120}
SWITCH_INTERVALS=${SWITCH_INTERVALS:-"0.001 0.005 0.02"}
GIL_BUILD=${GIL_BUILD:-interp-gil}
NOGIL_BUILD=${NOGIL_BUILD:-interp-nogil}
isint() { case "$1" in ''|*[!0-9]*) return 1;; *) [ "$1" -gt 0 ];; esac; }
isnum() { awk -v x="$1" 'BEGIN { exit !(x ~ /^[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?$/ && x + 0 > 0) }'; }
isint "$REPS" || die "REPS must be a positive integer (got '$REPS')"
isint "$TIMEOUT" || die "TIMEOUT must be a positive integer (got '$TIMEOUT')"
isnum "$SCALE" || die "SCALE must be a positive number (got '$SCALE')"
for s in $SWITCH_INTERVALS; do isnum "$s" || die "bad switch interval '$s'"; done
[ -n "$SWITCH_INTERVALS" ] || die "SWITCH_INTERVALS is empty"

# thread counts: sorted, unique
THREADS=${THREADS:-"1 2 4 $NCPU"}
for t in $THREADS; do isint "$t" || die "bad thread count '$t' in THREADS"; done
THREADS=$(printf '%s\n' $THREADS | sort -n -u | tr '\n' ' '); THREADS=${THREADS% }
[ -n "$THREADS" ] || die "THREADS is empty"

# workloads: the table order, or the given subset (in the given order)
all_wl=$(printf '%s\n' "$WORK_TABLE" | awk 'NF { printf "%s ", $1 }'); all_wl=${all_wl% }
WORKLOADS=${WORKLOADS:-$all_wl}
wls=()
for w in $WORKLOADS; do
  w=${w%.py}
  printf '%s\n' "$WORK_TABLE" | awk -v w="$w" '$1 == w { f = 1 } END { exit !f }' \
    || die "unknown workload '$w' (known: $all_wl)"
  [ -f "$sdir/$w.py" ] || die "workload file $sdir/$w.py is missing"
  wls+=("$w")
done
[ ${#wls[@]} -gt 0 ] || die "WORKLOADS is empty"
work_of() { # NAME -> total work for this run's size
  printf '%s\n' "$WORK_TABLE" | awk -v w="$1" -v q=$QUICK -v s="$SCALE" '
    $1 == w { n = (q ? $3 : $2) * s; n = int(n + 0.5); if (n < 1) n = 1; print n }'
}

# interpreters: BINS, then the extra CPython columns
labels=(); bins=(); versions=()
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
         # a CPython given by name: resolve shims (pyenv) to the real binary
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
    # resolve shims (pyenv) to the real executable, so none of their
    # overhead or memory is measured
    real=$("$py" -c 'import sys; print(sys.executable)' 2>/dev/null) || real=""
    [ -n "$real" ] && [ -x "$real" ] || real=$(command -v "$py")
    add_build "$py" "$real" || true
  done
fi
nb=${#labels[@]}
for ((i = 0; i < nb; i++)); do
  versions+=("$(timeout 10 "${bins[i]}" --version 2>&1 | head -n 8)")
done

# tools
have_time=0
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true >/dev/null 2>&1; then have_time=1
else echo "note: GNU time (/usr/bin/time, package 'time') not found: peak RSS column left empty"; fi
have_gnuplot=0
command -v gnuplot >/dev/null 2>&1 && have_gnuplot=1

mkdir -p "$OUT" || die "cannot create output folder '$OUT'"
: > "$OUT/scaling.csv" 2>/dev/null || die "cannot write to '$OUT'"
: > "$OUT/errors.log"
tmp=$(mktemp -d) || die "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
trap 'echo; echo "scaling.sh: interrupted; partial results in $OUT/scaling.csv"; exit 130' INT TERM

csv=$OUT/scaling.csv
echo "workload,build,threads,work,rep,seconds,max_rss_kb,extra,switch_interval,timestamp,status,wall_seconds,bin" > "$csv"

# ---- the runs ----------------------------------------------------------------
nt=$(echo $THREADS | wc -w); nsw=$(echo $SWITCH_INTERVALS | wc -w)
total=0
for w in "${wls[@]}"; do
  if [ "$w" = latency ]; then total=$((total + nsw * nt * nb)); else total=$((total + nt * nb)); fi
done
total=$((total * REPS))
echo "scaling: ${#wls[@]} workloads x builds (${labels[*]}) x threads ($THREADS) x $REPS reps = $total runs" \
     "(QUICK=$QUICK SCALE=$SCALE, $NCPU cores)"
t_start=$(date +%s)
count=0; nerr=0

run_one() { # build-index workload threads work switch rep
  local bi=$1 w=$2 t=$3 work=$4 sw=$5 rep=$6
  local label=${labels[bi]} bin=${bins[bi]} args rc t0 t1 wall secs rss extra status line ts note
  args=("$sdir/$w.py" "$t" "$work"); [ -n "$sw" ] && args+=("$sw")
  rm -f "$tmp/rss"
  t0=$(date +%s%N)
  if [ $have_time = 1 ]; then
    timeout -k 5 "$TIMEOUT" /usr/bin/time -f %M -o "$tmp/rss" "$bin" "${args[@]}" < /dev/null > "$tmp/out" 2> "$tmp/err"
  else
    timeout -k 5 "$TIMEOUT" "$bin" "${args[@]}" < /dev/null > "$tmp/out" 2> "$tmp/err"
  fi
  rc=$?
  t1=$(date +%s%N)
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
  ts=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  rss=""
  [ -f "$tmp/rss" ] && rss=$(tail -n 1 "$tmp/rss" | awk '/^[0-9]+$/ { print }')
  line=$(grep '^RESULT ' "$tmp/out" | tail -n 1)
  secs=$(printf '%s\n' "$line" | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^seconds=/) { sub(/^seconds=/, "", $i); print $i } }')
  extra=$(printf '%s\n' "$line" | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^extra=/) { sub(/^extra=/, "", $i); gsub(/,/, ";", $i); print $i } }')
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then status=timeout
  elif [ $rc -ne 0 ]; then status=error
  elif [ -z "$line" ] || ! awk -v x="$secs" 'BEGIN { exit !(x ~ /^[0-9.eE+-]+$/) }'; then status=no-result
  else status=ok; fi
  [ $status = ok ] || secs=""
  echo "$w,$label,$t,$work,$rep,$secs,$rss,$extra,$sw,$ts,$status,$wall,$bin" >> "$csv"
  count=$((count + 1))
  note=""
  if [ $status = ok ]; then
    note=$(awk -v x="$secs" 'BEGIN { printf "%.3fs", x }')
    [ -n "$rss" ] && note="$note $((rss / 1024))MB"
    case $extra in *p99_ms:*) note="$note p99 $(printf '%s\n' "$extra" | sed 's/.*p99_ms:\([^;]*\).*/\1/')ms";; esac
  else
    nerr=$((nerr + 1))
    note="ERROR ($status, exit $rc): $(grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1 | cut -c1-100)"
    { echo "=== $w $label T=$t work=$work ${sw:+switch=$sw }rep $rep: $status, exit $rc"
      echo "--- stdout:"; cat "$tmp/out"; echo "--- stderr:"; cat "$tmp/err"; } >> "$OUT/errors.log"
  fi
  printf '[%d/%d] %s %s T=%s%s rep %d/%d %s\n' $count $total "$w" "$label" "$t" "${sw:+ switch=$sw}" "$rep" "$REPS" "$note"
}

for ((rep = 1; rep <= REPS; rep++)); do
  for w in "${wls[@]}"; do
    work=$(work_of "$w")
    sws=("")
    [ "$w" = latency ] && read -r -a sws <<< "$SWITCH_INTERVALS"
    for sw in "${sws[@]}"; do
      for t in $THREADS; do
        for ((bi = 0; bi < nb; bi++)); do
          run_one $bi "$w" "$t" "$work" "$sw" $rep
        done
      done
    done
  done
done
t_end=$(date +%s)
elapsed=$((t_end - t_start))

# ---- summary ----------------------------------------------------------------
summary=$OUT/scaling-summary.csv
awk -F, -v WLS="${wls[*]}" -v BLDS="${labels[*]}" -v TS="$THREADS" -v SWS="$SWITCH_INTERVALS" '
function med(a, m,   i, j, x, v) {   # median of a[1..m]; sorts a in place
  for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
  return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
}
function collect(arr, k, m,   i) { delete tmpa; for (i = 1; i <= m; i++) tmpa[i] = arr[k, i] }
BEGIN {
  nw = split(WLS, wl, " "); nb = split(BLDS, bl, " "); nt = split(TS, tl, " "); ns = split(SWS, sl, " ")
  print "workload,build,threads,switch_interval,work,runs,errors,median_seconds,min_seconds,max_seconds,spread_pct,speedup,efficiency,median_rss_kb,mean_ms,p99_ms,max_ms"
}
NR == 1 { next }
{
  k = $1 SUBSEP $2 SUBSEP $3 SUBSEP $9
  seen[k] = 1; work[k] = $4
  if ($11 != "ok") { err[k]++; next }
  c = ++n[k]; sec[k, c] = $6 + 0
  if ($7 != "") { r = ++nr[k]; rss[k, r] = $7 + 0 }
  if ($8 != "") {
    np = split($8, parts, ";")
    for (i = 1; i <= np; i++) {
      split(parts[i], kv, ":")
      if (kv[1] == "mean_ms") { lm[k, c] = kv[2] + 0; hasl[k] = 1 }
      if (kv[1] == "p99_ms") lp[k, c] = kv[2] + 0
      if (kv[1] == "max_ms") lx[k, c] = kv[2] + 0
    }
  }
}
END {
  for (wi = 1; wi <= nw; wi++) {
    w = wl[wi]
    if (w == "latency") { m = ns; for (i = 1; i <= ns; i++) sw[i] = sl[i] } else { m = 1; sw[1] = "" }
    for (si = 1; si <= m; si++) for (bi = 1; bi <= nb; bi++) {
      b = bl[bi]
      k0 = w SUBSEP b SUBSEP tl[1] SUBSEP sw[si]; base = ""
      if (n[k0] > 0) { collect(sec, k0, n[k0]); base = med(tmpa, n[k0]) }
      for (ti = 1; ti <= nt; ti++) {
        t = tl[ti]; k = w SUBSEP b SUBSEP t SUBSEP sw[si]
        if (!(k in seen)) continue
        cnt = n[k] + 0; e = err[k] + 0
        md = mn = mx = sp = su = ef = rs = a1 = a2 = a3 = ""
        if (cnt > 0) {
          collect(sec, k, cnt); md = med(tmpa, cnt); mn = tmpa[1]; mx = tmpa[cnt]
          sp = (md > 0) ? sprintf("%.1f", (mx - mn) / md * 100) : ""
          if (base != "" && md > 0 && w != "latency") { su = sprintf("%.3f", base / md); ef = sprintf("%.3f", base / md * tl[1] / t) }
          md = sprintf("%.4f", md); mn = sprintf("%.4f", mn); mx = sprintf("%.4f", mx)
          if (nr[k] > 0) { collect(rss, k, nr[k]); rs = sprintf("%d", med(tmpa, nr[k])) }
          if (hasl[k]) {
            collect(lm, k, cnt); a1 = sprintf("%.3f", med(tmpa, cnt))
            collect(lp, k, cnt); a2 = sprintf("%.3f", med(tmpa, cnt))
            collect(lx, k, cnt); a3 = sprintf("%.3f", med(tmpa, cnt))
          }
        }
        print w "," b "," t "," sw[si] "," work[k] "," cnt "," e "," md "," mn "," mx "," sp "," su "," ef "," rs "," a1 "," a2 "," a3
      }
    }
  }
}' "$csv" > "$summary"

# terminal table
echo
echo "Summary: median of $REPS runs; spread = (max-min)/median; speedup = t(T=${THREADS%% *})/t(T), same build;"
echo "efficiency = speedup/T; ^ = more threads than the $NCPU cores; ! = spread over 10%"
awk -F, -v NCPU=$NCPU '
NR == 1 { printf "%-17s %-13s %4s %9s %7s %8s %6s %8s  %s\n", "workload", "build", "T", "median_s", "spread", "speedup", "eff", "rss_MB", "note"; next }
{
  tt = $3 ($3 > NCPU ? "^" : "")
  note = ""
  if ($4 != "") note = "switch " $4 "s: lateness mean " $15 " p99 " $16 " max " $17 " ms"
  if ($7 > 0) note = note (note != "" ? "; " : "") $7 " failed run(s)"
  sp = ($11 != "") ? sprintf("%.1f%%%s", $11, ($11 > 10 ? "!" : "")) : "-"
  printf "%-17s %-13s %4s %9s %7s %8s %6s %8s  %s\n", $1, $2, tt, ($8 != "" ? $8 : "FAILED"), sp,
         ($12 != "" ? sprintf("%.2fx", $12) : "-"), ($13 != "" ? sprintf("%.2f", $13) : "-"),
         ($14 != "" ? sprintf("%.1f", $14 / 1024) : "-"), note
}' "$summary"

# ---- plots ------------------------------------------------------------------
plot_note=""
pd=$OUT/plot-data
rm -rf "$pd"; mkdir -p "$pd"
# per workload x build: "threads speedup"; latency per build x threads: "switch_ms mean p99 max"
awk -F, -v PD="$pd" 'NR > 1 {
  if ($1 == "latency") {
    if ($15 != "") { f = PD "/latency_" $2 "_T" $3 ".dat"
      printf "%g %g %g %g\n", $4 * 1000, ($15 > 0.001 ? $15 : 0.001), ($16 > 0.001 ? $16 : 0.001), ($17 > 0.001 ? $17 : 0.001) >> f; close(f) }
  } else if ($12 != "") { f = PD "/speedup_" $1 "_" $2 ".dat"; printf "%s %s\n", $3, $12 >> f; close(f) }
}' "$summary"
if [ $have_gnuplot = 0 ]; then
  echo "note: gnuplot not found (Debian package gnuplot-nox): plots skipped"
  plot_note="(gnuplot was not available: no plots)"
else
  tmin=${THREADS%% *}; tmax=${THREADS##* }
  pngterm="pngcairo noenhanced font 'sans,10'"
  gnuplot -e 'set terminal pngcairo' >/dev/null 2>&1 || pngterm="png noenhanced"
  host=$(uname -n)
  # speedup grid
  pw=(); for w in "${wls[@]}"; do [ "$w" = latency ] || pw+=("$w"); done
  if [ ${#pw[@]} -gt 0 ] && [ "$tmin" != "$tmax" ]; then
    n=${#pw[@]}; cols=1; while [ $((cols * cols)) -lt $n ]; do cols=$((cols + 1)); done
    [ $cols -gt 5 ] && cols=5
    rows=$(( (n + cols - 1) / cols ))
    W=$((cols * 330)); H=$((rows * 270 + 60))
    xt=$(echo $THREADS | sed 's/ /,/g')
    {
      echo "set multiplot layout $rows,$cols title 'Speedup t(T=$tmin)/t(T) against threads T (strong scaling, median of $REPS) - $host, $NCPU cores'"
      echo "set xrange [$tmin:$tmax]; set xtics ($xt); set yrange [0:*]; set grid"
      echo "set xlabel 'threads'; set ylabel 'speedup'; set key top left box opaque font ',8'"
      i=0
      for w in "${pw[@]}"; do
        echo "set title '$w'"
        cmd="plot x with lines dashtype 2 lc rgb 'gray40' title 'ideal'"
        for ((bi = 0; bi < nb; bi++)); do
          f="plot-data/speedup_${w}_${labels[bi]}.dat"
          [ -s "$OUT/$f" ] && cmd="$cmd, '$f' using 1:2 with linespoints lt $((bi + 1)) lw 2 pt 7 title '${labels[bi]}'"
        done
        echo "$cmd"
        [ $i = 0 ] && echo "unset key"
        i=$((i + 1))
      done
      echo "unset multiplot"
    } > "$OUT/scaling-body.gp"
    { echo "set terminal $pngterm size $W,$H"; echo "set output 'scaling.png'"; echo "load 'scaling-body.gp'"
      echo "set terminal svg size $W,$H dynamic noenhanced font 'sans,10'"; echo "set output 'scaling.svg'"; echo "load 'scaling-body.gp'"
    } > "$OUT/scaling.gp"
    (cd "$OUT" && gnuplot scaling.gp > "$tmp/gp.err" 2>&1) || echo "note: gnuplot failed on $OUT/scaling.gp: $(tail -n 2 "$tmp/gp.err" | tr '\n' ' ')"
  fi
  # latency: two panels (mean, p99) against switch interval, a line per build x T
  if printf '%s\n' "${wls[@]}" | grep -qx latency && ls "$pd"/latency_*.dat >/dev/null 2>&1; then
    xt=$(for s in $SWITCH_INTERVALS; do awk -v s="$s" 'BEGIN { printf "%g,", s * 1000 }'; done); xt=${xt%,}
    smin=$(echo "$xt" | tr ',' '\n' | sort -g | head -n 1); smax=$(echo "$xt" | tr ',' '\n' | sort -g | tail -n 1)
    {
      echo "set multiplot layout 1,2 title 'latency workload: how late a thread waking from sleep(0.001) runs, with T-1 CPU-bound threads - $host, $NCPU cores'"
      echo "set logscale xy; set xtics ($xt); set grid; set xlabel 'switch interval (ms)'; set ylabel 'lateness (ms)'"
      [ "$smin" != "$smax" ] && echo "set xrange [$smin*0.8:$smax*1.25]"
      echo "set key top left box opaque font ',8'"
      for col in 2:mean 3:p99; do
        c=${col%%:*}; nm=${col#*:}
        echo "set title '$nm lateness (median of $REPS runs)'"
        cmd="plot x with lines dashtype 2 lc rgb 'gray40' title 'lateness = switch interval'"
        for ((bi = 0; bi < nb; bi++)); do
          di=0
          for t in $THREADS; do
            f="plot-data/latency_${labels[bi]}_T$t.dat"
            [ -s "$OUT/$f" ] && cmd="$cmd, '$f' using 1:$c with linespoints lt $((bi + 1)) dashtype $((di + 1)) pt $((di + 5)) lw 2 title '${labels[bi]} T=$t'"
            di=$((di + 1))
          done
        done
        echo "$cmd"
      done
      echo "unset multiplot"
    } > "$OUT/latency-body.gp"
    { echo "set terminal $pngterm size 1300,560"; echo "set output 'latency.png'"; echo "load 'latency-body.gp'"
      echo "set terminal svg size 1300,560 dynamic noenhanced font 'sans,10'"; echo "set output 'latency.svg'"; echo "load 'latency-body.gp'"
    } > "$OUT/latency.gp"
    (cd "$OUT" && gnuplot latency.gp > "$tmp/gp.err" 2>&1) || echo "note: gnuplot failed on $OUT/latency.gp: $(tail -n 2 "$tmp/gp.err" | tr '\n' ' ')"
  fi
fi

# ---- REPORT.md ---------------------------------------------------------------
report=$OUT/REPORT.md
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//'); cpu=${cpu:-unknown}
commit=$(git -C "$top" rev-parse --short HEAD 2>/dev/null) || commit="(no commit yet)"
[ -n "$(git -C "$top" status --porcelain 2>/dev/null | head -n 1)" ] && commit="$commit (with uncommitted changes)"
{
  echo "# Scaling report"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "- machine: $(uname -n), CPU: $cpu, $NCPU cores (nproc), kernel $(uname -r)"
  echo "- compiler/flags: ${CFLAGS_INFO:-(not given; set CFLAGS_INFO)}"
  echo "- git commit: $commit"
  echo "- runs: $total ($nerr failed), REPS=$REPS, QUICK=$QUICK, SCALE=$SCALE, THREADS=\"$THREADS\", switch intervals \"$SWITCH_INTERVALS\" (latency), $elapsed s in total"
  echo "- data: [scaling.csv](scaling.csv) (one row per run), [scaling-summary.csv](scaling-summary.csv)"
  echo
  echo "## Builds"
  echo
  for ((bi = 0; bi < nb; bi++)); do
    alloc=$(printf '%s\n' "${versions[bi]}" | grep -i -m1 '^allocator:' | sed 's/^[^:]*: *//')
    echo "- **${labels[bi]}**: \`${bins[bi]}\`${alloc:+, allocator: $alloc}"
    echo; echo '  ```'; printf '%s\n' "${versions[bi]}" | sed 's/^/  /'; echo '  ```'
  done
  echo
  echo "## Plots"
  echo
  if [ -f "$OUT/scaling.png" ]; then echo "Speedup against threads: [scaling.svg](scaling.svg)"; echo; echo "![speedup](scaling.png)"; echo; fi
  if [ -f "$OUT/latency.png" ]; then echo "Latency against switch interval: [latency.svg](latency.svg)"; echo; echo "![latency](latency.png)"; echo; fi
  [ -n "$plot_note" ] && { echo "$plot_note"; echo; }
} > "$report"

awk -F, -v WLS="${wls[*]}" -v BLDS="${labels[*]}" -v TS="$THREADS" -v SWS="$SWITCH_INTERVALS" -v NCPU=$NCPU \
    -v G="$GIL_BUILD" -v NG="$NOGIL_BUILD" -v UNC="$CPU_UNCONTENDED" -v REPS=$REPS '
function cls(s, t) {   # one word for a speedup s at t threads
  if (s >= 0.8 * t) return "scales"
  if (s >= 1.15) return "partly scales"
  if (s >= 0.9) return "flat"
  return "slows down"
}
function f2(x) { return sprintf("%.2f", x) }
function f3(x) { return sprintf("%.3f", x) }
function nodata(k, txt) {   # a point that was run but never succeeded is a miss
  if (k in has) tline(0, txt ": all runs failed"); else tline("", txt ": not run") }
function tline(ok, txt) {
  if (ok == "") { na++; print "| n/a | " txt " |" }
  else if (ok) { met++; print "| met | " txt " |" }
  else { missed++; print "| **missed** | " txt " |"; miss[++nm] = txt }
}
BEGIN { nw = split(WLS, wl, " "); nb = split(BLDS, bl, " "); nt = split(TS, tl, " "); ns = split(SWS, sl, " ")
        nu = split(UNC, un, " "); for (i = 1; i <= nu; i++) isunc[un[i]] = 1 }
NR == 1 { next }
{ k = $1 SUBSEP $2 SUBSEP $3 SUBSEP $4; has[k] = 1
  md[k] = $8; sp[k] = $12; spr[k] = $11; rss[k] = $14; errs[k] = $7; p99[k] = $16; mean[k] = $15; mxl[k] = $17
  ran[$1] = 1 }
END {
  # T=2 (or the smallest count above the base) and the largest count
  t2 = ""; for (i = 2; i <= nt; i++) if (tl[i] == 2) t2 = 2
  if (t2 == "" && nt > 1) t2 = tl[2]
  tmax = tl[nt]
  print "## Results"
  print ""
  print "Median seconds of the parallel part (speedup = t(T=" tl[1] ")/t(T) of the same build)."
  print ""
  hdr = "| workload | build |"; sep = "|---|---|"
  for (i = 1; i <= nt; i++) { hdr = hdr " T=" tl[i] (tl[i] > NCPU ? " ^" : "") " |"; sep = sep "---:|" }
  print hdr " peak RSS MB (max over T) |"; print sep "---:|"
  for (wi = 1; wi <= nw; wi++) { w = wl[wi]; if (w == "latency") continue
    for (bi = 1; bi <= nb; bi++) { b = bl[bi]; row = "| " w " | " b " |"; any = 0; mr = ""
      for (i = 1; i <= nt; i++) { k = w SUBSEP b SUBSEP tl[i] SUBSEP ""
        if (!(k in has)) { row = row " |"; continue }
        any = 1
        if (md[k] == "") cell = "FAILED"
        else { cell = sprintf("%.3f s", md[k]); if (sp[k] != "" && i > 1) cell = cell sprintf(" (%.2fx)", sp[k]); if (spr[k] > 10) cell = cell " !" }
        if (errs[k] > 0) cell = cell " (" errs[k] " err)"
        if (rss[k] != "" && (mr == "" || rss[k] + 0 > mr + 0)) mr = rss[k]
        row = row " " cell " |" }
      if (any) print row " " (mr != "" ? sprintf("%.1f", mr / 1024) : "-") " |" } }
  print ""
  print "`^`: more threads than the " NCPU " cores (speedup there is capped near " NCPU "x); `!`: spread (max-min)/median over 10%."
  if (ran["latency"]) {
    print ""
    print "### Latency (lateness of a thread waking from sleep(0.001) while T-1 threads compute; ms, median of " REPS " runs)"
    print ""
    print "| build | T | switch interval s | mean ms | p99 ms | max ms |"
    print "|---|---:|---:|---:|---:|---:|"
    for (bi = 1; bi <= nb; bi++) for (i = 1; i <= nt; i++) for (si = 1; si <= ns; si++) {
      k = "latency" SUBSEP bl[bi] SUBSEP tl[i] SUBSEP sl[si]
      if (k in has) print "| " bl[bi] " | " tl[i] " | " sl[si] " | " (mean[k] != "" ? mean[k] : "FAILED") " | " p99[k] " | " mxl[k] " |" }
  }
  print ""
  print "## Verdicts"
  print ""
  for (wi = 1; wi <= nw; wi++) { w = wl[wi]; line = ""
    if (w == "latency") {
      if (t2 == "") continue
      line = "- **latency** (T=" t2 ", p99 lateness at switch interval " SWS " s):"
      for (bi = 1; bi <= nb; bi++) { v = ""
        for (si = 1; si <= ns; si++) { k = w SUBSEP bl[bi] SUBSEP t2 SUBSEP sl[si]; v = v (si > 1 ? " / " : "") (p99[k] != "" ? p99[k] : "-") }
        line = line (bi > 1 ? ";" : "") " " bl[bi] " " v " ms" }
      print line; continue }
    if (t2 == "") continue
    line = "- **" w "**:"
    for (ci = 1; ci <= 2; ci++) { t = (ci == 1) ? t2 : tmax
      if (ci == 2 && tmax == t2) break
      part = " T=" t ":"
      for (bi = 1; bi <= nb; bi++) { k = w SUBSEP bl[bi] SUBSEP t SUBSEP ""
        s = sp[k]; if (s == "") v = "no data"; else { c = cls(s, t); v = (c == "scales" || c == "partly scales") ? c " " f2(s) "x" : c " (" f2(s) "x)" }
        part = part (bi > 1 ? "," : "") " " bl[bi] " " v }
      line = line (ci > 1 ? ";" : "") part }
    print line }
  print ""
  print "Words: scales = speedup >= 0.8 T; partly scales >= 1.15x; flat 0.9-1.15x; slows down < 0.9x."
  print ""
  print "## Flags"
  print ""
  nf = 0
  for (i = 1; i <= nt; i++) if (tl[i] > NCPU) { print "- T=" tl[i] " is more threads than the " NCPU " cores: oversubscribed, speedups capped near " NCPU "x"; nf++ }
  for (wi = 1; wi <= nw; wi++) { noisy = ""; failed = ""
    for (bi = 1; bi <= nb; bi++) for (i = 1; i <= nt; i++) for (si = 0; si <= ns; si++) {
      k = wl[wi] SUBSEP bl[bi] SUBSEP tl[i] SUBSEP (si ? sl[si] : "")
      if (!(k in has)) continue
      where = bl[bi] " T=" tl[i] (si ? " switch " sl[si] : "")
      if (spr[k] != "" && spr[k] > 10) noisy = noisy (noisy != "" ? ", " : "") where " (" int(spr[k] + 0.5) "%)"
      if (errs[k] > 0) failed = failed (failed != "" ? ", " : "") where " (" errs[k] " run" (errs[k] > 1 ? "s" : "") ")" }
    if (failed != "") { print "- **failed** " wl[wi] ": " failed " - see errors.log"; nf++ }
    if (noisy != "") { print "- noisy " wl[wi] " (spread over 10% of the median): " noisy; nf++ } }
  if (nf == 0) print "- none"
  print ""
  print "## Targets"
  print ""
  met = missed = na = 0
  for (bi = 1; bi <= nb; bi++) isb[bl[bi]] = 1
  if (!isb[G] && !isb[NG]) {
    print "Not checked: neither " G " nor " NG " was run (set GIL_BUILD/NOGIL_BUILD to the labels of other builds)."
    print "TARGETS 0 0 0 none" > "/dev/stderr"; exit }
  print "| result | check |"
  print "|---|---|"
  # 1. nogil >= 1.8x at 2 threads on uncontended CPU-bound work
  for (wi = 1; wi <= nw; wi++) { w = wl[wi]; if (!isunc[w]) continue
    k = w SUBSEP NG SUBSEP 2 SUBSEP ""; s = sp[k]
    if (s == "") nodata(k, NG " " w " speedup at T=2 >= 1.8x")
    else tline(s >= 1.8, NG " " w " speedup at T=2 = " f3(s) "x (target >= 1.8x)") }
  # 2. gil at 2 threads within 5% of its 1-thread time
  for (wi = 1; wi <= nw; wi++) { w = wl[wi]; if (!isunc[w]) continue
    k1 = w SUBSEP G SUBSEP 1 SUBSEP ""; k = w SUBSEP G SUBSEP 2 SUBSEP ""
    if (md[k1] == "") nodata(k1, G " " w " t(T=2)/t(T=1) <= 1.05")
    else if (md[k] == "") nodata(k, G " " w " t(T=2)/t(T=1) <= 1.05")
    else { r = md[k] / md[k1]; tline(r <= 1.05, G " " w " t(T=2)/t(T=1) = " f3(r) " (target <= 1.05)") } }
  # 3. io_sleep overlaps on both builds: speedup >= 0.85 T for every T
  # 4. proc_count scales on both: speedup >= 0.8 min(T, cores)
  for (x = 1; x <= 2; x++) { w = (x == 1) ? "io_sleep" : "proc_count"; if (!ran[w]) continue
    for (y = 1; y <= 2; y++) { b = (y == 1) ? G : NG; ok = ""; txt = ""; fail = 0
      for (i = 1; i <= nt; i++) { t = tl[i]; k = w SUBSEP b SUBSEP t SUBSEP ""; s = sp[k]
        if ((k in has) && md[k] == "") fail = 1
        if (i == 1 || s == "") continue
        need = (x == 1) ? 0.85 * t : 0.8 * (t < NCPU ? t : NCPU)
        ok = (ok == "") ? (s >= need) : (ok && s >= need)
        txt = txt (txt != "" ? ", " : "") f3(s) "x at T=" t " (>= " f2(need) ")" }
      if (fail) tline(0, b " " w ((x == 1) ? " overlaps" : " scales") ": failed runs" (txt != "" ? "; speedup " txt : ""))
      else if (ok == "") tline("", b " " w ((x == 1) ? " overlaps" : " scales") ": no data")
      else tline(ok, b " " w " speedup " txt) } }
  # 5. nogil peak RSS within 1.2x of gil per workload (worst ratio over T)
  for (wi = 1; wi <= nw; wi++) { w = wl[wi]; worst = ""; wt = ""
    for (i = 1; i <= nt; i++) for (si = 0; si <= ns; si++) {
      sv = (si ? sl[si] : ""); if (w != "latency" && si) continue; if (w == "latency" && !si) continue
      a = rss[w SUBSEP NG SUBSEP tl[i] SUBSEP sv]; c = rss[w SUBSEP G SUBSEP tl[i] SUBSEP sv]
      if (a == "" || c == "" || c + 0 <= 0) continue
      r = a / c; if (worst == "" || r > worst) { worst = r; wt = tl[i]; wa = a; wc = c } }
    if (worst == "") tline("", NG "/" G " " w " peak RSS ratio <= 1.2: no data")
    else tline(worst <= 1.2, NG "/" G " " w " peak RSS ratio = " f3(worst) " at T=" wt " (" int(wa / 1024 + 0.5) " MB vs " int(wc / 1024 + 0.5) " MB; target <= 1.2)") }
  print ""
  print "Targets: " met " met, " missed " missed, " na " n/a (builds compared: " G " and " NG "; set GIL_BUILD/NOGIL_BUILD to compare others)."
  print "TARGETS " met " " missed " " na > "/dev/stderr"
  for (i = 1; i <= nm; i++) print "MISSED " miss[i] > "/dev/stderr"
}' "$summary" >> "$report" 2> "$tmp/targets"

# ---- why: lock statistics of the workloads that do not scale, and timelines ----
# Every workload whose NOGIL_BUILD speedup at T=2 is below 1.6x, and every
# one where GIL_BUILD at T=2 takes more than 5% longer than at T=1, runs
# once more at T=2 with -X lockstats; REPORT.md shows its top three
# contended sites and a verdict built from them (stress/lib/explain.awk).
# Then the classic pictures at T=2 (tools/timeline.sh, when gnuplot and
# bin/twinpy-trace are there): cpu_count and io_sleep on both builds, and
# latency on the GIL build (the convoy: the waking thread waits for the GIL).
ld=$OUT/lockstats
rm -rf "$ld" "$OUT/timelines"; mkdir -p "$ld"
lib=$top/stress/lib
nexpl=0
{
  echo
  echo "## Why: lock statistics of the workloads that do not scale (T=2)"
  echo
  echo "Each workload whose $NOGIL_BUILD speedup at T=2 is below 1.6x, or whose $GIL_BUILD time at T=2 is more than 5% above its T=1 time, was run once more at T=2 with \`-X lockstats\` (the instruments slow contended runs down: read the shares, not the seconds). \"Of the threads' time\" is the wait divided by the worker threads' run time. Object locks count only contended acquisitions; threading locks and the GIL count every one."
  echo
} >> "$report"
if ! printf ' %s ' $THREADS | grep -q ' 2 '; then
  echo "(T=2 was not among THREADS=\"$THREADS\": nothing to explain)" >> "$report"
else
  for w in "${wls[@]}"; do
    [ "$w" = latency ] && continue
    for ((bi = 0; bi < nb; bi++)); do
      l=${labels[bi]}
      [ "$l" = "$GIL_BUILD" ] || [ "$l" = "$NOGIL_BUILD" ] || continue
      read -r sp t1 t2 <<< "$(awk -F, -v w="$w" -v b="$l" '$1 == w && $2 == b && $3 == 1 { t1 = $8 } $1 == w && $2 == b && $3 == 2 { t2 = $8; sp = $12 }
        END { print (sp != "" ? sp : "-"), (t1 != "" ? t1 : "-"), (t2 != "" ? t2 : "-") }' "$summary")"
      [ "$sp" = - ] || [ "$t1" = - ] || [ "$t2" = - ] && continue
      if [ "$l" = "$NOGIL_BUILD" ]; then awk -v s="$sp" 'BEGIN { exit !(s < 1.6) }' || continue
      else awk -v a="$t1" -v b="$t2" 'BEGIN { exit !(b > 1.05 * a) }' || continue; fi
      f=$ld/$w-$l-T2
      timeout -k 5 "$TIMEOUT" "${bins[bi]}" -X lockstats="$f.txt" "$sdir/$w.py" 2 "$(work_of "$w")" < /dev/null > "$tmp/xo" 2> "$tmp/xe"
      if [ $? -ne 0 ] || [ ! -s "$f.csv" ]; then
        echo "- $w on $l: the -X lockstats run failed: $(tail -n 1 "$tmp/xe")" >> "$report"; continue
      fi
      secs=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$tmp/xo" | tail -n 1)
      awk -F, -f "$lib/explain.awk" -v W="$w" -v B="$l" -v T=2 -v SP="$(awk -v s="$sp" 'BEGIN { printf "%.2f", s }')" \
          -v SECS="$secs" -v CSV="lockstats/$(basename "$f").csv" "$f.csv" >> "$report"
      nexpl=$((nexpl + 1))
      echo "explained: $w on $l (T=2 speedup ${sp}x)"
    done
  done
  [ $nexpl = 0 ] && echo "Every workload scales: nothing to explain." >> "$report"
fi

# the timelines
tl=$OUT/timelines
pics=""
have_b() { local i; for i in "${labels[@]}"; do [ "$i" = "$1" ] && return 0; done; return 1; }
bin_of() { local i; for ((i = 0; i < nb; i++)); do [ "${labels[i]}" = "$1" ] && echo "${bins[i]}"; done; }
if [ $have_gnuplot = 1 ] && [ -x "$top/bin/twinpy-trace" ]; then
  for spec in "cpu_count $GIL_BUILD gil" "cpu_count $NOGIL_BUILD nogil" "io_sleep $GIL_BUILD gil" "io_sleep $NOGIL_BUILD nogil" "latency $GIL_BUILD gil"; do
    set -- $spec
    printf '%s\n' "${wls[@]}" | grep -qx "$1" || continue
    have_b "$2" || continue
    work=$(QUICK=1 work_of "$1"); [ "$1" = io_sleep ] && work=20
    if BIN=$(bin_of "$2") WORK=$work "$top/tools/timeline.sh" run "$1" "$3" 2 "$tl" > "$tmp/tlo" 2>&1; then
      pics="$pics $1:$2:$3"
    else echo "note: timeline $1 $2 failed: $(tail -n 1 "$tmp/tlo")"; fi
  done
fi
{
  echo
  echo "## Timelines (T=2)"
  echo
  if [ -z "$pics" ]; then
    echo "(no pictures: they need gnuplot and bin/twinpy-trace, and cpu_count, io_sleep or latency among the workloads)"
  else
    echo "One row per thread, time in milliseconds since start-up: green running (with a GIL: holding it), red waiting for the GIL, orange waiting for a lock, dark blue blocked in a call (sleep, I/O), light blue waiting for another thread (join, condition, queue), purple stopped by a stop-the-world. Red ticks above a row: that thread asked the holder to drop the GIL; black ticks below: that thread had to let go (a forced switch). Each picture is one short run with \`-X trace\` (\`make timeline WORKLOAD=... BUILD=... THREADS=2\` redraws one); its trace opens in Perfetto (ui.perfetto.dev) or chrome://tracing."
    for p in $pics; do
      IFS=: read -r w l b <<< "$p"
      base=timeline-$w-$b-T2
      echo
      case $w in
        cpu_count) what="two CPU-bound threads";;
        io_sleep) what="two threads sleeping 10 ms at a time";;
        latency) what="a thread waking from 1 ms sleeps while another computes: with a GIL each wake-up waits for the switch interval (the convoy effect)";;
      esac
      echo "### $w on $l: $what"
      echo
      echo "![$w on $l](timelines/$base.png)"
      echo
      echo "[svg](timelines/$base.svg), [trace](timelines/$base.json), [lock statistics](timelines/$base.lockstats.txt)"
      echo
      [ -f "$tl/$base.lockstats.csv" ] && awk -F, -f "$lib/caption.awk" "$tl/$base.lockstats.csv"
    done
  fi
} >> "$report"

echo
tr=$(grep '^TARGETS ' "$tmp/targets")
set -- $tr
if [ "${5:-}" = none ]; then echo "Targets: not checked ($GIL_BUILD and $NOGIL_BUILD were not run)"
else echo "Targets ($GIL_BUILD vs $NOGIL_BUILD): ${2:-0} met, ${3:-0} missed, ${4:-0} n/a"; fi
grep '^MISSED ' "$tmp/targets" | sed 's/^MISSED /  missed: /'
grep -v -e '^TARGETS ' -e '^MISSED ' "$tmp/targets" >&2
[ $nerr -gt 0 ] && echo "$nerr run(s) failed: see $OUT/errors.log"
echo "wrote $csv, $summary, $report$([ -f "$OUT/scaling.png" ] && echo ", $OUT/scaling.{svg,png}")$([ -f "$OUT/latency.png" ] && echo ", $OUT/latency.{svg,png}") ($elapsed s)"
exit 0
