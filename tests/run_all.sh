#!/usr/bin/env bash
# `make test`: everything that passes or fails, in one run.
#   1 build every variant            6 stress, short pass, both release builds
#   2 shared/ has no build #if       7 program tests under TSan and ASan+UBSan
#   3 Check unit tests, both builds  8 stress, short pass, under the sanitizers
#   4 program tests, both builds     9 the negative control (racy build caught)
#   5 leak check (-X leakcheck)     10 the instruments (-X trace, -X lockstats)
#                                   11 the concurrency fuzzer, a one-minute pass
#  12 the checked builds: program tests and a short stress pass, the policy
#     rules as assertions (make checked)
#  13 the bad-argument fuzzer, a third of its calls, under ASan+UBSan
# Each step prints its own details; the last line is "N passed, M failed"
# over the steps.  Sized to stay under 15 minutes on 2 cores; `make stress`
# is the long run.  Knob: STEPS="3 4" to run only some steps.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
JOBS=${JOBS:-2}
# allocator_may_return_null: an impossible allocation is a MemoryError the
# programs expect (str_huge_width), not a sanitizer abort.
export TSAN_OPTIONS="halt_on_error=0 exitcode=66 die_after_fork=0 report_signal_unsafe=0 allocator_may_return_null=1"
export ASAN_OPTIONS="detect_leaks=1 exitcode=67 allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1 print_stacktrace=1"
SAN_BINS="bin/interp-gil-tsan bin/interp-nogil-tsan bin/interp-gil-asan bin/interp-nogil-asan"

passed=0; failed=0; summary=()
t0=$(date +%s)
step() { # number title command...
    local num=$1 title=$2; shift 2
    if [ -n "${STEPS:-}" ] && ! [[ " $STEPS " == *" $num "* ]]; then return; fi
    echo
    echo "==== step $num: $title"
    local s=$(date +%s)
    "$@"
    local rc=$? d=$(( $(date +%s) - s ))
    if [ $rc -eq 0 ]; then passed=$((passed + 1)); summary+=("  ok      $num $title (${d}s)")
    else failed=$((failed + 1)); summary+=("  FAILED  $num $title (${d}s)"); fi
}

build_all() {
    make -s -j"$JOBS" bin/interp-gil bin/interp-nogil bin/interp-racy bin/interp-racy-tsan \
        bin/interp-gil-tsan bin/interp-nogil-tsan bin/interp-gil-asan bin/interp-nogil-asan \
        bin/interp-gil-checked bin/interp-nogil-checked unit-bins bin/twinpy-trace
}
programs_and_bad_input() {
    local rc=0
    tests/run_programs.sh bin/interp-gil bin/interp-nogil || rc=1
    tests/bad_input.sh bin/interp-gil bin/interp-nogil || rc=1
    return $rc
}
san_programs() { TIMEOUT=180 tests/run_programs.sh $SAN_BINS; }
stress_short() { THREADS="2 4" REPS=1 ITERS_PCT=50 QUIET=1 SHOW_FAILURES=5 stress/run.sh; }
stress_san() { BINS="$SAN_BINS" THREADS="4" REPS=1 ITERS_PCT=10 TIMEOUT=120 QUIET=1 SHOW_FAILURES=5 stress/run.sh; }
control() { THREADS=4 REPS=2 ITERS_PCT=50 TIMEOUT=15 stress/control.sh; }
CHECKED_BINS="bin/interp-gil-checked bin/interp-nogil-checked"
checked() {
    local rc=0
    tests/run_programs.sh $CHECKED_BINS || rc=1
    BINS="$CHECKED_BINS" THREADS="2 4" REPS=1 ITERS_PCT=25 QUIET=1 SHOW_FAILURES=5 stress/run.sh || rc=1
    return $rc
}
# random racy programs: 45 s on the release builds, 15 s on the
# free-threaded TSan build; any failure fails the step
fuzz_short() {
    local rc=0
    SECONDS=45 QUIET=1 SHRINK=20 MAX_SHRINK=2 stress/fuzz/run.sh || rc=1
    SECONDS=15 SEED=1000 SCALE=25 TIMEOUT=120 QUIET=1 SHRINK=0 BINS=bin/interp-nogil-tsan stress/fuzz/run.sh || rc=1
    return $rc
}
instruments() { tests/instr/run.sh "$top/bin/interp-gil" "$top/bin/interp-nogil" $(printf "$top/%s " $SAN_BINS); }

step 1 "build: release, racy, TSan, ASan+UBSan, checked, unit tests" build_all
step 2 "shared/ never asks which build it is in" make -s check-policy
step 3 "Check unit tests (both builds, and checked)" tests/unit/run.sh
step 4 "program tests and bad input (both builds)" programs_and_bad_input
step 5 "leak check: every object freed at exit" env LEAKCHECK=1 tests/run_programs.sh bin/interp-gil bin/interp-nogil
step 6 "stress, short pass (both builds)" stress_short
step 7 "program tests under TSan and ASan+UBSan" san_programs
step 8 "stress, short pass, under TSan and ASan+UBSan" stress_san
step 9 "negative control: the racy build is caught" control
step 10 "instruments: traces and lock statistics (release and sanitizer builds)" instruments
step 11 "concurrency fuzzer, one-minute pass (release builds, TSan)" fuzz_short
step 12 "checked builds: program tests and a short stress pass" checked
step 13 "bad-argument fuzzer, every case, under ASan+UBSan" env CHUNK=2000 TIMEOUT=120 stress/fuzz/badargs.sh
step 14 "source-text fuzzer, every 10th chunk, under ASan+UBSan" env CHUNK=2000 EVERY=10 TIMEOUT=120 stress/fuzz/chunked.sh source

echo
echo "==== summary ($(( $(date +%s) - t0 ))s)"
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
