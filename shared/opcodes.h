/* opcodes.h - the one list of opcodes.  Each entry: name, stack effect
 * (for the compiler's depth tracking; VAR = computed from the argument),
 * and what it does.  The enum, the name table and the computed-goto jump
 * table in vm.c are all expanded from this list, so they cannot drift.
 *
 * An instruction is 32 bits: opcode in the low 8, argument in the high 24. */
#ifndef TWINPY_OPCODES_H
#define TWINPY_OPCODES_H

#define VAR 99
#define OPCODE_LIST(X) \
    X(NOP, 0)                /* nothing */ \
    X(POP_TOP, -1)           /* drop TOS */ \
    X(DUP_TOP, 1)            /* a -> a a */ \
    X(DUP_TOP_TWO, 2)        /* a b -> a b a b */ \
    X(ROT_TWO, 0)            /* a b -> b a */ \
    X(ROT_THREE, 0)          /* a b c -> c a b */ \
    X(ROT_FOUR, 0)           /* a b c d -> d a b c */ \
    X(LOAD_CONST, 1)         /* push consts[arg] */ \
    X(LOAD_FAST, 1)          /* push local arg (UnboundLocalError if unset) */ \
    X(STORE_FAST, -1)        /* local arg = TOS */ \
    X(DELETE_FAST, 0)        /* unbind local arg */ \
    X(LOAD_DEREF, 1)         /* push the value of cell arg (own cells, then free) */ \
    X(STORE_DEREF, -1)       /* cell arg = TOS */ \
    X(DELETE_DEREF, 0)       /* unbind cell arg */ \
    X(LOAD_CLASSDEREF, 1)    /* class body: namespace, else cell arg */ \
    X(LOAD_CLOSURE, 1)       /* push cell arg itself (to build a closure) */ \
    X(LOAD_GLOBAL, 1)        /* push globals/builtins [names[arg]]; a CACHE word follows */ \
    X(CACHE, 0)              /* data for the instruction before (never executed) */ \
    X(STORE_GLOBAL, -1)      /* globals[names[arg]] = TOS */ \
    X(DELETE_GLOBAL, 0)      /* del globals[names[arg]] */ \
    X(LOAD_NAME, 1)          /* class body: namespace, globals, builtins */ \
    X(STORE_NAME, -1)        /* namespace[names[arg]] = TOS */ \
    X(DELETE_NAME, 0)        /* del namespace[names[arg]] */ \
    X(LOAD_ATTR, 0)          /* obj -> obj.names[arg] */ \
    X(LOAD_ATTR_FAST, 1)     /* -> local[arg & 4095].names[arg >> 12] (the local is not incref'd) */ \
    X(STORE_ATTR, -2)        /* value obj -> ; obj.name = value */ \
    X(DELETE_ATTR, -1)       /* obj -> ; del obj.name */ \
    X(LOAD_METHOD, 1)        /* obj -> func self|NULL (no bound method made) */ \
    X(CALL_METHOD, VAR)      /* func self|NULL args*arg -> result */ \
    X(BINARY_SUBSCR, -1)     /* obj key -> obj[key] */ \
    X(BINARY_SUBSCR_FAST, 0) /* key -> local[arg][key] (the local is not incref'd) */ \
    X(STORE_SUBSCR, -3)      /* value obj key -> ; obj[key] = value */ \
    X(DELETE_SUBSCR, -2)     /* obj key -> ; del obj[key] */ \
    X(BUILD_SLICE, VAR)      /* start stop [step] -> slice (arg = 2 or 3) */ \
    X(BINARY_ADD, -1)        /* a b -> a + b (int fast path) */ \
    X(BINARY_SUB, -1)        /* a b -> a - b (int fast path) */ \
    X(BINARY_OP, -1)         /* a b -> a <op arg> b */ \
    X(INPLACE_ADD, -1)       /* a b -> a += b */ \
    X(INPLACE_SUB, -1)       /* a b -> a -= b */ \
    X(INPLACE_OP, -1)        /* a b -> a <op arg>= b */ \
    X(UNARY_NEG, 0)          /* -a */ \
    X(UNARY_POS, 0)          /* +a */ \
    X(UNARY_NOT, 0)          /* not a */ \
    X(UNARY_INVERT, 0)       /* ~a */ \
    X(COMPARE_OP, -1)        /* a b -> a <cmp arg> b */ \
    X(IS_OP, -1)             /* a b -> a is b (arg 1: is not) */ \
    X(CONTAINS_OP, -1)       /* a b -> a in b (arg 1: not in) */ \
    X(JUMP, 0)               /* forward jump to arg */ \
    X(JUMP_BACK, 0)          /* backward jump to arg; a safepoint */ \
    X(POP_JUMP_IF_FALSE, -1) /* pop; jump if false */ \
    X(POP_JUMP_IF_TRUE, -1)  /* pop; jump if true */ \
    X(JUMP_IF_FALSE_OR_POP, -1) /* jump if false (keeping TOS), else pop */ \
    X(JUMP_IF_TRUE_OR_POP, -1)  /* jump if true (keeping TOS), else pop */ \
    X(GET_ITER, 0)           /* obj -> iter(obj) */ \
    X(FOR_ITER, 1)           /* it -> it next; exhausted: pop it, jump to arg */ \
    X(BUILD_TUPLE, VAR)      /* items*arg -> tuple */ \
    X(BUILD_LIST, VAR)       /* items*arg -> list */ \
    X(BUILD_SET, VAR)        /* items*arg -> set */ \
    X(BUILD_MAP, VAR)        /* (key value)*arg -> dict */ \
    X(LIST_APPEND, -1)       /* list ... v -> list ...; list at depth arg */ \
    X(SET_ADD, -1)           /* likewise for a set */ \
    X(MAP_ADD, -2)           /* dict ... k v -> dict ... */ \
    X(LIST_EXTEND, -1)       /* list ... it -> list ... (arg: depth) */ \
    X(SET_UPDATE, -1)        /* set ... it -> set ... */ \
    X(DICT_UPDATE, -1)       /* dict ... m -> dict ... */ \
    X(DICT_MERGE, -1)        /* f ... dict ... m -> (duplicates are errors) */ \
    X(LIST_TO_TUPLE, 0)      /* list -> tuple */ \
    X(UNPACK_SEQUENCE, VAR)  /* seq -> items*arg (last item on top) */ \
    X(UNPACK_EX, VAR)        /* seq -> before, list, after (arg = before | after << 8) */ \
    X(CALL, VAR)             /* f args*arg -> result */ \
    X(CALL_KW, VAR)          /* f args*arg kwnames -> result (kw values are the last args) */ \
    X(CALL_EX, VAR)          /* f argtuple [kwdict] -> result (arg 1: kwdict) */ \
    X(MAKE_FUNCTION, VAR)    /* [defaults] [kwdefaults] [annotations] [closure] code qualname -> f */ \
    X(BUILD_CLASS, VAR)      /* body name bases*arg -> class */ \
    X(RETURN_VALUE, -1)      /* return TOS */ \
    X(YIELD_VALUE, 0)        /* yield TOS; resumes with the sent value on top */ \
    X(RAISE, VAR)            /* arg 0: re-raise; 1: raise TOS; 2: raise a from b */ \
    X(RERAISE, -1)           /* raise TOS again, keeping its traceback */ \
    X(PUSH_EXC_INFO, 1)      /* exc -> prev exc; the handled exception = exc */ \
    X(POP_EXCEPT, -1)        /* prev -> ; the handled exception = prev */ \
    X(CHECK_EXC_MATCH, 0)    /* exc type -> exc bool */ \
    X(BEFORE_WITH, 1)        /* mgr -> exit enter() */ \
    X(WITH_EXIT, -1)         /* exit -> ; exit(None, None, None) */ \
    X(WITH_EXCEPT_START, 1)  /* exit prev exc -> exit prev exc exit(type, exc, tb) */ \
    X(FORMAT_VALUE, VAR)     /* v [spec] -> str (arg: conversion | has_spec << 8) */ \
    X(BUILD_STRING, VAR)     /* strs*arg -> str */ \
    X(IMPORT_NAME, 0)        /* level -> module names[arg] (top package for a.b) */ \
    X(IMPORT_FROM, 1)        /* mod -> mod mod.names[arg] */ \
    X(IMPORT_STAR, -1)       /* mod -> ; copy public names */ \
    X(LOAD_ASSERTION_ERROR, 1) /* push AssertionError */ \
    X(RETURN_GENERATOR, 0)   /* marks the start of a generator body */ \
    X(SEND, 0)               /* yield from: iter v -> iter yielded, or -> returned, jump to arg */

enum {
#define X(name, eff) I_##name,
    OPCODE_LIST(X)
#undef X
    OPCODE_COUNT
};

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(i) ((i) & 0xffu)
#define INSTR_ARG(i) ((i) >> 8)

/* MAKE_FUNCTION flags */
#define MF_DEFAULTS 1
#define MF_KWDEFAULTS 2
#define MF_CLOSURE 4
#define MF_DEF 8 /* made by a def statement (module-level defs are immortal) */
#define MF_ANNOTATIONS 16 /* a dict of the parameters' and the return's annotations */

#endif
