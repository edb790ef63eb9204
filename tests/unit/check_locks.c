/* check_locks.c - the concurrency policy and threads.
 *
 * C-level tests start pthreads that each get their own ThreadState
 * (th_new_state, then pol_attach/pol_detach around the work, as
 * thread.c's thread_main does); the main thread detaches while it waits
 * for them.  Python-level tests start threads with the threading module.
 * No assertion is about a duration: only counts and progress, with
 * generous deadlines so a loaded machine cannot make them fail. */
#include <string.h>
#include "util.h"

#define NTHREADS 4

/* ---- the build's facts --------------------------------------------------------- */
START_TEST(policy_facts_match_build)
{
    /* the checked builds are "interp-gil (checked)", "interp-nogil (checked)" */
    bool gil = strncmp(POL_BUILD_NAME, "interp-gil", 10) == 0;
    bool nogil = strncmp(POL_BUILD_NAME, "interp-nogil", 12) == 0;
    ck_assert(gil || nogil);
    if (gil) {
        ck_assert_int_eq(POL_GIL_ENABLED, 1);
        ck_assert_str_eq(POL_REFCOUNT_KIND, "plain");
        ck_assert_int_eq(POL_READERS_MAY_RACE, 0);
    } else {
        ck_assert_int_eq(POL_GIL_ENABLED, 0);
        ck_assert_str_eq(POL_REFCOUNT_KIND, "atomic");
        ck_assert_int_eq(POL_READERS_MAY_RACE, 1);
    }
}
END_TEST

START_TEST(sys_is_gil_enabled)
{
    Value d = run_py("import sys\nr = sys._is_gil_enabled()\nv = sys.version\n");
    ck_assert_msg(d != V_NULL, "%s: %s", exc_type_name(), u_exc_msg());
    Value r = u_get(d, "r");
    ck_assert(r == MK_BOOL(POL_GIL_ENABLED));
    Value v = u_get(d, "v");
    ck_assert(IS_STR(v));
    ck_assert_ptr_nonnull(strstr(AS_STR(v)->data, POL_BUILD_NAME));
    decref(v);
    decref(d);
}
END_TEST

/* ---- C threads with their own ThreadState ---------------------------------------- */
typedef struct {
    Value a, b;       /* shared objects */
    int id;
    int iters;
    int mode;
    int64_t result;
} Job;

enum { M_COUNTER, M_APPEND, M_DICT, M_TRANSFER, M_REFCOUNT, M_PYCALL };

/* Let other threads in (matters for the GIL build, harmless otherwise). */
static void yield_policy(ThreadState *ts) {
    pol_detach(ts);
    pol_attach(ts);
}

static void *worker(void *arg) {
    Job *j = arg;
    ThreadState *ts = th_new_state();
    if (!ts) return NULL;
    cur_ts = ts;
    pol_attach(ts);
    for (int i = 0; i < j->iters; i++) {
        switch (j->mode) {
        case M_COUNTER: {
            /* a plain read-modify-write, made exact by the object lock */
            List *l = AS_LIST(j->a);
            CRITICAL_BEGIN(l);
            int64_t v = SMALL_VAL(l->items[0]);
            l->items[0] = MK_SMALL(v + 1);
            CRITICAL_END();
            break;
        }
        case M_APPEND:
            list_append(j->a, MK_SMALL((int64_t)j->id * 1000000 + i));
            break;
        case M_DICT:
            dict_set(AS_DICT(j->a), MK_SMALL((int64_t)j->id * 1000000 + i), MK_SMALL(i));
            if (dict_get(AS_DICT(j->a), MK_SMALL((int64_t)j->id * 1000000 + i)) != MK_SMALL(i)) j->result++;
            break;
        case M_TRANSFER: {
            /* move one unit between two lists, locking both in either order */
            List *from = AS_LIST(j->id % 2 ? j->a : j->b), *to = AS_LIST(j->id % 2 ? j->b : j->a);
            CRITICAL_BEGIN2(from, to);
            int64_t f = SMALL_VAL(from->items[0]), t = SMALL_VAL(to->items[0]);
            if (f > 0) {
                from->items[0] = MK_SMALL(f - 1);
                to->items[0] = MK_SMALL(t + 1);
            }
            CRITICAL_END2();
            break;
        }
        case M_REFCOUNT:
            incref(j->a);
            break;
        case M_PYCALL: {
            Value r = call1(j->a, MK_SMALL(i));
            if (r != MK_SMALL(i + 1)) j->result++;
            xdecref(r);
            break;
        }
        }
        if (i % 97 == 0) yield_policy(ts);
    }
    if (j->mode == M_REFCOUNT)
        for (int i = 0; i < j->iters; i++) {
            decref(j->a);
            if (i % 97 == 0) yield_policy(ts);
        }
    pol_detach(ts);
    cur_ts = NULL;
    th_free_state(ts);
    return NULL;
}

/* Run NTHREADS workers on the same objects; the caller stays detached meanwhile. */
static void run_workers(Job *jobs) {
    pthread_t tid[NTHREADS];
    ThreadState *me = cur_ts;
    ALLOW_THREADS_BEGIN(me);
    for (int i = 0; i < NTHREADS; i++) ck_assert_int_eq(pthread_create(&tid[i], NULL, worker, &jobs[i]), 0);
    for (int i = 0; i < NTHREADS; i++) pthread_join(tid[i], NULL);
    ALLOW_THREADS_END(me);
}

static void init_jobs(Job *jobs, int mode, int iters, Value a, Value b) {
    for (int i = 0; i < NTHREADS; i++) {
        memset(&jobs[i], 0, sizeof jobs[i]);
        jobs[i].a = a;
        jobs[i].b = b;
        jobs[i].id = i;
        jobs[i].iters = iters;
        jobs[i].mode = mode;
    }
}

START_TEST(critical_section_counter)
{
    Value l = list_new(0);
    list_append(l, MK_SMALL(0));
    Job jobs[NTHREADS];
    init_jobs(jobs, M_COUNTER, 200000, l, V_NULL);
    run_workers(jobs);
    ck_assert(list_get(l, 0) == MK_SMALL(NTHREADS * 200000));
    ck_assert_int_eq(obj_len(l), 1);
    decref(l);
}
END_TEST

START_TEST(list_append_from_threads)
{
    Value l = list_new(0);
    Job jobs[NTHREADS];
    init_jobs(jobs, M_APPEND, 50000, l, V_NULL);
    run_workers(jobs);
    ck_assert_int_eq(obj_len(l), NTHREADS * 50000);
    /* every thread's items are all there, each thread's in its own order */
    int64_t next[NTHREADS] = {0};
    for (int64_t i = 0; i < NTHREADS * 50000; i++) {
        int64_t v = SMALL_VAL(list_get(l, i));
        int t = (int)(v / 1000000);
        ck_assert(t >= 0 && t < NTHREADS);
        ck_assert_int_eq(v % 1000000, next[t]);
        next[t]++;
    }
    for (int t = 0; t < NTHREADS; t++) ck_assert_int_eq(next[t], 50000);
    decref(l);
}
END_TEST

START_TEST(dict_set_from_threads)
{
    Value d = dict_new();
    Job jobs[NTHREADS];
    init_jobs(jobs, M_DICT, 20000, d, V_NULL);
    run_workers(jobs);
    for (int t = 0; t < NTHREADS; t++) ck_assert_int_eq(jobs[t].result, 0);
    ck_assert_int_eq(dict_len(AS_DICT(d)), NTHREADS * 20000);
    for (int t = 0; t < NTHREADS; t++)
        for (int i = 0; i < 20000; i += 7)
            ck_assert(dict_get(AS_DICT(d), MK_SMALL((int64_t)t * 1000000 + i)) == MK_SMALL(i));
    decref(d);
}
END_TEST

START_TEST(critical_section2_no_deadlock)
{
    Value a = list_new(0), b = list_new(0);
    list_append(a, MK_SMALL(1000));
    list_append(b, MK_SMALL(1000));
    Job jobs[NTHREADS];
    init_jobs(jobs, M_TRANSFER, 100000, a, b);
    run_workers(jobs);
    int64_t total = SMALL_VAL(list_get(a, 0)) + SMALL_VAL(list_get(b, 0));
    ck_assert_int_eq(total, 2000);
    decref(a);
    decref(b);
}
END_TEST

START_TEST(refcount_from_threads)
{
    Value f = float_new(1.0);
    Job jobs[NTHREADS];
    init_jobs(jobs, M_REFCOUNT, 100000, f, V_NULL);
    run_workers(jobs);
    ck_assert_uint_eq(AS_OBJ(f)->rc, 1);
    ck_assert_double_eq(AS_FLOAT(f), 1.0);
    decref(f);
}
END_TEST

START_TEST(python_function_from_c_threads)
{
    Value m = run_py("def inc(x): return x + 1\n");
    ck_assert(m != V_NULL);
    Value fn = u_get(m, "inc");
    ck_assert(IS_FUNC(fn));
    Job jobs[NTHREADS];
    init_jobs(jobs, M_PYCALL, 20000, fn, V_NULL);
    run_workers(jobs);
    for (int t = 0; t < NTHREADS; t++) ck_assert_int_eq(jobs[t].result, 0);
    decref(fn);
    decref(m);
}
END_TEST

/* ---- Python threads ------------------------------------------------------------------- */
static Value must_run(const char *src) {
    Value d = run_py(src);
    ck_assert_msg(d != V_NULL, "python failed: %s: %s", exc_type_name(), u_exc_msg());
    return d;
}

START_TEST(py_lock_counter_exact)
{
    Value d = must_run(
        "import threading\n"
        "lock = threading.Lock()\n"
        "n = [0]\n"
        "def work():\n"
        "    for _ in range(20000):\n"
        "        with lock:\n"
        "            n[0] += 1\n"
        "ts = [threading.Thread(target=work) for i in range(4)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "total = n[0]\n"
        "alive = sum(1 for t in ts if t.is_alive())\n");
    ck_assert_int_eq(u_get_int(d, "total"), 80000);
    ck_assert_int_eq(u_get_int(d, "alive"), 0);
    decref(d);
}
END_TEST

START_TEST(py_list_append_exact)
{
    Value d = must_run(
        "import threading\n"
        "L = []\n"
        "def app(k):\n"
        "    for i in range(20000):\n"
        "        L.append((k, i))\n"
        "ts = [threading.Thread(target=app, args=(i,)) for i in range(4)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "n = len(L)\n"
        "distinct = len(set(L))\n"
        "ordered = all([p[1] for p in L if p[0] == k] == list(range(20000)) for k in range(4))\n");
    ck_assert_int_eq(u_get_int(d, "n"), 80000);
    ck_assert_int_eq(u_get_int(d, "distinct"), 80000);
    Value o = u_get(d, "ordered");
    ck_assert(o == V_TRUE);
    decref(d);
}
END_TEST

START_TEST(py_dict_updates_exact)
{
    Value d = must_run(
        "import threading\n"
        "D = {}\n"
        "def put(k):\n"
        "    for i in range(10000):\n"
        "        D[(k, i)] = i\n"
        "        D.get((k, i - 1))\n"
        "ts = [threading.Thread(target=put, args=(i,)) for i in range(4)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "n = len(D)\n"
        "ok = all(D[(k, i)] == i for k in range(4) for i in range(10000))\n");
    ck_assert_int_eq(u_get_int(d, "n"), 40000);
    Value ok = u_get(d, "ok");
    ck_assert(ok == V_TRUE);
    decref(d);
}
END_TEST

START_TEST(py_waiter_makes_progress)
{
    /* a thread sleeping 1 ms in a loop gets the GIL back while the main
     * thread spins: it must make progress (deadline only against hangs) */
    Value d = must_run(
        "import threading, time\n"
        "stop = False\n"
        "count = [0]\n"
        "def sleeper():\n"
        "    while not stop:\n"
        "        time.sleep(0.001)\n"
        "        count[0] += 1\n"
        "t = threading.Thread(target=sleeper)\n"
        "t.start()\n"
        "x = 0\n"
        "t0 = time.monotonic()\n"
        "while (time.monotonic() - t0 < 0.3 or count[0] < 3) and time.monotonic() - t0 < 30:\n"
        "    x += 1\n"
        "stop = True\n"
        "t.join()\n"
        "n = count[0]\n"
        "spins = x\n");
    ck_assert_int_ge(u_get_int(d, "n"), 3);
    ck_assert_int_gt(u_get_int(d, "spins"), 0);
    decref(d);
}
END_TEST

START_TEST(py_sleeping_thread_does_not_hold_gil)
{
    Value d = must_run(
        "import threading, time\n"
        "def blocker(): time.sleep(0.5)\n"
        "t = threading.Thread(target=blocker)\n"
        "t.start()\n"
        "s = 0\n"
        "for i in range(200000): s += i\n"
        "t.join()\n");
    ck_assert_int_eq(u_get_int(d, "s"), 19999900000LL);
    decref(d);
}
END_TEST

START_TEST(py_lock_blocked_thread_does_not_hold_gil)
{
    /* the worker blocks on a lock the main thread holds; if blocking kept
     * the GIL, the main thread could never finish its work and release */
    Value d = must_run(
        "import threading\n"
        "lock = threading.Lock()\n"
        "lock.acquire()\n"
        "entered = threading.Event()\n"
        "got = []\n"
        "def waiter():\n"
        "    entered.set()\n"
        "    with lock:\n"
        "        got.append('lock')\n"
        "t = threading.Thread(target=waiter)\n"
        "t.start()\n"
        "entered.wait(30)\n"
        "s = 0\n"
        "for i in range(100000): s += i\n"
        "before = list(got)\n"
        "lock.release()\n"
        "t.join()\n"
        "r = (s, before, got)\n");
    ck_assert_str_eq(u_get_repr(d, "r"), "(4999950000, [], ['lock'])");
    decref(d);
}
END_TEST

START_TEST(py_two_cpu_threads_progress)
{
    Value d = must_run(
        "import threading, time\n"
        "c = [0, 0]\n"
        "stop = False\n"
        "def spin(i):\n"
        "    while not stop:\n"
        "        c[i] += 1\n"
        "ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]\n"
        "for t in ts: t.start()\n"
        "time.sleep(0.3)\n"
        "t0 = time.monotonic()\n"
        "while (c[0] == 0 or c[1] == 0) and time.monotonic() - t0 < 30:\n"
        "    time.sleep(0.01)\n"
        "stop = True\n"
        "for t in ts: t.join()\n"
        "a, b = c\n");
    ck_assert_int_gt(u_get_int(d, "a"), 0);
    ck_assert_int_gt(u_get_int(d, "b"), 0);
    decref(d);
}
END_TEST

START_TEST(py_switchinterval_round_trip)
{
    Value d = must_run(
        "import sys\n"
        "old = sys.getswitchinterval()\n"
        "sys.setswitchinterval(0.002)\n"
        "new = sys.getswitchinterval()\n"
        "sys.setswitchinterval(old)\n"
        "back = sys.getswitchinterval()\n"
        "try:\n"
        "    sys.setswitchinterval(0)\n"
        "    err = None\n"
        "except ValueError as e:\n"
        "    err = str(e)\n"
        "try:\n"
        "    sys.setswitchinterval(-1.0)\n"
        "    err2 = None\n"
        "except ValueError as e:\n"
        "    err2 = str(e)\n"
        "r = (old, new, back, err, err2)\n");
    ck_assert_str_eq(u_get_repr(d, "r"),
                     "(0.005, 0.002, 0.005, 'switch interval must be strictly positive', "
                     "'switch interval must be strictly positive')");
    decref(d);
    ck_assert_double_eq(pol_get_switch_interval(), 0.005);
    pol_set_switch_interval(0.01);
    ck_assert_double_eq(pol_get_switch_interval(), 0.01);
}
END_TEST

START_TEST(py_switchinterval_small_still_progresses)
{
    /* with a tiny interval the two threads still both finish their work */
    Value d = must_run(
        "import sys, threading\n"
        "sys.setswitchinterval(0.0001)\n"
        "res = [0, 0]\n"
        "def work(i):\n"
        "    s = 0\n"
        "    for k in range(30000): s += k\n"
        "    res[i] = s\n"
        "ts = [threading.Thread(target=work, args=(i,)) for i in range(2)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "r = res\n");
    ck_assert_str_eq(u_get_repr(d, "r"), "[449985000, 449985000]");
    decref(d);
}
END_TEST

START_TEST(py_thread_identity_and_local)
{
    Value d = must_run(
        "import threading\n"
        "loc = threading.local()\n"
        "loc.v = 'main'\n"
        "idents = []\n"
        "seen = []\n"
        "bar = threading.Barrier(4)\n"
        "def f(k):\n"
        "    idents.append(threading.get_ident())\n"
        "    seen.append(getattr(loc, 'v', None))\n"
        "    loc.v = k\n"
        "    bar.wait(30)\n"
        "ts = [threading.Thread(target=f, args=(i,)) for i in range(4)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "r = (len(set(idents)), threading.get_ident() in idents, seen, loc.v)\n");
    ck_assert_str_eq(u_get_repr(d, "r"), "(4, False, [None, None, None, None], 'main')");
    decref(d);
}
END_TEST

START_TEST(py_queue_producers_consumers)
{
    Value d = must_run(
        "import threading, queue\n"
        "q = queue.Queue()\n"
        "out = []\n"
        "olock = threading.Lock()\n"
        "def prod(k):\n"
        "    for i in range(2000): q.put(k * 10000 + i)\n"
        "def cons():\n"
        "    while True:\n"
        "        v = q.get()\n"
        "        if v is None: break\n"
        "        with olock: out.append(v)\n"
        "ps = [threading.Thread(target=prod, args=(k,)) for k in range(2)]\n"
        "cs = [threading.Thread(target=cons) for k in range(2)]\n"
        "for t in ps + cs: t.start()\n"
        "for t in ps: t.join()\n"
        "q.put(None); q.put(None)\n"
        "for t in cs: t.join()\n"
        "n = len(out)\n"
        "total = sum(out)\n");
    ck_assert_int_eq(u_get_int(d, "n"), 4000);
    /* sum over k in {0,1}, i < 2000 of k*10000 + i */
    ck_assert_int_eq(u_get_int(d, "total"), 2 * (1999 * 2000 / 2) + 2000 * 10000);
    decref(d);
}
END_TEST

START_TEST(py_thread_systemexit_ends_only_thread)
{
    Value d = must_run(
        "import threading\n"
        "log = []\n"
        "def quits():\n"
        "    log.append('before')\n"
        "    raise SystemExit(3)\n"
        "    log.append('not reached')\n"
        "t = threading.Thread(target=quits)\n"
        "t.start()\n"
        "t.join()\n"
        "log.append('main continues')\n"
        "alive = t.is_alive()\n");
    ck_assert_str_eq(u_get_repr(d, "log"), "['before', 'main continues']");
    ck_assert(u_get(d, "alive") == V_FALSE);
    decref(d);
}
END_TEST

Suite *suite_locks(void) {
    Suite *s = suite_create("locks");
    TCase *tc = tcase_create("policy");
    tcase_add_test(tc, policy_facts_match_build);
    tcase_add_test(tc, sys_is_gil_enabled);
    suite_add_tcase(s, tc);

    tc = tcase_create("c_threads");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, critical_section_counter);
    tcase_add_test(tc, list_append_from_threads);
    tcase_add_test(tc, dict_set_from_threads);
    tcase_add_test(tc, critical_section2_no_deadlock);
    tcase_add_test(tc, refcount_from_threads);
    tcase_add_test(tc, python_function_from_c_threads);
    suite_add_tcase(s, tc);

    tc = tcase_create("py_threads");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, py_lock_counter_exact);
    tcase_add_test(tc, py_list_append_exact);
    tcase_add_test(tc, py_dict_updates_exact);
    tcase_add_test(tc, py_waiter_makes_progress);
    tcase_add_test(tc, py_sleeping_thread_does_not_hold_gil);
    tcase_add_test(tc, py_lock_blocked_thread_does_not_hold_gil);
    tcase_add_test(tc, py_two_cpu_threads_progress);
    tcase_add_test(tc, py_switchinterval_round_trip);
    tcase_add_test(tc, py_switchinterval_small_still_progresses);
    tcase_add_test(tc, py_thread_identity_and_local);
    tcase_add_test(tc, py_queue_producers_consumers);
    tcase_add_test(tc, py_thread_systemexit_ends_only_thread);
    suite_add_tcase(s, tc);
    return s;
}
