while a:
    if b:
        break
    if c:
        continue
else:
    d
while True:
    pass
