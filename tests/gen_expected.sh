#!/usr/bin/env bash
# Regenerate the expected output of program tests with CPython (the oracle).
#   tests/gen_expected.sh                 every tests/programs/*.py
#   tests/gen_expected.sh NAME...         only these (name without .py)
# For each NAME.py it writes NAME.out (stdout). When CPython exits non-zero it
# also writes NAME.exit (the exit status) and NAME.err (the last stderr line).
# Optional inputs: NAME.args (command-line arguments, one line, split on
# blanks) and NAME.stdin (standard input). Files named lib_*.py are modules the
# tests import, not tests. Only maintainers run this; `make test` never needs
# python3.
set -u
PY=${PYTHON:-python3}
export PYTHONDONTWRITEBYTECODE=1  # keep __pycache__/ (from lib_*.py imports) out of tests/programs
cd "$(dirname "$0")/programs" || exit 2
command -v "$PY" >/dev/null || { echo "gen_expected: $PY not found" >&2; exit 2; }
if [ $# -gt 0 ]; then names=("$@"); else
  names=(); for f in *.py; do case $f in lib_*) continue;; esac; names+=("${f%.py}"); done
fi
for n in "${names[@]}"; do
  n=${n%.py}
  args=(); [ -f "$n.args" ] && read -r -a args < "$n.args"
  in=/dev/null; [ -f "$n.stdin" ] && in=$n.stdin
  timeout 120 "$PY" "$n.py" "${args[@]}" < "$in" > "$n.out" 2> /tmp/gen_expected.$$.err
  rc=$?
  rm -f "$n.exit" "$n.err"
  if [ $rc -ne 0 ]; then
    echo "$rc" > "$n.exit"
    grep -v '^[[:space:]]*$' /tmp/gen_expected.$$.err | tail -n 1 > "$n.err"
  fi
  echo "$n: exit $rc"
done
rm -f /tmp/gen_expected.$$.err
