# multiprocessing.Process: target/args/kwargs/name, start/join, exitcode,
# is_alive, pid. Children print only while the parent waits in join.
import multiprocessing
import os

def greet(who, punct="!", *, times=1):
    for _ in range(times):
        print("hello " + who + punct)

p = multiprocessing.Process(target=greet, args=("world",))
print("name:", p.name)
print("before start: alive", p.is_alive(), "exitcode", p.exitcode, "pid", p.pid)
p.start()
p.join()
print("after join: alive", p.is_alive(), "exitcode", p.exitcode)
print("pid int:", isinstance(p.pid, int), "differs from parent:", p.pid != os.getpid())

p2 = multiprocessing.Process(target=greet, args=("kwargs",), kwargs={"punct": "?", "times": 2})
print("second default name:", p2.name)
p2.start()
p2.join()
print("exitcode", p2.exitcode)

p3 = multiprocessing.Process(target=greet, kwargs={"who": "named"}, name="my-proc")
print("explicit name:", p3.name)
p3.start()
p3.join()
print("exitcode", p3.exitcode)

# a Process without a target exits with 0
p4 = multiprocessing.Process()
p4.start()
p4.join()
print("no target exitcode", p4.exitcode)

# the child's pid is its own os.getpid()
def show_pid_ok(parent):
    print("child pid differs from parent:", os.getpid() != parent)
p5 = multiprocessing.Process(target=show_pid_ok, args=(os.getpid(),))
p5.start()
p5.join()
print("done, exitcodes:", [x.exitcode for x in (p, p2, p3, p4, p5)])
