# lexer.c: every operator token of Grammar/Tokens in one module
a = (1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 @ m)
b = (a << 1 >> 2 & 3 | 4 ^ ~5)
c = (a < b > c <= d >= e == f != g)
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= m
a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1
def f() -> int: ...
(y := 1)
x = a.b[c:d, ...]
