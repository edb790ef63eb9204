# unittest: a run's report (verbosity 1 and 2) with passing, failing, erroring,
# skipped, expected-failure and subTest tests, fixtures and cleanups, the assert
# messages, TestLoader, TestResult and main(); printed on stdout, timing removed
import io
import re
import sys
import unittest

log = []


def report(suite, verbosity=2, **kw):
    # run suite, print its report with the time and the directories taken out
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue())
    text = re.sub(r'File ".*/', 'File "', text)
    text = re.sub(r'(?m)^ *[~^]+ *\n', '', text)    # CPython's markers
    print(text, end='')
    return result


def helper(n):
    return 10 // n


class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def test_pass(self):
        """A test that passes."""
        self.assertEqual(2 + 2, 4)

    def test_fail_int(self):
        self.assertEqual(1, 2)

    def test_fail_list(self):
        self.assertEqual([1, 2, 3], [1, 4, 3])

    def test_error(self):
        helper(0)

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 3, i)

    def test_chained(self):
        try:
            {}['key']
        except KeyError:
            raise RuntimeError('while handling')


class Messages(unittest.TestCase):
    def check(self, func, *args, **kw):
        # the message func(*args) fails with, or 'no failure'
        try:
            func(*args, **kw)
        except self.failureException as e:
            return str(e)
        return 'no failure'

    def test_messages(self):
        cases = [
            (self.assertNotEqual, 3, 3), (self.assertTrue, 0), (self.assertFalse, [1]),
            (self.assertIs, None, 1), (self.assertIsNot, None, None),
            (self.assertIsNone, 5), (self.assertIsNotNone, None),
            (self.assertIn, 5, [1, 2]), (self.assertNotIn, 1, [1, 2]),
            (self.assertIsInstance, 1, str), (self.assertNotIsInstance, 1, int),
            (self.assertGreater, 1, 2), (self.assertGreaterEqual, 1, 2),
            (self.assertLess, 2, 1), (self.assertLessEqual, 2, 1),
            (self.assertAlmostEqual, 1.0, 1.1), (self.assertNotAlmostEqual, 1.0, 1.0),
            (self.assertRegex, 'hello', 'w.rld'), (self.assertNotRegex, 'a world', 'w.rld'),
            (self.assertCountEqual, [1, 1, 2], [1, 2, 2]),
            (self.assertEqual, 'abc', 'abd'), (self.assertEqual, 'a\nb\n', 'a\nc\n'),
            (self.assertEqual, (1, 2), (1, 2, 3)), (self.assertEqual, {'a': 1}, {'a': 2}),
            (self.assertEqual, {1, 2}, {2, 3}), (self.assertEqual, 'x' * 90, 'x' * 89 + 'y'),
            (self.assertListEqual, [1], (1,)), (self.fail, 'explicit'),
        ]
        for func, *args in cases:
            print('%s: %s' % (func.__name__, self.check(func, *args)))
        print(self.check(self.assertEqual, 1, 2, 'extra words'))
        print(self.check(self.assertAlmostEqual, 10, 13, delta=2))
        self.longMessage = False
        print(self.check(self.assertEqual, 1, 2, 'only this'))
        self.maxDiff = 20
        print(self.check(self.assertEqual, list(range(10)), list(range(1, 11))))

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            helper(0)
        print('caught:', repr(cm.exception))
        self.assertRaisesRegex(ValueError, 'invalid literal', int, 'x')
        print(self.check(self.assertRaises, KeyError, dict, a=1))
        with self.assertRaises(TypeError):
            with self.assertRaises(KeyError):
                raise TypeError('passes through')
        print('TypeError passed through')


class Fixtures(unittest.TestCase):
    def setUp(self):
        raise OSError('setUp broke')

    def tearDown(self):
        log.append('never')

    def test_never_run(self):
        log.append('never')


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Basics))
suite = unittest.TestSuite([loader.loadTestsFromTestCase(c)
                            for c in (Basics, Fixtures, SkippedClass)])
print(suite.countTestCases())
result = report(suite)
print(result, result.wasSuccessful())
print([len(x) for x in (result.failures, result.errors, result.skipped,
                        result.expectedFailures, result.unexpectedSuccesses)])
print(log)
report(loader.loadTestsFromTestCase(Messages), verbosity=1)
report(unittest.FunctionTestCase(lambda: None, description='a function'))
r = unittest.TestResult()
Basics('test_fail_int').run(r)
print(r, r.failures[0][0], r.failures[0][0].id())
t = Basics('test_pass')
print(t, repr(t), t.shortDescription(), t == Basics('test_pass'))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
loader.testMethodPrefix = 'test_x'
print(loader.getTestCaseNames(Basics))
prog = unittest.main(argv=['prog', 'Basics.test_pass'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print('main:', prog.result.testsRun, prog.result.wasSuccessful())
try:
    unittest.main(argv=['prog', '-q', 'Basics.test_pass', 'Basics.test_error'],
                  testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('exit code:', e.code)
