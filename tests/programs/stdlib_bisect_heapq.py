# bisect (with key=) and heapq, the same lists as CPython's after every step
import bisect, heapq
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect(a, 1, -1)
except ValueError as e: print(e)
h = []
for x in [5, 1, 8, 3, 2, 9, 4]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
xs = [9, 8, 7, 6, 5, 4, 3, 2, 1]; heapq.heapify(xs); print(xs)
print(heapq.heapreplace(xs, 10), heapq.heappushpop(xs, 0), xs)
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, [5, 1, 4, 2, 3]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge([7, 4, 1], [5, 2], reverse=True)))
print(list(heapq.merge(["a", "bb"], ["cc", "d"], key=len)))
print([heapq.heappop(xs) for _ in range(len(xs))])
try: heapq.heappop([])
except IndexError as e: print(e)
