# ---- the fixed part of every fuzz program (stress/fuzz/prelude.py) ----------
# gen.py copies this text between the program's settings and its thread
# bodies. Every value a thread writes is a tag (tid, seq): the writer and
# its own sequence number, so a reader can tell a real value from an
# invented one, and the end state can be checked against what each thread
# says it did. Each op_* function is one operation; the generated bodies
# are lists of calls to them, one per line, so a failing program can be
# shrunk by deleting lines. An operation catches only the exceptions the
# contract allows it; anything else ends the thread with a failure.
errors = []
OWNBASE = 1000
GIL = getattr(sys, "_is_gil_enabled", lambda: True)()
NOTHING = ("nothing",)


def fail(msg):
    errors.append(msg)


def is_tag(v):
    return (type(v) is tuple and len(v) == 2 and type(v[0]) is int and type(v[1]) is int
            and 0 <= v[0] < T and v[1] >= 0)


class State:
    # what one thread did: its logs are read by the end checks only
    def __init__(self, tid):
        self.tid = tid
        self.seq = 0
        self.r = 0
        self.nops = 0
        self.seen = []          # (where, value) read from a shared object
        self.allowed = 0        # RuntimeErrors the contract allows
        self.lapp = []          # list L
        self.lmine = []
        self.lpop = []
        self.lrem = []
        self.lremfail = []
        self.dexp = {}          # dict D, own keys: what D must hold
        self.dow = []
        self.dsw = []           # dict D, shared keys
        self.dspop = []
        self.dslast = {}
        self.sadd = []          # set S
        self.smine = []
        self.spop = []
        self.srem = []
        self.sremfail = []
        self.sdisc = []
        self.aname = "a%d" % tid  # instance O
        self.oexp = None
        self.ow = []
        self.oxexp = {}
        self.osw = []
        self.oslast = NOTHING
        self.cname = "c%d" % tid  # class Shared
        self.cexp = None
        self.cw = []
        self.csw = []
        self.cslast = NOTHING
        self.cellw = []         # closure cell
        self.celllast = NOTHING
        self.gvals = []         # generator G
        self.gdone = False
        self.busy = 0
        self.itvals = []        # shared iterators
        self.ritvals = []
        self.itdone = False
        self.tlexp = None       # threading.local TL
        self.tlx = {}
        self.qput = []          # queue Q
        self.qget = []


def new(st):
    v = (st.tid, st.seq)
    st.seq += 1
    return v


def seen(st, where, v):
    if is_tag(v):
        st.seen.append((where, v))
    else:
        fail("thread %d read %r from %s: not a value anyone writes" % (st.tid, v, where))


def check_copy(st, where, what, c, unique):
    # a copy made in one step: every item a tag, no duplicates
    for x in c:
        if not is_tag(x):
            fail("thread %d: %s holds %r, not a value anyone writes" % (st.tid, what, x))
            return
    if unique and len(set(c)) != len(c):
        fail("thread %d: %s has duplicates (%d items, %d distinct)" % (st.tid, what, len(c), len(set(c))))
    for x in c[:3]:
        st.seen.append((where, x))
    for x in c[-3:]:
        st.seen.append((where, x))


def size_error(st, e):
    # the one RuntimeError allowed: a Python-level for loop over a dict or
    # set that another thread resizes
    m = str(e)
    if "changed size during iteration" in m or "changed during iteration" in m:
        st.allowed += 1
    else:
        fail("thread %d: RuntimeError in a for loop: %s" % (st.tid, m))


# ---- the shared objects
L = []
D = {}
S = set()
EMPTY = set()


class Box:
    pass


O = Box()
for _t in range(T):
    setattr(O, "a%d" % _t, None)
O.shared = None


class Shared:
    cs = None

    def m(self):
        return 7


for _t in range(T):
    setattr(Shared, "c%d" % _t, None)
SI = Shared()


def make_cell():
    cell = None

    def setc(v):
        nonlocal cell
        cell = v

    def getc():
        return cell
    return setc, getc


CSET, CGET = make_cell()


def producer(n):
    acc = 0
    for i in range(n):
        acc += i
        if acc != i * (i + 1) // 2:
            fail("generator's local variable damaged: %r at %d" % (acc, i))
        yield ("g", i)


G = producer(GEN_N)
ITEMS = [("it", k) for k in range(IT_N)]
IT = iter(ITEMS)
RIT = iter(range(IT_N))
TL = threading.local()
Q = queue.Queue(QMAX)


# ---- list L
def op_l_append(st):
    st.nops += 1
    v = new(st)
    L.append(v)
    st.lapp.append(v)
    st.lmine.append(v)


def op_l_extend(st):
    st.nops += 1
    a = new(st)
    b = new(st)
    L.extend([a, b])
    st.lapp.extend([a, b])
    st.lmine.extend([a, b])


def op_l_insert(st, j):
    st.nops += 1
    v = new(st)
    L.insert(j % 3 - 1, v)
    st.lapp.append(v)
    st.lmine.append(v)


def op_l_pop(st, j):
    st.nops += 1
    try:
        k = j % 3
        if k == 0:
            v = L.pop()
        elif k == 1:
            v = L.pop(0)
        else:
            v = L.pop(-2)
    except IndexError:
        return
    seen(st, "L", v)
    st.lpop.append(v)


def op_l_remove(st):
    st.nops += 1
    if not st.lmine:
        return
    x = st.lmine.pop(0)
    try:
        L.remove(x)
    except ValueError:
        st.lremfail.append(x)
        return
    st.lrem.append(x)


def op_l_read(st, j):
    st.nops += 1
    try:
        v = L[j % 3 - 1]
    except IndexError:
        return
    seen(st, "L", v)


def op_l_copy(st, j):
    st.nops += 1
    k = j % 6
    if k == 0:
        c = L[:]
    elif k == 1:
        c = list(L)
    elif k == 2:
        c = L.copy()
    elif k == 3:
        c = list(tuple(L))
    elif k == 4:
        c = sorted(L)
    else:
        c = L[::2]
    check_copy(st, "L", "a copy of L", c, True)


def op_l_iter(st):
    st.nops += 1
    n = 0
    for x in L:
        n += 1
        if n < 4:
            seen(st, "L", x)
        elif not is_tag(x):
            seen(st, "L", x)


def op_l_count(st):
    st.nops += 1
    if not st.lmine:
        return
    # count of simple items is one step (docs/ATOMICITY.md; stronger than
    # CPython 3.13, whose count walks item by item and may count twice)
    x = st.lmine[-1]
    n = L.count(x)
    if n > 1:
        fail("thread %d: L.count(%r) is %d, but it was appended once" % (st.tid, x, n))
    try:
        i = L.index(x)
    except ValueError:
        return
    if i < 0:
        fail("thread %d: L.index gave %d" % (st.tid, i))


def op_l_sort(st, j):
    st.nops += 1
    if j % 2:
        L.sort()
    else:
        L.reverse()


# ---- dict D: keys OWNBASE*(t+1)+j are thread t's, keys 0..SHKEYS-1 shared
def own_key(st, j):
    return OWNBASE * (st.tid + 1) + (j + st.r) % OWNKEYS


def sh_key(st, j):
    return (j + st.r) % SHKEYS


def valid_key(k):
    if type(k) is not int:
        return False
    if 0 <= k < SHKEYS:
        return True
    return OWNBASE <= k < OWNBASE * (T + 1) and k % OWNBASE < OWNKEYS


def op_d_set_own(st, j):
    st.nops += 1
    k = own_key(st, j)
    v = new(st)
    D[k] = v
    st.dexp[k] = v
    st.dow.append((k, v))


def op_d_pop_own(st, j):
    st.nops += 1
    k = own_key(st, j)
    r = D.pop(k, None)
    e = st.dexp.pop(k, None)
    if r != e:
        fail("thread %d: D.pop(%d) gave %r, its owner last stored %r" % (st.tid, k, r, e))


def op_d_del_own(st, j):
    st.nops += 1
    k = own_key(st, j)
    if k in st.dexp:
        try:
            del D[k]
        except KeyError:
            fail("thread %d: del D[%d] raised KeyError, its owner stored it" % (st.tid, k))
        del st.dexp[k]
    else:
        try:
            del D[k]
        except KeyError:
            return
        fail("thread %d: del D[%d] succeeded, its owner never stored it" % (st.tid, k))


def op_d_get_own(st, j):
    st.nops += 1
    k = own_key(st, j)
    if j % 2:
        r = D.get(k)
    else:
        r = D[k] if k in D else None
    if r != st.dexp.get(k):
        fail("thread %d: D[%d] is %r, its owner last stored %r" % (st.tid, k, r, st.dexp.get(k)))


def op_d_setdefault_own(st, j):
    st.nops += 1
    k = own_key(st, j)
    v = new(st)
    r = D.setdefault(k, v)
    e = st.dexp.get(k, v)
    if r != e:
        fail("thread %d: D.setdefault(%d) gave %r, expected %r" % (st.tid, k, r, e))
    st.dexp[k] = r
    if r is v:
        st.dow.append((k, v))


def op_d_update_own(st, j):
    st.nops += 1
    k = own_key(st, j)
    v = new(st)
    if j % 2:
        D.update({k: v})
    else:
        D.update([(k, v)])
    st.dexp[k] = v
    st.dow.append((k, v))


def op_d_set_sh(st, j):
    st.nops += 1
    k = sh_key(st, j)
    v = new(st)
    D[k] = v
    st.dsw.append((k, v))
    st.dslast[k] = v


def op_d_pop_sh(st, j):
    st.nops += 1
    k = sh_key(st, j)
    r = D.pop(k, None)
    st.dslast[k] = None
    if r is not None:
        seen(st, ("D", k), r)
        st.dspop.append((k, r))


def op_d_get_sh(st, j):
    st.nops += 1
    k = sh_key(st, j)
    r = D.get(k)
    if r is not None:
        seen(st, ("D", k), r)


def op_d_setdefault_sh(st, j):
    st.nops += 1
    k = sh_key(st, j)
    v = new(st)
    r = D.setdefault(k, v)
    if r is v:
        st.dsw.append((k, v))
        st.dslast[k] = v
    else:
        seen(st, ("D", k), r)


def check_keys(st, what, ks):
    for k in ks:
        if not valid_key(k):
            fail("thread %d: %s holds key %r, which nobody stores" % (st.tid, what, k))
            return
    if len(set(ks)) != len(ks):
        fail("thread %d: %s has duplicate keys" % (st.tid, what))


def check_items(st, what, items):
    n = 0
    for k, v in items:
        if not valid_key(k):
            fail("thread %d: %s holds key %r, which nobody stores" % (st.tid, what, k))
            return
        n += 1
        if n < 8 or not is_tag(v):
            seen(st, ("D", k), v)


def op_d_copy(st, j):
    # none of these may raise, however other threads resize D: each copies
    # D in one step (for tuple(D) and tuple(S) this is our promise, stronger
    # than CPython 3.13's, whose tuple() iterates and may raise)
    st.nops += 1
    k = j % 9
    if k == 0:
        check_keys(st, "list(D)", list(D))
    elif k == 1:
        check_keys(st, "sorted(D)", sorted(D))
    elif k == 2:
        check_keys(st, "tuple(D)", list(tuple(D)))
    elif k == 3:
        check_keys(st, "set(D)", list(set(D)))
    elif k == 4:
        check_items(st, "D.copy()", D.copy().items())
    elif k == 5:
        check_items(st, "dict(D)", dict(D).items())
    elif k == 6:
        check_items(st, "list(D.items())", list(D.items()))
    elif k == 7:
        check_copy(st, "Dv", "list(D.values())", list(D.values()), False)
    else:
        if len(D) < 0:
            fail("thread %d: len(D) < 0" % st.tid)


def op_d_iter(st, j):
    st.nops += 1
    k = j % 3
    try:
        if k == 0:
            for key in D:
                if not valid_key(key):
                    fail("thread %d: iterating D gave key %r" % (st.tid, key))
        elif k == 1:
            n = 0
            for key, v in D.items():
                n += 1
                if not valid_key(key):
                    fail("thread %d: iterating D.items() gave key %r" % (st.tid, key))
                elif n < 4 or not is_tag(v):
                    seen(st, ("D", key), v)
        else:
            for v in D.values():
                if not is_tag(v):
                    seen(st, "Dv", v)
    except RuntimeError as e:
        size_error(st, e)


# ---- set S: tags, each added once by its writer
def op_s_add(st):
    st.nops += 1
    v = new(st)
    S.add(v)
    st.sadd.append(v)
    st.smine.append(v)


def op_s_remove(st, j):
    st.nops += 1
    if not st.smine:
        return
    x = st.smine.pop(0)
    if j % 2:
        try:
            S.remove(x)
        except KeyError:
            st.sremfail.append(x)
            return
        st.srem.append(x)
    else:
        # discard says nothing: x left by it, or earlier by someone's pop
        S.discard(x)
        st.sdisc.append(x)


def op_s_pop(st):
    st.nops += 1
    try:
        v = S.pop()
    except KeyError:
        return
    seen(st, "S", v)
    st.spop.append(v)


def op_s_in(st):
    st.nops += 1
    if st.smine:
        x = st.smine[-1]
        if (x in S) not in (True, False):
            fail("thread %d: 'in S' gave no bool" % st.tid)


def op_s_copy(st, j):
    st.nops += 1
    k = j % 8
    if k == 0:
        c = list(S)
    elif k == 1:
        c = list(tuple(S))
    elif k == 2:
        c = sorted(S)
    elif k == 3:
        c = list(set(S))
    elif k == 4:
        c = list(S.copy())
    elif k == 5:
        c = list(S | EMPTY)
    elif k == 6:
        c = list(S.union())
    else:
        c = list(S - EMPTY)
    check_copy(st, "S", "a copy of S", c, True)


def op_s_iter(st):
    st.nops += 1
    try:
        n = 0
        for x in S:
            n += 1
            if n < 4 or not is_tag(x):
                seen(st, "S", x)
    except RuntimeError as e:
        size_error(st, e)


# ---- instance O: attribute a<t> is thread t's, "shared" everyone's,
# x<t>_<j> are thread t's and come and go (the instance dict resizes)
def op_o_set_own(st):
    st.nops += 1
    v = new(st)
    setattr(O, st.aname, v)
    st.oexp = v
    st.ow.append(v)


def op_o_get_own(st):
    st.nops += 1
    r = getattr(O, st.aname)
    if r != st.oexp:
        fail("thread %d: O.%s is %r, its owner last stored %r" % (st.tid, st.aname, r, st.oexp))


def op_o_get_other(st, j):
    st.nops += 1
    t = (st.tid + 1 + j) % T
    r = getattr(O, "a%d" % t)
    if r is not None:
        seen(st, ("O", t), r)


def op_o_set_sh(st):
    st.nops += 1
    v = new(st)
    O.shared = v
    st.osw.append(v)
    st.oslast = v


def op_o_get_sh(st):
    st.nops += 1
    r = O.shared
    if r is not None:
        seen(st, ("O", "shared"), r)


def dyn_name(st, j):
    return "x%d_%d" % (st.tid, (j + st.r) % 6)


def op_o_dyn(st, j):
    st.nops += 1
    name = dyn_name(st, j)
    if name in st.oxexp and (j + st.r) % 3 == 0:
        delattr(O, name)
        del st.oxexp[name]
    elif (j + st.r) % 3 == 1:
        r = getattr(O, name, None)
        if r != st.oxexp.get(name):
            fail("thread %d: O.%s is %r, its owner last stored %r" % (st.tid, name, r, st.oxexp.get(name)))
    else:
        v = new(st)
        setattr(O, name, v)
        st.oxexp[name] = v
        st.ow.append(v)


def op_o_vars(st, j):
    st.nops += 1
    if j % 2:
        items = list(vars(O).items())
    else:
        items = list(O.__dict__.copy().items())
    for name, v in items:
        if v is None:
            continue
        if not is_tag(v):
            fail("thread %d: vars(O)[%r] is %r" % (st.tid, name, v))
        elif name != "shared" and ("%s" % name[1:]).split("_")[0] != "%d" % v[0]:
            fail("thread %d: O.%s holds %r, written by another thread" % (st.tid, name, v))


# ---- class Shared: attribute c<t> is thread t's, cs everyone's; read
# through the class and through an instance
def op_c_set_own(st):
    st.nops += 1
    v = new(st)
    setattr(Shared, st.cname, v)
    st.cexp = v
    st.cw.append(v)


def op_c_get_own(st, j):
    st.nops += 1
    r = getattr(SI if j % 2 else Shared, st.cname)
    if r != st.cexp:
        fail("thread %d: Shared.%s is %r, its owner last stored %r" % (st.tid, st.cname, r, st.cexp))


def op_c_get_other(st, j):
    st.nops += 1
    t = (st.tid + 1 + j) % T
    r = getattr(SI if j % 2 else Shared, "c%d" % t)
    if r is not None:
        seen(st, ("C", t), r)


def op_c_set_sh(st):
    st.nops += 1
    v = new(st)
    Shared.cs = v
    st.csw.append(v)
    st.cslast = v


def op_c_get_sh(st, j):
    st.nops += 1
    r = SI.cs if j % 2 else Shared.cs
    if r is not None:
        seen(st, ("C", "cs"), r)


def op_c_method(st, j):
    st.nops += 1
    r = SI.m() if j % 2 else Shared().m()
    if r != 7:
        fail("thread %d: Shared.m() gave %r" % (st.tid, r))


# ---- the closure cell
def op_cell_set(st):
    st.nops += 1
    v = new(st)
    CSET(v)
    st.cellw.append(v)
    st.celllast = v


def op_cell_get(st):
    st.nops += 1
    r = CGET()
    if r is not None:
        seen(st, "cell", r)


# ---- generator G and the shared iterators
def op_g_next(st):
    st.nops += 1
    try:
        v = next(G)
    except StopIteration:
        st.gdone = True
        return
    except ValueError as e:
        if "already executing" not in str(e):
            raise
        st.busy += 1
        return
    if type(v) is tuple and len(v) == 2 and v[0] == "g" and type(v[1]) is int and 0 <= v[1] < GEN_N:
        st.gvals.append(v[1])
    else:
        fail("thread %d: next(G) gave %r" % (st.tid, v))


def op_it_next(st, j):
    st.nops += 1
    if j % 2:
        v = next(IT, None)
        if v is None:
            st.itdone = True
        elif type(v) is tuple and len(v) == 2 and v[0] == "it" and type(v[1]) is int and 0 <= v[1] < IT_N:
            st.itvals.append(v[1])
        else:
            fail("thread %d: next(IT) gave %r" % (st.tid, v))
    else:
        v = next(RIT, None)
        if v is None:
            return
        if type(v) is int and 0 <= v < IT_N:
            st.ritvals.append(v)
        else:
            fail("thread %d: next(RIT) gave %r" % (st.tid, v))


# ---- threading.local TL: every thread sees only its own attributes
def op_tl_set(st):
    st.nops += 1
    v = new(st)
    TL.v = v
    st.tlexp = v


def op_tl_get(st):
    st.nops += 1
    r = getattr(TL, "v", None)
    if r != st.tlexp:
        fail("thread %d: TL.v is %r, this thread last stored %r" % (st.tid, r, st.tlexp))


def op_tl_dyn(st, j):
    st.nops += 1
    name = "y%d" % ((j + st.r) % 4)
    k = (j + st.r) % 3
    if k == 0:
        if name in st.tlx:
            delattr(TL, name)
            del st.tlx[name]
        else:
            try:
                delattr(TL, name)
            except AttributeError:
                return
            fail("thread %d: del TL.%s succeeded, this thread never stored it" % (st.tid, name))
    elif k == 1:
        r = getattr(TL, name, None)
        if r != st.tlx.get(name):
            fail("thread %d: TL.%s is %r, this thread last stored %r" % (st.tid, name, r, st.tlx.get(name)))
    else:
        v = new(st)
        setattr(TL, name, v)
        st.tlx[name] = v


# ---- queue Q
def op_q_put(st):
    st.nops += 1
    v = new(st)
    try:
        Q.put_nowait(v)
    except queue.Full:
        return
    st.qput.append(v)


def op_q_get(st, j):
    st.nops += 1
    try:
        if j % 2:
            v = Q.get_nowait()
        else:
            v = Q.get(timeout=0.001)
    except queue.Empty:
        return
    seen(st, "Q", v)
    st.qget.append(v)


# ---- running the threads
B = threading.Barrier(T)


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(str(tb.tb_lineno))
        tb = tb.tb_next
    return ",".join(out)


def worker(st, body):
    try:
        for ph in range(PHASES):
            B.wait()
            for r in range(ROUNDS):
                st.r = r
                body(st)
    except threading.BrokenBarrierError:
        pass
    except BaseException as e:
        fail("thread %d raised %s: %s (lines %s)" % (st.tid, type(e).__name__, e, tb_lines(e)))
        B.abort()


# ---- the end checks
def account(what, added, outs, final):
    # every value added once ends in exactly one place: popped, removed or
    # still there; nothing comes from nowhere
    addset = set(added)
    if len(addset) != len(added):
        fail("%s: a value was added twice" % what)
    count = {}
    for v in final:
        count[v] = count.get(v, 0) + 1
    for o in outs:
        for v in o:
            count[v] = count.get(v, 0) + 1
    bad = [v for v in count if v not in addset]
    if bad:
        fail("%s: %d values nobody added, e.g. %r" % (what, len(bad), bad[0]))
    lost = [v for v in added if v not in count]
    if lost:
        fail("%s: %d added values lost, e.g. %r" % (what, len(lost), lost[0]))
    dup = [v for v in count if count[v] > 1]
    if dup:
        fail("%s: %d values came out twice, e.g. %r" % (what, len(dup), dup[0]))


def last_write_ok(what, final, states, lastof):
    # the final value of a shared slot is the last write of the thread that
    # wrote it (a thread's later write would have replaced it)
    if final is None:
        return
    if not is_tag(final):
        fail("%s is %r at the end" % (what, final))
        return
    last = lastof(states[final[0]])
    if last != final:
        fail("%s is %r at the end, but its writer's last write there was %r" % (what, final, last))


def end_checks(states):
    # list L
    allL = []
    for st in states:
        allL.extend(st.lapp)
    final = list(L)
    account("L", allL, [st.lpop for st in states] + [st.lrem for st in states], final)
    finalset = set(final)
    remset = set()
    for st in states:
        remset.update(st.lrem)
    for st in states:
        for x in st.lremfail:
            if x in finalset or x in remset:
                fail("L.remove(%r) raised ValueError, but nobody popped it" % (x,))
    # dict D
    written = {"L": set(allL), "Dv": set()}
    for st in states:
        for k, v in st.dow + st.dsw:
            written.setdefault(("D", k), set()).add(v)
            written["Dv"].add(v)
    for k in list(D):
        if not valid_key(k):
            fail("D holds key %r, which nobody stores" % (k,))
    for st in states:
        for j in range(OWNKEYS):
            k = OWNBASE * (st.tid + 1) + j
            if D.get(k) != st.dexp.get(k):
                fail("D[%d] is %r at the end, its owner last stored %r" % (k, D.get(k), st.dexp.get(k)))
    popped = set()
    for st in states:
        for k, v in st.dspop:
            if (k, v) in popped:
                fail("D.pop(%d) gave %r twice" % (k, v))
            popped.add((k, v))
    for k in range(SHKEYS):
        v = D.get(k)
        if v is not None:
            if v not in written.get(("D", k), ()):
                fail("D[%d] is %r at the end, nobody stored it there" % (k, v))
            elif (k, v) in popped:
                fail("D[%d] is %r at the end, but it was popped" % (k, v))
            else:
                last_write_ok("D[%d]" % k, v, states, lambda s: s.dslast.get(k))
    # set S
    allS = []
    for st in states:
        allS.extend(st.sadd)
    finalS = list(S)
    popS = set()
    for st in states:
        popS.update(st.spop)
    disc = [x for st in states for x in st.sdisc if x not in popS]
    account("S", allS, [st.spop for st in states] + [st.srem for st in states] + [disc], finalS)
    finalS = set(finalS)
    remS = set()
    for st in states:
        remS.update(st.srem)
    for st in states:
        for x in st.sremfail:
            if x in finalS or x in remS:
                fail("S.remove(%r) raised KeyError, but nobody popped it" % (x,))
    written["S"] = set(allS)
    # instance O and class Shared
    for st in states:
        if getattr(O, st.aname) != st.oexp:
            fail("O.%s is %r at the end, its owner last stored %r" % (st.aname, getattr(O, st.aname), st.oexp))
        if getattr(Shared, st.cname) != st.cexp:
            fail("Shared.%s is %r at the end, its owner last stored %r" % (st.cname, getattr(Shared, st.cname), st.cexp))
        for j in range(6):
            name = "x%d_%d" % (st.tid, j)
            if getattr(O, name, None) != st.oxexp.get(name):
                fail("O.%s is %r at the end, its owner last stored %r" % (name, getattr(O, name, None), st.oxexp.get(name)))
        written[("O", st.tid)] = set(st.ow)
        written[("C", st.tid)] = set(st.cw)
        written.setdefault(("O", "shared"), set()).update(st.osw)
        written.setdefault(("C", "cs"), set()).update(st.csw)
        written.setdefault("cell", set()).update(st.cellw)
    last_write_ok("O.shared", O.shared, states, lambda s: s.oslast)
    last_write_ok("Shared.cs", Shared.cs, states, lambda s: s.cslast)
    last_write_ok("the closure cell", CGET(), states, lambda s: s.celllast)
    # the generator and the shared iterators
    allg = []
    done = False
    for st in states:
        allg.extend(st.gvals)
        done = done or st.gdone
    if len(set(allg)) != len(allg):
        fail("generator G: %d values, %d distinct" % (len(allg), len(set(allg))))
    elif done and len(allg) != GEN_N:
        fail("generator G finished after %d of %d values" % (len(allg), GEN_N))
    alli = []
    allr = []
    done = False
    for st in states:
        alli.extend(st.itvals)
        allr.extend(st.ritvals)
        done = done or st.itdone
    if GIL:
        # with a GIL a shared iterator hands out each item once; without
        # one CPython 3.13 allows duplicates (and misses) here
        if len(set(alli)) != len(alli):
            fail("iterator IT: %d items, %d distinct" % (len(alli), len(set(alli))))
        elif done and len(alli) != IT_N:
            fail("iterator IT finished after %d of %d items" % (len(alli), IT_N))
        if len(set(allr)) != len(allr):
            fail("iterator RIT: %d items, %d distinct" % (len(allr), len(set(allr))))
    # threading.local: the main thread never stored anything
    if hasattr(TL, "v"):
        fail("the main thread sees TL.v = %r" % (TL.v,))
    # queue Q
    rest = []
    while True:
        try:
            rest.append(Q.get_nowait())
        except queue.Empty:
            break
    allq = []
    for st in states:
        allq.extend(st.qput)
    account("Q", allq, [st.qget for st in states], rest)
    written["Q"] = set(allq)
    # every value read was written to the object it was read from
    for st in states:
        for where, v in st.seen:
            if v not in written.get(where, ()):
                fail("thread %d read %r from %r: nobody wrote it there" % (st.tid, v, where))
                break


def main(bodies):
    states = [State(t) for t in range(T)]
    ts = [threading.Thread(target=worker, args=(states[t], bodies[t])) for t in range(T)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if not errors:
        end_checks(states)
    nops = 0
    allowed = 0
    busy = 0
    for st in states:
        nops += st.nops
        allowed += st.allowed
        busy += st.busy
    if errors:
        more = " (+%d more)" % (len(errors) - 3) if len(errors) > 3 else ""
        print("FAIL fuzz seed=%d: %s%s" % (SEED, "; ".join(errors[:3]), more))
        sys.exit(1)
    print("OK fuzz seed=%d threads=%d ops=%d size_errors=%d busy=%d" % (SEED, T, nops, allowed, busy))
