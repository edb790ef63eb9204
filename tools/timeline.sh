#!/usr/bin/env bash
# tools/timeline.sh - a thread timeline picture from a -X trace file.
#
#   tools/timeline.sh draw TRACE.json OUTBASE [--from MS] [--to MS] [--title TEXT] [--width PX]
#       draws OUTBASE.svg and OUTBASE.png (gnuplot; bin/twinpy-trace makes
#       the script, OUTBASE.gp, which is kept)
#   tools/timeline.sh run WORKLOAD gil|nogil THREADS [OUTDIR]
#       runs stress/scaling/WORKLOAD.py at THREADS threads on bin/interp-BUILD
#       with TWINPY_TRACE set, then draws it:
#       OUTDIR/timeline-WORKLOAD-BUILD-TTHREADS.{json,svg,png} (OUTDIR: results)
#       Knobs: WORK (default: the workload's QUICK work from stress/scaling.sh),
#       SWITCH (latency's switch interval, default 0.005), FROM and TO (ms),
#       TITLE, BIN (the interpreter; default bin/interp-BUILD).  The same run's
#       -X lockstats goes to OUTDIR/timeline-...lockstats.txt (and .csv).
# `make timeline WORKLOAD=name BUILD=gil|nogil THREADS=N` is the second form.
# Needs bash, awk, gnuplot; never python.
set -u
export LC_ALL=C
top=$(cd "$(dirname "$0")/.." && pwd)
tool=$top/bin/twinpy-trace
die() { echo "timeline.sh: $*" >&2; exit 2; }
usage() { sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"; }
[ -x "$tool" ] || die "$tool is missing (run make)"

draw() { # TRACE OUTBASE [options for twinpy-trace timeline]
  local trace=$1 base=$2; shift 2
  command -v gnuplot >/dev/null 2>&1 || die "gnuplot is missing (tools/deps.sh plot installs it)"
  "$tool" timeline "$trace" --svg "$base.svg" --png "$base.png" "$@" > "$base.gp" || exit 1
  gnuplot "$base.gp" || die "gnuplot failed on $base.gp"
  echo "wrote $base.svg and $base.png"
}

case "${1:-}" in
draw)
  [ $# -ge 3 ] || { usage >&2; exit 2; }
  shift; draw "$@" ;;
run)
  [ $# -ge 4 ] || { usage >&2; exit 2; }
  wl=$2 build=$3 threads=$4 out=${5:-results}
  case $build in gil|nogil) ;; *) die "BUILD must be gil or nogil (got '$build')";; esac
  case $threads in ''|*[!0-9]*|0) die "THREADS must be a positive integer (got '$threads')";; esac
  py=$top/stress/scaling/$wl.py
  [ -f "$py" ] || die "no workload $py (see stress/scaling/)"
  bin=${BIN:-$top/bin/interp-$build}
  [ -x "$bin" ] || die "$bin is missing (run make)"
  work=${WORK:-$(awk -v w="$wl" '/^WORK_TABLE=/ { on = 1; next } on && /^'"'"'/ { exit } on && $1 == w { print $3 }' "$top/stress/scaling.sh")}
  [ -n "$work" ] || die "no default work for '$wl' in stress/scaling.sh: set WORK"
  extra=(); [ "$wl" = latency ] && extra=("${SWITCH:-0.005}")
  mkdir -p "$out" || die "cannot create $out"
  base=$out/timeline-$wl-$build-T$threads
  rm -f "$base.json"
  TWINPY_TRACE=$base.json TWINPY_LOCKSTATS=$base.lockstats.txt "$bin" "$py" "$threads" "$work" "${extra[@]}" > "$base.out" 2> "$base.err" \
    || { cat "$base.err" >&2; die "the run failed: $bin $py $threads $work ${extra[*]}"; }
  opts=(--title "${TITLE:-$wl, $threads threads, work $work}")
  [ -n "${FROM:-}" ] && opts+=(--from "$FROM")
  [ -n "${TO:-}" ] && opts+=(--to "$TO")
  draw "$base.json" "$base" "${opts[@]}" ;;
-h|--help) usage ;;
*) usage >&2; exit 2 ;;
esac
