# Assignment expressions in conditions, comprehensions, and their scoping rules.
data = [1, 5, 10, 2]
if (n := len(data)) > 3:
    print(f"{n} items")
while (item := data.pop()) != 10:
    print("popped", item)
print(data, item)
print([y for x in range(5) if (y := x * x) > 5], y)
print((total := 0), [(total := total + v) for v in (1, 2, 3)], total)


def f():
    [(inner := 1) for _ in range(1)]
    return inner


print(f())
print((z := 3) + z, (w := [1]).append(2) or w)
