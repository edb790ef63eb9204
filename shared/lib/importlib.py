# importlib: import_module and reload, over the interpreter's import
# (there is no importlib.machinery or importlib.util: twinpy's import is
# not written in Python).
import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = parts[0]
    return '%s.%s' % (base, name) if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod', '..pkg.mod') needs package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for %r" % name)
        while level < len(name) and name[level] == '.':
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    """Run a module's file again in the same module object."""
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError('module %s not in sys.modules' % name, name=name)
    path = getattr(module, '__file__', None)
    if path is None:
        raise ImportError('module %s cannot be reloaded (it is compiled into twinpy)' % name)
    with open(path) as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return module
