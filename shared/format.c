/* format.c - Python's format mini-language (format(), f-strings,
 * str.format) and printf-style % formatting. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

typedef struct {
    uint32_t fill;
    char align;    /* 0, '<', '>', '^', '=' */
    char sign;     /* 0, '+', '-', ' ' */
    bool alt;      /* '#' */
    bool zero;     /* '0' before the width */
    bool zero_eq;  /* align '=' comes from the '0', not from the spec */
    bool z;        /* 'z': a negative zero (after rounding) prints as zero */
    int64_t width; /* -1: none */
    char grouping; /* 0, ',', '_' */
    int64_t precision; /* -1: none */
    char type;     /* 0 or the type letter */
} Spec;

static bool parse_spec(Str *s, Spec *sp) {
    memset(sp, 0, sizeof *sp);
    sp->fill = ' ';
    sp->width = -1;
    sp->precision = -1;
    bool fill_given = false;
    if (!s) return true;
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->len;
    /* [[fill]align] */
    if (p < end) {
        uint32_t cp;
        int n = utf8_decode(p, &cp);
        if (p + n < end && strchr("<>=^", p[n])) {
            fill_given = true;
            sp->fill = cp;
            sp->align = (char)p[n];
            p += n + 1;
        } else if (strchr("<>=^", *p)) {
            sp->align = (char)*p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) sp->sign = (char)*p++;
    if (p < end && *p == 'z') { sp->z = true; p++; }
    if (p < end && *p == '#') { sp->alt = true; p++; }
    if (p < end && *p == '0') {
        sp->zero = true;
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        sp->width = 0;
        while (p < end && *p >= '0' && *p <= '9') sp->width = sp->width * 10 + (*p++ - '0');
    } else if (sp->zero) sp->width = 0;
    if (p < end && (*p == ',' || *p == '_')) sp->grouping = (char)*p++;
    if (p < end && (*p == ',' || *p == '_')) {
        if (*p == sp->grouping) err_format(&Exc_ValueError, "Cannot specify '%c' with '%c'.", *p, *p);
        else err_set_str(&Exc_ValueError, "Cannot specify both ',' and '_'.");
        return false;
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || !(*p >= '0' && *p <= '9')) {
            err_set_str(&Exc_ValueError, "Format specifier missing precision");
            return false;
        }
        sp->precision = 0;
        while (p < end && *p >= '0' && *p <= '9') sp->precision = sp->precision * 10 + (*p++ - '0');
    }
    if (p < end) sp->type = (char)*p++;
    if (p < end) {
        err_set_str(&Exc_ValueError, "Invalid format specifier");
        return false;
    }
    /* '0' pads with zeros unless a fill was given; numbers then align on
     * the sign ('='), strings keep their own default alignment */
    if (sp->zero && !fill_given) sp->fill = '0';
    if (sp->zero && !sp->align) {
        sp->align = '=';
        sp->zero_eq = true;
    }
    return true;
}

static void add_fill(SBuf *b, uint32_t fill, int64_t n) {
    char unit[4];
    sb_fill(b, unit, utf8_encode(fill, unit), n);
}

/* Pad body (nbytes bytes, which may hold a NUL; sign/prefix split off as
 * `lead`) to the width. */
static Value finish_n(Spec *sp, const char *lead, const char *body, int64_t nbytes, int64_t bodychars, char default_align) {
    SBuf b;
    sb_init(&b);
    int64_t leadn = (int64_t)strlen(lead);
    int64_t total = leadn + bodychars;
    int64_t pad = sp->width > total ? sp->width - total : 0;
    char align = sp->align ? sp->align : default_align;
    if (align == '=') {
        sb_adds(&b, lead);
        add_fill(&b, sp->fill, pad);
        sb_add(&b, body, nbytes);
    } else if (align == '<') {
        sb_adds(&b, lead);
        sb_add(&b, body, nbytes);
        add_fill(&b, sp->fill, pad);
    } else if (align == '^') {
        add_fill(&b, sp->fill, pad / 2);
        sb_adds(&b, lead);
        sb_add(&b, body, nbytes);
        add_fill(&b, sp->fill, pad - pad / 2);
    } else {
        add_fill(&b, sp->fill, pad);
        sb_adds(&b, lead);
        sb_add(&b, body, nbytes);
    }
    return sb_finish(&b);
}

static Value finish(Spec *sp, const char *lead, const char *body, int64_t bodychars, char default_align) {
    return finish_n(sp, lead, body, (int64_t)strlen(body), bodychars, default_align);
}

/* Insert separators into a run of digits. */
static void group_digits(const char *digits, int64_t n, char sep, int every, SBuf *out) {
    for (int64_t i = 0; i < n; i++) {
        if (i > 0 && (n - i) % every == 0) sb_addc(out, sep);
        sb_addc(out, digits[i]);
    }
}

static Value format_int(Value iv, Spec *sp, const char *tname) {
    char type = sp->type ? sp->type : 'd';
    if (type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == 'g' || type == 'G' || type == '%') return V_NOTIMPL;
    if (sp->z) return err_set_str(&Exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (sp->precision >= 0) return err_set_str(&Exc_ValueError, "Precision not allowed in integer format specifier");
    if (type == 'c') {
        if (sp->sign) return err_set_str(&Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        int64_t v = -1;
        val_as_i64(iv, &v);
        if (v < 0 || v > 0x10FFFF) return err_set_str(&Exc_OverflowError, "%c arg not in range(0x110000)");
        SBuf c;
        sb_init(&c);
        sb_add_utf8(&c, (uint32_t)v);
        Value s = sb_finish(&c);
        if (!s) return V_NULL;
        Value r = finish_n(sp, "", AS_STR(s)->data, AS_STR(s)->len, 1, '>');
        decref(s);
        return r;
    }
    int base = 10;
    const char *prefix = "";
    switch (type) {
    case 'd': case 'n': break;
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default:
        return err_format(&Exc_ValueError, "Unknown format code '%c' for object of type '%s'", type, tname);
    }
    if (sp->grouping == ',' && base != 10)
        return err_format(&Exc_ValueError, "Cannot specify ',' with '%c'.", type);
    int64_t nd;
    bool neg;
    char *rev = int_digits(iv, base, &nd, &neg);
    if (!rev) return V_NULL;
    if (type == 'X')
        for (int64_t i = 0; i < nd; i++) rev[i] = (char)(rev[i] >= 'a' ? rev[i] - 32 : rev[i]);
    char lead[8] = "";
    int ln = 0;
    if (neg) lead[ln++] = '-';
    else if (sp->sign == '+') lead[ln++] = '+';
    else if (sp->sign == ' ') lead[ln++] = ' ';
    if (sp->alt) { strcpy(lead + ln, prefix); ln += (int)strlen(prefix); }
    lead[ln] = 0;
    SBuf body;
    sb_init(&body);
    int every = base == 10 ? 3 : 4;
    if (sp->grouping) {
        /* zero padding becomes part of the grouped number */
        int64_t zeros = 0;
        if (sp->align == '=' && sp->fill == '0' && sp->width > 0) {
            for (;;) {
                int64_t np = nd + zeros, grouped = np + (np - 1) / every;
                if (ln + grouped >= sp->width) break;
                zeros++;
            }
        }
        SBuf padded;
        sb_init(&padded);
        sb_fill(&padded, "0", 1, zeros);
        sb_add(&padded, rev, nd);
        group_digits(padded.buf, padded.len, sp->grouping, every, &body);
        sb_free(&padded);
    } else sb_add(&body, rev, nd);
    free(rev);
    sb_addc(&body, 0);
    Value r = body.failed ? V_NULL : finish(sp, lead, body.buf, body.len - 1, '>');
    sb_free(&body);
    return r;
}

static Value format_float(double d, Spec *sp, bool from_int) {
    char type = sp->type;
    if (type && !strchr("eEfFgG%n", type))
        return err_format(&Exc_ValueError, "Unknown format code '%c' for object of type '%s'", type, from_int ? "int" : "float");
    int64_t prec = sp->precision;
    if (prec > INT32_MAX) return err_set_str(&Exc_ValueError, "precision too big");
    /* room for 309 integer digits, the precision, an exponent and a sign */
    size_t cap = (size_t)(prec > 0 ? prec : 0) + 420;
    char small[512], *buf = cap <= sizeof small ? small : malloc(cap);
    if (!buf) return err_no_memory();
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    if (type == 0 && prec < 0) {
        float_repr(a, buf, cap);
    } else if (!isfinite(a)) {
        bool upper = type == 'E' || type == 'F' || type == 'G';
        snprintf(buf, cap, "%s%s", isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), type == '%' ? "%" : "");
    } else {
        char t = type ? type : 'g';
        if (t == 'n') t = 'g';
        if (prec < 0) prec = 6;
        if (t == '%') {
            snprintf(buf, cap, sp->alt ? "%#.*f%%" : "%.*f%%", (int)prec, a * 100.0);
        } else if (t == 'g' || t == 'G') {
            if (prec == 0) prec = 1;
            snprintf(buf, cap, sp->alt ? (t == 'g' ? "%#.*g" : "%#.*G") : (t == 'g' ? "%.*g" : "%.*G"), (int)prec, a);
            if (!type && !strchr(buf, '.') && !strchr(buf, 'e') && !strchr(buf, 'E')) strcat(buf, ".0");
        } else {
            char f[8];
            snprintf(f, sizeof f, sp->alt ? "%%#.*%c" : "%%.*%c", t);
            snprintf(buf, cap, f, (int)prec, a);
        }
    }
    if (neg && sp->z) { /* 'z': a result that rounds to zero loses its sign */
        bool zero = true;
        for (const char *q = buf; *q && *q != 'e' && *q != 'E'; q++)
            if (*q >= '1' && *q <= '9') zero = false;
        if (zero && isfinite(a)) neg = false;
    }
    char lead[4] = "";
    if (neg) strcpy(lead, "-");
    else if (sp->sign == '+') strcpy(lead, "+");
    else if (sp->sign == ' ') strcpy(lead, " ");
    SBuf body;
    sb_init(&body);
    if (sp->grouping) {
        int64_t n = 0;
        while (buf[n] >= '0' && buf[n] <= '9') n++;
        int64_t rest = (int64_t)strlen(buf + n), width = sp->width > 0 ? sp->width : 0;
        char *padded = malloc((size_t)(n + width + 1));
        if (!padded) { if (buf != small) free(buf); return err_no_memory(); }
        int64_t np = n;
        memcpy(padded, buf, (size_t)n);
        if (sp->align == '=' && sp->fill == '0' && width > 0) {
            /* zero padding becomes part of the grouped number */
            while ((int64_t)strlen(lead) + np + (np - 1) / 3 + rest < width && np < n + width) {
                memmove(padded + 1, padded, (size_t)np);
                padded[0] = '0';
                np++;
            }
        }
        group_digits(padded, np, sp->grouping, 3, &body);
        free(padded);
        sb_adds(&body, buf + n);
    } else sb_adds(&body, buf);
    if (buf != small) free(buf);
    sb_addc(&body, 0);
    Value r = body.failed ? V_NULL : finish(sp, lead, body.buf, body.len - 1, '>');
    if (body.failed) err_no_memory();
    sb_free(&body);
    return r;
}

static Value format_str(Str *s, Spec *sp) {
    if (sp->type && sp->type != 's') return err_format(&Exc_ValueError, "Unknown format code '%c' for object of type 'str'", sp->type);
    if (sp->sign) return err_set_str(&Exc_ValueError, "Sign not allowed in string format specifier");
    if (sp->alt) return err_set_str(&Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (sp->grouping) return err_format(&Exc_ValueError, "Cannot specify '%c' with 's'.", sp->grouping);
    if (sp->z) return err_set_str(&Exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (sp->align == '=' && sp->zero_eq) sp->align = 0; /* format("abc", "05"): 'abc00' */
    if (sp->align == '=') return err_set_str(&Exc_ValueError, "'=' alignment not allowed in string format specifier");
    int64_t nchars = s->nchars, nbytes = s->len;
    if (sp->precision >= 0 && sp->precision < nchars) {
        nchars = sp->precision;
        nbytes = str_byte_offset(s, nchars);
    }
    char *tmp = mem_alloc((size_t)nbytes + 1);
    if (!tmp) return V_NULL;
    memcpy(tmp, s->data, (size_t)nbytes);
    tmp[nbytes] = 0;
    Value r = finish_n(sp, "", tmp, nbytes, nchars, '<');
    mem_free(tmp);
    return r;
}

/* format(v, spec) */
Value obj_format(Value v, Str *spec) {
    Type *t = TYPE(v);
    if ((t->flags & TF_HEAP) || t == &ComplexType) { /* complex: its own __format__ (complex.c) */
        bool found;
        Value s = spec ? OBJ_VAL(spec) : str_new("", 0);
        if (!s) return V_NULL;
        Value r = call_method_opt(v, N.__format__, &s, 1, &found);
        if (!spec) decref(s);
        if (found) {
            if (r && !IS_STR(r)) {
                err_format(&Exc_TypeError, "__format__ must return a str, not %s", type_name(r));
                decref(r);
                return V_NULL;
            }
            return r;
        }
    }
    if (!spec || spec->len == 0) return obj_str(v);
    Spec sp;
    if (!parse_spec(spec, &sp)) return V_NULL;
    if (IS_INT(v) || t == &BoolType) {
        Value r = format_int(v, &sp, t->cname);
        if (r != V_NOTIMPL) return r;
        double d;
        if (IS_BIG(v) ? !big_to_double(v, &d) : !val_as_double(v, &d)) return V_NULL;
        return format_float(d, &sp, true);
    }
    if (IS_FLOAT(v)) return format_float(AS_FLOAT(v), &sp, false);
    if (IS_STR(v)) return format_str(AS_STR(v), &sp);
    return err_format(&Exc_TypeError, "unsupported format string passed to %s.__format__", t->cname);
}

/* ---- str.format ------------------------------------------------------------------ */
typedef struct {
    Value *args;
    int nargs;
    Dict *kw;
    int auto_index; /* -1: manual numbering in use */
    bool manual;
    Value mapping;  /* format_map's mapping: names are looked up with [] */
} FmtCtx;

static Value format_with(Str *fmt, FmtCtx *ctx, int depth);

static Value get_field(const char *s, int64_t n, FmtCtx *ctx) {
    /* arg_name */
    int64_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    Value obj;
    if (ctx->mapping) { /* format_map takes names only */
        bool digits = i > 0;
        for (int64_t k = 0; k < i; k++) if (s[k] < '0' || s[k] > '9') digits = false;
        if (i == 0 || digits) return err_set_str(&Exc_ValueError, "Format string contains positional fields");
    }
    if (i == 0) {
        if (ctx->manual)
            return err_set_str(&Exc_ValueError, "cannot switch from manual field specification to automatic field numbering");
        ctx->auto_index++;
        int idx = ctx->auto_index - 1;
        if (idx >= ctx->nargs)
            return err_format(&Exc_IndexError, "Replacement index %d out of range for positional args tuple", idx);
        obj = ctx->args[idx];
        incref(obj);
    } else {
        bool digits = true;
        for (int64_t k = 0; k < i; k++) if (s[k] < '0' || s[k] > '9') digits = false;
        if (digits) {
            if (ctx->auto_index > 0)
                return err_set_str(&Exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
            ctx->manual = true;
            int64_t idx = atoll(s);
            if (idx >= ctx->nargs)
                return err_format(&Exc_IndexError, "Replacement index %lld out of range for positional args tuple", (long long)idx);
            obj = ctx->args[idx];
            incref(obj);
        } else {
            Value key = str_new(s, i);
            if (!key) return V_NULL;
            if (ctx->mapping) {
                obj = obj_getitem(ctx->mapping, key);
                decref(key);
                if (!obj) return V_NULL;
                goto attrs;
            }
            obj = ctx->kw ? dict_get(ctx->kw, key) : V_NULL;
            if (!obj) {
                if (!err_occurred()) err_set_value(&Exc_KeyError, key);
                else decref(key);
                return V_NULL;
            }
            decref(key);
        }
    }
attrs:
    while (i < n) {
        if (s[i] == '.') {
            int64_t st = ++i;
            while (i < n && s[i] != '.' && s[i] != '[') i++;
            Value nm = str_new(s + st, i - st);
            if (!nm) { decref(obj); return V_NULL; }
            Str *name = str_intern(AS_STR(nm));
            Value nx = obj_getattr(obj, name);
            decref(obj);
            if (!nx) return V_NULL;
            obj = nx;
        } else if (s[i] == '[') {
            int64_t st = ++i;
            while (i < n && s[i] != ']') i++;
            if (i >= n) { decref(obj); return err_set_str(&Exc_ValueError, "Missing ']' in format string"); }
            bool digits = i > st;
            for (int64_t k = st; k < i; k++) if (s[k] < '0' || s[k] > '9') digits = false;
            Value key = digits ? int_from_i64(atoll(s + st)) : str_new(s + st, i - st);
            i++;
            if (!key) { decref(obj); return V_NULL; }
            Value nx = obj_getitem(obj, key);
            decref(key);
            decref(obj);
            if (!nx) return V_NULL;
            obj = nx;
        } else {
            decref(obj);
            return err_set_str(&Exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

static Value format_with(Str *fmt, FmtCtx *ctx, int depth) {
    if (depth > 2) return err_set_str(&Exc_ValueError, "Max string recursion exceeded");
    SBuf b;
    sb_init(&b);
    const char *s = fmt->data;
    int64_t n = fmt->len, i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '{') {
            if (i + 1 < n && s[i + 1] == '{') { sb_addc(&b, '{'); i += 2; continue; }
            int64_t st = ++i, nest = 1;
            while (i < n) {
                if (s[i] == '{') nest++;
                else if (s[i] == '}' && --nest == 0) break;
                i++;
            }
            if (i >= n) {
                sb_free(&b);
                if (st == n) return err_set_str(&Exc_ValueError, "Single '{' encountered in format string");
                const char *colon = memchr(s + st, ':', (size_t)(n - st));
                return err_set_str(&Exc_ValueError, colon ? "unmatched '{' in format spec" : "expected '}' before end of string");
            }
            int64_t en = i++;
            /* field [!conv] [:spec] */
            int64_t fe = st;
            while (fe < en && s[fe] != '!' && s[fe] != ':') {
                if (s[fe] == '[') while (fe < en && s[fe] != ']') fe++;
                fe++;
            }
            if (fe > en) fe = en;
            char conv = 0;
            int64_t ss = fe;
            if (fe < en && s[fe] == '!') {
                if (fe + 1 >= en) { sb_free(&b); return err_set_str(&Exc_ValueError, "end of string while looking for conversion specifier"); }
                conv = s[fe + 1];
                ss = fe + 2;
                if (ss < en && s[ss] != ':') { sb_free(&b); return err_set_str(&Exc_ValueError, "expected ':' after conversion specifier"); }
            }
            Value obj = get_field(s + st, fe - st, ctx);
            if (!obj) { sb_free(&b); return V_NULL; }
            Value conv_v;
            if (conv == 'r') conv_v = obj_repr(obj);
            else if (conv == 'a') conv_v = obj_ascii(obj);
            else if (conv == 's') conv_v = obj_str(obj);
            else if (conv == 0) { incref(obj); conv_v = obj; }
            else {
                decref(obj);
                sb_free(&b);
                return err_format(&Exc_ValueError, "Unknown conversion specifier %c", conv);
            }
            decref(obj);
            if (!conv_v) { sb_free(&b); return V_NULL; }
            Value spec = V_NULL;
            if (ss < en && s[ss] == ':') {
                Value raw = str_new(s + ss + 1, en - ss - 1);
                if (raw && memchr(AS_STR(raw)->data, '{', (size_t)AS_STR(raw)->len)) {
                    spec = format_with(AS_STR(raw), ctx, depth + 1);
                    decref(raw);
                } else spec = raw;
                if (!spec) { decref(conv_v); sb_free(&b); return V_NULL; }
            }
            Value r = obj_format(conv_v, spec ? AS_STR(spec) : NULL);
            decref(conv_v);
            xdecref(spec);
            if (!r) { sb_free(&b); return V_NULL; }
            sb_add_str(&b, AS_STR(r));
            decref(r);
        } else if (c == '}') {
            if (i + 1 < n && s[i + 1] == '}') { sb_addc(&b, '}'); i += 2; continue; }
            sb_free(&b);
            return err_set_str(&Exc_ValueError, "Single '}' encountered in format string");
        } else {
            sb_addc(&b, c);
            i++;
        }
    }
    return sb_finish(&b);
}

Value str_format_method(Str *fmt, Value *args, int nargs, Dict *kw) {
    FmtCtx ctx = {args, nargs, kw, 0, false, V_NULL};
    return format_with(fmt, &ctx, 0);
}

/* str.format_map(mapping) */
Value str_format_map(Str *fmt, Value mapping) {
    FmtCtx ctx = {NULL, 0, NULL, 0, false, mapping};
    return format_with(fmt, &ctx, 0);
}

/* ---- printf-style: fmt % args ------------------------------------------------------- */
/* printf-style formatting: str % args, or (bytes: fmt is a bytes format
 * read as Latin-1, and so is the result) bytes % args, where %s and %b
 * take bytes and %r and %a give ascii(). */
static Value percent_impl(Str *fmt, Value args, bool bytes) {
    Value *items = &args;
    int64_t nitems = 1, next = 0;
    Dict *map = NULL;
    if (IS_TUPLE(args)) { items = AS_TUPLE(args)->items; nitems = AS_TUPLE(args)->len; }
    else if (IS_DICT(args) || (TYPE(args)->getitem && !IS_STR(args) && !IS_LIST(args) && !IS_TYPE(args, RangeType))) {
        if (IS_DICT(args)) map = AS_DICT(args);
    }
    SBuf b;
    sb_init(&b);
    const char *s = fmt->data;
    int64_t n = fmt->len, i = 0;
    bool used_map = false;
    while (i < n) {
        if (s[i] != '%') { sb_addc(&b, s[i++]); continue; }
        int64_t start = i++;
        if (i >= n) { sb_free(&b); return err_set_str(&Exc_ValueError, "incomplete format"); }
        Value arg = V_NULL;
        bool own_arg = false;
        if (s[i] == '(') {
            if (!map && !IS_DICT(args)) { sb_free(&b); return err_set_str(&Exc_TypeError, "format requires a mapping"); }
            int64_t st = ++i, depth = 1;
            while (i < n && depth) { if (s[i] == '(') depth++; else if (s[i] == ')') depth--; if (depth) i++; }
            if (i >= n) { sb_free(&b); return err_set_str(&Exc_ValueError, "incomplete format key"); }
            Value key = str_new(s + st, i - st);
            if (key && bytes) { /* a bytes format looks its keys up as bytes */
                Value kb = str_latin1_bytes(AS_STR(key));
                decref(key);
                key = kb;
            }
            i++;
            arg = key ? obj_getitem(args, key) : V_NULL;
            xdecref(key);
            if (!arg) { sb_free(&b); return V_NULL; }
            own_arg = true;
            used_map = true;
        }
        Spec sp;
        memset(&sp, 0, sizeof sp);
        sp.fill = ' ';
        sp.width = -1;
        sp.precision = -1;
        bool left = false;
        while (i < n && strchr("-+ #0", s[i])) {
            switch (s[i]) {
            case '-': left = true; break;
            case '+': sp.sign = '+'; break;
            case ' ': if (sp.sign != '+') sp.sign = ' '; break;
            case '#': sp.alt = true; break;
            case '0': sp.zero = true; break;
            }
            i++;
        }
        if (i < n && s[i] == '*') {
            i++;
            if (next >= nitems) { sb_free(&b); if (own_arg) decref(arg); return err_set_str(&Exc_TypeError, "not enough arguments for format string"); }
            if (!val_as_i64(items[next++], &sp.width)) { sb_free(&b); if (own_arg) decref(arg); return err_set_str(&Exc_TypeError, "* wants int"); }
            if (sp.width < 0) { left = true; sp.width = -sp.width; }
        } else if (i < n && s[i] >= '0' && s[i] <= '9') {
            sp.width = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') sp.width = sp.width * 10 + (s[i++] - '0');
        }
        if (i < n && s[i] == '.') {
            i++;
            sp.precision = 0;
            if (i < n && s[i] == '*') {
                i++;
                if (next >= nitems || !val_as_i64(items[next++], &sp.precision)) {
                    sb_free(&b); if (own_arg) decref(arg);
                    return err_set_str(&Exc_TypeError, "* wants int");
                }
            } else
                while (i < n && s[i] >= '0' && s[i] <= '9') sp.precision = sp.precision * 10 + (s[i++] - '0');
        }
        while (i < n && (s[i] == 'l' || s[i] == 'h' || s[i] == 'L')) i++;
        if (i >= n) { sb_free(&b); if (own_arg) decref(arg); return err_set_str(&Exc_ValueError, "incomplete format"); }
        char type = s[i++];
        if (type == '%') { sb_addc(&b, '%'); if (own_arg) decref(arg); continue; }
        if (!arg) {
            if (next >= nitems) { sb_free(&b); return err_set_str(&Exc_TypeError, "not enough arguments for format string"); }
            arg = items[next++];
        }
        if (left) { sp.align = '<'; sp.zero = false; }
        else if (sp.zero) { sp.align = '='; sp.fill = '0'; }
        else sp.align = '>';
        Value piece = V_NULL;
        switch (type) {
        case 's': case 'r': case 'a': case 'b': {
            if (type == 'b' && !bytes) goto unsupported;
            Value str;
            if (!bytes) str = type == 's' ? obj_str(arg) : type == 'r' ? obj_repr(arg) : obj_ascii(arg);
            else if (type == 'r' || type == 'a') str = obj_ascii(arg);
            else if (IS_BYTES(arg)) str = bytes_latin1_str(arg);
            else str = err_format(&Exc_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                                  type_name(arg));
            if (str) {
                Spec ss = sp;
                ss.sign = 0; ss.alt = false; ss.zero = false;
                if (ss.align == '=') { ss.align = '>'; ss.fill = ' '; }
                piece = format_str(AS_STR(str), &ss);
                decref(str);
            }
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            Value iv = V_NULL;
            if (IS_INT(arg) || TYPE(arg) == &BoolType) {
                incref(arg);
                iv = arg;
            } else if (IS_FLOAT(arg) && type != 'x' && type != 'X' && type != 'o') {
                double dv = AS_FLOAT(arg);
                if (!isfinite(dv)) {
                    err_set_str(isnan(dv) ? &Exc_ValueError : &Exc_OverflowError,
                                isnan(dv) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
                    break;
                }
                if (!(iv = big_from_double(trunc(dv)))) break;
            } else {
                bool found;
                iv = call_method_opt(arg, N.__index__, NULL, 0, &found);
                if (!iv || !IS_INT(iv)) {
                    xdecref(iv);
                    if (found && err_occurred()) break;
                    err_clear();
                    if (type == 'd' || type == 'i' || type == 'u')
                        err_format(&Exc_TypeError, "%%%c format: a real number is required, not %s", type, type_name(arg));
                    else err_format(&Exc_TypeError, "%%%c format: an integer is required, not %s", type, type_name(arg));
                    break;
                }
            }
            Spec is = sp;
            is.type = type == 'i' || type == 'u' ? 'd' : type;
            if (is.precision >= 0) {
                /* %.3d: at least that many digits */
                int64_t nd;
                bool neg;
                char *dg = int_digits(iv, type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10, &nd, &neg);
                if (dg) {
                    if (type == 'X')
                        for (int64_t k = 0; k < nd; k++) dg[k] = (char)(dg[k] >= 'a' ? dg[k] - 32 : dg[k]);
                    SBuf db;
                    sb_init(&db);
                    sb_fill(&db, "0", 1, is.precision - nd);
                    sb_add(&db, dg, nd);
                    sb_addc(&db, 0);
                    free(dg);
                    char lead[8] = "";
                    if (neg) strcpy(lead, "-");
                    else if (is.sign) lead[0] = is.sign, lead[1] = 0;
                    if (is.alt && type != 'd' && type != 'i' && type != 'u') strcat(lead, type == 'x' ? "0x" : type == 'X' ? "0X" : "0o");
                    piece = db.failed ? V_NULL : finish(&is, lead, db.buf, db.len - 1, '>');
                    sb_free(&db);
                }
            } else piece = format_int(iv, &is, "int");
            decref(iv);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double dv;
            if (IS_BIG(arg) && !big_to_double(arg, &dv)) break;
            if (!val_as_double(arg, &dv)) {
                bool found;
                Value conv = call_method_opt(arg, N.__float__, NULL, 0, &found);
                if (!conv || !val_as_double(conv, &dv)) {
                    xdecref(conv);
                    if (found && err_occurred()) break;
                    err_clear();
                    err_format(&Exc_TypeError, "must be real number, not %s", type_name(arg));
                    break;
                }
                decref(conv);
            }
            Spec fs = sp;
            fs.type = type;
            if (fs.precision < 0) fs.precision = 6;
            piece = format_float(dv, &fs, false);
            break;
        }
        case 'c': {
            int64_t v;
            if (bytes) {
                Value one = V_NULL;
                if (IS_BYTES(arg) && AS_BYTES(arg)->len == 1) one = bytes_latin1_str(arg);
                else if (val_as_i64(arg, &v)) {
                    if (v < 0 || v > 255) { err_set_str(&Exc_OverflowError, "%c arg not in range(256)"); break; }
                    char ch = (char)v;
                    Value b1 = bytes_new(&ch, 1);
                    one = b1 ? bytes_latin1_str(b1) : V_NULL;
                    xdecref(b1);
                } else {
                    err_set_str(&Exc_TypeError, "%c requires an integer in range(256) or a single byte");
                    break;
                }
                if (one) {
                    Spec cs = sp;
                    cs.precision = -1;
                    piece = format_str(AS_STR(one), &cs);
                    decref(one);
                }
                break;
            }
            if (val_as_i64(arg, &v)) {
                Spec cs = sp;
                cs.type = 'c';
                cs.sign = 0;
                piece = format_int(arg, &cs, "int");
            } else if (IS_STR(arg) && AS_STR(arg)->nchars == 1) {
                Spec cs = sp;
                cs.precision = -1;
                piece = format_str(AS_STR(arg), &cs);
            } else err_set_str(&Exc_TypeError, "%c requires int or char");
            break;
        }
        default:
        unsupported:
            err_format(&Exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld", type, (unsigned)(unsigned char)type,
                       (long long)(i - 1));
            (void)start;
        }
        if (own_arg) decref(arg);
        if (!piece) { sb_free(&b); return V_NULL; }
        sb_add_str(&b, AS_STR(piece));
        decref(piece);
    }
    if (!used_map && next < nitems && !(map && nitems == 1)) {
        sb_free(&b);
        return err_set_str(&Exc_TypeError, bytes ? "not all arguments converted during bytes formatting"
                                                 : "not all arguments converted during string formatting");
    }
    if (!bytes) return sb_finish(&b);
    Value text = sb_finish(&b);
    Value r = text ? str_latin1_bytes(AS_STR(text)) : V_NULL;
    xdecref(text);
    return r;
}

Value str_percent(Str *fmt, Value args) { return percent_impl(fmt, args, false); }

Value bytes_percent(Value fmt, Value args) {
    Value f = bytes_latin1_str(fmt);
    if (!f) return V_NULL;
    Value r = percent_impl(AS_STR(f), args, true);
    decref(f);
    return r;
}
