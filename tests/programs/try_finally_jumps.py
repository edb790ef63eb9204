# break/continue/return inside finally while a return is pending (the
# pending value is dropped or replaced, as in CPython).
def a():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return "end"
def b():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                return [i, j]
            finally:
                break
        out.append(i)
    return out
def c():
    try:
        return "try"
    finally:
        return "finally"
def d():
    for i in range(2):
        try:
            try:
                return "inner"
            finally:
                if i == 0:
                    continue
        finally:
            pass
    return "after"
def e():
    r = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            r.append(i)
            continue
    return r
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit"); return False
def f():
    for i in range(2):
        with CM():
            try:
                return "with"
            finally:
                continue
    return "done"
def g():
    total = 0
    for i in range(5):
        try:
            if i % 2:
                return total
        finally:
            total += i
            if i < 4:
                continue
    return total
print(a(), b(), c(), d(), e(), f(), g())
