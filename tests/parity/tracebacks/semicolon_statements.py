# A failing statement on a line with several statements separated by semicolons.
a = 1; b = 0; c = a % b; print(c)
