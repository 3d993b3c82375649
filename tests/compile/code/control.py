if a:
    x = 1
elif b:
    x = 2
else:
    x = 3
if a and b or c:
    pass
if not a:
    pass
if a is None:
    y = 1
if a is not None:
    y = 2
if None is a:
    y = 3
if a == 1 < b:
    pass
x = a if b else c
x = a and b
x = a or b or c
x = not (a and b)
while a:
    if b:
        break
    if c:
        continue
    a -= 1
else:
    done()
while True:
    n += 1
    if n > 10:
        break
while 1:
    pass
for i in range(10):
    if i % 2:
        continue
    print(i)
else:
    print("done")
for i, j in enumerate(x):
    for k in j:
        if k:
            break
if 0:
    dead()
if 1:
    live()
if "":
    dead()
if ():
    dead()
while 0:
    dead()
x = 1 if True else 2
x = a < b < c
x = a < b <= c != d
