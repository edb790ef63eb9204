# Compiled regular expressions and the re module's pattern cache shared by
# every thread, with json encoding and decoding of shared data, no locks.
# A compiled pattern keeps no matching state, so threads that search,
# substitute and split with the same pattern object (and the module-level
# functions, which share one cache) must each get exactly the answers they
# would get alone.  Invariant: every result is checked against the value
# the thread built; json round trips return what went in.
# Usage: regex_json_shared.py [THREADS] [ITERS]; prints one verdict line
# "OK regex_json_shared ..." or "FAIL regex_json_shared: ..." (exit status 1).
import sys
import threading
import re
import json

NAME = "regex_json_shared"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 1500
errors = []


def run_all(worker, n):
    # start n threads running worker(i), released together, and join them;
    # an unexpected exception in a thread is recorded as a failure
    go = threading.Event()

    def wrapped(i):
        go.wait()
        try:
            worker(i)
        except BaseException as e:
            errors.append("thread %d raised %s: %s" % (i, type(e).__name__, e))

    ts = [threading.Thread(target=wrapped, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    go.set()
    for t in ts:
        t.join()


def verdict(problems, facts):
    problems = errors[:3] + problems
    if problems:
        print("FAIL %s: %s" % (NAME, "; ".join(problems)))
        sys.exit(1)
    print("OK %s %s" % (NAME, facts))
    sys.exit(0)


PAIR = re.compile(r"(?P<key>[a-z]+)(\d+)=(?P<val>\w+?);")
WORDS = re.compile(r"\b\w+\b")
shared_docs = []  # json texts appended by every thread
done = [0] * threads


def worker(i):
    seed = i * 7919 + 13
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = "abcdefgh"[seed % 8] * (1 + seed % 3)
        num = seed % 1000
        val = "v%d_%d" % (i, n)
        text = "junk %s%d=%s; tail" % (k, num, val)
        m = PAIR.search(text)
        if not m or m.group("key") != k or m.group(2) != str(num) or m.group("val") != val:
            errors.append("thread %d: search gave %r for %r" % (i, m and m.groups(), text))
            return
        if m.span() != (5, 5 + len(k) + len(str(num)) + 1 + len(val) + 1):
            errors.append("thread %d: span %r for %r" % (i, m.span(), text))
            return
        swapped = PAIR.sub(lambda mm: mm.group("val") + "=" + mm.group("key") + ";", text)
        if swapped != "junk %s=%s; tail" % (val, k):
            errors.append("thread %d: sub gave %r" % (i, swapped))
            return
        if WORDS.findall(text) != ["junk", "%s%d" % (k, num), val, "tail"]:
            errors.append("thread %d: findall gave %r" % (i, WORDS.findall(text)))
            return
        # the module-level functions share the pattern cache
        pat = "t%d-(\\d+)" % (n % 5)
        got = re.findall(pat, "t%d-%d t%d-%d" % (n % 5, i, n % 5, n))
        if got != [str(i), str(n)]:
            errors.append("thread %d: re.findall(%r) gave %r" % (i, pat, got))
            return
        if re.split(r"[,;]\s*", "%d, %d;%d" % (i, n, num)) != [str(i), str(n), str(num)]:
            errors.append("thread %d: split" % i)
            return
        doc = {"thread": i, "n": n, "key": k, "vals": [num, val, n * 0.5], "ok": True}
        s = json.dumps(doc, sort_keys=True)
        if json.loads(s) != doc:
            errors.append("thread %d: json round trip of %r" % (i, s))
            return
        if n % 50 == 0:
            shared_docs.append(s)
    done[i] = iters


run_all(worker, threads)
problems = []
if done != [iters] * threads:
    problems.append("threads finished %r iterations, expected %d each" % (done, iters))
seen = {}
for s in shared_docs:
    d = json.loads(s)
    seen.setdefault(d["thread"], []).append(d["n"])
for i in range(threads):
    want = list(range(0, iters, 50))
    if not errors and sorted(seen.get(i, [])) != want:
        problems.append("thread %d's shared documents: %r" % (i, sorted(seen.get(i, []))[:5]))
verdict(problems, "threads=%d iters=%d docs=%d" % (threads, iters, len(shared_docs)))
