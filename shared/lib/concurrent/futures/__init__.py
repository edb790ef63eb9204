# concurrent.futures - run callables asynchronously, as CPython's
# concurrent.futures (3.11): Future, Executor, ThreadPoolExecutor, wait,
# as_completed, the return_when constants and the exceptions.
# Written for twinpy; the behaviour follows CPython's documentation.
#
# The pieces live in _base (Future, Executor, wait, as_completed, the
# exceptions), thread (ThreadPoolExecutor) and process (ProcessPoolExecutor).
# Every piece of shared state is guarded by a threading lock, so the module
# is safe on the free-threaded build as on the locked one.
#
# Deviations (details at the top of each submodule):
#   - ProcessPoolExecutor exists by name only: constructing one raises
#     NotImplementedError (twinpy has no process pools).
#   - An exception raised by a done-callback, or by a pool's initializer, is
#     reported on stderr as CPython's logging would report it, but with only
#     the exception's last line instead of the full traceback (twinpy has no
#     logging or traceback module).
#   - Both submodules are imported at once rather than on first use.
from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION,
                                      ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)
