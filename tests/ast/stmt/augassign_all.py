# python.gram: augassign (every operator)
a += 1
a -= 1
a *= 1
a @= 1
a /= 1
a %= 1
a &= 1
a |= 1
a ^= 1
a <<= 1
a >>= 1
a **= 1
a //= 1
