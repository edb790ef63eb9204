#!/usr/bin/env bash
# stress/fuzz/chunked.sh - the driver of the in-process fuzzers.
#
# Runs stress/fuzz/NAME.py (badargs: every built-in callable with odd
# arguments; source: mutated and generated program texts through compile())
# on each interpreter in chunks of its fixed, numbered case list, each chunk
# in its own process under a timeout.  A chunk fails when the process
# crashes, hangs, exits non-zero (an exception that escaped: a built-in that
# returned a value with an exception set, or compile() raising what it
# never raises), prints no OK line, or leaves a sanitizer report; the driver
# then halves the chunk until it has the one case, prints it with the
# command that reproduces it and saves it under results/fuzz/.
#
# Usage: stress/fuzz/chunked.sh NAME [--help]
# Knobs: BINS (default "bin/interp-gil-asan bin/interp-nogil-asan"),
#        CHUNK (cases per process, default 4000), START, STOP (a slice of
#        the case list; default all), EVERY (run only every N-th chunk, for
#        a short pass; default 1), TIMEOUT (seconds per chunk, default 300;
#        a slice of it gets its share, at least 10 s).
# Exit status: 0 when every chunk passed, 1 when a case failed, 2 on a
# harness error.  Needs bash and coreutils only.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
name=${1:-}
case $name in
badargs|source) [ "${2:-}" = --help ] && { sed -n '2,/^set -u/{/^#/s/^# \{0,1\}//p}' "$0"; exit 0; } ;;
--help|-h) sed -n '2,/^set -u/{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
*) echo "usage: stress/fuzz/chunked.sh badargs|source (--help for the knobs)" >&2; exit 2 ;;
esac
BINS=${BINS:-"bin/interp-gil-asan bin/interp-nogil-asan"}
CHUNK=${CHUNK:-4000}
EVERY=${EVERY:-1}
TIMEOUT=${TIMEOUT:-300}
# the cases build reference cycles on purpose (a list that contains itself),
# and code objects live until exit: leaks are the leak check's business
export ASAN_OPTIONS="${ASAN_OPTIONS:-exitcode=67} allocator_may_return_null=1 detect_leaks=0"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-"halt_on_error=1 print_stacktrace=1"}
prog=stress/fuzz/$name.py
mkdir -p results/fuzz
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# run BIN LO HI: 0 when cases LO..HI-1 all pass; the timeout shrinks with
# the slice, so that halving a chunk that hangs costs about two timeouts, not
# one per halving
run() {
  local bin=$1 lo=$2 hi=$3
  local limit=$(( 10 + TIMEOUT * (hi - lo) / CHUNK ))
  [ "$limit" -gt "$TIMEOUT" ] && limit=$TIMEOUT
  timeout "$limit" "$bin" "$prog" "$lo" "$hi" < /dev/null > "$tmp/out" 2> "$tmp/err"
  local rc=$?
  [ $rc -eq 0 ] || return 1
  grep -q "^OK $name" "$tmp/out" || return 1
  grep -qE 'ERROR: AddressSanitizer|runtime error:|WARNING: ThreadSanitizer|twinpy checked build' "$tmp/err" && return 1
  return 0
}

failed=0
for bin in $BINS; do
  [ -x "$bin" ] || { echo "$name: $bin is missing (make asan builds the default ones)" >&2; exit 2; }
  total=$("$bin" -c 'print(1)' >/dev/null 2>&1 && timeout 120 "$bin" "$prog" 0 0 < /dev/null 2>/dev/null | sed -n 's/.* of \([0-9]*\)$/\1/p')
  [ -n "$total" ] || { echo "$name: $bin cannot run $prog" >&2; exit 2; }
  lo=${START:-0}; stop=${STOP:-$total}; [ "$stop" -gt "$total" ] && stop=$total
  ran=0; k=0; bad=0; t0=$(date +%s)
  printf '%s: cases %d..%d in chunks of %d' "$bin" "$lo" "$stop" "$CHUNK"
  [ "$EVERY" -gt 1 ] && printf ', every %d-th chunk' "$EVERY"
  echo
  while [ "$lo" -lt "$stop" ]; do
    hi=$((lo + CHUNK)); [ "$hi" -gt "$stop" ] && hi=$stop
    if [ $((k % EVERY)) -eq 0 ]; then
      if run "$bin" "$lo" "$hi"; then printf '.'
      else
        printf 'F'
        a=$lo; b=$hi
        while [ $((b - a)) -gt 1 ]; do
          m=$(((a + b) / 2))
          if ! run "$bin" "$a" "$m"; then b=$m
          elif ! run "$bin" "$m" "$b"; then a=$m
          else break; fi
        done
        run "$bin" "$a" "$b"
        saved=results/fuzz/$name-$(basename "$bin")-$a.txt
        timeout 60 "$bin" "$prog" --list "$a" "$b" < /dev/null > "$saved" 2>/dev/null
        cp "$tmp/err" "${saved%.txt}.err"
        echo
        echo "  FAILED  case $(head -n 1 "$saved" | cut -c1-160)"
        echo "          repro: $bin $prog $a $b   (the case: $saved, its stderr: ${saved%.txt}.err)"
        grep -E 'Error|error|ERROR' "$tmp/err" | head -n 3 | cut -c1-200 | sed 's/^/          /'
        bad=$((bad + 1))
      fi
      ran=$((ran + hi - lo))
    fi
    lo=$hi; k=$((k + 1))
  done
  echo
  echo "$bin: $ran cases run, $bad failing case(s), $(( $(date +%s) - t0 ))s"
  [ $bad -gt 0 ] && failed=1
done
exit $failed
