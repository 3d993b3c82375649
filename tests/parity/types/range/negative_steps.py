# range with negative steps and big bounds: len, membership, index, slicing, reversed, and repr.
r = range(10, -10, -3)
print(list(r), len(r), r[0], r[-1], 1 in r, 4 in r, -8 in r, r.index(-5), r[::-1], r[1::2], list(reversed(r)))
big = range(-2**70, 2**70, 2**68)
print(len(big), big[3], 0 in big, big[-1], big.index(0), big[2:4])
print(range(0, -5), list(range(0, -5)), range(-5, 0)[::-1], range(3, 0, -1) == range(3, 0, -1))
print(list(range(5, 5)), range(5)[::-1], range(7)[-2:], range(0, 10, 4)[5:1:-1], 2.0 in range(3), "1" in range(3))
print(range(10).count(3), range(10).count(3.0), range(10).count("x"))
