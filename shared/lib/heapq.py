# heapq - the heap queue algorithm on plain lists, as CPython's heapq (3.11):
# the same sift order, so the same list after every operation.  Written for
# twinpy.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _siftdown(heap, startpos, pos):
    # move heap[pos] up towards startpos until its parent is not greater
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _siftup(heap, pos):
    # sink heap[pos] to a leaf along the smaller children, then sift it back up
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def _check_list(heap, fname):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (fname, type(heap).__name__))


def heappush(heap, item, /):
    _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapreplace(heap, item, /):
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


def heappushpop(heap, item, /):
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x, /):
    _check_list(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


# the max-heap forms nlargest and merge(reverse=True) use
def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heapreplace_max(heap, item):
    top = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return top


def merge(*iterables, key=None, reverse=False):
    # a heap of [value, order, next] entries, one per live iterator; order
    # keeps equal values in the order of their iterables (a stable merge)
    h = []
    if reverse:
        _heapify_ = _heapify_max
        _replace = _heapreplace_max
        _pop_sift = _siftup_max
    else:
        _heapify_ = heapify
        _replace = heapreplace
        _pop_sift = _siftup
    direction = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            v = nxt()
        except StopIteration:
            continue
        h.append([v if key is None else key(v), order * direction, v, nxt])
    _heapify_(h)
    while len(h) > 1:
        try:
            while True:
                s = h[0]
                yield s[2]
                s[2] = s[3]()
                s[0] = s[2] if key is None else key(s[2])
                _replace(h, s)
        except StopIteration:
            last = h.pop()
            if h:
                h[0] = last
                _pop_sift(h, 0)
    if h:
        s = h[0]
        yield s[2]
        nxt = s[3]
        while True:
            try:
                yield nxt()
            except StopIteration:
                return


def nsmallest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key)[:n] if n > 0 else []


def nlargest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key, reverse=True)[:n] if n > 0 else []
