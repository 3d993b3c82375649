# while/else: else runs when the loop ends without break; continue skips to the test.
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("else after normal end")
while True:
    break
else:
    print("not printed")
i = 10
while i:
    i //= 2
    if i == 1:
        print("breaking at 1")
        break
else:
    print("not printed either")
while False:
    pass
else:
    print("else runs for a false start")
