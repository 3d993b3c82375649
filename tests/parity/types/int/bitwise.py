# Bitwise operators on negative and huge ints, shifts, and shift errors.
print(5 & 3, 5 | 3, 5 ^ 3, -5 & 3, -5 | 3, -5 ^ 3, ~0)
print(1 << 100, -1 << 3, -1 >> 100, 2**100 >> 98, -(2**100) >> 98)
print(0xFF & -256, (2**64 - 1) ^ (2**63), -2**70 & 0xFFFF)
print((1 << 64) | 1, bin(-10), bin(-10 & 0xFF))
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -5
except ValueError as e:
    print(e)
print(0 << 10**10 if False else 0 << 1000)
1 << 2**100
