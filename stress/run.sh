#!/usr/bin/env bash
# stress/run.sh: run the thread-safety stress programs (stress/safety/*.py)
# on one or more interpreters, at several thread counts, several times each,
# every run under `timeout`. Plain bash + coreutils + awk; no python needed.
#
# Usage:
#   stress/run.sh                      run the suite, exit 1 if any run failed
#   stress/run.sh --expect-failures    negative control: report which programs
#                                      "caught" the binary, exit 0 only if the
#                                      catch rate is >= MIN_CATCH percent
#   stress/run.sh --help               this text
#
# A run fails when it hangs (killed by timeout), dies of a signal, exits with
# a non-zero status, prints a "FAIL ..." line or no "OK NAME" verdict line, or
# when its stderr holds a sanitizer report ("WARNING: ThreadSanitizer",
# "ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:").
#
# Knobs (environment variables):
#   BINS        interpreters to run, paths or commands on PATH
#               (default "bin/interp-gil bin/interp-nogil"; relative paths are
#               tried from the current directory, then from the repository top)
#   PROGRAMS    program names or glob patterns, e.g. "list_* queue_many"
#               (default: every stress/safety/*.py)
#   THREADS     thread counts passed as the first argument (default "2 4 8")
#   REPS        repetitions of each (program, build, threads) (default 3)
#   ITERS_PCT   scale every program's own default iteration count to this
#               percentage (a short pass: ITERS_PCT=10); ignored when ITERS is set
#   ITERS       iteration count passed as the second argument
#               (default empty: each program's own default)
#   TIMEOUT     seconds allowed per run; a hang is a failure (default 60)
#   JOBS        runs executed in parallel (default 1)
#   EXTRA_ARGS  interpreter options put before the program, e.g. "-X leakcheck"
#   QUIET       non-empty: no progress lines (table and failures still shown)
#   SHOW_FAILURES  how many failed runs to show in detail (default 20)
#   MIN_CATCH   --expect-failures: minimum catch rate in percent (default 50);
#               with several binaries every binary must reach it
#
# Output: one progress line per program/build (a dot per passing run, F per
# failing run), a table (program x build: runs, failures, worst time in
# seconds), the failed runs with the command to reproduce them and their last
# output lines, and a final line "N passed, M failed".
# In --expect-failures mode a (program, build) pair stops being run at its
# first failure, and the report ends with "caught K of N programs (P%)".
set -u

usage() { awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"; }

MODE=normal
for arg in "$@"; do
  case $arg in
    -h|--help) usage; exit 0;;
    --expect-failures) MODE=expect;;
    *) echo "run.sh: unknown argument '$arg' (try --help)" >&2; exit 2;;
  esac
done

top=$(cd "$(dirname "$0")/.." && pwd)
safety=$top/stress/safety
BINS=${BINS:-bin/interp-gil bin/interp-nogil}
# Sanitizer builds: report to stderr and go on (the verdict looks for the
# report), and let forked children start threads (fork_while_threads).
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=0 exitcode=66 die_after_fork=0 report_signal_unsafe=0 allocator_may_return_null=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1 exitcode=67 allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1 print_stacktrace=1}
PROGRAMS=${PROGRAMS:-}
THREADS=${THREADS:-2 4 8}
REPS=${REPS:-3}
ITERS=${ITERS:-}
ITERS_PCT=${ITERS_PCT:-}
TIMEOUT=${TIMEOUT:-60}
JOBS=${JOBS:-1}
EXTRA_ARGS=${EXTRA_ARGS:-}
QUIET=${QUIET:-}
SHOW_FAILURES=${SHOW_FAILURES:-20}
MIN_CATCH=${MIN_CATCH:-50}
SANITIZER_RE='WARNING: ThreadSanitizer|ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:'

isnum() { case $1 in ''|*[!0-9]*) return 1;; esac; return 0; }
for v in REPS TIMEOUT JOBS SHOW_FAILURES MIN_CATCH; do
  isnum "${!v}" || { echo "run.sh: $v must be a non-negative integer, got '${!v}'" >&2; exit 2; }
done
[ "$JOBS" -ge 1 ] || JOBS=1
[ -z "$ITERS" ] || isnum "$ITERS" || { echo "run.sh: ITERS must be an integer, got '$ITERS'" >&2; exit 2; }
[ -z "$ITERS_PCT" ] || isnum "$ITERS_PCT" || { echo "run.sh: ITERS_PCT must be an integer, got '$ITERS_PCT'" >&2; exit 2; }

# the iteration argument for one program: ITERS, or its own default scaled
# by ITERS_PCT (read from its "else N" default), or nothing
prog_iters() {
  if [ -n "$ITERS" ]; then echo "$ITERS"; return; fi
  [ -n "$ITERS_PCT" ] || return
  local d
  d=$(grep -o 'sys.argv\[2\]) if len(sys.argv) > 2 else [0-9]*' "$safety/$1.py" | grep -o '[0-9]*$' | head -n 1)
  [ -n "$d" ] || return
  d=$(( d * ITERS_PCT / 100 ))
  [ "$d" -ge 1 ] || d=1
  echo "$d"
}
read -r -a thread_counts <<< "$THREADS"
for t in "${thread_counts[@]}"; do isnum "$t" || { echo "run.sh: bad THREADS entry '$t'" >&2; exit 2; }; done
[ ${#thread_counts[@]} -gt 0 ] || { echo "run.sh: THREADS is empty" >&2; exit 2; }
read -r -a extra <<< "$EXTRA_ARGS"
command -v timeout >/dev/null || { echo "run.sh: 'timeout' (coreutils) not found" >&2; exit 2; }

# ---- interpreters: resolve paths and commands, give each a short label
bin_paths=(); bin_labels=()
read -r -a bin_words <<< "$BINS"
[ ${#bin_words[@]} -gt 0 ] || { echo "run.sh: BINS is empty" >&2; exit 2; }
for b in "${bin_words[@]}"; do
  path=""
  case $b in
    /*) [ -x "$b" ] && path=$b;;
    */*) if [ -x "$b" ]; then path=$(cd "$(dirname "$b")" && pwd)/$(basename "$b")
         elif [ -x "$top/$b" ]; then path=$top/$b; fi;;
    *) path=$(command -v "$b" 2>/dev/null) || path="";;
  esac
  if [ -z "$path" ] || [ -d "$path" ]; then
    echo "run.sh: interpreter '$b' not found or not executable (build it, or set BINS)" >&2; exit 2
  fi
  bin_paths+=("$path"); bin_labels+=("$(basename "$b")")
done
# labels must be unique: fall back to the words as given
dups=$(printf '%s\n' "${bin_labels[@]}" | sort | uniq -d)
[ -n "$dups" ] && bin_labels=("${bin_words[@]}")

# ---- programs
all_names=()
for f in "$safety"/*.py; do
  [ -f "$f" ] || continue
  n=$(basename "$f" .py)
  case $n in lib_*) continue;; esac
  all_names+=("$n")
done
[ ${#all_names[@]} -gt 0 ] || { echo "run.sh: no programs in $safety" >&2; exit 2; }
names=()
if [ -z "$PROGRAMS" ]; then names=("${all_names[@]}"); else
  read -r -a pats <<< "$PROGRAMS"
  for pat in "${pats[@]}"; do
    pat=${pat%.py}; pat=${pat##*/}; hit=0
    for n in "${all_names[@]}"; do
      # shellcheck disable=SC2053
      if [[ $n == $pat ]]; then
        hit=1
        case " ${names[*]} " in *" $n "*) ;; *) names+=("$n");; esac
      fi
    done
    [ $hit -eq 1 ] || { echo "run.sh: PROGRAMS entry '$pat' matches no program in $safety" >&2; exit 2; }
  done
fi

# ---- bookkeeping
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stress-run.XXXXXX") || exit 2
declare -A runs=() nfail=() worst=() caught=()
declare -A live=()          # run id -> subshell pid, for runs not yet collected
total_pass=0; total_fail=0; shown=0; run_seq=0
failures_file=$tmp/failures; : > "$failures_file"

kill_children() {
  local f p
  for f in "$tmp"/*.pid; do
    [ -f "$f" ] || continue
    p=$(cat "$f" 2>/dev/null)
    [ -n "$p" ] && kill -TERM "$p" 2>/dev/null
  done
  for p in "${live[@]}"; do kill -TERM "$p" 2>/dev/null; done
}
on_signal() {
  trap '' INT TERM
  echo >&2
  echo "run.sh: interrupted, stopping the running programs" >&2
  kill_children
  wait 2>/dev/null
  rm -rf "$tmp"
  exit 130
}
trap on_signal INT TERM
trap 'rm -rf "$tmp"' EXIT

# start one run in the background; its result lands in $tmp/ID.rc as
# "STATUS MILLISECONDS"
launch() { # id binpath program threads
  local id=$1 bin=$2 prog=$3 t=$4
  local cmd=("$bin" "${extra[@]}" "$safety/$prog.py" "$t")
  local it
  it=$(prog_iters "$prog")
  [ -n "$it" ] && cmd+=("$it")
  (
    trap - INT TERM EXIT
    start=$(date +%s%N)
    cd "$top" || exit 2
    timeout -k 5 "$TIMEOUT" "${cmd[@]}" < /dev/null > "$tmp/$id.out" 2> "$tmp/$id.err" &
    tp=$!
    echo $tp > "$tmp/$id.pid"
    wait $tp
    rc=$?
    # timeout runs in a process group of its own: what the program forked
    # and left behind (a child of a broken build spinning after its parent
    # died) goes with it
    kill -KILL -- -"$tp" 2> /dev/null
    end=$(date +%s%N)
    rm -f "$tmp/$id.pid"
    echo "$rc $(( (end - start) / 1000000 ))" > "$tmp/$id.rc.part"
    mv "$tmp/$id.rc.part" "$tmp/$id.rc"
  ) 2> /dev/null &
  live[$id]=$!
}

# judge a finished run; prints nothing, records everything
declare -A run_prog=() run_bin=() run_label=() run_threads=() run_rep=()
last_ok=1
judge() { # id
  local id=$1 rc ms why="" prog=${run_prog[$1]} label=${run_label[$1]}
  read -r rc ms < "$tmp/$id.rc"
  local secs
  secs=$(awk -v ms="$ms" 'BEGIN { printf "%.2f", ms / 1000 }')
  if [ "$rc" -eq 124 ] || { [ "$rc" -eq 137 ] && [ "$ms" -ge $((TIMEOUT * 1000)) ]; }; then
    why="hang: killed after ${TIMEOUT}s timeout"
  elif [ "$rc" -gt 128 ]; then
    local sig=$((rc - 128))
    why="crash: killed by signal $sig (SIG$(kill -l "$sig" 2>/dev/null || echo '?'))"
  elif [ "$rc" -ne 0 ]; then
    why="exit status $rc"
  fi
  if grep -Eq "$SANITIZER_RE" "$tmp/$id.err" 2>/dev/null; then
    why="${why:+$why; }sanitizer report: $(grep -Em1 "$SANITIZER_RE" "$tmp/$id.err" | cut -c1-160)"
  fi
  if [ -z "$why" ] || [ "${why#exit status}" != "$why" ]; then
    local failline
    failline=$(grep -m1 '^FAIL ' "$tmp/$id.out" 2>/dev/null | cut -c1-300)
    if [ -n "$failline" ]; then why="${why:+$why; }verdict: $failline"
    elif ! grep -Eq "^OK $prog( |\$)" "$tmp/$id.out" 2>/dev/null; then
      why="${why:+$why; }no 'OK $prog' verdict line"
    fi
  fi
  local key="$prog|$label"
  runs[$key]=$(( ${runs[$key]:-0} + 1 ))
  worst[$key]=$(awk -v a="${worst[$key]:-0}" -v b="$secs" 'BEGIN { print (b + 0 > a + 0) ? b : a }')
  if [ -z "$why" ]; then
    total_pass=$((total_pass + 1)); last_ok=1
  else
    total_fail=$((total_fail + 1)); last_ok=0
    nfail[$key]=$(( ${nfail[$key]:-0} + 1 ))
    [ -n "${caught[$key]:-}" ] || caught[$key]="threads=${run_threads[$id]} rep=${run_rep[$id]}: $why"
    if [ "$shown" -lt "$SHOW_FAILURES" ]; then
      shown=$((shown + 1))
      {
        local pit
        pit=$(prog_iters "$prog")
        echo "FAIL $prog on $label (threads=${run_threads[$id]}${pit:+ iters=$pit} rep=${run_rep[$id]}, ${secs}s): $why"
        printf '  reproduce: cd %s && timeout %s %s' "$top" "$TIMEOUT" "${run_bin[$id]}"
        [ ${#extra[@]} -gt 0 ] && printf ' %s' "${extra[@]}"
        printf ' stress/safety/%s.py %s%s\n' "$prog" "${run_threads[$id]}" "${pit:+ $pit}"
        if [ -s "$tmp/$id.out" ]; then echo "  stdout (last lines):"; tail -n 5 "$tmp/$id.out" | cut -c1-300 | sed 's/^/  | /'; fi
        if [ -s "$tmp/$id.err" ]; then echo "  stderr (last lines):"; tail -n 12 "$tmp/$id.err" | cut -c1-300 | sed 's/^/  | /'; fi
        echo
      } >> "$failures_file"
    fi
  fi
  rm -f "$tmp/$id.out" "$tmp/$id.err" "$tmp/$id.rc"
}

# collect every finished run; print its progress mark
collect() {
  local id
  for id in "${!live[@]}"; do
    if [ -f "$tmp/$id.rc" ]; then
      wait "${live[$id]}" 2>/dev/null
      unset "live[$id]"
      judge "$id"
      if [ -z "$QUIET" ]; then
        if [ $last_ok -eq 1 ]; then printf '.'; else printf 'F'; fi
      fi
    fi
  done
}

wait_for_one() {
  wait -n 2>/dev/null
  [ $? -eq 127 ] && sleep 0.05
  collect
}

namew=7
for n in "${names[@]}"; do [ ${#n} -gt $namew ] && namew=${#n}; done
labelw=5
for l in "${bin_labels[@]}"; do [ ${#l} -gt $labelw ] && labelw=${#l}; done
[ -z "$QUIET" ] && echo "stress: ${#names[@]} programs x ${#bin_paths[@]} builds x threads (${thread_counts[*]}) x $REPS reps, timeout ${TIMEOUT}s, jobs $JOBS${ITERS:+, iters $ITERS}${EXTRA_ARGS:+, extra args '$EXTRA_ARGS'}"

for prog in "${names[@]}"; do
  for bi in "${!bin_paths[@]}"; do
    bin=${bin_paths[$bi]}; label=${bin_labels[$bi]}; key="$prog|$label"
    runs[$key]=0; nfail[$key]=0; worst[$key]=0.00
    [ -z "$QUIET" ] && printf "  %-${namew}s  %-${labelw}s  " "$prog" "$label"
    for rep in $(seq 1 "$REPS"); do
      for t in "${thread_counts[@]}"; do
        [ "$MODE" = expect ] && [ -n "${caught[$key]:-}" ] && break 2
        while [ ${#live[@]} -ge "$JOBS" ]; do wait_for_one; done
        [ "$MODE" = expect ] && [ -n "${caught[$key]:-}" ] && break 2
        run_seq=$((run_seq + 1)); id=r$run_seq
        run_prog[$id]=$prog; run_bin[$id]=$bin; run_label[$id]=$label
        run_threads[$id]=$t; run_rep[$id]=$rep
        launch "$id" "$bin" "$prog" "$t"
      done
    done
    while [ ${#live[@]} -gt 0 ]; do wait_for_one; done
    if [ -z "$QUIET" ]; then
      r=${runs[$key]}; f=${nfail[$key]}
      if [ "$MODE" = expect ]; then
        if [ "$f" -gt 0 ]; then echo "  caught after $r runs"; else echo "  $r runs, not caught"; fi
      else
        echo "  $((r - f))/$r ok"
      fi
    fi
  done
done

# ---- table
echo
colw=20
for l in "${bin_labels[@]}"; do [ ${#l} -gt $colw ] && colw=${#l}; done
hdr=$(printf "%-${namew}s" "program")
sub=$(printf "%-${namew}s" "")
for l in "${bin_labels[@]}"; do
  hdr+=$(printf " | %-${colw}s" "$l")
  sub+=$(printf " | %4s %4s %$((colw - 10))s" "runs" "fail" "worst(s)")
done
echo "$hdr"; echo "$sub"
for prog in "${names[@]}"; do
  line=$(printf "%-${namew}s" "$prog")
  for l in "${bin_labels[@]}"; do
    k="$prog|$l"
    line+=$(printf " | %4s %4s %$((colw - 10))s" "${runs[$k]:-0}" "${nfail[$k]:-0}" "${worst[$k]:-0}")
  done
  echo "$line"
done

# ---- failures
if [ "$total_fail" -gt 0 ]; then
  echo
  if [ "$MODE" = expect ]; then echo "failed runs (expected in this mode):"; else echo "failed runs:"; fi
  echo
  cat "$failures_file"
  [ "$shown" -lt "$total_fail" ] && echo "($((total_fail - shown)) more failed runs not shown; raise SHOW_FAILURES to see them)" && echo
fi

if [ "$MODE" = expect ]; then
  echo
  ok=1; all_k=0; all_n=0
  for bi in "${!bin_labels[@]}"; do
    l=${bin_labels[$bi]}; k=0; n=0
    for prog in "${names[@]}"; do
      n=$((n + 1))
      if [ -n "${caught[$prog|$l]:-}" ]; then
        k=$((k + 1)); printf "  caught      %-${namew}s  %s  (%s)\n" "$prog" "$l" "$(echo "${caught[$prog|$l]}" | cut -c1-150)"
      else
        printf "  NOT caught  %-${namew}s  %s\n" "$prog" "$l"
      fi
    done
    [ $((k * 100)) -ge $((MIN_CATCH * n)) ] || ok=0
    [ ${#bin_labels[@]} -gt 1 ] && echo "$l: caught $k of $n programs ($((k * 100 / n))%)"
    all_k=$((all_k + k)); all_n=$((all_n + n))
  done
  echo "$total_pass passed, $total_fail failed"
  echo "caught $all_k of $all_n programs ($((all_k * 100 / all_n))%)"
  if [ $ok -eq 1 ]; then
    echo "catch rate meets MIN_CATCH=${MIN_CATCH}%"; exit 0
  else
    echo "catch rate below MIN_CATCH=${MIN_CATCH}%"; exit 1
  fi
fi

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
