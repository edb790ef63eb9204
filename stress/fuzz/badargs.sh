#!/usr/bin/env bash
# stress/fuzz/badargs.sh - the bad-argument fuzzer: stress/fuzz/badargs.py run
# by stress/fuzz/chunked.sh (see its --help for the knobs).
exec "$(dirname "$0")/chunked.sh" badargs "$@"
