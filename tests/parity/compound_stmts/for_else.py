# for/else, break and continue, loop variable after the loop, and iterating over many types.
for i in range(3):
    pass
else:
    print("for else", i)
for i in []:
    pass
print(i)
for ch in "abc":
    if ch == "b":
        break
else:
    print("not reached")
print(ch)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for a, (b, c) in [(1, (2, 3))]:
    print(a, b, c)
for x in range(5):
    if x % 2:
        continue
    print("even", x)
for obj.attr in []:
    pass
