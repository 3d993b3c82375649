# number parsing: every base, underscores, case
x = (0x_FF, 0XaBc, 0o_17, 0O7, 0b_1010, 0B1, 1_000_000, 0x1_2_3)
