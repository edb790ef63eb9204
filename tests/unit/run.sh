#!/bin/sh
# Runs the Check unit tests on both builds and their checked variants (make unit builds them).
set -u
cd "$(dirname "$0")/../.." || exit 2
rc=0
for b in gil nogil gil-checked nogil-checked; do
    echo "== unit tests, interp-$b"
    CK_DEFAULT_TIMEOUT=${CK_DEFAULT_TIMEOUT:-60} tests/unit/build/unit-$b || rc=1
done
exit $rc
