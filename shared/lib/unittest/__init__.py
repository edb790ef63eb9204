# unittest - the unit testing framework, as CPython's unittest (3.11):
# TestCase with its assert methods and failure messages, FunctionTestCase,
# TestSuite, TestLoader, TestResult, TextTestResult, TextTestRunner (the
# report in CPython's layout), skip, skipIf, skipUnless, expectedFailure,
# SkipTest, subTest, the class and module fixtures and cleanups, and main
# with its command-line options.  Written for twinpy, as a package:
#   case.py    TestCase, FunctionTestCase, SkipTest, the decorators
#   suite.py   TestSuite, BaseTestSuite, the class and module fixtures
#   loader.py  TestLoader, defaultTestLoader
#   result.py  TestResult;  runner.py  TextTestResult, TextTestRunner
#   main.py    TestProgram (main);  signals.py  the -c hooks;  util.py
#   _traceback.py, _difflib.py, _pformat.py: the tracebacks, ndiff and
#   pprint-style text of the failure reports (no traceback, difflib or
#   pprint modules here).
#
# Deviations (details in each file): no unittest.mock, no
# IsolatedAsyncioTestCase, no test discovery, no assertLogs; tracebacks
# carry no "^^^^" markers and tb_locals shows no locals; the levels of a
# traceback are worked out from line numbers (twinpy keeps no frames), see
# _traceback.py.
__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .loader import makeSuite, getTestCaseNames, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler

_TextTestResult = TextTestResult
