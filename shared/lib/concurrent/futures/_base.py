# concurrent.futures._base - Future, the Executor base class, wait(),
# as_completed(), the return_when constants and the module's exceptions, as
# in CPython's concurrent.futures (3.11). Written for twinpy.
#
# A Future's state, result and callbacks are guarded by one lock (a
# Condition over a plain Lock); callbacks always run with no lock held.
# wait() and as_completed() hang a small collector object (_Waiter) on every
# future they watch: a future that is already complete when the collector
# is hung on it reports at once, under that future's lock, so nothing is
# missed or seen twice.
#
# Deviations:
#   - An exception raised by a done-callback is reported on stderr as
#     "exception calling callback for <Future ...>" followed by the
#     exception's last line ("ValueError: boom"), not the full traceback:
#     twinpy has no logging or traceback module.
#   - Future[int] gives Future itself where twinpy cannot build a
#     types.GenericAlias for a class written in Python.
import sys
import threading
import types
from collections import namedtuple
from time import monotonic as _monotonic

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# the states a Future goes through; CANCELLED becomes CANCELLED_AND_NOTIFIED
# once whoever owns the future (an executor, or set_running_or_notify_cancel)
# has seen the cancellation; wait() and as_completed() count a cancelled
# future as complete from then on
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

_DONE = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)     # done() is True
_COMPLETE = (CANCELLED_AND_NOTIFIED, FINISHED)            # wait() counts it

_CALLBACK_MESSAGE = 'exception calling callback for %r'


class Error(Exception):
    """Base class for the exceptions of this module."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError    # the built-in one, as in CPython 3.11


class InvalidStateError(Error):
    """The operation is not allowed in the Future's present state."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer run work (a worker failed to start)."""


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _exception_line(exc):
    # the last line of a traceback for exc: "ValueError: boom"
    cls = type(exc)
    name = getattr(cls, '__qualname__', cls.__name__)
    module = getattr(cls, '__module__', None)
    if module not in (None, '__main__', 'builtins'):
        name = module + '.' + name
    try:
        text = str(exc)
    except BaseException:
        text = '<exception str() failed>'
    return name + ': ' + text if text else name


def _report(message, exc=None):
    # what CPython's logging prints on stderr when no handler is configured;
    # written in one call so that lines from several threads do not mix
    if exc is not None:
        message = message + '\n' + _exception_line(exc)
    try:
        sys.stderr.write(message + '\n')
    except BaseException:
        pass


class _Waiter:
    # Collects the futures that complete, for one call of wait() or
    # as_completed(); mode says when to wake the caller.
    def __init__(self, mode, count):
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished = []
        self._mode = mode
        self._left = count
        if count == 0:
            self.event.set()

    def add(self, future, how):
        # called under future's lock; how is 'result', 'exception' or 'cancelled'
        with self.lock:
            self.finished.append(future)
            self._left -= 1
            mode = self._mode
            if mode == ALL_COMPLETED:
                wake = self._left <= 0
            elif mode == FIRST_EXCEPTION:
                wake = how == 'exception' or self._left <= 0
            else:
                wake = True
            if wake:
                self.event.set()


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition(threading.Lock())
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        # no lock: the result or exception is stored before the state says
        # FINISHED, so what is read here always agrees with the state
        state = self._state
        text = _STATE_TO_DESCRIPTION_MAP[state]
        if state == FINISHED:
            exc = self._exception
            if exc is not None:
                text = '%s raised %s' % (text, type(exc).__name__)
            else:
                text = '%s returned %s' % (text, type(self._result).__name__)
        return '<%s at %#x state=%s>' % (type(self).__name__, id(self), text)

    def _invoke_callbacks(self):
        # the state is final now, so no callback can be added to the list
        for fn in self._done_callbacks:
            try:
                fn(self)
            except Exception as e:
                _report(_CALLBACK_MESSAGE % (self,), e)

    def _notify_waiters(self, how):
        # under self._condition
        for w in self._waiters:
            w.add(self, how)

    def cancel(self):
        """Cancel the future unless it is running or finished; True if it is
        (now) cancelled."""
        with self._condition:
            state = self._state
            if state == RUNNING or state == FINISHED:
                return False
            if state != PENDING:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """True if the call is running now."""
        return self._state == RUNNING

    def done(self):
        """True if the future was cancelled or has finished."""
        return self._state in _DONE

    def _wait_done(self, timeout):
        # under self._condition: wait until done or timed out; True if done
        if self._state in _DONE:
            return True
        if timeout is None:
            while self._state not in _DONE:
                self._condition.wait()
            return True
        end = _monotonic() + timeout
        while self._state not in _DONE:
            left = end - _monotonic()
            if left <= 0:
                return False
            self._condition.wait(left)
        return True

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds (None: no
        limit); raises CancelledError, TimeoutError, or the call's exception."""
        with self._condition:
            if not self._wait_done(timeout):
                raise TimeoutError()
            if self._state != FINISHED:
                raise CancelledError()
            exc = self._exception
            if exc is None:
                return self._result
        try:
            raise exc
        finally:
            exc = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to
        timeout seconds; raises CancelledError or TimeoutError."""
        with self._condition:
            if not self._wait_done(timeout):
                raise TimeoutError()
            if self._state != FINISHED:
                raise CancelledError()
            return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (at once if it is)."""
        with self._condition:
            if self._state not in _DONE:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except BaseException as e:
            _report(_CALLBACK_MESSAGE % (self,), e)

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running and return True, or, if it
        was cancelled, tell the waiters and return False."""
        with self._condition:
            state = self._state
            if state == PENDING:
                self._state = RUNNING
                return True
            if state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                self._notify_waiters('cancelled')
                return False
        _report('Future %s in unexpected state: %s' % (id(self), state))
        raise RuntimeError('Future in unexpected state')

    def _claim(self):
        # for executors: as set_running_or_notify_cancel, but a future in
        # any other state (one a caller finished by hand) is just skipped
        with self._condition:
            state = self._state
            if state == PENDING:
                self._state = RUNNING
                return True
            if state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                self._notify_waiters('cancelled')
            return False

    def _cancel_and_notify(self):
        # for executors dropping work that will never run
        self.cancel()
        self._claim()

    def _attach(self, waiter):
        # hang waiter on this future, or report to it at once if complete
        with self._condition:
            state = self._state
            if state == FINISHED:
                waiter.add(self, 'result' if self._exception is None else 'exception')
            elif state == CANCELLED_AND_NOTIFIED:
                waiter.add(self, 'cancelled')
            else:
                self._waiters.append(waiter)

    def _detach(self, waiter):
        with self._condition:
            try:
                self._waiters.remove(waiter)
            except ValueError:
                pass

    def set_result(self, result):
        """For executors and tests: finish the future with result."""
        with self._condition:
            state = self._state
            if state not in _DONE:
                self._result = result
                self._state = FINISHED
                self._notify_waiters('result')
                self._condition.notify_all()
        if state in _DONE:
            raise InvalidStateError('%s: %r' % (state, self))
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors and tests: finish the future with exception."""
        with self._condition:
            state = self._state
            if state not in _DONE:
                self._exception = exception
                self._state = FINISHED
                self._notify_waiters('exception')
                self._condition.notify_all()
        if state in _DONE:
            raise InvalidStateError('%s: %r' % (state, self))
        self._invoke_callbacks()

    @classmethod
    def __class_getitem__(cls, item):
        try:
            return types.GenericAlias(cls, item)
        except TypeError:
            return cls


def _result_or_cancel(future, timeout=None):
    # the result, cancelling the future if it does not come in time
    try:
        return future.result(timeout)
    finally:
        future.cancel()


class Executor:
    """Base class of the executors: submit() schedules a call."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """As map(fn, *iterables), the calls made by the executor: every call
        is submitted now, the results come in order; a result not there
        timeout seconds after this call raises TimeoutError."""
        if timeout is not None:
            end = _monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    f = fs.pop()
                    if timeout is None:
                        value = _result_or_cancel(f)
                    else:
                        value = _result_or_cancel(f, end - _monotonic())
                    f = None
                    yield value
                    value = None
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once its pending calls are done;
        wait=True blocks until then."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures fs: until one completes (FIRST_COMPLETED), one
    raises (FIRST_EXCEPTION) or all complete (ALL_COMPLETED), or timeout
    seconds pass. Returns DoneAndNotDoneFutures(done, not_done), two sets."""
    fs = set(fs)
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        done = set(f for f in fs if f._state in _COMPLETE)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, set())
        raise ValueError('Invalid return condition: %r' % (return_when,))
    waiter = _Waiter(return_when, len(fs))
    try:
        for f in fs:
            f._attach(waiter)
        waiter.event.wait(timeout)
    finally:
        for f in fs:
            f._detach(waiter)
    done = set(f for f in fs if f._state in _COMPLETE)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures fs as they complete (those already complete
    first); raises TimeoutError if they are not all complete timeout
    seconds after the first next(). A future given twice comes once."""
    if timeout is not None:
        end = _monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    pending = set(fs)
    waiter = _Waiter(_AS_COMPLETED, total)
    try:
        for f in fs:
            f._attach(waiter)
        while pending:
            with waiter.lock:
                got = waiter.finished
                waiter.finished = []
                if not got:
                    waiter.event.clear()
            if not got:
                if timeout is None:
                    left = None
                else:
                    left = end - _monotonic()
                    if left < 0:
                        raise TimeoutError('%d (of %d) futures unfinished'
                                           % (len(pending), total))
                waiter.event.wait(left)
                continue
            for f in got:
                pending.discard(f)
                yield f
            got = f = None
    finally:
        for f in fs:
            f._detach(waiter)
