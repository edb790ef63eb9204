/* gil_instr.h - what gil.c tells the instruments (gil_instr.c), each call
 * behind INSTR_ON() on a path that waits or hands the GIL over anyway.
 * The calls marked "mu" are made with gil.mu held, which orders the
 * counters they update; recording itself never blocks (instr.h). */
#ifndef TWINPY_GIL_INSTR_H
#define TWINPY_GIL_INSTR_H

#include "instr.h"

uint64_t gil_instr_wait_begin(void);                                   /* mu: the GIL is taken */
void gil_instr_drop_request(ThreadState *holder);                     /* mu: a waiter timed out */
void gil_instr_taken(ThreadState *ts, ThreadState *prev, bool waited, uint64_t t0); /* mu; prev may be gone: never read */
void gil_instr_released(bool forced);                                  /* mu */
void gil_instr_drop_seen(void);                                        /* the holder, at a safepoint */
void gil_instr_forced_begin(void);                                     /* the dropper waits for the asker */
void gil_instr_forced_end(ThreadState *to);                            /* switch_mu: `to` has it (never read) */
void gil_instr_thread_exit(void);                                      /* the next drop is the thread's last */
void gil_instr_interp_exit(void);                                      /* the next drop parks the thread */
/* gil.c: run fn with gil.mu held (the report copies the numbers so, while
 * daemon threads may still be waiting for the GIL) */
void gil_with_mutex(void (*fn)(void *), void *arg);

#endif
