# A conditional expression without else.
x = 5
y = "big" if x > 3
