#!/usr/bin/env bash
# The negative control: the stress suite and the fuzzer must catch
# bin/interp-racy, the build with no GIL, no object locks and plain refcounts.
#
#   1. ThreadSanitizer: each stress program runs once on bin/interp-racy-tsan;
#      TSan must report a data race in at least TSAN_MIN percent of them
#      (default 90).
#   2. The plain racy build: each program runs (threads THREADS, up to REPS
#      times, stopping at the first failure); a crash, a hang or a broken
#      invariant must show up in at least PLAIN_MIN percent (default 60: a
#      clear majority).
#   3. The fuzzer (stress/fuzz): FUZZ_COUNT random programs (default 8) on
#      bin/interp-racy; at least PLAIN_MIN percent must fail.
# The control succeeds (exit 0) only if all three are met: if the racy build ever
# passes the suite, the suite has lost its teeth.
#
# Knobs: PROGRAMS, THREADS (default 4), REPS (default 3), TIMEOUT (default
# 20 s), ITERS_PCT (default 100), TSAN_MIN, PLAIN_MIN.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
THREADS=${THREADS:-4}
REPS=${REPS:-3}
TIMEOUT=${TIMEOUT:-20}
TSAN_MIN=${TSAN_MIN:-90}
PLAIN_MIN=${PLAIN_MIN:-60}
ITERS_PCT=${ITERS_PCT:-100}
for b in bin/interp-racy bin/interp-racy-tsan; do
    [ -x "$b" ] || { echo "control: $b is missing (make racy bin/interp-racy-tsan)" >&2; exit 2; }
done
if [ -n "${PROGRAMS:-}" ]; then read -r -a names <<< "$PROGRAMS"; else
    names=(); for f in stress/safety/*.py; do n=${f##*/}; names+=("${n%.py}"); done
fi

echo "== control 1/3: ThreadSanitizer on bin/interp-racy-tsan (${#names[@]} programs, threads $THREADS)"
caught=0; total=0; missed=()
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for n in "${names[@]}"; do
    total=$((total + 1))
    it=$(grep -o 'sys.argv\[2\]) if len(sys.argv) > 2 else [0-9]*' "stress/safety/$n.py" | grep -o '[0-9]*$' | head -n 1)
    args=("$THREADS"); [ -n "$it" ] && args+=("$(( it * ITERS_PCT / 100 > 0 ? it * ITERS_PCT / 100 : 1 ))")
    TSAN_OPTIONS="halt_on_error=1 exitcode=66 die_after_fork=0 report_signal_unsafe=0" \
        timeout -k 5 "$TIMEOUT" bin/interp-racy-tsan "stress/safety/$n.py" "${args[@]}" > /dev/null 2> "$tmp/err" &
    tp=$!
    wait $tp
    kill -KILL -- -"$tp" 2> /dev/null # a forked child the racy build left spinning
    if grep -q "WARNING: ThreadSanitizer: data race" "$tmp/err"; then
        caught=$((caught + 1)); printf '  race found  %s\n' "$n"
    else
        missed+=("$n"); printf '  NO REPORT   %s\n' "$n"
    fi
done
tsan_pct=$(( total ? caught * 100 / total : 0 ))
echo "TSan reported races in $caught of $total programs (${tsan_pct}%; required ${TSAN_MIN}%)"

echo
echo "== control 2/3: the stress suite on bin/interp-racy (threads $THREADS, up to $REPS runs each)"
BINS=bin/interp-racy THREADS="$THREADS" REPS="$REPS" TIMEOUT="$TIMEOUT" MIN_CATCH="$PLAIN_MIN" QUIET=1 \
    ITERS_PCT="$ITERS_PCT" SHOW_FAILURES=0 PROGRAMS="${names[*]}" stress/run.sh --expect-failures > "$tmp/plain" 2>&1
plain_rc=$?
grep -E '^  (caught|NOT caught)' "$tmp/plain"
grep -E '^caught [0-9]+ of' "$tmp/plain"

echo
FUZZ_COUNT=${FUZZ_COUNT:-8}
echo "== control 3/3: the fuzzer on bin/interp-racy ($FUZZ_COUNT programs)"
# four times the default rounds: at the default a race window opens often
# enough on an idle machine (75-100% caught) but not on a loaded one, where
# the threads share one core (25-50%); at 400% even a loaded one is at 87%
COUNT=$FUZZ_COUNT SECONDS=600 SCALE=400 BINS=bin/interp-racy TIMEOUT=10 MIN_CATCH="$PLAIN_MIN" QUIET=1 \
    OUT="$tmp/fuzz" stress/fuzz/run.sh --expect-failures > "$tmp/fuzz.txt" 2>&1
fuzz_rc=$?
grep -E 'caught in|^fuzz:' "$tmp/fuzz.txt"

echo
ok=1
[ "$tsan_pct" -ge "$TSAN_MIN" ] || { echo "control FAILED: TSan caught only ${tsan_pct}% (< ${TSAN_MIN}%)"; ok=0; }
[ $plain_rc -eq 0 ] || { echo "control FAILED: the plain racy build was caught by fewer than ${PLAIN_MIN}% of the programs"; ok=0; }
[ $fuzz_rc -eq 0 ] || { echo "control FAILED: the fuzzer caught the racy build in fewer than ${PLAIN_MIN}% of its programs"; tail -n 5 "$tmp/fuzz.txt"; ok=0; }
if [ $ok -eq 1 ]; then
    echo "control passed: the suite catches the racy build (TSan ${tsan_pct}%, $(grep -oE '\([0-9]+%\)' "$tmp/plain" | tr -d '()') plain, fuzzer $(grep -oE '\([0-9]+%\)' "$tmp/fuzz.txt" | tail -n 1 | tr -d '()'))"
    exit 0
fi
exit 1
