# Python 2 print statement: CPython's hint.
print "hello"
