# concurrent.futures.thread - ThreadPoolExecutor, as in CPython's
# concurrent.futures (3.11): a pool of worker threads, started one at a
# time as work arrives, up to max_workers, and reused when idle.
# Written for twinpy.
#
# Each executor keeps its queue of work, its threads and its counters
# under one lock; workers sleep on a Condition over that lock. A worker
# counts as free from the moment its call returns (before the future is
# finished), so a caller that waits for each result before submitting the
# next call is served by one thread, every time.
#
# At interpreter exit the work already queued on executors that were never
# shut down is run to the end and their workers are joined, as CPython
# does. The hook that does this goes through threading._register_atexit
# where threading has it; twinpy's threading has not, so the module wraps
# threading._shutdown (which the interpreter calls at exit, before it waits
# for non-daemon threads) to run the hook first.
#
# Deviations:
#   - An executor dropped without shutdown() keeps its (idle) threads until
#     interpreter exit: twinpy has no weakref to notice that it is gone.
#   - shutdown(cancel_futures=True) leaves the dropped futures cancelled
#     *and notified*, so wait() and as_completed() count them as complete
#     (CPython leaves them merely cancelled, so waiting on them blocks).
#   - A queued future that a caller finished or notified by hand is skipped
#     by the worker (CPython logs an error and the worker thread ends).
#   - shutdown(wait=True) called from one of the pool's own workers skips
#     joining that worker (CPython raises RuntimeError).
#   - An exception raised by the initializer is reported on stderr as
#     "Exception in initializer:" followed by the exception's last line.
import os
import threading
from collections import deque
from concurrent.futures import _base

_exit_lock = threading.Lock()
_exiting = False          # set once, when the interpreter begins to exit
_live_pools = set()       # executors that may have worker threads left
_pool_count = [0]         # for the default thread name prefix


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread's initializer failed; the pool can take no work."""


def _at_exit():
    # finish the queued work of every executor and join its workers
    global _exiting
    with _exit_lock:
        _exiting = True
        pools = list(_live_pools)
    for pool in pools:
        pool._wake_workers()
    for pool in pools:
        pool._join_workers()


def _install_exit_hook():
    register = getattr(threading, '_register_atexit', None)
    if register is not None:
        register(_at_exit)
        return
    previous = threading._shutdown

    def _shutdown():
        try:
            _at_exit()
        finally:
            previous()
    threading._shutdown = _shutdown


_install_exit_hook()


def _next_pool_number():
    with _exit_lock:
        n = _pool_count[0]
        _pool_count[0] = n + 1
        return n


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls on a pool of at most max_workers threads
    (default min(32, os.cpu_count() + 4)); each thread runs
    initializer(*initargs) first and is named thread_name_prefix + '_N'."""

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % _next_pool_number()))
        self._initializer = initializer
        self._initargs = initargs
        self._shutdown_lock = threading.Lock()
        self._work_ready = threading.Condition(self._shutdown_lock)
        self._work_queue = deque()   # _WorkItems not yet taken by a worker
        self._threads = set()        # every worker thread started
        self._free = 0               # started workers not running a call
        self._alive = 0              # started workers not yet ended
        self._shutdown = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker; return its Future."""
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            spawn = (len(self._work_queue) >= self._free and
                     len(self._threads) < self._max_workers)
            with _exit_lock:
                if _exiting:
                    raise RuntimeError('cannot schedule new futures after '
                                       'interpreter shutdown')
                if spawn:
                    _live_pools.add(self)
            f = _base.Future()
            self._work_queue.append(_WorkItem(f, fn, args, kwargs))
            if spawn:
                try:
                    self._start_worker()
                except BaseException:
                    self._work_queue.pop()
                    raise
            self._work_ready.notify()
        return f

    def _start_worker(self):
        # under self._shutdown_lock
        name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
        t = threading.Thread(name=name, target=self._worker)
        self._threads.add(t)
        self._free += 1
        self._alive += 1
        try:
            t.start()
        except BaseException:
            self._threads.discard(t)
            self._free -= 1
            self._alive -= 1
            raise

    def _retire(self):
        # under self._shutdown_lock: the calling worker ends
        self._free -= 1
        self._alive -= 1
        if self._alive == 0:
            with _exit_lock:
                _live_pools.discard(self)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as e:
                _base._report('Exception in initializer:', e)
                e = None
                self._initializer_failed()
                return
        while True:
            with self._shutdown_lock:
                while not self._work_queue:
                    if self._shutdown or self._broken or _exiting:
                        self._retire()
                        return
                    self._work_ready.wait()
                item = self._work_queue.popleft()
                self._free -= 1
            self._run(item)
            item = None

    def _now_free(self):
        with self._shutdown_lock:
            self._free += 1

    def _run(self, item):
        f = item.future
        if not f._claim():
            self._now_free()
            return
        try:
            result = item.fn(*item.args, **item.kwargs)
        except BaseException as e:
            self._now_free()
            try:
                f.set_exception(e)
            except _base.InvalidStateError:
                pass
            # break the cycle future -> exception -> traceback -> this frame
            e = f = item = None
        else:
            self._now_free()
            try:
                f.set_result(result)
            except _base.InvalidStateError:
                pass
            result = f = item = None

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            items = list(self._work_queue)
            self._work_queue.clear()
            self._retire()
            self._work_ready.notify_all()
        for item in items:
            f = item.future
            if f._claim():
                f.set_exception(BrokenThreadPool(self._broken))

    def _wake_workers(self):
        with self._shutdown_lock:
            self._work_ready.notify_all()

    def _join_workers(self):
        with self._shutdown_lock:
            threads = list(self._threads)
        me = threading.current_thread()
        for t in threads:
            if t is not me:
                t.join()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Take no more work; the workers end once the queued work is done
        (cancel_futures=True cancels the work not yet started). wait=True
        returns only when every worker has ended."""
        with self._shutdown_lock:
            self._shutdown = True
            dropped = []
            if cancel_futures:
                dropped = list(self._work_queue)
                self._work_queue.clear()
            self._work_ready.notify_all()
        for item in dropped:
            item.future._cancel_and_notify()
        if wait:
            self._join_workers()
