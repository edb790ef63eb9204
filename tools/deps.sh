#!/bin/sh
# Installs what the build needs when it is missing (Debian/Ubuntu).
#   tools/deps.sh build   compiler, make, pkg-config, Check, jemalloc
#   tools/deps.sh plot    gnuplot (plots) and GNU time (peak memory)
# As root it runs apt-get; otherwise it prints the exact command and fails.
set -u
what=${1:-build}
missing=""
need() { # need PACKAGE TEST-COMMAND...
    pkg=$1; shift
    if ! "$@" >/dev/null 2>&1; then missing="$missing $pkg"; fi
}
case $what in
build)
    need gcc command -v "${CC:-gcc}"
    need make command -v make
    need pkg-config command -v pkg-config
    need check pkg-config --exists check
    need libjemalloc-dev pkg-config --exists jemalloc
    ;;
plot)
    need gnuplot-nox command -v gnuplot
    need time test -x /usr/bin/time
    ;;
*) echo "usage: tools/deps.sh build|plot" >&2; exit 2 ;;
esac
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    (apt-get update -q && apt-get install -y -q --no-install-recommends $missing) >/tmp/twinpy-apt.log 2>&1 || {
        tail -n 20 /tmp/twinpy-apt.log >&2
        echo "could not install:$missing (log: /tmp/twinpy-apt.log)" >&2
        exit 1
    }
    exit 0
fi
echo "missing:$missing" >&2
echo "install them with:  sudo apt-get update && sudo apt-get install -y$missing" >&2
exit 1
