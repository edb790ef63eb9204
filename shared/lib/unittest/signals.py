# unittest.signals - the hooks of the -c/--catch option: installHandler,
# removeHandler, registerResult and removeResult.  Written for twinpy.
#
# Deviations: twinpy has no signal module, so installHandler installs no
# SIGINT handler (Control-C stops the run with KeyboardInterrupt); the
# results are kept in a plain list, not a weak dictionary.
import functools

__unittest = True

_results = []
_interrupt_handler = None


def registerResult(result):
    """Remember result, to be stopped by Control-C (see deviations)."""
    _results.append(result)
    if len(_results) > 100:
        del _results[0]


def removeResult(result):
    """Forget result; True when it was registered."""
    for n, r in enumerate(_results):
        if r is result:
            del _results[n]
            return True
    return False


def installHandler():
    """Install the Control-C handler (nothing to install here)."""
    global _interrupt_handler
    _interrupt_handler = True


def removeHandler(method=None):
    """Remove the Control-C handler; as a decorator, remove it while the
    decorated function runs."""
    global _interrupt_handler
    if method is not None:
        @functools.wraps(method)
        def inner(*args, **kwargs):
            global _interrupt_handler
            initial = _interrupt_handler
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                _interrupt_handler = initial
        return inner
    _interrupt_handler = None
