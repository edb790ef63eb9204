/* bytes.c - immutable byte strings and the codecs between str and bytes.
 *
 * A Bytes is a length and the bytes themselves (NUL-terminated for C's
 * sake).  No locks: like a tuple it never changes after it is built.  The
 * methods mirror str's over ASCII; the codecs are utf-8, ascii and latin-1
 * with the strict, ignore, replace and backslashreplace error handlers
 * (and xmlcharrefreplace when encoding), raising CPython's messages. */
#include <string.h>
#include "runtime.h"

Type BytesType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type BytesIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};
static Bytes *empty_bytes;

#define SELF AS_BYTES(a[0])

static Bytes *bytes_alloc(int64_t len) {
    if (len < 0 || len > (INT64_C(1) << 46)) { err_no_memory(); return NULL; }
    Bytes *b = (Bytes *)obj_new(&BytesType, sizeof(Bytes) + (size_t)len + 1);
    if (!b) return NULL;
    b->len = len;
    b->hash = -1;
    b->data[len] = 0;
    return b;
}

Value bytes_new(const char *data, int64_t len) {
    if (len == 0 && empty_bytes) return OBJ_VAL(empty_bytes);
    Bytes *b = bytes_alloc(len);
    if (!b) return V_NULL;
    if (data) memcpy(b->data, data, (size_t)len);
    else memset(b->data, 0, (size_t)len);
    return OBJ_VAL(b);
}

/* the builder's bytes as a bytes object (MemoryError if it failed) */
static Value sb_finish_bytes(SBuf *b) {
    if (b->failed) {
        sb_free(b);
        return err_no_memory();
    }
    Value r = bytes_new(b->buf, b->len);
    sb_free(b);
    return r;
}

static bool want_bytes(Value v, Bytes **out) {
    if (!IS_BYTES(v)) {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
        return false;
    }
    *out = AS_BYTES(v);
    return true;
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static const char *find_in(const char *h, int64_t hn, const char *n, int64_t nn, bool last) {
    if (nn > hn) return NULL;
    if (last) {
        for (int64_t i = hn - nn; i >= 0; i--)
            if (memcmp(h + i, n, (size_t)nn) == 0) return h + i;
        return NULL;
    }
    if (nn == 0) return h;
    for (int64_t i = 0; i + nn <= hn; i++)
        if (h[i] == n[0] && memcmp(h + i, n, (size_t)nn) == 0) return h + i;
    return NULL;
}

/* ---- the type's slots -------------------------------------------------- */
static void bytes_dealloc(Obj *o) { obj_free(o); }

Value bytes_repr_of(const char *s, int64_t n) {
    bool has_sq = memchr(s, '\'', (size_t)n) != NULL, has_dq = memchr(s, '"', (size_t)n) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    SBuf b;
    sb_init(&b);
    sb_addc(&b, 'b');
    sb_addc(&b, q);
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == q || c == '\\') { sb_addc(&b, '\\'); sb_addc(&b, (char)c); }
        else if (c == '\t') sb_adds(&b, "\\t");
        else if (c == '\n') sb_adds(&b, "\\n");
        else if (c == '\r') sb_adds(&b, "\\r");
        else if (c < ' ' || c >= 0x7f) sb_addf(&b, "\\x%02x", c);
        else sb_addc(&b, (char)c);
    }
    sb_addc(&b, q);
    return sb_finish(&b);
}
static Value bytes_repr(Value v) { return bytes_repr_of(AS_BYTES(v)->data, AS_BYTES(v)->len); }

static int64_t bytes_hash(Value v) {
    /* the hash of the str with the same ASCII text, as in CPython */
    Bytes *b = AS_BYTES(v);
    int64_t h = LOAD_RELAXED(&b->hash);
    if (h != -1) return h;
    uint64_t x = 1469598103934665603ULL; /* FNV-1a, as str_hash */
    for (int64_t i = 0; i < b->len; i++) {
        x ^= (unsigned char)b->data[i];
        x *= 1099511628211ULL;
    }
    h = (int64_t)(x >> 1);
    if (h == -1) h = -2;
    STORE_RELAXED(&b->hash, h);
    return h;
}

static Value bytes_richcmp(Value a, Value b, int op) {
    if (!IS_BYTES(b)) return V_NOTIMPL;
    Bytes *x = AS_BYTES(a), *y = AS_BYTES(b);
    int64_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c == 0) c = x->len < y->len ? -1 : x->len > y->len;
    return cmp_result(c, op);
}

static int64_t bytes_len(Value v) { return AS_BYTES(v)->len; }
static bool bytes_truth(Value v, int *err) { (void)err; return AS_BYTES(v)->len != 0; }

static Value bytes_getitem(Value v, Value key) {
    Bytes *b = AS_BYTES(v);
    if (IS_TYPE(key, SliceType)) {
        int64_t start, stop, step, n;
        if (slice_indices(key, b->len, &start, &stop, &step, &n) < 0) return V_NULL;
        if (step == 1) {
            if (start == 0 && n == b->len) { incref(v); return v; }
            return bytes_new(b->data + start, n);
        }
        Bytes *r = bytes_alloc(n);
        if (!r) return V_NULL;
        for (int64_t i = 0, j = start; i < n; i++, j += step) r->data[i] = b->data[j];
        return OBJ_VAL(r);
    }
    int64_t i;
    if (!val_as_i64(key, &i)) {
        i = obj_index(key, NULL);
        if (i == -1 && err_occurred()) {
            err_clear();
            return err_format(&Exc_TypeError, "byte indices must be integers or slices, not %s", type_name(key));
        }
    }
    if (i < 0) i += b->len;
    if (i < 0 || i >= b->len) return err_set_str(&Exc_IndexError, "index out of range");
    return MK_SMALL((unsigned char)b->data[i]);
}

/* a byte value (0..255) from an int, or -1 with an error */
static int byte_of(Value v) {
    int64_t x;
    if (!val_as_i64(v, &x)) {
        x = obj_index(v, NULL);
        if (x == -1 && err_occurred()) return -1;
    }
    if (x < 0 || x > 255) {
        err_set_str(&Exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)x;
}

static int bytes_contains(Value v, Value x) {
    Bytes *b = AS_BYTES(v);
    if (IS_BYTES(x)) return find_in(b->data, b->len, AS_BYTES(x)->data, AS_BYTES(x)->len, false) != NULL;
    if (!IS_INT(x) && !(TYPE(x)->flags & TF_HEAP)) {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(x));
        return -1;
    }
    int c = byte_of(x);
    if (c < 0) return -1;
    return memchr(b->data, c, (size_t)b->len) != NULL;
}

typedef struct { Obj ob; Value b; int64_t i; } BytesIter;
static Value bytes_iter(Value v) {
    BytesIter *it = (BytesIter *)obj_new(&BytesIterType, sizeof(BytesIter));
    if (!it) return V_NULL;
    incref(v);
    it->b = v;
    it->i = 0;
    return OBJ_VAL(it);
}
static Value bytesiter_next(Value v) {
    BytesIter *it = (BytesIter *)AS_OBJ(v);
    Bytes *b = AS_BYTES(it->b);
    int64_t i = LOAD_RELAXED(&it->i);
    if (i >= b->len) return V_NULL;
    STORE_RELAXED(&it->i, i + 1);
    return MK_SMALL((unsigned char)b->data[i]);
}
static void bytesiter_dealloc(Obj *o) { decref(((BytesIter *)o)->b); obj_free(o); }

Value bytes_concat(Value a, Value b) {
    Bytes *x = AS_BYTES(a), *y = AS_BYTES(b);
    if (y->len == 0) { incref(a); return a; }
    if (x->len == 0) { incref(b); return b; }
    Bytes *r = bytes_alloc(x->len + y->len);
    if (!r) return V_NULL;
    memcpy(r->data, x->data, (size_t)x->len);
    memcpy(r->data + x->len, y->data, (size_t)y->len);
    return OBJ_VAL(r);
}

Value bytes_repeat(Value a, int64_t n) {
    Bytes *x = AS_BYTES(a);
    if (n <= 0 || x->len == 0) return bytes_new("", 0);
    if (n == 1) { incref(a); return a; }
    if (n > (INT64_C(1) << 46) / x->len) return err_no_memory();
    Bytes *r = bytes_alloc(x->len * n);
    if (!r) return V_NULL;
    for (int64_t i = 0; i < n; i++) memcpy(r->data + i * x->len, x->data, (size_t)x->len);
    return OBJ_VAL(r);
}

/* ---- codecs ------------------------------------------------------------- */
enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };
enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_UNKNOWN };

static int codec_of(Value v, const char *fname) {
    if (!v) return ENC_UTF8;
    if (!IS_STR(v)) {
        err_format(&Exc_TypeError, "%s() argument 'encoding' must be str, not %s", fname, type_name(v));
        return -1;
    }
    char name[32];
    Str *s = AS_STR(v);
    int64_t k = 0;
    for (int64_t i = 0; i < s->len && k < (int64_t)sizeof name - 1; i++) {
        char c = s->data[i];
        name[k++] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    name[k] = 0;
    if (s->len < (int64_t)sizeof name) {
        static const struct { const char *n; int e; } names[] = {
            {"utf-8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8},
            {"ascii", ENC_ASCII}, {"us-ascii", ENC_ASCII}, {"646", ENC_ASCII},
            {"latin-1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"iso-8859-1", ENC_LATIN1},
            {"iso8859-1", ENC_LATIN1}, {"l1", ENC_LATIN1}, {"8859", ENC_LATIN1}, {"cp819", ENC_LATIN1},
        };
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strcmp(name, names[i].n) == 0) return names[i].e;
    }
    err_format(&Exc_LookupError, "unknown encoding: %s", s->data);
    return -1;
}
static const char *codec_name[] = {"utf-8", "ascii", "latin-1"};

static int handler_of(Value v, bool encoding) {
    if (!v) return ERR_STRICT;
    if (!IS_STR(v)) {
        err_format(&Exc_TypeError, "%s() argument 'errors' must be str, not %s", encoding ? "encode" : "decode", type_name(v));
        return -1;
    }
    const char *s = AS_STR(v)->data;
    if (strcmp(s, "strict") == 0) return ERR_STRICT;
    if (strcmp(s, "ignore") == 0) return ERR_IGNORE;
    if (strcmp(s, "replace") == 0) return ERR_REPLACE;
    if (strcmp(s, "backslashreplace") == 0) return ERR_BACKSLASH;
    if (encoding && strcmp(s, "xmlcharrefreplace") == 0) return ERR_XMLREF;
    return ERR_UNKNOWN; /* looked up, as in CPython, only when an error needs it */
}
/* encoding= and errors= of encode()/decode(), positional or keyword */
static bool codec_args(Value *a, int n, Dict *kw, const char *fname, int *enc, int *errs, char errname[40]) {
    Value ev = n > 1 ? a[1] : V_NULL, rv = n > 2 ? a[2] : V_NULL, t;
    if (kw) {
        if ((t = kw_take(kw, str_intern_c("encoding")))) { ev = t; decref(t); }
        if ((t = kw_take(kw, str_intern_c("errors")))) { rv = t; decref(t); }
        if (kw_done(fname, kw) < 0) return false;
    }
    bool encoding = fname[0] == 'e';
    if ((*enc = codec_of(ev, fname)) < 0) return false;
    if ((*errs = handler_of(rv, encoding)) < 0) return false;
    snprintf(errname, 40, "%s", rv ? AS_STR(rv)->data : "strict");
    return true;
}
static Value unknown_handler(const char *name) {
    return err_format(&Exc_LookupError, "unknown error handler name '%s'", name);
}

Value str_encode(Str *s, Value *a, int n, Dict *kw) {
    int enc, errs;
    char errname[40];
    if (!codec_args(a, n, kw, "encode", &enc, &errs, errname)) return V_NULL;
    if (enc == ENC_UTF8 || s->ascii) return bytes_new(s->data, s->len);
    int64_t limit = enc == ENC_ASCII ? 128 : 256;
    SBuf b;
    sb_init(&b);
    int64_t pos = 0;
    for (int64_t i = 0; i < s->len; pos++) {
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)s->data + i, &cp);
        if (cp < limit) { sb_addc(&b, (char)cp); i += k; continue; }
        /* the run of characters the codec cannot take */
        int64_t run_end = pos + 1, j = i + k;
        while (j < s->len) {
            uint32_t c2;
            int k2 = utf8_decode((const unsigned char *)s->data + j, &c2);
            if (c2 < limit) break;
            j += k2;
            run_end++;
        }
        if (errs == ERR_UNKNOWN) {
            sb_free(&b);
            return unknown_handler(errname);
        }
        if (errs == ERR_STRICT) {
            sb_free(&b);
            char ch[16];
            snprintf(ch, sizeof ch, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
            if (run_end == pos + 1)
                return err_format(&Exc_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %lld: ordinal not in range(%lld)",
                                  codec_name[enc], ch, (long long)pos, (long long)limit);
            return err_format(&Exc_UnicodeEncodeError, "'%s' codec can't encode characters in position %lld-%lld: ordinal not in range(%lld)",
                              codec_name[enc], (long long)pos, (long long)run_end - 1, (long long)limit);
        }
        for (int64_t p = i; p < j; pos++) {
            uint32_t c3;
            p += utf8_decode((const unsigned char *)s->data + p, &c3);
            if (errs == ERR_REPLACE) sb_addc(&b, '?');
            else if (errs == ERR_XMLREF) sb_addf(&b, "&#%u;", c3);
            else if (errs == ERR_BACKSLASH)
                sb_addf(&b, c3 < 0x100 ? "\\x%02x" : c3 < 0x10000 ? "\\u%04x" : "\\U%08x", c3);
        }
        pos--;
        i = j;
    }
    return sb_finish_bytes(&b);
}

/* The length of the valid UTF-8 sequence at s[0..n), or 0 with *bad set to
 * how many bytes form the invalid prefix and *why to the reason. */
static int utf8_seq(const unsigned char *s, int64_t n, int *bad, const char **why) {
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *bad = 1;
        *why = "invalid start byte";
        return 0;
    }
    for (int k = 1; k < need; k++) {
        if (k >= n) {
            *bad = k;
            *why = "unexpected end of data";
            return 0;
        }
        unsigned char x = s[k];
        if (x < (k == 1 ? lo : 0x80) || x > (k == 1 ? hi : 0xBF)) {
            *bad = k;
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return need;
}

static Value decode_impl(const char *data, int64_t len, int enc, int errs, const char *errname) {
    const unsigned char *s = (const unsigned char *)data;
    SBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < len;) {
        int bad = 1;
        const char *why = "ordinal not in range(128)";
        int k;
        if (enc == ENC_LATIN1) {
            sb_add_utf8(&b, s[i++]);
            continue;
        }
        if (enc == ENC_ASCII) k = s[i] < 0x80;
        else k = utf8_seq(s + i, len - i, &bad, &why);
        if (k) {
            sb_add(&b, data + i, k);
            i += k;
            continue;
        }
        if (errs == ERR_UNKNOWN) {
            sb_free(&b);
            return unknown_handler(errname);
        }
        if (errs == ERR_STRICT) {
            sb_free(&b);
            if (bad == 1)
                return err_format(&Exc_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %lld: %s",
                                  codec_name[enc], s[i], (long long)i, why);
            return err_format(&Exc_UnicodeDecodeError, "'%s' codec can't decode bytes in position %lld-%lld: %s",
                              codec_name[enc], (long long)i, (long long)(i + bad - 1), why);
        }
        if (errs == ERR_REPLACE) sb_add_utf8(&b, 0xFFFD);
        else if (errs == ERR_BACKSLASH)
            for (int q = 0; q < bad; q++) sb_addf(&b, "\\x%02x", s[i + q]);
        i += bad;
    }
    return sb_finish(&b);
}

/* bytes as the str of the same code points (Latin-1), and back: how bytes
 * formatting reuses str's */
Value bytes_latin1_str(Value b) { return decode_impl(AS_BYTES(b)->data, AS_BYTES(b)->len, ENC_LATIN1, ERR_STRICT, "strict"); }
Value str_latin1_bytes(Str *s) {
    SBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < s->len;) {
        uint32_t cp;
        i += utf8_decode((const unsigned char *)s->data + i, &cp);
        sb_addc(&b, (char)(cp & 0xFF)); /* every code point is < 256 here */
    }
    return sb_finish_bytes(&b);
}

static Value b_decode(Value *a, int n, Dict *kw) {
    int enc, errs;
    char errname[40];
    if (!codec_args(a, n, kw, "decode", &enc, &errs, errname)) return V_NULL;
    return decode_impl(SELF->data, SELF->len, enc, errs, errname);
}

/* ---- construction --------------------------------------------------------- */
static Value bytes_from_iterable(Value it) {
    Value l = seq_to_list(it);
    if (!l) {
        if (err_matches(&Exc_TypeError) && !TYPE(it)->iter && !TYPE(it)->getitem) {
            err_clear();
            return err_format(&Exc_TypeError, "cannot convert '%s' object to bytes", type_name(it));
        }
        return V_NULL;
    }
    List *xs = AS_LIST(l);
    Bytes *r = bytes_alloc(xs->len);
    if (!r) { decref(l); return V_NULL; }
    for (int64_t i = 0; i < xs->len; i++) {
        int c = byte_of(xs->items[i]);
        if (c < 0) {
            if (err_matches(&Exc_ValueError)) {
                err_clear();
                err_set_str(&Exc_ValueError, "bytes must be in range(0, 256)");
            } else if (err_matches(&Exc_TypeError)) {
                err_clear();
                int_arg_error(xs->items[i]);
            }
            decref(OBJ_VAL(r));
            decref(l);
            return V_NULL;
        }
        r->data[i] = (char)c;
    }
    decref(l);
    return OBJ_VAL(r);
}

static Value bytes_newobj(Type *tp, Value *args, int nargs, Dict *kw) {
    (void)tp;
    Value src = nargs > 0 ? args[0] : V_NULL, ev = nargs > 1 ? args[1] : V_NULL, rv = nargs > 2 ? args[2] : V_NULL, t;
    if (nargs > 3) return err_format(&Exc_TypeError, "bytes() takes at most 3 arguments (%d given)", nargs);
    if (kw) {
        if ((t = kw_take(kw, str_intern_c("source")))) { src = t; decref(t); }
        if ((t = kw_take(kw, str_intern_c("encoding")))) { ev = t; decref(t); }
        if ((t = kw_take(kw, str_intern_c("errors")))) { rv = t; decref(t); }
        if (kw_done("bytes", kw) < 0) return V_NULL;
    }
    if (!src) {
        if (ev || rv) return err_set_str(&Exc_TypeError, ev ? "encoding without a string argument" : "errors without a string argument");
        return bytes_new("", 0);
    }
    if (IS_STR(src)) {
        if (!ev) return err_set_str(&Exc_TypeError, "string argument without an encoding");
        Value ca[3] = {src, ev, rv};
        return str_encode(AS_STR(src), ca, rv ? 3 : 2, NULL);
    }
    if (ev || rv) return err_set_str(&Exc_TypeError, ev ? "encoding without a string argument" : "errors without a string argument");
    if (IS_BYTES(src)) { incref(src); return src; }
    if (is_bytearray(src)) return bytearray_snapshot(src);
    if (TYPE(src)->flags & TF_HEAP) {
        /* __bytes__, then __index__ (a count) */
        bool found;
        Value r = call_method_opt(src, str_intern_c("__bytes__"), NULL, 0, &found);
        if (found) {
            if (r && !IS_BYTES(r)) {
                Value e = err_format(&Exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
                decref(r);
                return e;
            }
            return r;
        }
        if (err_occurred()) return V_NULL;
        Value ix = call_method_opt(src, N.__index__, NULL, 0, &found);
        if (found) {
            int64_t k;
            bool ok = ix && val_as_i64(ix, &k);
            xdecref(ix);
            if (!ok) return err_occurred() ? V_NULL : err_set_str(&Exc_TypeError, "__index__ returned non-int");
            if (k < 0) return err_set_str(&Exc_ValueError, "negative count");
            return bytes_new(NULL, k);
        }
        if (err_occurred()) return V_NULL;
    }
    if (IS_INT(src) || IS_TYPE(src, BoolType)) {
        int64_t k;
        if (!val_as_i64(src, &k)) return err_no_memory();
        if (k < 0) return err_set_str(&Exc_ValueError, "negative count");
        return bytes_new(NULL, k);
    }
    if (IS_STR(src) || IS_FLOAT(src)) return err_format(&Exc_TypeError, "cannot convert '%s' object to bytes", type_name(src));
    return bytes_from_iterable(src);
}

/* ---- methods ------------------------------------------------------------ */
/* optional start and end (a[first], a[first+1]) clamped to 0..len */
static bool b_range(Value *a, int n, int first, int64_t len, int64_t *lo, int64_t *hi) {
    *lo = 0;
    *hi = len;
    for (int k = 0; k < 2; k++) {
        if (n <= first + k || a[first + k] == V_NONE) continue;
        int64_t v;
        if (!int_clamp_i64(a[first + k], &v)) {
            err_set_str(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        if (v < 0) { v += len; if (v < 0) v = 0; }
        if (k && v > len) v = len; /* a start past the end stays there: nothing is found, not even b'' */
        *(k ? hi : lo) = v;
    }
    return true;
}

/* the needle of find/count/index: bytes, or an int as one byte */
static bool needle(Value v, char *one, const char **p, int64_t *n) {
    if (IS_BYTES(v)) { *p = AS_BYTES(v)->data; *n = AS_BYTES(v)->len; return true; }
    if (IS_INT(v)) {
        int c = byte_of(v);
        if (c < 0) return false;
        *one = (char)c;
        *p = one;
        *n = 1;
        return true;
    }
    err_format(&Exc_TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(v));
    return false;
}

static Value find_impl(Value *a, int n, bool last, bool raise) {
    Bytes *s = SELF;
    char one;
    const char *p;
    int64_t pn, lo, hi;
    if (!needle(a[1], &one, &p, &pn) || !b_range(a, n, 2, s->len, &lo, &hi)) return V_NULL;
    const char *q = hi - lo >= pn ? find_in(s->data + lo, hi - lo, p, pn, last) : NULL;
    if (!q && raise) return err_set_str(&Exc_ValueError, "subsection not found");
    return MK_SMALL(q ? q - s->data : -1);
}
static Value b_find(Value *a, int n, Dict *kw) { (void)kw; return find_impl(a, n, false, false); }
static Value b_rfind(Value *a, int n, Dict *kw) { (void)kw; return find_impl(a, n, true, false); }
static Value b_index(Value *a, int n, Dict *kw) { (void)kw; return find_impl(a, n, false, true); }
static Value b_rindex(Value *a, int n, Dict *kw) { (void)kw; return find_impl(a, n, true, true); }

static Value b_count(Value *a, int n, Dict *kw) {
    (void)kw;
    Bytes *s = SELF;
    char one;
    const char *p;
    int64_t pn, lo, hi, c = 0;
    if (!needle(a[1], &one, &p, &pn) || !b_range(a, n, 2, s->len, &lo, &hi)) return V_NULL;
    if (pn == 0) return MK_SMALL(hi >= lo ? hi - lo + 1 : 0);
    for (int64_t i = lo; i + pn <= hi;) {
        if (memcmp(s->data + i, p, (size_t)pn) == 0) { c++; i += pn; }
        else i++;
    }
    return MK_SMALL(c);
}

static Value affix_impl(Value *a, int n, bool end, const char *fname) {
    Bytes *s = SELF;
    int64_t lo, hi;
    if (!b_range(a, n, 2, s->len, &lo, &hi)) return V_NULL;
    Value *cands = &a[1];
    int64_t nc = 1;
    if (IS_TUPLE(a[1])) { cands = AS_TUPLE(a[1])->items; nc = AS_TUPLE(a[1])->len; }
    for (int64_t i = 0; i < nc; i++) {
        if (!IS_BYTES(cands[i]))
            return err_format(&Exc_TypeError, IS_TUPLE(a[1]) ? "a bytes-like object is required, not '%s'"
                                                             : "%s first arg must be bytes or a tuple of bytes, not %s",
                              IS_TUPLE(a[1]) ? type_name(cands[i]) : fname, type_name(cands[i]));
        Bytes *p = AS_BYTES(cands[i]);
        if (hi - lo < p->len) continue;
        const char *at = end ? s->data + hi - p->len : s->data + lo;
        if (memcmp(at, p->data, (size_t)p->len) == 0) return V_TRUE;
    }
    return V_FALSE;
}
static Value b_startswith(Value *a, int n, Dict *kw) { (void)kw; return affix_impl(a, n, false, "startswith"); }
static Value b_endswith(Value *a, int n, Dict *kw) { (void)kw; return affix_impl(a, n, true, "endswith"); }

static Value b_join(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value l = seq_to_list(a[1]);
    if (!l) return V_NULL;
    Bytes *sep = SELF;
    List *xs = AS_LIST(l);
    SBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < xs->len; i++) {
        if (IS_TYPE(xs->items[i], ByteArrayType)) {
            /* a bytearray item: its contents now, copied under its lock */
            Value c = call1(OBJ_VAL(&BytesType), xs->items[i]);
            if (!c) { sb_free(&b); decref(l); return V_NULL; }
            if (i) sb_add(&b, sep->data, sep->len);
            sb_add(&b, AS_BYTES(c)->data, AS_BYTES(c)->len);
            decref(c);
            continue;
        }
        if (!IS_BYTES(xs->items[i])) {
            sb_free(&b);
            Value r = err_format(&Exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                                 (long long)i, type_name(xs->items[i]));
            decref(l);
            return r;
        }
        if (i) sb_add(&b, sep->data, sep->len);
        sb_add(&b, AS_BYTES(xs->items[i])->data, AS_BYTES(xs->items[i])->len);
    }
    decref(l);
    return sb_finish_bytes(&b);
}

static Value split_impl(Value *a, int n, Dict *kw, bool rev) {
    Value sepv = n > 1 ? a[1] : V_NONE, maxv = n > 2 ? a[2] : V_NULL, t;
    if (kw) {
        if ((t = kw_take(kw, str_intern_c("sep")))) { sepv = t; decref(t); }
        if ((t = kw_take(kw, str_intern_c("maxsplit")))) { maxv = t; decref(t); }
        if (kw_done(rev ? "rsplit" : "split", kw) < 0) return V_NULL;
    }
    int64_t max = -1;
    if (maxv && !val_as_i64(maxv, &max))
        return int_arg_error(maxv);
    Bytes *s = SELF, *sep = NULL;
    if (sepv != V_NONE) {
        if (!want_bytes(sepv, &sep)) return V_NULL;
        if (sep->len == 0) return err_set_str(&Exc_ValueError, "empty separator");
    }
    Value list = list_new(0);
    if (!list) return V_NULL;
    const char *d = s->data;
    int64_t len = s->len, done = 0;
    /* pieces are found from the front (split) or the back (rsplit) */
    int64_t lo = 0, hi = len;
    for (;;) {
        if (!sep) {
            while (lo < hi && is_space((unsigned char)(rev ? d[hi - 1] : d[lo]))) rev ? hi-- : lo++;
            if (lo >= hi) break;
            if (max >= 0 && done >= max) { /* the rest, its far side as it is */
                Value w = bytes_new(d + lo, hi - lo);
                list_append(list, w);
                decref(w);
                break;
            }
            int64_t e = rev ? hi : lo;
            if (rev) { while (e > lo && !is_space((unsigned char)d[e - 1])) e--; }
            else { while (e < hi && !is_space((unsigned char)d[e])) e++; }
            Value w = rev ? bytes_new(d + e, hi - e) : bytes_new(d + lo, e - lo);
            list_append(list, w);
            decref(w);
            if (rev) hi = e; else lo = e;
            done++;
            continue;
        }
        const char *q = max >= 0 && done >= max ? NULL : find_in(d + lo, hi - lo, sep->data, sep->len, rev);
        if (!q) {
            Value w = bytes_new(d + lo, hi - lo);
            list_append(list, w);
            decref(w);
            break;
        }
        int64_t at = q - d;
        Value w = rev ? bytes_new(d + at + sep->len, hi - at - sep->len) : bytes_new(d + lo, at - lo);
        list_append(list, w);
        decref(w);
        if (rev) hi = at; else lo = at + sep->len;
        done++;
    }
    if (rev) { /* found back to front; the list is not shared yet */
        List *l = AS_LIST(list);
        for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
            Value x = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = x;
        }
    }
    return list;
}
static Value b_split(Value *a, int n, Dict *kw) { return split_impl(a, n, kw, false); }
static Value b_rsplit(Value *a, int n, Dict *kw) { return split_impl(a, n, kw, true); }

static Value strip_impl(Value *a, int n, int which) {
    Bytes *s = SELF, *chars = NULL;
    if (n > 1 && a[1] != V_NONE && !want_bytes(a[1], &chars)) return V_NULL;
    int64_t lo = 0, hi = s->len;
#define STRIPPABLE(c) (chars ? memchr(chars->data, (c), (size_t)chars->len) != NULL : is_space((unsigned char)(c)))
    if (which & 1) while (lo < hi && STRIPPABLE(s->data[lo])) lo++;
    if (which & 2) while (hi > lo && STRIPPABLE(s->data[hi - 1])) hi--;
#undef STRIPPABLE
    if (lo == 0 && hi == s->len) { incref(a[0]); return a[0]; }
    return bytes_new(s->data + lo, hi - lo);
}
static Value b_strip(Value *a, int n, Dict *kw) { (void)kw; return strip_impl(a, n, 3); }
static Value b_lstrip(Value *a, int n, Dict *kw) { (void)kw; return strip_impl(a, n, 1); }
static Value b_rstrip(Value *a, int n, Dict *kw) { (void)kw; return strip_impl(a, n, 2); }

static Value b_replace(Value *a, int n, Dict *kw) {
    (void)kw;
    Bytes *s = SELF, *old, *new_;
    if (!want_bytes(a[1], &old) || !want_bytes(a[2], &new_)) return V_NULL;
    int64_t count = -1;
    if (n > 3 && !val_as_i64(a[3], &count))
        return int_arg_error(a[3]);
    SBuf b;
    sb_init(&b);
    int64_t done = 0;
    if (old->len == 0) {
        for (int64_t i = 0; i <= s->len; i++) {
            if (count < 0 || done < count) { sb_add(&b, new_->data, new_->len); done++; }
            if (i < s->len) sb_addc(&b, s->data[i]);
        }
        return sb_finish_bytes(&b);
    }
    const char *p = s->data, *end = s->data + s->len, *q;
    while ((count < 0 || done < count) && (q = find_in(p, end - p, old->data, old->len, false))) {
        sb_add(&b, p, q - p);
        sb_add(&b, new_->data, new_->len);
        p = q + old->len;
        done++;
    }
    sb_add(&b, p, end - p);
    return sb_finish_bytes(&b);
}

static Value map_impl(Value *a, int how) {
    Bytes *s = SELF;
    Bytes *r = bytes_alloc(s->len);
    if (!r) return V_NULL;
    bool start = true;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        bool up = how == 0 ? true : how == 1 ? false : how == 2 ? is_lower(c) : start;
        if (how == 3 && !start && is_upper(c)) c = (unsigned char)(c + 32);
        if (how == 2 && is_upper(c)) c = (unsigned char)(c + 32);
        else if (up && is_lower(c)) c = (unsigned char)(c - 32);
        else if (how == 1 && is_upper(c)) c = (unsigned char)(c + 32);
        r->data[i] = (char)c;
        start = false;
    }
    return OBJ_VAL(r);
}
static Value b_upper(Value *a, int n, Dict *kw) { (void)n; (void)kw; return map_impl(a, 0); }
static Value b_lower(Value *a, int n, Dict *kw) { (void)n; (void)kw; return map_impl(a, 1); }
static Value b_swapcase(Value *a, int n, Dict *kw) { (void)n; (void)kw; return map_impl(a, 2); }
static Value b_capitalize(Value *a, int n, Dict *kw) { (void)n; (void)kw; return map_impl(a, 3); }

enum { P_DIGIT, P_ALPHA, P_ALNUM, P_SPACE, P_UPPER, P_LOWER, P_ASCII };
static Value pred_impl(Value *a, int what) {
    Bytes *s = SELF;
    bool cased = false;
    if (s->len == 0) return MK_BOOL(what == P_ASCII);
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        bool ok;
        switch (what) {
        case P_DIGIT: ok = is_digit(c); break;
        case P_ALPHA: ok = is_lower(c) || is_upper(c); break;
        case P_ALNUM: ok = is_lower(c) || is_upper(c) || is_digit(c); break;
        case P_SPACE: ok = is_space(c); break;
        case P_UPPER: ok = !is_lower(c); cased |= is_upper(c); break;
        case P_LOWER: ok = !is_upper(c); cased |= is_lower(c); break;
        default: ok = c < 0x80;
        }
        if (!ok) return V_FALSE;
    }
    return MK_BOOL(what == P_UPPER || what == P_LOWER ? cased : true);
}
#define PRED(fn, w) static Value fn(Value *a, int n, Dict *kw) { (void)n; (void)kw; return pred_impl(a, w); }
PRED(b_isdigit, P_DIGIT)
PRED(b_isalpha, P_ALPHA)
PRED(b_isalnum, P_ALNUM)
PRED(b_isspace, P_SPACE)
PRED(b_isupper, P_UPPER)
PRED(b_islower, P_LOWER)
PRED(b_isascii, P_ASCII)
#undef PRED

static Value partition_impl(Value *a, bool rev) {
    Bytes *s = SELF, *sep;
    if (!want_bytes(a[1], &sep)) return V_NULL;
    if (sep->len == 0) return err_set_str(&Exc_ValueError, "empty separator");
    const char *q = find_in(s->data, s->len, sep->data, sep->len, rev);
    if (!q) {
        Value e1 = bytes_new("", 0), e2 = bytes_new("", 0);
        incref(a[0]);
        return rev ? tuple_pack(3, e1, e2, a[0]) : tuple_pack(3, a[0], e1, e2);
    }
    incref(a[1]);
    return tuple_pack(3, bytes_new(s->data, q - s->data), a[1], bytes_new(q + sep->len, s->data + s->len - q - sep->len));
}
static Value b_partition(Value *a, int n, Dict *kw) { (void)n; (void)kw; return partition_impl(a, false); }
static Value b_rpartition(Value *a, int n, Dict *kw) { (void)n; (void)kw; return partition_impl(a, true); }

static Value fix_impl(Value *a, bool suffix) {
    Bytes *s = SELF, *p;
    if (!want_bytes(a[1], &p)) return V_NULL;
    if (p->len && p->len <= s->len && memcmp(suffix ? s->data + s->len - p->len : s->data, p->data, (size_t)p->len) == 0)
        return bytes_new(suffix ? s->data : s->data + p->len, s->len - p->len);
    incref(a[0]);
    return a[0];
}
static Value b_removeprefix(Value *a, int n, Dict *kw) { (void)n; (void)kw; return fix_impl(a, false); }
static Value b_removesuffix(Value *a, int n, Dict *kw) { (void)n; (void)kw; return fix_impl(a, true); }

static Value pad_impl(Value *a, int n, int where, const char *fname) {
    Bytes *s = SELF;
    int64_t w;
    if (!val_as_i64(a[1], &w)) return int_arg_error(a[1]);
    char fill = ' ';
    if (n > 2) {
        if (!IS_BYTES(a[2]) || AS_BYTES(a[2])->len != 1)
            return err_format(&Exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", fname, type_name(a[2]));
        fill = AS_BYTES(a[2])->data[0];
    }
    if (w <= s->len) { incref(a[0]); return a[0]; }
    int64_t pad = w - s->len, left = where == 0 ? 0 : where == 1 ? pad : pad / 2 + (pad & w & 1);
    Bytes *r = bytes_alloc(w);
    if (!r) return V_NULL;
    memset(r->data, fill, (size_t)w);
    memcpy(r->data + left, s->data, (size_t)s->len);
    return OBJ_VAL(r);
}
static Value b_ljust(Value *a, int n, Dict *kw) { (void)kw; return pad_impl(a, n, 0, "ljust"); }
static Value b_rjust(Value *a, int n, Dict *kw) { (void)kw; return pad_impl(a, n, 1, "rjust"); }
static Value b_center(Value *a, int n, Dict *kw) { (void)kw; return pad_impl(a, n, 2, "center"); }

/* hex([sep[, bytes_per_sep]]): sep between every bytes_per_sep bytes,
 * counted from the right (from the left when it is negative) */
static Value b_hex(Value *a, int n, Dict *kw) {
    Value sepv = n > 1 ? a[1] : V_NULL, perv = n > 2 ? a[2] : V_NULL, t;
    if (kw) {
        if ((t = kw_take(kw, str_intern_c("sep")))) { sepv = t; decref(t); }
        if ((t = kw_take(kw, str_intern_c("bytes_per_sep")))) { perv = t; decref(t); }
        if (kw_done("hex", kw) < 0) return V_NULL;
    }
    char sep = 0;
    if (sepv) {
        const char *d = IS_STR(sepv) ? AS_STR(sepv)->data : IS_BYTES(sepv) ? AS_BYTES(sepv)->data : NULL;
        int64_t len = IS_STR(sepv) ? AS_STR(sepv)->nchars : IS_BYTES(sepv) ? AS_BYTES(sepv)->len : -1;
        if (!d) return err_format(&Exc_TypeError, "object of type '%s' has no len()", type_name(sepv));
        if (len != 1) return err_set_str(&Exc_ValueError, "sep must be length 1.");
        if ((unsigned char)d[0] >= 0x80) return err_set_str(&Exc_ValueError, "sep must be ASCII.");
        sep = d[0];
    }
    int64_t per = 1;
    if (perv && !val_as_i64(perv, &per))
        return int_arg_error(perv);
    Bytes *s = SELF;
    static const char digits[] = "0123456789abcdef";
    int64_t group = per < 0 ? -per : per;
    SBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < s->len; i++) {
        if (sep && group && i > 0) {
            /* from the right: a separator where the bytes left split evenly */
            int64_t at = per > 0 ? s->len - i : i;
            if (at % group == 0) sb_addc(&b, sep);
        }
        unsigned char c = (unsigned char)s->data[i];
        sb_addc(&b, digits[c >> 4]);
        sb_addc(&b, digits[c & 15]);
    }
    return sb_finish(&b);
}

static int hexdigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
    return -1;
}
static Value b_fromhex(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_STR(a[0])) return err_format(&Exc_TypeError, "fromhex() argument must be str, not %s", type_name(a[0]));
    Str *s = AS_STR(a[0]);
    SBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < s->len;) {
        if (is_space((unsigned char)s->data[i])) { i++; continue; }
        int h = hexdigit(s->data[i]), l = i + 1 < s->len ? hexdigit(s->data[i + 1]) : -1;
        if (h < 0 || l < 0) {
            sb_free(&b);
            int64_t at = h < 0 ? i : i + 1;
            return err_format(&Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld", (long long)at);
        }
        sb_addc(&b, (char)(h * 16 + l));
        i += 2;
    }
    return sb_finish_bytes(&b);
}

static Value b_splitlines(Value *a, int n, Dict *kw) {
    bool keep = n > 1 && obj_truth(a[1]) > 0;
    if (kw) {
        Value t = kw_take(kw, str_intern_c("keepends"));
        if (t) { keep = obj_truth(t) > 0; decref(t); }
        if (kw_done("splitlines", kw) < 0) return V_NULL;
    }
    Bytes *s = SELF;
    Value list = list_new(0);
    if (!list) return V_NULL;
    int64_t st = 0;
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c != '\n' && c != '\r') continue;
        int64_t e = i + (c == '\r' && i + 1 < s->len && s->data[i + 1] == '\n');
        Value w = bytes_new(s->data + st, (keep ? e + 1 : i) - st);
        list_append(list, w);
        decref(w);
        i = e;
        st = e + 1;
    }
    if (st < s->len) {
        Value w = bytes_new(s->data + st, s->len - st);
        list_append(list, w);
        decref(w);
    }
    return list;
}

/* the int methods that speak bytes */
static bool byteorder_arg(Value v, bool *little, const char *fname) {
    if (!v) { *little = false; return true; }
    if (IS_STR(v) && strcmp(AS_STR(v)->data, "little") == 0) { *little = true; return true; }
    if (IS_STR(v) && strcmp(AS_STR(v)->data, "big") == 0) { *little = false; return true; }
    if (!IS_STR(v)) err_format(&Exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, type_name(v));
    else err_set_str(&Exc_ValueError, "byteorder must be either 'little' or 'big'");
    return false;
}

static Value i_to_bytes(Value *a, int n, Dict *kw) {
    Value lenv = n > 1 ? a[1] : V_NULL, ordv = n > 2 ? a[2] : V_NULL, sgnv = V_NULL, t;
    if (kw) {
        if ((t = kw_take(kw, str_intern_c("length")))) { lenv = t; decref(t); }
        if ((t = kw_take(kw, str_intern_c("byteorder")))) { ordv = t; decref(t); }
        if ((t = kw_take(kw, str_intern_c("signed")))) { sgnv = t; decref(t); }
        if (kw_done("to_bytes", kw) < 0) return V_NULL;
    }
    int64_t len = 1;
    bool little, sgn = sgnv && obj_truth(sgnv) > 0;
    if (!IS_INT(a[0]) && TYPE(a[0]) != &BoolType) return err_set_str(&Exc_TypeError, "descriptor 'to_bytes' requires an 'int' object");
    if (lenv && !val_as_i64(lenv, &len))
        return int_arg_error(lenv);
    if (!byteorder_arg(ordv, &little, "to_bytes")) return V_NULL;
    if (len < 0) return err_set_str(&Exc_ValueError, "length argument must be non-negative");
    if (big_sign(a[0]) < 0 && !sgn) return err_set_str(&Exc_OverflowError, "can't convert negative int to unsigned");
    Bytes *r = bytes_alloc(len);
    if (!r) return V_NULL;
    if (!int_to_bytes_le(a[0], (uint8_t *)r->data, len, sgn)) {
        decref(OBJ_VAL(r));
        return err_set_str(&Exc_OverflowError, "int too big to convert");
    }
    if (!little)
        for (int64_t i = 0; i < len / 2; i++) {
            char c = r->data[i];
            r->data[i] = r->data[len - 1 - i];
            r->data[len - 1 - i] = c;
        }
    return OBJ_VAL(r);
}

static Value i_from_bytes(Value *a, int n, Dict *kw) {
    /* a[0] is the class (a class method) */
    Value src = n > 1 ? a[1] : V_NULL, ordv = n > 2 ? a[2] : V_NULL, sgnv = V_NULL, t;
    if (kw) {
        if ((t = kw_take(kw, str_intern_c("bytes")))) { src = t; decref(t); }
        if ((t = kw_take(kw, str_intern_c("byteorder")))) { ordv = t; decref(t); }
        if ((t = kw_take(kw, str_intern_c("signed")))) { sgnv = t; decref(t); }
        if (kw_done("from_bytes", kw) < 0) return V_NULL;
    }
    if (!src) return err_set_str(&Exc_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    if (IS_INT(src) || IS_STR(src) || IS_TYPE(src, BoolType) || IS_FLOAT(src))
        return err_format(&Exc_TypeError, "cannot convert '%s' object to bytes", type_name(src));
    bool little, sgn = sgnv && obj_truth(sgnv) > 0;
    if (!byteorder_arg(ordv, &little, "from_bytes")) return V_NULL;
    Value owned = V_NULL;
    if (!IS_BYTES(src)) {
        owned = bytes_newobj(&BytesType, &src, 1, NULL);
        if (!owned) return V_NULL;
        src = owned;
    }
    Bytes *b = AS_BYTES(src);
    Value v;
    if (little) v = int_from_bytes_le((const uint8_t *)b->data, b->len, sgn);
    else {
        uint8_t *rev = malloc((size_t)b->len + 1);
        if (!rev) { xdecref(owned); return err_no_memory(); }
        for (int64_t k = 0; k < b->len; k++) rev[k] = (uint8_t)b->data[b->len - 1 - k];
        v = int_from_bytes_le(rev, b->len, sgn);
        free(rev);
    }
    xdecref(owned);
    if (v && a[0] == OBJ_VAL(&BoolType)) { /* bool.from_bytes */
        bool t = big_sign(v) != 0;
        decref(v);
        return MK_BOOL(t);
    }
    return v;
}

void bytes_init_type(void) {
    Type *t = &BytesType;
    t->dealloc = bytes_dealloc;
    t->repr = bytes_repr;
    t->hash = bytes_hash;
    t->richcmp = bytes_richcmp;
    t->len = bytes_len;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->iter = bytes_iter;
    t->truth = bytes_truth;
    t->newobj = bytes_newobj;
    empty_bytes = (Bytes *)obj_new(&BytesType, sizeof(Bytes) + 1);
    empty_bytes->len = 0;
    empty_bytes->hash = -1;
    empty_bytes->data[0] = 0;
    make_immortal(&empty_bytes->ob);
    BytesIterType.dealloc = bytesiter_dealloc;
    BytesIterType.next = bytesiter_next;
    BytesIterType.flags = TF_ITER_SELF;
}

/* v as bytes (a bytearray copied), or TypeError */
static Value bytes_like(Value v) {
    if (IS_BYTES(v)) { incref(v); return v; }
    if (IS_TYPE(v, ByteArrayType)) return call1(OBJ_VAL(&BytesType), v);
    return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
}

/* bytes.translate(table, delete=b''): table is 256 bytes or None */
static Value b_translate(Value *a, int n, Dict *kw) {
    Value tablev = n > 1 ? a[1] : V_NULL, delv = n > 2 ? a[2] : V_NULL, t;
    if (kw) {
        if ((t = kw_take(kw, str_intern_c("delete")))) { delv = t; decref(t); }
        if (kw_done("translate", kw) < 0) return V_NULL;
    }
    if (!tablev) return err_set_str(&Exc_TypeError, "translate() takes at least 1 argument (0 given)");
    Value table = tablev == V_NONE ? V_NONE : bytes_like(tablev);
    if (!table) return V_NULL;
    if (table != V_NONE && AS_BYTES(table)->len != 256) {
        decref(table);
        return err_set_str(&Exc_ValueError, "translation table must be 256 characters long");
    }
    Value del = delv ? bytes_like(delv) : V_NULL;
    if (delv && !del) { xdecref(table); return V_NULL; }
    bool drop[256] = {false};
    if (del)
        for (int64_t i = 0; i < AS_BYTES(del)->len; i++) drop[(unsigned char)AS_BYTES(del)->data[i]] = true;
    Bytes *s = SELF;
    Bytes *r = bytes_alloc(s->len);
    int64_t k = 0;
    if (r)
        for (int64_t i = 0; i < s->len; i++) {
            unsigned char c = (unsigned char)s->data[i];
            if (drop[c]) continue;
            r->data[k++] = table == V_NONE ? (char)c : AS_BYTES(table)->data[c];
        }
    Value out = r ? bytes_new(r->data, k) : V_NULL;
    if (r) decref(OBJ_VAL(r));
    xdecref(table);
    xdecref(del);
    return out;
}

/* bytes.maketrans(from, to): the identity table with from[i] -> to[i] */
static Value b_maketrans(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value f = bytes_like(a[0]);
    Value t = f ? bytes_like(a[1]) : V_NULL;
    if (!t) { xdecref(f); return V_NULL; }
    Value r = V_NULL;
    if (AS_BYTES(f)->len != AS_BYTES(t)->len) err_set_str(&Exc_ValueError, "maketrans arguments must have same length");
    else {
        char table[256];
        for (int i = 0; i < 256; i++) table[i] = (char)i;
        for (int64_t i = 0; i < AS_BYTES(f)->len; i++) table[(unsigned char)AS_BYTES(f)->data[i]] = AS_BYTES(t)->data[i];
        r = bytes_new(table, 256);
    }
    decref(f);
    decref(t);
    return r;
}

/* a static or class method (wrapper: StaticMethodType or ClassMethodType) */
void type_add_wrapped(Type *t, const char *name, NativeFn f, int min, int max, bool kw, Type *wrapper) {
    Value fn = native_new(name, f, min, max, kw, V_NULL);
    if (!fn) return;
    Wrapper *w = (Wrapper *)obj_new(wrapper, sizeof(Wrapper));
    if (!w) { decref(fn); return; }
    w->func = fn;
    type_add_value(t, name, OBJ_VAL(w));
}

void bytes_init_methods(void) {
    Type *t = &BytesType;
    type_ready(t, "bytes", &ObjectType);
    type_ready(&BytesIterType, "bytes_iterator", &ObjectType);
    struct { const char *n; NativeFn f; int min, max; bool kw; } m[] = {
        {"decode", b_decode, 1, 3, 1}, {"hex", b_hex, 1, 3, 1},
        {"find", b_find, 2, 4, 0}, {"rfind", b_rfind, 2, 4, 0}, {"index", b_index, 2, 4, 0},
        {"rindex", b_rindex, 2, 4, 0}, {"count", b_count, 2, 4, 0},
        {"startswith", b_startswith, 2, 4, 0}, {"endswith", b_endswith, 2, 4, 0},
        {"join", b_join, 2, 2, 0}, {"translate", b_translate, 2, 3, 1}, {"split", b_split, 1, 3, 1}, {"rsplit", b_rsplit, 1, 3, 1},
        {"splitlines", b_splitlines, 1, 2, 1},
        {"strip", b_strip, 1, 2, 0}, {"lstrip", b_lstrip, 1, 2, 0}, {"rstrip", b_rstrip, 1, 2, 0},
        {"replace", b_replace, 3, 4, 0}, {"upper", b_upper, 1, 1, 0}, {"lower", b_lower, 1, 1, 0},
        {"swapcase", b_swapcase, 1, 1, 0}, {"capitalize", b_capitalize, 1, 1, 0},
        {"isdigit", b_isdigit, 1, 1, 0}, {"isalpha", b_isalpha, 1, 1, 0}, {"isalnum", b_isalnum, 1, 1, 0},
        {"isspace", b_isspace, 1, 1, 0}, {"isupper", b_isupper, 1, 1, 0}, {"islower", b_islower, 1, 1, 0},
        {"isascii", b_isascii, 1, 1, 0}, {"partition", b_partition, 2, 2, 0}, {"rpartition", b_rpartition, 2, 2, 0},
        {"removeprefix", b_removeprefix, 2, 2, 0}, {"removesuffix", b_removesuffix, 2, 2, 0},
        {"ljust", b_ljust, 2, 3, 0}, {"rjust", b_rjust, 2, 3, 0}, {"center", b_center, 2, 3, 0},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) type_add_method(t, m[i].n, m[i].f, m[i].min, m[i].max, m[i].kw);
    type_add_wrapped(t, "fromhex", b_fromhex, 1, 1, false, &StaticMethodType);
    type_add_wrapped(t, "maketrans", b_maketrans, 2, 2, false, &StaticMethodType);
    type_add_method(&IntType, "to_bytes", i_to_bytes, 1, 3, true);
    type_add_wrapped(&IntType, "from_bytes", i_from_bytes, 1, 3, true, &ClassMethodType);
}

void bytes_free_empty(void) {
    obj_free(&empty_bytes->ob);
    empty_bytes = NULL;
}
