# Every operator and delimiter token, including the walrus and the matrix operators.
class M:
    def __matmul__(self, o): return "matmul"
    def __imatmul__(self, o): return "imatmul"
a = 7
print(a + 2, a - 2, a * 2, a ** 2, a / 2, a // 2, a % 2)
print(a << 2, a >> 1, a & 3, a | 8, a ^ 5, ~a)
print(a < 8, a > 8, a <= 7, a >= 8, a == 7, a != 7)
print(M() @ M())
m = M(); m @= 1; print(m)
b = 10
b += 1; b -= 2; b *= 3; b //= 2; b %= 7; b **= 2; b <<= 1; b >>= 1; b &= 0xff; b |= 0x100; b ^= 1
print(b)
c = 9.0; c /= 2; print(c)
print((n := 5), n)
def g(x) -> int: return x
print(g(3), g.__annotations__)
print([1, 2][0], {1: 2}, (3,), ..., a if a else b)
