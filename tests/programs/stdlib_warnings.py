# warnings: the default filters, each action, filterwarnings/simplefilter
# matching, catch_warnings(record=True), showwarning/formatwarning and their
# replacements, the "file:line: Category: message" text with its source line
import io
import sys
import warnings

print(warnings.filters)
print(warnings.defaultaction, sorted(warnings.__all__))


def emit(text, category=UserWarning, lineno=10, module='mod', registry=None):
    warnings.warn_explicit(text, category, 'no/such/mod.py', lineno, module=module,
                           registry=registry)


def show(log):
    for w in log:
        print('   %s: %s (%s:%s)' % (w.category.__name__, w.message, w.filename, w.lineno))


# each action: three calls from line 10, one from line 11, another registry
for action in ('default', 'always', 'ignore', 'once', 'module'):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        reg, other = {}, {}
        for _ in range(3):
            emit('a', registry=reg)
        emit('a', lineno=11, registry=reg)
        emit('a', registry=other)
        emit('b', registry=reg)
        print(action, len(log))
        show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('error')
    try:
        emit('fatal')
    except UserWarning as e:
        print('raised', repr(e))
    warnings.filterwarnings('ignore', message='QUIET')       # case-insensitive, at the start
    warnings.filterwarnings('ignore', module=r'skip\.')
    warnings.filterwarnings('ignore', lineno=42)
    warnings.filterwarnings('always', category=RuntimeWarning)
    emit('quiet please')
    emit('x', module='skip.me')
    emit('x', lineno=42)
    emit('runtime', RuntimeWarning)
    emit('runtime', RuntimeWarning)
    for text in ('not quiet', 'x'):
        try:
            emit(text, module='other')
        except UserWarning as e:
            print('raised', e)
    show(log)
    print(warnings.filters[:4])
    warnings.simplefilter('ignore', append=True)
    print(warnings.filters[-1])
    warnings.resetwarnings()
    print(warnings.filters)
    emit('default action with no filters')
    show(log)
print(len(warnings.filters))

# categories: subclasses match their base's filter; a Warning instance
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.simplefilter('always', DeprecationWarning)

    class MyDeprecation(DeprecationWarning):
        pass
    emit('dep', DeprecationWarning)
    emit('mine', MyDeprecation)
    emit('user')
    emit(RuntimeWarning('an instance'))
    warnings.simplefilter('always')
    warnings.warn('from warn()', FutureWarning)
    warnings.warn(SyntaxWarning('instance via warn'))
    warnings.warn('plain')
    for w in log:
        print('  ', type(w.message).__name__, w.message, w.category.__name__)
    print(log[0])

with warnings.catch_warnings(action='error', category=RuntimeWarning):
    try:
        emit('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('catch_warnings(action=...):', e)

# the text shown: formatwarning, showwarning to a file, with the source line
print(repr(warnings.formatwarning('msg', UserWarning, 'no/such/a.py', 3)))
print(repr(warnings.formatwarning('msg', UserWarning, 'no/such/a.py', 3, line='  given  ')))
print(repr(warnings.formatwarning('msg', UserWarning, 'stdlib_warnings.py', 1)))
warnings.showwarning('to stdout', DeprecationWarning, 'no/such/b.py', 7, file=sys.stdout)
buf = io.StringIO()
warnings.showwarning('to a buffer', UserWarning, 'stdlib_warnings.py', 2, file=buf)
print(repr(buf.getvalue()))
saved = sys.stderr
sys.stderr = sys.stdout
try:
    with warnings.catch_warnings():
        warnings.simplefilter('default')
        reg = {}
        for i in range(3):
            warnings.warn_explicit('once per place', UserWarning, 'stdlib_warnings.py', 3,
                                   registry=reg)
        warnings.warn_explicit('once per place', UserWarning, 'stdlib_warnings.py', 1,
                               registry=reg)
        print(sorted(k for k in reg if k != 'version'))
finally:
    sys.stderr = saved


def my_show(message, category, filename, lineno, file=None, line=None):
    print('my_show:', message, category.__name__, filename, lineno, file, line)


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = my_show
    emit('through my_show')
print(warnings.showwarning is warnings._showwarning_orig)
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.formatwarning = lambda m, c, f, l, line=None: '[%s] %s\n' % (c.__name__, m)
    sys.stderr = buf = io.StringIO()
    try:
        emit('through my format')
    finally:
        sys.stderr = saved
    print(repr(buf.getvalue()))

# misuse
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
cw.__enter__()
for bad in (cw.__enter__, lambda: warnings.catch_warnings().__exit__(None, None, None),
            lambda: warnings.simplefilter('loud'),
            lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.filterwarnings('ignore', message=5),
            lambda: warnings.simplefilter('ignore', lineno=-1),
            lambda: warnings.warn('x', category=int),
            lambda: warnings.warn('x', category=3)):
    try:
        bad()
    except (AssertionError, TypeError, RuntimeError) as e:
        print(type(e).__name__ + ':', e)
cw.__exit__(None, None, None)
w = warnings.WarningMessage('text', UserWarning, 'f.py', 5, line='src')
print(w)
print(w.message, w.category, w.filename, w.lineno, w.file, w.line, w.source)
