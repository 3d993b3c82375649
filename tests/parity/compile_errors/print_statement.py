# Python 2 print statement: CPython suggests the function call.
name = "world"
if name:
    print "hello", name
