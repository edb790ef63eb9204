# twinpy - one interpreter, built twice.  `make help` lists the targets.
#
# The two canonical builds differ only in the policy they compile against:
#   bin/interp-gil     interp-gil/policy.h    global interpreter lock, plain refcounts
#   bin/interp-nogil   interp-nogil/policy.h  per-object locks, atomic refcounts
# and two more points of the same two knobs are built for experiments:
#   bin/interp-racy    interp-nogil/racy/     no GIL, no locks, plain refcounts (negative control)
# Sanitizer builds (system allocator): bin/interp-{gil,nogil,racy}-tsan, bin/interp-{gil,nogil}-asan.

CC      ?= gcc
ALLOC   ?= jemalloc
JOBS    ?= 2
CSTD     = -std=c11
WARN     = -Wall -Wextra
DEFS     = -D_GNU_SOURCE
OPT     ?= -O2 -g
BASEFLAGS = $(CSTD) $(WARN) $(DEFS) -pthread -fno-strict-aliasing -Ishared
CC_NAME := $(shell $(CC) --version 2>/dev/null | head -n1 | sed 's/"//g')

SRC := $(sort $(wildcard shared/*.c))
HDR := $(wildcard shared/*.h)
LIBPY := $(sort $(wildcard shared/lib/*.py shared/lib/*/*.py shared/lib/*/*/*.py))

ifeq ($(ALLOC),jemalloc)
  ALLOC_LIBS = $(shell pkg-config --libs jemalloc 2>/dev/null || echo -ljemalloc)
else
  ALLOC_LIBS =
endif
LIBS = -lm

.PHONY: FORCE all deps deps-plot gil nogil racy tsan asan checked fuzz-input fuzz-source test unit programs stress stress-short stress-control \
        sanitize-short control-short scaling scaling-quick bench clean help check-policy timeline trace-tool fuzz

all: deps gil nogil trace-tool

help:
	@echo "make              build bin/interp-gil and bin/interp-nogil (jemalloc; ALLOC=libc for the system allocator)"
	@echo "make test         everything that passes or fails: unit tests, program tests, a short stress,"
	@echo "                  sanitizer and negative-control pass (the README's test command)"
	@echo "make scaling      the scaling experiments: table, results/scaling.csv, plots, results/REPORT.md"
	@echo "                  (QUICK=1 for a one-minute version; see stress/scaling.sh --help for knobs)"
	@echo "make bench        single-thread benchmarks, the free-threading tax (results/bench.csv)"
	@echo "make stress       the long stress run on both builds (stress/run.sh --help for knobs)"
	@echo "make timeline WORKLOAD=cpu_count BUILD=gil|nogil THREADS=2   one thread-timeline picture"
	@echo "                  (results/timeline-*.{svg,png}; tools/timeline.sh --help for knobs)"
	@echo "make tsan / asan  sanitizer builds; make racy: the negative control"
	@echo "make checked      bin/interp-{gil,nogil}-checked: the policy rules as assertions (abort naming the rule)"
	@echo "make fuzz-input   every built-in callable with odd arguments, under ASan+UBSan"
	@echo "make fuzz-source  40,000 mutated and generated program texts through compile(), under ASan+UBSan"
	@echo "                  (stress/fuzz/chunked.sh --help for the knobs; stress/fuzz/source_diff.sh compares with python3)"
	@echo "make stress-control   the stress suite, the fuzzer and TSan must catch bin/interp-racy"
	@echo "make fuzz         the concurrency fuzzer: random racy programs for SECONDS (default 60) on BINS"
	@echo "                  (default the two release builds; EXPECT=1 for --expect-failures;"
	@echo "                  stress/fuzz/run.sh --help for SEED, THREADS, SCALE, TIMEOUT, ...)"
	@echo "make clean"

deps:
	@tools/deps.sh build

deps-plot:
	@tools/deps.sh plot

# ---- the builds ----------------------------------------------------------------
# Changing the compiler, the allocator or the flags rebuilds everything:
# every object depends on build/config, rewritten only when they change.
CONFIG_LINE := $(CC) | $(ALLOC) | $(OPT)
build/config: FORCE | build
	@echo '$(CONFIG_LINE)' | cmp -s - $@ || echo '$(CONFIG_LINE)' > $@
FORCE:

# build_rule(name, policy dir, extra policy sources, cflags, ldflags[, dir of those sources])
# (the checked builds compile their parent policy's sources against their own policy.h)
define build_rule
build/$(1)/%.o: shared/%.c $(HDR) $(2)/policy.h $(wildcard $(6)/*.h) build/config | build/$(1)
	$$(CC) $$(BASEFLAGS) -I$(2) $(4) -c $$< -o $$@
build/$(1)/pol_%.o: $(or $(6),$(2))/%.c $(HDR) $(wildcard $(2)/*.h) $(wildcard $(6)/*.h) build/config | build/$(1)
	$$(CC) $$(BASEFLAGS) -I$(2) $(4) -c $$< -o $$@
build/$(1)/embedded.o: build/embedded.c | build/$(1)
	$$(CC) $$(BASEFLAGS) -I$(2) $(4) -c $$< -o $$@
build/$(1):
	@mkdir -p $$@
OBJS_$(1) := $(patsubst shared/%.c,build/$(1)/%.o,$(SRC)) $(patsubst $(or $(6),$(2))/%.c,build/$(1)/pol_%.o,$(3)) build/$(1)/embedded.o
bin/interp-$(1): $$(OBJS_$(1)) | bin
	$$(CC) $(4) $$(OBJS_$(1)) -o $$@ $(5) $$(LIBS)
endef

BUILD_DEFS = -DTWINPY_CC='"$(CC_NAME)"'
REL_FLAGS  = $(OPT) $(BUILD_DEFS) -DTWINPY_ALLOC='"$(ALLOC)"'
TSAN_FLAGS = -O1 -g -fsanitize=thread $(BUILD_DEFS) -DTWINPY_ALLOC='"libc"' -DTWINPY_SANITIZER='"thread"'
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined \
             $(BUILD_DEFS) -DTWINPY_ALLOC='"libc"' -DTWINPY_SANITIZER='"address,undefined"'
ASAN_LD    = -fsanitize=address,undefined
CHECKED_FLAGS = -O1 -g $(BUILD_DEFS) -DTWINPY_ALLOC='"libc"'

GIL_POL   := $(wildcard interp-gil/*.c)
NOGIL_POL := $(wildcard interp-nogil/*.c)
RACY_POL  := $(wildcard interp-nogil/racy/*.c)

$(eval $(call build_rule,gil,interp-gil,$(GIL_POL),$(REL_FLAGS),$(ALLOC_LIBS)))
$(eval $(call build_rule,nogil,interp-nogil,$(NOGIL_POL),$(REL_FLAGS),$(ALLOC_LIBS)))
$(eval $(call build_rule,racy,interp-nogil/racy,$(RACY_POL),$(REL_FLAGS),$(ALLOC_LIBS)))
$(eval $(call build_rule,gil-tsan,interp-gil,$(GIL_POL),$(TSAN_FLAGS),-fsanitize=thread))
$(eval $(call build_rule,nogil-tsan,interp-nogil,$(NOGIL_POL),$(TSAN_FLAGS),-fsanitize=thread))
$(eval $(call build_rule,racy-tsan,interp-nogil/racy,$(RACY_POL),$(TSAN_FLAGS),-fsanitize=thread))
$(eval $(call build_rule,gil-asan,interp-gil,$(GIL_POL),$(ASAN_FLAGS),$(ASAN_LD)))
$(eval $(call build_rule,nogil-asan,interp-nogil,$(NOGIL_POL),$(ASAN_FLAGS),$(ASAN_LD)))
$(eval $(call build_rule,gil-checked,interp-gil/checked,$(GIL_POL),$(CHECKED_FLAGS),,interp-gil))
$(eval $(call build_rule,nogil-checked,interp-nogil/checked,$(NOGIL_POL),$(CHECKED_FLAGS),,interp-nogil))

# The Python modules in shared/lib/ are compiled into the binary as strings.
build/embedded.c: $(LIBPY) tools/embed.sh | build
	tools/embed.sh $(LIBPY) > $@.tmp && mv $@.tmp $@

build bin:
	@mkdir -p $@

gil: bin/interp-gil
nogil: bin/interp-nogil

# the trace checker and timeline drawer (tools/twinpy-trace.c): C and libc only
trace-tool: bin/twinpy-trace
bin/twinpy-trace: tools/twinpy-trace.c build/config | bin
	$(CC) $(CSTD) $(WARN) -O2 $< -o $@ -lm
racy: deps bin/interp-racy
tsan: deps bin/interp-gil-tsan bin/interp-nogil-tsan
asan: deps bin/interp-gil-asan bin/interp-nogil-asan
checked: deps bin/interp-gil-checked bin/interp-nogil-checked
# every built-in callable with odd arguments, under ASan+UBSan (stress/fuzz/badargs.sh --help)
fuzz-input: deps bin/interp-gil-asan bin/interp-nogil-asan
	@stress/fuzz/badargs.sh
# mutated and generated source text through the lexer, parser and compiler, under ASan+UBSan
fuzz-source: deps bin/interp-gil-asan bin/interp-nogil-asan
	@stress/fuzz/chunked.sh source

# shared/ must never ask which build it is in.
check-policy:
	@if grep -rnE '^[[:space:]]*#[[:space:]]*if(n?def)?.*(GIL|NOGIL|FREE_THREAD|RACY)' shared; then \
	  echo "build-specific #if in shared/: make it a policy operation"; exit 1; fi

# ---- unit tests (Check), linked against each build's objects ------------------------
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   = $(shell pkg-config --libs check 2>/dev/null)
UNIT_SRC    := $(sort $(wildcard tests/unit/*.c))
define unit_rule
tests/unit/build/$(1)/%.o: tests/unit/%.c $(HDR) tests/unit/unit.h tests/unit/util.h $(2)/policy.h | tests/unit/build/$(1)
	$$(CC) $$(BASEFLAGS) -I$(2) -Itests/unit $(3) $$(CHECK_CFLAGS) -c $$< -o $$@
tests/unit/build/$(1):
	@mkdir -p $$@
UNIT_OBJS_$(1) := $(patsubst tests/unit/%.c,tests/unit/build/$(1)/%.o,$(UNIT_SRC))
tests/unit/build/unit-$(1): $$(UNIT_OBJS_$(1)) $$(filter-out build/$(1)/main.o,$$(OBJS_$(1)))
	$$(CC) $(3) $$^ -o $$@ $(4) $$(CHECK_LIBS) $$(LIBS)
endef
$(eval $(call unit_rule,gil,interp-gil,$(REL_FLAGS),$(ALLOC_LIBS)))
$(eval $(call unit_rule,nogil,interp-nogil,$(REL_FLAGS),$(ALLOC_LIBS)))
$(eval $(call unit_rule,gil-checked,interp-gil/checked,$(CHECKED_FLAGS),))
$(eval $(call unit_rule,nogil-checked,interp-nogil/checked,$(CHECKED_FLAGS),))
unit-bins: tests/unit/build/unit-gil tests/unit/build/unit-nogil tests/unit/build/unit-gil-checked tests/unit/build/unit-nogil-checked

# ---- tests ------------------------------------------------------------------------
test: deps
	@tests/run_all.sh

unit: deps unit-bins
	@tests/unit/run.sh

programs: gil nogil
	@tests/run_programs.sh bin/interp-gil bin/interp-nogil

stress: deps gil nogil
	@stress/run.sh

stress-control: deps bin/interp-gil bin/interp-racy bin/interp-racy-tsan
	@stress/control.sh

# the concurrency fuzzer; the programs are written by gen.py on bin/interp-gil
FUZZ_BINS = $(or $(BINS),bin/interp-gil bin/interp-nogil)
fuzz: deps bin/interp-gil $(filter bin/%,$(FUZZ_BINS))
	@SECONDS="$(SECONDS)" BINS="$(FUZZ_BINS)" stress/fuzz/run.sh $(if $(EXPECT),--expect-failures)

# ---- experiments ----------------------------------------------------------------------
scaling: deps deps-plot gil nogil trace-tool
	@CFLAGS_INFO="$(CC_NAME) $(OPT) $(ALLOC)" stress/scaling.sh

scaling-quick: deps deps-plot gil nogil trace-tool
	@QUICK=1 CFLAGS_INFO="$(CC_NAME) $(OPT) $(ALLOC)" stress/scaling.sh

bench: deps gil nogil
	@stress/bench.sh

WORKLOAD ?= cpu_count
BUILD ?= gil
THREADS ?= 2
timeline: deps deps-plot gil nogil trace-tool
	@tools/timeline.sh run "$(WORKLOAD)" "$(BUILD)" "$(THREADS)"

clean:
	rm -rf build bin results tests/unit/build
