/* bytearray.c - mutable byte strings.
 *
 * A bytearray owns a growable buffer.  Every read and write of the buffer
 * happens inside the object's critical section, so threads may share one:
 * a reader copies what it needs out (a bytes snapshot) and works on the
 * copy.  The methods that do not change the array are bytes' own, called
 * on such a snapshot, with bytes results turned back into bytearrays as
 * CPython returns them. */
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

typedef struct {
    Obj ob;
    int64_t len, cap;
    char *data;
} ByteArray;

Type ByteArrayType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type ByteArrayIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};

#define BA(v) ((ByteArray *)AS_OBJ(v))
#define IS_BYTEARRAY(v) IS_TYPE(v, ByteArrayType)

bool is_bytearray(Value v) { return IS_BYTEARRAY(v); }

static Value ba_from(const char *data, int64_t len) {
    ByteArray *b = (ByteArray *)obj_new(&ByteArrayType, sizeof(ByteArray));
    if (!b) return V_NULL;
    b->len = b->cap = 0;
    b->data = NULL;
    if (len > 0) {
        b->data = malloc((size_t)len);
        if (!b->data) { obj_free(&b->ob); return err_no_memory(); }
        memcpy(b->data, data, (size_t)len);
        b->len = b->cap = len;
    }
    return OBJ_VAL(b);
}

/* the length is read without the lock (len(), the snapshot's first
 * guess), so it is written atomically */
#define SET_LEN(b, n) STORE_RELAXED(&(b)->len, (n))

/* the contents now, as bytes */
Value bytearray_snapshot(Value v) {
    ByteArray *b = BA(v);
    for (;;) {
        int64_t n = LOAD_RELAXED(&b->len);
        Value r = bytes_new(NULL, n); /* filled before anyone else sees it */
        if (!r) return V_NULL;
        bool same;
        CRITICAL_BEGIN(b);
        same = b->len == n;
        if (same && n) memcpy(AS_BYTES(r)->data, b->data, (size_t)n);
        CRITICAL_END();
        if (same) return r;
        decref(r); /* it changed meanwhile: again */
    }
}

/* bytes or bytearray contents as bytes (new reference); V_NULL otherwise, no error */
static Value as_bytes_opt(Value v) {
    if (IS_BYTES(v)) { incref(v); return v; }
    if (IS_BYTEARRAY(v)) return bytearray_snapshot(v);
    return V_NULL;
}

/* Replace [lo, hi) with n bytes from src (inside the critical section). */
static bool splice_locked(ByteArray *b, int64_t lo, int64_t hi, const char *src, int64_t n) {
    int64_t newlen = b->len - (hi - lo) + n;
    if (newlen > b->cap) {
        int64_t cap = b->cap ? b->cap : 16;
        while (cap < newlen) cap *= 2;
        char *d = realloc(b->data, (size_t)cap);
        if (!d) return false;
        b->data = d;
        b->cap = cap;
    }
    if (b->len > hi) memmove(b->data + lo + n, b->data + hi, (size_t)(b->len - hi));
    if (n) memcpy(b->data + lo, src, (size_t)n);
    SET_LEN(b, newlen);
    return true;
}

static Value splice(Value v, int64_t lo, int64_t hi, Value bytes) {
    ByteArray *b = BA(v);
    bool ok;
    CRITICAL_BEGIN(b);
    if (hi > b->len) hi = b->len;
    if (lo > hi) lo = hi;
    ok = splice_locked(b, lo, hi, AS_BYTES(bytes)->data, AS_BYTES(bytes)->len);
    CRITICAL_END();
    return ok ? V_NONE : err_no_memory();
}

/* what bytearray(x) would hold, as bytes */
static Value source_bytes(Value *args, int nargs, Dict *kw) {
    if (nargs == 1 && !kw) {
        Value s = as_bytes_opt(args[0]);
        if (s) return s;
    }
    return BytesType.newobj(&BytesType, args, nargs, kw);
}

int bytearray_extend(Value v, Value it) {
    Value s = source_bytes(&it, 1, NULL);
    if (!s) {
        if (err_matches(&Exc_TypeError) && IS_STR(it)) {
            err_clear();
            err_set_str(&Exc_TypeError, "expected iterable of integers; got: 'str'");
        }
        return -1;
    }
    Value r = splice(v, INT64_MAX, INT64_MAX, s);
    decref(s);
    return r ? 0 : -1;
}

/* ---- slots ------------------------------------------------------------------ */
static void ba_dealloc(Obj *o) {
    free(((ByteArray *)o)->data);
    obj_free(o);
}

static Value ba_newobj(Type *tp, Value *args, int nargs, Dict *kw) {
    (void)tp;
    if (nargs == 0 && !kw) return ba_from(NULL, 0);
    Value s = source_bytes(args, nargs, kw);
    if (!s) return V_NULL;
    Value r = ba_from(AS_BYTES(s)->data, AS_BYTES(s)->len);
    decref(s);
    return r;
}

static Value ba_repr(Value v) {
    Value s = bytearray_snapshot(v);
    if (!s) return V_NULL;
    Value r = bytes_repr_of(AS_BYTES(s)->data, AS_BYTES(s)->len);
    decref(s);
    if (!r) return V_NULL;
    SBuf b;
    sb_init(&b);
    sb_adds(&b, "bytearray(");
    Str *rs = AS_STR(r);
    for (int64_t i = 0; i < rs->len; i++) {
        /* CPython's quirk: inside b"..." a bytearray's repr escapes ' too */
        if (rs->data[i] == '\'' && rs->data[1] == '"') sb_addc(&b, '\\');
        sb_addc(&b, rs->data[i]);
    }
    sb_addc(&b, ')');
    decref(r);
    return sb_finish(&b);
}

static int64_t ba_len(Value v) { return LOAD_RELAXED(&BA(v)->len); }
static bool ba_truth(Value v, int *err) { (void)err; return LOAD_RELAXED(&BA(v)->len) != 0; }

static Value ba_richcmp(Value a, Value b, int op) {
    Value x = as_bytes_opt(a), y = as_bytes_opt(b);
    Value r = x && y ? BytesType.richcmp(x, y, op) : (x || !err_occurred()) ? V_NOTIMPL : V_NULL;
    xdecref(x);
    xdecref(y);
    return r;
}

static bool index_of(Value key, int64_t *i) {
    if (val_as_i64(key, i)) return true;
    *i = obj_index(key, NULL);
    if (*i == -1 && err_occurred()) {
        err_clear();
        err_format(&Exc_TypeError, "bytearray indices must be integers or slices, not %s", type_name(key));
        return false;
    }
    return true;
}

static Value ba_getitem(Value v, Value key) {
    if (IS_TYPE(key, SliceType)) {
        Value s = bytearray_snapshot(v);
        if (!s) return V_NULL;
        Value part = BytesType.getitem(s, key);
        decref(s);
        if (!part) return V_NULL;
        Value r = ba_from(AS_BYTES(part)->data, AS_BYTES(part)->len);
        decref(part);
        return r;
    }
    int64_t i;
    if (!index_of(key, &i)) return V_NULL;
    ByteArray *b = BA(v);
    int c = -1;
    CRITICAL_BEGIN(b);
    if (i < 0) i += b->len;
    if (i >= 0 && i < b->len) c = (unsigned char)b->data[i];
    CRITICAL_END();
    if (c < 0) return err_set_str(&Exc_IndexError, "bytearray index out of range");
    return MK_SMALL(c);
}

static int byte_value(Value x) {
    int64_t c;
    if (!val_as_i64(x, &c)) {
        c = obj_index(x, NULL);
        if (c == -1 && err_occurred()) {
            err_clear();
            int_arg_error(x);
            return -1;
        }
    }
    if (c < 0 || c > 255) { err_set_str(&Exc_ValueError, "byte must be in range(0, 256)"); return -1; }
    return (int)c;
}

static int ba_setitem(Value v, Value key, Value x) {
    ByteArray *b = BA(v);
    if (IS_TYPE(key, SliceType)) {
        Value src = V_NULL;
        if (x) {
            src = IS_INT(x) ? V_NULL : source_bytes(&x, 1, NULL);
            if (!src) {
                if (!err_occurred()) err_set_str(&Exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
        }
        /* the indices may run __index__: found before the lock is taken,
         * against the length then, and clamped to the length inside */
        int64_t start, stop, step, n;
        if (slice_indices(key, LOAD_RELAXED(&b->len), &start, &stop, &step, &n) < 0) { xdecref(src); return -1; }
        int rc = 0;
        bool bad_len = false, nomem = false;
        CRITICAL_BEGIN(b);
        if (step != 1 && (start >= b->len || (n > 0 && start + (n - 1) * step >= b->len))) rc = -1; /* it shrank meanwhile */
        else if (step == 1) {
            if (start > b->len) start = b->len;
            if (stop > b->len) stop = b->len;
            if (stop < start) stop = start;
            nomem = !splice_locked(b, start, stop, src ? AS_BYTES(src)->data : "", src ? AS_BYTES(src)->len : 0);
        } else if (src && AS_BYTES(src)->len != n) bad_len = true;
        else if (src) {
            for (int64_t k = 0, j = start; k < n; k++, j += step) b->data[j] = AS_BYTES(src)->data[k];
        } else {
            /* delete every step-th byte of the slice */
            int64_t w = 0;
            for (int64_t r = 0; r < b->len; r++) {
                bool gone = step > 0 ? (r >= start && r < stop && (r - start) % step == 0)
                                     : (r <= start && r > stop && (start - r) % (-step) == 0);
                if (!gone) b->data[w++] = b->data[r];
            }
            SET_LEN(b, w);
        }
        CRITICAL_END();
        if (bad_len)
            err_format(&Exc_ValueError, "attempt to assign bytes of size %lld to extended slice of size %lld",
                       (long long)AS_BYTES(src)->len, (long long)n);
        if (nomem) err_no_memory();
        if (rc < 0) err_set_str(&Exc_IndexError, "bytearray changed size during the assignment");
        xdecref(src);
        return rc < 0 || bad_len || nomem ? -1 : 0;
    }
    int64_t i;
    if (!index_of(key, &i)) return -1;
    int c = 0;
    if (x && (c = byte_value(x)) < 0) return -1;
    bool ok = false;
    CRITICAL_BEGIN(b);
    if (i < 0) i += b->len;
    if (i >= 0 && i < b->len) {
        ok = true;
        if (x) b->data[i] = (char)c;
        else { memmove(b->data + i, b->data + i + 1, (size_t)(b->len - i - 1)); SET_LEN(b, b->len - 1); }
    }
    CRITICAL_END();
    if (!ok) { err_set_str(&Exc_IndexError, x ? "bytearray index out of range" : "bytearray index out of range"); return -1; }
    return 0;
}

static int ba_contains(Value v, Value x) {
    Value s = bytearray_snapshot(v);
    if (!s) return -1;
    Value xb = IS_BYTEARRAY(x) ? bytearray_snapshot(x) : (incref(x), x);
    int r = xb ? BytesType.contains(s, xb) : -1;
    xdecref(xb);
    decref(s);
    return r;
}

typedef struct { Obj ob; Value ba; int64_t i; } ByteArrayIter;
static Value ba_iter(Value v) {
    ByteArrayIter *it = (ByteArrayIter *)obj_new(&ByteArrayIterType, sizeof(ByteArrayIter));
    if (!it) return V_NULL;
    incref(v);
    it->ba = v;
    it->i = 0;
    return OBJ_VAL(it);
}
static Value baiter_next(Value v) {
    ByteArrayIter *it = (ByteArrayIter *)AS_OBJ(v);
    ByteArray *b = BA(it->ba);
    int64_t i = LOAD_RELAXED(&it->i);
    int c = -1;
    CRITICAL_BEGIN(b);
    if (i < b->len) c = (unsigned char)b->data[i];
    CRITICAL_END();
    if (c < 0) return V_NULL;
    STORE_RELAXED(&it->i, i + 1);
    return MK_SMALL(c);
}
static void baiter_dealloc(Obj *o) { decref(((ByteArrayIter *)o)->ba); obj_free(o); }

/* bytearray + bytes-like, bytes + bytearray (the left operand's type), and
 * bytearray * n; NotImplemented for anything else */
Value bytearray_binop(int op, Value a, Value b) {
    bool left = IS_BYTEARRAY(a);
    if (op == BOP_ADD) {
        Value x = as_bytes_opt(a), y = as_bytes_opt(b);
        Value r = V_NOTIMPL;
        if (x && y) {
            Value cat = bytes_concat(x, y);
            r = cat && left ? ba_from(AS_BYTES(cat)->data, AS_BYTES(cat)->len) : cat;
            if (cat && left) decref(cat);
        } else if (err_occurred()) r = V_NULL;
        xdecref(x);
        xdecref(y);
        return r;
    }
    if (op == BOP_MUL) {
        Value seq = left ? a : b, cnt = left ? b : a;
        int64_t n;
        if (!IS_BYTEARRAY(seq) || !val_as_i64(cnt, &n)) return V_NOTIMPL;
        Value s = bytearray_snapshot(seq);
        Value rep = s ? bytes_repeat(s, n) : V_NULL;
        xdecref(s);
        Value r = rep ? ba_from(AS_BYTES(rep)->data, AS_BYTES(rep)->len) : V_NULL;
        xdecref(rep);
        return r;
    }
    return V_NOTIMPL;
}

/* ---- methods that change the array -------------------------------------------- */
#define SELFV a[0]
static Value m_append(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int c = byte_value(a[1]);
    if (c < 0) return V_NULL;
    char ch = (char)c;
    Value one = bytes_new(&ch, 1);
    if (!one) return V_NULL;
    Value r = splice(SELFV, INT64_MAX, INT64_MAX, one);
    decref(one);
    return r;
}
static Value m_extend(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    return bytearray_extend(SELFV, a[1]) < 0 ? V_NULL : V_NONE;
}
static Value m_insert(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t i;
    if (!val_as_i64(a[1], &i)) return int_arg_error(a[1]);
    int c = byte_value(a[2]);
    if (c < 0) return V_NULL;
    ByteArray *b = BA(SELFV);
    char ch = (char)c;
    bool ok;
    CRITICAL_BEGIN(b);
    if (i < 0) { i += b->len; if (i < 0) i = 0; }
    if (i > b->len) i = b->len;
    ok = splice_locked(b, i, i, &ch, 1);
    CRITICAL_END();
    return ok ? V_NONE : err_no_memory();
}
static Value m_pop(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t i = -1;
    if (n > 1 && !val_as_i64(a[1], &i)) return int_arg_error(a[1]);
    ByteArray *b = BA(SELFV);
    int c = -1;
    bool empty = false;
    CRITICAL_BEGIN(b);
    empty = b->len == 0;
    if (i < 0) i += b->len;
    if (!empty && i >= 0 && i < b->len) {
        c = (unsigned char)b->data[i];
        memmove(b->data + i, b->data + i + 1, (size_t)(b->len - i - 1));
        SET_LEN(b, b->len - 1);
    }
    CRITICAL_END();
    if (empty) return err_set_str(&Exc_IndexError, "pop from empty bytearray");
    if (c < 0) return err_set_str(&Exc_IndexError, "pop index out of range");
    return MK_SMALL(c);
}
static Value m_remove(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int c = byte_value(a[1]);
    if (c < 0) return V_NULL;
    ByteArray *b = BA(SELFV);
    bool found = false;
    CRITICAL_BEGIN(b);
    char *p = b->len ? memchr(b->data, c, (size_t)b->len) : NULL;
    if (p) {
        found = true;
        memmove(p, p + 1, (size_t)(b->data + b->len - p - 1));
        SET_LEN(b, b->len - 1);
    }
    CRITICAL_END();
    return found ? V_NONE : err_set_str(&Exc_ValueError, "value not found in bytearray");
}
static Value m_clear(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    ByteArray *b = BA(SELFV);
    CRITICAL_BEGIN(b);
    SET_LEN(b, 0);
    CRITICAL_END();
    return V_NONE;
}
static Value m_reverse(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    ByteArray *b = BA(SELFV);
    CRITICAL_BEGIN(b);
    for (int64_t i = 0, j = b->len - 1; i < j; i++, j--) {
        char t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    CRITICAL_END();
    return V_NONE;
}
static Value m_copy(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value s = bytearray_snapshot(SELFV);
    Value r = s ? ba_from(AS_BYTES(s)->data, AS_BYTES(s)->len) : V_NULL;
    xdecref(s);
    return r;
}

/* ---- the methods of bytes, on a snapshot ------------------------------------------ */
static Value to_bytearray_result(Value r) {
    if (!r) return V_NULL;
    if (IS_BYTES(r)) {
        Value x = ba_from(AS_BYTES(r)->data, AS_BYTES(r)->len);
        decref(r);
        return x;
    }
    if (IS_LIST(r) || IS_TUPLE(r)) {
        Value *items = IS_LIST(r) ? AS_LIST(r)->items : AS_TUPLE(r)->items;
        int64_t len = IS_LIST(r) ? AS_LIST(r)->len : AS_TUPLE(r)->len;
        for (int64_t i = 0; i < len; i++) {
            if (!IS_BYTES(items[i])) continue;
            Value x = ba_from(AS_BYTES(items[i])->data, AS_BYTES(items[i])->len);
            if (!x) { decref(r); return V_NULL; }
            decref(items[i]); /* the list is new and not shared yet */
            items[i] = x;
        }
    }
    return r;
}

static Value via_bytes(const char *name, Value *a, int n, Dict *kw) {
    Value args[8];
    if (n > 8) return err_format(&Exc_TypeError, "%s() takes too many arguments", name);
    int k;
    for (k = 0; k < n; k++) {
        args[k] = IS_BYTEARRAY(a[k]) ? bytearray_snapshot(a[k]) : (incref(a[k]), a[k]);
        if (!args[k]) break;
    }
    Value r = V_NULL;
    if (k == n) {
        Value fn = type_lookup(&BytesType, str_intern_c(name));
        r = fn ? call(fn, args, n, kw) : V_NULL;
        xdecref(fn);
        bool keeps_type = strcmp(name, "decode") && strcmp(name, "hex") && strncmp(name, "is", 2) &&
                          strcmp(name, "find") && strcmp(name, "rfind") && strcmp(name, "index") &&
                          strcmp(name, "rindex") && strcmp(name, "count") && strcmp(name, "startswith") &&
                          strcmp(name, "endswith");
        if (keeps_type) r = to_bytearray_result(r);
    }
    for (int i = 0; i < k; i++) decref(args[i]);
    return r;
}

#define VIA(m) static Value v_##m(Value *a, int n, Dict *kw) { return via_bytes(#m, a, n, kw); }
VIA(decode) VIA(hex) VIA(find) VIA(rfind) VIA(index) VIA(rindex) VIA(count) VIA(startswith) VIA(endswith)
VIA(join) VIA(split) VIA(rsplit) VIA(splitlines) VIA(strip) VIA(lstrip) VIA(rstrip) VIA(replace) VIA(upper)
VIA(lower) VIA(swapcase) VIA(capitalize) VIA(isdigit) VIA(isalpha) VIA(isalnum) VIA(isspace) VIA(isupper)
VIA(islower) VIA(isascii) VIA(partition) VIA(rpartition) VIA(removeprefix) VIA(removesuffix) VIA(ljust)
VIA(rjust) VIA(center) VIA(translate)
#undef VIA

static Value m_fromhex(Value *a, int n, Dict *kw) {
    Value fromhex = type_lookup(&BytesType, str_intern_c("fromhex"));
    Value r = fromhex ? call(fromhex, a, n, kw) : V_NULL;
    xdecref(fromhex);
    return to_bytearray_result(r);
}

void bytearray_init(void) {
    Type *t = &ByteArrayType;
    t->dealloc = ba_dealloc;
    t->repr = ba_repr;
    t->richcmp = ba_richcmp;
    t->len = ba_len;
    t->getitem = ba_getitem;
    t->setitem = ba_setitem;
    t->contains = ba_contains;
    t->iter = ba_iter;
    t->truth = ba_truth;
    t->newobj = ba_newobj;
    type_ready(t, "bytearray", &ObjectType);
    Value mt = type_lookup(&BytesType, str_intern_c("maketrans")); /* the same static method */
    if (mt) type_add_value(t, "maketrans", mt);
    ByteArrayIterType.dealloc = baiter_dealloc;
    ByteArrayIterType.next = baiter_next;
    ByteArrayIterType.flags = TF_ITER_SELF;
    type_ready(&ByteArrayIterType, "bytearray_iterator", &ObjectType);
    struct { const char *n; NativeFn f; int min, max; bool kw; } m[] = {
        {"append", m_append, 2, 2, 0}, {"extend", m_extend, 2, 2, 0}, {"insert", m_insert, 3, 3, 0},
        {"pop", m_pop, 1, 2, 0}, {"remove", m_remove, 2, 2, 0}, {"clear", m_clear, 1, 1, 0},
        {"reverse", m_reverse, 1, 1, 0}, {"copy", m_copy, 1, 1, 0},
        {"decode", v_decode, 1, 3, 1}, {"hex", v_hex, 1, 3, 1},
        {"find", v_find, 2, 4, 0}, {"rfind", v_rfind, 2, 4, 0}, {"index", v_index, 2, 4, 0},
        {"rindex", v_rindex, 2, 4, 0}, {"count", v_count, 2, 4, 0},
        {"startswith", v_startswith, 2, 4, 0}, {"endswith", v_endswith, 2, 4, 0},
        {"join", v_join, 2, 2, 0}, {"translate", v_translate, 2, 3, 1}, {"split", v_split, 1, 3, 1}, {"rsplit", v_rsplit, 1, 3, 1},
        {"splitlines", v_splitlines, 1, 2, 1},
        {"strip", v_strip, 1, 2, 0}, {"lstrip", v_lstrip, 1, 2, 0}, {"rstrip", v_rstrip, 1, 2, 0},
        {"replace", v_replace, 3, 4, 0}, {"upper", v_upper, 1, 1, 0}, {"lower", v_lower, 1, 1, 0},
        {"swapcase", v_swapcase, 1, 1, 0}, {"capitalize", v_capitalize, 1, 1, 0},
        {"isdigit", v_isdigit, 1, 1, 0}, {"isalpha", v_isalpha, 1, 1, 0}, {"isalnum", v_isalnum, 1, 1, 0},
        {"isspace", v_isspace, 1, 1, 0}, {"isupper", v_isupper, 1, 1, 0}, {"islower", v_islower, 1, 1, 0},
        {"isascii", v_isascii, 1, 1, 0}, {"partition", v_partition, 2, 2, 0}, {"rpartition", v_rpartition, 2, 2, 0},
        {"removeprefix", v_removeprefix, 2, 2, 0}, {"removesuffix", v_removesuffix, 2, 2, 0},
        {"ljust", v_ljust, 2, 3, 0}, {"rjust", v_rjust, 2, 3, 0}, {"center", v_center, 2, 3, 0},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) type_add_method(t, m[i].n, m[i].f, m[i].min, m[i].max, m[i].kw);
    Value fh = native_new("fromhex", m_fromhex, 1, 1, false, V_NULL);
    if (fh) {
        Wrapper *w = (Wrapper *)obj_new(&StaticMethodType, sizeof(Wrapper));
        if (w) { w->func = fh; type_add_value(t, "fromhex", OBJ_VAL(w)); }
        else decref(fh);
    }
}
