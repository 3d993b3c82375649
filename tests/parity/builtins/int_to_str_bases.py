# Converting ints to strings in every base with format, and back with int(x, base).
for n in (0, 5, -5, 255, 2**64):
    b, o, x = format(n, "b"), format(n, "o"), format(n, "x")
    print(n, b, o, x, format(n, "X"), int(b, 2), int(o, 8), int(x, 16), int(str(n), 0) if n >= 0 else int(str(n)))
print(int("zz", 36), int("-ZZ", 36), int("+0b1", 0), int(" 0X_1F ", 0), format(35, "#x"))
print(int("１２３"), int("٠١٢"), float("１.５"))
