/* builtins.c - the builtins module, and standard output.
 *
 * Standard output is buffered here (line-buffered on a terminal), behind
 * one mutex: one print() call is formatted completely and then written
 * with a single append, so the output of two threads' prints never
 * interleaves.  A write that has to block (a full pipe) releases the GIL. */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "runtime.h"
#include "instr.h"

Value super_new(Type *start, Value obj);

/* ---- standard output ------------------------------------------------------- */
static pthread_mutex_t out_mu = PTHREAD_MUTEX_INITIALIZER;
static char out_buf[1 << 16];
static size_t out_len;
static int out_tty; /* set once at start-up */

static void write_all(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return; /* a closed pipe: nothing useful to do */
        }
        s += w;
        n -= (size_t)w;
    }
}

static void flush_locked(void) {
    if (out_len) write_all(1, out_buf, out_len);
    out_len = 0;
}

void out_write(const char *s, int64_t n) {
    /* the common case: room in the buffer, not a terminal */
    pthread_mutex_lock(&out_mu);
    if (!out_tty && out_len + (size_t)n <= sizeof out_buf) {
        memcpy(out_buf + out_len, s, (size_t)n);
        out_len += (size_t)n;
        pthread_mutex_unlock(&out_mu);
        return;
    }
    pthread_mutex_unlock(&out_mu);
    /* this write may block: let other threads run meanwhile */
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_IO, "stdout write");
    pthread_mutex_lock(&out_mu);
    if (out_len + (size_t)n > sizeof out_buf) flush_locked();
    if ((size_t)n > sizeof out_buf) write_all(1, s, (size_t)n);
    else {
        memcpy(out_buf + out_len, s, (size_t)n);
        out_len += (size_t)n;
    }
    if (out_tty && memchr(s, '\n', (size_t)n)) flush_locked();
    pthread_mutex_unlock(&out_mu);
    BLOCKING_END(ts);
}

void out_flush(void) {
    pthread_mutex_lock(&out_mu);
    flush_locked();
    pthread_mutex_unlock(&out_mu);
}

void err_write(const char *s, int64_t n) {
    out_flush();
    write_all(2, s, (size_t)n);
}

void out_atfork_prepare(void) { pthread_mutex_lock(&out_mu); flush_locked(); }
void out_atfork_parent(void) { pthread_mutex_unlock(&out_mu); }
void out_atfork_child(void) { pthread_mutex_init(&out_mu, NULL); out_len = 0; }

/* sys.stdout / sys.stderr: tiny file objects with write() and flush(). */
typedef struct { Obj ob; int fd; } StdStream;
Type StdStreamType = {.ob = OBJ_HEAD_INIT(&TypeType)};
static StdStream std_out = {OBJ_HEAD_INIT(&StdStreamType), 1};
static StdStream std_err = {OBJ_HEAD_INIT(&StdStreamType), 2};
Value builtin_stdout(void) { return OBJ_VAL(&std_out); }
Value builtin_stderr(void) { return OBJ_VAL(&std_err); }

static Value stream_write(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_STR(a[1])) return err_format(&Exc_TypeError, "write() argument must be str, not %s", type_name(a[1]));
    StdStream *s = (StdStream *)AS_OBJ(a[0]);
    if (s->fd == 1) out_write(AS_STR(a[1])->data, AS_STR(a[1])->len);
    else err_write(AS_STR(a[1])->data, AS_STR(a[1])->len);
    return int_from_i64(AS_STR(a[1])->nchars);
}
static Value stream_flush(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    out_flush();
    return V_NONE;
}

/* ---- print -------------------------------------------------------------------------- */
Value builtin_print_impl(Value *args, int nargs, Value sep, Value end) {
    SBuf b;
    sb_init(&b);
    for (int i = 0; i < nargs; i++) {
        if (i) {
            if (sep && sep != V_NONE) sb_add_str(&b, AS_STR(sep));
            else sb_addc(&b, ' ');
        }
        Value s = obj_str(args[i]);
        if (!s) {
            /* what came before is printed, as CPython writes piece by piece */
            if (!b.failed && b.len) out_write(b.buf, b.len);
            sb_free(&b);
            return V_NULL;
        }
        sb_add_str(&b, AS_STR(s));
        decref(s);
    }
    if (end && end != V_NONE) sb_add_str(&b, AS_STR(end));
    else sb_addc(&b, '\n');
    if (b.failed) { sb_free(&b); return err_no_memory(); }
    out_write(b.buf ? b.buf : "", b.len);
    sb_free(&b);
    return V_NONE;
}

static Str *s_sys, *s_stdout;

/* sys.stdout as the program last set it (contextlib.redirect_stdout), or
 * V_NULL when sys was never imported (then nothing can have changed it) */
static Value current_stdout(void) {
    Value sm = dict_get_str(interp.modules, s_sys);
    if (!sm) return V_NULL;
    Value v = IS_TYPE(sm, ModuleType) ? dict_get_str(((Module *)AS_OBJ(sm))->dict, s_stdout) : V_NULL;
    decref(sm);
    return v;
}

static Value bi_print(Value *args, int nargs, Dict *kw) {
    Value sep = V_NULL, end = V_NULL, file = V_NULL, flush = V_NULL;
    if (kw) {
        sep = kw_take(kw, N.sep);
        end = kw_take(kw, N.end);
        file = kw_take(kw, N.file);
        flush = kw_take(kw, N.flush);
        if (kw_done("print", kw) < 0) goto fail;
    }
    if (sep && sep != V_NONE && !IS_STR(sep)) { err_format(&Exc_TypeError, "sep must be None or a string, not %s", type_name(sep)); goto fail; }
    if (end && end != V_NONE && !IS_STR(end)) { err_format(&Exc_TypeError, "end must be None or a string, not %s", type_name(end)); goto fail; }
    int fl = flush ? obj_truth(flush) : 0; /* read before anything is written, as CPython */
    if (fl < 0) goto fail;
    Value r;
    if (!file || file == V_NONE) {
        Value cur = current_stdout();
        if (cur) { xdecref(file); file = cur; }
        else if (err_occurred()) goto fail;
    }
    if (!file || file == V_NONE || file == OBJ_VAL(&std_out)) r = builtin_print_impl(args, nargs, sep, end);
    else if (file == OBJ_VAL(&std_err)) {
        /* standard error: the whole line in one write */
        SBuf b;
        sb_init(&b);
        for (int i = 0; i < nargs; i++) {
            if (i) { if (sep && sep != V_NONE) sb_add_str(&b, AS_STR(sep)); else sb_addc(&b, ' '); }
            Value s = obj_str(args[i]);
            if (!s) { sb_free(&b); goto fail; }
            sb_add_str(&b, AS_STR(s));
            decref(s);
        }
        if (end && end != V_NONE) sb_add_str(&b, AS_STR(end)); else sb_addc(&b, '\n');
        Value text = sb_finish(&b);
        if (!text) goto fail;
        err_write(AS_STR(text)->data, AS_STR(text)->len);
        decref(text);
        r = V_NONE;
    } else {
        /* any other file: file.write() for each piece, as CPython */
        Str *w = str_intern_c("write");
        Value space = OBJ_VAL(str_intern_c(" ")), nl = OBJ_VAL(str_intern_c("\n"));
        r = V_NONE;
        for (int i = 0; i <= nargs && r; i++) {
            Value pieces[2] = {V_NULL, V_NULL};
            if (i > 0 && i < nargs) { pieces[0] = sep && sep != V_NONE ? sep : space; incref(pieces[0]); }
            if (i < nargs) pieces[1] = obj_str(args[i]);
            else { pieces[1] = end && end != V_NONE ? end : nl; incref(pieces[1]); }
            if (!pieces[1]) { xdecref(pieces[0]); r = V_NULL; break; }
            for (int k = 0; k < 2 && r; k++) {
                if (!pieces[k]) continue;
                Value wr = call_method(file, w, &pieces[k], 1);
                if (wr) decref(wr);
                else r = V_NULL;
            }
            xdecref(pieces[0]);
            decref(pieces[1]);
        }
        if (!r) goto fail;
    }
    if (fl > 0) out_flush();
    xdecref(sep); xdecref(end); xdecref(file); xdecref(flush);
    return r;
fail:
    xdecref(sep); xdecref(end); xdecref(file); xdecref(flush);
    return V_NULL;
}

static Value bi_input(Value *args, int nargs, Dict *kw) {
    (void)kw;
    if (nargs > 0) {
        Value s = obj_str(args[0]);
        if (!s) return V_NULL;
        out_write(AS_STR(s)->data, AS_STR(s)->len);
        decref(s);
    }
    out_flush();
    return file_input_line();
}

/* ---- simple built-ins ----------------------------------------------------------------- */
static Value bi_len(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t r = obj_len(a[0]);
    return r < 0 ? V_NULL : int_from_i64(r);
}
static Value bi_repr(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_repr(a[0]); }
/* repr(v) with every non-ASCII character escaped: ascii() and !a */
Value obj_ascii(Value v) {
    Value r = obj_repr(v);
    if (!r || AS_STR(r)->ascii) return r;
    SBuf b;
    sb_init(&b);
    const unsigned char *p = (const unsigned char *)AS_STR(r)->data;
    for (int64_t i = 0; i < AS_STR(r)->len;) {
        uint32_t cp;
        i += utf8_decode(p + i, &cp);
        if (cp < 0x80) sb_addc(&b, (char)cp);
        else if (cp < 0x100) sb_addf(&b, "\\x%02x", cp);
        else if (cp < 0x10000) sb_addf(&b, "\\u%04x", cp);
        else sb_addf(&b, "\\U%08x", cp);
    }
    decref(r);
    return sb_finish(&b);
}
static Value bi_ascii(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_ascii(a[0]); }
static Value bi_abs(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_abs(a[0]); }
static Value bi_hash(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t h = obj_hash(a[0]);
    if (h == -1 && err_occurred()) return V_NULL;
    return int_from_i64(h);
}
static Value bi_id(Value *a, int n, Dict *kw) { (void)n; (void)kw; return int_from_i64((int64_t)(a[0] >> (IS_SMALL(a[0]) ? 0 : 0))); }
bool obj_callable(Value v) {
    Type *t = TYPE(v);
    return t == &FunctionType || t == &NativeType || t == &MethodType || t->call != NULL;
}
static Value bi_callable(Value *a, int n, Dict *kw) { (void)n; (void)kw; return MK_BOOL(obj_callable(a[0])); }
static Value bi_chr(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t i;
    if (!val_as_i64(a[0], &i)) return int_arg_error(a[0]);
    if (i < 0 || i > 0x10FFFF) return err_set_str(&Exc_ValueError, "chr() arg not in range(0x110000)");
    if (i >= 0xD800 && i <= 0xDFFF) return err_set_str(&Exc_ValueError, "surrogate code points are not supported");
    SBuf b;
    sb_init(&b);
    sb_add_utf8(&b, (uint32_t)i);
    return sb_finish(&b);
}
static Value bi_ord(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_STR(a[0])) return err_format(&Exc_TypeError, "ord() expected string of length 1, but %s found", type_name(a[0]));
    Str *s = AS_STR(a[0]);
    if (s->nchars != 1)
        return err_format(&Exc_TypeError, "ord() expected a character, but string of length %lld found", (long long)s->nchars);
    uint32_t cp;
    utf8_decode((const unsigned char *)s->data, &cp);
    return MK_SMALL(cp);
}
static Value base_str(Value v, int base, const char *prefix) {
    Value iv = v;
    if (IS_INT(v) || TYPE(v) == &BoolType) incref(iv);
    else {
        bool found;
        iv = call_method_opt(v, N.__index__, NULL, 0, &found);
        if (!found) return int_arg_error(v);
        if (!iv) return V_NULL;
        if (!IS_INT(iv) && TYPE(iv) != &BoolType) {
            err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", type_name(iv));
            decref(iv);
            return V_NULL;
        }
    }
    int64_t n;
    bool neg;
    char *d = int_digits(iv, base, &n, &neg);
    decref(iv);
    if (!d) return V_NULL;
    SBuf b;
    sb_init(&b);
    if (neg) sb_addc(&b, '-');
    sb_adds(&b, prefix);
    sb_add(&b, d, n);
    free(d);
    return sb_finish(&b);
}
static Value bi_bin(Value *a, int n, Dict *kw) { (void)n; (void)kw; return base_str(a[0], 2, "0b"); }
static Value bi_oct(Value *a, int n, Dict *kw) { (void)n; (void)kw; return base_str(a[0], 8, "0o"); }
static Value bi_hex(Value *a, int n, Dict *kw) { (void)n; (void)kw; return base_str(a[0], 16, "0x"); }
static Value bi_format(Value *a, int n, Dict *kw) {
    (void)kw;
    if (n > 1 && !IS_STR(a[1])) return err_format(&Exc_TypeError, "format() argument 2 must be str, not %s", type_name(a[1]));
    return obj_format(a[0], n > 1 ? AS_STR(a[1]) : NULL);
}
static Value bi_round(Value *a, int n, Dict *kw) {
    Value nd = n > 1 ? a[1] : V_NULL;
    if (kw) {
        Value t = kw_take(kw, str_intern_c("ndigits"));
        if (t) { nd = t; decref(t); }
        if (kw_done("round", kw) < 0) return V_NULL;
    }
    return num_round(a[0], nd);
}
static Value bi_divmod(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    bool ints = (IS_INT(a[0]) || TYPE(a[0]) == &BoolType) && (IS_INT(a[1]) || TYPE(a[1]) == &BoolType);
    if (ints) {
        if (big_sign(a[1]) == 0) return err_set_str(&Exc_ZeroDivisionError, "integer division or modulo by zero");
    } else {
        double fx, fy;
        if (val_as_double(a[0], &fx) && val_as_double(a[1], &fy) && fy == 0)
            return err_set_str(&Exc_ZeroDivisionError, "float divmod()");
    }
    bool nums = (IS_SMALL(a[0]) || IS_FLOAT(a[0]) || TYPE(a[0]) == &IntType || TYPE(a[0]) == &BoolType) &&
                (IS_SMALL(a[1]) || IS_FLOAT(a[1]) || TYPE(a[1]) == &IntType || TYPE(a[1]) == &BoolType);
    if (!nums) {
        /* a.__divmod__(b), then b.__rdivmod__(a): never // and % apart */
        bool found;
        Value r = call_method_opt(a[0], N.__divmod__, &a[1], 1, &found);
        if (found && r != V_NOTIMPL) return r;
        if (found) decref(r);
        if (TYPE(a[0]) != TYPE(a[1])) {
            r = call_method_opt(a[1], N.__rdivmod__, &a[0], 1, &found);
            if (found && r != V_NOTIMPL) return r;
            if (found) decref(r);
        }
        return err_format(&Exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(a[0]), type_name(a[1]));
    }
    Value q = obj_binop(BOP_FLOORDIV, a[0], a[1]);
    if (!q) return V_NULL;
    Value r = obj_binop(BOP_MOD, a[0], a[1]);
    if (!r) { decref(q); return V_NULL; }
    return tuple_pack(2, q, r);
}
static Value bi_pow(Value *a, int n, Dict *kw) {
    (void)kw;
    if (n == 3 && a[2] != V_NONE) return num_pow3(a[0], a[1], a[2]);
    return obj_binop(BOP_POW, a[0], a[1]);
}
static Value bi_isinstance(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int r = obj_isinstance(a[0], a[1]);
    return r < 0 ? V_NULL : MK_BOOL(r);
}
static Value bi_issubclass(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_CLASS(a[0])) return err_set_str(&Exc_TypeError, "issubclass() arg 1 must be a class");
    Value cls = a[1];
    if (IS_TUPLE(cls)) {
        for (int64_t i = 0; i < AS_TUPLE(cls)->len; i++) {
            Value pair[2] = {a[0], AS_TUPLE(cls)->items[i]};
            Value r = bi_issubclass(pair, 2, NULL);
            if (r != V_FALSE) return r;
        }
        return V_FALSE;
    }
    if (IS_TYPE(cls, UnionType)) {
        int r = union_isinstance(a[0], cls, true);
        return r < 0 ? V_NULL : MK_BOOL(r);
    }
    if (!IS_CLASS(cls)) return err_set_str(&Exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    if (TYPE(cls)->flags & TF_HEAP) {
        int r = meta_check(cls, N.__subclasscheck__, a[0]);
        return r < 0 ? V_NULL : MK_BOOL(r);
    }
    return MK_BOOL(type_is_subtype(AS_TYPE(a[0]), AS_TYPE(cls)));
}
static Str *attr_name(Value v, const char *fn) {
    if (!IS_STR(v)) {
        (void)fn;
        err_format(&Exc_TypeError, "attribute name must be string, not '%s'", type_name(v));
        return NULL;
    }
    incref(v);
    return str_intern(AS_STR(v));
}
static Value bi_getattr(Value *a, int n, Dict *kw) {
    (void)kw;
    Str *name = attr_name(a[1], "getattr");
    if (!name) return V_NULL;
    if (n > 2) {
        Value r = obj_getattr_opt(a[0], name);
        if (r || err_occurred()) return r;
        incref(a[2]);
        return a[2];
    }
    return obj_getattr(a[0], name);
}
static Value bi_hasattr(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Str *name = attr_name(a[1], "hasattr");
    if (!name) return V_NULL;
    Value r = obj_getattr_opt(a[0], name);
    if (r) { decref(r); return V_TRUE; }
    return err_occurred() ? V_NULL : V_FALSE;
}
static Value bi_setattr(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Str *name = attr_name(a[1], "setattr");
    if (!name) return V_NULL;
    return obj_setattr(a[0], name, a[2]) < 0 ? V_NULL : V_NONE;
}
static Value bi_delattr(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Str *name = attr_name(a[1], "delattr");
    if (!name) return V_NULL;
    return obj_setattr(a[0], name, V_NULL) < 0 ? V_NULL : V_NONE;
}
static Value bi_iter(Value *a, int n, Dict *kw) {
    (void)kw;
    if (n == 2) {
        if (!obj_callable(a[0])) return err_set_str(&Exc_TypeError, "iter(v, w): v must be callable");
        return calliter_new(a[0], a[1]);
    }
    return obj_iter(a[0]);
}
Value vm_gen_next_builtin(Gen *g);
static Value bi_next(Value *a, int n, Dict *kw) {
    (void)kw;
    Type *t = TYPE(a[0]);
    if (t == &GenType) {
        Value r = vm_gen_next_builtin((Gen *)AS_OBJ(a[0]));
        if (!r && n > 1 && err_matches(&Exc_StopIteration)) {
            err_clear();
            incref(a[1]);
            return a[1];
        }
        return r;
    }
    if (!t->next) return err_format(&Exc_TypeError, "'%s' object is not an iterator", t->cname);
    Value r = iter_next_keep(a[0]);
    if (!r && n > 1 && err_matches(&Exc_StopIteration)) {
        err_clear();
        incref(a[1]);
        return a[1];
    }
    if (r || err_occurred()) return r;
    if (n > 1) { incref(a[1]); return a[1]; }
    return err_set_value(&Exc_StopIteration, V_NULL);
}

static Value minmax(Value *a, int n, Dict *kw, bool is_max) {
    const char *fname = is_max ? "max" : "min";
    Value key = V_NULL, dflt = V_NULL;
    if (kw) {
        key = kw_take(kw, N.key);
        dflt = kw_take(kw, str_intern_c("default"));
        if (kw_done(fname, kw) < 0) { xdecref(key); xdecref(dflt); return V_NULL; }
    }
    if (n == 0) { xdecref(key); xdecref(dflt); return err_format(&Exc_TypeError, "%s expected at least 1 argument, got 0", fname); }
    if (n > 1 && dflt) {
        xdecref(key); xdecref(dflt);
        return err_format(&Exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
    }
    Value seq = n == 1 ? obj_iter(a[0]) : tuple_from_array(a, n);
    Value it = seq && n > 1 ? obj_iter(seq) : seq;
    if (n > 1) xdecref(seq);
    if (!it) { xdecref(key); xdecref(dflt); return V_NULL; }
    Value best = V_NULL, bestk = V_NULL, v;
    if (key == V_NONE) { decref(key); key = V_NULL; }
    while ((v = obj_next(it))) {
        Value k = key ? call1(key, v) : (incref(v), v);
        if (!k) { decref(v); goto fail; }
        if (!best) { best = v; bestk = k; continue; }
        /* CPython compares the new item against the best: item > best (max), item < best (min) */
        Value cmp = obj_richcmp(k, bestk, is_max ? CMP_GT : CMP_LT);
        int better = cmp ? obj_truth(cmp) : -1;
        xdecref(cmp);
        if (better < 0) { decref(v); decref(k); goto fail; }
        if (better) {
            decref(best); decref(bestk);
            best = v; bestk = k;
        } else { decref(v); decref(k); }
    }
    if (err_occurred()) goto fail;
    decref(it);
    xdecref(bestk);
    xdecref(key);
    if (!best) {
        if (dflt) return dflt;
        return err_format(&Exc_ValueError, "%s() arg is an empty sequence", fname);
    }
    xdecref(dflt);
    return best;
fail:
    decref(it);
    xdecref(best); xdecref(bestk); xdecref(key); xdecref(dflt);
    return V_NULL;
}
static Value bi_min(Value *a, int n, Dict *kw) { return minmax(a, n, kw, false); }
static Value bi_max(Value *a, int n, Dict *kw) { return minmax(a, n, kw, true); }

static Value bi_sum(Value *a, int n, Dict *kw) {
    Value start = n > 1 ? a[1] : V_NULL;
    if (kw) {
        Value s = kw_take(kw, N.start);
        if (s) { start = s; decref(s); }
        if (kw_done("sum", kw) < 0) return V_NULL;
    }
    if (start && IS_STR(start)) return err_set_str(&Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    Value it = obj_iter(a[0]);
    if (!it) return V_NULL;
    Value acc = start ? (incref(start), start) : MK_SMALL(0);
    int64_t iacc = 0;
    bool int_mode = IS_SMALL(acc);
    if (int_mode) iacc = SMALL_VAL(acc);
    double facc = 0;
    bool float_mode = false;
    Value v;
    while ((v = obj_next(it))) {
        if (int_mode && IS_SMALL(v)) {
            int64_t r;
            if (!__builtin_add_overflow(iacc, SMALL_VAL(v), &r)) { iacc = r; continue; }
        }
        if (int_mode) { acc = int_from_i64(iacc); int_mode = false; }
        if (float_mode && (IS_FLOAT(v) || IS_SMALL(v))) {
            facc += IS_FLOAT(v) ? AS_FLOAT(v) : (double)SMALL_VAL(v);
            decref(v);
            continue;
        }
        if (!float_mode && IS_FLOAT(v) && (IS_FLOAT(acc) || IS_SMALL(acc))) {
            facc = (IS_FLOAT(acc) ? AS_FLOAT(acc) : (double)SMALL_VAL(acc)) + AS_FLOAT(v);
            decref(acc);
            decref(v);
            float_mode = true;
            continue;
        }
        if (float_mode) { acc = float_new(facc); float_mode = false; if (!acc) { decref(v); decref(it); return V_NULL; } }
        Value r = obj_binop(BOP_ADD, acc, v);
        decref(acc);
        decref(v);
        if (!r) { decref(it); return V_NULL; }
        acc = r;
    }
    decref(it);
    if (err_occurred()) { if (!int_mode && !float_mode) decref(acc); return V_NULL; }
    if (int_mode) return int_from_i64(iacc);
    if (float_mode) return float_new(facc);
    return acc;
}

static Value bi_sorted(Value *a, int n, Dict *kw) {
    (void)n;
    Value l = seq_to_list(a[0]);
    if (!l) return V_NULL;
    Value key = V_NULL, rev = V_NULL;
    if (kw) {
        key = kw_take(kw, N.key);
        rev = kw_take(kw, N.reverse);
        if (kw_done("sorted", kw) < 0) { xdecref(key); xdecref(rev); decref(l); return V_NULL; }
    }
    int r = rev ? obj_truth(rev) : 0;
    if (r >= 0) r = list_sort(l, key, r > 0);
    xdecref(key);
    xdecref(rev);
    if (r < 0) { decref(l); return V_NULL; }
    return l;
}

static Value any_all(Value v, bool is_any) {
    Value it = obj_iter(v);
    if (!it) return V_NULL;
    Value x;
    while ((x = obj_next(it))) {
        int t = obj_truth(x);
        decref(x);
        if (t < 0) { decref(it); return V_NULL; }
        if (t == is_any) { decref(it); return MK_BOOL(is_any); }
    }
    decref(it);
    if (err_occurred()) return V_NULL;
    return MK_BOOL(!is_any);
}
static Value bi_any(Value *a, int n, Dict *kw) { (void)n; (void)kw; return any_all(a[0], true); }
static Value bi_all(Value *a, int n, Dict *kw) { (void)n; (void)kw; return any_all(a[0], false); }

/* __import__(name, globals=None, locals=None, fromlist=(), level=0): the
 * top package for `import a.b`, the module itself when fromlist is given */
static Value bi_import(Value *a, int n, Dict *kw) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    Value arg[5] = {0};
    for (int i = 0; i < n && i < 5; i++) arg[i] = a[i];
    for (int i = 0; kw && i < 5; i++) {
        Value v = kw_take(kw, str_intern_c(names[i]));
        if (v) { arg[i] = v; decref(v); } /* the caller's dict still holds it */
    }
    if (kw && kw_done("__import__", kw) < 0) return V_NULL;
    if (!arg[0]) return err_set_str(&Exc_TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (!IS_STR(arg[0])) return err_set_str(&Exc_TypeError, "module name must be a string");
    int64_t level = 0;
    if (arg[4] && !val_as_i64(arg[4], &level))
        return int_arg_error(arg[4]);
    if (level < 0) return err_set_str(&Exc_ValueError, "level must be >= 0");
    if (AS_STR(arg[0])->len == 0 && level == 0) return err_set_str(&Exc_ValueError, "Empty module name");
    int leaf = arg[3] && obj_truth(arg[3]) > 0;
    Dict *g = arg[1] && IS_DICT(arg[1]) ? AS_DICT(arg[1]) : NULL;
    if (level > 0 && !g) return err_set_str(&Exc_KeyError, "'__name__' not in globals");
    incref(arg[0]);
    Str *name = str_intern(AS_STR(arg[0])); /* takes the reference */
    return level > 0 ? import_module_level(name, leaf, (int)level, g) : import_module(name, leaf);
}

static Value bi_globals(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    Frame *f = cur_ts->frame;
    Dict *g = f ? f->globals : interp.main_module->dict;
    incref(OBJ_VAL(g));
    return OBJ_VAL(g);
}
static Value bi_locals(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    Frame *f = cur_ts->frame;
    if (!f) return dict_new();
    if (f->locals) { incref(OBJ_VAL(f->locals)); return OBJ_VAL(f->locals); }
    Value d = dict_new();
    if (!d) return V_NULL;
    for (int i = 0; i < f->code->nlocals; i++)
        if (f->fast[i]) dict_set_str(AS_DICT(d), f->code->varnames[i], f->fast[i]);
    return d;
}
static Value bi_vars(Value *a, int n, Dict *kw) {
    if (n == 0) return bi_locals(a, n, kw);
    Value d = obj_getattr_opt(a[0], N.__dict__);
    if (!d && !err_occurred()) return err_set_str(&Exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}
/* ---- compile(), exec(), eval() ----------------------------------------------------------
 * Code made here is immortal, as every code object is: it lives until exit. */
static Code *compile_text(Value src, Str *filename, bool eval_mode, bool strip) {
    Str *s = AS_STR(src);
    const char *p = s->data;
    int64_t len = s->len;
    if (memchr(p, 0, (size_t)len)) {
        (void)filename; /* as CPython: the message alone */
        err_set_str(&Exc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    if (strip) /* eval() of a string strips leading blanks; compile() does not */
        while (len && (*p == ' ' || *p == '\t')) p++, len--;
    return compile_source(p, len, filename, eval_mode ? COMPILE_EVAL : COMPILE_EXEC);
}

static Value bi_compile(Value *a, int n, Dict *kw) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
    Value arg[6] = {0};
    for (int i = 0; i < n && i < 6; i++) arg[i] = a[i];
    Value took[6] = {0};
    if (kw) {
        for (int i = 0; i < 6; i++) {
            took[i] = kw_take(kw, str_intern_c(names[i]));
            if (took[i] && arg[i]) {
                for (int j = 0; j < 6; j++) xdecref(took[j]);
                return err_format(&Exc_TypeError, "argument for compile() given by name ('%s') and position (%d)", names[i],
                                  i + 1);
            }
            if (took[i]) arg[i] = took[i];
        }
        if (kw_done("compile", kw) < 0) goto fail;
    }
    for (int i = 0; i < 3; i++)
        if (!arg[i]) {
            err_format(&Exc_TypeError, "compile() missing required argument '%s' (pos %d)", names[i], i + 1);
            goto fail;
        }
    if (!IS_STR(arg[0])) {
        err_set_str(&Exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
        goto fail;
    }
    if (!IS_STR(arg[1])) {
        err_format(&Exc_TypeError, "compile() argument 'filename' must be str, not %s", TYPE(arg[1])->name->data);
        goto fail;
    }
    if (!IS_STR(arg[2])) {
        err_format(&Exc_TypeError, "compile() argument 'mode' must be str, not %s", TYPE(arg[2])->name->data);
        goto fail;
    }
    bool eval_mode = str_eq_c(AS_STR(arg[2]), "eval");
    if (!eval_mode && !str_eq_c(AS_STR(arg[2]), "exec")) {
        if (str_eq_c(AS_STR(arg[2]), "single"))
            err_set_str(&Exc_NotImplementedError, "compile() mode 'single' (the interactive prompt's) is not supported");
        else
            err_set_str(&Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        goto fail;
    }
    Code *co = compile_text(arg[0], str_intern(AS_STR(arg[1])), eval_mode, false);
    for (int j = 0; j < 6; j++) xdecref(took[j]);
    return co ? OBJ_VAL(co) : V_NULL;
fail:
    for (int j = 0; j < 6; j++) xdecref(took[j]);
    return V_NULL;
}

/* exec() and eval(): the code to run, and the namespaces as CPython chooses them. */
static Value run_code_arg(const char *fname, Value *a, int n, bool eval_mode) {
    Value src = a[0];
    Value g = n > 1 && a[1] != V_NONE ? a[1] : V_NULL, l = n > 2 && a[2] != V_NONE ? a[2] : V_NULL;
    if (g && !IS_DICT(g)) {
        if (eval_mode) return err_set_str(&Exc_TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
        return err_format(&Exc_TypeError, "exec() globals must be a dict, not %s", TYPE(g)->name->data);
    }
    if (l && !IS_DICT(l))
        return err_format(&Exc_TypeError, "locals must be a mapping (here: a dict), not %s", TYPE(l)->name->data);
    Value owned_locals = V_NULL;
    if (!g) {
        Frame *f = cur_ts->frame;
        g = OBJ_VAL(f ? f->globals : interp.main_module->dict);
        if (!l) {
            owned_locals = bi_locals(NULL, 0, NULL);
            if (!owned_locals) return V_NULL;
            l = owned_locals;
        }
    }
    if (!l) l = g;
    Code *co;
    if (IS_TYPE(src, CodeType)) {
        co = AS_CODE(src);
        if (co->nfrees) {
            xdecref(owned_locals);
            return err_format(&Exc_TypeError, "code object requires a closure of exactly length %d", (int)co->nfrees);
        }
    } else if (IS_STR(src)) {
        co = compile_text(src, str_intern_c("<string>"), eval_mode, eval_mode);
        if (!co) { xdecref(owned_locals); return V_NULL; }
    } else {
        xdecref(owned_locals);
        return err_format(&Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    /* as CPython: globals without __builtins__ get the builtins */
    Value have = dict_get_str(AS_DICT(g), N.__builtins__); /* a new reference */
    Value r = have ? V_TRUE : V_NULL;
    xdecref(have);
    if (!r && !err_occurred()) {
        if (dict_set_str(AS_DICT(g), N.__builtins__, OBJ_VAL(interp.builtins)) < 0) r = V_NULL;
        else r = V_TRUE;
    }
    if (r) r = vm_run_code(co, AS_DICT(g), AS_DICT(l));
    xdecref(owned_locals);
    if (r && !eval_mode) { decref(r); r = V_NONE; }
    return r;
}
static Value bi_exec(Value *a, int n, Dict *kw) {
    (void)kw;
    return run_code_arg("exec", a, n, false);
}
static Value bi_eval(Value *a, int n, Dict *kw) {
    (void)kw;
    return run_code_arg("eval", a, n, true);
}

static Value sorted_unique(Value keys) {
    Value s = set_new();
    if (s && set_update(s, keys) == 0) {
        decref(keys);
        keys = seq_to_list(s);
    }
    xdecref(s);
    if (keys) list_sort(keys, V_NULL, false);
    return keys;
}
/* dir(o): what o's __dir__ says when a class defines one (or a module's
 * __dir__ function, PEP 562), sorted; else the sorted names of o's
 * attributes (its dict and its classes') */
Value obj_dir(Value o) {
    Value custom = V_NULL;
    if (IS_TYPE(o, ModuleType)) custom = dict_get_str(((Module *)AS_OBJ(o))->dict, str_intern_c("__dir__"));
    else if (!IS_CLASS(o)) {
        Value m = type_lookup(TYPE(o), str_intern_c("__dir__"));
        if (m && (TYPE(m)->flags & TF_HEAP || IS_FUNC(m))) custom = m;
        else xdecref(m);
    }
    if (err_occurred()) { xdecref(custom); return V_NULL; }
    if (custom) {
        Value r = IS_TYPE(o, ModuleType) ? call(custom, NULL, 0, NULL) : call_with_self(custom, o, NULL, 0, NULL);
        decref(custom);
        Value l = r ? seq_to_list(r) : V_NULL;
        xdecref(r);
        if (l && list_sort(l, V_NULL, false) < 0) { decref(l); return V_NULL; }
        return l;
    }
    Value keys = list_new(0);
    if (!keys) return V_NULL;
    Dict *d = NULL;
    if (IS_TYPE(o, ModuleType)) d = ((Module *)AS_OBJ(o))->dict;
    else if (TYPE(o)->flags & (TF_INSTANCE | TF_EXC)) d = ((Instance *)AS_OBJ(o))->dict;
    if (d) { Value k = dict_keys_snapshot(d); if (k) { list_extend(keys, k); decref(k); } }
    Type *t, *of = IS_CLASS(o) ? AS_TYPE(o) : TYPE(o);
    for (int64_t i = 0; !IS_TYPE(o, ModuleType) && (t = mro_item(of, i)) != NULL; i++) {
        Value k = dict_keys_snapshot(t->dict);
        if (k) { list_extend(keys, k); decref(k); }
    }
    return sorted_unique(keys);
}
static Value bi_dir(Value *a, int n, Dict *kw) {
    (void)kw;
    if (n) return obj_dir(a[0]);
    Value keys = list_new(0);
    if (!keys) return V_NULL;
    Value g = bi_locals(a, 0, NULL);
    if (g) { list_extend(keys, g); decref(g); }
    return sorted_unique(keys);
}
static Value bi_exit(Value *a, int n, Dict *kw) {
    (void)kw;
    return err_set_value(&Exc_SystemExit, n ? (incref(a[0]), a[0]) : V_NULL);
}

/* super() with no arguments: the class from the __class__ cell, and the
 * first argument of the calling function. */
Value builtin_super(Value *args, int nargs, Dict *kw) {
    if (kw && dict_len(kw)) return err_set_str(&Exc_TypeError, "super() takes no keyword arguments");
    if (nargs == 2) {
        if (!IS_CLASS(args[0])) return err_set_str(&Exc_TypeError, "super() argument 1 must be a type");
        return super_new(AS_TYPE(args[0]), args[1]);
    }
    if (nargs != 0) return err_set_str(&Exc_TypeError, "super() takes 0 or 2 arguments");
    Frame *f = cur_ts->frame;
    if (!f || !f->func) return err_set_str(&Exc_RuntimeError, "super(): no arguments");
    Code *co = f->code;
    Value cls = V_NULL;
    for (int i = 0; i < co->nfrees; i++)
        if (str_eq_c(co->freenames[i], "__class__")) {
            Cell *c = (Cell *)AS_OBJ(f->fast[co->nlocals + co->ncells + i]);
            cls = c->v;
        }
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) return err_set_str(&Exc_RuntimeError, "super(): no arguments");
    if (!cls || !IS_CLASS(cls)) return err_set_str(&Exc_RuntimeError, "super(): __class__ cell not found");
    Value self = f->fast[0];
    if (!self) {
        /* the first argument may live in a cell */
        for (int i = 0; i < co->ncells; i++)
            if (co->cell2arg[i] == 0) self = ((Cell *)AS_OBJ(f->fast[co->nlocals + i]))->v;
    }
    if (!self) return err_set_str(&Exc_RuntimeError, "super(): arg[0] deleted");
    return super_new(AS_TYPE(cls), self);
}

/* ---- the module --------------------------------------------------------------------------- */
void builtins_init(void) {
    s_sys = str_intern_c("sys");
    s_stdout = str_intern_c("stdout");
    out_tty = isatty(1);
    StdStreamType.flags = 0;
    type_ready(&StdStreamType, "TextIOWrapper", &ObjectType);
    type_add_method(&StdStreamType, "write", stream_write, 2, 2, false);
    type_add_method(&StdStreamType, "flush", stream_flush, 1, 1, false);
    Value m = module_new("builtins");
    Module *mod = (Module *)AS_OBJ(m);
    interp.builtins = mod->dict;
    struct { const char *n; NativeFn f; int min, max; bool kw; } fns[] = {
        {"print", bi_print, 0, -1, true}, {"input", bi_input, 0, 1, false}, {"len", bi_len, 1, 1, false},
        {"repr", bi_repr, 1, 1, false}, {"ascii", bi_ascii, 1, 1, false}, {"abs", bi_abs, 1, 1, false},
        {"hash", bi_hash, 1, 1, false}, {"id", bi_id, 1, 1, false}, {"callable", bi_callable, 1, 1, false},
        {"chr", bi_chr, 1, 1, false}, {"ord", bi_ord, 1, 1, false}, {"bin", bi_bin, 1, 1, false},
        {"oct", bi_oct, 1, 1, false}, {"hex", bi_hex, 1, 1, false}, {"format", bi_format, 1, 2, false},
        {"round", bi_round, 1, 2, true}, {"divmod", bi_divmod, 2, 2, false}, {"pow", bi_pow, 2, 3, false},
        {"isinstance", bi_isinstance, 2, 2, false}, {"issubclass", bi_issubclass, 2, 2, false},
        {"getattr", bi_getattr, 2, 3, false}, {"hasattr", bi_hasattr, 2, 2, false},
        {"setattr", bi_setattr, 3, 3, false}, {"delattr", bi_delattr, 2, 2, false},
        {"iter", bi_iter, 1, 2, false}, {"next", bi_next, 1, 2, false}, {"min", bi_min, 0, -1, true},
        {"max", bi_max, 0, -1, true}, {"sum", bi_sum, 1, 2, true}, {"sorted", bi_sorted, 1, 1, true},
        {"any", bi_any, 1, 1, false}, {"all", bi_all, 1, 1, false}, {"globals", bi_globals, 0, 0, false},
        {"locals", bi_locals, 0, 0, false}, {"vars", bi_vars, 0, 1, false}, {"dir", bi_dir, 0, 1, false},
        {"exit", bi_exit, 0, 1, false}, {"quit", bi_exit, 0, 1, false}, {"compile", bi_compile, 0, 6, true},
        {"__import__", bi_import, 0, 5, true},
        {"exec", bi_exec, 1, 3, false}, {"eval", bi_eval, 1, 3, false},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) module_add_func(mod, fns[i].n, fns[i].f, fns[i].min, fns[i].max, fns[i].kw);
    patma_install(mod);
    Type *types[] = {&IntType, &FloatType, &BoolType, &StrType, &ListType, &TupleType, &DictType, &SetType, &FrozenSetType,
                     &RangeType, &TypeType, &ObjectType, &EnumerateType, &ZipType, &MapType, &FilterType,
                     &ReversedType, &SuperType, &PropertyType, &StaticMethodType, &ClassMethodType, &SliceType,
                     &BytesType, &ByteArrayType, &ComplexType};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) dict_set_str(mod->dict, types[i]->name, OBJ_VAL(types[i]));
#define X(n, b) dict_set_str(mod->dict, Exc_##n.name, OBJ_VAL(&Exc_##n));
    EXC_LIST(X)
#undef X
    dict_set_str(mod->dict, str_intern_c("EnvironmentError"), OBJ_VAL(&Exc_OSError));
    dict_set_str(mod->dict, str_intern_c("IOError"), OBJ_VAL(&Exc_OSError));
    dict_set_str(mod->dict, str_intern_c("None"), V_NONE);
    dict_set_str(mod->dict, str_intern_c("True"), V_TRUE);
    dict_set_str(mod->dict, str_intern_c("False"), V_FALSE);
    dict_set_str(mod->dict, str_intern_c("NotImplemented"), V_NOTIMPL);
    dict_set_str(mod->dict, str_intern_c("Ellipsis"), V_ELLIPSIS);
    dict_set_str(mod->dict, N.__name__, OBJ_VAL(str_intern_c("builtins")));
    file_init(mod);
    dict_set_str(interp.modules, mod->name, m); /* import builtins */
}
