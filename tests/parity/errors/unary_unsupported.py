# TypeError texts for unsupported unary operands.
for f in (lambda: -"a", lambda: +[], lambda: ~1.5, lambda: abs("x"), lambda: -None):
    try:
        f()
    except TypeError as e:
        print(e)
print(not [], not "x")
value = ~{}
