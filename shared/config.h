/* config.h - the knobs, each with what it trades.  Both builds share them. */
#ifndef TWINPY_CONFIG_H
#define TWINPY_CONFIG_H

#define TWINPY_VERSION "0.1"

/* Python frames a thread may have before RecursionError; CPython's default. */
#define RECURSION_LIMIT 1000

/* Nested C-level work (repr of nested lists, comparisons, parser nesting)
 * before RecursionError.  Bounded so a 10,000-deep structure cannot
 * overflow the C stack. */
#define C_RECURSION_LIMIT 1500

/* Deepest bracket nesting the tokenizer accepts (CPython: 200). */
#define MAX_PAREN_NESTING 200

/* Default GIL switch interval in seconds (sys.setswitchinterval). */
#define DEFAULT_SWITCH_INTERVAL 0.005

/* Stack for threads we start: deep recursion must hit RecursionError,
 * never the guard page. */
#define THREAD_STACK_SIZE (16u << 20)

/* Values in a thread's frame arena (locals + operand stacks of all frames
 * that are not generators).  1000 frames of a few dozen slots fit easily. */
#define FRAME_ARENA_VALUES (1u << 20)

/* Deallocation depth after which freeing nested containers is deferred
 * (the "trashcan"), so that freeing a 100,000-deep list does not overflow
 * the C stack. */
#define DEALLOC_DEPTH_LIMIT 200

/* Dispatch by computed goto (gcc, clang) instead of a switch: one
 * indirect jump per opcode, better branch prediction. */
#define USE_COMPUTED_GOTO 1

#endif
