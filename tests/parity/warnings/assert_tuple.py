# assert on a non-empty tuple is always true: SyntaxWarning.
x = 0
assert (x > 0, "x must be positive")
print("the assert passed")
assert ()
