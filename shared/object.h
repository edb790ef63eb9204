/* object.h - values, the object header and the layout of every built-in object.
 *
 * A Value is one machine word.  Small ints (63-bit) are tagged with the low
 * bit set and cost no allocation and no refcounting; everything else is a
 * pointer to an object that starts with the Obj header.  Values are touched
 * through three families of macros: IS_* (is-a), AS_* (as-a) and MK_*
 * (make-a), so that changing the representation touches this header only.
 *
 * The header is 16 bytes in both builds:
 *   rc    refcount; the RC_IMMORTAL bit marks objects that live until exit
 *         (None, True, False, interned strings, code, classes, modules and
 *         functions defined at module level).  Both builds skip refcounting
 *         them, which is what keeps shared read-mostly objects from
 *         becoming contended cache lines in the free-threaded build.
 *   lock  the per-object lock word of the free-threaded build (a futex
 *         word); the locked build never touches it.
 *   type  the object's type.
 * How rc and lock are updated is the policy's business (policy.h). */
#ifndef TWINPY_OBJECT_H
#define TWINPY_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "atomics.h"
#include "config.h"

typedef uintptr_t Value;
typedef struct Obj Obj;
typedef struct Type Type;
typedef struct ThreadState ThreadState;

struct Obj {
    uint32_t rc;   /* refcount, RC_IMMORTAL bit = never freed before exit */
    uint32_t lock; /* object lock word (free-threaded build only) */
    Type *type;    /* the object's type */
};

#define RC_IMMORTAL 0x80000000u
#define OBJ_HEAD_INIT(t) {RC_IMMORTAL, 0, (t)}

/* ---- value representation ------------------------------------------- */
#define V_NULL ((Value)0)
#define IS_SMALL(v) (((v) & 1) != 0)
#define IS_OBJ(v) (((v) & 1) == 0)
#define AS_OBJ(v) ((Obj *)(v))
#define SMALL_VAL(v) ((int64_t)(intptr_t)(v) >> 1)
#define MK_SMALL(i) ((Value)(((uint64_t)(int64_t)(i) << 1) | 1u))
#define SMALL_MAX (((int64_t)1 << 62) - 1)
#define SMALL_MIN (-((int64_t)1 << 62))
#define FITS_SMALL(i) ((i) >= SMALL_MIN && (i) <= SMALL_MAX)
#define OBJ_VAL(o) ((Value)(o))

static inline Type *TYPE(Value v);

/* ---- the policy (refcounts, locks, GIL) ------------------------------ */
#include "policy_contract.h"

static inline void incref(Value v) {
    if (IS_OBJ(v)) POL_INCREF(AS_OBJ(v));
}
/* A reference read out of a shared object inside its critical section: the
 * caller increfs it before the section ends (checked builds: POL_BORROW
 * records it and the section's end aborts if it is still borrowed). */
static inline Value slot_read(Value v, const char *file, int line) {
    if (IS_OBJ(v)) POL_BORROW(AS_OBJ(v), file, line);
    return v;
}
#define SLOT_READ(v) slot_read((v), __FILE__, __LINE__)
void obj_dealloc(Obj *o);
static inline void decref(Value v) {
    if (IS_OBJ(v)) {
        Obj *o = AS_OBJ(v);
        if (POL_DECREF_IS_ZERO(o)) obj_dealloc(o);
    }
}
static inline void xincref(Value v) { if (v) incref(v); }
static inline void xdecref(Value v) { if (v) decref(v); }
static inline bool is_immortal(Obj *o) { return (LOAD_RELAXED(&o->rc) & RC_IMMORTAL) != 0; }
static inline void make_immortal(Obj *o) { o->rc |= RC_IMMORTAL; }
/* Replace *slot with v (new reference), releasing the old one. */
#define SETREF(slot, v) do { Value _old = (slot); (slot) = (v); xdecref(_old); } while (0)

/* ---- type objects ----------------------------------------------------- */
typedef struct Str Str;
typedef struct Dict Dict;
typedef struct Tuple Tuple;

typedef Value (*NativeFn)(Value *args, int nargs, Dict *kw);

enum {
    TF_HEAP = 1,       /* defined by a class statement */
    TF_BASETYPE = 2,   /* may be subclassed */
    TF_EXC = 4,        /* BaseException or a subclass */
    TF_INSTANCE = 8,   /* instances have an attribute dict (Instance layout) */
    TF_ITER_SELF = 16, /* __iter__ returns self (iterators) */
    TF_META = 32,      /* instances are classes: type and its subclasses */
    TF_ABSTRACT = 64,  /* has __abstractmethods__ (abc): instantiation checks it */
    TF_FINALIZER = 128, /* a class of its MRO defines __del__ */
};

struct Type {
    Obj ob;
    Str *name;            /* __name__ (immortal, interned) */
    const char *cname;    /* name as a C string, for messages */
    Type *base;           /* the base whose layout instances have; NULL for object */
    Tuple *bases;         /* __bases__ (classes; NULL: built-in, the base alone) */
    Tuple *mro;           /* __mro__, C3 order, this class first (NULL: the base chain) */
    Dict *dict;           /* class attributes and methods */
    uint32_t flags;       /* TF_* */
    size_t basicsize;     /* instance size for heap types */
    /* slots; NULL means "not supported" unless noted */
    void (*dealloc)(Obj *o);
    Value (*repr)(Value self);
    Value (*str)(Value self);                       /* NULL: repr */
    int64_t (*hash)(Value self);                    /* -1 on error; NULL: unhashable */
    Value (*richcmp)(Value a, Value b, int op);     /* NotImplemented if unknown */
    Value (*getattr)(Value self, Str *name);        /* NULL: generic */
    int (*setattr)(Value self, Str *name, Value v); /* v==0 deletes; NULL: generic */
    Value (*call)(Value self, Value *args, int nargs, Dict *kw);
    Value (*newobj)(Type *t, Value *args, int nargs, Dict *kw); /* t(...) */
    Value (*iter)(Value self);
    Value (*next)(Value self); /* V_NULL, no error set: exhausted */
    int64_t (*len)(Value self); /* -1 on error */
    Value (*getitem)(Value self, Value key);
    int (*setitem)(Value self, Value key, Value v); /* v==0 deletes */
    int (*contains)(Value self, Value x);           /* -1 on error */
    bool (*truth)(Value self, int *err);
};

/* ---- built-in object layouts ----------------------------------------- */
struct Str {
    Obj ob;
    int64_t len;    /* bytes of UTF-8 */
    int64_t nchars; /* code points */
    int64_t hash;   /* -1 until computed (racy but idempotent: atomics) */
    uint8_t ascii;  /* every byte < 0x80: indexing is O(1) */
    uint8_t interned;
    char data[];    /* NUL-terminated UTF-8 */
};

typedef struct {
    Obj ob;
    int64_t len;  /* bytes */
    int64_t hash; /* -1 until computed */
    char data[];  /* NUL-terminated for C's sake */
} Bytes;

typedef struct {
    Obj ob;
    int64_t v;     /* ints outside the tagged range that fit 64 bits, and the two bools */
    int32_t nd;    /* 0: the value is v; otherwise a big int of nd base-2**32 digits */
    int32_t neg;   /* a big int's sign */
    uint32_t d[];  /* a big int's magnitude, least significant digit first */
} Int;

typedef struct {
    Obj ob;
    double v;
} Float;

struct Tuple {
    Obj ob;
    int64_t len;
    Value items[];
};

typedef struct {
    Obj ob;
    int64_t len;   /* guarded by the object lock */
    int64_t cap;
    Value *items;
} List;

/* Dict: insertion-ordered, compact (an index table into an entry array).
 * Writers hold the object lock and bump `seq` to odd while they change
 * anything, to even when done (a seqlock).  Readers try first without the
 * lock: they read seq, look up with relaxed atomic loads, and accept the
 * answer only if seq did not change and the value needs no refcount
 * (immortal or a small int); anything else retries under the lock.  A
 * table replaced by a resize is handed to the policy's pol_retire(), which
 * frees it only when no lock-free reader can still be reading it. */
typedef struct {
    int64_t hash;
    Value key;   /* V_NULL: deleted entry */
    Value value;
    uint64_t stable; /* value is immortal or a small int: readable lock-free */
} DictEntry;

typedef struct DictTable {
    int64_t nslots;   /* index slots, a power of two */
    int64_t cap;      /* entries capacity (2/3 of nslots) */
    int64_t nentries; /* entries used, deleted ones included */
    int32_t *index;   /* -1 empty, -2 dummy, else entry number */
    DictEntry *entries;
} DictTable;

struct Dict {
    Obj ob;
    DictTable *table;
    uint32_t seq;  /* seqlock counter: odd while a writer is changing it */
    int64_t used;  /* live entries */
};

typedef struct {
    Value key;
    int64_t hash; /* 0 and key==0: unused; -1 and key==DUMMY: deleted */
} SetEntry;

typedef struct {
    Obj ob;
    int64_t fill;  /* active + dummy */
    int64_t used;  /* active */
    int64_t mask;  /* table size - 1 */
    int64_t finger; /* where pop() starts searching */
    SetEntry *table;
    SetEntry small[8];
} Set;

typedef struct {
    Obj ob;
    int64_t start, stop, step;
    uint64_t len;   /* may exceed INT64_MAX: len() then raises OverflowError */
} Range;

typedef struct {
    Obj ob;
    Value start, stop, step;
} Slice;

typedef struct {
    Obj ob;
    Value v; /* the variable's value, V_NULL when unbound; object lock */
} Cell;

typedef struct ExcEntry {
    int32_t start, end; /* instruction range [start, end) */
    int32_t target;     /* handler */
    int32_t depth;      /* operand stack depth to restore */
} ExcEntry;

enum {
    CO_VARARGS = 1,
    CO_VARKW = 2,
    CO_GENERATOR = 4,
    CO_MODULE = 8,   /* module body: functions it makes are immortal */
    CO_CLASSBODY = 16,
    CO_SIMPLE = 32,  /* positional parameters only, no cells: fast call path */
    CO_NEEDS_CLASS = 64,
    CO_DOC = 128,    /* consts[0] is the docstring */
};

/* An inline cache for LOAD_GLOBAL: the value found for a name, valid while
 * the globals and builtins dicts are unchanged (their seqlock counters
 * match `key`).  Only values that need no refcount (immortal objects,
 * small ints) are cached, so a hit touches no shared cache line.  `lk` is
 * the entry's own seqlock: 0 empty, odd while a thread fills it. */
typedef struct {
    uint32_t lk;
    uint32_t pad;
    uint64_t key;   /* globals seq << 32 | builtins seq */
    Value value;
} GlobalCache;

typedef struct Code {
    Obj ob;
    GlobalCache *gcache; /* one per LOAD_GLOBAL (its CACHE word gives the index) */
    int32_t ngcache;
    uint32_t *code;     /* instructions: opcode in the low byte, arg above */
    int32_t ncode;
    int32_t *lines;     /* source line of each instruction */
    Value *consts;
    int32_t nconsts;
    Str **names;        /* global / attribute names */
    int32_t nnames;
    Str **varnames;     /* locals, parameters first */
    int32_t nlocals;
    Str **cellnames;    /* locals captured by inner functions */
    int32_t ncells;
    Str **freenames;    /* variables of enclosing functions */
    int32_t nfrees;
    int32_t *cell2arg;  /* cell i is parameter cell2arg[i] (or -1) */
    int32_t argcount;   /* positional parameters */
    int32_t posonlycount; /* of which the first ones may not be passed by keyword */
    int32_t kwonlycount;
    int32_t flags;      /* CO_* */
    int32_t stacksize;
    int32_t nfast;      /* nlocals + ncells + nfrees: where the stack starts */
    int32_t framesize;  /* Values a frame of this code takes in the arena */
    ExcEntry *exctab;
    int32_t nexc;
    Str *name, *qualname, *filename;
    int32_t firstline;
    Str *source;        /* the module's source text, for tracebacks (shared) */
} Code;

typedef struct {
    Obj ob;
    Code *code;
    Dict *globals;
    Tuple *defaults;    /* may be NULL */
    Dict *kwdefaults;   /* may be NULL */
    Tuple *closure;     /* cells, may be NULL */
    Str *name, *qualname;
    Value module;       /* __module__ */
    Dict *attrs;        /* function attributes (f.x = 1), may be NULL */
} Func;

typedef struct {
    Obj ob;
    const char *name;
    NativeFn fn;
    Value self;         /* bound receiver for module functions/bound natives, or 0 */
    Type *owner;        /* the type a method belongs to (its first argument must be one), or NULL */
    int min_args, max_args; /* positional argument counts, max -1 = any */
    bool takes_kw;
    bool method;        /* a built-in type's method: binds to an instance; a plain
                           function stored on a class (f = math.floor) does not */
} Native;

typedef struct {
    Obj ob;
    Value self;
    Value func;
} Method;

typedef struct {
    Obj ob;
    Value func;
} Wrapper; /* staticmethod, classmethod */

typedef struct {
    Obj ob;
    Value fget, fset, fdel;
} Property;

typedef struct {
    Obj ob;
    Dict *dict;
} Instance;

typedef struct {
    Obj ob;
    Dict *dict;
    Value args;       /* tuple */
    Value traceback;  /* Traceback chain or 0 */
    Value cause;      /* __cause__ */
    Value context;    /* __context__ */
    Value scope;      /* NameError: the globals it was looked up in, for the "Did you mean" hint */
    bool suppress_context;
} Exc;

typedef struct Traceback {
    Obj ob;
    struct Traceback *next; /* toward the frame that raised */
    Code *code;
    int line;
} Traceback;

typedef struct {
    Obj ob;
    Dict *dict;
    Str *name;
} Module;

typedef struct Frame Frame;

typedef struct {
    Obj ob;
    Frame *frame;       /* suspended frame; NULL when finished */
    uint32_t running;   /* set while a thread runs it (atomic) */
    Str *name, *qualname;
} Gen;

/* ---- the singletons --------------------------------------------------- */
extern Obj NoneObj, NotImplementedObj, EllipsisObj;
extern Int TrueObj, FalseObj;
#define V_NONE OBJ_VAL(&NoneObj)
#define V_TRUE OBJ_VAL(&TrueObj)
#define V_FALSE OBJ_VAL(&FalseObj)
#define V_NOTIMPL OBJ_VAL(&NotImplementedObj)
#define V_ELLIPSIS OBJ_VAL(&EllipsisObj)
#define MK_BOOL(b) ((b) ? V_TRUE : V_FALSE)

/* ---- built-in types ---------------------------------------------------- */
extern Type TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType;
extern Type IntType, BoolType, FloatType, StrType, TupleType, ListType, DictType, SetType, FrozenSetType;
extern Type RangeType, SliceType, CellType, CodeType, FunctionType, NativeType, MethodType;
extern Type StaticMethodType, ClassMethodType, PropertyType, ModuleType, GenType, TracebackType;
extern Type ListIterType, TupleIterType, StrIterType, RangeIterType, DictIterType, SetIterType;
extern Type DictKeysType, DictValuesType, DictItemsType, SeqIterType, EnumerateType, ZipType;
extern Type MapType, FilterType, ReversedType, SuperType, BytesType, BytesIterType, ByteArrayType, ComplexType;

static inline Type *TYPE(Value v) { return IS_SMALL(v) ? &IntType : AS_OBJ(v)->type; }
#define IS_TYPE(v, t) (IS_OBJ(v) && AS_OBJ(v)->type == &(t))
#define IS_INT(v) (IS_SMALL(v) || AS_OBJ(v)->type == &IntType)
#define IS_BIG(v) (IS_TYPE(v, IntType) && ((Int *)AS_OBJ(v))->nd != 0) /* outside 64 bits */
#define IS_STR(v) IS_TYPE(v, StrType)
#define IS_BYTES(v) IS_TYPE(v, BytesType)
#define IS_FLOAT(v) IS_TYPE(v, FloatType)
#define IS_COMPLEX(v) IS_TYPE(v, ComplexType)
#define IS_LIST(v) IS_TYPE(v, ListType)
#define IS_TUPLE(v) IS_TYPE(v, TupleType)
#define IS_DICT(v) IS_TYPE(v, DictType)
#define IS_SET(v) IS_TYPE(v, SetType)
#define IS_FROZENSET(v) IS_TYPE(v, FrozenSetType)
#define IS_ANYSET(v) (IS_SET(v) || IS_FROZENSET(v)) /* set or frozenset: the Set layout */
#define IS_FUNC(v) IS_TYPE(v, FunctionType)
#define IS_CLASS(v) (IS_OBJ(v) && (AS_OBJ(v)->type->flags & TF_META))
#define AS_STR(v) ((Str *)AS_OBJ(v))
#define AS_BYTES(v) ((Bytes *)AS_OBJ(v))
#define AS_FLOAT(x) (((Float *)AS_OBJ(x))->v)
#define AS_LIST(v) ((List *)AS_OBJ(v))
#define AS_TUPLE(v) ((Tuple *)AS_OBJ(v))
#define AS_DICT(v) ((Dict *)AS_OBJ(v))
#define AS_SET(v) ((Set *)AS_OBJ(v))
#define AS_FUNC(v) ((Func *)AS_OBJ(v))
#define AS_TYPE(v) ((Type *)AS_OBJ(v))
#define AS_CODE(v) ((Code *)AS_OBJ(v))

#endif
