# N-queens: count and print solutions via backtracking.
def solve(n):
    solutions = []
    cols = [0] * n
    used_cols = set()
    diag1 = set()
    diag2 = set()
    def place(row):
        if row == n:
            solutions.append(list(cols))
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            place(row + 1)
            used_cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)
    place(0)
    return solutions
def board(sol):
    n = len(sol)
    return "\n".join("".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))
for n in range(1, 9):
    sols = solve(n)
    print("n=%d: %d solutions" % (n, len(sols)))
six = solve(6)
for s in six:
    print(s)
    print(board(s))
    print()
eight = solve(8)
print("first 8-queens solution:", eight[0])
print("last 8-queens solution:", eight[-1])
def valid(sol):
    n = len(sol)
    for i in range(n):
        for j in range(i + 1, n):
            if sol[i] == sol[j] or abs(sol[i] - sol[j]) == j - i:
                return False
    return True
print("all valid:", all(valid(s) for s in eight))
