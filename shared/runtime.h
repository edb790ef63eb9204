/* runtime.h - thread state, frames, and the runtime's internal API.
 *
 * Conventions used everywhere:
 *   - A function returning Value returns a NEW reference, or V_NULL with
 *     the thread's exception set.  (Borrowed references out of shared
 *     containers are unsafe in the free-threaded build, so there are none.)
 *   - A function returning int returns -1 with an exception set, else 0 or
 *     a non-negative answer.
 *   - "steals" in a comment means the callee takes over the caller's
 *     reference to that argument.
 *   - Prefixes name the owner: str_ (str.c), list_ (list.c), dict_ (dict.c),
 *     set_ (set.c), num_/int_/float_ (num.c), exc_/err_ (exc.c), obj_ (ops.c),
 *     type_ (type.c), vm_ (vm.c), th_ (thread.c), mod_ (modules). */
#ifndef TWINPY_RUNTIME_H
#define TWINPY_RUNTIME_H

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "object.h"

/* ---- threads and frames ------------------------------------------------ */
struct Frame {
    Frame *back;     /* the caller, for tracebacks and returns */
    Code *code;
    Func *func;      /* strong; NULL for module and class bodies */
    Dict *globals;   /* borrowed from func or the module */
    Dict *locals;    /* namespace for *_NAME opcodes (module, class body) */
    uint32_t *ip;    /* next instruction, saved when the frame is not running */
    Value *sp;       /* operand stack top, saved likewise */
    Gen *gen;        /* the generator owning this frame, or NULL */
    uint8_t entry;   /* eval returns to C when this frame returns */
    uint8_t on_heap; /* allocated with mem_alloc (generators), not the arena */
    Value fast[];    /* locals, then cells and free variables, then the stack */
};

struct ThreadState {
    PolThread pol;         /* first: the policy's per-thread state */
    ThreadState *next, *prev; /* registry of live threads */
    Frame *frame;          /* the running frame */
    Value exc;             /* the exception being raised, or V_NULL */
    Value handled;         /* the exception an except block is handling */
    int depth;             /* Python frames */
    int c_depth;           /* nested C-level recursion (repr, compare, parse) */
    Value *arena, *arena_top, *arena_end; /* frame arena */
    int64_t ident;         /* threading.get_ident() */
    int64_t native_id;     /* the kernel's thread id */
    int64_t live_objects;  /* objects allocated minus freed by this thread */
    int dealloc_depth;     /* nesting of obj_dealloc (the trashcan) */
    Obj **trash;           /* deallocations deferred by the trashcan */
    int ntrash, captrash;
    Dict *locals_map;      /* threading.local storage: serial -> dict */
    Obj *float_free;       /* freelist of dead floats (linked through ->type) */
    int nfloat_free;
    bool daemon;
    bool is_main;
};

extern _Thread_local ThreadState *cur_ts;

/* ---- the interpreter-wide state --------------------------------------- */
typedef struct {
    Dict *builtins;        /* the builtins module's dict */
    Dict *modules;         /* sys.modules */
    Module *main_module;
    Str *script_dir;       /* where `import m` looks for m.py */
    Value argv;            /* sys.argv list */
    bool leakcheck;        /* -X leakcheck: count live objects after finalizing */
    bool is_child;         /* a forked multiprocessing child */
    int64_t dead_threads_live; /* live_objects of threads that have exited */
} Interp;
extern Interp interp;

/* ---- interned names used by the runtime -------------------------------- */
#define NAME_LIST(X) \
    X(__init__) X(__repr__) X(__str__) X(__eq__) X(__ne__) X(__lt__) X(__le__) \
    X(__gt__) X(__ge__) X(__hash__) X(__len__) X(__bool__) X(__iter__) X(__next__) \
    X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__call__) \
    X(__enter__) X(__exit__) X(__add__) X(__radd__) X(__sub__) X(__rsub__) \
    X(__mul__) X(__rmul__) X(__truediv__) X(__rtruediv__) X(__floordiv__) \
    X(__rfloordiv__) X(__mod__) X(__rmod__) X(__pow__) X(__rpow__) X(__lshift__) \
    X(__rlshift__) X(__rshift__) X(__rrshift__) X(__and__) X(__rand__) X(__or__) \
    X(__ror__) X(__xor__) X(__rxor__) X(__iadd__) X(__isub__) X(__imul__) \
    X(__itruediv__) X(__ifloordiv__) X(__imod__) X(__ipow__) X(__ilshift__) \
    X(__irshift__) X(__iand__) X(__ior__) X(__ixor__) X(__matmul__) X(__rmatmul__) X(__imatmul__) X(__neg__) X(__pos__) \
    X(__abs__) X(__invert__) X(__int__) X(__float__) X(__index__) X(__getattr__) X(__setattr__) X(__delattr__) \
    X(__name__) X(__qualname__) X(__module__) X(__class__) X(__dict__) X(__doc__) \
    X(__main__) X(__builtins__) X(__file__) X(__path__) X(__package__) X(__cause__) X(__context__) \
    X(__traceback__) X(__suppress_context__) X(args) X(__round__) X(__bases__) \
    X(__mro__) X(__base__) X(__self__) X(__wrapped__) X(__defaults__) X(__kwdefaults__) X(__globals__) \
    X(__code__) X(__set_name__) X(__missing__) X(__reversed__) X(__new__) \
    X(__del__) X(__format__) X(__slots__) X(__all__) X(__annotations__) \
    X(self) X(_shutdown) X(name) X(value) X(fget) X(fset) X(fdel) X(__get__) \
    X(keys) X(send) X(throw) X(close) X(__divmod__) X(__rdivmod__) X(__trunc__) \
    X(__ceil__) X(__floor__) X(real) X(imag) X(numerator) X(denominator) X(sep) X(end) X(file) X(flush) \
    X(key) X(reverse) X(start) X(strict) X(__getattribute__) X(__set__) X(__delete__) \
    X(__init_subclass__) X(__classcell__) X(__prepare__) X(metaclass) X(__class_getitem__) \
    X(__instancecheck__) X(__subclasscheck__) X(__abstractmethods__)
typedef struct {
#define X(n) Str *n;
    NAME_LIST(X)
#undef X
} Names;
extern Names N;

/* ---- memory (mem.c): the one allocation path --------------------------- */
void *mem_alloc(size_t n);            /* NULL with MemoryError set */
void *mem_calloc(size_t n);
void *mem_realloc(void *p, size_t n); /* NULL with MemoryError set; p kept */
void mem_free(void *p);
Obj *obj_new(Type *t, size_t size);   /* header initialised, rc 1 */
void obj_free(Obj *o);                /* the memory of a dead object */
int64_t mem_live_objects(void);       /* sum over threads (leak check) */
void immortal_track(Obj *o);          /* make o immortal; freed by immortals_finalize */
void immortals_finalize(void);

/* ---- strings (str.c) ------------------------------------------------------ */
typedef struct {
    char *buf;
    int64_t len, cap;
    bool failed; /* an allocation failed: MemoryError is set */
} SBuf;
void sb_init(SBuf *b);
void sb_add(SBuf *b, const char *s, int64_t n);
void sb_adds(SBuf *b, const char *s);
void sb_addc(SBuf *b, char c);
void sb_fill(SBuf *b, const char *unit, int64_t n, int64_t times); /* unit repeated */
void sb_addf(SBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_add_str(SBuf *b, Str *s);
void sb_add_utf8(SBuf *b, uint32_t cp);
int utf8_encode(uint32_t cp, char out[4]); /* bytes written */
void utf8_strip_space(const char **s, const char **e); /* past Unicode whitespace at both ends */
Value sb_finish(SBuf *b); /* the new str; frees the buffer */
void sb_free(SBuf *b);

Value str_new(const char *s, int64_t len); /* bytes must be valid UTF-8 */
Value str_from_c(const char *s);
/* bytes.c */
Value bytes_new(const char *data, int64_t len); /* data NULL: zeros */
Value bytes_repr_of(const char *s, int64_t n);
Value bytes_concat(Value a, Value b);
Value bytes_repeat(Value a, int64_t n);
Value str_encode(Str *s, Value *a, int n, Dict *kw); /* a[1], a[2]: encoding, errors */
Value bytes_latin1_str(Value b);  /* bytes -> the str of the same code points */
Value str_latin1_bytes(Str *s);   /* and back (every code point < 256) */
Value bytes_percent(Value fmt, Value args); /* bytes % args */
/* bytearray.c */
bool is_bytearray(Value v);
Value bytearray_snapshot(Value v);              /* its contents now, as bytes */
int bytearray_extend(Value ba, Value iterable);
Value bytearray_binop(int op, Value a, Value b); /* + and * with bytes-likes; NotImplemented otherwise */
void bytearray_init(void);
void bytes_init_type(void);
void bytes_init_methods(void);
void bytes_free_empty(void);
Str *str_intern_c(const char *s);          /* immortal, unique */
Str *str_intern(Str *s);                   /* returns the canonical copy (new ref) */
int64_t str_hash(Str *s);
bool str_eq(Str *a, Str *b);
int str_cmp(Str *a, Str *b);
bool str_eq_c(Str *a, const char *c);
Value str_concat(Str *a, Str *b);
Value str_repr(Value s);
Value str_getitem(Value s, Value key);
Value str_char_at(Str *s, int64_t i); /* i in range */
int64_t str_byte_offset(Str *s, int64_t ci);
bool utf8_valid(const char *s, int64_t n, int64_t *nchars);
int utf8_decode(const unsigned char *s, uint32_t *cp); /* bytes used */
Value str_mul(Str *s, int64_t n);
Value str_join(Str *sep, Value iterable);
Value str_format_method(Str *fmt, Value *args, int nargs, Dict *kw);
Value str_format_map(Str *fmt, Value mapping);
Value str_percent(Str *fmt, Value args);
void str_init_type(void);

/* ---- numbers (num.c) ----------------------------------------------------- */
Value int_from_i64(int64_t i);
bool val_as_i64(Value v, int64_t *out); /* int or bool */
Value float_new(double d);
bool val_as_double(Value v, double *out); /* int, bool or float */
void float_repr(double d, char *buf, size_t n); /* Python's repr */
int64_t int_hash(int64_t i);
int64_t float_hash(double d);
Value num_binop(int op, Value a, Value b); /* NotImplemented if not numbers */
Value seq_binop(int op, Value a, Value b); /* + * of str/list/tuple, str %: NotImplemented otherwise */
Value builtin_dunder(Value o, Str *name);  /* (5).__add__ and the like, or V_NULL */
void dunder_install_all(void);            /* the built-in types' special methods into their dicts */
Value iter_next_keep(Value it);             /* next() keeping a class's StopIteration */
bool repr_enter(Value v);  /* false: v's repr is already being made (print [...]) */
void repr_leave(Value v);
bool obj_callable(Value v);                 /* callable(v) */
Value callable_desc(Value f);               /* "__main__.f()", for argument errors */
Value int_parse(const char *s, int64_t len, int base); /* int("...") */
Value float_parse(const char *s, int64_t len);
Value num_round(Value x, Value ndigits);
Value num_pow3(Value b, Value e, Value m);
void num_init_types(void);

/* ---- complex numbers (complex.c) --------------------------------------------- */
Value complex_new(double re, double im);
Value complex_binop(int op, Value a, Value b); /* + - * / ** with a complex on either side */
Value complex_unary(Value v, char op);          /* '-', '+', or 'a' for abs() */
Value complex_pow_real(double a, double b);     /* a ** b for a < 0 and b not integral */
void complex_init_type(void);
Value frame_snapshot(int64_t depth);            /* sys._getframe(depth) (frameobj.c) */
Value frame_for_traceback(Code *code, int line); /* tb.tb_frame */
void frameobj_init_type(void);
void patma_install(Module *builtins);          /* the match statement's $mseq, $mmap, $mcls (patma.c) */
Value mod_cmath_init(void);

/* ---- ints beyond 64 bits (bigint.c) ------------------------------------------
 * Every int that does not fit int64_t is a big int; every one that does is
 * not, so val_as_i64 answers for all the others.  The arguments of these
 * are ints (tagged, boxed or big) unless said otherwise. */
Value big_binop(int op, Value a, Value b); /* + - * // % ** << >> & | ^ and / */
int big_cmp(Value a, Value b);              /* -1, 0, 1 */
int big_cmp_double(Value a, double d);      /* d finite */
int64_t big_hash(Value v);
int big_sign(Value v);                      /* -1, 0, 1 */
bool big_to_double(Value v, double *out);   /* false: OverflowError set */
Value big_from_double(double d);            /* d finite, integral */
Value big_parse(const char *s, const char *e, int base, bool neg); /* validated digits, '_' allowed */
char *int_digits(Value v, int base, int64_t *n, bool *neg); /* magnitude, malloc'd; NULL: error set */
int64_t big_bit_length(Value v);            /* of the magnitude */
int64_t big_bit_count(Value v);
bool int_to_bytes_le(Value v, uint8_t *out, int64_t n, bool is_signed); /* false: does not fit */
Value int_from_bytes_le(const uint8_t *p, int64_t n, bool is_signed);
Value big_overflow_index(void);             /* OverflowError: cannot fit 'int' into an index-sized integer */
bool big_too_many_bits(double bits);        /* true, OverflowError set: a result that size cannot be made */
Value int_arg_error(Value v);               /* v is no 64-bit int: OverflowError if big, else TypeError */
bool int_clamp_i64(Value v, int64_t *out);  /* an int, a big one clamped to +-INT64_MAX (slice bounds) */
extern int64_t int_max_str_digits;          /* sys.set_int_max_str_digits; 0: no limit */

/* ---- containers ---------------------------------------------------------- */
Value tuple_new(int64_t n);             /* items zeroed: fill them */
Value tuple_pack(int n, ...);           /* new refs taken */
Value tuple_from_array(Value *items, int64_t n); /* increfs */
Value list_new(int64_t n);              /* len 0, capacity n */
int list_append(Value list, Value v);   /* increfs v */
Value list_from_array(Value *items, int64_t n);
Value list_get(Value list, int64_t i);  /* new ref or V_NULL (no error set) */
Value list_snapshot(Value list);        /* a tuple copy, taken under the lock */
Value seq_to_tuple(Value iterable);
Value seq_to_list(Value iterable);
int list_sort(Value list, Value key, bool reverse);
int list_extend(Value list, Value iterable);
Value list_pop(Value list, int64_t i);  /* used by queue-like code */
void list_init_type(void);
void tuple_init_type(void);

Value dict_new(void);
Value dict_get(Dict *d, Value key);     /* new ref; V_NULL: missing (no error) or error */
Value dict_get_str(Dict *d, Str *key);  /* same, for str keys */
int dict_set(Dict *d, Value key, Value v);    /* increfs both */
int dict_set_str(Dict *d, Str *key, Value v);
int dict_del(Dict *d, Value key);       /* 1 deleted, 0 missing, -1 error */
int64_t dict_len(Dict *d);
Value dict_setdefault(Dict *d, Value k, Value dflt); /* d.setdefault(k, dflt), new ref */
bool dict_next(Dict *d, int64_t *pos, Value *key, Value *val); /* unlocked walk (owner only) */
Value dict_items_snapshot(Dict *d);     /* list of (k, v) tuples */
Value dict_keys_snapshot(Dict *d);      /* list of keys */
int dict_update(Dict *d, Value other);
int dict_merge_kwargs(Dict *d, Value other, bool err_on_dup, Value callee);
Value dict_copy(Dict *d);
void dict_clear(Dict *d);
void dict_init_type(void);

Value set_new(void);
Value set_keys_snapshot(Value s);       /* a tuple of the keys, taken under the lock */
/* The items of a dict (its keys), a dict view or a set, copied under the
 * container's lock in one step (a tuple or a private list), or V_NULL with
 * no error set for any other object: list(d), tuple(s), sorted(d),
 * xs.extend(d.items()), set(d.values()) ... see no half-done change, as in
 * free-threaded CPython.  A Python-level for loop still may. */
Value container_snapshot(Value v);
static inline Value *snapshot_items(Value t, int64_t *n) {
    if (IS_TUPLE(t)) { *n = AS_TUPLE(t)->len; return AS_TUPLE(t)->items; }
    *n = AS_LIST(t)->len;
    return AS_LIST(t)->items;
}
int set_add(Value s, Value key);
int set_contains(Value s, Value key);
int set_update(Value s, Value iterable);
void set_init_type(void);

Value range_new(int64_t start, int64_t stop, int64_t step);
Value slice_new(Value start, Value stop, Value step);
int slice_indices(Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen);
void iter_init_types(void);

/* ---- generic operations (ops.c) ----------------------------------------- */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };
/* the outcome of comparison op (CMP_*) for a three-way result c (<0, 0, >0) */
static inline Value cmp_result(int c, int op) {
    switch (op) {
    case CMP_LT: return MK_BOOL(c < 0);
    case CMP_LE: return MK_BOOL(c <= 0);
    case CMP_EQ: return MK_BOOL(c == 0);
    case CMP_NE: return MK_BOOL(c != 0);
    case CMP_GT: return MK_BOOL(c > 0);
    default: return MK_BOOL(c >= 0);
    }
}
enum {
    BOP_ADD, BOP_SUB, BOP_MUL, BOP_TRUEDIV, BOP_FLOORDIV, BOP_MOD, BOP_POW,
    BOP_LSHIFT, BOP_RSHIFT, BOP_AND, BOP_OR, BOP_XOR, BOP_MATMUL, BOP_COUNT
};
extern const char *const bop_symbol[BOP_COUNT];
Value obj_repr(Value v);
Value obj_ascii(Value v); /* repr with non-ASCII escaped */
Value obj_dir(Value o);   /* dir(o) */
Value obj_str(Value v);
int obj_truth(Value v);
int64_t obj_hash(Value v);
Value obj_richcmp(Value a, Value b, int op);
int obj_eq(Value a, Value b);        /* 1, 0, -1 error */
/* Keys with the same hash as a key being looked up, gathered under a dict's
 * or set's lock and compared with it after the lock is dropped (since __eq__
 * may run Python code).  Keys found unequal are remembered, with a
 * reference (so no other object can take their address), and are not
 * compared again. */
typedef struct {
    Value small[16], *items;
    int64_t n, cap;
    bool nomem;
} KeyCands;
void cands_init(KeyCands *c);
void cands_push(KeyCands *c, Value key);  /* takes a new reference to key */
bool cands_has(const KeyCands *c, Value key);
void cands_release(KeyCands *c);         /* drops the references */
/* The first candidate equal to key (new ref), or V_NULL: none equal (*err
 * false) or an error (*err true; exception set).  The ones found unequal
 * move to *unequal; c is left empty. */
Value cands_first_equal(KeyCands *c, Value key, KeyCands *unequal, bool *err);
int obj_lt(Value a, Value b);
Value obj_binop(int op, Value a, Value b);
Value obj_inplace(int op, Value a, Value b);
Value obj_neg(Value v);
Value obj_pos(Value v);
Value obj_invert(Value v);
Value obj_abs(Value v);
Value obj_getattr(Value o, Str *name);
Value obj_getattr_opt(Value o, Str *name); /* V_NULL without error when missing */
int obj_setattr(Value o, Str *name, Value v); /* v 0 deletes */
Value obj_getitem(Value o, Value key);
int obj_setitem(Value o, Value key, Value v); /* v 0 deletes */
Value obj_iter(Value o);
Value obj_next(Value it); /* V_NULL: done (no error) or error */
int64_t obj_len(Value o);
int obj_contains(Value container, Value x);
bool obj_is_instance_of(Value v, Type *t);
int obj_isinstance(Value v, Value cls);
const char *type_name(Value v);
int64_t obj_index(Value v, const char *what); /* an int as a C int, or -1 w/ error */
bool obj_simple_key(Value v); /* hashing/equality never runs Python code */
Value call(Value callee, Value *args, int nargs, Dict *kw);
Value call0(Value callee);
Value call1(Value callee, Value a);
Value call_with_self(Value func, Value self, Value *args, int nargs, Dict *kw); /* func(self, *args) */
Value call2(Value callee, Value a, Value b);
Value call_method(Value self, Str *name, Value *args, int nargs);
Value call_method_opt(Value self, Str *name, Value *args, int nargs, bool *found);
Value obj_format(Value v, Str *spec);
int c_recursion_enter(const char *where);
void c_recursion_leave(void);

/* ---- types, classes, instances (type.c) ---------------------------------- */
Value type_lookup(Type *t, Str *name);    /* along the MRO; new ref or V_NULL */
Value type_lookup_after(Type *t, Type *after, Str *name); /* the MRO after `after` (super) */
Type *mro_item(Type *t, int64_t i);      /* t's MRO, t first; NULL past the end */
Value type_metaclass_for(Value meta, Value bases);
/* alias.c: list[int] and int | None */
extern Type GenericAliasType, UnionType;
Value generic_alias_new(Value origin, Value args);
Value type_union(Value a, Value b);            /* NotImplemented unless both are types */
int union_isinstance(Value v, Value u, bool subclass);
Value class_getitem(Value cls, Value key);     /* C[key] */
int meta_check(Value cls, Str *hook, Value v); /* __instancecheck__/__subclasscheck__ of cls's metaclass */
bool type_is_subtype(Type *a, Type *b);
void type_ready(Type *t, const char *name, Type *base);
void type_add_method(Type *t, const char *name, NativeFn fn, int min, int max, bool kw);
void type_add_wrapped(Type *t, const char *name, NativeFn f, int min, int max, bool kw, Type *wrapper); /* a static or class method */
void type_add_value(Type *t, const char *name, Value v);
Value type_new_class(Type *meta, Str *name, Value bases_tuple, Dict *ns, Dict *kw);
Value type_call(Value self, Value *args, int nargs, Dict *kw);
Value generic_getattr(Value o, Str *name, bool raise);
int generic_setattr(Value o, Str *name, Value v);
Value instance_new_raw(Type *t);
Value bind_method(Value func, Value self); /* descriptor __get__ for functions */
void type_init(void);

/* ---- functions (func.c) ------------------------------------------------- */
Value native_new(const char *name, NativeFn fn, int min, int max, bool kw, Value self);
Value func_new(Code *code, Dict *globals, Value qualname);
Value method_new(Value self, Value func);
int args_check(const char *fname, int nargs, int min, int max);
int kw_none(const char *fname, Dict *kw);
Value kw_take(Dict *kw, Str *name); /* removes and returns (new ref) or V_NULL */
int kw_done(const char *fname, Dict *kw); /* error if anything is left */
void func_init_types(void);

/* ---- exceptions (exc.c) ------------------------------------------------- */
#define EXC_LIST(X) \
    X(BaseException, NULL) X(SystemExit, BaseException) X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) X(Exception, BaseException) \
    X(StopIteration, Exception) X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) X(AssertionError, Exception) \
    X(AttributeError, Exception) X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) X(LookupError, Exception) \
    X(IndexError, LookupError) X(KeyError, LookupError) X(MemoryError, Exception) \
    X(NameError, Exception) X(UnboundLocalError, NameError) X(OSError, Exception) \
    X(FileNotFoundError, OSError) X(FileExistsError, OSError) X(PermissionError, OSError) \
    X(IsADirectoryError, OSError) X(NotADirectoryError, OSError) X(InterruptedError, OSError) \
    X(BlockingIOError, OSError) X(ChildProcessError, OSError) X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) X(RuntimeError, Exception) \
    X(RecursionError, RuntimeError) X(NotImplementedError, RuntimeError) \
    X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(TabError, IndentationError) \
    X(SystemError, Exception) X(TypeError, Exception) X(ValueError, Exception) \
    X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError) X(UnicodeEncodeError, UnicodeError) \
    X(EOFError, Exception) X(BufferError, Exception) X(Warning, Exception) \
    X(UserWarning, Warning) X(DeprecationWarning, Warning) X(RuntimeWarning, Warning) \
    X(PendingDeprecationWarning, Warning) X(SyntaxWarning, Warning) X(FutureWarning, Warning) \
    X(ImportWarning, Warning) X(UnicodeWarning, Warning) X(ResourceWarning, Warning) \
    X(ReferenceError, Exception) X(StopAsyncIteration, Exception)
#define X(n, b) extern Type Exc_##n;
EXC_LIST(X)
#undef X
Value err_format(Type *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Value err_name_error(Str *name, Dict *globals); /* NameError with e.name, for the hint */
void err_attr_context(Value obj, Str *name);     /* after an AttributeError: e.name, e.obj */
Value err_set_str(Type *t, const char *msg);
Value err_set_value(Type *t, Value arg); /* steals arg */
Value err_set_exc(Value exc);            /* steals: raise this exception object */
/* Raise the OSError subclass CPython picks for errno e (FileNotFoundError for
 * ENOENT, ...), with errno, strerror and filename (may be NULL) set. */
Value err_oserror(int e, const char *filename);
extern Type Exc_UnsupportedOperation; /* io.UnsupportedOperation, not a builtin */
Value err_no_memory(void);
bool err_occurred(void);
bool err_matches(Type *t);
Value err_fetch(void);                   /* take the current exception (new ref) */
void err_clear(void);
Value exc_new(Type *t, Value args);      /* args: tuple, stolen */
bool exc_is_instance(Value exc, Type *t);
int exc_match(Value exc, Value cls);     /* cls: class or tuple; -1 TypeError */
void exc_add_traceback(Value exc, Code *code, int line);
/* An exception's reference fields, read and written by any thread that
 * raised or caught it (a module-level sentinel, a saved error raised again).
 * exc_get returns a new reference (V_NULL when unset); exc_put steals v
 * (V_NULL clears) and drops the old value after the swap; exc_set_cause
 * also sets __suppress_context__, in the same step. */
typedef enum { EXC_ARGS, EXC_TRACEBACK, EXC_CAUSE, EXC_CONTEXT } ExcField;
Value exc_get(Value exc, ExcField f);
void exc_put(Value exc, ExcField f, Value v);
void exc_set_cause(Value exc, Value cause);
Value exc_stop_value(Value exc);          /* StopIteration's value (new ref) */
void exc_print(Value exc, FILE *out);    /* "Traceback (most recent ...)" ... */
Value exc_str(Value exc);
void exc_init_types(void);
Value exc_syntax_error(Type *t, const char *msg, Str *filename, int line, int col, const char *text);

/* ---- the compiler and the VM ------------------------------------------- */
Code *compile_module(const char *src, int64_t len, Str *filename); /* NULL: SyntaxError */
typedef enum { COMPILE_MODULE, COMPILE_EXEC, COMPILE_EVAL } CompileMode;
Code *compile_source(const char *src, int64_t len, Str *filename, CompileMode mode);
Value vm_run_module(Code *code, Dict *globals);
Value vm_run_code(Code *code, Dict *globals, Dict *locals); /* exec() and eval() */
Value vm_call_function(Func *f, Value *args, int nargs, Dict *kw);
Value vm_gen_send(Gen *g, Value v, bool is_next); /* V_NULL no error: exhausted */
int code_line_at(Code *c, uint32_t *ip);
Frame *vm_frame_new_heap(Code *code, int extra);
void vm_frame_free(Frame *f);
extern const char *const opcode_names[];

/* ---- modules, import, builtins ----------------------------------------- */
Value module_new(const char *name);
int module_add(Module *m, const char *name, Value v); /* steals v */
int module_add_func(Module *m, const char *name, NativeFn fn, int min, int max, bool kw);
/* `import a.b` (leaf false) gives a, `from a.b import x` and `import a.b as c` (leaf true) a.b */
Value import_module(Str *name, bool leaf);
Value calliter_new(Value fn, Value sentinel); /* iter(fn, sentinel) */
/* `from ...name import x` (level dots) in the module whose globals are g */
Value import_module_level(Str *name, bool leaf, int level, Dict *g);
/* the submodule pkg.name of a package, imported, or V_NULL with no error when there is none */
Value import_submodule_opt(Value pkg, Str *name);
void builtins_init(void);
void file_init(Module *builtins);  /* open() and its file objects */
void file_flush_all(void);         /* at exit: what open files still buffer */
void file_atfork_child(void);
Value file_stdin(void);            /* sys.stdin */
void file_finalize(void);          /* drops file.c's reference to sys.stdin */
Value file_input_line(void);       /* input(): a line of sys.stdin without its newline */
Value builtin_print_impl(Value *args, int nargs, Value sep, Value end);
void out_write(const char *s, int64_t n);  /* buffered stdout */
void out_flush(void);
void err_write(const char *s, int64_t n);  /* unbuffered stderr */
Value mod_sys_init(void);
Value mod_time_init(void);
Value mod_math_init(void);
Value mod_os_init(void);
Value mod_thread_init(void);
Value mod_mp_init(void);
const char *embedded_source(const char *modname, int *is_package); /* the library compiled in (build/embedded.c) */

/* ---- threads (thread.c) --------------------------------------------------- */
ThreadState *th_new_state(void);
void th_clear_freelists(ThreadState *ts);
void th_free_state(ThreadState *ts);
void th_registry_lock(void);
void th_registry_unlock(void);
bool th_registry_trylock(void);
ThreadState *th_registry_first(void); /* walk with ->next, registry locked */
void th_atfork_prepare(void);
void th_atfork_parent(void);
void th_atfork_child(ThreadState *ts);
bool th_finalizing(void);
void th_wait_for_nondaemon(void);
int th_count_alive(void);
void th_park_forever(void);
double now_monotonic(void);
int sleep_seconds(double secs); /* releases the GIL; -1 with error */

/* ---- startup and shutdown (main.c) --------------------------------------- */
void runtime_init(int argc, char **argv, int script_index);
int runtime_finalize(int status);
extern const char *const build_compiler;
extern const char *const build_allocator;
#endif
