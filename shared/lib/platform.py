# platform - facts about the machine and the interpreter, as CPython's
# platform module (3.11): system, node, release, version, machine,
# processor, uname, platform, architecture, python_version,
# python_version_tuple, python_implementation, python_compiler,
# python_build, libc_ver.  Written for twinpy.
#
# The operating-system facts come from os.uname when the os module has
# it, else from /proc/sys/kernel (machine then defaults to 'x86_64').
#
# Deviations: python_implementation() returns 'twinpy' (CPython says
# 'CPython'); processor() returns '' (CPython asks `uname -p`, which is
# usually 'unknown' and so also ''); libc_ver() returns ('', '') (no
# os.confstr), so platform() has no '-with-glibc...' part; architecture()
# reads the ELF header of the executable instead of running `file`.
import os
import sys
import collections

__all__ = ["system", "node", "release", "version", "machine", "processor",
           "uname", "platform", "architecture", "python_version",
           "python_version_tuple", "python_implementation",
           "python_compiler", "python_build", "libc_ver"]

_uname_cache = None


def _read_kernel(name, default=''):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return default


# Six fields, as CPython's uname_result iterates (processor last).
uname_result = collections.namedtuple(
    "uname_result", "system node release version machine processor")


def uname():
    global _uname_cache
    if _uname_cache is None:
        if hasattr(os, 'uname'):
            u = os.uname()
            fields = (u.sysname, u.nodename, u.release, u.version,
                      u.machine)
        else:
            fields = (_read_kernel('ostype', 'Linux'),
                      _read_kernel('hostname'), _read_kernel('osrelease'),
                      _read_kernel('version'), 'x86_64')
        _uname_cache = uname_result(*(fields + (processor(),)))
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return lib, version


def architecture(executable=None, bits='', linkage=''):
    """Give (bits, linkage) of executable, by default the interpreter."""
    if not bits:
        bits = '%dbit' % ((sys.maxsize.bit_length() + 1))
    if executable is None:
        executable = sys.executable
    try:
        with open(executable, 'rb') as f:
            head = f.read(5)
    except (OSError, TypeError):
        head = b''
    if head[:4] == b'\x7fELF':
        linkage = 'ELF'
        if head[4:5] == b'\x01':
            bits = '32bit'
        elif head[4:5] == b'\x02':
            bits = '64bit'
    return bits, linkage


def platform(aliased=False, terse=False):
    u = uname()
    if terse and u.system != 'Linux':
        # as CPython: on Linux terse changes nothing
        parts = [u.system, u.release]
    else:
        parts = [u.system, u.release, u.machine]
        lib, ver = libc_ver()
        if lib:
            parts.append('with')
            parts.append(lib + ver)
    s = '-'.join(p for p in parts if p)
    s = s.replace(' ', '_').replace('/', '-')
    while '--' in s:
        s = s.replace('--', '-')
    return s


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return '.'.join(python_version_tuple())


def python_implementation():
    return 'twinpy'


def python_compiler():
    return ''


def python_build():
    return ('', '')
