# ast.dump: repr chooses quotes like CPython
a = 'single'
b = "it's"
c = 'say "hi"'
d = "both ' and \""
e = b"it's"
f = b'say "hi"'
