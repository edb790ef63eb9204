# __debug__ is the constant True, and no statement may bind or delete it
print(__debug__, type(__debug__).__name__)
for s in ['__debug__ = 1', 'del __debug__', 'def f(__debug__): pass', 'x.__debug__ = 1',
          'for __debug__ in y: pass', 'import __debug__', 'with a as __debug__: pass',
          'lambda __debug__: 0', 'a, (b, __debug__) = c', 'x = __debug__']:
    try:
        compile(s, 'f', 'exec')
        print(s, '| compiles')
    except SyntaxError as e:
        print(s, '|', e)
