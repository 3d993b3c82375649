# The conditional expression: precedence, nesting, and laziness of the unused branch.
x = 5
print("big" if x > 3 else "small", "a" if x > 10 else "b" if x > 4 else "c")
print(1 + 2 if False else 3 + 4, (1 + 2) if True else 0, [i if i % 2 else -i for i in range(5)])
print((lambda: "lambda" if x else "no")(), x if x < 0 else -x)
r = 1 / 0 if False else "not evaluated"
print(r)
y = (yield_ := 7) if x else 0
print(y, yield_)
