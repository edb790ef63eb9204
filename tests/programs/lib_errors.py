# Module imported by err_custom_in_module.py.
class LibError(Exception):
    pass
def fail(msg):
    raise LibError(msg)
def check(v):
    if v < 0:
        fail("negative value: %d" % v)
    return v * 10
