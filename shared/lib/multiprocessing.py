# multiprocessing - processes by fork, with the Process API of CPython's
# multiprocessing (start, join, is_alive, exitcode, pid, name).
import _twinpy_mp
import os
import sys

_counter = 0
_current = None


def cpu_count():
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError("cannot determine number of cpus")
    return n


class Process:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        global _counter
        if group is not None:
            raise AssertionError("group argument must be None for now")
        _counter += 1
        self._identity = _counter
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self._name = name if name is not None else "Process-%d" % _counter
        self._pid = None
        self._exitcode = None
        self._daemonic = bool(daemon)
        self._parent_pid = os.getpid()

    def __repr__(self):
        if self._pid is None:
            status = "initial"
        elif self._exitcode is not None:
            status = "stopped exitcode=%d" % self._exitcode
        else:
            status = "started"
        return "<%s name=%r %s>" % (type(self).__name__, self._name, status)

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._pid is not None:
            raise AssertionError("cannot start a process twice")
        if self._parent_pid != os.getpid():
            raise AssertionError("can only start a process object created by current process")
        pid = _twinpy_mp.fork()
        if pid == 0:
            _twinpy_mp.exit_child(self._bootstrap())
        self._pid = pid

    def _bootstrap(self):
        global _current
        _current = self
        threading = sys.modules.get("threading")
        if threading is not None:
            threading._after_fork()
        try:
            self.run()
            exitcode = 0
        except SystemExit as e:
            code = e.code
            if code is None:
                exitcode = 0
            elif isinstance(code, int):
                exitcode = code
            else:
                sys.stderr.write(str(code) + "\n")
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            _twinpy_mp.print_process_exception(self._name, e)
        threading = sys.modules.get("threading")
        if threading is not None:
            threading._shutdown()
        return exitcode

    def join(self, timeout=None):
        if self._parent_pid != os.getpid():
            raise AssertionError("can only join a child process")
        if self._pid is None:
            raise AssertionError("can only join a started process")
        if self._exitcode is not None:
            return
        code = _twinpy_mp.wait(self._pid, timeout)
        if code is not None:
            self._exitcode = code

    def is_alive(self):
        if self._pid is None or self._exitcode is not None:
            return False
        code = _twinpy_mp.wait(self._pid, 0)
        if code is not None:
            self._exitcode = code
            return False
        return True

    def terminate(self):
        if self._pid is not None and self._exitcode is None:
            _twinpy_mp.kill(self._pid, 15)

    def kill(self):
        if self._pid is not None and self._exitcode is None:
            _twinpy_mp.kill(self._pid, 9)

    @property
    def exitcode(self):
        if self._pid is not None and self._exitcode is None:
            self.is_alive()
        return self._exitcode

    @property
    def pid(self):
        return self._pid

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._pid is not None:
            raise AssertionError("process has already started")
        self._daemonic = value


class _MainProcess:
    name = "MainProcess"
    daemon = False
    pid = None

    def __init__(self):
        self.pid = os.getpid()


def current_process():
    if _current is not None:
        return _current
    return _MainProcess()


def active_children():
    return []
