# Bubble, insertion, merge and quick sort on LCG pseudo-random data, compared with sorted().
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
def bubble(a):
    a = list(a)
    swaps = 0
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def quick_sort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    less = [x for x in a if x < pivot]
    equal = [x for x in a if x == pivot]
    more = [x for x in a if x > pivot]
    return quick_sort(less) + equal + quick_sort(more)
data = [rand() % 1000 for _ in range(30)]
print("data:", data)
b, swaps = bubble(data)
print("bubble:", b, "swaps:", swaps)
print("insertion == bubble:", insertion(data) == b)
print("merge == bubble:", merge_sort(data) == b)
print("quick == bubble:", quick_sort(data) == b)
print("sorted == bubble:", sorted(data) == b)
big = [rand() % 100000 for _ in range(2000)]
ref = sorted(big)
print(merge_sort(big) == ref, quick_sort(big) == ref, insertion(big[:300]) == sorted(big[:300]))
print("min/max/median:", ref[0], ref[-1], ref[len(ref) // 2])
words = "pear apple fig banana cherry date elderberry grape".split()
print(merge_sort(words), quick_sort(words), bubble(words)[0] == sorted(words))
print(bubble([]), merge_sort([1]), quick_sort([2, 1]), bubble([3, 2, 1]))
print(quick_sort([5, 5, 5, 1, 1]), merge_sort([-1, -3, 2, 0]))
