# An invalid escape sequence in a string literal is a SyntaxWarning at compile time.
import sys
pattern = "\d+\.\d+"
print(pattern, len(pattern))
raw = r"\d+"
print(raw == pattern[:3])
path = "C:\Windows\system32"
print(path)
print("done")
