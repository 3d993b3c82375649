# input() reads lines from a provided stdin (input_stdin.stdin), stripping the newline.
name = input("name? ")
age = input("age? ")
print()
print(f"{name!r} is {int(age) + 1} next year")
rest = input()
print(repr(rest))
try:
    input()
except EOFError:
    print("EOF after the last line")
