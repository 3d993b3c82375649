# int / int is correctly rounded even for huge operands.
print(10**30 / 3, 2**1000 / 2**999, (10**400 + 1) / 10**399)
print(1 / 3, 2 / 3, -7 / 2, 7 / -2)
print(2**1023 * 2 / 2**1023 if False else 2**1024 // 2**1023)
try:
    2**1100 / 1
except OverflowError as e:
    print(e)
print((2**1100) / (2**1090))
print(123456789123456789 / 1000000000)
