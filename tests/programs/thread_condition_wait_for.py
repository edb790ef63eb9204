# Condition.wait_for with a predicate, with and without a timeout.
import threading

cond = threading.Condition()
state = {"n": 0}

def bump(times):
    for _ in range(times):
        with cond:
            state["n"] += 1
            cond.notify_all()

t = threading.Thread(target=bump, args=(50,))
with cond:
    t.start()
    got = cond.wait_for(lambda: state["n"] >= 50)
    print("wait_for returned", got, "n =", state["n"])
t.join()

with cond:
    r = cond.wait_for(lambda: state["n"] > 1000, timeout=0.05)
    print("timed out wait_for:", r)
    r = cond.wait_for(lambda: state["n"], timeout=0.05)
    print("true at once returns the value:", r)

# several threads each waiting for their turn: prints are ordered by turn
turn = [0]
out = []
def take_turn(i):
    with cond:
        cond.wait_for(lambda: turn[0] == i)
        out.append("turn %d" % i)
        turn[0] += 1
        cond.notify_all()
threads = [threading.Thread(target=take_turn, args=(i,)) for i in (4, 2, 0, 3, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
