/* file.c - open(): text files (UTF-8) and binary ones, read and written
 * through the kernel.
 *
 * A file object may be shared by threads.  Its state (descriptor, write
 * buffer, read-ahead) is guarded by its own pthread mutex, taken with the
 * GIL released (ALLOW_THREADS), because reads and writes block; no Python
 * object is touched while it is held.  Text is UTF-8; reading translates
 * "\r\n" and "\r" to "\n" (universal newlines), writing leaves "\n" as is.
 * A binary file ("b" in the mode) reads and writes bytes untranslated. */
#include <errno.h>
#include <ctype.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "runtime.h"
#include "instr.h"

typedef struct File {
    Obj ob;
    pthread_mutex_t mu;  /* guards everything below */
    int fd;              /* -1 once closed */
    bool readable, writable;
    bool binary;         /* bytes in and out, no newline translation */
    char *wbuf;          /* pending writes */
    size_t wlen, wcap;
    char *rbuf;          /* bytes read ahead, not yet returned */
    size_t rpos, rlen, rcap;
    bool eof;
    bool pending_cr;     /* the last chunk ended in '\r' */
    int newline;         /* NL_*: open()'s newline argument */
    Str *name, *mode;    /* fixed at open */
    pid_t owner;         /* the process that opened it flushes it at exit */
    struct File *prev, *next;  /* open files, for the flush at exit (files_mu) */
} File;

/* newline=None translates "\r\n" and "\r" to "\n" when reading; '' ends lines
 * at any of them but keeps them; '\n', '\r', '\r\n' end lines at that string
 * only, and writing turns "\n" into it. */
enum { NL_UNIVERSAL, NL_ANY, NL_LF, NL_CR, NL_CRLF };

/* The list of open files.  files_mu is taken only by an attached thread and
 * never held across anything that blocks but a file's own mutex, so once the
 * world is stopped for fork() nobody holds it. */
static pthread_mutex_t files_mu = PTHREAD_MUTEX_INITIALIZER;
static File *open_files;
static File *stdin_file; /* sys.stdin, made by file_init */

static void files_link(File *f) {
    pthread_mutex_lock(&files_mu);
    f->prev = NULL;
    f->next = open_files;
    if (open_files) open_files->prev = f;
    open_files = f;
    pthread_mutex_unlock(&files_mu);
}
static void files_unlink(File *f) {
    pthread_mutex_lock(&files_mu);
    if (f->prev || open_files == f) {
        if (f->prev) f->prev->next = f->next;
        else open_files = f->next;
        if (f->next) f->next->prev = f->prev;
    }
    f->prev = f->next = NULL;
    pthread_mutex_unlock(&files_mu);
}

Type FileType = {.ob = OBJ_HEAD_INIT(&TypeType)};
#define FILE_CHUNK 65536

/* ---- the raw side: called with the mutex held and the GIL released ------------ */
static int flush_locked(File *f) {
    size_t off = 0;
    int err = 0;
    while (off < f->wlen) {
        ssize_t w = write(f->fd, f->wbuf + off, f->wlen - off);
        if (w < 0) {
            if (errno == EINTR) continue;
            err = errno;
            break;
        }
        off += (size_t)w;
    }
    /* keep what was not written, once */
    if (off < f->wlen) memmove(f->wbuf, f->wbuf + off, f->wlen - off);
    f->wlen -= off;
    return err;
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
    int64_t want;  /* characters (bytes, in a binary file) wanted (-1: all) */
    bool line;     /* stop after a newline */
    SBuf out;
    int err;
} ReadReq;

/* Take text out of the read-ahead: universal newlines, whole UTF-8
 * sequences only, `want` characters or one line at most. */
static bool ends_line(File *f, char c, const SBuf *out) {
    switch (f->newline) {
    case NL_CR: return c == '\r';
    case NL_CRLF: return c == '\n' && out->len >= 2 && out->buf[out->len - 2] == '\r';
    default: return c == '\n';
    }
}

static void take_locked(ReadReq *q) {
    File *f = q->f;
    int64_t got = 0;
    for (;;) {
        while (f->rpos < f->rlen && (q->want < 0 || got < q->want)) {
            char c = f->rbuf[f->rpos];
            if (f->binary) {
                sb_addc(&q->out, c);
                f->rpos++;
                got++;
                if (q->line && c == '\n') return;
                continue;
            }
            if (f->newline == NL_UNIVERSAL) {
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
            } else if (c == '\r' && q->line && f->newline == NL_ANY) {
                /* "\r\n" or a lone "\r" ends the line: look at the next byte */
                if (f->rpos + 1 == f->rlen && !f->eof) break;
                bool crlf = f->rpos + 1 < f->rlen && f->rbuf[f->rpos + 1] == '\n' && (q->want < 0 || got + 2 <= q->want);
                int k = crlf ? 2 : 1;
                sb_add(&q->out, f->rbuf + f->rpos, k);
                f->rpos += (size_t)k;
                return;
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
            if (q->line && ends_line(f, c, &q->out)) return;
        }
        if ((q->want >= 0 && got >= q->want) || (f->eof && f->rpos >= f->rlen)) return;
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
    BLOCKING_BEGIN(ts, BLK_IO, "file read");
    pthread_mutex_lock(&f->mu);
    f->eof = false;  /* the file may have grown since */
    if (f->fd < 0) q.err = EBADF;  /* closed by another thread meanwhile */
    else if (f->wlen) q.err = flush_locked(f);
    if (!q.err) take_locked(&q);
    pthread_mutex_unlock(&f->mu);
    BLOCKING_END(ts);
    if (q.err == EBADF) { sb_free(&q.out); closed_error(); return V_NULL; }
    if (q.err) { sb_free(&q.out); return err_oserror(q.err, NULL); }
    if (q.out.failed) { sb_free(&q.out); return err_no_memory(); }
    if (f->binary) {
        Value r = bytes_new(q.out.buf ? q.out.buf : "", q.out.len);
        sb_free(&q.out);
        return r;
    }
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
    if (line && (IS_BYTES(line) ? AS_BYTES(line)->len : AS_STR(line)->len) == 0) { decref(line); return V_NULL; }
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

static Value write_bytes(File *f, const char *data, size_t len) {
    int err = 0;
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_IO, "file write");
    pthread_mutex_lock(&f->mu);
    if (f->fd < 0) err = EBADF;  /* closed by another thread meanwhile */
    if (!err && f->wlen + len > f->wcap) {
        err = flush_locked(f);
        if (!err && len > f->wcap) {
            size_t cap = f->wcap ? f->wcap : FILE_CHUNK;
            while (cap < len) cap *= 2;
            char *nb = realloc(f->wbuf, cap);
            if (nb) { f->wbuf = nb; f->wcap = cap; }
            else err = ENOMEM;
        }
    }
    if (!err) {
        memcpy(f->wbuf + f->wlen, data, len);
        f->wlen += len;
    }
    pthread_mutex_unlock(&f->mu);
    BLOCKING_END(ts);
    if (err == EBADF) { closed_error(); return V_NULL; }
    if (err) return err_oserror(err, NULL);
    return V_NONE;
}

static Value f_write(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (!check_open(f)) return V_NULL;
    if (!f->writable) return err_set_str(&Exc_UnsupportedOperation, "not writable");
    if (f->binary) {
        Value data = IS_BYTES(a[1]) ? (incref(a[1]), a[1]) : is_bytearray(a[1]) ? bytearray_snapshot(a[1]) : V_NULL;
        if (!data) {
            if (err_occurred()) return V_NULL;
            return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[1]));
        }
        Value r = write_bytes(f, AS_BYTES(data)->data, (size_t)AS_BYTES(data)->len);
        int64_t len = AS_BYTES(data)->len;
        decref(data);
        return r ? int_from_i64(len) : V_NULL;
    }
    if (!IS_STR(a[1])) return err_format(&Exc_TypeError, "write() argument must be str, not %s", type_name(a[1]));
    Str *s = AS_STR(a[1]);
    Value r;
    if ((f->newline == NL_CR || f->newline == NL_CRLF) && memchr(s->data, '\n', (size_t)s->len)) {
        /* newline='\r' or '\r\n': "\n" is written as that */
        SBuf b;
        sb_init(&b);
        for (int64_t i = 0; i < s->len; i++) {
            if (s->data[i] != '\n') sb_addc(&b, s->data[i]);
            else sb_adds(&b, f->newline == NL_CR ? "\r" : "\r\n");
        }
        if (b.failed) { sb_free(&b); return err_no_memory(); }
        r = write_bytes(f, b.buf, (size_t)b.len);
        sb_free(&b);
    } else r = write_bytes(f, s->data, (size_t)s->len);
    if (!r) return V_NULL;
    return int_from_i64(s->nchars);
}
static Value f_writelines(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!check_open(open_file(a[0]))) return V_NULL;
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
    files_unlink(f);
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_IO, "file close");
    pthread_mutex_lock(&f->mu);
    if (f->fd >= 0) {
        err = flush_locked(f);
        if (close(f->fd) < 0 && !err) err = errno;
        STORE_RELAXED(&f->fd, -1);
    }
    pthread_mutex_unlock(&f->mu);
    BLOCKING_END(ts);
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
    BLOCKING_BEGIN(ts, BLK_IO, "file flush");
    pthread_mutex_lock(&f->mu);
    err = f->fd < 0 ? EBADF : flush_locked(f);
    pthread_mutex_unlock(&f->mu);
    BLOCKING_END(ts);
    if (err == EBADF) { closed_error(); return V_NULL; }
    return err ? err_oserror(err, NULL) : V_NONE;
}
/* ---- positions: seek, tell, truncate ------------------------------------------------
 * The position is the descriptor's, less what was read ahead and not yet
 * returned; pending writes are flushed first.  In a text file it counts
 * bytes (CPython's tell gives an opaque cookie that is the byte position in
 * the same cases: no decoder state pending). */
enum { POS_TELL, POS_SEEK, POS_TRUNCATE };

/* false, ValueError set, if f is closed: CPython words it differently by
 * method and by the kind of file */
static bool open_or(File *f, const char *text_msg, const char *binary_msg) {
    if (LOAD_RELAXED(&f->fd) >= 0) return true;
    err_set_str(&Exc_ValueError, f->binary ? binary_msg : text_msg);
    return false;
}
#define CLOSED_PLAIN "I/O operation on closed file"
#define CLOSED_STOP "I/O operation on closed file."

static Value position_op(File *f, int op, int64_t off, int whence, bool have_size) {
    int err = 0;
    int64_t pos = -1;
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_IO, "file seek");
    pthread_mutex_lock(&f->mu);
    if (f->fd < 0) err = EBADF;
    else err = flush_locked(f);
    if (!err) {
        off_t cur = lseek(f->fd, 0, SEEK_CUR);
        if (cur < 0) err = errno;
        else pos = (int64_t)cur - (int64_t)(f->rlen - f->rpos);
    }
    if (!err && op == POS_SEEK) {
        off_t to = whence == SEEK_CUR ? lseek(f->fd, (off_t)(pos + off), SEEK_SET) : lseek(f->fd, (off_t)off, whence);
        if (to < 0) err = errno;
        else {
            pos = (int64_t)to;
            f->rpos = f->rlen = 0; /* the read-ahead is from elsewhere now */
            f->eof = false;
            f->pending_cr = false;
        }
    }
    if (!err && op == POS_TRUNCATE) {
        /* a text file's truncate() cuts at the descriptor's position, past
         * the read-ahead, as CPython's does (its buffer's position) */
        int64_t size = have_size ? off : f->binary ? pos : pos + (int64_t)(f->rlen - f->rpos);
        if (ftruncate(f->fd, (off_t)size) < 0) err = errno;
        else pos = size;
    }
    pthread_mutex_unlock(&f->mu);
    BLOCKING_END(ts);
    if (err == EBADF) { closed_error(); return V_NULL; }
    if (err) return err_oserror(err, NULL);
    return int_from_i64(pos);
}

static Value f_tell(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (!open_or(f, CLOSED_STOP, CLOSED_PLAIN)) return V_NULL;
    return position_op(f, POS_TELL, 0, 0, false);
}
static Value f_seek(Value *a, int n, Dict *kw) {
    (void)kw;
    File *f = open_file(a[0]);
    int64_t off, whence = 0;
    if (!val_as_i64(a[1], &off)) {
        if (IS_FLOAT(a[1])) return err_set_str(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return int_arg_error(a[1]);
    }
    if (n > 2 && !val_as_i64(a[2], &whence)) return int_arg_error(a[2]);
    if (!open_or(f, CLOSED_STOP, "seek of closed file")) return V_NULL;
    if (whence < 0 || whence > 2) {
        if (f->binary) return err_format(&Exc_ValueError, "whence value %lld unsupported", (long long)whence);
        return err_format(&Exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    }
    if (!f->binary) {
        if (whence == 1 && off != 0) return err_set_str(&Exc_UnsupportedOperation, "can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0) return err_set_str(&Exc_UnsupportedOperation, "can't do nonzero end-relative seeks");
        if (whence == 0 && off < 0) return err_format(&Exc_ValueError, "negative seek position %lld", (long long)off);
    }
    return position_op(f, POS_SEEK, off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END, false);
}
static Value f_truncate(Value *a, int n, Dict *kw) {
    (void)kw;
    File *f = open_file(a[0]);
    int64_t size = 0;
    bool have = n > 1 && a[1] != V_NONE;
    if (have && !val_as_i64(a[1], &size)) return int_arg_error(a[1]);
    if (!open_or(f, CLOSED_STOP, "truncate of closed file")) return V_NULL;
    if (!f->writable) return err_set_str(&Exc_UnsupportedOperation, "truncate");
    if (have && size < 0) return err_oserror(EINVAL, NULL);
    return position_op(f, POS_TRUNCATE, size, 0, have);
}
static Value f_fileno(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (!open_or(f, CLOSED_PLAIN, CLOSED_PLAIN)) return V_NULL;
    return MK_SMALL(LOAD_RELAXED(&f->fd));
}
static Value f_seekable(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (!open_or(f, CLOSED_PLAIN, CLOSED_PLAIN)) return V_NULL;
    return MK_BOOL(lseek(LOAD_RELAXED(&f->fd), 0, SEEK_CUR) >= 0);
}
static Value f_isatty(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (!open_or(f, CLOSED_PLAIN, CLOSED_PLAIN)) return V_NULL;
    return MK_BOOL(isatty(LOAD_RELAXED(&f->fd)));
}
/* readinto(b): up to len(b) bytes read into the bytearray b */
static Value f_readinto(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (!open_or(f, CLOSED_STOP, "readinto of closed file")) return V_NULL;
    if (!f->binary) return err_set_str(&Exc_UnsupportedOperation, "readinto");
    if (!is_bytearray(a[1]))
        return err_format(&Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s", type_name(a[1]));
    int64_t len = obj_len(a[1]);
    if (len < 0) return V_NULL;
    Value data = read_common(a[0], len, false);
    if (!data) return V_NULL;
    int64_t got = AS_BYTES(data)->len;
    Value sl = slice_new(MK_SMALL(0), MK_SMALL(got), V_NONE);
    int r = sl ? obj_setitem(a[1], sl, data) : -1;
    xdecref(sl);
    decref(data);
    return r < 0 ? V_NULL : int_from_i64(got);
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
    return err ? err_oserror(err, NULL) : V_NONE;
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
    if (f->binary)
        sb_addf(&b, "<_io.%s name='%s'>", f->readable && f->writable ? "BufferedRandom" : f->readable ? "BufferedReader" : "BufferedWriter",
                f->name->data);
    else sb_addf(&b, "<_io.TextIOWrapper name='%s' mode='%s' encoding='UTF-8'>", f->name->data, f->mode->data);
    return sb_finish(&b);
}
static void file_dealloc(Obj *o) {
    File *f = (File *)o;
    files_unlink(f);
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

/* Flush what every file this process opened still buffers: at exit, as
 * CPython does (a forked child that leaves through os._exit flushes nothing). */
void file_flush_all(void) {
    pid_t me = getpid();
    pthread_mutex_lock(&files_mu);
    for (File *f = open_files; f; f = f->next) {
        if (f->owner != me) continue;
        /* a daemon thread may sit in a blocking read holding the mutex:
         * wait a little, never forever (CPython also gives up there) */
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += 1;
        if (pthread_mutex_timedlock(&f->mu, &until) != 0) continue;
        if (f->fd >= 0) flush_locked(f);
        pthread_mutex_unlock(&f->mu);
    }
    pthread_mutex_unlock(&files_mu);
}

/* In a forked child only the forking thread exists: a file mutex some other
 * thread held at fork() would never be released. */
void file_atfork_child(void) {
    pthread_mutex_init(&files_mu, NULL);
    if (stdin_file) pthread_mutex_init(&stdin_file->mu, NULL);
    for (File *f = open_files; f; f = f->next) pthread_mutex_init(&f->mu, NULL);
}

static File *file_new(int fd, bool rd, bool wr, int newline, Str *name, Str *mode) {
    File *f = (File *)obj_new(&FileType, sizeof(File));
    if (!f) return NULL;
    pthread_mutex_init(&f->mu, NULL);
    f->fd = fd;
    f->readable = rd;
    f->writable = wr;
    f->wbuf = f->rbuf = NULL;
    f->wlen = f->wcap = f->rpos = f->rlen = f->rcap = 0;
    f->eof = f->pending_cr = false;
    f->binary = false;
    f->newline = newline;
    incref(OBJ_VAL(name));
    f->name = name;
    incref(OBJ_VAL(mode));
    f->mode = mode;
    f->owner = getpid();
    f->prev = f->next = NULL;
    return f;
}

/* sys.stdin: standard input as a text file (lines end at "\n" only, as
 * CPython's sys.stdin).  input() reads through it too, so the two never
 * lose each other's read-ahead.  It is not in the list of open files:
 * nothing to flush at exit, where a thread may sit reading it. */
Value file_stdin(void) { return stdin_file ? OBJ_VAL(stdin_file) : V_NONE; }

/* input(): one line of sys.stdin without its "\n"; NULL with EOFError at
 * the end of input. */
Value file_input_line(void) {
    if (!stdin_file) return err_set_str(&Exc_RuntimeError, "input(): lost sys.stdin");
    Value line = read_common(OBJ_VAL(stdin_file), -1, true);
    if (!line) return V_NULL;
    Str *l = AS_STR(line);
    if (l->len == 0) {
        decref(line);
        return err_set_str(&Exc_EOFError, "EOF when reading a line");
    }
    if (l->data[l->len - 1] != '\n') return line;
    Value r = str_new(l->data, l->len - 1);
    decref(line);
    return r;
}

static bool has_nul(Str *s) { return memchr(s->data, 0, (size_t)s->len) != NULL; }

/* mode: exactly one of r w a x, optional + and t, each once */
static int parse_mode(const char *m, bool *rd, bool *wr, int *flags) {
    int kinds = 0, plus = 0;
    *rd = *wr = false;
    *flags = 0;
    for (const char *p = m; *p; p++) {
        if (!strchr("rwaxbt+", *p) || strchr(p + 1, *p)) { err_format(&Exc_ValueError, "invalid mode: '%s'", m); return -1; }
    }
    if (strchr(m, 'b') && strchr(m, 't')) { err_set_str(&Exc_ValueError, "can't have text and binary mode at once"); return -1; }
    for (const char *p = m; *p; p++) {
        switch (*p) {
        case 'r': kinds++; *rd = true; break;
        case 'w': kinds++; *wr = true; *flags |= O_CREAT | O_TRUNC; break;
        case 'a': kinds++; *wr = true; *flags |= O_CREAT | O_APPEND; break;
        case 'x': kinds++; *wr = true; *flags |= O_CREAT | O_EXCL; break;
        case '+': plus++; *rd = *wr = true; break;
        default: break;
        }
    }
    if (kinds != 1) {
        err_set_str(&Exc_ValueError, kinds == 0 ? "Must have exactly one of create/read/write/append mode and at most one plus"
                                                : "must have exactly one of create/read/write/append mode");
        return -1;
    }
    *flags |= *rd && *wr ? O_RDWR : *wr ? O_WRONLY : O_RDONLY;
    return 0;
}

static int parse_newline(Value nl) {
    if (!nl || nl == V_NONE) return NL_UNIVERSAL;
    const char *s = AS_STR(nl)->data;
    if (AS_STR(nl)->len == 0) return NL_ANY;
    if (!strcmp(s, "\n")) return NL_LF;
    if (!strcmp(s, "\r")) return NL_CR;
    if (!strcmp(s, "\r\n")) return NL_CRLF;
    Value r = obj_repr(nl);
    if (r) {
        /* CPython shows the value without quotes */
        err_format(&Exc_ValueError, "illegal newline value: %.*s", (int)(AS_STR(r)->len - 2), AS_STR(r)->data + 1);
        decref(r);
    }
    return -1;
}

static bool utf8_name(const char *e) {
    char low[16];
    size_t n = strlen(e);
    if (n >= sizeof low) return false;
    for (size_t i = 0; i <= n; i++) low[i] = e[i] == '_' ? '-' : (char)tolower((unsigned char)e[i]);
    return !strcmp(low, "utf-8") || !strcmp(low, "utf8") || !strcmp(low, "u8");
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None) */
enum { A_FILE, A_MODE, A_BUFFERING, A_ENCODING, A_ERRORS, A_NEWLINE, A_COUNT };
static const char *const open_params[A_COUNT] = {"file", "mode", "buffering", "encoding", "errors", "newline"};

static Value open_checked(Value *arg) {
    Value path = arg[A_FILE], mode = arg[A_MODE];
    if (!path) return err_set_str(&Exc_TypeError, "open() missing required argument 'file' (pos 1)");
    if (!IS_STR(path)) return err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(path));
    if (has_nul(AS_STR(path))) return err_set_str(&Exc_ValueError, "embedded null byte");
    if (mode && !IS_STR(mode))
        return err_format(&Exc_TypeError, "open() argument 'mode' must be str, not %s", mode == V_NONE ? "None" : type_name(mode));
    for (int i = A_ENCODING; i <= A_NEWLINE; i++)
        if (arg[i] && arg[i] != V_NONE && !IS_STR(arg[i]))
            return err_format(&Exc_TypeError, "open() argument '%s' must be str or None, not %s", open_params[i], type_name(arg[i]));
    int64_t buffering = -1;
    if (arg[A_BUFFERING] && !val_as_i64(arg[A_BUFFERING], &buffering))
        return int_arg_error(arg[A_BUFFERING]);
    const char *m = mode ? AS_STR(mode)->data : "r";
    bool rd, wr;
    int flags;
    if (parse_mode(m, &rd, &wr, &flags) < 0) return V_NULL;
    bool binary = strchr(m, 'b') != NULL;
    if (buffering == 0 && !binary) return err_set_str(&Exc_ValueError, "can't have unbuffered text I/O");
    if (binary)
        for (int i = A_ENCODING; i <= A_NEWLINE; i++)
            if (arg[i] && arg[i] != V_NONE)
                return err_format(&Exc_ValueError, "binary mode doesn't take a%s %s argument", i == A_NEWLINE ? "" : "n",
                                  open_params[i]);
    int newline = parse_newline(arg[A_NEWLINE]);
    if (newline < 0) return V_NULL;
    Value enc = arg[A_ENCODING];
    if (enc && enc != V_NONE && !utf8_name(AS_STR(enc)->data))
        return err_format(&Exc_ValueError, "encoding '%s' is not supported (twinpy files are UTF-8)", AS_STR(enc)->data);

    int fd, e = 0;
    ThreadState *ts = cur_ts;
    const char *pth = AS_STR(path)->data;
    BLOCKING_BEGIN(ts, BLK_IO, "open");
    fd = open(pth, flags | O_CLOEXEC, 0666);
    if (fd < 0) e = errno;
    else {
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) { close(fd); fd = -1; e = EISDIR; }
        else if (flags & O_APPEND) lseek(fd, 0, SEEK_END);  /* "a+" reads from the end, as in CPython */
    }
    BLOCKING_END(ts);
    if (fd < 0) return err_oserror(e, pth);
    File *f = file_new(fd, rd, wr, newline, AS_STR(path), mode ? AS_STR(mode) : str_intern_c("r"));
    if (!f) { close(fd); return V_NULL; }
    f->binary = binary;
    files_link(f);
    return OBJ_VAL(f);
}

static Value bi_open(Value *a, int n, Dict *kw) {
    Value arg[A_COUNT] = {0};
    bool owned[A_COUNT] = {0};
    for (int i = 0; i < n && i < A_COUNT; i++) arg[i] = a[i];
    Value r = V_NULL;
    for (int i = 0; kw && i < A_COUNT; i++) {
        Value v = kw_take(kw, str_intern_c(open_params[i]));
        if (!v) continue;
        if (arg[i]) {
            decref(v);
            err_format(&Exc_TypeError, "argument for open() given by name ('%s') and position (%d)", open_params[i], i + 1);
            goto out;
        }
        arg[i] = v;
        owned[i] = true;
    }
    if (kw && kw_done("open", kw) < 0) goto out;
    r = open_checked(arg);
out:
    for (int i = 0; i < A_COUNT; i++)
        if (owned[i]) decref(arg[i]);
    return r;
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
        {"seek", f_seek, 2, 3}, {"tell", f_tell, 1, 1}, {"truncate", f_truncate, 1, 2}, {"fileno", f_fileno, 1, 1},
        {"seekable", f_seekable, 1, 1}, {"isatty", f_isatty, 1, 1}, {"readinto", f_readinto, 2, 2},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) type_add_method(&FileType, m[i].n, m[i].f, m[i].min, m[i].max, false);
    module_add_func(builtins, "open", bi_open, 0, A_COUNT, true);
    stdin_file = file_new(0, true, false, NL_LF, str_intern_c("<stdin>"), str_intern_c("r"));
}

/* Finalization (-X leakcheck): drop file.c's reference to sys.stdin; the
 * sys module's goes with its dict. */
void file_finalize(void) {
    if (!stdin_file) return;
    File *f = stdin_file;
    stdin_file = NULL;
    decref(OBJ_VAL(f));
}
