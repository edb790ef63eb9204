/* file.c - open(): text files, UTF-8, read and written through the kernel.
 *
 * A file object may be shared by threads.  Its state (descriptor, write
 * buffer, read-ahead) is guarded by its own pthread mutex, taken with the
 * GIL released (ALLOW_THREADS), because reads and writes block; no Python
 * object is touched while it is held.  Text is UTF-8; reading translates
 * "\r\n" and "\r" to "\n" (universal newlines), writing leaves "\n" as is. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "runtime.h"

typedef struct {
    Obj ob;
    pthread_mutex_t mu;  /* guards everything below */
    int fd;              /* -1 once closed */
    bool readable, writable;
    char *wbuf;          /* pending writes */
    size_t wlen, wcap;
    char *rbuf;          /* bytes read ahead, not yet returned */
    size_t rpos, rlen, rcap;
    bool eof;
    bool pending_cr;     /* the last chunk ended in '\r' */
    Str *name, *mode;
} File;

Type FileType = {.ob = OBJ_HEAD_INIT(&TypeType)};
#define FILE_CHUNK 65536

/* ---- the raw side: called with the mutex held and the GIL released ------------ */
static int flush_locked(File *f) {
    size_t off = 0;
    while (off < f->wlen) {
        ssize_t w = write(f->fd, f->wbuf + off, f->wlen - off);
        if (w < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        off += (size_t)w;
    }
    f->wlen = 0;
    return 0;
}

/* Read more into rbuf; 0 or an errno. */
static int fill_locked(File *f) {
    if (f->rpos > 0 && f->rpos == f->rlen) f->rpos = f->rlen = 0;
    if (f->rlen + FILE_CHUNK > f->rcap) {
        if (f->rpos > 0) {
            memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
            f->rlen -= f->rpos;
            f->rpos = 0;
        }
        if (f->rlen + FILE_CHUNK > f->rcap) {
            size_t cap = f->rcap ? f->rcap * 2 : FILE_CHUNK * 2;
            while (cap < f->rlen + FILE_CHUNK) cap *= 2;
            char *n = realloc(f->rbuf, cap);
            if (!n) return ENOMEM;
            f->rbuf = n;
            f->rcap = cap;
        }
    }
    for (;;) {
        ssize_t r = read(f->fd, f->rbuf + f->rlen, FILE_CHUNK);
        if (r < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (r == 0) f->eof = true;
        f->rlen += (size_t)r;
        return 0;
    }
}

typedef struct {
    File *f;
    int64_t want;  /* characters wanted (-1: all) */
    bool line;     /* stop after a newline */
    SBuf out;
    int err;
} ReadReq;

/* Take text out of the read-ahead: universal newlines, whole UTF-8
 * sequences only, `want` characters or one line at most. */
static void take_locked(ReadReq *q) {
    File *f = q->f;
    int64_t got = 0;
    for (;;) {
        while (f->rpos < f->rlen && (q->want < 0 || got < q->want)) {
            char c = f->rbuf[f->rpos];
            if (f->pending_cr) {
                f->pending_cr = false;
                if (c == '\n') { f->rpos++; continue; }
            }
            if (c == '\r') {
                sb_addc(&q->out, '\n');
                f->rpos++;
                got++;
                f->pending_cr = true;
                if (q->line) return;
                continue;
            }
            unsigned char u = (unsigned char)c;
            int n = u < 0x80 ? 1 : (u & 0xE0) == 0xC0 ? 2 : (u & 0xF0) == 0xE0 ? 3 : 4;
            if (f->rpos + (size_t)n > f->rlen) {
                if (f->eof) { sb_add(&q->out, f->rbuf + f->rpos, (int64_t)(f->rlen - f->rpos)); f->rpos = f->rlen; }
                break; /* a sequence split across reads: read more */
            }
            sb_add(&q->out, f->rbuf + f->rpos, n);
            f->rpos += (size_t)n;
            got++;
            if (c == '\n' && q->line) return;
        }
        if ((q->want >= 0 && got >= q->want) || f->eof) return;
        if ((q->err = fill_locked(f)) != 0) return;
        if (f->eof && f->rpos >= f->rlen) return;
    }
}

/* ---- the Python side ----------------------------------------------------------------- */
static File *open_file(Value self) { return (File *)AS_OBJ(self); }
static bool closed_error(void) {
    err_set_str(&Exc_ValueError, "I/O operation on closed file.");
    return false;
}

static bool check_open(File *f) {
    if (LOAD_RELAXED(&f->fd) < 0) return closed_error();
    return true;
}

static Value read_common(Value self, int64_t want, bool line) {
    File *f = open_file(self);
    if (!check_open(f)) return V_NULL;
    if (!f->readable) return err_set_str(&Exc_UnsupportedOperation, "not readable");
    ReadReq q = {f, want, line, {0}, 0};
    sb_init(&q.out);
    ThreadState *ts = cur_ts;
    ALLOW_THREADS_BEGIN(ts);
    pthread_mutex_lock(&f->mu);
    if (f->fd < 0) q.err = EBADF;  /* closed by another thread meanwhile */
    else if (f->wlen) q.err = flush_locked(f);
    if (!q.err) take_locked(&q);
    pthread_mutex_unlock(&f->mu);
    ALLOW_THREADS_END(ts);
    if (q.err == EBADF) { sb_free(&q.out); closed_error(); return V_NULL; }
    if (q.err) { sb_free(&q.out); return err_oserror(q.err, NULL); }
    if (q.out.failed) { sb_free(&q.out); return V_NULL; }
    if (!utf8_valid(q.out.buf ? q.out.buf : "", q.out.len, NULL)) {
        sb_free(&q.out);
        return err_format(&Exc_UnicodeDecodeError, "'utf-8' codec can't decode the contents of '%s'", f->name->data);
    }
    return sb_finish(&q.out);
}

static Value f_read(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t want = -1;
    if (n > 1 && a[1] != V_NONE && !val_as_i64(a[1], &want))
        return err_format(&Exc_TypeError, "argument should be integer or None, not '%s'", type_name(a[1]));
    return read_common(a[0], want, false);
}
static Value f_readline(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t want = -1;
    if (n > 1 && a[1] != V_NONE && !val_as_i64(a[1], &want))
        return err_format(&Exc_TypeError, "argument should be integer or None, not '%s'", type_name(a[1]));
    return read_common(a[0], want, true);
}
static Value file_next(Value self) {
    Value line = read_common(self, -1, true);
    if (line && AS_STR(line)->len == 0) { decref(line); return V_NULL; }
    return line;
}
static Value f_readlines(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value l = list_new(0);
    Value line;
    while (l && (line = file_next(a[0]))) {
        int r = list_append(l, line);
        decref(line);
        if (r < 0) { decref(l); return V_NULL; }
    }
    if (err_occurred()) { xdecref(l); return V_NULL; }
    return l;
}

static Value write_str(File *f, Str *s) {
    int err = 0;
    ThreadState *ts = cur_ts;
    ALLOW_THREADS_BEGIN(ts);
    pthread_mutex_lock(&f->mu);
    if (f->fd < 0) err = EBADF;  /* closed by another thread meanwhile */
    if (!err && f->wlen + (size_t)s->len > f->wcap) {
        err = flush_locked(f);
        if (!err && (size_t)s->len > f->wcap) {
            size_t cap = f->wcap ? f->wcap : FILE_CHUNK;
            while (cap < (size_t)s->len) cap *= 2;
            char *nb = realloc(f->wbuf, cap);
            if (nb) { f->wbuf = nb; f->wcap = cap; }
            else err = ENOMEM;
        }
    }
    if (!err) {
        memcpy(f->wbuf + f->wlen, s->data, (size_t)s->len);
        f->wlen += (size_t)s->len;
    }
    pthread_mutex_unlock(&f->mu);
    ALLOW_THREADS_END(ts);
    if (err == EBADF) { closed_error(); return V_NULL; }
    if (err) return err_oserror(err, NULL);
    return V_NONE;
}

static Value f_write(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (!check_open(f)) return V_NULL;
    if (!f->writable) return err_set_str(&Exc_UnsupportedOperation, "not writable");
    if (!IS_STR(a[1])) return err_format(&Exc_TypeError, "write() argument must be str, not %s", type_name(a[1]));
    if (!write_str(f, AS_STR(a[1]))) return V_NULL;
    return int_from_i64(AS_STR(a[1])->nchars);
}
static Value f_writelines(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value it = obj_iter(a[1]);
    if (!it) return V_NULL;
    Value line;
    while ((line = obj_next(it))) {
        Value args[2] = {a[0], line};
        Value r = f_write(args, 2, NULL);
        decref(line);
        if (!r) { decref(it); return V_NULL; }
        decref(r);
    }
    decref(it);
    return err_occurred() ? V_NULL : V_NONE;
}

static int close_file(File *f) {
    int err = 0;
    if (LOAD_RELAXED(&f->fd) < 0) return 0;
    ThreadState *ts = cur_ts;
    ALLOW_THREADS_BEGIN(ts);
    pthread_mutex_lock(&f->mu);
    if (f->fd >= 0) {
        err = flush_locked(f);
        if (close(f->fd) < 0 && !err) err = errno;
        STORE_RELAXED(&f->fd, -1);
    }
    pthread_mutex_unlock(&f->mu);
    ALLOW_THREADS_END(ts);
    return err;
}
static Value f_close(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int err = close_file(open_file(a[0]));
    return err ? err_oserror(err, NULL) : V_NONE;
}
/* (CPython's message here has no full stop) */
static Value f_readable(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (LOAD_RELAXED(&f->fd) < 0) return err_set_str(&Exc_ValueError, "I/O operation on closed file");
    return MK_BOOL(f->readable);
}
static Value f_writable(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (LOAD_RELAXED(&f->fd) < 0) return err_set_str(&Exc_ValueError, "I/O operation on closed file");
    return MK_BOOL(f->writable);
}
static Value f_flush(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (!check_open(f)) return V_NULL;
    int err;
    ThreadState *ts = cur_ts;
    ALLOW_THREADS_BEGIN(ts);
    pthread_mutex_lock(&f->mu);
    err = flush_locked(f);
    pthread_mutex_unlock(&f->mu);
    ALLOW_THREADS_END(ts);
    return err ? err_oserror(err, NULL) : V_NONE;
}
static Value f_enter(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!check_open(open_file(a[0]))) return V_NULL;
    incref(a[0]);
    return a[0];
}
static Value f_exit(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int err = close_file(open_file(a[0]));
    return err ? err_oserror(err, NULL) : V_FALSE;
}
static Value file_iter(Value self) {
    if (!check_open(open_file(self))) return V_NULL;
    incref(self);
    return self;
}
static Value file_getattr(Value self, Str *name) {
    File *f = open_file(self);
    if (name == N.name) { incref(OBJ_VAL(f->name)); return OBJ_VAL(f->name); }
    if (str_eq_c(name, "mode")) { incref(OBJ_VAL(f->mode)); return OBJ_VAL(f->mode); }
    if (str_eq_c(name, "closed")) return MK_BOOL(LOAD_RELAXED(&f->fd) < 0);
    return generic_getattr(self, name, true);
}
static Value file_repr(Value self) {
    File *f = open_file(self);
    SBuf b;
    sb_init(&b);
    sb_addf(&b, "<_io.TextIOWrapper name='%s' mode='%s' encoding='UTF-8'>", f->name->data, f->mode->data);
    return sb_finish(&b);
}
static void file_dealloc(Obj *o) {
    File *f = (File *)o;
    if (f->fd >= 0) {
        /* a dropped open file is flushed and closed (no GIL games: nothing else can see it) */
        flush_locked(f);
        close(f->fd);
    }
    pthread_mutex_destroy(&f->mu);
    free(f->wbuf);
    free(f->rbuf);
    decref(OBJ_VAL(f->name));
    decref(OBJ_VAL(f->mode));
    obj_free(o);
}

/* open(file, mode='r', encoding=None, errors=None, newline=None) */
static Value bi_open(Value *a, int n, Dict *kw) {
    Value path = n > 0 ? a[0] : V_NULL, mode = n > 1 ? a[1] : V_NULL, enc = n > 3 ? a[3] : V_NULL;
    if (kw) {
        Value v;
        if ((v = kw_take(kw, str_intern_c("file")))) { path = v; decref(v); }
        if ((v = kw_take(kw, str_intern_c("mode")))) { mode = v; decref(v); }
        if ((v = kw_take(kw, str_intern_c("encoding")))) { enc = v; decref(v); }
        if ((v = kw_take(kw, str_intern_c("errors")))) decref(v);
        if ((v = kw_take(kw, str_intern_c("newline")))) decref(v);
        if ((v = kw_take(kw, str_intern_c("buffering")))) decref(v);
        if (kw_done("open", kw) < 0) return V_NULL;
    }
    if (!path) return err_set_str(&Exc_TypeError, "open() missing required argument 'file' (pos 1)");
    if (!IS_STR(path)) return err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(path));
    const char *m = mode && mode != V_NONE ? (IS_STR(mode) ? AS_STR(mode)->data : NULL) : "r";
    if (!m) return err_format(&Exc_TypeError, "open() argument 'mode' must be str, not %s", type_name(mode));
    if (enc && enc != V_NONE && IS_STR(enc)) {
        const char *e = AS_STR(enc)->data;
        if (strcasecmp(e, "utf-8") && strcasecmp(e, "utf8") && strcasecmp(e, "ascii"))
            return err_format(&Exc_ValueError, "encoding '%s' is not supported (twinpy files are UTF-8)", e);
    }
    int flags = 0;
    bool rd = false, wr = false, seen = false;
    for (const char *p = m; *p; p++) {
        switch (*p) {
        case 'r': if (seen) goto bad; seen = true; rd = true; break;
        case 'w': if (seen) goto bad; seen = true; wr = true; flags |= O_CREAT | O_TRUNC; break;
        case 'a': if (seen) goto bad; seen = true; wr = true; flags |= O_CREAT | O_APPEND; break;
        case 'x': if (seen) goto bad; seen = true; wr = true; flags |= O_CREAT | O_EXCL; break;
        case '+': rd = wr = true; break;
        case 't': break;
        case 'b': return err_set_str(&Exc_ValueError, "binary mode is not supported (twinpy has no bytes)");
        default: goto bad;
        }
    }
    if (!seen) {
    bad:
        return err_format(&Exc_ValueError, "invalid mode: '%s'", m);
    }
    flags |= rd && wr ? O_RDWR : wr ? O_WRONLY : O_RDONLY;
    int fd, e = 0;
    ThreadState *ts = cur_ts;
    const char *pth = AS_STR(path)->data;
    ALLOW_THREADS_BEGIN(ts);
    fd = open(pth, flags | O_CLOEXEC, 0666);
    if (fd < 0) e = errno;
    else {
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) { close(fd); fd = -1; e = EISDIR; }
    }
    ALLOW_THREADS_END(ts);
    if (fd < 0) return err_oserror(e, AS_STR(path)->data);
    File *f = (File *)obj_new(&FileType, sizeof(File));
    if (!f) { close(fd); return V_NULL; }
    pthread_mutex_init(&f->mu, NULL);
    f->fd = fd;
    f->readable = rd;
    f->writable = wr;
    f->wbuf = f->rbuf = NULL;
    f->wlen = f->wcap = f->rpos = f->rlen = f->rcap = 0;
    f->eof = f->pending_cr = false;
    incref(path);
    f->name = AS_STR(path);
    f->mode = AS_STR(str_from_c(m));
    return OBJ_VAL(f);
}

void file_init(Module *builtins) {
    FileType.dealloc = file_dealloc;
    FileType.repr = file_repr;
    FileType.iter = file_iter;
    FileType.next = file_next;
    FileType.getattr = file_getattr;
    type_ready(&FileType, "TextIOWrapper", &ObjectType);
    struct { const char *n; NativeFn f; int min, max; } m[] = {
        {"read", f_read, 1, 2}, {"readline", f_readline, 1, 2}, {"readlines", f_readlines, 1, 2},
        {"write", f_write, 2, 2}, {"writelines", f_writelines, 2, 2}, {"close", f_close, 1, 1},
        {"flush", f_flush, 1, 1}, {"readable", f_readable, 1, 1}, {"writable", f_writable, 1, 1}, {"__enter__", f_enter, 1, 1}, {"__exit__", f_exit, 1, 4},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) type_add_method(&FileType, m[i].n, m[i].f, m[i].min, m[i].max, false);
    module_add_func(builtins, "open", bi_open, 0, 5, true);
}
