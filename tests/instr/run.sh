#!/usr/bin/env bash
# tests/instr/run.sh - the instruments, on both builds (a step of make test).
#   1 every program here runs with -X trace and -X lockstats and prints what
#     CPython printed (NAME.out); its trace (and a forked child's) passes
#     bin/twinpy-trace check: valid JSON, each begin has its end on the same
#     thread, spans nest, time never goes back on a thread, at most one
#     thread holds the GIL at any instant
#   2 lock_count.py: T threads x N acquisitions of one Lock are T*N
#     acquisitions on the marked line (the CSV)
#   3 nosharing.py: no contended site (the GIL build runs it in the main
#     thread: any second thread there shares the GIL)
#   4 shared_append.py: without a GIL the list's lock is contended at the
#     marked line and named list.append; with the GIL it never is
#   5 the checker rejects broken traces (traces/bad_*.json) and accepts
#     good ones; the timeline script is made (and drawn where gnuplot is)
#   6 bad command lines and the environment variables
# Needs bash, awk, grep; never python.  Usage: tests/instr/run.sh [BIN...]
set -u
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cd "$here" || exit 2
tool=$top/bin/twinpy-trace
[ -x "$tool" ] || { echo "instr: $tool is missing (make)"; exit 2; }
BINS=${*:-"$top/bin/interp-gil $top/bin/interp-nogil"}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# the CSV rows of a section: section,file,line,operation,type,acquisitions,contended,...
rows() { awk -F, -v s="$2" 'NR > 1 && $1 == s' "$1"; }
marked_line() { grep -n "$2" "$1" | head -n 1 | cut -d: -f1; }

for bin in $BINS; do
  b=$(basename "$bin")
  [ -x "$bin" ] || { bad "$b: no such interpreter $bin"; continue; }
  # ---- 1: every program, its output, its trace ----
  for py in *.py; do
    n=${py%.py}
    args=(); [ -f "$n.args" ] && read -r -a args < "$n.args"
    out=$tmp/$n-$b
    timeout 120 "$bin" -X trace="$out.json" -X lockstats="$out.txt" "$py" "${args[@]}" > "$out.stdout" 2> "$out.stderr"
    rc=$?
    if [ $rc -ne 0 ]; then bad "$b $n: exit $rc: $(tail -n 2 "$out.stderr")"; continue; fi
    if cmp -s "$out.stdout" "$n.out"; then ok; else bad "$b $n: output differs from $n.out"; fi
    for t in "$out.json" "$out".[0-9]*.json; do
      [ -f "$t" ] || continue
      if msg=$("$tool" check "$t" 2>&1); then ok; else bad "$b $n: $msg"; fi
    done
    [ -s "$out.csv" ] && grep -q '^== lockstats' "$out.txt" && ok || bad "$b $n: no lock report in $out.txt / .csv"
  done
  # the forked child wrote its own trace and report
  if ls "$tmp/forked-$b".[0-9]*.json > /dev/null 2>&1 && ls "$tmp/forked-$b".[0-9]*.txt > /dev/null 2>&1; then ok
  else bad "$b forked: the child's trace or report (forked-$b.PID.json/.txt) is missing"; fi
  # a GIL build's traces have GIL spans, and the cpu-bound threads of mixed.py took turns
  if [ "$b" = interp-gil ] || [ "$b" = interp-gil-tsan ] || [ "$b" = interp-gil-asan ]; then
    if grep -q '"holding the GIL"' "$tmp/mixed-$b.json"; then ok; else bad "$b mixed: no GIL spans in the trace"; fi
  fi

  # ---- 2: T x N acquisitions on the marked line ----
  read -r T N < lock_count.args
  line=$(marked_line lock_count.py "the counted line")
  got=$(rows "$tmp/lock_count-$b.csv" contended | awk -F, -v l="$line" '$3 == l && $4 == "threading.Lock.acquire" { s += $6 } END { print s + 0 }')
  if [ "$got" = $((T * N)) ]; then ok; else bad "$b lock_count: $got acquisitions on lock_count.py:$line, expected $((T * N))"; fi

  # ---- 3: no sharing, no contended site ----
  nt=3; case $b in *gil*) case $b in *nogil*) ;; *) nt=0;; esac;; esac
  read -r _ NN < nosharing.args
  "$bin" -X lockstats="$tmp/ns-$b.txt" nosharing.py $nt "$NN" > /dev/null 2>&1 || bad "$b nosharing T=$nt: failed"
  c=$(rows "$tmp/ns-$b.csv" contended | awk -F, '$7 > 0' | wc -l)
  if [ "$c" = 0 ]; then ok; else bad "$b nosharing T=$nt: $c contended site(s): $(rows "$tmp/ns-$b.csv" contended | awk -F, '$7 > 0' | head -n 3 | tr '\n' ' ')"; fi
  "$bin" -X lockstats="$tmp/ns1-$b.txt" nosharing.py 0 "$NN" > /dev/null 2>&1 || bad "$b nosharing T=0: failed"
  c=$(rows "$tmp/ns1-$b.csv" contended | awk -F, '$7 > 0' | wc -l)
  if [ "$c" = 0 ]; then ok; else bad "$b nosharing T=0: $c contended site(s)"; fi

  # ---- 4: one shared list ----
  line=$(marked_line shared_append.py "the contended line")
  c=$(rows "$tmp/shared_append-$b.csv" contended | awk -F, -v l="$line" '$3 == l && $4 == "list.append" && $5 == "list" { s += $7 } END { print s + 0 }')
  case $b in
    interp-nogil*) if [ "$c" -gt 0 ]; then ok; else bad "$b shared_append: no contended list.append on line $line"; fi ;;
    interp-gil*) if [ "$c" = 0 ]; then ok; else bad "$b shared_append: the GIL build reports a contended list lock"; fi ;;
  esac
done

# ---- 5: the checker itself, and the drawing ----
for t in traces/bad_*.json; do
  if "$tool" check "$t" > /dev/null 2>&1; then bad "twinpy-trace check accepted $t"; else ok; fi
done
for t in traces/good_*.json; do
  if msg=$("$tool" check "$t" 2>&1); then ok; else bad "twinpy-trace check rejected $t: $msg"; fi
done
first=$(ls "$tmp"/mixed-*.json 2>/dev/null | head -n 1)
if [ -n "$first" ]; then
  if "$tool" timeline "$first" --svg "$tmp/m.svg" --png "$tmp/m.png" --title mixed > "$tmp/m.gp" && grep -q boxxyerror "$tmp/m.gp"; then ok
  else bad "twinpy-trace timeline made no script"; fi
  if command -v gnuplot > /dev/null 2>&1; then
    if gnuplot "$tmp/m.gp" 2> "$tmp/gp.err" && [ -s "$tmp/m.svg" ] && [ -s "$tmp/m.png" ]; then ok
    else bad "gnuplot could not draw the timeline: $(tail -n 2 "$tmp/gp.err")"; fi
  else echo "note: gnuplot is not installed: the timeline script was checked but not drawn"; fi
  if "$tool" timeline "$first" --from 5 --to 1 --svg "$tmp/x.svg" > /dev/null 2>&1; then bad "an empty window was accepted"; else ok; fi
fi

# ---- 6: command line and environment ----
for bin in $BINS; do
  b=$(basename "$bin")
  "$bin" -X trace -c 'pass' > /dev/null 2>&1; [ $? = 2 ] && ok || bad "$b: -X trace without a file must exit 2"
  "$bin" -X trace="$tmp/no/such/dir/t.json" -c 'pass' > /dev/null 2> "$tmp/e"
  [ $? = 2 ] && grep -q "cannot write the trace" "$tmp/e" && ok || bad "$b: an unwritable trace file must exit 2 with a message"
  "$bin" -X lockstats="$tmp/no/such/dir/s.txt" -c 'pass' > /dev/null 2>&1; [ $? = 2 ] && ok || bad "$b: an unwritable lockstats file must exit 2"
  TWINPY_TRACE=$tmp/env-$b.json "$bin" -c 'import time; time.sleep(0.001)' > /dev/null 2>&1
  "$tool" check "$tmp/env-$b.json" > /dev/null 2>&1 && grep -q '"time.sleep"' "$tmp/env-$b.json" && ok || bad "$b: TWINPY_TRACE made no trace"
  TWINPY_LOCKSTATS=1 "$bin" -c 'print(1)' 2> "$tmp/e" > /dev/null
  grep -q '^== lockstats' "$tmp/e" && ok || bad "$b: TWINPY_LOCKSTATS=1 printed no report on stderr"
  "$bin" -Xlockstats -c 'import sys; sys.exit(3)' > /dev/null 2> "$tmp/e"
  [ $? = 3 ] && grep -q '^== lockstats' "$tmp/e" && ok || bad "$b: -Xlockstats with sys.exit(3): exit status or report lost"
done

echo "instruments: $pass passed, $fail failed"
[ $fail -eq 0 ]
