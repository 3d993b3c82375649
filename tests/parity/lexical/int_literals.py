# Integer literals: every base, underscores, leading zeros, huge values.
print(0, 00, 0_0, 1_000_000)
print(0x_FF, 0XdeadBEEF, 0o777, 0O_17, 0b1010, 0B_1111_0000)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF)
print(-0x80000000_00000000)
print(type(10**20).__name__, 10**20)
print(0b1 + 0o1 + 0x1 + 1)
print(1_2_3, 0x1_2_3, 0o1_2, 0b1_0)
