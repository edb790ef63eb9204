# stress/fuzz/gen.py: write one random racy program to standard output.
#
#   bin/interp-gil stress/fuzz/gen.py SEED [MIN_THREADS MAX_THREADS [SCALE]]
#
# The same arguments always give the same program (our own LCG: the
# interpreter has no random module). The program is the settings, the
# fixed text of prelude.py (shared objects, operations, end checks), and
# one body per thread: a list of operation calls, one per line, each
# marked "#@op" so that run.sh can shrink a failing program by deleting
# lines. SCALE (percent, default 100) scales the rounds each thread runs.
import sys
import os
from fuzzrand import Rand


# family -> operations: (template, weight); %d is the operation's parameter
FAMILIES = {
    "list": [("op_l_append(st)", 4), ("op_l_extend(st)", 2), ("op_l_insert(st, %d)", 2),
             ("op_l_pop(st, %d)", 4), ("op_l_remove(st)", 3), ("op_l_read(st, %d)", 2),
             ("op_l_copy(st, %d)", 3), ("op_l_iter(st)", 1), ("op_l_count(st)", 1),
             ("op_l_sort(st, %d)", 1)],
    "dict": [("op_d_set_own(st, %d)", 4), ("op_d_pop_own(st, %d)", 2), ("op_d_del_own(st, %d)", 2),
             ("op_d_get_own(st, %d)", 2), ("op_d_setdefault_own(st, %d)", 1),
             ("op_d_update_own(st, %d)", 1), ("op_d_set_sh(st, %d)", 3), ("op_d_pop_sh(st, %d)", 2),
             ("op_d_get_sh(st, %d)", 2), ("op_d_setdefault_sh(st, %d)", 1),
             ("op_d_copy(st, %d)", 3), ("op_d_iter(st, %d)", 2)],
    "set": [("op_s_add(st)", 4), ("op_s_remove(st, %d)", 3), ("op_s_pop(st)", 2),
            ("op_s_in(st)", 1), ("op_s_copy(st, %d)", 3), ("op_s_iter(st)", 1)],
    "instance": [("op_o_set_own(st)", 3), ("op_o_get_own(st)", 2), ("op_o_get_other(st, %d)", 2),
                 ("op_o_set_sh(st)", 2), ("op_o_get_sh(st)", 2), ("op_o_dyn(st, %d)", 3),
                 ("op_o_vars(st, %d)", 1)],
    "class": [("op_c_set_own(st)", 3), ("op_c_get_own(st, %d)", 2), ("op_c_get_other(st, %d)", 2),
              ("op_c_set_sh(st)", 2), ("op_c_get_sh(st, %d)", 2), ("op_c_method(st, %d)", 1)],
    "cell": [("op_cell_set(st)", 1), ("op_cell_get(st)", 1)],
    "generator": [("op_g_next(st)", 1)],
    "iterator": [("op_it_next(st, %d)", 1)],
    "local": [("op_tl_set(st)", 2), ("op_tl_get(st)", 2), ("op_tl_dyn(st, %d)", 3)],
    "queue": [("op_q_put(st)", 3), ("op_q_get(st, %d)", 3)],
}
NAMES = ["list", "dict", "set", "instance", "class", "cell", "generator", "iterator", "local", "queue"]


def usage():
    print("usage: gen.py SEED [MIN_THREADS MAX_THREADS [SCALE]]", file=sys.stderr)
    sys.exit(2)


def number(s, lo):
    if not s.isdigit() or int(s) < lo:
        usage()
    return int(s)


def main():
    args = sys.argv[1:]
    if len(args) not in (1, 3, 4):
        usage()
    seed = number(args[0], 0)
    tmin, tmax = 2, 8
    scale = 100
    if len(args) >= 3:
        tmin = number(args[1], 1)
        tmax = number(args[2], tmin)
    if len(args) == 4:
        scale = number(args[3], 1)
    rnd = Rand(seed)
    threads = rnd.between(tmin, tmax)
    # a few families per program, so that threads collide on them; the
    # first is a container, whose races show most often
    fams = [rnd.pick(["list", "dict", "set", "queue", "instance"])]
    want = rnd.between(3, 6)
    while len(fams) < want:
        f = rnd.pick(NAMES)
        if f not in fams:
            fams.append(f)
    ops = []
    for f in fams:
        for tmpl, w in FAMILIES[f]:
            for _ in range(w):
                ops.append(tmpl)
    nops = rnd.between(4, 12)
    phases = rnd.between(1, 4)
    bodies = []
    for t in range(threads):
        body = []
        for _ in range(rnd.between(max(2, nops - 3), nops + 3)):
            tmpl = rnd.pick(ops)
            body.append(tmpl % rnd.below(12) if "%d" in tmpl else tmpl)
        bodies.append(body)
    # each thread performs about `work` operations in all
    work = rnd.between(1000, 3000) * scale // 100
    longest = max([len(b) for b in bodies])
    rounds = max(1, work // (phases * longest))
    settings = [
        ("T", threads), ("ROUNDS", rounds), ("PHASES", phases),
        ("OWNKEYS", rnd.between(2, 24)), ("SHKEYS", rnd.between(1, 6)),
        ("GEN_N", rnd.between(50, 400)), ("IT_N", rnd.between(50, 400)),
        ("QMAX", rnd.pick([0, 0, 8, 64])),
    ]
    out = []
    out.append("# A racy program written by stress/fuzz/gen.py %s" % " ".join(args))
    out.append("# (families: %s). Prints one verdict line, OK or FAIL." % ", ".join(fams))
    out.append("import sys")
    out.append("import threading")
    out.append("import queue")
    out.append("SEED = %d" % seed)
    for name, v in settings:
        out.append("%s = %d" % (name, v))
    here = os.path.dirname(sys.argv[0])
    with open(os.path.join(here, "prelude.py")) as f:
        out.append(f.read())
    for t in range(threads):
        out.append("")
        out.append("def body_%d(st):" % t)
        for line in bodies[t]:
            out.append("    %s  #@op" % line)
        out.append("    pass")
    out.append("")
    out.append("")
    out.append("main([%s])" % ", ".join("body_%d" % t for t in range(threads)))
    print("\n".join(out))


main()
