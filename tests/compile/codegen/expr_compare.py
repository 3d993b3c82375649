x = a < b
y = a < b <= c != d
z = a is b, a is not c, a in d, a not in e
