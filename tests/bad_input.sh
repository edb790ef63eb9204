#!/usr/bin/env bash
# Bad input gets a clear one-line error and a non-zero exit, never a crash
# or a hang: missing files, directories, binary garbage, NUL bytes, invalid
# UTF-8, a 10 MB line, 10,000 nested brackets, deep nesting, bad options.
#   tests/bad_input.sh [BIN...]     default: bin/interp-gil bin/interp-nogil
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
bins=("$@"); [ ${#bins[@]} -eq 0 ] && bins=("$top/bin/interp-gil" "$top/bin/interp-nogil")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0

# case NAME EXPECTED-STATUS EXPECTED-LAST-STDERR-LINE(substring, "" = none) -- COMMAND...
check() {
    local name=$1 want=$2 msg=$3; shift 4
    timeout -k 5 30 "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null
    local rc=$? last
    last=$(grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1)
    if [ "$rc" = "$want" ] && { [ -z "$msg" ] || [[ "$last" == *"$msg"* ]]; }; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $(basename "$b") $name: status $rc (want $want), last stderr line: $last"
    fi
}

# the inputs
head -c 4096 /dev/urandom | tr -d '\n' | sed 's/^/\xff/' > "$tmp/garbage.py"
printf 'x = 1\0\nprint(x)\n' > "$tmp/nul.py"
printf 'print("ok")\nx = "\xff\xfe"\n' > "$tmp/utf8.py"
{ printf 'x = "'; head -c 10000000 /dev/zero | tr '\0' 'a'; printf '"\nprint(len(x))\n'; } > "$tmp/longline.py"
{ printf 'x = 1'; for i in $(seq 1 20000); do printf '+1'; done; printf '\nprint(x)\n'; } > "$tmp/longexpr.py"
{ printf 'x = '; head -c 10000 /dev/zero | tr '\0' '['; head -c 10000 /dev/zero | tr '\0' ']'; echo; } > "$tmp/brackets.py"
{ printf 'x = '; head -c 5000 /dev/zero | tr '\0' '-'; printf '1\n'; } > "$tmp/unary.py"
printf 'def f(n):\n    return f(n + 1)\nf(0)\n' > "$tmp/recurse.py"
printf 'x = [0] * (10**12)\n' > "$tmp/bigalloc.py"
printf 'print("partial")\nif True\n    pass\n' > "$tmp/syntax.py"
printf 'open("%s/no/such/dir/x.txt", "w")\n' "$tmp" > "$tmp/openmissing.py"
printf 'open("%s", "rbt")\n' "$tmp/nul.py" > "$tmp/openbadmode.py"
# an unclosed file is flushed at exit, also through SystemExit and an uncaught error
printf 'import sys\nf = open(sys.argv[1], "w")\nf.write("kept\\n")\nraise SystemExit(3)\n' > "$tmp/unclosed.py"
printf 'import sys\nclass C: pass\nc = C()\nc.me = c\nc.f = open(sys.argv[1], "w")\nc.f.write("kept\\n")\n1 / 0\n' > "$tmp/unclosed_cycle.py"

# case NAME EXPECTED-STATUS FILE EXPECTED-CONTENT -- COMMAND...: the status and what FILE holds after
check_file() {
    local name=$1 want=$2 file=$3 content=$4; shift 5
    rm -f "$file"
    timeout -k 5 30 "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null
    local rc=$?
    if [ "$rc" = "$want" ] && [ "$(cat "$file" 2>/dev/null)" = "$content" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $(basename "$b") $name: status $rc (want $want), $file holds '$(cat "$file" 2>/dev/null)' (want '$content')"
    fi
}

for b in "${bins[@]}"; do
    check missing-file   2 "No such file or directory"               -- "$b" "$tmp/does-not-exist.py"
    check directory      1 "it is a directory"                       -- "$b" "$tmp"
    check binary-garbage 1 "SyntaxError:"                            -- "$b" "$tmp/garbage.py"
    check nul-bytes      1 "source code cannot contain null bytes"   -- "$b" "$tmp/nul.py"
    check invalid-utf8   1 "SyntaxError: Non-UTF-8 code"             -- "$b" "$tmp/utf8.py"
    check 10MB-line      0 ""                                        -- "$b" "$tmp/longline.py"
    check long-expr      1 "RecursionError: maximum recursion depth exceeded during compilation" -- "$b" "$tmp/longexpr.py"
    check 10k-brackets   1 "SyntaxError: too many nested parentheses" -- "$b" "$tmp/brackets.py"
    check deep-unary     1 "MemoryError"                             -- "$b" "$tmp/unary.py"
    check recursion      1 "RecursionError: maximum recursion depth exceeded" -- "$b" "$tmp/recurse.py"
    check huge-alloc     1 "MemoryError"                             -- "$b" "$tmp/bigalloc.py"
    check syntax-error   1 "SyntaxError: expected ':'"               -- "$b" "$tmp/syntax.py"
    check bad-option     2 "-h' for more information"               -- "$b" --no-such-option
    check dash-c-no-arg  2 "-h' for more information"               -- "$b" -c
    check bad-X          2 "-h' for more information"               -- "$b" -X nosuch
    check open-missing   1 "FileNotFoundError: [Errno 2] No such file or directory" -- "$b" "$tmp/openmissing.py"
    check open-bad-mode  1 "ValueError: can't have text and binary mode at once" -- "$b" "$tmp/openbadmode.py"
    check_file unclosed-exit  3 "$tmp/kept.txt" kept -- "$b" "$tmp/unclosed.py" "$tmp/kept.txt"
    check_file unclosed-cycle 1 "$tmp/kept.txt" kept -- "$b" "$tmp/unclosed_cycle.py" "$tmp/kept.txt"
done
echo "bad input: $pass passed, $fail failed"
[ $fail -eq 0 ]
