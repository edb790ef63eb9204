/* check_compiler.c - compile_module() and the semantics of compiled code,
 * run through run_py/py_eval: scoping, compile-time SyntaxErrors,
 * exceptions, with, generators, defaults, argument binding, recursion. */
#include "util.h"

/* Run src (must succeed) and return its module dict. */
static Value must_run(const char *src) {
    Value d = run_py(src);
    ck_assert_msg(d != V_NULL, "python failed: %s: %s", exc_type_name(), u_exc_msg());
    return d;
}

/* repr of `name` after running src. */
static const char *run_repr(const char *src, const char *name) {
    Value d = must_run(src);
    const char *r = u_get_repr(d, name);
    decref(d);
    return r;
}

/* src must fail to run with exception `type`; returns its message. */
static const char *run_fails(const char *src, const char *type) {
    Value d = run_py(src);
    ck_assert_msg(d == V_NULL, "python should have raised %s", type);
    ck_assert_str_eq(exc_type_name(), type);
    return u_exc_msg();
}

/* compile_module must fail with a SyntaxError; returns the message. */
static const char *compile_fails(const char *src) {
    Code *co = compile_module(src, (int64_t)strlen(src), str_intern_c("<comp>"));
    ck_assert_ptr_null(co);
    ck_assert(err_occurred());
    ck_assert_str_eq(exc_type_name(), "SyntaxError");
    return u_exc_msg();
}

/* ---- compile_module itself ---------------------------------------------------- */
START_TEST(compile_module_code_object)
{
    const char *src = "x = 1\ndef f(a, b=2, *, c):\n    return a\n";
    Code *co = compile_module(src, (int64_t)strlen(src), str_intern_c("mod.py"));
    ck_assert_ptr_nonnull(co);
    ck_assert_ptr_eq(co->ob.type, &CodeType);
    ck_assert(co->flags & CO_MODULE);
    ck_assert(str_eq_c(co->filename, "mod.py"));
    ck_assert(str_eq_c(co->name, "<module>"));
    ck_assert_int_gt(co->ncode, 0);
    /* the function's code object is among the constants */
    Code *fc = NULL;
    for (int i = 0; i < co->nconsts; i++)
        if (IS_TYPE(co->consts[i], CodeType)) fc = AS_CODE(co->consts[i]);
    ck_assert_ptr_nonnull(fc);
    ck_assert(str_eq_c(fc->name, "f"));
    ck_assert_int_eq(fc->argcount, 2);
    ck_assert_int_eq(fc->kwonlycount, 1);
    ck_assert(!(fc->flags & CO_GENERATOR));
}
END_TEST

START_TEST(compile_generator_flag)
{
    const char *src = "def g():\n    yield 1\n";
    Code *co = compile_module(src, (int64_t)strlen(src), str_intern_c("<g>"));
    ck_assert_ptr_nonnull(co);
    Code *fc = NULL;
    for (int i = 0; i < co->nconsts; i++)
        if (IS_TYPE(co->consts[i], CodeType)) fc = AS_CODE(co->consts[i]);
    ck_assert_ptr_nonnull(fc);
    ck_assert(fc->flags & CO_GENERATOR);
}
END_TEST

START_TEST(compile_run_module_dict)
{
    const char *src = "a = 6\nb = a * 7\n";
    Code *co = compile_module(src, (int64_t)strlen(src), str_intern_c("<r>"));
    ck_assert_ptr_nonnull(co);
    Value m = module_new("__unit_c__");
    Dict *g = ((Module *)AS_OBJ(m))->dict;
    dict_set_str(g, N.__builtins__, OBJ_VAL(interp.builtins));
    Value r = vm_run_module(co, g);
    ck_assert(r == V_NONE);
    ck_assert(dict_get_str(g, str_intern_c("b")) == MK_SMALL(42));
}
END_TEST

START_TEST(py_eval_expressions)
{
    ck_assert(py_eval("1 + 2 * 3") == MK_SMALL(7));
    Value v = py_eval("'-'.join(['a', 'b'])");
    ck_assert(str_is(v, "a-b"));
    decref(v);
    ck_assert(py_eval("[x for x in range(5)][-1]") == MK_SMALL(4));
    ck_assert(py_eval("undefined_name") == V_NULL);
    ck_assert_str_eq(exc_type_name(), "NameError");
    ck_assert_str_eq(u_exc_msg(), "name 'undefined_name' is not defined");
    err_clear();
}
END_TEST

/* ---- compile-time SyntaxErrors ----------------------------------------------------- */
START_TEST(syntax_return_outside_function)
{
    ck_assert_str_eq(compile_fails("x = 1\nreturn x\n"), "'return' outside function");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 2);
    err_clear();
    ck_assert_str_eq(compile_fails("class C:\n    return 1\n"), "'return' outside function");
}
END_TEST

START_TEST(syntax_break_continue_outside_loop)
{
    ck_assert_str_eq(compile_fails("break\n"), "'break' outside loop");
    err_clear();
    ck_assert_str_eq(compile_fails("if 1:\n    continue\n"), "'continue' not properly in loop");
    err_clear();
    /* a function body inside a loop is not in the loop */
    ck_assert_str_eq(compile_fails("for x in y:\n    def f():\n        break\n"), "'break' outside loop");
}
END_TEST

START_TEST(syntax_yield_and_nonlocal)
{
    ck_assert_str_eq(compile_fails("yield 1\n"), "'yield' outside function");
    err_clear();
    ck_assert_str_eq(compile_fails("nonlocal x\n"), "nonlocal declaration not allowed at module level");
    err_clear();
    ck_assert_str_eq(compile_fails("def f():\n    nonlocal x\n"), "no binding for nonlocal 'x' found");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 2);
    err_clear();
    ck_assert_str_eq(compile_fails("def f(a):\n    global a\n"), "name 'a' is parameter and global");
}
END_TEST

START_TEST(syntax_global_after_assignment)
{
    ck_assert_str_eq(compile_fails("def f():\n    x = 1\n    global x\n"), "name 'x' is assigned to before global declaration");
}
END_TEST

START_TEST(syntax_error_from_run_py)
{
    ck_assert(run_py("def f(:\n    pass\n") == V_NULL);
    ck_assert(err_matches(&Exc_SyntaxError));
    err_clear();
    ck_assert(run_py("while True:\nbreak\n") == V_NULL);
    ck_assert_str_eq(exc_type_name(), "IndentationError");
}
END_TEST

/* ---- scoping ---------------------------------------------------------------------- */
START_TEST(scope_locals_and_globals)
{
    Value d = must_run(
        "x = 1\n"
        "def f():\n"
        "    x = 2\n"
        "    return x\n"
        "def g():\n"
        "    global x\n"
        "    x = 5\n"
        "r1 = f()\n"
        "x1 = x\n"
        "g()\n"
        "x2 = x\n");
    ck_assert_int_eq(u_get_int(d, "r1"), 2);
    ck_assert_int_eq(u_get_int(d, "x1"), 1);
    ck_assert_int_eq(u_get_int(d, "x2"), 5);
    decref(d);
}
END_TEST

START_TEST(scope_unbound_local)
{
    ck_assert_str_eq(run_fails("x = 10\ndef f():\n    y = x\n    x = 1\nf()\n", "UnboundLocalError"),
                     "cannot access local variable 'x' where it is not associated with a value");
    err_clear();
    ck_assert_str_eq(run_fails("def f():\n    y = 1\n    del y\n    return y\nf()\n", "UnboundLocalError"),
                     "cannot access local variable 'y' where it is not associated with a value");
}
END_TEST

START_TEST(scope_closure_nonlocal)
{
    Value d = must_run(
        "def counter():\n"
        "    n = 0\n"
        "    def inc():\n"
        "        nonlocal n\n"
        "        n += 1\n"
        "        return n\n"
        "    return inc\n"
        "c = counter()\n"
        "c(); c()\n"
        "a = c()\n"
        "b = counter()()\n");
    ck_assert_int_eq(u_get_int(d, "a"), 3);
    ck_assert_int_eq(u_get_int(d, "b"), 1);
    decref(d);
}
END_TEST

START_TEST(scope_closure_sees_later_binding)
{
    ck_assert_str_eq(run_repr("fs = [lambda: i for i in range(3)]\nr = [f() for f in fs]\n", "r"), "[2, 2, 2]");
    ck_assert_str_eq(run_repr("fs = [lambda i=i: i for i in range(3)]\nr = [f() for f in fs]\n", "r"), "[0, 1, 2]");
    ck_assert_str_eq(run_repr(
        "def outer():\n"
        "    v = 'before'\n"
        "    def inner(): return v\n"
        "    v = 'after'\n"
        "    return inner()\n"
        "r = outer()\n", "r"), "'after'");
}
END_TEST

START_TEST(scope_nested_three_levels)
{
    ck_assert_str_eq(run_repr(
        "def a():\n"
        "    x = 1\n"
        "    def b():\n"
        "        def c():\n"
        "            nonlocal x\n"
        "            x += 10\n"
        "            return x\n"
        "        return c()\n"
        "    return b(), x\n"
        "r = a()\n", "r"), "(11, 11)");
}
END_TEST

START_TEST(scope_class_body_not_visible_to_methods)
{
    ck_assert_str_eq(run_repr(
        "class C:\n"
        "    y = 10\n"
        "    def m(self):\n"
        "        try:\n"
        "            return y\n"
        "        except NameError as e:\n"
        "            return str(e)\n"
        "    def n(self):\n"
        "        return self.y + C.y\n"
        "r = (C().m(), C().n())\n", "r"), "(\"name 'y' is not defined\", 20)");
    /* a module-level y is what a method sees */
    ck_assert_str_eq(run_repr(
        "y = 'glob'\n"
        "class C:\n"
        "    y = 'cls'\n"
        "    def m(self): return y\n"
        "r = C().m()\n", "r"), "'glob'");
}
END_TEST

START_TEST(scope_comprehension)
{
    Value d = must_run(
        "i = 'outer'\n"
        "l = [i for i in range(3)]\n"
        "s = {j * 2 for j in range(3)}\n"
        "g = list(k for k in 'ab')\n"
        "dd = {k: v for k, v in [(1, 2)]}\n");
    ck_assert_str_eq(u_get_repr(d, "i"), "'outer'");
    ck_assert_str_eq(u_get_repr(d, "l"), "[0, 1, 2]");
    ck_assert_str_eq(u_get_repr(d, "s"), "{0, 2, 4}");
    ck_assert_str_eq(u_get_repr(d, "g"), "['a', 'b']");
    ck_assert_str_eq(u_get_repr(d, "dd"), "{1: 2}");
    Value j = u_get(d, "j");
    ck_assert(j == V_NULL); /* did not leak */
    decref(d);
}
END_TEST

START_TEST(scope_comprehension_in_class)
{
    /* the first iterable is evaluated in the class scope, the rest is not */
    ck_assert_str_eq(run_repr("class D:\n    a = [1, 2]\n    b = [x * 2 for x in a]\nr = D.b\n", "r"), "[2, 4]");
    ck_assert_str_eq(run_fails("class E:\n    a = 5\n    b = [a for _ in range(2)]\n", "NameError"),
                     "name 'a' is not defined");
}
END_TEST

START_TEST(scope_except_variable_cleared)
{
    ck_assert_str_eq(run_fails("try:\n    1 / 0\nexcept Exception as e:\n    pass\ne\n", "NameError"),
                     "name 'e' is not defined");
}
END_TEST

/* ---- exceptions -------------------------------------------------------------------- */
START_TEST(exc_finally_on_return)
{
    Value d = must_run(
        "log = []\n"
        "def f():\n"
        "    try:\n"
        "        return 'try'\n"
        "    finally:\n"
        "        log.append('finally')\n"
        "r = f()\n");
    ck_assert_str_eq(u_get_repr(d, "r"), "'try'");
    ck_assert_str_eq(u_get_repr(d, "log"), "['finally']");
    decref(d);
}
END_TEST

START_TEST(exc_finally_on_break_continue)
{
    Value d = must_run(
        "log = []\n"
        "for i in range(3):\n"
        "    try:\n"
        "        if i == 1: break\n"
        "    finally:\n"
        "        log.append(('b', i))\n"
        "for i in range(3):\n"
        "    try:\n"
        "        if i == 1: continue\n"
        "        log.append(i)\n"
        "    finally:\n"
        "        log.append(('c', i))\n");
    ck_assert_str_eq(u_get_repr(d, "log"), "[('b', 0), ('b', 1), 0, ('c', 0), ('c', 1), 2, ('c', 2)]");
    decref(d);
}
END_TEST

START_TEST(exc_return_in_finally_wins)
{
    ck_assert_str_eq(run_repr(
        "def f():\n"
        "    try:\n"
        "        return 1\n"
        "    finally:\n"
        "        return 2\n"
        "def g():\n"
        "    try:\n"
        "        raise ValueError\n"
        "    finally:\n"
        "        return 'swallowed'\n"
        "r = (f(), g())\n", "r"), "(2, 'swallowed')");
}
END_TEST

START_TEST(exc_nested_try)
{
    ck_assert_str_eq(run_repr(
        "log = []\n"
        "try:\n"
        "    try:\n"
        "        log.append('t')\n"
        "        raise KeyError('k')\n"
        "    except ValueError:\n"
        "        log.append('wrong')\n"
        "    finally:\n"
        "        log.append('f1')\n"
        "except KeyError as e:\n"
        "    log.append('k:' + str(e))\n"
        "else:\n"
        "    log.append('else')\n"
        "finally:\n"
        "    log.append('f2')\n", "log"), "['t', 'f1', \"k:'k'\", 'f2']");
}
END_TEST

START_TEST(exc_else_runs_without_exception)
{
    ck_assert_str_eq(run_repr(
        "log = []\n"
        "try:\n"
        "    log.append(1)\n"
        "except Exception:\n"
        "    log.append('x')\n"
        "else:\n"
        "    log.append('else')\n"
        "finally:\n"
        "    log.append('fin')\n", "log"), "[1, 'else', 'fin']");
}
END_TEST

START_TEST(exc_reraise)
{
    ck_assert_str_eq(run_repr(
        "def f():\n"
        "    try:\n"
        "        try:\n"
        "            raise ValueError('inner')\n"
        "        except ValueError:\n"
        "            raise\n"
        "    except ValueError as e:\n"
        "        return 'caught ' + str(e)\n"
        "r = f()\n", "r"), "'caught inner'");
    ck_assert_str_eq(run_fails("try:\n    raise KeyError('x')\nexcept KeyError:\n    raise\n", "KeyError"), "x");
}
END_TEST

START_TEST(exc_handler_matching_order)
{
    ck_assert_str_eq(run_repr(
        "out = []\n"
        "for exc in (KeyError, ValueError, ZeroDivisionError, IndexError):\n"
        "    try:\n"
        "        raise exc('m')\n"
        "    except (KeyError, ValueError):\n"
        "        out.append('kv')\n"
        "    except ArithmeticError:\n"
        "        out.append('arith')\n"
        "    except:\n"
        "        out.append('bare')\n", "out"), "['kv', 'kv', 'arith', 'bare']");
}
END_TEST

START_TEST(exc_chaining)
{
    ck_assert_str_eq(run_repr(
        "try:\n"
        "    raise ValueError('a') from KeyError('b')\n"
        "except ValueError as e:\n"
        "    r1 = (repr(e.__cause__), e.__suppress_context__)\n"
        "try:\n"
        "    try:\n"
        "        1 / 0\n"
        "    except ZeroDivisionError:\n"
        "        raise TypeError('t')\n"
        "except TypeError as e:\n"
        "    r2 = (type(e.__context__).__name__, e.__cause__)\n"
        "r = (r1, r2)\n", "r"), "((\"KeyError('b')\", True), ('ZeroDivisionError', None))");
}
END_TEST

START_TEST(exc_user_exception_class)
{
    ck_assert_str_eq(run_repr(
        "class MyErr(ValueError):\n"
        "    def __init__(self, code):\n"
        "        super().__init__('code %d' % code)\n"
        "        self.code = code\n"
        "try:\n"
        "    raise MyErr(7)\n"
        "except ValueError as e:\n"
        "    r = (type(e).__name__, e.code, str(e), isinstance(e, Exception))\n", "r"),
                     "('MyErr', 7, 'code 7', True)");
}
END_TEST

START_TEST(exc_uncaught_reaches_c_with_traceback)
{
    ck_assert(run_py("def f():\n    raise IndexError('deep')\ndef g():\n    f()\ng()\n") == V_NULL);
    ck_assert_str_eq(exc_type_name(), "IndexError");
    Value e = err_fetch();
    Exc *x = (Exc *)AS_OBJ(e);
    ck_assert(x->traceback != V_NULL);
    int frames = 0;
    for (Traceback *tb = (Traceback *)AS_OBJ(x->traceback); tb; tb = tb->next) frames++;
    ck_assert_int_eq(frames, 3); /* <module>, g, f */
    decref(e);
}
END_TEST

/* ---- with ---------------------------------------------------------------------------- */
static const char *CM_CLASS =
    "log = []\n"
    "class CM:\n"
    "    def __init__(self, name, suppress=False):\n"
    "        self.name = name\n"
    "        self.suppress = suppress\n"
    "    def __enter__(self):\n"
    "        log.append('enter ' + self.name)\n"
    "        return self.name.upper()\n"
    "    def __exit__(self, t, v, tb):\n"
    "        log.append(('exit', self.name, t.__name__ if t else None, str(v) if v else None, tb is not None))\n"
    "        return self.suppress\n";

START_TEST(with_normal_exit)
{
    char src[2048];
    snprintf(src, sizeof src, "%swith CM('a') as v:\n    log.append(v)\n", CM_CLASS);
    ck_assert_str_eq(run_repr(src, "log"), "['enter a', 'A', ('exit', 'a', None, None, False)]");
}
END_TEST

START_TEST(with_exit_on_exception_suppressed)
{
    char src[2048];
    snprintf(src, sizeof src,
             "%swith CM('s', True):\n    raise KeyError('k')\n    log.append('not reached')\nlog.append('after')\n", CM_CLASS);
    ck_assert_str_eq(run_repr(src, "log"), "['enter s', ('exit', 's', 'KeyError', \"'k'\", True), 'after']");
}
END_TEST

START_TEST(with_exit_on_exception_propagates)
{
    char src[2048];
    snprintf(src, sizeof src,
             "%stry:\n    with CM('p'):\n        raise ValueError('v')\nexcept ValueError as e:\n    log.append('caught ' + str(e))\n",
             CM_CLASS);
    ck_assert_str_eq(run_repr(src, "log"), "['enter p', ('exit', 'p', 'ValueError', 'v', True), 'caught v']");
}
END_TEST

START_TEST(with_exit_on_return_and_nested)
{
    char src[2048];
    snprintf(src, sizeof src,
             "%sdef f():\n    with CM('a'), CM('b', True):\n        return 'r'\nr = f()\n"
             "with CM('x'), CM('y', True):\n    raise ValueError('z')\n",
             CM_CLASS);
    Value d = must_run(src);
    ck_assert_str_eq(u_get_repr(d, "r"), "'r'");
    ck_assert_str_eq(u_get_repr(d, "log"),
                     "['enter a', 'enter b', ('exit', 'b', None, None, False), ('exit', 'a', None, None, False), "
                     "'enter x', 'enter y', ('exit', 'y', 'ValueError', 'z', True), ('exit', 'x', None, None, False)]");
    decref(d);
}
END_TEST

START_TEST(with_exit_in_loop_break)
{
    char src[2048];
    snprintf(src, sizeof src, "%sfor i in range(3):\n    with CM(str(i)):\n        if i == 1: break\n", CM_CLASS);
    ck_assert_str_eq(run_repr(src, "log"),
                     "['enter 0', ('exit', '0', None, None, False), 'enter 1', ('exit', '1', None, None, False)]");
}
END_TEST

/* ---- generators -------------------------------------------------------------------------- */
START_TEST(gen_send_values)
{
    ck_assert_str_eq(run_repr(
        "log = []\n"
        "def gen():\n"
        "    got = yield 1\n"
        "    log.append(got)\n"
        "    got2 = yield got * 2\n"
        "    log.append(got2)\n"
        "g = gen()\n"
        "log.append(next(g))\n"
        "log.append(g.send(10))\n", "log"), "[1, 10, 20]");
}
END_TEST

START_TEST(gen_stopiteration_value)
{
    ck_assert_str_eq(run_repr(
        "def gen():\n"
        "    yield 1\n"
        "    return 'done'\n"
        "g = gen()\n"
        "next(g)\n"
        "try:\n"
        "    next(g)\n"
        "except StopIteration as e:\n"
        "    r = (e.value, e.args)\n", "r"), "('done', ('done',))");
    ck_assert_str_eq(run_repr(
        "def gen():\n"
        "    x = yield\n"
        "    return x * 3\n"
        "g = gen(); next(g)\n"
        "try:\n"
        "    g.send(14)\n"
        "except StopIteration as e:\n"
        "    r = e.value\n", "r"), "42");
}
END_TEST

START_TEST(gen_exhausted_stays_exhausted)
{
    ck_assert_str_eq(run_repr(
        "def gen():\n"
        "    yield 1\n"
        "g = gen()\n"
        "a = list(g)\n"
        "b = list(g)\n"
        "try:\n"
        "    next(g)\n"
        "    c = 'no'\n"
        "except StopIteration as e:\n"
        "    c = e.value\n"
        "r = (a, b, c)\n", "r"), "([1], [], None)");
}
END_TEST

START_TEST(gen_send_non_none_first)
{
    ck_assert_str_eq(run_fails("def gen():\n    yield 1\ngen().send(5)\n", "TypeError"),
                     "can't send non-None value to a just-started generator");
}
END_TEST

START_TEST(gen_raising_stopiteration)
{
    ck_assert_str_eq(run_fails("def g():\n    yield 1\n    raise StopIteration('x')\nlist(g())\n", "RuntimeError"),
                     "generator raised StopIteration");
}
END_TEST

START_TEST(gen_close_then_next)
{
    ck_assert_str_eq(run_repr(
        "def gen():\n"
        "    yield 1\n"
        "    yield 2\n"
        "g = gen()\n"
        "a = next(g)\n"
        "g.close()\n"
        "r = (a, list(g))\n", "r"), "(1, [])");
}
END_TEST

START_TEST(gen_close_runs_finally)
{
    ck_assert_str_eq(run_repr(
        "log = []\n"
        "def gen():\n"
        "    try:\n"
        "        yield 1\n"
        "        yield 2\n"
        "    finally:\n"
        "        log.append('closed')\n"
        "g = gen()\n"
        "next(g)\n"
        "g.close()\n", "log"), "['closed']");
}
END_TEST

START_TEST(gen_close_raises_generatorexit_inside)
{
    ck_assert_str_eq(run_repr(
        "log = []\n"
        "def gen():\n"
        "    try:\n"
        "        yield 1\n"
        "    except GeneratorExit:\n"
        "        log.append('GeneratorExit')\n"
        "        raise\n"
        "g = gen()\n"
        "next(g)\n"
        "g.close()\n", "log"), "['GeneratorExit']");
}
END_TEST

START_TEST(gen_yield_from_return_value)
{
    ck_assert_str_eq(run_repr(
        "def inner():\n"
        "    yield 'a'\n"
        "    return 'ret'\n"
        "def outer():\n"
        "    r = yield from inner()\n"
        "    yield r\n"
        "r = list(outer())\n", "r"), "['a', 'ret']");
}
END_TEST

START_TEST(gen_yield_from_forwards_send)
{
    ck_assert_str_eq(run_repr(
        "def inner():\n"
        "    x = yield 1\n"
        "    yield x\n"
        "def outer():\n"
        "    yield from inner()\n"
        "g = outer()\n"
        "next(g)\n"
        "r = g.send(5)\n", "r"), "5");
}
END_TEST

START_TEST(gen_yield_from_iterable)
{
    ck_assert_str_eq(run_repr("def g():\n    yield from [1, 2]\n    yield from range(3, 5)\nr = list(g())\n", "r"),
                     "[1, 2, 3, 4]");
}
END_TEST

START_TEST(gen_lazy_and_expression)
{
    ck_assert_str_eq(run_repr(
        "log = []\n"
        "def gen():\n"
        "    log.append('started')\n"
        "    yield 1\n"
        "g = gen()\n"
        "before = list(log)\n"
        "next(g)\n"
        "ge = (x * x for x in range(4))\n"
        "r = (before, log, next(ge), list(ge))\n", "r"), "([], ['started'], 0, [1, 4, 9])");
}
END_TEST

/* ---- defaults and arguments --------------------------------------------------------------- */
START_TEST(defaults_evaluated_once)
{
    ck_assert_str_eq(run_repr(
        "calls = []\n"
        "def f(a=calls.append(1) or []):\n"
        "    a.append(len(a))\n"
        "    return a\n"
        "f(); f()\n"
        "r = (f(), calls)\n", "r"), "([0, 1, 2], [1])");
    ck_assert_str_eq(run_repr("x = 5\ndef f(a=x): return a\nx = 6\nr = f()\n", "r"), "5");
}
END_TEST

START_TEST(kwonly_arguments_bind)
{
    ck_assert_str_eq(run_repr(
        "def kw(a, *, b, c=3):\n"
        "    return a, b, c\n"
        "def va(*args, **kw): return args, kw\n"
        "r = (kw(1, b=2), kw(a=1, c=4, b=5), va(1, *[2, 3], x=1, **{'y': 2}))\n", "r"),
                     "((1, 2, 3), (1, 5, 4), ((1, 2, 3), {'x': 1, 'y': 2}))");
}
END_TEST

static const char *KW_DEF = "def kw(a, *, b, c=3):\n    return a, b, c\ndef kw2(*, x, y): pass\n";

static const char *call_error(const char *call) {
    char src[512];
    snprintf(src, sizeof src, "%s%s\n", KW_DEF, call);
    return run_fails(src, "TypeError");
}

START_TEST(kwonly_missing)
{
    ck_assert_str_eq(call_error("kw(1)"), "kw() missing 1 required keyword-only argument: 'b'");
    err_clear();
    ck_assert_str_eq(call_error("kw2()"), "kw2() missing 2 required keyword-only arguments: 'x' and 'y'");
}
END_TEST

START_TEST(kwonly_too_many_positional)
{
    ck_assert_str_eq(call_error("kw(1, 2)"), "kw() takes 1 positional argument but 2 were given");
    err_clear();
    ck_assert_str_eq(call_error("kw2(1)"), "kw2() takes 0 positional arguments but 1 was given");
}
END_TEST

START_TEST(kwonly_unexpected_and_duplicate)
{
    ck_assert_str_eq(call_error("kw(1, b=2, d=4)"), "kw() got an unexpected keyword argument 'd'");
    err_clear();
    ck_assert_str_eq(call_error("kw(1, b=2, a=3)"), "kw() got multiple values for argument 'a'");
    err_clear();
    ck_assert_str_eq(call_error("kw(b=1)"), "kw() missing 1 required positional argument: 'a'");
}
END_TEST

START_TEST(positional_errors)
{
    ck_assert_str_eq(run_fails("def p(a, b, c): pass\np(1)\n", "TypeError"),
                     "p() missing 2 required positional arguments: 'b' and 'c'");
    err_clear();
    ck_assert_str_eq(run_fails("def d(a, b=2): pass\nd(1, 2, 3)\n", "TypeError"),
                     "d() takes from 1 to 2 positional arguments but 3 were given");
    err_clear();
    ck_assert_str_eq(run_fails("class K:\n    def m(self, x): pass\nK().m()\n", "TypeError"),
                     "K.m() missing 1 required positional argument: 'x'");
}
END_TEST

START_TEST(call_dstar_keeps_key_refcount)
{
    /* f(**d) must not steal a reference to d's (non-interned) keys */
    Value d = must_run(
        "import sys\n"
        "def f(**kw): return kw\n"
        "ab = 1\n"
        "k = ''.join(['a', 'b'])\n"
        "d = {k: 1}\n"
        "before = sys.getrefcount(k)\n"
        "f(**d)\n"
        "after = sys.getrefcount(k)\n");
    ck_assert_int_eq(u_get_int(d, "after"), u_get_int(d, "before"));
    decref(d);
}
END_TEST

START_TEST(call_dstar_repeated_calls_keep_key)
{
    ck_assert_str_eq(run_repr(
        "def f(**kw): return kw\n"
        "ab = 1\n"
        "k = ''.join(['a', 'b'])\n"
        "d = {k: 1}\n"
        "for i in range(50):\n"
        "    r = f(**d)\n"
        "junk = [str(i) * 3 for i in range(100)]\n"
        "res = (k, d, r)\n", "res"), "('ab', {'ab': 1}, {'ab': 1})");
}
END_TEST

/* ---- recursion --------------------------------------------------------------------------- */
START_TEST(recursion_error_catchable)
{
    Value d = must_run(
        "def rec(n): return rec(n + 1)\n"
        "try:\n"
        "    rec(0)\n"
        "    msg = 'no error'\n"
        "except RecursionError as e:\n"
        "    msg = str(e)\n"
        "def depth(n): return 0 if n == 0 else 1 + depth(n - 1)\n"
        "after = depth(500)\n");
    ck_assert_str_eq(u_get_repr(d, "msg"), "'maximum recursion depth exceeded'");
    ck_assert_int_eq(u_get_int(d, "after"), 500);
    decref(d);
}
END_TEST

START_TEST(recursion_error_repeated)
{
    Value d = must_run(
        "import sys\n"
        "def rec(n): return rec(n + 1)\n"
        "caught = 0\n"
        "for i in range(5):\n"
        "    try:\n"
        "        rec(0)\n"
        "    except RecursionError:\n"
        "        caught += 1\n"
        "def deep():\n"
        "    try:\n"
        "        return deep()\n"
        "    except RecursionError:\n"
        "        return 'inner caught'\n"
        "r = deep()\n"
        "limit = sys.getrecursionlimit()\n");
    ck_assert_int_eq(u_get_int(d, "caught"), 5);
    ck_assert_str_eq(u_get_repr(d, "r"), "'inner caught'");
    ck_assert_int_eq(u_get_int(d, "limit"), 1000);
    decref(d);
    /* and the C side is back to normal afterwards */
    ck_assert(py_eval("sum(range(10))") == MK_SMALL(45));
    ck_assert_int_eq(cur_ts->depth, 0);
}
END_TEST

START_TEST(recursion_uncaught_reaches_c)
{
    ck_assert_str_eq(run_fails("def rec(): rec()\nrec()\n", "RecursionError"), "maximum recursion depth exceeded");
    err_clear();
    ck_assert(py_eval("len([1, 2, 3])") == MK_SMALL(3));
}
END_TEST

/* ---- classes and misc compiled code -------------------------------------------------------- */
START_TEST(class_inheritance_and_super)
{
    ck_assert_str_eq(run_repr(
        "class A:\n"
        "    def __init__(self): self.v = 1\n"
        "    def who(self): return 'A'\n"
        "class B(A):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.w = 2\n"
        "    def who(self): return 'B' + super().who()\n"
        "b = B()\n"
        "r = (b.v, b.w, b.who(), isinstance(b, A), issubclass(B, A))\n", "r"), "(1, 2, 'BA', True, True)");
}
END_TEST

START_TEST(decorators_and_properties)
{
    ck_assert_str_eq(run_repr(
        "def deco(f):\n"
        "    def w(*a): return ('deco', f(*a))\n"
        "    return w\n"
        "@deco\n"
        "def dd(x): return x\n"
        "class P:\n"
        "    @property\n"
        "    def v(self): return 5\n"
        "    @staticmethod\n"
        "    def s(): return 's'\n"
        "    @classmethod\n"
        "    def c(cls): return cls.__name__\n"
        "r = (dd(3), P().v, P.s(), P.c())\n", "r"), "(('deco', 3), 5, 's', 'P')");
}
END_TEST

START_TEST(loops_else_and_fstrings)
{
    ck_assert_str_eq(run_repr(
        "w = 0\n"
        "while w < 5:\n"
        "    w += 1\n"
        "    if w == 3: break\n"
        "else:\n"
        "    w = 100\n"
        "for q in range(2): pass\n"
        "else: q = 'else'\n"
        "x = 10\n"
        "r = (w, q, f\"{1+1} {'a'!r} {3.14159:.2f} {x=}\")\n", "r"), "(3, 'else', \"2 'a' 3.14 x=10\")");
}
END_TEST

Suite *suite_compiler(void) {
    Suite *s = suite_create("compiler");
    TCase *tc = tcase_create("compile");
    tcase_add_test(tc, compile_module_code_object);
    tcase_add_test(tc, compile_generator_flag);
    tcase_add_test(tc, compile_run_module_dict);
    tcase_add_test(tc, py_eval_expressions);
    tcase_add_test(tc, syntax_return_outside_function);
    tcase_add_test(tc, syntax_break_continue_outside_loop);
    tcase_add_test(tc, syntax_yield_and_nonlocal);
    tcase_add_test(tc, syntax_global_after_assignment);
    tcase_add_test(tc, syntax_error_from_run_py);
    suite_add_tcase(s, tc);

    tc = tcase_create("scope");
    tcase_add_test(tc, scope_locals_and_globals);
    tcase_add_test(tc, scope_unbound_local);
    tcase_add_test(tc, scope_closure_nonlocal);
    tcase_add_test(tc, scope_closure_sees_later_binding);
    tcase_add_test(tc, scope_nested_three_levels);
    tcase_add_test(tc, scope_class_body_not_visible_to_methods);
    tcase_add_test(tc, scope_comprehension);
    tcase_add_test(tc, scope_comprehension_in_class);
    tcase_add_test(tc, scope_except_variable_cleared);
    suite_add_tcase(s, tc);

    tc = tcase_create("exceptions");
    tcase_add_test(tc, exc_finally_on_return);
    tcase_add_test(tc, exc_finally_on_break_continue);
    tcase_add_test(tc, exc_return_in_finally_wins);
    tcase_add_test(tc, exc_nested_try);
    tcase_add_test(tc, exc_else_runs_without_exception);
    tcase_add_test(tc, exc_reraise);
    tcase_add_test(tc, exc_handler_matching_order);
    tcase_add_test(tc, exc_chaining);
    tcase_add_test(tc, exc_user_exception_class);
    tcase_add_test(tc, exc_uncaught_reaches_c_with_traceback);
    tcase_add_test(tc, with_normal_exit);
    tcase_add_test(tc, with_exit_on_exception_suppressed);
    tcase_add_test(tc, with_exit_on_exception_propagates);
    tcase_add_test(tc, with_exit_on_return_and_nested);
    tcase_add_test(tc, with_exit_in_loop_break);
    suite_add_tcase(s, tc);

    tc = tcase_create("generators");
    tcase_add_test(tc, gen_send_values);
    tcase_add_test(tc, gen_stopiteration_value);
    tcase_add_test(tc, gen_exhausted_stays_exhausted);
    tcase_add_test(tc, gen_send_non_none_first);
    tcase_add_test(tc, gen_raising_stopiteration);
    tcase_add_test(tc, gen_close_then_next);
    tcase_add_test(tc, gen_close_runs_finally);
    tcase_add_test(tc, gen_close_raises_generatorexit_inside);
    tcase_add_test(tc, gen_yield_from_return_value);
    tcase_add_test(tc, gen_yield_from_forwards_send);
    tcase_add_test(tc, gen_yield_from_iterable);
    tcase_add_test(tc, gen_lazy_and_expression);
    suite_add_tcase(s, tc);

    tc = tcase_create("calls");
    tcase_add_test(tc, defaults_evaluated_once);
    tcase_add_test(tc, kwonly_arguments_bind);
    tcase_add_test(tc, kwonly_missing);
    tcase_add_test(tc, kwonly_too_many_positional);
    tcase_add_test(tc, kwonly_unexpected_and_duplicate);
    tcase_add_test(tc, positional_errors);
    tcase_add_test(tc, call_dstar_keeps_key_refcount);
    tcase_add_test(tc, call_dstar_repeated_calls_keep_key);
    tcase_add_test(tc, recursion_error_catchable);
    tcase_add_test(tc, recursion_error_repeated);
    tcase_add_test(tc, recursion_uncaught_reaches_c);
    tcase_add_test(tc, class_inheritance_and_super);
    tcase_add_test(tc, decorators_and_properties);
    tcase_add_test(tc, loops_else_and_fstrings);
    suite_add_tcase(s, tc);
    return s;
}
