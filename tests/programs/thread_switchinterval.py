# sys.setswitchinterval/getswitchinterval round trip, with threads running.
import sys
import threading

print("default:", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("after set 0.001:", sys.getswitchinterval())
sys.setswitchinterval(0.25)
print("after set 0.25:", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(type(sys.getswitchinterval()).__name__)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setswitchinterval(-1.0)
except ValueError as e:
    print("ValueError:", e)
print("unchanged:", sys.getswitchinterval())

sys.setswitchinterval(1e-6)
total = [0] * 4
def spin(i):
    x = 0
    for _ in range(20000):
        x += 1
    total[i] = x
threads = [threading.Thread(target=spin, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("tiny interval results:", total)
sys.setswitchinterval(0.005)
print("restored:", sys.getswitchinterval())
