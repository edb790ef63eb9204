/* nogil_instr.h - what the free-threaded policy tells the instruments
 * (nogil_instr.c), each call behind INSTR_ON() on a slow path: a lock
 * found taken, a stop-the-world, a retired block. */
#ifndef TWINPY_NOGIL_INSTR_H
#define TWINPY_NOGIL_INSTR_H

#include "instr.h"

void nogil_instr_lock(uint32_t *word, uint64_t t0, uint32_t spins, uint32_t sleeps); /* acquired after a wait */
void nogil_instr_stw_requested(void);
void nogil_instr_stw_stopped(void);    /* every other thread is parked */
void nogil_instr_stw_released(void);
void nogil_instr_retired(void);
void nogil_instr_freed(uint64_t age_ns, uint32_t pending);

#endif
