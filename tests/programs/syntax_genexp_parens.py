# A generator expression among other arguments needs its own brackets.
print(sum(x for x in range(3)))
print(x for x in range(3), 1)
