# Module imported by imp_module_errors.py: fails while loading.
print("lib_broken: starting")
x = 1 / 0
print("lib_broken: not reached")
