# An uncaught NameError suggests the closest name, as CPython does
# ("Did you mean: ..."); a caught one has e.name and no hint in str(e).
try:
    Lst
except NameError as e:
    print("caught:", e, "| name:", e.name)
my_variable = 3
def show():
    local_total = my_variable * 2
    return local_totl
show()
