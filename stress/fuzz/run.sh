#!/usr/bin/env bash
# stress/fuzz/run.sh: the concurrent-operation fuzzer. For seed after seed
# it writes a random racy program (stress/fuzz/gen.py, run by our own
# interpreter), runs it on every interpreter under a timeout and judges
# the run. Plain bash + coreutils; no python needed.
#
# Usage:
#   stress/fuzz/run.sh                    fuzz for SECONDS, exit 1 if any run failed
#   stress/fuzz/run.sh --expect-failures  negative control: exit 0 only if every
#                                         binary fails in at least MIN_CATCH
#                                         percent of the programs
#   stress/fuzz/run.sh --help             this text
#
# Each program starts 2-8 threads that a barrier releases together; they
# perform random operations on shared objects (list, dict, set, instance and
# class attributes, a closure cell, a generator, shared iterators,
# threading.local, queue.Queue) and the program checks its own result: no
# value nobody wrote, an end state that agrees with what each thread did,
# no exception the contract does not allow. It prints "OK fuzz ..." or
# "FAIL fuzz seed=N: reason".
#
# A run fails when it hangs (killed by the timeout), dies of a signal,
# prints a "FAIL" verdict, exits non-zero or without an "OK fuzz" line, or
# when its stderr holds a sanitizer report ("WARNING: ThreadSanitizer",
# "ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:").
# A failing program is shrunk (operations dropped, halves first, then one
# at a time, then fewer rounds, while it still fails the same way on that
# binary; at most SHRINK seconds) and saved under results/fuzz/ with its
# seed, the binary, the reason and the command that reproduces it.
#
# Knobs (environment variables):
#   SECONDS   how long to keep starting programs (default 60)
#   COUNT     stop after this many programs (default: no limit)
#   BINS      interpreters to run each program on
#             (default "bin/interp-gil bin/interp-nogil")
#   SEED      the first seed; seeds SEED, SEED+1, ... are used (default 1)
#   THREADS   thread-count range LO-HI (default 2-8)
#   SCALE     rounds per thread in percent (default 100; sanitizer builds:
#             25 is plenty)
#   TIMEOUT   seconds allowed per run; a hang is a failure (default 30)
#   SHRINK    seconds spent shrinking one failure (default 60; 0 in
#             --expect-failures mode, where failures are the point)
#   MAX_SHRINK  how many failures are shrunk; later ones are saved as they
#             are (default 5)
#   GEN       the interpreter that runs gen.py (default bin/interp-gil)
#   OUT       where failures are saved (default results/fuzz)
#   MIN_CATCH --expect-failures: the required catch rate in percent (default 50)
#   QUIET     non-empty: no progress dots
#
# Progress: one mark per run: "." passed, "F" FAIL verdict, "C" crash,
# "H" hang, "S" sanitizer report, "E" other exit. Then a summary: programs,
# runs, operations, failures by kind, and per binary its failures (the
# catch rate in --expect-failures mode).
set -u

usage() { awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"; }
# bash counts SECONDS up from its own value: read the knob first
budget=$SECONDS
MODE=normal
for arg in "$@"; do
  case $arg in
    -h|--help) usage; exit 0;;
    --expect-failures) MODE=expect;;
    *) echo "fuzz: unknown argument '$arg' (try --help)" >&2; exit 2;;
  esac
done
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
[ "$budget" -ge 1 ] 2>/dev/null || budget=60
BINS=${BINS:-bin/interp-gil bin/interp-nogil}
COUNT=${COUNT:-0}
SEED=${SEED:-1}
THREADS=${THREADS:-2-8}
SCALE=${SCALE:-100}
TIMEOUT=${TIMEOUT:-30}
if [ "$MODE" = expect ]; then SHRINK=${SHRINK:-0}; else SHRINK=${SHRINK:-60}; fi
MAX_SHRINK=${MAX_SHRINK:-5}
GEN=${GEN:-bin/interp-gil}
OUT=${OUT:-results/fuzz}
MIN_CATCH=${MIN_CATCH:-50}
QUIET=${QUIET:-}
# TSan: report and go on; in --expect-failures mode the first report is
# enough (and much faster)
halt=0; [ "$MODE" = expect ] && halt=1
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=$halt exitcode=66 die_after_fork=0 report_signal_unsafe=0 allocator_may_return_null=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1 exitcode=67 allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1 print_stacktrace=1}
SANITIZER_RE='WARNING: ThreadSanitizer|ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:'

die() { echo "fuzz: $*" >&2; exit 2; }
isnum() { case $1 in ''|*[!0-9]*) return 1;; esac; return 0; }
for v in COUNT SEED SCALE TIMEOUT SHRINK MAX_SHRINK MIN_CATCH; do
  isnum "${!v}" || die "$v must be a non-negative integer, got '${!v}'"
done
tlo=${THREADS%-*}; thi=${THREADS#*-}
{ isnum "$tlo" && isnum "$thi" && [ "$tlo" -ge 1 ] && [ "$thi" -ge "$tlo" ]; } || die "THREADS must be LO-HI, e.g. 2-8, got '$THREADS'"
[ "$SCALE" -ge 1 ] || die "SCALE must be at least 1"
[ "$TIMEOUT" -ge 1 ] || die "TIMEOUT must be at least 1"
command -v timeout >/dev/null || die "'timeout' (coreutils) not found"
[ -x "$GEN" ] || die "the generator's interpreter '$GEN' is missing (make gil, or set GEN)"
bin_paths=(); bin_labels=()
read -r -a words <<< "$BINS"
[ ${#words[@]} -gt 0 ] || die "BINS is empty"
for b in "${words[@]}"; do
  if [ -x "$b" ] && [ ! -d "$b" ]; then p=$b
  else p=$(command -v "$b" 2>/dev/null) || die "interpreter '$b' not found or not executable (build it, or set BINS)"; fi
  bin_paths+=("$p"); bin_labels+=("$(basename "$b")")
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fuzz.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'echo; echo "fuzz: interrupted" >&2; exit 130' INT TERM

# run_one BIN FILE: run the program once; sets kind (pass, fail, crash,
# hang, sanitizer, exit), why (one line) and ops; output in $tmp/run.{out,err}
run_one() {
  local bin=$1 file=$2 rc
  # (the braces keep bash's own "Segmentation fault" line off the terminal)
  { timeout -k 5 "$TIMEOUT" "$bin" "$file" < /dev/null > "$tmp/run.out" 2> "$tmp/run.err"; } 2> /dev/null
  rc=$?
  kind=pass; why=""; ops=0
  if grep -Eq "$SANITIZER_RE" "$tmp/run.err"; then
    kind=sanitizer; why="sanitizer report: $(grep -Em1 "$SANITIZER_RE" "$tmp/run.err" | cut -c1-200)"
  elif [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    kind=hang; why="hang: killed after the ${TIMEOUT}s timeout"
  elif [ $rc -gt 128 ]; then
    kind=crash; why="crash: killed by signal $((rc - 128)) (SIG$(kill -l $((rc - 128)) 2>/dev/null || echo '?'))"
  elif grep -q '^FAIL ' "$tmp/run.out"; then
    kind=fail; why="verdict: $(grep -m1 '^FAIL ' "$tmp/run.out" | cut -c1-400)"
  elif [ $rc -ne 0 ] || ! grep -q '^OK fuzz' "$tmp/run.out"; then
    kind=exit; why="exit status $rc without an 'OK fuzz' line: $(grep -v '^[[:space:]]*$' "$tmp/run.err" | tail -n 1 | cut -c1-200)"
  else
    ops=$(grep -m1 '^OK fuzz' "$tmp/run.out" | sed -n 's/.* ops=\([0-9]*\).*/\1/p')
    isnum "$ops" || ops=0
  fi
}

# still_fails BIN FILE KIND: does FILE fail the same way (two tries: a
# race does not show every time)?
still_fails() {
  local try
  for try in 1 2; do
    run_one "$1" "$2"
    [ "$kind" = "$3" ] && return 0
  done
  return 1
}

# drop_ops FILE FROM TO: FILE without its operation lines FROM..TO-1
# (counted from 0 in the order they appear)
drop_ops() {
  awk -v a="$2" -v b="$3" '/#@op$/ { n++; if (n - 1 >= a && n - 1 < b) next } { print }' "$1"
}

# shrink BIN FILE KIND: leaves the smallest failing version in $tmp/best.py
shrink() {
  local bin=$1 kind0=$3 deadline=$(( $(date +%s) + SHRINK )) n chunk i r
  cp "$2" "$tmp/best.py"
  n=$(grep -c '#@op$' "$tmp/best.py")
  chunk=$(( (n + 1) / 2 ))
  while [ "$chunk" -ge 1 ]; do
    i=0
    while [ "$i" -lt "$n" ] && [ "$(date +%s)" -lt "$deadline" ]; do
      drop_ops "$tmp/best.py" "$i" $((i + chunk)) > "$tmp/cand.py"
      if still_fails "$bin" "$tmp/cand.py" "$kind0"; then
        mv "$tmp/cand.py" "$tmp/best.py"; n=$((n - chunk)); [ "$n" -lt 0 ] && n=0
      else
        i=$((i + chunk))
      fi
    done
    [ "$(date +%s)" -lt "$deadline" ] || break
    [ "$chunk" -eq 1 ] && break
    chunk=$(( (chunk + 1) / 2 ))
  done
  # then fewer rounds and one phase
  for r in PHASES ROUNDS ROUNDS ROUNDS; do
    [ "$(date +%s)" -lt "$deadline" ] || break
    awk -v r="$r" '$1 == r && $2 == "=" && !done { v = int($3 / 2); if (r == "PHASES") v = 1; if (v < 1) v = 1; $0 = r " = " v; done = 1 } { print }' \
      "$tmp/best.py" > "$tmp/cand.py"
    if ! cmp -s "$tmp/cand.py" "$tmp/best.py" && still_fails "$bin" "$tmp/cand.py" "$kind0"; then
      mv "$tmp/cand.py" "$tmp/best.py"
    fi
  done
}

# save SEED BINLABEL BIN KIND WHY: keep the program, shrink it, write info
save() {
  local seed=$1 label=$2 bin=$3 kind0=$4 why0=$5 dir
  dir=$OUT/seed$seed-$label
  mkdir -p "$dir" || return
  cp "$tmp/prog.py" "$dir/program.py"
  cp "$tmp/run.out" "$dir/stdout.txt"; cp "$tmp/run.err" "$dir/stderr.txt"
  local shrunk="" nops0 nops1 repro=program.py
  if [ "$SHRINK" -gt 0 ] && [ "$nshrunk" -lt "$MAX_SHRINK" ]; then
    nshrunk=$((nshrunk + 1))
    shrink "$bin" "$tmp/prog.py" "$kind0"
    nops0=$(grep -c '#@op$' "$tmp/prog.py"); nops1=$(grep -c '#@op$' "$tmp/best.py")
    cp "$tmp/best.py" "$dir/shrunk.py"; repro=shrunk.py
    shrunk="shrunk.py: $nops1 of $nops0 operation lines left (it still fails: $kind0)"
    run_one "$bin" "$dir/shrunk.py"
  fi
  {
    echo "seed:     $seed"
    echo "binary:   $bin"
    echo "kind:     $kind0"
    echo "reason:   $why0"
    echo "program:  $GEN stress/fuzz/gen.py $seed $tlo $thi $SCALE > program.py"
    [ -n "$shrunk" ] && echo "$shrunk" && echo "          its last run: ${why:-passed this time}"
    echo "reproduce: timeout $TIMEOUT $bin $dir/$repro"
  } > "$dir/info.txt"
  saved+=("$dir")
}

declare -A nfail=() nruns=() kinds=()
saved=(); nshrunk=0; programs=0; runs=0; total_ops=0; marks=0; first_fail=()
t0=$(date +%s)
seed=$SEED
[ -z "$QUIET" ] && echo "fuzz: ${budget}s$([ "$COUNT" -gt 0 ] && echo " (at most $COUNT programs)"), seeds from $SEED, threads $THREADS, scale $SCALE%, timeout ${TIMEOUT}s, on ${bin_labels[*]}"
while :; do
  [ $(( $(date +%s) - t0 )) -lt "$budget" ] || break
  [ "$COUNT" -gt 0 ] && [ "$programs" -ge "$COUNT" ] && break
  if ! "$GEN" stress/fuzz/gen.py "$seed" "$tlo" "$thi" "$SCALE" > "$tmp/prog.py" 2> "$tmp/gen.err"; then
    echo; echo "fuzz: the generator failed on seed $seed:" >&2; cat "$tmp/gen.err" >&2; exit 2
  fi
  programs=$((programs + 1))
  for bi in "${!bin_paths[@]}"; do
    bin=${bin_paths[$bi]}; label=${bin_labels[$bi]}
    run_one "$bin" "$tmp/prog.py"
    runs=$((runs + 1)); nruns[$label]=$(( ${nruns[$label]:-0} + 1 ))
    case $kind in pass) m=.;; fail) m=F;; crash) m=C;; hang) m=H;; sanitizer) m=S;; *) m=E;; esac
    if [ "$kind" = pass ]; then
      total_ops=$((total_ops + ops))
    else
      nfail[$label]=$(( ${nfail[$label]:-0} + 1 )); kinds[$kind]=$(( ${kinds[$kind]:-0} + 1 ))
      [ ${#first_fail[@]} -lt 5 ] && first_fail+=("seed $seed on $label: $why")
    fi
    if [ -z "$QUIET" ]; then
      printf '%s' "$m"; marks=$((marks + 1)); [ $((marks % 72)) -eq 0 ] && echo
    fi
    [ "$kind" != pass ] && save "$seed" "$label" "$bin" "$kind" "$why"
  done
  seed=$((seed + 1))
done
[ -z "$QUIET" ] && [ $((marks % 72)) -ne 0 ] && echo

elapsed=$(( $(date +%s) - t0 ))
nf=0; for l in "${bin_labels[@]}"; do nf=$((nf + ${nfail[$l]:-0})); done
echo "fuzz: $programs programs, $runs runs, $total_ops operations in passing runs, ${elapsed}s"
if [ "$nf" -gt 0 ]; then
  line="failures by kind:"
  for k in fail crash hang sanitizer exit; do [ -n "${kinds[$k]:-}" ] && line+=" $k ${kinds[$k]}"; done
  echo "$line"
  for f in "${first_fail[@]}"; do echo "  $f"; done
  echo "saved (program, shrunk program, info.txt with the command to reproduce):"
  for d in "${saved[@]:0:10}"; do echo "  $d"; done
  [ ${#saved[@]} -gt 10 ] && echo "  ... ($((${#saved[@]} - 10)) more under $OUT)"
fi
ok=1
for l in "${bin_labels[@]}"; do
  r=${nruns[$l]:-0}; f=${nfail[$l]:-0}
  if [ "$MODE" = expect ]; then
    pct=0; [ "$r" -gt 0 ] && pct=$((f * 100 / r))
    echo "  $l: caught in $f of $r programs (${pct}%)"
    [ "$r" -gt 0 ] && [ $((f * 100)) -ge $((MIN_CATCH * r)) ] || ok=0
  else
    echo "  $l: $r runs, $f failed"
  fi
done
if [ "$MODE" = expect ]; then
  if [ $ok -eq 1 ]; then echo "catch rate meets MIN_CATCH=${MIN_CATCH}%"; exit 0; fi
  echo "catch rate below MIN_CATCH=${MIN_CATCH}%: the fuzzer has lost its teeth"; exit 1
fi
[ "$nf" -eq 0 ]
