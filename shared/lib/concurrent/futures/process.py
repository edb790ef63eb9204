# concurrent.futures.process - ProcessPoolExecutor by name only: twinpy has
# no process pools, so constructing one raises NotImplementedError.
# Written for twinpy.
#
# Deviation: CPython's ProcessPoolExecutor runs calls in worker processes;
# here the class exists so that imports and isinstance checks work, and its
# constructor says what to use instead (ThreadPoolExecutor, or
# multiprocessing.Process for a separate process).
from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly (never raised in twinpy)."""


class ProcessPoolExecutor(_base.Executor):
    """Not available in twinpy: constructing one raises NotImplementedError."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not supported by twinpy (it has no "
            "process pools); use ThreadPoolExecutor, or multiprocessing.Process")
