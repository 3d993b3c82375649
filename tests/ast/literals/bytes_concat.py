# action_helpers.c: implicit concatenation of bytes literals
b = b"a" B'b' rb"\c" br'd'
