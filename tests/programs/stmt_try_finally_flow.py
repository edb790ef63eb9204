# finally interacting with return / break / continue and exceptions.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def count_finally():
    log = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
                log.append("ok%d" % i)
            finally:
                log.append("f%d" % i)
        except KeyError as e:
            log.append("caught" + str(e))
    return log
print(count_finally())
def value_in_finally():
    x = 1
    try:
        x = 2
        return x
    finally:
        x = 3
        print("x set to", x)
print(value_in_finally())
def exc_passes_through():
    try:
        raise IndexError("through")
    finally:
        print("cleanup")
try:
    exc_passes_through()
except IndexError as e:
    print("outer got", e)
i = 0
while True:
    try:
        i += 1
        if i >= 3:
            break
    finally:
        print("while finally", i)
print("done", i)
