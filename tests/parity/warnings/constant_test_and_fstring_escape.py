# An invalid escape inside an f-string literal part is a SyntaxWarning; a constant tuple test is not.
x = 1
if (x, 2):
    print("tuple is always true")
print(f"\d{x}")
print("end")
