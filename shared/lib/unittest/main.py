# unittest.main - TestProgram (unittest.main): loads the tests of a module
# (or those named on the command line), runs them with a TextTestRunner
# and exits with status 0 when they passed, 1 when not (unless exit=False).
# Options as in CPython 3.11: -v/--verbose, -q/--quiet, --locals,
# -f/--failfast, -c/--catch, -b/--buffer, -k PATTERN, -h/--help, then the
# names of tests; a bad option prints the usage and exits with status 2.
# Written for twinpy.
#
# Deviations: the -h text is shorter than argparse's; there is no test
# discovery (python -m unittest discover) and no "python -m unittest".
import sys
import os

from . import loader, runner
from .signals import installHandler

__unittest = True

_USAGE = ("usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]\n"
          "%(pad)s [tests ...]\n")

_HELP = """
positional arguments:
  tests                test modules, classes and test methods to run
                       (default: all the tests of the module)

options:
  -h, --help           show this help and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring

Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase

"""


def _convert_name(name):
    # a path to a .py file given as a test name: its module name
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if name.startswith('/'):
            rel = name
            cwd = os.getcwd()
            if rel.startswith(cwd + '/'):
                rel = rel[len(cwd) + 1:]
            else:
                return name
        else:
            rel = name
        if rel.startswith('..'):
            return name
        rel = rel[:-3]
        while rel.startswith('./'):
            rel = rel[2:]
        return rel.replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class TestProgram(object):
    """Run the tests of a module from the command line (see the module
    comment); the run's TestResult is left in .result."""
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', None):
            # the default filter shows each warning once per place
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0]) if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _usage(self):
        return _USAGE % {'prog': self.progName,
                         'pad': ' ' * (len('usage: ') + len(self.progName))}

    def _print_help(self):
        sys.stdout.write(self._usage())
        sys.stdout.write(_HELP % {'prog': self.progName})

    def _error(self, message):
        sys.stderr.write(self._usage())
        sys.stderr.write('%s: error: %s\n' % (self.progName, message))
        sys.exit(2)

    def _parse(self, args):
        tests = []
        patterns = []
        unknown = []
        only_positional = False
        i = 0
        flags = {'-v': 'verbose', '--verbose': 'verbose', '-q': 'quiet',
                 '--quiet': 'quiet', '--locals': 'locals', '-f': 'failfast',
                 '--failfast': 'failfast', '-c': 'catch', '--catch': 'catch',
                 '-b': 'buffer', '--buffer': 'buffer', '-h': 'help',
                 '--help': 'help'}
        while i < len(args):
            a = args[i]
            i += 1
            if only_positional or a == '-' or not a.startswith('-'):
                tests.append(a)
                continue
            if a == '--':
                only_positional = True
                continue
            if a == '-k':
                if i >= len(args) or (args[i].startswith('-') and args[i] != '-'):
                    self._error('argument -k: expected one argument')
                patterns.append(args[i])
                i += 1
                continue
            if a.startswith('-k'):
                patterns.append(a[2:])
                continue
            if a in flags:
                opts = [flags[a]]
            elif not a.startswith('--') and all(('-' + c) in flags for c in a[1:]):
                # bundled short options: -vf
                opts = [flags['-' + c] for c in a[1:]]
            else:
                unknown.append(a)
                continue
            for o in opts:
                if o == 'help':
                    self._print_help()
                    sys.exit(0)
                elif o == 'verbose':
                    self.verbosity = 2
                elif o == 'quiet':
                    self.verbosity = 0
                elif o == 'locals':
                    self.tb_locals = True
                elif o == 'failfast':
                    if self.failfast is None:
                        self.failfast = True
                elif o == 'catch':
                    if self.catchbreak is None:
                        self.catchbreak = True
                elif o == 'buffer':
                    if self.buffer is None:
                        self.buffer = True
        if unknown:
            self._error('unrecognized arguments: %s' % ' '.join(unknown))
        self.tests = tests
        if patterns:
            self.testNamePatterns = [_convert_select_pattern(p) for p in patterns]

    def parseArgs(self, argv):
        self.tests = []
        self._parse(list(argv[1:]))
        if self.tests:
            self.testNames = _convert_names(self.tests)
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    # a runner that takes no tb_locals
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                # nor verbosity, failfast, buffer or warnings
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
