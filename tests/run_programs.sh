#!/usr/bin/env bash
# Run every program test on one or more interpreters and compare with the
# expected output committed beside it (see tests/gen_expected.sh).
#   tests/run_programs.sh [BIN...]        default: bin/interp-gil bin/interp-nogil
# Knobs (environment): PROGRAMS="name1 file_*" to run a subset (names or globs),
# TIMEOUT=seconds per program (default 60; a hang is a failure),
# VERBOSE=1 to show the diff of every failure (default: first 20 lines),
# LEAKCHECK=1 to run with -X leakcheck (a program that leaves objects alive
# then fails); programs listed in tests/cycles.txt make reference cycles on
# purpose (they are never collected) and are left out of that mode.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
bins=("$@"); [ ${#bins[@]} -eq 0 ] && bins=("$top/bin/interp-gil" "$top/bin/interp-nogil")
TIMEOUT=${TIMEOUT:-60}
export PYTHONDONTWRITEBYTECODE=1  # when the interpreter is python3: no __pycache__/ in tests/programs
cd "$top/tests/programs" || exit 2
if [ -n "${PROGRAMS:-}" ]; then
  # names or glob patterns ("file_* thread_queue")
  read -r -a pats <<< "$PROGRAMS"; names=()
  for p in "${pats[@]}"; do
    p=${p%.py}; found=0
    for f in $p.py; do [ -f "$f" ] && case $f in lib_*) ;; *) names+=("${f%.py}"); found=1;; esac; done
    [ $found -eq 1 ] || { echo "run_programs: no program test matches '$p'" >&2; exit 2; }
  done
else
  names=(); for f in *.py; do case $f in lib_*) continue;; esac; names+=("${f%.py}"); done
fi
is_cyclic() { grep -qE "^$1([[:space:]]|$)" "$top/tests/cycles.txt" 2>/dev/null; }
if [ -n "${LEAKCHECK:-}" ]; then
  keep=()
  for n in "${names[@]}"; do
    is_cyclic "$n" || keep+=("$n")
  done
  names=("${keep[@]}")
fi
xargs_=(); [ -n "${LEAKCHECK:-}" ] && xargs_=(-X leakcheck)
pass=0; fail=0; failed=()
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for b in "${bins[@]}"; do
  case $b in /*) ;; *) [ -x "$top/$b" ] && b="$top/$b";; esac
  for n in "${names[@]}"; do
    args=(); [ -f "$n.args" ] && read -r -a args < "$n.args"
    in=/dev/null; [ -f "$n.stdin" ] && in=$n.stdin
    # LeakSanitizer would report the cycles these programs make on purpose
    asan=${ASAN_OPTIONS:-}; is_cyclic "$n" && asan="$asan detect_leaks=0"
    ASAN_OPTIONS=$asan timeout -k 5 "$TIMEOUT" "$b" "${xargs_[@]}" "$n.py" "${args[@]}" < "$in" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    want_rc=0; [ -f "$n.exit" ] && want_rc=$(cat "$n.exit")
    why=""
    if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then why="timed out after ${TIMEOUT}s"
    elif [ "$rc" != "$want_rc" ]; then why="exit status $rc, expected $want_rc"
    elif ! cmp -s "$tmp/out" "$n.out"; then why="stdout differs"
    elif [ -f "$n.err" ]; then
      got=$(grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1)
      [ "$got" = "$(cat "$n.err")" ] || why="last stderr line: got '$got', expected '$(cat "$n.err")'"
    fi
    if [ -z "$why" ]; then pass=$((pass+1)); else
      fail=$((fail+1)); failed+=("$(basename "$b") $n")
      echo "FAIL $(basename "$b") $n: $why"
      if [ "$why" = "stdout differs" ]; then
        if [ -n "${VERBOSE:-}" ]; then diff "$n.out" "$tmp/out"; else diff "$n.out" "$tmp/out" | head -n 20; fi
      fi
      [ -s "$tmp/err" ] && { echo "  stderr:"; tail -n 5 "$tmp/err" | sed 's/^/  /'; }
    fi
  done
done
echo "program tests: $pass passed, $fail failed"
[ $fail -eq 0 ]
