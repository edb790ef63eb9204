# sys.stdin and input() read standard input together: readline, iteration,
# read, input() with a prompt, CRLF kept as CPython keeps it, EOFError at the end.
import sys
first = input()
print(repr(first))
second = sys.stdin.readline()
print(repr(second))
print(repr(input("prompt> ")))
for line in sys.stdin:
    print("line:", repr(line))
    if line.startswith("stop"):
        break
rest = sys.stdin.read()
print(repr(rest))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.name, sys.stdin.closed)
