# Tests argparse: parsing fixed argument lists into Namespaces, error
# messages (stderr captured), and the layout of help and usage text.
import contextlib
import io
import os
os.environ['COLUMNS'] = '80'
import argparse


def run(p, args):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            r = p.parse_args(args)
        print(args, r)
    except SystemExit as e:
        print(args, 'exit', e.code)
        for text in (out.getvalue(), err.getvalue()):
            if text:
                print(text, end='')


def helpof(p):
    s = io.StringIO()
    p.print_help(file=s)
    print(s.getvalue(), end='')
    s = io.StringIO()
    p.print_usage(file=s)
    print(s.getvalue(), end='')


p = argparse.ArgumentParser(
    prog='demo', epilog='See also %(prog)s docs.',
    description='A demo program that does several things with files and '
                'numbers, described at length to force wrapping.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-v', '--verbose', action='count', default=0,
               help='more output')
p.add_argument('-o', '--output', metavar='PATH', help='where to write')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast',
               help='one of %(choices)s, default %(default)s')
p.add_argument('-n', type=int, default=3, help='a number of %(type)s')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false',
               help='disable colour')
p.add_argument('--tag', action='append', help='tags')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-q', action='append_const', const='q', dest='qs')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
helpof(p)
for a in [['a', 'b', '-vv', '-v'], ['-o', 'x', 'f'], ['-ox', 'f'],
          ['--output=y', 'f'], ['--out', 'z', 'f'], ['--mode', 'slow', 'f'],
          ['--mode', 'bad', 'f'], ['-n', 'x', 'f'], ['-n5', 'f'],
          ['f', '--flag', '--no-color'], ['--tag', 'a', '--tag', 'b', 'f'],
          ['--const', '-qq', 'f'], ['--pair', 'a', 'b', 'f'], ['--pair', 'a'],
          ['f', '--opt'], ['f', '--opt', 'x'], ['f', '--many', 'a', 'b'],
          [], ['--', '-f', '--x'], ['f', '--bogus'], ['f', '--fl'],
          ['f', '--n'], ['--version'], ['-vq', 'f'], ['-vx', 'f'],
          ['f', '-o'], ['f', '--flag=1'], ['-1', 'f']]:
    run(p, a)
with contextlib.redirect_stderr(io.StringIO()):
    print(p.parse_known_args(['f', '--zz', 'q', '-k']))

p2 = argparse.ArgumentParser(prog='m')
g = p2.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true', help='alpha')
g.add_argument('-b', action='store_true', help='beta')
g2 = p2.add_mutually_exclusive_group(required=True)
g2.add_argument('--x', type=int)
g2.add_argument('--y')
grp = p2.add_argument_group('extra', 'Extra options here.')
grp.add_argument('--e1', help='e one')
grp.add_argument('pos', nargs='?', default='P', help='positional in group')
p2.set_defaults(z=9, pos='Q')
helpof(p2)
for a in [['--x', '1'], ['-a', '-b', '--y', 'q'], [], ['--y', 'w', 'pp'],
          ['-a', '--x', '1', '--y', '2'], ['--x', '2', '--e1', 'E'], ['-h']]:
    run(p2, a)
print(p2.get_default('z'), p2.get_default('pos'))

p3 = argparse.ArgumentParser(prog='a_program_with_a_rather_long_name_here')
for i in range(6):
    p3.add_argument('--option-number-%d' % i, metavar='VALUE_%d' % i,
                    help='option %d' % i)
p3.add_argument('input_file_name')
p3.add_argument('more', nargs='*')
helpof(p3)

p4 = argparse.ArgumentParser(prog='short', add_help=False)
for i in range(6):
    p4.add_argument('--option-number-%d' % i, metavar='V%d' % i,
                    help='option %d with a fairly long help text that will '
                         'need to be wrapped over lines' % i)
p4.add_argument('x', help='x')
p4.add_argument('y', nargs='+')
p4.add_argument('z', nargs=2)
helpof(p4)
for a in [['1', '2', '3', '4'], ['1', '2'],
          ['1', '2', '3', '4', '5', '--option-number-1', 'v']]:
    run(p4, a)

p5 = argparse.ArgumentParser(prog='p5', allow_abbrev=False)
p5.add_argument('--verbose', action='store_true')
p5.add_argument('-x', action='count')
p5.add_argument('-y')
for a in [['--verb'], ['-xxx'], ['-xy1'], ['-xyz', '-y=3']]:
    run(p5, a)

p6 = argparse.ArgumentParser(prog='p6')
p6.add_argument('x')
p6.add_argument('y', nargs='*')
for a in [['a', 'b', 'c'], ['a', '--', '-b'], ['-5', '6']]:
    run(p6, a)
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(**{'a-b': 1}))
print(argparse.Namespace(a=1) == argparse.Namespace(a=1),
      'a' in argparse.Namespace(a=1))
try:
    p6.add_argument('-z', '--x-ray')
    p6.add_argument('--x-ray')
except argparse.ArgumentError as e:
    print(e)
try:
    p6.add_argument('bad', required=True)
except TypeError as e:
    print(e)


class Up(argparse.Action):
    def __call__(self, parser, ns, values, option_string=None):
        setattr(ns, self.dest, values.upper())


def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is odd' % s)
    return v


p7 = argparse.ArgumentParser(prog='p7')
p7.add_argument('--name', action=Up, default='none')
p7.add_argument('--even', type=even)
p7.add_argument('--converted', type=int, default='7')
for a in [['--name', 'bob'], ['--even', '3'], ['--even', '4']]:
    run(p7, a)
